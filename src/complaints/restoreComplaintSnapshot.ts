import type { SnapshotFrom } from 'xstate';
import type * as z from 'zod';
import { InvalidArgumentError, RealtyCrmError } from '../core/errors.js';
import { restoreMachineSnapshot, type SnapshotIdentity } from '../machine/restoreMachineSnapshot.js';
import { deriveOverdue } from './complaintContext.js';
import { ComplaintMachineContextSchema } from './complaintContextSchema.js';
import type { ComplaintMachine } from './complaintMachine.js';
import { COMPLAINT_MACHINE_VERSION, type ComplaintMachineContext } from './complaintMachineTypes.js';
import { computeNextDueAt } from './computeNextDueAt.js';
import { complaintStepsOf } from './createComplaintSteps.js';
import { needsCallback } from './needsCallback.js';

/**
 * A stored complaint snapshot does not fit the machine it is restored into: another
 * machine version, or a machine of another policy. Code `SNAPSHOT_VERSION_MISMATCH`.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * try { restoreComplaintSnapshot(complaintMachine, stored); } catch (e) {
 *   if (e instanceof ComplaintSnapshotMismatchError) migrate(stored, e.found);
 * }
 * ```
 */
export class ComplaintSnapshotMismatchError extends RealtyCrmError {
  /** What the machine expects: its machine version and policy id. */
  readonly expected: { readonly machineVersion: number; readonly policyId: string };
  /** What the snapshot carries. */
  readonly found: { readonly machineVersion: unknown; readonly policyId: unknown };

  constructor(
    expected: ComplaintSnapshotMismatchError['expected'],
    found: ComplaintSnapshotMismatchError['found'],
  ) {
    const show = (v: unknown) =>
      typeof v === 'string'
        ? v.length <= 40
          ? JSON.stringify(v)
          : 'a long string'
        : v === undefined
          ? 'none'
          : String(v);
    super(
      'SNAPSHOT_VERSION_MISMATCH',
      `The stored complaint snapshot has machine version ${show(found.machineVersion)} and policy ` +
        `${show(found.policyId)}; this machine is version ${expected.machineVersion} of policy ` +
        `${JSON.stringify(expected.policyId)}. Migrate the snapshot, or restore it into a machine of its own version and policy.`,
    );
    this.expected = expected;
    this.found = found;
  }
}

const at = (path: readonly (string | number)[], message: string) =>
  new InvalidArgumentError(['json', 'context', ...path], message, 'INVALID_SNAPSHOT');

/** What the schema cannot say: the context agrees with its state and with itself. */
function checkComplaintContext(machine: ComplaintMachine, state: string, c: ComplaintMachineContext): void {
  if ((state === 'closed') !== (c.closure !== null)) {
    throw at(
      ['closure'],
      state === 'closed' ? 'a closed complaint has its closure' : `a complaint in ${state} has no closure`,
    );
  }
  if (c.receivedAt > c.lastEventAt || c.lastEventAt > c.clockAt) {
    throw at(['lastEventAt'], 'receivedAt <= lastEventAt <= clockAt does not hold');
  }
  if (c.callbackNeeded !== needsCallback(c).needed) {
    throw at(['callbackNeeded'], 'does not follow from hasContactInfo, anonymous and replyLetterOnly');
  }
  const last = c.rounds.at(-1);
  if (
    (last === undefined) !== (c.handlingCompletedAt === null) ||
    (last !== undefined &&
      (last.handlingCompletedAt !== c.handlingCompletedAt ||
        last.calledBackAt !== c.calledBackAt ||
        last.attempts !== c.callbackAttempts ||
        JSON.stringify(last.callbackBy) !== JSON.stringify(c.deadlines.callbackBy)))
  ) {
    throw at(
      ['rounds'],
      'the last round does not match the current one (handlingCompletedAt, calledBackAt, callbackAttempts, callbackBy)',
    );
  }
  if (c.replyGivenAt !== null && c.replyGivenAt !== c.opinionGivenAt && c.replyGivenAt !== c.resultGivenAt) {
    throw at(['replyGivenAt'], 'is neither the opinion nor the result given');
  }
  if (JSON.stringify(deriveOverdue(c)) !== JSON.stringify(c.overdue)) {
    throw at(['overdue'], 'does not follow from the deadlines, what was done and clockAt');
  }
  if (computeNextDueAt(c) !== c.nextDueAt) {
    throw at(['nextDueAt'], `is not what the context implies (${computeNextDueAt(c) ?? 'null'})`);
  }
  // The staleness instant is the receipt plus the policy's days, which the machine's steps know.
  const steps = complaintStepsOf(machine);
  if (steps !== undefined && steps.staleAtOf(c.receivedAt) !== c.staleAt) {
    throw at(['staleAt'], `is not receivedAt plus the policy's days (${steps.staleAtOf(c.receivedAt)})`);
  }
}

/**
 * Restores a stored complaint snapshot (the JSON string, or its parsed value) into a
 * snapshot of `machine`, for `transition(machine, snapshot, event)` or
 * `createActor(machine, { snapshot })`. It checks the snapshot whole first:
 *
 * - the machine version and policy: another one throws a
 *   {@link ComplaintSnapshotMismatchError} (code `SNAPSHOT_VERSION_MISMATCH`) where xstate
 *   would restore into an error state; a version written as a string of digits (`"2"`) is
 *   read as its number;
 * - the state name and status (a `closed` snapshot is `done`);
 * - the context, against a schema derived from `ComplaintMachineContext`: no field
 *   missing or extra, every instant canonical UTC (`+08:00` is refused: instants are
 *   compared as strings), counts whole numbers (`callbackAttempts: "2"` is refused);
 * - what the schema cannot say: `closed` with `closure: null` (or an open state with a
 *   closure), the overdue flags and `nextDueAt` that do not follow from the context, the
 *   current round that does not match the last of `rounds`.
 *
 * A value that is not a snapshot, or names a state the machine lacks, throws an
 * `InvalidArgumentError` (`INVALID_ARGUMENT`); a context that fails a check throws one with
 * code `INVALID_SNAPSHOT` and the path of the field (`['json', 'context', 'closure']`).
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const stored = JSON.stringify(snapshot); // kept in the app's database
 * const restored = restoreComplaintSnapshot(complaintMachine, stored);
 * const [next] = transition(complaintMachine, restored, { type: 'clock.tick', now: '2026-10-10T00:00:00+08:00' });
 * ```
 */
export function restoreComplaintSnapshot(
  machine: ComplaintMachine,
  json: unknown,
): SnapshotFrom<ComplaintMachine> {
  return restoreMachineSnapshot(machine, json, {
    machine: 'complaint',
    version: COMPLAINT_MACHINE_VERSION,
    contextSchema: ComplaintMachineContextSchema as unknown as z.ZodType<ComplaintMachineContext>,
    check: (state, context) => checkComplaintContext(machine, state, context),
    mismatch: (expected, found: SnapshotIdentity) => new ComplaintSnapshotMismatchError(expected, found),
  });
}
