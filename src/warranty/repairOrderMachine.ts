/**
 * The repair order (`WAR-FLOW`) as an xstate machine: thin and storable (DESIGN convention
 * 8). Guards call the decision functions through the steps; the context is plain JSON; time
 * arrives in events, never from a clock or a timer.
 *
 * @module
 */

import { assertEvent, assign, setup } from 'xstate';
import type { CoverageFallback } from '../calendar/options.js';
import { createZodErrorMap } from '../calendar/zodErrorMap.js';
import { expectKnownKeys, expectOneOf, expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { attachEventChecks } from '../machine/attachEventChecks.js';
import { createRepairOrderSteps, type RefusableEvent } from './createRepairOrderSteps.js';
import {
  resolveWarrantyPolicy,
  SINO_OCEAN_2008_WARRANTY_POLICY,
  type WarrantyPolicy,
  type WarrantyPolicyInput,
  WarrantyPolicySchema,
} from './policy.js';
import { readCalendarOptions } from './readCalendarOptions.js';
import { checkRepairOrderEvent } from './repairOrderEvents.js';
import type {
  RepairOrderMachineContext,
  RepairOrderMachineEvent,
  RepairOrderMachineInput,
} from './repairOrderMachineTypes.js';

/**
 * The options of {@link createRepairOrderMachine}: the policy and the calendar its
 * deadlines are computed with.
 *
 * @rule WAR-FLOW
 * @example
 * ```ts
 * const options: RepairOrderMachineOptions = { policy: generic, calendar: createWorkCalendar({ years: [notice2027] }) };
 * ```
 */
export interface RepairOrderMachineOptions {
  /** The policy (a preset, a company policy, or its warranty settings); `sinoOcean2008` when absent. */
  readonly policy?: WarrantyPolicyInput;
  /** The working-day calendar; the built-in one (2008-2026) when absent. */
  readonly calendar?: import('../calendar/workCalendar.js').WorkCalendar;
  /** A year the calendar does not cover (`LAW-COVERAGE`): `'none'` (default) fails, `'weekends-only'` estimates. */
  readonly fallback?: CoverageFallback;
}

const REFUSABLE = [
  'plan.confirmed',
  'repair.started',
  'repair.completed',
  'compensation.approved',
  'deduction.notified',
  'visit.rescheduled',
  'visit.arrived',
  'evidence.recorded',
  'penaltyNotice.issued',
  'authority.reported',
  'hiddenWorks.recorded',
  'hiddenWorks.inspected',
] as const satisfies readonly RefusableEvent['type'][];

/** The warranty settings of the option, checked once (`INVALID_POLICY` at `options.policy...`). */
function readPolicy(value: unknown): WarrantyPolicy {
  if (value === undefined) return SINO_OCEAN_2008_WARRANTY_POLICY;
  const obj = expectPlainObject(value, ['options', 'policy']);
  const slice = resolveWarrantyPolicy(obj as unknown as WarrantyPolicyInput);
  if (slice === SINO_OCEAN_2008_WARRANTY_POLICY) return slice;
  const path = 'warranty' in obj ? ['options', 'policy', 'warranty'] : ['options', 'policy'];
  const parsed = WarrantyPolicySchema.safeParse(slice, { error: createZodErrorMap('en') });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = (issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
    throw new InvalidArgumentError([...path, ...at], issue?.message ?? 'invalid', 'INVALID_POLICY');
  }
  return slice;
}

/**
 * Makes the repair-order machine of a policy and a calendar (`WAR-FLOW`, SOL 保修期满前的处理
 * 流程 1-11): `received` (维修任务记录表) -`order.classified`-> `classified` (the survey decided
 * by `needsOnSiteSurvey`, its reasons kept in `context.survey`; a structural-safety defect
 * records the report owed to the authority at once, `assessRepairUrgency`) -`survey.completed`->
 * `surveyed` -`plan.confirmed`-> `planConfirmed` (from `classified` only when no survey is
 * owed) -`repair.started`-> `repairing` (`canStartRepair`: out of warranty, a paid repair
 * whose charges the customer accepted, `charges.accepted`) -`repair.completed`-> `acceptance`
 * (`canCompleteRepair`: hidden works inspected first; the callback owed from here,
 * `computeRepairCallbackDue`) -`acceptance.recorded`-> `callback` when accepted, back to
 * `repairing` when rejected (reworks counted) -`callback.completed`-> `closed`.
 *
 * An event a decision refuses (the plan before the survey owed, work before the charges
 * are accepted, completion before the hidden works are inspected, a deduction notice before
 * the plan is approved) leaves the state as it is and keeps the decision's reasons in
 * `context.refusal`. In every open state: `visit.agreed`, `visit.rescheduled` (the customer
 * agreed a new time) and `visit.arrived` (`WAR-APPOINT`: late when more than 10 minutes
 * after the time agreed, `assessRepairVisitTime`); `contractor.replaced`,
 * `evidence.recorded`, `penaltyNotice.issued` (`WAR-CONTRACTOR`, `LAW-WARRANTY-REPLACE`:
 * a third party at the contractor's cost, `canReplaceContractor`); `compensation.planned`,
 * `compensation.approved`, `deduction.notified` (`WAR-COMP`, `canIssueDeductionNotice`);
 * `authority.reported`; `charges.accepted`, `hiddenWorks.recorded`, `hiddenWorks.inspected`;
 * `clock.tick { now }` marks a late visit and a missed callback. Every transition recomputes
 * `context.nextDueAt`.
 *
 * Events are checked before they change anything: an unknown type, fields that do not match
 * the event's schema, or an event dated before the receipt or the previous event is refused
 * with an `InvalidArgumentError` (code `INVALID_EVENT`, a path under `event`); the pure
 * `transition` throws it and the caller's snapshot is untouched (check first with
 * `parseRepairOrderEvent`). A bad input gives an initial snapshot with `status: 'error'`.
 *
 * @rule WAR-FLOW
 * @rule WAR-ONSITE
 * @rule WAR-APPOINT
 * @rule WAR-CONTRACTOR
 * @rule WAR-COMP
 * @rule LAW-WARRANTY-REPLACE
 * @throws {InvalidArgumentError} bad options (`INVALID_ARGUMENT`), a bad policy (`INVALID_POLICY`).
 * @example
 * ```ts
 * const machine = createRepairOrderMachine({ policy: generic });
 * const [s0] = initialTransition(machine, { id: 'R-1', receivedAt: '2026-09-21T09:30:00+08:00' });
 * const [s1] = transition(machine, s0, {
 *   type: 'order.classified', at: '2026-09-21T10:00:00+08:00', component: 'plaster', problem: 'other', inWarranty: true,
 * });
 * s1.value; // 'classified'
 * s1.context.survey?.required; // false
 * ```
 */
export function createRepairOrderMachine(options: RepairOrderMachineOptions = {}) {
  const opts = expectPlainObject(options, ['options']);
  expectKnownKeys(opts, ['policy', 'calendar', 'fallback'], ['options']);
  const calendarOptions = readCalendarOptions(opts, ['options']);
  const fallback =
    opts.fallback === undefined
      ? 'none'
      : expectOneOf(opts.fallback, ['none', 'weekends-only'] as const, ['options', 'fallback']);
  const policy = readPolicy(opts.policy);
  const steps = createRepairOrderSteps(policy, calendarOptions.calendar, fallback);
  const missingInput = new InvalidArgumentError(
    ['input'],
    'the repair-order machine needs its input { id, receivedAt }',
  );
  /** A root event that acts when a step allows it, and is refused (with the reasons) otherwise. */
  const checked = <G extends string, A extends string>(guard: G, action: A) =>
    [
      { guard, actions: action },
      { guard: 'otherwise', actions: 'refuse' },
    ] as const;
  const machine = setup({
    types: {
      /** The machine's context: plain JSON, stored with the snapshot. */
      context: {} as RepairOrderMachineContext,
      /** The events it takes, dot-separated and past tense. */
      events: {} as RepairOrderMachineEvent,
      /** What a repair order starts from. */
      input: {} as RepairOrderMachineInput,
    },
    guards: {
      /** Root events act on open orders only (a pure `transition` does not stop at a final state). */
      isOpen: ({ context }) => context.closedAt === null,
      /** The fallback of a guarded event: refused (the reasons kept) while the order is open. */
      otherwise: ({ context }) => context.closedAt === null,
      surveyDone: ({ context }) => steps.surveyDone(context),
      /** Hidden works are recorded and inspected before completion is reported (`WAR-FLOW` step 5). */
      isBeforeCompletion: ({ context }) => context.closedAt === null && context.completedAt === null,
      canStart: ({ context }) => steps.canStart(context),
      canComplete: ({ context }) => steps.canComplete(context),
      isAccepted: ({ event }) => event.type === 'acceptance.recorded' && event.outcome === 'accepted',
      isRejected: ({ event }) => event.type === 'acceptance.recorded' && event.outcome === 'rejected',
      hasPendingVisit: ({ context }) => context.closedAt === null && steps.hasPendingVisit(context),
      owesAuthorityReport: ({ context }) => context.closedAt === null && steps.owesAuthorityReport(context),
      hasReplacement: ({ context }) => context.closedAt === null && steps.hasReplacement(context),
      canApproveCompensation: ({ context }) =>
        context.closedAt === null && steps.canApproveCompensation(context),
      canNotifyDeduction: ({ context }) => context.closedAt === null && steps.canNotifyDeduction(context),
    },
    actions: {
      recordTick: assign(({ context, event }) => {
        assertEvent(event, 'clock.tick');
        return steps.tick(context, event);
      }),
      classify: assign(({ context, event }) => {
        assertEvent(event, 'order.classified');
        return steps.classify(context, event);
      }),
      completeSurvey: assign(({ context, event }) => {
        assertEvent(event, 'survey.completed');
        return steps.completeSurvey(context, event);
      }),
      confirmPlan: assign(({ context, event }) => {
        assertEvent(event, 'plan.confirmed');
        return steps.confirmPlan(context, event);
      }),
      acceptCharges: assign(({ context, event }) => {
        assertEvent(event, 'charges.accepted');
        return steps.acceptCharges(context, event);
      }),
      startRepair: assign(({ context, event }) => {
        assertEvent(event, 'repair.started');
        return steps.startRepair(context, event);
      }),
      recordHiddenWorks: assign(({ context, event }) => {
        assertEvent(event, 'hiddenWorks.recorded');
        return steps.recordHiddenWorks(context, event);
      }),
      inspectHiddenWorks: assign(({ context, event }) => {
        assertEvent(event, 'hiddenWorks.inspected');
        return steps.inspectHiddenWorks(context, event);
      }),
      completeRepair: assign(({ context, event }) => {
        assertEvent(event, 'repair.completed');
        return steps.completeRepair(context, event);
      }),
      recordAcceptance: assign(({ context, event }) => {
        assertEvent(event, 'acceptance.recorded');
        return steps.recordAcceptance(context, event);
      }),
      closeOrder: assign(({ context, event }) => {
        assertEvent(event, 'callback.completed');
        return steps.close(context, event);
      }),
      agreeVisit: assign(({ context, event }) => {
        assertEvent(event, 'visit.agreed');
        return steps.agreeVisit(context, event);
      }),
      rescheduleVisit: assign(({ context, event }) => {
        assertEvent(event, 'visit.rescheduled');
        return steps.rescheduleVisit(context, event);
      }),
      recordArrival: assign(({ context, event }) => {
        assertEvent(event, 'visit.arrived');
        return steps.arrive(context, event);
      }),
      reportToAuthority: assign(({ context, event }) => {
        assertEvent(event, 'authority.reported');
        return steps.reportToAuthority(context, event);
      }),
      replaceContractor: assign(({ context, event }) => {
        assertEvent(event, 'contractor.replaced');
        return steps.replaceContractor(context, event);
      }),
      recordEvidence: assign(({ context, event }) => {
        assertEvent(event, 'evidence.recorded');
        return steps.recordEvidence(context, event);
      }),
      issuePenaltyNotice: assign(({ context, event }) => {
        assertEvent(event, 'penaltyNotice.issued');
        return steps.issuePenaltyNotice(context, event);
      }),
      planCompensation: assign(({ context, event }) => {
        assertEvent(event, 'compensation.planned');
        return steps.planCompensation(context, event);
      }),
      approveCompensation: assign(({ context, event }) => {
        assertEvent(event, 'compensation.approved');
        return steps.approveCompensation(context, event);
      }),
      notifyDeduction: assign(({ context, event }) => {
        assertEvent(event, 'deduction.notified');
        return steps.notifyDeduction(context, event);
      }),
      refuse: assign(({ context, event }) => {
        assertEvent(event, REFUSABLE);
        return steps.refuse(context, event);
      }),
    },
  }).createMachine({
    id: 'repairOrder',
    // Read by restoreRepairOrderSnapshot: a snapshot must come from a machine of the same policy.
    meta: { policyId: policy.id },
    /** The initial context, from the order's input, checked. */
    context: ({ input }) => {
      if (input === undefined) throw missingInput;
      return steps.initial(input);
    },
    initial: 'received',
    on: {
      'clock.tick': { guard: 'isOpen', actions: 'recordTick' },
      'charges.accepted': { guard: 'isOpen', actions: 'acceptCharges' },
      'hiddenWorks.recorded': checked('isBeforeCompletion', 'recordHiddenWorks'),
      'hiddenWorks.inspected': checked('isBeforeCompletion', 'inspectHiddenWorks'),
      'visit.agreed': { guard: 'isOpen', actions: 'agreeVisit' },
      'visit.rescheduled': checked('hasPendingVisit', 'rescheduleVisit'),
      'visit.arrived': checked('hasPendingVisit', 'recordArrival'),
      'authority.reported': checked('owesAuthorityReport', 'reportToAuthority'),
      'contractor.replaced': { guard: 'isOpen', actions: 'replaceContractor' },
      'evidence.recorded': checked('hasReplacement', 'recordEvidence'),
      'penaltyNotice.issued': checked('hasReplacement', 'issuePenaltyNotice'),
      'compensation.planned': { guard: 'isOpen', actions: 'planCompensation' },
      'compensation.approved': checked('canApproveCompensation', 'approveCompensation'),
      'deduction.notified': checked('canNotifyDeduction', 'notifyDeduction'),
    },
    states: {
      received: { on: { 'order.classified': { target: 'classified', actions: 'classify' } } },
      classified: {
        on: {
          'survey.completed': { target: 'surveyed', actions: 'completeSurvey' },
          'plan.confirmed': [
            { guard: 'surveyDone', target: 'planConfirmed', actions: 'confirmPlan' },
            { guard: 'otherwise', actions: 'refuse' },
          ],
        },
      },
      surveyed: { on: { 'plan.confirmed': { target: 'planConfirmed', actions: 'confirmPlan' } } },
      planConfirmed: {
        on: {
          'repair.started': [
            { guard: 'canStart', target: 'repairing', actions: 'startRepair' },
            { guard: 'otherwise', actions: 'refuse' },
          ],
        },
      },
      repairing: {
        on: {
          'repair.completed': [
            { guard: 'canComplete', target: 'acceptance', actions: 'completeRepair' },
            { guard: 'otherwise', actions: 'refuse' },
          ],
        },
      },
      acceptance: {
        on: {
          'acceptance.recorded': [
            { guard: 'isAccepted', target: 'callback', actions: 'recordAcceptance' },
            { guard: 'isRejected', target: 'repairing', actions: 'recordAcceptance' },
          ],
        },
      },
      callback: { on: { 'callback.completed': { target: 'closed', actions: 'closeOrder' } } },
      closed: { type: 'final' },
    },
  });
  attachEventChecks(machine, checkRepairOrderEvent, { missingInput });
  return machine;
}

/**
 * A repair-order machine, as {@link createRepairOrderMachine} makes it.
 *
 * @rule WAR-FLOW
 * @example
 * ```ts
 * type Snapshot = SnapshotFrom<RepairOrderMachine>; // what an app stores, as JSON
 * ```
 */
export type RepairOrderMachine = ReturnType<typeof createRepairOrderMachine>;

/**
 * The repair-order machine of the default policy (`sinoOcean2008`) and the built-in calendar.
 *
 * @rule WAR-FLOW
 * @example
 * ```ts
 * const [s] = initialTransition(repairOrderMachine, { id: 'R-1', receivedAt: '2026-09-21T09:30:00+08:00' });
 * s.value; // 'received'
 * ```
 */
export const repairOrderMachine: RepairOrderMachine = /* @__PURE__ */ createRepairOrderMachine();
