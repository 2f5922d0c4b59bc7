/**
 * The complaint lifecycle machine's data: its input, its context (plain JSON, stored by
 * the embedding app with the snapshot) and its events, plus the machine version that a
 * stored snapshot carries.
 *
 * @module
 */

import type { SeverityFacts } from './assessComplaintSeverity.js';
import type { ClosureRoute } from './canCloseComplaint.js';
import type { CallbackOutcome, ComplaintCategory, SeverityLevel } from './types.js';

/**
 * The version of the complaint machine's states and context. A snapshot stores it in
 * `context.machineVersion`; {@link restoreComplaintSnapshot} refuses a snapshot of another
 * version. Raised whenever a state is renamed or removed or the context changes shape.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * COMPLAINT_MACHINE_VERSION; // 1
 * ```
 */
export const COMPLAINT_MACHINE_VERSION = 1;

/**
 * What a complaint machine starts from: the key facts of the registration form
 * (投诉登记表, `CMP-FLOW` step 1).
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
  /** When it was received, an ISO 8601 instant with an offset: the form, reply and close deadlines count from here. */
  readonly receivedAt: string;
  /** Its content category (`CMP-CATEGORY`). */
  readonly category: ComplaintCategory;
  /** It left contact information (default `true`); without it no callback is owed (`CMP-CLOSE`). */
  readonly hasContactInfo?: boolean;
  /** When it was registered, if not when it was received: staleness counts from here (`CMP-SEV-HOT-STALE`). */
  readonly registeredAt?: string;
  /** A delay in resolving it is on the company's side (default `true`, `CMP-SEV-HOT-STALE`). */
  readonly delayOnCompanySide?: boolean;
};

/**
 * A deadline as the context stores it: the last day (`YYYY-MM-DD`, Asia/Shanghai) and the
 * exclusive end instant (`LAW-PERIOD-END`, canonical UTC ISO). The reasons stay with
 * `computeComplaintDeadlines`, which gives the same deadline with its explanation.
 *
 * @rule CMP-DL-REPLY
 * @rule LAW-PERIOD-END
 * @example
 * ```ts
 * const replyBy: StoredDeadline = { lastDay: '2026-10-09', endsAt: '2026-10-09T16:00:00.000Z', fallbackUsed: false };
 * ```
 */
export type StoredDeadline = {
  readonly lastDay: string;
  readonly endsAt: string;
  /** Counted weekends-only over days no holiday notice covers (the machine's `fallback` option, `LAW-COVERAGE`). */
  readonly fallbackUsed: boolean;
};

/**
 * An escalation warning form (投诉升级预警单) sent to the direct superior when a complaint
 * shows a crisis or a major group complaint; the crisis procedure applies from then on.
 *
 * @rule CMP-WARN
 * @rule CMP-SEV-GROUP
 * @example
 * ```ts
 * const w: EscalationWarning = { kind: 'escalation-warning', at: '2026-11-05T01:00:00.000Z', level: 'major', majorGroup: true };
 * ```
 */
export type EscalationWarning = {
  readonly kind: 'escalation-warning';
  /** When the assessment that raised it was made. */
  readonly at: string;
  readonly level: SeverityLevel;
  readonly majorGroup: boolean;
};

/**
 * Why the customer's acceptance is not to be expected, which opens the alternative
 * closures (`CMP-CLOSE`): the customer never accepts (客户始终不认可) or the demand is
 * beyond the company's authority (超出公司权限).
 *
 * @rule CMP-CLOSE
 * @example
 * ```ts
 * const e: ComplaintMachineEvent = { type: 'impasse.recorded', at: '2026-11-07T11:00:00+08:00', grounds: 'beyond-authority' };
 * ```
 */
export type ImpasseGrounds = 'customer-never-accepts' | 'beyond-authority';

/**
 * The complaint machine's context: plain JSON (strings, numbers, booleans, null, arrays,
 * plain objects) that survives `JSON.stringify`. Every instant is a canonical UTC ISO
 * string (`2026-10-09T16:00:00.000Z`), so instants also compare as strings.
 *
 * @rule CMP-FLOW
 * @rule CMP-DL-REPLY
 * @rule CMP-DL-CALLBACK
 * @rule CMP-WARN
 * @example
 * ```ts
 * const [s] = initialTransition(complaintMachine, {
 *   id: 'C-1', receivedAt: '2026-09-30T10:00:00+08:00', category: 'engineering-quality',
 * });
 * s.context.receivedAt; // '2026-09-30T02:00:00.000Z'
 * s.context.deadlines.replyBy; // { lastDay: '2026-10-09', endsAt: '2026-10-09T16:00:00.000Z' }
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
  readonly registeredAt: string;
  readonly hasContactInfo: boolean;
  /** A delay is on the company's side (`CMP-SEV-HOT-STALE`); changed by `delay.attributed`. */
  readonly delayOnCompanySide: boolean;
  /** The responsible department (`CMP-FLOW` step 3, `CMP-REOPEN`). */
  readonly department: string | null;
  /** The current severity; it only rises. */
  readonly severity: { readonly level: SeverityLevel; readonly majorGroup: boolean };
  /** The instant the complaint turns stale (registered + the policy's days x 24 h, `LAW-ELAPSED`). */
  readonly staleAt: string;
  readonly deadlines: {
    /** `CMP-DL-FORM`: the handling form. */
    readonly formBy: StoredDeadline;
    /** `CMP-DL-REPLY`: the handling opinion, from receipt. */
    readonly replyBy: StoredDeadline;
    /** `CMP-DL-CALLBACK`: the callback, from the latest completion of handling; `null` before it or without contact information. */
    readonly callbackBy: StoredDeadline | null;
    /** `CMP-DL-CLOSE`: closure, where the policy sets one. */
    readonly closeBy: StoredDeadline | null;
  };
  /** Missed deadlines: the step was not done before the deadline's end. `callback` refers to the current `callbackBy`. */
  readonly overdue: {
    readonly form: boolean;
    readonly reply: boolean;
    readonly callback: boolean;
    readonly close: boolean;
  };
  readonly formCompletedAt: string | null;
  /** When the handling plan was communicated to the customer: the reply (`CMP-DL-REPLY`). */
  readonly repliedAt: string | null;
  /** The latest completion of handling. */
  readonly handlingCompletedAt: string | null;
  /** When the complaint was resolved: handling completed and not reopened since (`CMP-SEV-HOT-STALE`). */
  readonly resolvedAt: string | null;
  /** When the customer was last reached by a callback in the current round. */
  readonly calledBackAt: string | null;
  readonly lastCallbackOutcome: CallbackOutcome | null;
  /** Unanswered callback attempts in the current round. */
  readonly callbackAttempts: number;
  readonly customerNeverAccepts: boolean;
  readonly beyondAuthority: boolean;
  readonly warnings: readonly EscalationWarning[];
  readonly closure: { readonly via: ClosureRoute; readonly at: string } | null;
  /** The earliest instant at which something falls due, or `null`: set one timer for it and send `clock.tick`. */
  readonly nextDueAt: string | null;
};

/**
 * The complaint machine's events: dot-separated, past tense, each with the instant it
 * happened (`at`, or `now` for a clock tick) as an ISO 8601 string with an offset.
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
  /** Step 5: the plan communicated to the customer: the reply of `CMP-DL-REPLY`. */
  | { readonly type: 'plan.communicated'; readonly at: string }
  /** Step 6 done: handling completed; the callback deadline starts. */
  | { readonly type: 'handling.completed'; readonly at: string }
  /** Step 7: a callback and its outcome. */
  | { readonly type: 'callback.completed'; readonly at: string; readonly outcome: CallbackOutcome }
  /** No contact information: the reply is attached to the record. */
  | { readonly type: 'reply.attached'; readonly at: string }
  /** The customer never accepts, or the demand is beyond the company's authority. */
  | { readonly type: 'impasse.recorded'; readonly at: string; readonly grounds: ImpasseGrounds }
  /** The customer filed a lawsuit or arbitration (`filedOn`, a day or instant). */
  | {
      readonly type: 'lawsuit.filed';
      readonly at: string;
      readonly filedOn: string;
      readonly handlingCompliedWithLaw: boolean;
    }
  /** The written handling opinion was served by registered mail. */
  | { readonly type: 'opinion.served'; readonly at: string; readonly proofKept: boolean }
  /** Time passed: mark what is overdue and whether the complaint turned stale. */
  | { readonly type: 'clock.tick'; readonly now: string }
  /** A new severity assessment (e.g. after group detection). */
  | { readonly type: 'severity.assessed'; readonly at: string; readonly facts: SeverityFacts }
  /** Which side a delay is on. */
  | { readonly type: 'delay.attributed'; readonly side: 'company' | 'customer' };
