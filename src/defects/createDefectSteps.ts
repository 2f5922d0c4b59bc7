/**
 * What each event of the defect machine does to its context: pure functions from
 * (context, checked event) to the changed fields. The machine's named guards and actions
 * are thin wrappers around these; every judgement is made by a decision function
 * (`needsDefectHqReport`, `gradeDefect`, `assessDefectPlanOutcome`,
 * `canCompleteDefectTracking`). Every step ends in `settle`: the clock, the overdue flag
 * and `nextDueAt`, computed the same way each time.
 *
 * @internal
 * @module
 */

import { formatDayNumber, shanghaiStartOfDayMs, tryParseDayString } from '../calendar/days.js';
import { canonicalInstant, type StoredDeadline } from '../machine/instants.js';
import { assessDefectPlanOutcome } from './assessDefectPlanOutcome.js';
import { canCompleteDefectTracking } from './canCompleteDefectTracking.js';
import { computeDefectNextDueAt, isDefectPlanMissed } from './computeDefectNextDueAt.js';
import { checkDefectMachineInput } from './defectEvents.js';
import {
  DEFECT_MACHINE_VERSION,
  type DefectMachineContext,
  type DefectMachineEvent,
} from './defectMachineTypes.js';
import { gradeDefect } from './gradeDefect.js';
import { needsDefectHqReport } from './needsDefectHqReport.js';
import type { DefectPolicy } from './policy.js';
import type { DefectPlanOutcome } from './types.js';

type Ctx = DefectMachineContext;
/** The fields of the context a step changes. */
export type DefectPatch = { -readonly [K in keyof Ctx]?: Ctx[K] };
type Mutable = { -readonly [K in keyof Ctx]: Ctx[K] };
type EventOf<T extends DefectMachineEvent['type']> = Extract<DefectMachineEvent, { type: T }>;

/** A due day as stored: the day, and the exclusive end of it (00:00 Asia/Shanghai of the next day). */
export function toPlanDeadline(dueOn: string): StoredDeadline {
  const dn = tryParseDayString(dueOn) as number;
  return {
    lastDay: formatDayNumber(dn),
    endsAt: canonicalInstant(shanghaiStartOfDayMs(dn + 1)),
    fallbackUsed: false,
  };
}

/** The step functions of one policy. @internal */
export function createDefectSteps(policy: DefectPolicy) {
  /** After an event at `at`: the clock, the event order, the overdue flag and `nextDueAt`. */
  const settle = (c: Ctx, patch: DefectPatch, at: string, business: boolean): DefectPatch => {
    const x: Mutable = { ...c, ...patch };
    const set = <K extends keyof Ctx>(key: K, value: Ctx[K]) => {
      x[key] = value;
      patch[key] = value;
    };
    if (at > x.clockAt) set('clockAt', at);
    if (business && at > x.lastEventAt) set('lastEventAt', at);
    const missed = isDefectPlanMissed(x);
    if (missed !== x.overdue.plan) set('overdue', { plan: missed });
    const next = computeDefectNextDueAt(x);
    if (next !== x.nextDueAt) set('nextDueAt', next);
    return patch;
  };

  /** How the plan stands at `at` (`DEF-TRACK`), as `assessDefectPlanOutcome` judges it. */
  const outcomeAt = (c: Ctx, at: string): DefectPlanOutcome | null =>
    c.deadlines.planDue === null
      ? null
      : assessDefectPlanOutcome({
          dueOn: c.deadlines.planDue.lastDay,
          ...(c.planCompletedAt === null ? {} : { completedAt: c.planCompletedAt }),
          now: at,
        }).outcome;

  const plan = (c: Ctx, at: string, dueOn: string): DefectPatch =>
    settle(c, { plannedAt: at, deadlines: { planDue: toPlanDeadline(dueOn) } }, at, true);

  return {
    /** The context of a defect just collected (`DEF-SOURCE`), from its checked input. */
    initial(raw: unknown): Ctx {
      const input = checkDefectMachineInput(raw);
      const c: Ctx = {
        machineVersion: DEFECT_MACHINE_VERSION,
        policyId: policy.id,
        id: input.id,
        source: input.source,
        major: input.major,
        reportedAt: input.reportedAt,
        contactFormAt: null,
        hqReport: null,
        decision: null,
        plannedAt: null,
        deadlines: { planDue: null },
        carriedOutAt: null,
        acceptedAt: null,
        verifiedAt: null,
        planCompletedAt: null,
        confirmationFiledAt: null,
        missedReason: null,
        missExplainedAt: null,
        reviewEvaluation: null,
        missEvaluatedAt: null,
        trackingOutcome: null,
        closedAt: null,
        overdue: { plan: false },
        lastEventAt: input.reportedAt,
        clockAt: input.reportedAt,
        nextDueAt: null,
      };
      return c;
    },

    tick: (c: Ctx, e: EventOf<'clock.tick'>): DefectPatch => settle(c, {}, e.now, false),

    /** 缺陷生成 (`DEF-FLOW`): the contact form; a major defect reported to HQ at once (`needsDefectHqReport`). */
    generateContactForm: (c: Ctx, e: EventOf<'contactForm.generated'>): DefectPatch => {
      const hq = needsDefectHqReport({ major: c.major });
      return settle(
        c,
        {
          contactFormAt: e.at,
          hqReport: hq.reportTo === null ? null : { reportTo: hq.reportTo, reportedAt: e.at },
        },
        e.at,
        true,
      );
    },

    /** 缺陷决策 (`DEF-GRADE`): the decision form, graded by `gradeDefect`. */
    decide: (c: Ctx, e: EventOf<'decision.made'>): DefectPatch => {
      const g = gradeDefect(
        e.feasibility === undefined
          ? { needsRectification: e.needsRectification }
          : { needsRectification: e.needsRectification, feasibility: e.feasibility },
      );
      return settle(
        c,
        {
          decision: {
            decidedAt: e.at,
            grade: g.grade,
            decidedBy: [...g.decidedBy],
            failedFactors: [...g.failedFactors],
          },
        },
        e.at,
        true,
      );
    },

    planRectification: (c: Ctx, e: EventOf<'rectification.planned'>) => plan(c, e.at, e.dueOn),
    carryOut: (c: Ctx, e: EventOf<'rectification.carriedOut'>) =>
      settle(c, { carriedOutAt: e.at }, e.at, true),
    /** A: the department's acceptance of the result completes its plan. */
    accept: (c: Ctx, e: EventOf<'rectification.accepted'>) =>
      settle(c, { acceptedAt: e.at, planCompletedAt: e.at }, e.at, true),
    verify: (c: Ctx, e: EventOf<'rectification.verified'>) => settle(c, { verifiedAt: e.at }, e.at, true),
    filePrevention: (c: Ctx, e: EventOf<'prevention.filed'>) => plan(c, e.at, e.dueOn),
    implementPrevention: (c: Ctx, e: EventOf<'prevention.implemented'>) =>
      settle(c, { planCompletedAt: e.at }, e.at, true),

    /** `DEF-TRACK`: the confirmation form may be filed: the plan is on plan at `at`. */
    canConfirm: (c: Ctx, e: EventOf<'confirmation.filed'>): boolean => {
      const outcome = outcomeAt(c, e.at);
      return outcome !== null && canCompleteDefectTracking({ outcome, confirmationFiled: true }).allowed;
    },
    confirm: (c: Ctx, e: EventOf<'confirmation.filed'>) =>
      settle(c, { confirmationFiledAt: e.at, trackingOutcome: 'on-plan' }, e.at, true),

    /** `DEF-TRACK`: the department may state why only when the plan is missed at `at`. */
    isMissedAt: (c: Ctx, at: string): boolean => outcomeAt(c, at) === 'missed',
    explainMiss: (c: Ctx, e: EventOf<'miss.explained'>) =>
      settle(c, { missedReason: e.reason, missExplainedAt: e.at }, e.at, true),

    /** `DEF-TRACK`: a missed plan moves on with the department's reason AND the reviewing department's evaluation. */
    canCompleteMissed: (c: Ctx, e: EventOf<'miss.evaluated'>): boolean => {
      const outcome = outcomeAt(c, e.at);
      return (
        outcome !== null &&
        canCompleteDefectTracking({
          outcome,
          ...(c.missedReason === null ? {} : { missedReason: c.missedReason }),
          reviewEvaluation: e.evaluation,
        }).allowed
      );
    },
    evaluateMiss: (c: Ctx, e: EventOf<'miss.evaluated'>) =>
      settle(
        c,
        { reviewEvaluation: e.evaluation, missEvaluatedAt: e.at, trackingOutcome: 'missed' },
        e.at,
        true,
      ),

    /** 缺陷总结: summarised and closed. */
    close: (c: Ctx, e: EventOf<'summary.recorded'>) => settle(c, { closedAt: e.at }, e.at, true),
  };
}

/** The step functions of one policy. @internal */
export type DefectSteps = ReturnType<typeof createDefectSteps>;
