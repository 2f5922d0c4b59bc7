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
import { createReason } from '../core/reason.js';
import { atLeast, meetsThreshold } from '../core/thresholds.js';
import { toStoredDeadline } from '../machine/instants.js';
import { assessComplaintSeverity, type SeverityAssessment } from './assessComplaintSeverity.js';
import { assessEscalation } from './assessEscalation.js';
import { type ClosureFacts, canCloseComplaint } from './canCloseComplaint.js';
import { withOverdue } from './complaintContext.js';
import { checkComplaintMachineInput } from './complaintEvents.js';
import {
  type CallbackRound,
  COMPLAINT_MACHINE_VERSION,
  type ComplaintMachineContext,
  type ComplaintMachineEvent,
} from './complaintMachineTypes.js';
import { computeComplaintDeadlines } from './computeComplaintDeadlines.js';
import { computeNextDueAt } from './computeNextDueAt.js';
import { needsCallback } from './needsCallback.js';
import { type ComplaintPolicy, DEFAULT_DELAY_ON_COMPANY_SIDE } from './policy.js';
import type { SeverityLevel } from './types.js';

type Ctx = ComplaintMachineContext;
type EventOf<T extends ComplaintMachineEvent['type']> = Extract<ComplaintMachineEvent, { type: T }>;
/** The events that may close a complaint (`CMP-CLOSE`). */
export type ClosingEvent = EventOf<'callback.completed' | 'reply.attached' | 'lawsuit.filed' | 'opinion.served'>;

const RANK: Readonly<Record<SeverityLevel, number>> = { general: 0, hot: 1, major: 2, crisis: 3 };

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

  /** `CMP-SEV-*`: the higher of the current severity and an assessment; a severity never drops. */
  const raise = (c: Ctx, a: Pick<SeverityAssessment, 'level' | 'majorGroup'>): Ctx['severity'] =>
    RANK[a.level] > RANK[c.severity.level] || (a.majorGroup && !c.severity.majorGroup)
      ? {
          level: RANK[a.level] > RANK[c.severity.level] ? a.level : c.severity.level,
          majorGroup: c.severity.majorGroup || a.majorGroup,
        }
      : c.severity;

  /**
   * `CMP-SEV-HOT-STALE`: a general complaint unresolved at `staleAt` (judged at its
   * resolution, or at the clock while it is open: a reopened complaint past `staleAt` is
   * hot at once) turns hot, as `assessComplaintSeverity` judges it.
   */
  const stale = (c: Ctx): Ctx => {
    if (c.severity.level !== 'general' || c.closure !== null || !c.delayOnCompanySide) return c;
    const judgedAt = c.resolvedAt ?? c.clockAt;
    if (judgedAt < c.staleAt) return c;
    const a = assessComplaintSeverity(
      { receivedAt: c.receivedAt, now: judgedAt, delayOnCompanySide: c.delayOnCompanySide },
      { policy },
    );
    const severity = raise(c, a);
    return severity === c.severity ? c : { ...c, severity };
  };

  /** After an event at `at`: the clock (and, for an event other than a tick, its order), staleness, overdue flags, `nextDueAt`. */
  const settle = (c: Ctx, at: string, business: boolean): Ctx => {
    let x = c;
    const clockAt = at > c.clockAt ? at : c.clockAt;
    const lastEventAt = business && at > c.lastEventAt ? at : c.lastEventAt;
    if (clockAt !== c.clockAt || lastEventAt !== c.lastEventAt) x = { ...x, clockAt, lastEventAt };
    x = withOverdue(stale(x));
    const nextDueAt = computeNextDueAt(x);
    return nextDueAt === x.nextDueAt ? x : { ...x, nextDueAt };
  };

  /** The current round, changed. */
  const updateRound = (c: Ctx, change: Partial<CallbackRound>): Ctx['rounds'] => {
    const last = c.rounds.at(-1);
    return last === undefined ? c.rounds : [...c.rounds.slice(0, -1), { ...last, ...change }];
  };

  /** `CMP-CLOSE`: the facts the context holds, plus the closing event's own. */
  const closureFacts = (c: Ctx, e: ClosingEvent): ClosureFacts => {
    const base = { hasContactInfo: c.hasContactInfo, anonymous: c.anonymous, replyLetterOnly: c.replyLetterOnly };
    const impasse = {
      customerNeverAccepts: c.customerNeverAccepts,
      beyondAuthorityOrCapacity: c.beyondAuthorityOrCapacity,
    };
    switch (e.type) {
      case 'callback.completed':
        return { ...base, callbackOutcome: e.outcome };
      case 'reply.attached':
        return { ...base, replyAttached: true };
      case 'lawsuit.filed': {
        // The 3 months run from the handling opinion: the completion of handling, or the
        // opinion given to the customer where handling has not completed yet.
        const opinionAt = c.handlingCompletedAt ?? c.opinionGivenAt;
        return {
          ...base,
          ...impasse,
          handlingCompliedWithLaw: e.handlingCompliedWithLaw,
          lawsuitOrArbitrationFiledOn: e.filedOn,
          ...(opinionAt === null ? {} : { handlingCompletedAt: opinionAt }),
        };
      }
      case 'opinion.served':
        return { ...base, ...impasse, opinionServedVia: e.via, proofOfServiceKept: e.proofKept };
    }
  };
  const decideClosure = (c: Ctx, e: ClosingEvent) => canCloseComplaint(closureFacts(c, e), { now: e.at, policy });

  /** `CMP-FLOW` step 6: a new callback round (`CMP-REOPEN` after the first), with its deadline where one is owed. */
  const newRound = (c: Ctx, at: string): CallbackRound => {
    const n = c.rounds.length + 1;
    const callbackBy = c.callbackNeeded
      ? (computeComplaintDeadlines({ receivedAt: c.receivedAt, handlingCompletedAt: at }, deadlineOptions)
          .callbackBy ?? null)
      : null;
    const stored = callbackBy === null ? null : toStoredDeadline(callbackBy);
    const rule = n === 1 ? 'CMP-FLOW' : 'CMP-REOPEN';
    const due = stored === null ? null : stored.lastDay;
    return {
      round: n,
      rule,
      handlingCompletedAt: at,
      callbackBy: stored,
      calledBackAt: null,
      outcome: null,
      attempts: 0,
      overdue: false,
      reason: createReason(
        rule,
        { round: n, handlingCompletedAt: at, callbackLastDay: due },
        n === 1
          ? {
              'zh-CN': `第1轮：处理完毕（${at}）${due === null ? '，无需回访' : `，最迟${due}回访`}`,
              en: `Round 1: handling completed (${at})${due === null ? '; no callback owed' : `; call back by ${due}`}`,
            }
          : {
              'zh-CN': `第${n}轮：客户不满意，退回责任部门继续处理，再次处理完毕（${at}）${due === null ? '' : `，最迟${due}回访`}`,
              en: `Round ${n}: the customer was not satisfied, the department kept handling, and completed again (${at})${due === null ? '' : `; call back by ${due}`}`,
            },
      ),
    };
  };

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
        overdue: { form: false, reply: false, callback: false, close: false, warning: false, eventReport: false },
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
      return settle(c, receivedAt, false);
    },

    tick: (c: Ctx, e: EventOf<'clock.tick'>): Ctx => settle(c, e.now, false),

    completeForm: (c: Ctx, e: EventOf<'form.completed'>): Ctx => settle({ ...c, formCompletedAt: e.at }, e.at, true),

    assignDepartment: (c: Ctx, e: EventOf<'department.assigned'>): Ctx =>
      settle({ ...c, department: e.department }, e.at, true),

    issuePlan: (c: Ctx, e: EventOf<'plan.issued'>): Ctx => settle(c, e.at, true),

    /** Step 5: the handling opinion given; under SOL it is the reply (`CMP-DL-REPLY`). */
    communicatePlan: (c: Ctx, e: EventOf<'plan.communicated'>): Ctx =>
      settle(
        {
          ...c,
          opinionGivenAt: c.opinionGivenAt ?? e.at,
          replyGivenAt: replyByOpinion ? (c.replyGivenAt ?? e.at) : c.replyGivenAt,
        },
        e.at,
        true,
      ),

    /** Step 6 done: the result given (under AOY the reply, `CMP-DL-REPLY`), and a new callback round (`CMP-DL-CALLBACK`). */
    completeHandling: (c: Ctx, e: EventOf<'handling.completed'>): Ctx => {
      const round = newRound(c, e.at);
      return settle(
        {
          ...c,
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
    recordCallback: (c: Ctx, e: EventOf<'callback.completed'>): Ctx =>
      settle(
        {
          ...c,
          calledBackAt: e.at,
          lastCallbackOutcome: e.outcome,
          rounds: updateRound(c, { calledBackAt: e.at, outcome: e.outcome }),
          ...(e.outcome === 'not-satisfied' ? { resolvedAt: null } : {}),
        },
        e.at,
        true,
      ),

    recordNoAnswer: (c: Ctx, e: EventOf<'callback.completed'>): Ctx =>
      settle(
        {
          ...c,
          lastCallbackOutcome: e.outcome,
          callbackAttempts: c.callbackAttempts + 1,
          rounds: updateRound(c, { outcome: e.outcome, attempts: c.callbackAttempts + 1 }),
        },
        e.at,
        true,
      ),

    /** Whether this unanswered attempt is the policy's last (`maxAttempts`, 以上). */
    isLastCallbackAttempt: (c: Ctx): boolean => meetsThreshold(lastAttempt, c.callbackAttempts + 1),

    recordImpasse: (c: Ctx, e: EventOf<'impasse.recorded'>): Ctx =>
      settle(
        e.grounds === 'customer-never-accepts'
          ? { ...c, customerNeverAccepts: true }
          : { ...c, beyondAuthorityOrCapacity: true },
        e.at,
        true,
      ),

    /** `CMP-CLOSE`: whether the closing event closes the complaint, by `canCloseComplaint`. */
    canClose: (c: Ctx, e: ClosingEvent): boolean => decideClosure(c, e).closable,

    close: (c: Ctx, e: ClosingEvent): Ctx => {
      const d = decideClosure(c, e);
      const called = e.type === 'callback.completed';
      return settle(
        {
          ...c,
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

    /**
     * A new assessment (`CMP-SEV-*`, `CMP-WARN`): the severity rises to what the facts give;
     * a step up to major, a major group complaint or a crisis owes a major (crisis) event
     * report; a risk before any such event owes one escalation warning.
     */
    reassess: (c: Ctx, e: EventOf<'severity.assessed'>): Ctx => {
      const { riskOfMajorGroupOrCrisis: _risk, ...severityFacts } = e.facts;
      const a = assessComplaintSeverity(severityFacts, { policy });
      const severity = raise(c, a);
      const esc = assessEscalation(e.facts, { policy, at: e.at });
      let x: Ctx = severity === c.severity ? c : { ...c, severity };
      const steppedUp =
        severity !== c.severity &&
        (severity.level === 'major' || severity.level === 'crisis') &&
        (RANK[severity.level] > RANK[c.severity.level] || (severity.majorGroup && !c.severity.majorGroup));
      const reason = esc.reasons[0];
      if (steppedUp && esc.stage === 'event-report' && esc.dueAt !== null && reason !== undefined) {
        x = {
          ...x,
          eventReports: [
            ...x.eventReports,
            {
              kind: 'event-report',
              rule: 'CMP-WARN',
              level: severity.level as 'major' | 'crisis',
              majorGroup: severity.majorGroup,
              owedSince: e.at,
              dueAt: esc.dueAt,
              reportedAt: null,
              reason,
            },
          ],
        };
      } else if (
        esc.stage === 'warning' &&
        RANK[severity.level] < RANK.major &&
        x.warnings.length === 0 &&
        esc.dueAt !== null &&
        reason !== undefined
      ) {
        x = {
          ...x,
          warnings: [
            {
              kind: 'escalation-warning',
              rule: 'CMP-WARN',
              raisedAt: e.at,
              grounds: esc.grounds,
              dueAt: esc.dueAt,
              sentAt: null,
              reason,
            },
          ],
        };
      }
      return settle(x, e.at, true);
    },

    attributeDelay: (c: Ctx, e: EventOf<'delay.attributed'>): Ctx =>
      settle({ ...c, delayOnCompanySide: e.side === 'company' }, e.at, true),

    /** `CMP-WARN`: the warning forms owed were sent. */
    sendWarnings: (c: Ctx, e: EventOf<'warning.sent'>): Ctx =>
      settle(
        { ...c, warnings: c.warnings.map((w) => (w.sentAt === null ? { ...w, sentAt: e.at } : w)) },
        e.at,
        true,
      ),

    /** `CMP-WARN`: the event reports owed were made. */
    reportEvents: (c: Ctx, e: EventOf<'event.reported'>): Ctx =>
      settle(
        { ...c, eventReports: c.eventReports.map((r) => (r.reportedAt === null ? { ...r, reportedAt: e.at } : r)) },
        e.at,
        true,
      ),
  };
}

/** The step functions of one policy and calendar. @internal */
export type ComplaintSteps = ReturnType<typeof createComplaintSteps>;
