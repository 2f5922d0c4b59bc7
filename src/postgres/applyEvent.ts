/**
 * One event applied to one stored instance, inside the caller's transaction: lock the row,
 * restore the snapshot with the machine's own checks, apply the pure `transition`, write
 * the next snapshot with `revision + 1` and the event to the log. Anything refused throws
 * before the first write.
 *
 * @internal
 * @module
 */

import { type AnyStateMachine, initialTransition, transition } from 'xstate';
import { describeType } from '../core/checks.js';
import { InvalidArgumentError, RealtyCrmError } from '../core/errors.js';
import { collectNewReasons } from './collectReasons.js';
import { readInstance } from './readRows.js';
import type { StoreSql } from './storeSql.js';
import type { StoredInstance, StoredMachine, StoreQuery } from './types.js';

/** What a snapshot is stored as: `{ status, value, context }`, plain JSON. */
export function persist(snapshot: { status: string; value: unknown; context: unknown }) {
  return { status: snapshot.status, value: snapshot.value, context: snapshot.context };
}

/** A snapshot's state name, as the `state` column holds it. */
export const stateOf = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value);

/** The context's `nextDueAt`, which every machine of the kit keeps: a canonical instant or `null`. */
export function nextDueOf(context: unknown): string | null {
  const v = (context as { nextDueAt?: unknown }).nextDueAt;
  return typeof v === 'string' ? v : null;
}

/** The event's own instant: `at`, or `now` of `clock.tick`. */
export function occurredAt(event: Record<string, unknown>): string | null {
  const v = event.at ?? event.now;
  if (typeof v !== 'string') return null;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** An error snapshot's error, as a `RealtyCrmError`. */
export function errorOf(error: unknown, path: readonly (string | number)[]): RealtyCrmError {
  if (error instanceof RealtyCrmError) return error;
  return new InvalidArgumentError(
    path,
    error instanceof Error ? error.message : 'the machine stopped in error',
  );
}

/** The machine of a stored row, or a clear error when the store was not given it. */
export function machineOf(
  machines: Readonly<Record<string, StoredMachine>>,
  row: StoredInstance,
): StoredMachine {
  const entry = Object.hasOwn(machines, row.machine) ? machines[row.machine] : undefined;
  if (entry === undefined) {
    throw new InvalidArgumentError(
      ['id'],
      `the instance is a ${JSON.stringify(row.machine)} machine, and this store was given no machine of that name`,
    );
  }
  return entry;
}

/** The initial snapshot of `entry` for `input`, or its error. */
export function startSnapshot(entry: StoredMachine, input: unknown) {
  const [snapshot] = initialTransition(entry.machine as AnyStateMachine, input);
  if (snapshot.status === 'error') throw errorOf(snapshot.error, ['input']);
  return persist(snapshot);
}

/** Applies `event` to the locked row `id` (the caller holds a transaction). */
export async function applyEvent(
  q: StoreQuery,
  sql: StoreSql,
  machines: Readonly<Record<string, StoredMachine>>,
  id: string,
  event: unknown,
): Promise<StoredInstance> {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new InvalidArgumentError(['event'], `expected an event { type, ... }, got ${describeType(event)}`);
  }
  const { rows } = await q(sql.lockInstance, [id]);
  if (rows[0] === undefined) {
    throw new RealtyCrmError('INSTANCE_NOT_FOUND', `The store has no instance ${JSON.stringify(id)}.`);
  }
  const row = readInstance(rows[0]);
  const entry = machineOf(machines, row);
  const machine = entry.machine as AnyStateMachine;
  const restored = entry.restore(machine, row.snapshot);
  // The machine's checks first (INVALID_EVENT), then whether the state takes the event.
  const [next] = transition(machine, restored, event as { type: string });
  if (!restored.can(event as { type: string })) {
    throw new RealtyCrmError(
      'EVENT_NOT_ACCEPTED',
      `The ${row.machine} in state ${row.state} does not take ${JSON.stringify((event as { type: unknown }).type)} now; nothing was written.`,
    );
  }
  if (next.status === 'error') throw errorOf(next.error, ['event']);
  const stored = persist(next);
  const state = stateOf(next.value);
  const reasons = collectNewReasons(restored.context, next.context);
  const updated = await q(sql.updateInstance, [
    id,
    row.revision,
    entry.version,
    String(machine.root.meta?.policyId),
    state,
    JSON.stringify(stored),
    nextDueOf(next.context),
  ]);
  if (updated.rows[0] === undefined) {
    // The row is locked: only a caller without a transaction around this gets here.
    throw new RealtyCrmError(
      'INSTANCE_NOT_FOUND',
      `The instance ${JSON.stringify(id)} changed while the event was applied.`,
    );
  }
  const written = readInstance(updated.rows[0]);
  await q(sql.insertEvent, [
    id,
    written.revision,
    JSON.stringify(event),
    state,
    JSON.stringify(reasons),
    occurredAt(event as Record<string, unknown>),
  ]);
  return written;
}
