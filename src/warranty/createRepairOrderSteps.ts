/**
 * What each event of the repair-order machine does to its context, for one policy and one
 * calendar: pure functions from (context, checked event) to the changed fields. The
 * machine's guards and actions are thin wrappers around these; every judgement is made by
 * a decision function of the module (`needsOnSiteSurvey`, `assessRepairUrgency`,
 * `canStartRepair`, `canCompleteRepair`, `computeRepairCallbackDue`,
 * `assessRepairVisitTime`, `canReplaceContractor`, `canIssueDeductionNotice`). Every step
 * ends in `settle`: the clock, the overdue flags and `nextDueAt`.
 *
 * @internal
 * @module
 */

import { formatInstant } from '../calendar/days.js';
import type { CoverageFallback } from '../calendar/options.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { assertNever } from '../core/assertNever.js';
import { createReason, type Reason } from '../core/reason.js';
import { type StoredDeadline, toStoredDeadline } from '../machine/instants.js';
import { assessRepairUrgency } from './assessRepairUrgency.js';
import { assessRepairVisitTime } from './assessRepairVisitTime.js';
import { canCompleteRepair } from './canCompleteRepair.js';
import { canIssueDeductionNotice } from './canIssueDeductionNotice.js';
import { canReplaceContractor } from './canReplaceContractor.js';
import { canStartRepair } from './canStartRepair.js';
import { computeRepairCallbackDue } from './computeRepairCallbackDue.js';
import { needsOnSiteSurvey } from './needsOnSiteSurvey.js';
import type { WarrantyPolicy } from './policy.js';
import { computeRepairOrderNextDueAt, deriveRepairOrderOverdue } from './repairOrderContext.js';
import { checkRepairOrderMachineInput } from './repairOrderEvents.js';
import {
  REPAIR_ORDER_MACHINE_VERSION,
  type RepairOrderMachineContext,
  type RepairOrderMachineEvent,
} from './repairOrderMachineTypes.js';

type Ctx = RepairOrderMachineContext;
/** The fields of the context a step changes. */
export type Patch = { -readonly [K in keyof Ctx]?: Ctx[K] };
type Mutable = { -readonly [K in keyof Ctx]: Ctx[K] };
/** The events a decision may refuse (the state unchanged, the reasons kept). */
export type RefusableEvent = Extract<
  RepairOrderMachineEvent,
  {
    type:
      | 'plan.confirmed'
      | 'repair.started'
      | 'repair.completed'
      | 'compensation.approved'
      | 'deduction.notified'
      | 'visit.rescheduled'
      | 'visit.arrived'
      | 'evidence.recorded'
      | 'penaltyNotice.issued'
      | 'authority.reported'
      | 'hiddenWorks.recorded'
      | 'hiddenWorks.inspected';
  }
>;
type EventOf<T extends RepairOrderMachineEvent['type']> = Extract<RepairOrderMachineEvent, { type: T }>;

/** A reason for an event sent before what it records exists (no visit agreed, no contractor replaced). */
const missing = (rule: Reason['rule'], event: string, zh: string, en: string): Reason =>
  createReason(rule, { event, allowed: false }, { 'zh-CN': zh, en });

/** The step functions of one policy and calendar. @internal */
export function createRepairOrderSteps(
  policy: WarrantyPolicy,
  calendar: WorkCalendar | undefined,
  fallback: CoverageFallback,
) {
  const callbackOptions = calendar === undefined ? { policy, fallback } : { policy, calendar, fallback };
  /**
   * The callback deadline of a completion (`computeRepairCallbackDue`), remembered by the
   * completion's Asia/Shanghai day, on which alone it depends for one policy and calendar
   * (Shanghai keeps UTC+8 all year).
   */
  const callbackByDay = new Map<number, StoredDeadline>();
  const callbackDueOf = (completedAt: string): StoredDeadline => {
    const day = Math.floor((Date.parse(completedAt) + 8 * 3_600_000) / 86_400_000);
    let d = callbackByDay.get(day);
    if (d === undefined) {
      d = toStoredDeadline(computeRepairCallbackDue(completedAt, callbackOptions));
      if (callbackByDay.size >= 1024) callbackByDay.clear();
      callbackByDay.set(day, d);
    }
    return d;
  };

  /** The changed fields plus what follows from them: the clock, the event order, the refusal cleared, overdue, `nextDueAt`. */
  const settle = (c: Ctx, patch: Patch, at: string, business: boolean): Patch => {
    const x: Mutable = { ...c, ...patch };
    const set = <K extends keyof Ctx>(key: K, value: Ctx[K]) => {
      x[key] = value;
      patch[key] = value;
    };
    if (at > x.clockAt) set('clockAt', at);
    if (business && at > x.lastEventAt) set('lastEventAt', at);
    if (business && !('refusal' in patch) && x.refusal !== null) set('refusal', null);
    const overdue = deriveRepairOrderOverdue(x);
    if (overdue.visit !== x.overdue.visit || overdue.callback !== x.overdue.callback) set('overdue', overdue);
    const next = computeRepairOrderNextDueAt(x);
    if (next !== x.nextDueAt) set('nextDueAt', next);
    return patch;
  };

  /** `WAR-APPOINT`: the first instant at which a visit judged against `agreedAt` is late. */
  const lateFromOf = (agreedAt: string): string => {
    const edge = Date.parse(agreedAt) + policy.appointment.lateAfterMinutes.value * 60_000;
    const late = (ms: number) =>
      assessRepairVisitTime({ agreedAt, arrivedAt: formatInstant(ms), policy }).late;
    return formatInstant(late(edge) ? edge : edge + 1);
  };

  const startDecision = (c: Ctx) =>
    canStartRepair({
      inWarranty: c.classification?.inWarranty ?? true,
      planConfirmed: c.planConfirmedAt !== null,
      chargesAccepted: c.charges !== null,
    });
  const completeDecision = (c: Ctx) =>
    canCompleteRepair({
      hiddenWorks: c.hiddenWorks,
      hiddenWorksInspected: c.hiddenWorksInspectedAt !== null,
    });
  const deductionDecision = (c: Ctx) =>
    canIssueDeductionNotice({
      planAgreed: c.compensation !== null,
      approved: c.compensation !== null && c.compensation.approvedAt !== null,
    });
  const replacementOutstanding = (r: NonNullable<Ctx['replacement']>) =>
    canReplaceContractor({
      failure: r.failure,
      onSiteEvidenceRecorded: r.evidenceRecordedAt !== null,
      penaltyNoticeIssued: r.penaltyNoticeAt !== null,
    }).outstanding;

  return {
    /** The context of an order just received and recorded (`WAR-FLOW` step 1), from its checked input. */
    initial(raw: unknown): Ctx {
      const input = checkRepairOrderMachineInput(raw);
      const c: Ctx = {
        machineVersion: REPAIR_ORDER_MACHINE_VERSION,
        policyId: policy.id,
        id: input.id,
        receivedAt: input.receivedAt,
        classification: null,
        survey: null,
        authorityReport: null,
        planConfirmedAt: null,
        charges: null,
        paid: null,
        repairStartedAt: null,
        hiddenWorks: [],
        hiddenWorksInspectedAt: null,
        completedAt: null,
        reworks: 0,
        acceptedAt: null,
        callbackBy: null,
        calledBackAt: null,
        visit: null,
        lateVisits: 0,
        replacement: null,
        compensation: null,
        refusal: null,
        overdue: { visit: false, callback: false },
        closedAt: null,
        lastEventAt: input.receivedAt,
        clockAt: input.receivedAt,
        nextDueAt: null,
      };
      return { ...c, ...settle(c, {}, input.receivedAt, false) };
    },

    tick: (c: Ctx, e: EventOf<'clock.tick'>): Patch => settle(c, {}, e.now, false),

    /** Step 1: classified; the survey decided (`WAR-ONSITE`) and the urgency assessed (`LAW-WARRANTY-REPLACE`). */
    classify: (c: Ctx, e: EventOf<'order.classified'>): Patch => {
      const { type: _t, at, component, inWarranty, structuralSafety, emergency, ...facts } = e;
      const survey = needsOnSiteSurvey(facts);
      const urgency = assessRepairUrgency({ structuralSafety, emergency });
      return settle(
        c,
        {
          classification: { component, problem: e.problem, inWarranty, urgency: urgency.urgency },
          survey: { required: survey.required, reasons: survey.reasons, surveyedAt: null },
          authorityReport: urgency.reportToAuthority
            ? { owedSince: at, reportedAt: null, reason: urgency.reasons[0] as Reason }
            : null,
        },
        at,
        true,
      );
    },

    /** Whether the plan may be confirmed: no survey owed, or the survey made (`WAR-ONSITE`). */
    surveyDone: (c: Ctx): boolean =>
      c.survey !== null && (!c.survey.required || c.survey.surveyedAt !== null),

    completeSurvey: (c: Ctx, e: EventOf<'survey.completed'>): Patch =>
      settle(c, { survey: c.survey === null ? null : { ...c.survey, surveyedAt: e.at } }, e.at, true),

    confirmPlan: (c: Ctx, e: EventOf<'plan.confirmed'>): Patch =>
      settle(c, { planConfirmedAt: e.at }, e.at, true),

    acceptCharges: (c: Ctx, e: EventOf<'charges.accepted'>): Patch =>
      settle(c, { charges: { amountYuan: e.amountYuan, acceptedAt: e.at } }, e.at, true),

    /** `WAR-FLOW`, `WAR-APPOINT`: work may start (`canStartRepair`). */
    canStart: (c: Ctx): boolean => startDecision(c).allowed,

    startRepair: (c: Ctx, e: EventOf<'repair.started'>): Patch =>
      settle(c, { repairStartedAt: e.at, paid: startDecision(c).paid }, e.at, true),

    /** New kinds of hidden work need their own inspection: a new kind clears the inspection. */
    recordHiddenWorks: (c: Ctx, e: EventOf<'hiddenWorks.recorded'>): Patch => {
      const added = e.works.filter((w) => !c.hiddenWorks.includes(w));
      const works = [...c.hiddenWorks, ...new Set(added)];
      return settle(
        c,
        added.length === 0 ? {} : { hiddenWorks: works, hiddenWorksInspectedAt: null },
        e.at,
        true,
      );
    },

    inspectHiddenWorks: (c: Ctx, e: EventOf<'hiddenWorks.inspected'>): Patch =>
      settle(c, { hiddenWorksInspectedAt: e.at }, e.at, true),

    /** `WAR-FLOW` step 5: hidden works inspected before the repair is reported complete (`canCompleteRepair`). */
    canComplete: (c: Ctx): boolean => completeDecision(c).allowed,

    /** Completion: the callback owed within the policy's window (`computeRepairCallbackDue`). */
    completeRepair: (c: Ctx, e: EventOf<'repair.completed'>): Patch =>
      settle(c, { completedAt: e.at, callbackBy: callbackDueOf(e.at) }, e.at, true),

    /** Step 7: accepted, or rejected and back to rework (整改直至客户满意). */
    recordAcceptance: (c: Ctx, e: EventOf<'acceptance.recorded'>): Patch =>
      settle(
        c,
        e.outcome === 'accepted'
          ? { acceptedAt: e.at }
          : { reworks: c.reworks + 1, completedAt: null, callbackBy: null },
        e.at,
        true,
      ),

    /** Step 8: called back; the order closes. */
    close: (c: Ctx, e: EventOf<'callback.completed'>): Patch =>
      settle(c, { calledBackAt: e.at, closedAt: e.at }, e.at, true),

    agreeVisit: (c: Ctx, e: EventOf<'visit.agreed'>): Patch =>
      settle(
        c,
        {
          visit: {
            agreedAt: e.visitAt,
            rescheduledTo: null,
            lateFrom: lateFromOf(e.visitAt),
            arrivedAt: null,
            minutesLate: null,
            late: null,
          },
        },
        e.at,
        true,
      ),

    /** A visit agreed and not yet made. */
    hasPendingVisit: (c: Ctx): boolean => c.visit !== null && c.visit.arrivedAt === null,

    rescheduleVisit: (c: Ctx, e: EventOf<'visit.rescheduled'>): Patch =>
      c.visit === null
        ? settle(c, {}, e.at, true)
        : settle(
            c,
            { visit: { ...c.visit, rescheduledTo: e.visitAt, lateFrom: lateFromOf(e.visitAt) } },
            e.at,
            true,
          ),

    /** `WAR-APPOINT`: the arrival judged against the time agreed (`assessRepairVisitTime`). */
    arrive: (c: Ctx, e: EventOf<'visit.arrived'>): Patch => {
      const v = c.visit;
      if (v === null) return settle(c, {}, e.at, true);
      const a = assessRepairVisitTime({
        agreedAt: v.agreedAt,
        arrivedAt: e.at,
        ...(v.rescheduledTo === null ? {} : { rescheduledTo: v.rescheduledTo }),
        policy,
      });
      return settle(
        c,
        {
          visit: { ...v, arrivedAt: e.at, minutesLate: a.minutesLate, late: a.late },
          lateVisits: c.lateVisits + (a.late ? 1 : 0),
        },
        e.at,
        true,
      );
    },

    /** A report to the authority is owed and not yet made. */
    owesAuthorityReport: (c: Ctx): boolean =>
      c.authorityReport !== null && c.authorityReport.reportedAt === null,

    reportToAuthority: (c: Ctx, e: EventOf<'authority.reported'>): Patch =>
      settle(
        c,
        { authorityReport: c.authorityReport === null ? null : { ...c.authorityReport, reportedAt: e.at } },
        e.at,
        true,
      ),

    /** `WAR-CONTRACTOR`, `LAW-WARRANTY-REPLACE`: a third party at the contractor's cost (`canReplaceContractor`). */
    replaceContractor: (c: Ctx, e: EventOf<'contractor.replaced'>): Patch => {
      const d = canReplaceContractor({ failure: e.failure });
      return settle(
        c,
        {
          replacement: {
            failure: e.failure,
            thirdPartyId: e.thirdPartyId,
            replacedAt: e.at,
            costBorneBy: d.costBorneBy,
            evidenceRecordedAt: null,
            penaltyNoticeAt: null,
            outstanding: d.outstanding,
          },
        },
        e.at,
        true,
      );
    },

    hasReplacement: (c: Ctx): boolean => c.replacement !== null,

    recordEvidence: (c: Ctx, e: EventOf<'evidence.recorded'>): Patch => {
      if (c.replacement === null) return settle(c, {}, e.at, true);
      const r = { ...c.replacement, evidenceRecordedAt: c.replacement.evidenceRecordedAt ?? e.at };
      return settle(c, { replacement: { ...r, outstanding: replacementOutstanding(r) } }, e.at, true);
    },

    issuePenaltyNotice: (c: Ctx, e: EventOf<'penaltyNotice.issued'>): Patch => {
      if (c.replacement === null) return settle(c, {}, e.at, true);
      const r = { ...c.replacement, penaltyNoticeAt: c.replacement.penaltyNoticeAt ?? e.at };
      return settle(c, { replacement: { ...r, outstanding: replacementOutstanding(r) } }, e.at, true);
    },

    /** `WAR-COMP`: a plan (a new one replaces the last and needs its own approval). */
    planCompensation: (c: Ctx, e: EventOf<'compensation.planned'>): Patch =>
      settle(
        c,
        {
          compensation: {
            amountYuan: e.amountYuan,
            planAgreedAt: e.at,
            approvedAt: null,
            deductionNoticeAt: null,
            step: canIssueDeductionNotice({ planAgreed: true, approved: false }).step,
          },
        },
        e.at,
        true,
      ),

    /** `WAR-COMP`: a plan waits for its approval. */
    canApproveCompensation: (c: Ctx): boolean =>
      c.compensation !== null && c.compensation.approvedAt === null,

    approveCompensation: (c: Ctx, e: EventOf<'compensation.approved'>): Patch =>
      c.compensation === null
        ? settle(c, {}, e.at, true)
        : settle(
            c,
            {
              compensation: {
                ...c.compensation,
                approvedAt: e.at,
                step: canIssueDeductionNotice({ planAgreed: true, approved: true }).step,
              },
            },
            e.at,
            true,
          ),

    /** `WAR-COMP`: the deduction notice may go out (`canIssueDeductionNotice`), once. */
    canNotifyDeduction: (c: Ctx): boolean =>
      deductionDecision(c).allowed && c.compensation?.deductionNoticeAt === null,

    notifyDeduction: (c: Ctx, e: EventOf<'deduction.notified'>): Patch =>
      c.compensation === null
        ? settle(c, {}, e.at, true)
        : settle(c, { compensation: { ...c.compensation, deductionNoticeAt: e.at } }, e.at, true),

    /**
     * An event the decision functions refused, kept with their reasons in
     * `context.refusal` (the state unchanged): the survey owed, the charges not accepted,
     * hidden works not inspected, compensation out of order, a visit or a replacement that
     * does not exist.
     */
    refuse: (c: Ctx, e: RefusableEvent): Patch => {
      let reasons: readonly Reason[];
      switch (e.type) {
        case 'plan.confirmed':
          reasons = c.survey?.reasons ?? [
            missing(
              'WAR-FLOW',
              e.type,
              '维修单尚未分类，不能确认方案',
              'The order is not classified yet: no plan can be confirmed',
            ),
          ];
          break;
        case 'repair.started':
          reasons = startDecision(c).reasons;
          break;
        case 'repair.completed':
          reasons = completeDecision(c).reasons;
          break;
        case 'compensation.approved':
        case 'deduction.notified':
          reasons =
            c.compensation?.deductionNoticeAt != null
              ? [missing('WAR-COMP', e.type, '工程扣款已知会', 'The deduction notice was already sent')]
              : c.compensation?.approvedAt != null && e.type === 'compensation.approved'
                ? [missing('WAR-COMP', e.type, '处理方案已审批通过', 'The plan is already approved')]
                : deductionDecision(c).reasons;
          break;
        case 'visit.rescheduled':
        case 'visit.arrived':
          reasons = [
            missing(
              'WAR-APPOINT',
              e.type,
              '没有待上门的预约（先记录预约上门时间）',
              'No visit is pending: agree a visit time first',
            ),
          ];
          break;
        case 'evidence.recorded':
        case 'penaltyNotice.issued':
          reasons = [
            missing('WAR-CONTRACTOR', e.type, '尚未委托第三方维修', 'No contractor has been replaced'),
          ];
          break;
        case 'hiddenWorks.recorded':
        case 'hiddenWorks.inspected':
          reasons = [
            missing(
              'WAR-FLOW',
              e.type,
              '已报完工：隐蔽工序须在报完工前记录并验收（验收不满意退回整改后可再记录）',
              'The repair is reported complete: hidden works are recorded and inspected before that (again after a rejected acceptance)',
            ),
          ];
          break;
        case 'authority.reported':
          reasons = [
            missing(
              'LAW-WARRANTY-REPLACE',
              e.type,
              '本单不涉及结构安全，或已报告：无须向建设行政主管部门报告',
              'The order touches no structural safety, or it was reported: no report is owed',
            ),
          ];
          break;
        default:
          return assertNever(e, 'event');
      }
      return settle(c, { refusal: { event: e.type, at: e.at, reasons } }, e.at, true);
    },
  };
}

/** The step functions of one policy and calendar. @internal */
export type RepairOrderSteps = ReturnType<typeof createRepairOrderSteps>;
