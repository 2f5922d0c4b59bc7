/**
 * What each event of the complaint machine does to its context, for one policy and one
 * calendar: pure functions from (context, event) to the context fields that change. The
 * machine's named guards and actions are thin wrappers around these; every judgement is
 * made by a decision function (`computeComplaintDeadlines`, `assessComplaintSeverity`,
 * `canCloseComplaint`).
 *
 * @internal
 * @module
 */

import { toInstantMs } from '../calendar/days.js';
import { addElapsed } from '../calendar/elapsed.js';
import type { CoverageFallback } from '../calendar/options.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { atLeast, meetsThreshold } from '../core/thresholds.js';
import { assessComplaintSeverity, type SeverityAssessment } from './assessComplaintSeverity.js';
import { type ClosureFacts, canCloseComplaint } from './canCloseComplaint.js';
import {
  COMPLAINT_MACHINE_VERSION,
  type ComplaintMachineContext,
  type ComplaintMachineEvent,
  type ComplaintMachineInput,
  type EscalationWarning,
  type StoredDeadline,
} from './complaintMachineTypes.js';
import { computeComplaintDeadlines } from './computeComplaintDeadlines.js';
import { computeNextDueAt } from './computeNextDueAt.js';
import type { ComplaintPolicy } from './policy.js';
import type { SeverityLevel } from './types.js';

type Ctx = ComplaintMachineContext;
type Patch = { -readonly [K in keyof Ctx]?: Ctx[K] };
type EventOf<T extends ComplaintMachineEvent['type']> = Extract<ComplaintMachineEvent, { type: T }>;
/** The events that may close a complaint (`CMP-CLOSE`). */
export type ClosingEvent = EventOf<
  'callback.completed' | 'reply.attached' | 'lawsuit.filed' | 'opinion.served'
>;

const RANK: Readonly<Record<SeverityLevel, number>> = { general: 0, hot: 1, major: 2, crisis: 3 };

/** A canonical UTC ISO string of an instant input (validated: a bad instant throws `INVALID_ARGUMENT`). */
function canonical(instant: string, path: string): string {
  return new Date(toInstantMs(instant, [path])).toISOString();
}

function stored(d: {
  readonly lastDay: string;
  readonly endsAt: Date;
  readonly fallbackUsed: boolean;
}): StoredDeadline {
  return { lastDay: d.lastDay, endsAt: d.endsAt.toISOString(), fallbackUsed: d.fallbackUsed };
}

/** The step functions of one policy and calendar. @internal */
export function createComplaintSteps(
  policy: ComplaintPolicy,
  calendar: WorkCalendar | undefined,
  fallback: CoverageFallback,
) {
  const deadlineOptions = calendar === undefined ? { policy, fallback } : { policy, calendar, fallback };
  const lastAttempt = atLeast(policy.callback.maxAttempts);

  /** `CMP-SEV-*`: the higher of the current severity and an assessment; a severity never drops. */
  const raise = (c: Ctx, a: SeverityAssessment): Ctx['severity'] =>
    RANK[a.level] > RANK[c.severity.level] || (a.majorGroup && !c.severity.majorGroup)
      ? {
          level: RANK[a.level] > RANK[c.severity.level] ? a.level : c.severity.level,
          majorGroup: c.severity.majorGroup || a.majorGroup,
        }
      : c.severity;

  /**
   * Time has reached `now` (canonical): mark each pending deadline whose end it reached
   * (`LAW-PERIOD-END`: overdue at `now >= endsAt`, instants compare as canonical strings),
   * and let `assessComplaintSeverity` say whether the complaint turned stale
   * (`CMP-SEV-HOT-STALE`, `LAW-ELAPSED`).
   */
  const advance = (c: Ctx, now: string): Patch => {
    const o = c.overdue;
    const d = c.deadlines;
    const form = o.form || (c.formCompletedAt === null && now >= d.formBy.endsAt);
    const reply = o.reply || (c.repliedAt === null && now >= d.replyBy.endsAt);
    const callback =
      o.callback || (d.callbackBy !== null && c.calledBackAt === null && now >= d.callbackBy.endsAt);
    const close = o.close || (d.closeBy !== null && now >= d.closeBy.endsAt);
    const patch: Patch = {};
    if (form !== o.form || reply !== o.reply || callback !== o.callback || close !== o.close) {
      patch.overdue = { form, reply, callback, close };
    }
    // Only a general complaint can be raised by age; hot and above already are.
    if (c.severity.level === 'general') {
      const a = assessComplaintSeverity(
        {
          registeredAt: c.registeredAt,
          now,
          delayOnCompanySide: c.delayOnCompanySide,
          ...(c.resolvedAt === null ? {} : { resolvedAt: c.resolvedAt }),
        },
        { policy },
      );
      const severity = raise(c, a);
      if (severity !== c.severity) patch.severity = severity;
    }
    return patch;
  };

  /** The patch of a timed step: the clock advanced to `at`, then the step's own fields, then `nextDueAt`. */
  const timed = (c: Ctx, at: string, own: (c: Ctx, at: string) => Patch, path = 'at'): Patch => {
    const now = canonical(at, path);
    const patch = advance(c, now);
    Object.assign(
      patch,
      own(patch.overdue === undefined && patch.severity === undefined ? c : { ...c, ...patch }, now),
    );
    patch.nextDueAt = computeNextDueAt({ ...c, ...patch });
    return patch;
  };

  /** `CMP-CLOSE`: the facts the context holds, plus the closing event's own. */
  const closureFacts = (c: Ctx, e: ClosingEvent): ClosureFacts => {
    const base = { hasContactInfo: c.hasContactInfo };
    switch (e.type) {
      case 'callback.completed':
        return { ...base, callbackOutcome: e.outcome };
      case 'reply.attached':
        return { ...base, replyAttached: true };
      case 'lawsuit.filed': {
        // The 3 months run from the handling opinion: the completion of handling, or the
        // plan communicated to the customer where handling has not completed yet.
        const opinionAt = c.handlingCompletedAt ?? c.repliedAt;
        return {
          ...base,
          customerNeverAccepts: c.customerNeverAccepts,
          beyondAuthority: c.beyondAuthority,
          handlingCompliedWithLaw: e.handlingCompliedWithLaw,
          lawsuitOrArbitrationFiledOn: e.filedOn,
          ...(opinionAt === null ? {} : { handlingCompletedAt: opinionAt }),
        };
      }
      case 'opinion.served':
        return {
          ...base,
          customerNeverAccepts: c.customerNeverAccepts,
          beyondAuthority: c.beyondAuthority,
          servedByRegisteredMail: true,
          proofOfServiceKept: e.proofKept,
        };
    }
  };
  const decideClosure = (c: Ctx, e: ClosingEvent) =>
    canCloseComplaint(closureFacts(c, e), { now: e.at, policy });

  return {
    /** The context of a complaint just registered (`CMP-FLOW` step 1). */
    initial(input: ComplaintMachineInput): Ctx {
      const receivedAt = canonical(input.receivedAt, 'receivedAt');
      const registeredAt =
        input.registeredAt === undefined ? receivedAt : canonical(input.registeredAt, 'registeredAt');
      const d = computeComplaintDeadlines({ receivedAt }, deadlineOptions);
      const initialSeverity = assessComplaintSeverity({}, { policy });
      const c: Ctx = {
        machineVersion: COMPLAINT_MACHINE_VERSION,
        policyId: policy.id,
        id: input.id,
        category: input.category,
        receivedAt,
        registeredAt,
        hasContactInfo: input.hasContactInfo ?? true,
        delayOnCompanySide: input.delayOnCompanySide ?? true,
        department: null,
        severity: { level: initialSeverity.level, majorGroup: initialSeverity.majorGroup },
        staleAt: addElapsed(registeredAt, { days: policy.severity.hotStaleAfterDays }).toISOString(),
        deadlines: {
          formBy: stored(d.formBy),
          replyBy: stored(d.replyBy),
          callbackBy: null,
          closeBy: d.closeBy === undefined ? null : stored(d.closeBy),
        },
        overdue: { form: false, reply: false, callback: false, close: false },
        formCompletedAt: null,
        repliedAt: null,
        handlingCompletedAt: null,
        resolvedAt: null,
        calledBackAt: null,
        lastCallbackOutcome: null,
        callbackAttempts: 0,
        customerNeverAccepts: false,
        beyondAuthority: false,
        warnings: [],
        closure: null,
        nextDueAt: null,
      };
      return { ...c, nextDueAt: computeNextDueAt(c) };
    },

    tick: (c: Ctx, e: EventOf<'clock.tick'>): Patch => timed(c, e.now, () => ({}), 'now'),

    completeForm: (c: Ctx, e: EventOf<'form.completed'>): Patch =>
      timed(c, e.at, (_, at) => ({ formCompletedAt: at })),

    assignDepartment: (c: Ctx, e: EventOf<'department.assigned'>): Patch =>
      timed(c, e.at, () => ({ department: e.department })),

    issuePlan: (c: Ctx, e: EventOf<'plan.issued'>): Patch => timed(c, e.at, () => ({})),

    /** `CMP-DL-REPLY`: the plan communicated is the reply with a handling opinion. */
    communicatePlan: (c: Ctx, e: EventOf<'plan.communicated'>): Patch =>
      timed(c, e.at, (x, at) => ({ repliedAt: x.repliedAt ?? at })),

    /** `CMP-DL-CALLBACK`: a new callback round, due from this completion; none without contact information. */
    completeHandling: (c: Ctx, e: EventOf<'handling.completed'>): Patch =>
      timed(c, e.at, (x, at) => {
        const callbackBy = x.hasContactInfo
          ? computeComplaintDeadlines({ receivedAt: x.receivedAt, handlingCompletedAt: at }, deadlineOptions)
              .callbackBy
          : undefined;
        return {
          handlingCompletedAt: at,
          resolvedAt: at,
          calledBackAt: null,
          callbackAttempts: 0,
          deadlines: { ...x.deadlines, callbackBy: callbackBy === undefined ? null : stored(callbackBy) },
          overdue: { ...x.overdue, callback: false },
        };
      }),

    /** The customer was reached: `not-satisfied` reopens handling (`CMP-REOPEN`), `refused` is a dispute. */
    recordCallback: (c: Ctx, e: EventOf<'callback.completed'>): Patch =>
      timed(c, e.at, (_, at) => ({
        calledBackAt: at,
        lastCallbackOutcome: e.outcome,
        ...(e.outcome === 'not-satisfied' ? { resolvedAt: null } : {}),
      })),

    recordNoAnswer: (c: Ctx, e: EventOf<'callback.completed'>): Patch =>
      timed(c, e.at, (x) => ({ lastCallbackOutcome: e.outcome, callbackAttempts: x.callbackAttempts + 1 })),

    /** Whether this unanswered attempt is the policy's last (`maxAttempts`, 以上). */
    isLastCallbackAttempt: (c: Ctx): boolean => meetsThreshold(lastAttempt, c.callbackAttempts + 1),

    recordImpasse: (c: Ctx, e: EventOf<'impasse.recorded'>): Patch =>
      timed(c, e.at, () =>
        e.grounds === 'customer-never-accepts' ? { customerNeverAccepts: true } : { beyondAuthority: true },
      ),

    /** `CMP-CLOSE`: whether the closing event closes the complaint, by `canCloseComplaint`. */
    canClose: (c: Ctx, e: ClosingEvent): boolean => decideClosure(c, e).closable,

    close: (c: Ctx, e: ClosingEvent): Patch =>
      timed(c, e.at, (x, at) => {
        const via = decideClosure(x, e).via;
        return {
          closure: via === null ? null : { via, at },
          resolvedAt: x.resolvedAt ?? at,
          ...(e.type === 'callback.completed' ? { calledBackAt: at, lastCallbackOutcome: e.outcome } : {}),
        };
      }),

    /**
     * A new assessment (`CMP-SEV-*`), with the staleness facts the context holds; a crisis
     * or a major group complaint not warned of yet appends an escalation warning
     * (`CMP-WARN`, `CMP-SEV-GROUP`).
     */
    reassess: (c: Ctx, e: EventOf<'severity.assessed'>): Patch =>
      timed(c, e.at, (x, at) => {
        const a = assessComplaintSeverity(
          {
            registeredAt: x.registeredAt,
            delayOnCompanySide: x.delayOnCompanySide,
            ...(x.resolvedAt === null ? {} : { resolvedAt: x.resolvedAt }),
            ...e.facts,
            now: at,
          },
          { policy },
        );
        const severity = raise(x, a);
        const warnCrisis = a.level === 'crisis' && !x.warnings.some((w) => w.level === 'crisis');
        const warnGroup = a.majorGroup && !x.warnings.some((w) => w.majorGroup);
        if (!warnCrisis && !warnGroup) return severity === x.severity ? {} : { severity };
        const warning: EscalationWarning = {
          kind: 'escalation-warning',
          at,
          level: a.level,
          majorGroup: a.majorGroup,
        };
        return { severity, warnings: [...x.warnings, warning] };
      }),

    attributeDelay: (c: Ctx, e: EventOf<'delay.attributed'>): Patch => {
      const delayOnCompanySide = e.side === 'company';
      if (delayOnCompanySide === c.delayOnCompanySide) return {};
      return { delayOnCompanySide, nextDueAt: computeNextDueAt({ ...c, delayOnCompanySide }) };
    },
  };
}

/** The step functions of one policy and calendar. @internal */
export type ComplaintSteps = ReturnType<typeof createComplaintSteps>;
