/**
 * What each event of the complaint machine does to its context, for one policy and one
 * calendar: pure functions from (context, checked event) to the next context. The
 * machine's named guards and actions are thin wrappers around these; every judgement is
 * made by a decision function (`computeComplaintDeadlines`, `assessComplaintSeverity`,
 * `assessEscalation`, `needsCallback`, `canCloseComplaint`). Every step ends in `settle`:
 * the clock, staleness, the overdue flags and `nextDueAt`, computed the same way each time.
 *
 * @internal
 * @module
 */

import { formatInstant } from '../calendar/days.js';
import { addElapsed } from '../calendar/elapsed.js';
import type { CoverageFallback } from '../calendar/options.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { atLeast, meetsThreshold } from '../core/thresholds.js';
import { toStoredDeadline } from '../machine/instants.js';
import { assessComplaintSeverity } from './assessComplaintSeverity.js';
import { canCloseComplaint } from './canCloseComplaint.js';
import { withOverdue } from './complaintContext.js';
import { checkComplaintMachineInput } from './complaintEvents.js';
import {
  type CallbackRound,
  COMPLAINT_MACHINE_VERSION,
  type ComplaintMachineContext,
  type ComplaintMachineEvent,
} from './complaintMachineTypes.js';
import { type ClosingEvent, closureFacts, createRoundMaker, escalate, raise } from './complaintStepParts.js';
import { computeComplaintDeadlines } from './computeComplaintDeadlines.js';
import { computeNextDueAt } from './computeNextDueAt.js';
import { needsCallback } from './needsCallback.js';
import { type ComplaintPolicy, DEFAULT_DELAY_ON_COMPANY_SIDE } from './policy.js';

type Ctx = ComplaintMachineContext;
/** The fields of the context a step changes. */
export type Patch = { -readonly [K in keyof Ctx]?: Ctx[K] };
type Mutable = { -readonly [K in keyof Ctx]: Ctx[K] };
type EventOf<T extends ComplaintMachineEvent['type']> = Extract<ComplaintMachineEvent, { type: T }>;

/** The step functions of one policy and calendar. @internal */
export function createComplaintSteps(
  policy: ComplaintPolicy,
  calendar: WorkCalendar | undefined,
  fallback: CoverageFallback,
) {
  const deadlineOptions = calendar === undefined ? { policy, fallback } : { policy, calendar, fallback };
  const lastAttempt = atLeast(policy.callback.maxAttempts);
  const replyByOpinion = policy.deadlines.replyMetBy === 'opinion';
  /** `CMP-SEV-HOT-STALE`: the receipt plus the policy's days, elapsed (`LAW-ELAPSED`). */
  const staleAtOf = (receivedAt: string): string =>
    formatInstant(addElapsed(receivedAt, { days: policy.severity.hotStaleAfterDays }).getTime());

  /**
   * `CMP-SEV-HOT-STALE`: a general complaint unresolved at `staleAt` (judged at its
   * resolution, or at the clock while it is open: a reopened complaint past `staleAt` is
   * hot at once) turns hot, as `assessComplaintSeverity` judges it.
   */
  const stale = (c: Ctx): Ctx['severity'] => {
    if (c.severity.level !== 'general' || c.closure !== null || !c.delayOnCompanySide) return c.severity;
    const judgedAt = c.resolvedAt ?? c.clockAt;
    if (judgedAt < c.staleAt) return c.severity;
    const a = assessComplaintSeverity(
      { receivedAt: c.receivedAt, now: judgedAt, delayOnCompanySide: c.delayOnCompanySide },
      { policy },
    );
    return raise(c, a);
  };

  /**
   * After an event at `at`: the changes the step made, plus what follows from them, the
   * clock (and, for an event other than a tick, its order), staleness, the overdue flags and
   * `nextDueAt`. Returns the changed fields only (xstate's `assign` merges them): one copy of
   * the context per transition, not one per derived field.
   */
  const settle = (c: Ctx, patch: Patch, at: string, business: boolean): Patch => {
    const x: Mutable = { ...c, ...patch };
    const set = <K extends keyof Ctx>(key: K, value: Ctx[K]) => {
      x[key] = value;
      patch[key] = value;
    };
    if (at > x.clockAt) set('clockAt', at);
    if (business && at > x.lastEventAt) set('lastEventAt', at);
    const severity = stale(x);
    if (severity !== x.severity) set('severity', severity);
    const o = withOverdue(x);
    if (o !== x) {
      if (o.overdue !== x.overdue) set('overdue', o.overdue);
      if (o.rounds !== x.rounds) set('rounds', o.rounds);
    }
    const nextDueAt = computeNextDueAt(x);
    if (nextDueAt !== x.nextDueAt) set('nextDueAt', nextDueAt);
    return patch;
  };

  /** The current round, changed. */
  const updateRound = (c: Ctx, change: Partial<CallbackRound>): Ctx['rounds'] => {
    const last = c.rounds.at(-1);
    return last === undefined ? c.rounds : [...c.rounds.slice(0, -1), { ...last, ...change }];
  };

  const decideClosure = (c: Ctx, e: ClosingEvent) =>
    canCloseComplaint(closureFacts(c, e), { now: e.at, policy });
  const newRound = createRoundMaker((c, at) =>
    c.callbackNeeded
      ? (computeComplaintDeadlines({ receivedAt: c.receivedAt, handlingCompletedAt: at }, deadlineOptions)
          .callbackBy ?? null)
      : null,
  );

  return {
    staleAtOf,

    /** The context of a complaint just registered (`CMP-FLOW` step 1), from its checked input. */
    initial(raw: unknown): Ctx {
      const input = checkComplaintMachineInput(raw);
      const receivedAt = input.receivedAt;
      const flags = {
        hasContactInfo: input.hasContactInfo ?? true,
        anonymous: input.anonymous ?? false,
        replyLetterOnly: input.replyLetterOnly ?? false,
      };
      const d = computeComplaintDeadlines({ receivedAt, ...flags }, deadlineOptions);
      const c: Ctx = {
        machineVersion: COMPLAINT_MACHINE_VERSION,
        policyId: policy.id,
        id: input.id,
        category: input.category,
        receivedAt,
        ...flags,
        callbackNeeded: needsCallback(flags).needed,
        delayOnCompanySide: input.delayOnCompanySide ?? DEFAULT_DELAY_ON_COMPANY_SIDE,
        department: null,
        severity: { level: 'general', majorGroup: false },
        staleAt: staleAtOf(receivedAt),
        deadlines: {
          formBy: d.formBy === undefined ? null : toStoredDeadline(d.formBy),
          replyBy: toStoredDeadline(d.replyBy),
          callbackBy: null,
          closeBy: d.closeBy === undefined ? null : toStoredDeadline(d.closeBy),
        },
        overdue: {
          form: false,
          reply: false,
          callback: false,
          close: false,
          warning: false,
          eventReport: false,
        },
        formCompletedAt: null,
        opinionGivenAt: null,
        resultGivenAt: null,
        replyGivenAt: null,
        handlingCompletedAt: null,
        resolvedAt: null,
        calledBackAt: null,
        lastCallbackOutcome: null,
        callbackAttempts: 0,
        rounds: [],
        customerNeverAccepts: false,
        beyondAuthorityOrCapacity: false,
        warnings: [],
        eventReports: [],
        closure: null,
        lastEventAt: receivedAt,
        clockAt: receivedAt,
        nextDueAt: null,
      };
      return { ...c, ...settle(c, {}, receivedAt, false) };
    },

    tick: (c: Ctx, e: EventOf<'clock.tick'>): Patch => settle(c, {}, e.now, false),

    completeForm: (c: Ctx, e: EventOf<'form.completed'>): Patch =>
      settle(c, { formCompletedAt: e.at }, e.at, true),

    assignDepartment: (c: Ctx, e: EventOf<'department.assigned'>): Patch =>
      settle(c, { department: e.department }, e.at, true),

    issuePlan: (c: Ctx, e: EventOf<'plan.issued'>): Patch => settle(c, {}, e.at, true),

    /** Step 5: the handling opinion given; under SOL it is the reply (`CMP-DL-REPLY`). */
    communicatePlan: (c: Ctx, e: EventOf<'plan.communicated'>): Patch =>
      settle(
        c,
        {
          opinionGivenAt: c.opinionGivenAt ?? e.at,
          replyGivenAt: replyByOpinion ? (c.replyGivenAt ?? e.at) : c.replyGivenAt,
        },
        e.at,
        true,
      ),

    /** Step 6 done: the result given (under AOY the reply, `CMP-DL-REPLY`), and a new callback round (`CMP-DL-CALLBACK`). */
    completeHandling: (c: Ctx, e: EventOf<'handling.completed'>): Patch => {
      const round = newRound(c, e.at);
      return settle(
        c,
        {
          resultGivenAt: c.resultGivenAt ?? e.at,
          replyGivenAt: replyByOpinion ? c.replyGivenAt : (c.replyGivenAt ?? e.at),
          handlingCompletedAt: e.at,
          resolvedAt: e.at,
          calledBackAt: null,
          callbackAttempts: 0,
          deadlines: { ...c.deadlines, callbackBy: round.callbackBy },
          rounds: [...c.rounds, round],
        },
        e.at,
        true,
      );
    },

    /** The customer was reached: `not-satisfied` reopens handling (`CMP-REOPEN`), `refused` is a dispute. */
    recordCallback: (c: Ctx, e: EventOf<'callback.completed'>): Patch =>
      settle(
        c,
        {
          calledBackAt: e.at,
          lastCallbackOutcome: e.outcome,
          rounds: updateRound(c, { calledBackAt: e.at, outcome: e.outcome }),
          ...(e.outcome === 'not-satisfied' ? { resolvedAt: null } : {}),
        },
        e.at,
        true,
      ),

    recordNoAnswer: (c: Ctx, e: EventOf<'callback.completed'>): Patch =>
      settle(
        c,
        {
          lastCallbackOutcome: e.outcome,
          callbackAttempts: c.callbackAttempts + 1,
          rounds: updateRound(c, { outcome: e.outcome, attempts: c.callbackAttempts + 1 }),
        },
        e.at,
        true,
      ),

    /** Whether this unanswered attempt is the policy's last (`maxAttempts`, 以上). */
    isLastCallbackAttempt: (c: Ctx): boolean => meetsThreshold(lastAttempt, c.callbackAttempts + 1),

    recordImpasse: (c: Ctx, e: EventOf<'impasse.recorded'>): Patch =>
      settle(
        c,
        e.grounds === 'customer-never-accepts'
          ? { customerNeverAccepts: true }
          : { beyondAuthorityOrCapacity: true },
        e.at,
        true,
      ),

    /** `CMP-CLOSE`: whether the closing event closes the complaint, by `canCloseComplaint`. */
    canClose: (c: Ctx, e: ClosingEvent): boolean => decideClosure(c, e).closable,

    close: (c: Ctx, e: ClosingEvent): Patch => {
      const d = decideClosure(c, e);
      const called = e.type === 'callback.completed';
      return settle(
        c,
        {
          closure: d.via === null ? null : { via: d.via, at: e.at, servedVia: d.servedVia },
          resolvedAt: c.resolvedAt ?? e.at,
          ...(called
            ? {
                calledBackAt: e.at,
                lastCallbackOutcome: e.outcome,
                rounds: updateRound(c, { calledBackAt: e.at, outcome: e.outcome }),
              }
            : {}),
        },
        e.at,
        true,
      );
    },

    /** A new assessment (`CMP-SEV-*`, `CMP-WARN`), see `escalate`. */
    reassess: (c: Ctx, e: EventOf<'severity.assessed'>): Patch =>
      settle(c, escalate(c, e, policy), e.at, true),

    attributeDelay: (c: Ctx, e: EventOf<'delay.attributed'>): Patch =>
      settle(c, { delayOnCompanySide: e.side === 'company' }, e.at, true),

    /** `CMP-WARN`: the warning forms owed were sent. */
    sendWarnings: (c: Ctx, e: EventOf<'warning.sent'>): Patch =>
      settle(
        c,
        { warnings: c.warnings.map((w) => (w.sentAt === null ? { ...w, sentAt: e.at } : w)) },
        e.at,
        true,
      ),

    /** `CMP-WARN`: the event reports owed were made. */
    reportEvents: (c: Ctx, e: EventOf<'event.reported'>): Patch =>
      settle(
        c,
        {
          eventReports: c.eventReports.map((r) => (r.reportedAt === null ? { ...r, reportedAt: e.at } : r)),
        },
        e.at,
        true,
      ),
  };
}

/** The step functions of one policy and calendar. @internal */
export type ComplaintSteps = ReturnType<typeof createComplaintSteps>;

/** The steps of each machine made by `createComplaintMachine`, for the restore check of its snapshots. */
const stepsByMachine = new WeakMap<object, ComplaintSteps>();

/** Remembers the steps of a machine. @internal */
export function registerComplaintSteps(machine: object, steps: ComplaintSteps): void {
  stepsByMachine.set(machine, steps);
}

/** The step functions of a machine made by `createComplaintMachine`, or `undefined`. @internal */
export function complaintStepsOf(machine: object): ComplaintSteps | undefined {
  return stepsByMachine.get(machine);
}
