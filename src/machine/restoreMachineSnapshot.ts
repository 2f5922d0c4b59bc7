/**
 * A stored snapshot restored whole: the kit's part of "a restored snapshot is checked
 * whole" (issue 15). The machine version (a number, or a number written as a string), the
 * policy, the state name, the status, the context against a schema derived from the
 * context's type, and the machine's own cross-field checks, before xstate sees it.
 *
 * @internal
 * @module
 */

import type { AnyStateMachine, SnapshotFrom } from 'xstate';
import type * as z from 'zod';
import { createZodErrorMap } from '../calendar/zodErrorMap.js';
import { describeType, isPlainObject } from '../core/checks.js';
import { InvalidArgumentError, type RealtyCrmError } from '../core/errors.js';

/** What a snapshot carries and what the machine expects, for a mismatch error. */
export interface SnapshotIdentity {
  readonly machineVersion: unknown;
  readonly policyId: unknown;
}

/** The rules of one machine's snapshots. */
export interface SnapshotRules<C> {
  /** The machine's name in messages: `complaint`. */
  readonly machine: string;
  /** The machine version its snapshots carry in `context.machineVersion`. */
  readonly version: number;
  /** The context, validated whole (strict: no field missing, none extra). */
  readonly contextSchema: z.ZodType<C>;
  /**
   * What a schema cannot say: fields that must agree with each other or with the state
   * (a final state has its closure, `nextDueAt` is what the context implies). Throws an
   * `InvalidArgumentError` with code `INVALID_SNAPSHOT` and a path under `['json', 'context']`.
   */
  readonly check?: (state: string, context: C) => void;
  /** The error for a snapshot of another version or policy (code `SNAPSHOT_VERSION_MISMATCH`). */
  readonly mismatch: (
    expected: { readonly machineVersion: number; readonly policyId: string },
    found: SnapshotIdentity,
  ) => RealtyCrmError;
}

const invalid = (path: readonly (string | number)[], message: string) =>
  new InvalidArgumentError(['json', ...path], message, 'INVALID_SNAPSHOT');

/** A version as stored: a whole number, or one written as a string of digits (`"2"`). */
function readVersion(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && /^\d{1,9}$/.test(v)) return Number(v);
  return undefined;
}

/**
 * Restores a stored snapshot (a JSON string or its parsed value) of a flat machine (top-level
 * states only) into a snapshot of `machine`, or throws: not JSON, not a snapshot, a state
 * the machine lacks, a status that does not fit the state (`INVALID_ARGUMENT` /
 * `INVALID_SNAPSHOT`); another machine version or policy (the rules' `mismatch` error); a
 * context that fails its schema or the machine's cross-field checks (`INVALID_SNAPSHOT`,
 * path `['json', 'context', ...]`). A version written as a string of digits is read as its
 * number. The machine's policy id is read from `machine.root.meta.policyId`.
 *
 * @example
 * ```ts
 * const restored = restoreMachineSnapshot(machine, stored, { machine: 'complaint', version: 2, contextSchema, mismatch });
 * ```
 */
export function restoreMachineSnapshot<M extends AnyStateMachine, C>(
  machine: M,
  json: unknown,
  rules: SnapshotRules<C>,
): SnapshotFrom<M> {
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      throw new InvalidArgumentError(
        ['json'],
        `not JSON: a stored ${rules.machine} snapshot is a JSON object`,
      );
    }
  }
  if (!isPlainObject(value) || !isPlainObject(value.context)) {
    throw new InvalidArgumentError(
      ['json'],
      `expected a ${rules.machine} snapshot { value, context, ... }, got ${describeType(value)}`,
    );
  }
  const raw = value.context;
  const policyId: unknown = machine.root.meta?.policyId;
  const version = readVersion(raw.machineVersion);
  if (version === undefined && raw.machineVersion !== undefined && typeof raw.machineVersion !== 'number') {
    throw invalid(
      ['context', 'machineVersion'],
      `expected a whole number such as ${rules.version}, got ${describeType(raw.machineVersion)}`,
    );
  }
  if (version !== rules.version || raw.policyId !== policyId) {
    throw rules.mismatch(
      { machineVersion: rules.version, policyId: String(policyId) },
      { machineVersion: raw.machineVersion, policyId: raw.policyId },
    );
  }
  const state = value.value;
  if (typeof state !== 'string' || !Object.hasOwn(machine.root.states, state)) {
    throw new InvalidArgumentError(
      ['json', 'value'],
      `no state ${typeof state === 'string' && state.length <= 40 ? JSON.stringify(state) : describeType(state)} in the ${rules.machine} machine`,
    );
  }
  const final = machine.root.states[state]?.type === 'final';
  const status = value.status;
  if (status !== undefined && status !== (final ? 'done' : 'active')) {
    throw invalid(
      ['status'],
      `a snapshot in ${state} has status ${final ? '"done"' : '"active"'}, got ${typeof status === 'string' && status.length <= 20 ? JSON.stringify(status) : describeType(status)}`,
    );
  }
  const parsed = rules.contextSchema.safeParse(
    { ...raw, machineVersion: version },
    { error: createZodErrorMap('en') },
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
    throw invalid(['context', ...path], issue?.message ?? 'invalid context');
  }
  rules.check?.(state, parsed.data);
  return machine.resolveState({ value: state, context: parsed.data }) as SnapshotFrom<M>;
}
