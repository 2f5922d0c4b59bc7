/**
 * Parts of the complaint machine's steps: the closure facts a closing event gives, and a
 * new callback round with its reason (`CMP-FLOW`, `CMP-REOPEN`).
 *
 * @internal
 * @module
 */

import type { Deadline } from '../calendar/deadline.js';
import { createReason } from '../core/reason.js';
import { toStoredDeadline } from '../machine/instants.js';
import { assessComplaintSeverity, type SeverityAssessment } from './assessComplaintSeverity.js';
import { assessEscalation } from './assessEscalation.js';
import type { ClosureFacts } from './canCloseComplaint.js';
import type {
  CallbackRound,
  ComplaintMachineContext,
  ComplaintMachineEvent,
} from './complaintMachineTypes.js';
import type { ComplaintPolicy } from './policy.js';
import type { SeverityLevel } from './types.js';

type Ctx = ComplaintMachineContext;
type EventOf<T extends ComplaintMachineEvent['type']> = Extract<ComplaintMachineEvent, { type: T }>;
/** The events that may close a complaint (`CMP-CLOSE`). */
export type ClosingEvent = EventOf<
  'callback.completed' | 'reply.attached' | 'lawsuit.filed' | 'opinion.served'
>;

/** `CMP-CLOSE`: the facts the context holds, plus the closing event's own. @internal */
export function closureFacts(c: Ctx, e: ClosingEvent): ClosureFacts {
  const base = {
    hasContactInfo: c.hasContactInfo,
    anonymous: c.anonymous,
    replyLetterOnly: c.replyLetterOnly,
  };
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
}

/**
 * `CMP-FLOW` step 6: the maker of a new callback round (`CMP-REOPEN` after the first), with
 * its deadline where one is owed (`callbackDeadline` gives it, or `null`).
 *
 * @internal
 */
export function createRoundMaker(callbackDeadline: (c: Ctx, at: string) => Deadline | null) {
  return (c: Ctx, at: string): CallbackRound => {
    const n = c.rounds.length + 1;
    const deadline = callbackDeadline(c, at);
    const stored = deadline === null ? null : toStoredDeadline(deadline);
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
}

const RANK: Readonly<Record<SeverityLevel, number>> = { general: 0, hot: 1, major: 2, crisis: 3 };

/** `CMP-SEV-*`: the higher of the current severity and an assessment; a severity never drops. @internal */
export function raise(c: Ctx, a: Pick<SeverityAssessment, 'level' | 'majorGroup'>): Ctx['severity'] {
  return RANK[a.level] > RANK[c.severity.level] || (a.majorGroup && !c.severity.majorGroup)
    ? {
        level: RANK[a.level] > RANK[c.severity.level] ? a.level : c.severity.level,
        majorGroup: c.severity.majorGroup || a.majorGroup,
      }
    : c.severity;
}

/**
 * A new assessment (`CMP-SEV-*`, `CMP-WARN`): the severity rises to what the facts give; a
 * step up to major, a major group complaint or a crisis owes a major (crisis) event report
 * (`assessEscalation` at `event-report`); a risk before any such event owes one escalation
 * warning (`assessEscalation` at `warning`), each due the policy's hours after `at`.
 *
 * @internal
 */
export function escalate(
  c: Ctx,
  e: EventOf<'severity.assessed'>,
  policy: ComplaintPolicy,
): { -readonly [K in keyof Ctx]?: Ctx[K] } {
  const { riskOfMajorGroupOrCrisis: _risk, ...severityFacts } = e.facts;
  const a = assessComplaintSeverity(severityFacts, { policy });
  const severity = raise(c, a);
  const esc = assessEscalation(e.facts, { policy, at: e.at });
  const x: { -readonly [K in keyof Ctx]?: Ctx[K] } = severity === c.severity ? {} : { severity };
  const steppedUp =
    severity !== c.severity &&
    (severity.level === 'major' || severity.level === 'crisis') &&
    (RANK[severity.level] > RANK[c.severity.level] || (severity.majorGroup && !c.severity.majorGroup));
  const reason = esc.reasons[0];
  if (steppedUp && esc.stage === 'event-report' && esc.dueAt !== null && reason !== undefined) {
    x.eventReports = [
      ...c.eventReports,
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
    ];
  } else if (
    esc.stage === 'warning' &&
    RANK[severity.level] < RANK.major &&
    c.warnings.length === 0 &&
    esc.dueAt !== null &&
    reason !== undefined
  ) {
    x.warnings = [
      {
        kind: 'escalation-warning',
        rule: 'CMP-WARN',
        raisedAt: e.at,
        grounds: esc.grounds,
        dueAt: esc.dueAt,
        sentAt: null,
        reason,
      },
    ];
  }
  return x;
}
