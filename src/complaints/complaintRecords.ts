/**
 * The records the complaint machine keeps in its context: the callback rounds, the
 * escalation warnings and event reports, the closure (plain JSON, the audit trail).
 *
 * @module
 */

import type { Reason } from '../core/reason.js';
import type { StoredDeadline } from '../machine/instants.js';
import type { ClosureRoute } from './canCloseComplaint.js';
import type { CallbackOutcome, EscalationGround, ServiceMethod } from './types.js';

/**
 * One callback round (`CMP-FLOW` step 7, `CMP-REOPEN`): from a completion of handling to
 * the callback that ends it. A reopened complaint keeps every round with its deadline and
 * whether it was missed: the audit trail an inspector asks for.
 *
 * @rule CMP-REOPEN
 * @rule CMP-DL-CALLBACK
 * @example
 * ```ts
 * const round: CallbackRound = {
 *   round: 1, rule: 'CMP-FLOW', handlingCompletedAt: '2026-11-06T02:00:00.000Z',
 *   callbackBy: { lastDay: '2026-11-09', endsAt: '2026-11-09T16:00:00.000Z', fallbackUsed: false },
 *   calledBackAt: '2026-11-10T02:00:00.000Z', outcome: 'not-satisfied', attempts: 0, overdue: true, reason,
 * };
 * ```
 */
export type CallbackRound = {
  /** 1 for the first round, 2 after the first reopening, ... */
  readonly round: number;
  /** `CMP-FLOW` for the first round, `CMP-REOPEN` for a round after a customer was not satisfied. */
  readonly rule: 'CMP-FLOW' | 'CMP-REOPEN';
  readonly handlingCompletedAt: string;
  /** `null` where no callback is owed. */
  readonly callbackBy: StoredDeadline | null;
  /** When the customer was reached; `null` while not (unanswered attempts do not count). */
  readonly calledBackAt: string | null;
  readonly outcome: CallbackOutcome | null;
  /** Unanswered attempts. */
  readonly attempts: number;
  /** The callback deadline was missed: reached at or after its end, or not reached by then. */
  readonly overdue: boolean;
  /** What the round is, in both languages. */
  readonly reason: Reason;
};

/**
 * An escalation warning form (投诉升级预警单, `CMP-WARN`) owed to the direct superior while a
 * complaint shows a risk of a major group complaint or a crisis, before the event.
 *
 * @rule CMP-WARN
 * @example
 * ```ts
 * const w: EscalationWarning = {
 *   kind: 'escalation-warning', rule: 'CMP-WARN', raisedAt: '2026-11-04T02:00:00.000Z', grounds: ['group-share'],
 *   dueAt: '2026-11-05T02:00:00.000Z', sentAt: null, reason,
 * };
 * ```
 */
export type EscalationWarning = {
  readonly kind: 'escalation-warning';
  readonly rule: 'CMP-WARN';
  /** When the risk was seen (the assessment that raised it). */
  readonly raisedAt: string;
  readonly grounds: readonly EscalationGround[];
  /** When the form is due: `raisedAt` + the policy's hours. */
  readonly dueAt: string;
  /** When it was sent (`warning.sent`), or `null`. */
  readonly sentAt: string | null;
  readonly reason: Reason;
};

/**
 * The major (crisis) customer event report (项目重大(危机)客户事件报表, `CMP-WARN`) owed to HQ
 * customer relations once a major or crisis event has happened: one for each step up
 * (major, a major group complaint, crisis).
 *
 * @rule CMP-WARN
 * @rule CMP-TWO-LEVEL
 * @example
 * ```ts
 * const r: EventReport = {
 *   kind: 'event-report', rule: 'CMP-WARN', level: 'major', majorGroup: true, owedSince: '2026-11-04T02:00:00.000Z',
 *   dueAt: '2026-11-05T02:00:00.000Z', reportedAt: null, reason,
 * };
 * ```
 */
export type EventReport = {
  readonly kind: 'event-report';
  readonly rule: 'CMP-WARN';
  readonly level: 'major' | 'crisis';
  readonly majorGroup: boolean;
  /** When the event was seen (the assessment that raised the severity). */
  readonly owedSince: string;
  /** When the report is due: `owedSince` + the policy's hours. */
  readonly dueAt: string;
  /** When it was reported (`event.reported`), or `null`. */
  readonly reportedAt: string | null;
  readonly reason: Reason;
};

/** How a complaint closed (`CMP-CLOSE`): the route, when, and for a served opinion how it was served. */
export type ComplaintClosure = {
  readonly via: ClosureRoute;
  readonly at: string;
  readonly servedVia: ServiceMethod | null;
};
