import type { SnapshotFrom } from 'xstate';
import type * as z from 'zod';
import { InvalidArgumentError, RealtyCrmError } from '../core/errors.js';
import { restoreMachineSnapshot, type SnapshotIdentity } from '../machine/restoreMachineSnapshot.js';
import { canIssueDeductionNotice } from './canIssueDeductionNotice.js';
import { canReplaceContractor } from './canReplaceContractor.js';
import { computeRepairOrderNextDueAt, deriveRepairOrderOverdue } from './repairOrderContext.js';
import { RepairOrderMachineContextSchema } from './repairOrderContextSchema.js';
import type { RepairOrderMachine } from './repairOrderMachine.js';
import { REPAIR_ORDER_MACHINE_VERSION, type RepairOrderMachineContext } from './repairOrderMachineTypes.js';

/**
 * A stored repair-order snapshot does not fit the machine it is restored into: another
 * machine version, or a machine of another policy. Code `SNAPSHOT_VERSION_MISMATCH`.
 *
 * @rule WAR-FLOW
 * @example
 * ```ts
 * try { restoreRepairOrderSnapshot(repairOrderMachine, stored); } catch (e) {
 *   if (e instanceof RepairOrderSnapshotMismatchError) migrate(stored, e.found);
 * }
 * ```
 */
export class RepairOrderSnapshotMismatchError extends RealtyCrmError {
  /** What the machine expects: its machine version and policy id. */
  readonly expected: { readonly machineVersion: number; readonly policyId: string };
  /** What the snapshot carries. */
  readonly found: { readonly machineVersion: unknown; readonly policyId: unknown };

  constructor(
    expected: RepairOrderSnapshotMismatchError['expected'],
    found: RepairOrderSnapshotMismatchError['found'],
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
      `The stored repair-order snapshot has machine version ${show(found.machineVersion)} and policy ` +
        `${show(found.policyId)}; this machine is version ${expected.machineVersion} of policy ` +
        `${JSON.stringify(expected.policyId)}. Migrate the snapshot, or restore it into a machine of its own version and policy.`,
    );
    this.expected = expected;
    this.found = found;
  }
}

const at = (path: readonly (string | number)[], message: string) =>
  new InvalidArgumentError(['json', 'context', ...path], message, 'INVALID_SNAPSHOT');

/** Which fields each state implies: the step reached and what it recorded. */
const NEEDS: Readonly<Record<string, readonly (keyof RepairOrderMachineContext)[]>> = {
  received: [],
  classified: ['classification', 'survey'],
  surveyed: ['classification', 'survey'],
  planConfirmed: ['classification', 'survey', 'planConfirmedAt'],
  repairing: ['classification', 'survey', 'planConfirmedAt', 'repairStartedAt', 'paid'],
  acceptance: ['classification', 'survey', 'planConfirmedAt', 'repairStartedAt', 'completedAt', 'callbackBy'],
  callback: ['classification', 'planConfirmedAt', 'completedAt', 'callbackBy', 'acceptedAt'],
  closed: ['classification', 'completedAt', 'callbackBy', 'acceptedAt', 'calledBackAt', 'closedAt'],
};

/** What the schema cannot say: the context agrees with its state and with itself. */
function checkRepairOrderContext(state: string, c: RepairOrderMachineContext): void {
  for (const key of NEEDS[state] ?? []) {
    if (c[key] === null) throw at([key], `a repair order in ${state} has ${key}`);
  }
  if ((state === 'closed') !== (c.closedAt !== null)) {
    throw at(
      ['closedAt'],
      state === 'closed' ? 'a closed order has closedAt' : `an order in ${state} is not closed`,
    );
  }
  if (state === 'received' && c.classification !== null) {
    throw at(['classification'], 'an order just received is not classified yet');
  }
  if (
    (state === 'surveyed') !== (c.survey?.surveyedAt != null) &&
    ['classified', 'surveyed'].includes(state)
  ) {
    throw at(['survey', 'surveyedAt'], `does not fit the state ${state}`);
  }
  if (c.receivedAt > c.lastEventAt || c.lastEventAt > c.clockAt) {
    throw at(['lastEventAt'], 'receivedAt <= lastEventAt <= clockAt does not hold');
  }
  if (c.survey !== null && c.survey.required !== (c.survey.reasons[0]?.facts.required === true)) {
    throw at(['survey', 'required'], 'does not follow from its reasons');
  }
  const r = c.replacement;
  if (r !== null) {
    const outstanding = canReplaceContractor({
      failure: r.failure,
      onSiteEvidenceRecorded: r.evidenceRecordedAt !== null,
      penaltyNoticeIssued: r.penaltyNoticeAt !== null,
    }).outstanding;
    if (JSON.stringify(outstanding) !== JSON.stringify(r.outstanding)) {
      throw at(['replacement', 'outstanding'], 'does not follow from the records made');
    }
  }
  const k = c.compensation;
  if (k !== null) {
    if (k.deductionNoticeAt !== null && k.approvedAt === null) {
      throw at(
        ['compensation', 'deductionNoticeAt'],
        'a deduction notice before the plan was approved (WAR-COMP)',
      );
    }
    const step = canIssueDeductionNotice({ planAgreed: true, approved: k.approvedAt !== null }).step;
    if (step !== k.step) throw at(['compensation', 'step'], `is not what the plan's records imply (${step})`);
  }
  if (JSON.stringify(deriveRepairOrderOverdue(c)) !== JSON.stringify(c.overdue)) {
    throw at(['overdue'], 'does not follow from the visit, the callback and clockAt');
  }
  const next = computeRepairOrderNextDueAt(c);
  if (next !== c.nextDueAt) throw at(['nextDueAt'], `is not what the context implies (${next ?? 'null'})`);
}

/**
 * Restores a stored repair-order snapshot (the JSON string, or its parsed value) into a
 * snapshot of `machine`, checked whole first: the machine version and policy (another
 * one throws a {@link RepairOrderSnapshotMismatchError}; a version written as digits is
 * read as its number), the state name and status, the context against a schema derived
 * from `RepairOrderMachineContext` (no field missing or extra, instants canonical UTC),
 * and what the schema cannot say: the fields the state implies (a `closed` order has its
 * callback and `closedAt`), the compensation's order (`WAR-COMP`), the replacement's
 * outstanding records, the overdue flags and `nextDueAt`. A context that fails a check
 * throws an `InvalidArgumentError` with code `INVALID_SNAPSHOT` and the path of the field.
 *
 * @rule WAR-FLOW
 * @rule WAR-COMP
 * @example
 * ```ts
 * const stored = JSON.stringify(snapshot); // kept in the app's database
 * const restored = restoreRepairOrderSnapshot(repairOrderMachine, stored);
 * const [next] = transition(repairOrderMachine, restored, { type: 'clock.tick', now: '2026-10-12T00:00:00+08:00' });
 * ```
 */
export function restoreRepairOrderSnapshot(
  machine: RepairOrderMachine,
  json: unknown,
): SnapshotFrom<RepairOrderMachine> {
  return restoreMachineSnapshot(machine, json, {
    machine: 'repair-order',
    version: REPAIR_ORDER_MACHINE_VERSION,
    contextSchema: RepairOrderMachineContextSchema as unknown as z.ZodType<RepairOrderMachineContext>,
    check: checkRepairOrderContext,
    mismatch: (expected, found: SnapshotIdentity) => new RepairOrderSnapshotMismatchError(expected, found),
  });
}
