/**
 * The complaint lifecycle machine's data: its input, its context (plain JSON, stored by
 * the embedding app with the snapshot) and its events, plus the machine version that a
 * stored snapshot carries.
 *
 * @module
 */

import type { StoredDeadline } from '../machine/instants.js';
import type { EscalationFacts } from './assessEscalation.js';
import type { CallbackRound, ComplaintClosure, EscalationWarning, EventReport } from './complaintRecords.js';
import type {
  CallbackOutcome,
  ComplaintCategory,
  ImpasseGrounds,
  ServiceMethod,
  SeverityLevel,
} from './types.js';

export type { CallbackRound, ComplaintClosure, EscalationWarning, EventReport, StoredDeadline };

/**
 * The version of the complaint machine's states, events and context. A snapshot stores it
 * in `context.machineVersion`; {@link restoreComplaintSnapshot} refuses a snapshot of
 * another version. Raised whenever a state is renamed or removed, an event changes, or the
 * context changes shape (2: the callback rounds, the warnings before the event and the
 * event reports after it, the opinion and the result, the event order).
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * COMPLAINT_MACHINE_VERSION; // 2
 * ```
 */
export const COMPLAINT_MACHINE_VERSION = 2;

/**
 * What a complaint machine starts from: the key facts of the registration form
 * (投诉登记表, `CMP-FLOW` step 1). `toComplaintMachineInput(record)` makes it from a record.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const input: ComplaintMachineInput = {
 *   id: 'C-1', receivedAt: '2026-09-30T10:00:00+08:00', category: 'engineering-quality',
 * };
 * ```
 */
export type ComplaintMachineInput = {
  /** The complaint id. */
  readonly id: string;
  /** When it was received, an ISO 8601 instant with an offset: the deadlines and staleness count from here. */
  readonly receivedAt: string;
  /** Its content category (`CMP-CATEGORY`). */
  readonly category: ComplaintCategory;
  /** It left contact information (default `true`); without it no callback is owed (`CMP-CLOSE`). */
  readonly hasContactInfo?: boolean;
  /** The complainant left no name (default `false`): no callback is owed (`CMP-CLOSE`). */
  readonly anonymous?: boolean;
  /** A higher authority asks only for a reply letter (default `false`): no callback is owed (`CMP-CLOSE`). */
  readonly replyLetterOnly?: boolean;
  /** A delay in resolving it is on the company's side (default `DEFAULT_DELAY_ON_COMPANY_SIDE`, `true`; `CMP-SEV-HOT-STALE`). */
  readonly delayOnCompanySide?: boolean;
};

/**
 * The complaint machine's context: plain JSON (strings, numbers, booleans, null, arrays,
 * plain objects) that survives `JSON.stringify`. Every instant is a canonical UTC ISO
 * string (`2026-10-09T16:00:00.000Z`), so instants also compare as strings. Validated whole
 * on restore by a schema derived from this type.
 *
 * @rule CMP-FLOW
 * @rule CMP-REOPEN
 * @rule CMP-DL-REPLY
 * @rule CMP-DL-CALLBACK
 * @rule CMP-WARN
 * @example
 * ```ts
 * const [s] = initialTransition(complaintMachine, {
 *   id: 'C-1', receivedAt: '2026-09-30T10:00:00+08:00', category: 'engineering-quality',
 * });
 * s.context.receivedAt; // '2026-09-30T02:00:00.000Z'
 * s.context.deadlines.replyBy; // { lastDay: '2026-10-09', endsAt: '2026-10-09T16:00:00.000Z', fallbackUsed: false }
 * ```
 */
export type ComplaintMachineContext = {
  /** {@link COMPLAINT_MACHINE_VERSION} when the snapshot was made. */
  readonly machineVersion: number;
  /** The id of the policy the deadlines were computed under. */
  readonly policyId: string;
  readonly id: string;
  readonly category: ComplaintCategory;
  readonly receivedAt: string;
  readonly hasContactInfo: boolean;
  readonly anonymous: boolean;
  readonly replyLetterOnly: boolean;
  /** A callback is owed (`needsCallback`): contact and name left, no reply letter only. */
  readonly callbackNeeded: boolean;
  /** A delay is on the company's side (`CMP-SEV-HOT-STALE`); changed by `delay.attributed`. */
  readonly delayOnCompanySide: boolean;
  /** The responsible department (`CMP-FLOW` step 3, `CMP-REOPEN`). */
  readonly department: string | null;
  /** The current severity; it only rises. */
  readonly severity: { readonly level: SeverityLevel; readonly majorGroup: boolean };
  /** The instant the complaint turns stale (received + the policy's days x 24 h, `LAW-ELAPSED`). */
  readonly staleAt: string;
  readonly deadlines: {
    /** `CMP-DL-FORM`: the handling form, where the policy sets it (aoyuan2014). */
    readonly formBy: StoredDeadline | null;
    /** `CMP-DL-REPLY`: the reply the policy asks for, from receipt. */
    readonly replyBy: StoredDeadline;
    /** `CMP-DL-CALLBACK`: the current round's callback; `null` before handling completes or where no callback is owed. */
    readonly callbackBy: StoredDeadline | null;
    /** `CMP-DL-CLOSE`: closure, where the policy sets one. */
    readonly closeBy: StoredDeadline | null;
  };
  /**
   * Missed: the step was done at or after the deadline's end, or not done by `clockAt`.
   * `callback` is the current round's; `warning` and `eventReport` any owed form or report.
   */
  readonly overdue: {
    readonly form: boolean;
    readonly reply: boolean;
    readonly callback: boolean;
    readonly close: boolean;
    readonly warning: boolean;
    readonly eventReport: boolean;
  };
  readonly formCompletedAt: string | null;
  /** When the handling opinion was given to the customer (the plan communicated, step 5). */
  readonly opinionGivenAt: string | null;
  /** When the result was given (the first completion of handling, step 6). */
  readonly resultGivenAt: string | null;
  /**
   * When the reply the policy asks for was given (`CMP-DL-REPLY`): `opinionGivenAt` under
   * sinoOcean2008 and generic (回复处理意见), `resultGivenAt` under aoyuan2014 (解决成果及意见).
   */
  readonly replyGivenAt: string | null;
  /** The latest completion of handling. */
  readonly handlingCompletedAt: string | null;
  /** When the complaint was resolved: handling completed and not reopened since (`CMP-SEV-HOT-STALE`). */
  readonly resolvedAt: string | null;
  /** When the customer was reached by a callback in the current round. */
  readonly calledBackAt: string | null;
  readonly lastCallbackOutcome: CallbackOutcome | null;
  /** Unanswered callback attempts in the current round. */
  readonly callbackAttempts: number;
  /** Every callback round, the current one last (`CMP-REOPEN`). */
  readonly rounds: readonly CallbackRound[];
  readonly customerNeverAccepts: boolean;
  readonly beyondAuthorityOrCapacity: boolean;
  /** Escalation warnings owed before the event (`CMP-WARN`). */
  readonly warnings: readonly EscalationWarning[];
  /** Major (crisis) event reports owed after it (`CMP-WARN`). */
  readonly eventReports: readonly EventReport[];
  readonly closure: ComplaintClosure | null;
  /** The instant of the latest event other than a clock tick: an event dated before it is refused. */
  readonly lastEventAt: string;
  /** The latest instant the machine has been told of (by a tick or an event). */
  readonly clockAt: string;
  /** The earliest instant at which something falls due, or `null`: set one timer for it and send `clock.tick`. */
  readonly nextDueAt: string | null;
};

/** The facts a `severity.assessed` event carries: what the machine does not hold itself (no times). */
export type AssessedFacts = Omit<EscalationFacts, 'receivedAt' | 'resolvedAt' | 'now' | 'delayOnCompanySide'>;

/**
 * The complaint machine's events: dot-separated, past tense, each with the instant it
 * happened (`at`, or `now` for a clock tick) as an ISO 8601 string with an offset. Each is
 * checked against its schema before it changes anything (`parseComplaintEvent`).
 *
 * @rule CMP-FLOW
 * @rule CMP-REOPEN
 * @rule CMP-CLOSE
 * @rule CMP-WARN
 * @example
 * ```ts
 * const e: ComplaintMachineEvent = { type: 'callback.completed', at: '2026-10-10T10:00:00+08:00', outcome: 'satisfied' };
 * ```
 */
export type ComplaintMachineEvent =
  /** Step 2: verified, and the handling form (投诉处理单) filled. */
  | { readonly type: 'form.completed'; readonly at: string }
  /** Step 3: the responsible department assigned. */
  | { readonly type: 'department.assigned'; readonly at: string; readonly department: string }
  /** Step 4: the department issued a handling plan. */
  | { readonly type: 'plan.issued'; readonly at: string }
  /** Step 5: the plan communicated to the customer: the handling opinion given. */
  | { readonly type: 'plan.communicated'; readonly at: string }
  /** Step 6 done: handling completed and the result given; a callback round starts. */
  | { readonly type: 'handling.completed'; readonly at: string }
  /** Step 7: a callback and its outcome. */
  | { readonly type: 'callback.completed'; readonly at: string; readonly outcome: CallbackOutcome }
  /** No callback owed: the reply is attached to the record. */
  | { readonly type: 'reply.attached'; readonly at: string }
  /** The customer never accepts, or the demand is beyond the company's authority or capacity. */
  | { readonly type: 'impasse.recorded'; readonly at: string; readonly grounds: ImpasseGrounds }
  /** The customer filed a lawsuit or arbitration (`filedOn`, a day or instant). */
  | {
      readonly type: 'lawsuit.filed';
      readonly at: string;
      readonly filedOn: string;
      readonly handlingCompliedWithLaw: boolean;
    }
  /** The written handling opinion was served by registered mail, EMS or another traceable way. */
  | {
      readonly type: 'opinion.served';
      readonly at: string;
      readonly via: ServiceMethod;
      readonly proofKept: boolean;
    }
  /** Time passed: what is due by `now` is marked, and whether the complaint turned stale. */
  | { readonly type: 'clock.tick'; readonly now: string }
  /** A new assessment (e.g. after group detection): severity, a warning before the event, a report after it. */
  | { readonly type: 'severity.assessed'; readonly at: string; readonly facts: AssessedFacts }
  /** Which side a delay is on. */
  | { readonly type: 'delay.attributed'; readonly at: string; readonly side: 'company' | 'customer' }
  /** The escalation warning forms owed were sent to the direct superior. */
  | { readonly type: 'warning.sent'; readonly at: string }
  /** The major (crisis) event reports owed were sent to HQ customer relations. */
  | { readonly type: 'event.reported'; readonly at: string };
