/**
 * What each event of the delivery batch machine does to its context, for one policy and
 * one calendar: pure functions from (context, checked event) to the fields that change.
 * Every judgement is made by the module's decision functions (`computeDeliverySchedule`,
 * `assessDeliveryRiskCheck`, `needsOwnerPreInspection` through the schedule); every step
 * ends in `settle`: the clock, the overdue flags and `nextDueAt`.
 *
 * @internal
 * @module
 */

import {
  formatDayNumber,
  shanghaiDayNumberOfInstant,
  tryParseDayString,
  tryParseInstant,
} from '../calendar/days.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { assessDeliveryRiskCheck, type DeliveryRiskAssessment } from './assessDeliveryRiskCheck.js';
import { computeDeliveryBatchNextDueAt, isMilestoneMissed } from './computeDeliveryBatchNextDueAt.js';
import { computeDeliverySchedule } from './computeDeliverySchedule.js';
import { checkDeliveryBatchMachineInput } from './deliveryBatchEvents.js';
import {
  DELIVERY_BATCH_MACHINE_VERSION,
  type DeliveryBatchMachineContext,
  type DeliveryBatchMachineEvent,
  type StoredDeliveryMilestone,
} from './deliveryBatchMachineTypes.js';
import type { DeliveryPolicy } from './policy.js';
import { buildOwnerCalls, type DeliveryMilestone } from './scheduleMilestones.js';
import type { DeliveryMilestoneId } from './types.js';

type Ctx = DeliveryBatchMachineContext;
/** The fields of the context a step changes. */
export type BatchPatch = { -readonly [K in keyof Ctx]?: Ctx[K] };
type Mutable = { -readonly [K in keyof Ctx]: Ctx[K] };
type EventOf<T extends DeliveryBatchMachineEvent['type']> = Extract<DeliveryBatchMachineEvent, { type: T }>;

/** A schedule milestone as the context stores it. */
function store(m: DeliveryMilestone): StoredDeliveryMilestone {
  return {
    id: m.id,
    rule: m.rule,
    role: m.role,
    due: { lastDay: m.dueOn, endsAt: m.endsAt, fallbackUsed: false },
    window: m.window === undefined ? null : { from: m.window.from, to: m.window.to },
    doneAt: null,
    overdue: false,
  };
}

/** The Asia/Shanghai day of a canonical instant. */
const dayOf = (instant: string) =>
  formatDayNumber(shanghaiDayNumberOfInstant(tryParseInstant(instant) as number));

/** The step functions of one policy and calendar. @internal */
export function createDeliveryBatchSteps(policy: DeliveryPolicy, calendar: WorkCalendar | undefined) {
  const options = calendar === undefined ? { policy } : { policy, calendar };
  const calendarOptions = calendar === undefined ? {} : { calendar };
  const schedule = (c: Ctx, extra: { centralizedEndsOn?: string; noticeMailedOn?: string }) =>
    computeDeliverySchedule({
      deliveryOn: c.deliveryOn,
      firstDelivery: c.firstDelivery,
      preInspection: c.preInspection.required,
      ...extra,
      ...options,
    });
  // The assessment of a checked riskCheck.assessed event, made once for its guard and its action.
  const assessments = new WeakMap<object, DeliveryRiskAssessment>();

  /** The milestones with `id` done at `at` (the first record stands). */
  const mark = (c: Ctx, id: DeliveryMilestoneId, at: string): Ctx['milestones'] =>
    c.milestones.some((m) => m.id === id && m.doneAt === null)
      ? c.milestones.map((m) => (m.id === id && m.doneAt === null ? { ...m, doneAt: at } : m))
      : c.milestones;

  /** After an event at `at`: the clock, the order, the overdue flags and `nextDueAt`. */
  const settle = (c: Ctx, patch: BatchPatch, at: string, business: boolean): BatchPatch => {
    const x: Mutable = { ...c, ...patch };
    if (at > x.clockAt) x.clockAt = patch.clockAt = at;
    if (business && at > x.lastEventAt) x.lastEventAt = patch.lastEventAt = at;
    // A new array only when a flag changes (a tick usually changes none).
    if (x.milestones.some((m) => isMilestoneMissed(m, x.clockAt) !== m.overdue)) {
      x.milestones = patch.milestones = x.milestones.map((m) => {
        const overdue = isMilestoneMissed(m, x.clockAt);
        return overdue === m.overdue ? m : { ...m, overdue };
      });
    }
    const next = computeDeliveryBatchNextDueAt(x);
    if (next !== x.nextDueAt) patch.nextDueAt = next;
    return patch;
  };

  /** `DLV-RISK-HQ`: the risk check judged at the event's instant, once per event. */
  const assessRisk = (c: Ctx, e: EventOf<'riskCheck.assessed'>): DeliveryRiskAssessment => {
    let a = assessments.get(e);
    if (a === undefined) {
      a = assessDeliveryRiskCheck(e.check, { deliveryOn: c.deliveryOn, now: e.at, ...options });
      assessments.set(e, a);
    }
    return a;
  };

  return {
    schedule,
    /** The context of a batch just set up: its schedule, computed at once. */
    initial(raw: unknown): Ctx {
      const input = checkDeliveryBatchMachineInput(raw);
      const s = computeDeliverySchedule({
        deliveryOn: input.deliveryOn,
        firstDelivery: input.firstDelivery ?? false,
        ...(input.preInspection === undefined ? {} : { preInspection: input.preInspection }),
        ...(input.region === undefined ? {} : { region: input.region }),
        ...options,
      });
      const c: Ctx = {
        machineVersion: DELIVERY_BATCH_MACHINE_VERSION,
        policyId: policy.id,
        batchId: input.batchId,
        deliveryOn: s.deliveryOn,
        firstDelivery: s.firstDelivery,
        preInspection: {
          required: s.preInspection,
          reasons: s.reasons.filter((r) => r.rule === 'DLV-STEPS'),
        },
        createdAt: input.createdAt,
        milestones: s.milestones.map(store),
        riskCheck: null,
        centralizedEndedOn: null,
        sporadicEndedAt: null,
        summarySubmittedAt: null,
        closedAt: null,
        lastEventAt: input.createdAt,
        clockAt: input.createdAt,
        nextDueAt: null,
      };
      return { ...c, ...settle(c, {}, input.createdAt, false) };
    },

    assessRisk,

    tick: (c: Ctx, e: EventOf<'clock.tick'>) => settle(c, {}, e.now, false),
    approvePlan: (c: Ctx, e: EventOf<'plan.approved'>) =>
      settle(c, { milestones: mark(c, 'delivery-plan', e.at) }, e.at, true),
    completePreInspection: (c: Ctx, e: EventOf<'preInspection.completed'>) =>
      settle(c, { milestones: mark(c, 'owner-pre-inspection', e.at) }, e.at, true),
    completeHandover: (c: Ctx, e: EventOf<'handover.completed'>) =>
      settle(c, { milestones: mark(c, 'handover-inspection', e.at) }, e.at, true),

    recordRiskCheck(c: Ctx, e: EventOf<'riskCheck.assessed'>): BatchPatch {
      const a = assessRisk(c, e);
      const riskCheck = {
        assessedAt: e.at,
        ready: a.ready,
        blocking: a.blocking.map((f) => ({ id: f.id, kind: f.kind, status: f.status })),
      };
      return settle(c, { riskCheck }, e.at, true);
    },

    /** `DLV-SUMMARY`: the summary falls due 5 working days after the last day of the centralized delivery. */
    endCentralized(c: Ctx, e: EventOf<'centralized.ended'>): BatchPatch {
      const day = dayOf(e.at);
      const summary = schedule(c, { centralizedEndsOn: day }).milestones.find(
        (m) => m.id === 'delivery-summary',
      );
      const milestones = summary === undefined ? c.milestones : [...c.milestones, store(summary)];
      return settle(c, { centralizedEndedOn: day, milestones }, e.at, true);
    },

    endSporadic: (c: Ctx, e: EventOf<'sporadic.ended'>) => settle(c, { sporadicEndedAt: e.at }, e.at, true),

    submitSummary: (c: Ctx, e: EventOf<'summary.submitted'>) =>
      settle(c, { summarySubmittedAt: e.at, milestones: mark(c, 'delivery-summary', e.at) }, e.at, true),

    close: (c: Ctx, e: EventOf<'summary.submitted' | 'sporadic.ended'>) =>
      settle(c, { closedAt: e.at }, e.at, true),

    /** A milestone done; the notice pack mailed moves the owners' call window to its real day (`DLV-PREP`). */
    completeMilestone(c: Ctx, e: EventOf<'milestone.completed'>): BatchPatch {
      let milestones = mark(c, e.milestone, e.at);
      const day = dayOf(e.at);
      const calls = milestones.find((m) => m.id === 'owner-calls');
      if (
        e.milestone === 'notice-pack-mailed' &&
        milestones !== c.milestones &&
        day <= c.deliveryOn &&
        calls !== undefined &&
        calls.doneAt === null
      ) {
        // The window computeDeliverySchedule gives for this noticeMailedOn, without the whole schedule.
        const moved = buildOwnerCalls(day, true, tryParseDayString(day) as number, policy, calendarOptions);
        milestones = milestones.map((m) => (m.id === 'owner-calls' ? store(moved) : m));
      }
      return settle(c, { milestones }, e.at, true);
    },
  };
}

/** The step functions of one policy and calendar. @internal */
export type DeliveryBatchSteps = ReturnType<typeof createDeliveryBatchSteps>;

const stepsByMachine = new WeakMap<object, DeliveryBatchSteps>();

/** Remembers the steps a machine was made with (for its restore's cross-field checks). @internal */
export function registerDeliveryBatchSteps(machine: object, steps: DeliveryBatchSteps): void {
  stepsByMachine.set(machine, steps);
}

/** The steps of a machine made by `createDeliveryBatchMachine`, or `undefined`. @internal */
export function deliveryBatchStepsOf(machine: object): DeliveryBatchSteps | undefined {
  return stepsByMachine.get(machine);
}
