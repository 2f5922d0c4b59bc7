import type { SnapshotFrom } from 'xstate';
import type * as z from 'zod';
import { InvalidArgumentError, RealtyCrmError } from '../core/errors.js';
import { restoreMachineSnapshot, type SnapshotIdentity } from '../machine/restoreMachineSnapshot.js';
import { computeDefectNextDueAt, isDefectPlanMissed } from './computeDefectNextDueAt.js';
import { toPlanDeadline } from './createDefectSteps.js';
import { DefectMachineContextSchema } from './defectContextSchema.js';
import type { DefectMachine } from './defectMachine.js';
import { DEFECT_MACHINE_VERSION, type DefectMachineContext } from './defectMachineTypes.js';
import { FEASIBILITY_FACTORS } from './types.js';

/**
 * A stored defect snapshot does not fit the machine it is restored into: another machine
 * version, or a machine of another policy. Code `SNAPSHOT_VERSION_MISMATCH`.
 *
 * @rule DEF-FLOW
 * @example
 * ```ts
 * try { restoreDefectSnapshot(defectMachine, stored); } catch (e) {
 *   if (e instanceof DefectSnapshotMismatchError) migrate(stored, e.found);
 * }
 * ```
 */
export class DefectSnapshotMismatchError extends RealtyCrmError {
  /** What the machine expects: its machine version and policy id. */
  readonly expected: { readonly machineVersion: number; readonly policyId: string };
  /** What the snapshot carries. */
  readonly found: SnapshotIdentity;

  constructor(expected: DefectSnapshotMismatchError['expected'], found: SnapshotIdentity) {
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
      `The stored defect snapshot has machine version ${show(found.machineVersion)} and policy ` +
        `${show(found.policyId)}; this machine is version ${expected.machineVersion} of policy ` +
        `${JSON.stringify(expected.policyId)}. Migrate the snapshot, or restore it into a machine of its own version and policy.`,
    );
    this.expected = expected;
    this.found = found;
  }
}

const at = (path: readonly (string | number)[], message: string) =>
  new InvalidArgumentError(['json', 'context', ...path], message, 'INVALID_SNAPSHOT');

type Ctx = DefectMachineContext;
type Step = keyof Ctx;
/** What each path records, in order: a state has the first n of them and none after. */
const PATH_A: readonly Step[] = [
  'contactFormAt',
  'decision',
  'plannedAt',
  'carriedOutAt',
  'acceptedAt',
  'verifiedAt',
  'trackingOutcome',
  'closedAt',
];
const PATH_B: readonly Step[] = ['contactFormAt', 'decision', 'plannedAt', 'trackingOutcome', 'closedAt'];
const DONE_A: Readonly<Record<string, number>> = {
  collected: 0,
  generated: 1,
  decided: 2,
  planned: 3,
  carriedOut: 4,
  accepted: 5,
  tracking: 6,
  summarising: 7,
  closed: 8,
};
const DONE_B: Readonly<Record<string, number>> = {
  collected: 0,
  generated: 1,
  decided: 2,
  tracking: 3,
  summarising: 4,
  closed: 5,
};

/** What the schema cannot say: the context agrees with its state and with itself. */
function checkDefectContext(state: string, c: Ctx): void {
  const gradeB = c.decision?.grade === 'B';
  const path = gradeB ? PATH_B : PATH_A;
  const done = (gradeB ? DONE_B : DONE_A)[state];
  if (done === undefined) throw at(['decision', 'grade'], `a grade B defect is never in ${state}`);
  path.forEach((step, i) => {
    if ((c[step] !== null) !== i < done) {
      throw at(
        [step],
        i < done ? `a defect in ${state} has ${step}` : `a defect in ${state} has no ${step} yet`,
      );
    }
  });
  if (gradeB) {
    for (const step of ['carriedOutAt', 'acceptedAt', 'verifiedAt'] as const) {
      if (c[step] !== null) throw at([step], 'a grade B defect is not rectified');
    }
  }
  if (c.reportedAt > c.lastEventAt || c.lastEventAt > c.clockAt) {
    throw at(['lastEventAt'], 'reportedAt <= lastEventAt <= clockAt does not hold');
  }
  const hq = c.major && c.contactFormAt !== null;
  if (hq !== (c.hqReport !== null) || (c.hqReport !== null && c.hqReport.reportedAt !== c.contactFormAt)) {
    throw at(
      ['hqReport'],
      'a major defect is reported to HQ when its contact form is generated, and only then',
    );
  }
  const d = c.decision;
  if (d !== null) {
    const gradeA = d.failedFactors.length === 0 && d.decidedBy.length === 1 + FEASIBILITY_FACTORS.length;
    const needless = d.failedFactors.length === 0 && d.decidedBy.join() === 'needsRectification';
    const infeasible = d.failedFactors.length > 0 && d.decidedBy.join() === d.failedFactors.join();
    if (d.grade === 'A' ? !gradeA : !(needless || infeasible)) {
      throw at(['decision'], `grade ${d.grade} does not follow from decidedBy and failedFactors`);
    }
  }
  const due = c.deadlines.planDue;
  if ((due === null) !== (c.plannedAt === null))
    throw at(['deadlines', 'planDue'], 'a plan has its due day, and only a plan');
  if (due !== null && JSON.stringify(toPlanDeadline(due.lastDay)) !== JSON.stringify(due)) {
    throw at(['deadlines', 'planDue'], 'is not the end of its due day (00:00 Asia/Shanghai of the next day)');
  }
  if (!gradeB && c.planCompletedAt !== c.acceptedAt) {
    throw at(['planCompletedAt'], 'a rectification plan is completed when its result is accepted');
  }
  if (gradeB && c.planCompletedAt !== null && c.plannedAt === null) {
    throw at(['planCompletedAt'], 'completed without a plan');
  }
  const onPlan = c.trackingOutcome === 'on-plan';
  const missed = c.trackingOutcome === 'missed';
  if (onPlan !== (c.confirmationFiledAt !== null)) {
    throw at(
      ['confirmationFiledAt'],
      'the confirmation form is filed when, and only when, tracking ends on plan',
    );
  }
  if ((c.missedReason === null) !== (c.missExplainedAt === null)) {
    throw at(['missedReason'], 'a stated reason has its instant, and only a stated reason');
  }
  if (missed !== (c.missEvaluatedAt !== null) || missed !== (c.reviewEvaluation !== null)) {
    throw at(['reviewEvaluation'], 'the evaluation is given when, and only when, tracking ends missed');
  }
  if (missed && c.missedReason === null)
    throw at(['missedReason'], 'a missed plan moves on only with a stated reason');
  if (isDefectPlanMissed(c) !== c.overdue.plan) {
    throw at(['overdue', 'plan'], 'does not follow from the due day, the completion and clockAt');
  }
  if (computeDefectNextDueAt(c) !== c.nextDueAt) {
    throw at(['nextDueAt'], `is not what the context implies (${computeDefectNextDueAt(c) ?? 'null'})`);
  }
}

/**
 * Restores a stored defect snapshot (the JSON string, or its parsed value) into a
 * snapshot of `machine`, for `transition(machine, snapshot, event)` or
 * `createActor(machine, { snapshot })`. It checks the snapshot whole first: the machine
 * version and policy (another one throws a {@link DefectSnapshotMismatchError}, code
 * `SNAPSHOT_VERSION_MISMATCH`; a version written as digits is read as its number); the
 * state name and status; the context against a schema derived from
 * `DefectMachineContext` (no field missing or extra, instants canonical UTC); and what the
 * schema cannot say: the steps recorded agree with the state and the grade's path
 * (`closed` has `closedAt`, a grade B defect has no rectification), the HQ report with
 * `major`, the grade with what decided it, a missed plan with its stated reason, the
 * overdue flag and `nextDueAt` with the due day and the clock. A failing check throws an
 * `InvalidArgumentError` with code `INVALID_SNAPSHOT` and the field's path
 * (`['json', 'context', 'closedAt']`).
 *
 * @rule DEF-FLOW
 * @rule DEF-TRACK
 * @example
 * ```ts
 * const stored = JSON.stringify(snapshot); // kept in the app's database
 * const restored = restoreDefectSnapshot(defectMachine, stored);
 * const [next] = transition(defectMachine, restored, { type: 'clock.tick', now: '2026-10-10T00:00:00+08:00' });
 * ```
 */
export function restoreDefectSnapshot(machine: DefectMachine, json: unknown): SnapshotFrom<DefectMachine> {
  return restoreMachineSnapshot(machine, json, {
    machine: 'defect',
    version: DEFECT_MACHINE_VERSION,
    contextSchema: DefectMachineContextSchema as unknown as z.ZodType<DefectMachineContext>,
    check: checkDefectContext,
    mismatch: (expected, found) => new DefectSnapshotMismatchError(expected, found),
  });
}
