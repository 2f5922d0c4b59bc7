/**
 * Rows as the store returns them, whatever the driver makes of `jsonb` (an object or its
 * text) and of numbers (`integer` as a number, or its text); timestamps are read as ISO
 * strings by the statements themselves.
 *
 * @internal
 * @module
 */

import type { Reason } from '../core/reason.js';
import type { StoredEvent, StoredInstance } from './types.js';

/** A `jsonb` value: parsed by most drivers, text by some. */
export function readJson(v: unknown): unknown {
  return typeof v === 'string' ? JSON.parse(v) : v;
}

const readInt = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const readText = (v: unknown): string => String(v);
const readOptionalText = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** An instance row of `createStoreSql`'s instance columns. */
export function readInstance(row: Record<string, unknown>): StoredInstance {
  return {
    id: readText(row.id),
    machine: readText(row.machine),
    machineVersion: readInt(row.machine_version),
    policyId: readText(row.policy_id),
    revision: readInt(row.revision),
    state: readText(row.state),
    snapshot: readJson(row.snapshot) as StoredInstance['snapshot'],
    nextDueAt: readOptionalText(row.next_due_at),
    createdAt: readText(row.created_at),
    updatedAt: readText(row.updated_at),
  };
}

/** An event-log row. */
export function readEvent(row: Record<string, unknown>): StoredEvent {
  return {
    revision: readInt(row.revision),
    event: readJson(row.event) as Record<string, unknown>,
    state: readText(row.state),
    reasons: readJson(row.reasons) as Reason[],
    occurredAt: readOptionalText(row.occurred_at),
    recordedAt: readText(row.recorded_at),
  };
}
