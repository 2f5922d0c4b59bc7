/**
 * The delivery batch machine's data (`DLV-STEPS`): its input, its context (plain JSON,
 * stored by the embedding app with the snapshot) and its events, plus the machine version
 * that a stored snapshot carries.
 *
 * @module
 */

import type { Reason } from '../core/reason.js';
import type { RuleId } from '../core/rules.js';
import type { StoredDeadline } from '../machine/instants.js';
import type { DeliveryRiskCheck } from './schemas.js';
import type { DeliveryMilestoneId, DeliveryRole, RiskFindingStatus } from './types.js';

/**
 * The version of the delivery batch machine's states, events and context. A snapshot
 * stores it in `context.machineVersion`; {@link restoreDeliveryBatchSnapshot} refuses a
 * snapshot of another version. Raised whenever a state is renamed or removed, an event
 * changes, or the context changes shape.
 *
 * @rule DLV-STEPS
 * @example
 * ```ts
 * DELIVERY_BATCH_MACHINE_VERSION; // 1
 * ```
 */
export const DELIVERY_BATCH_MACHINE_VERSION = 1;

/**
 * What a delivery batch machine starts from: the batch, its delivery day and the facts
 * the schedule depends on (`computeDeliverySchedule`).
 *
 * @rule DLV-STEPS
 * @example
 * ```ts
 * const input: DeliveryBatchMachineInput = {
 *   batchId: 'B-2026-10', deliveryOn: '2026-10-12', createdAt: '2026-07-01T09:00:00+08:00', firstDelivery: true,
 * };
 * ```
 */
export type DeliveryBatchMachineInput = {
  /** The batch (交付批次) id. */
  readonly batchId: string;
  /** The delivery day, `YYYY-MM-DD` (Asia/Shanghai): every milestone counts back from it. */
  readonly deliveryOn: string;
  /** When the batch was set up, an ISO 8601 instant with an offset, on or before the delivery day. */
  readonly createdAt: string;
  /** A project's (or a subsidiary's) first delivery: rehearsals are due. Default `false`. */
  readonly firstDelivery?: boolean;
  /** The caller's own answer on the owners' pre-inspection; absent, the policy decides by `region`. */
  readonly preInspection?: boolean;
  /** The project's region, for the policy's pre-inspection scope (SOL: Beijing only). */
  readonly region?: string;
};

/**
 * A milestone of the schedule as the batch context stores it: the duty, its owner, its
 * deadline (the last day and the exclusive end), when it was done, and whether it was
 * missed (done at or after the end, or not done by `clockAt`).
 *
 * @rule DLV-PLAN
 * @rule DLV-PREP
 * @example
 * ```ts
 * const m: StoredDeliveryMilestone = {
 *   id: 'notice-pack-mailed', rule: 'DLV-PREP', role: 'project-customer-service',
 *   due: { lastDay: '2026-09-30', endsAt: '2026-09-30T16:00:00.000Z', fallbackUsed: false },
 *   window: null, doneAt: null, overdue: false,
 * };
 * ```
 */
export type StoredDeliveryMilestone = {
  readonly id: DeliveryMilestoneId;
  readonly rule: RuleId;
  readonly role: DeliveryRole;
  /** Its deadline: `lastDay` is the milestone's `dueOn` (a window's last day). */
  readonly due: StoredDeadline;
  /** The owners' call window, both ends included; `null` for the others. */
  readonly window: { readonly from: string; readonly to: string } | null;
  /** When it was recorded done (canonical UTC), or `null`. */
  readonly doneAt: string | null;
  /** Missed: done at or after `due.endsAt`, or not done by `clockAt`. */
  readonly overdue: boolean;
};

/** A finding of the latest risk check that blocks delivery, as stored (its reasons stay with `assessDeliveryRiskCheck`). */
export type StoredRiskBlocker = {
  readonly id: string;
  readonly kind: 'item' | 'class' | 'duty';
  readonly status: RiskFindingStatus;
};

/**
 * The delivery batch machine's context: plain JSON. Every instant is canonical UTC ISO
 * (`2026-10-11T16:00:00.000Z`), so instants compare as strings; days are `YYYY-MM-DD`.
 *
 * @rule DLV-STEPS
 * @rule DLV-SUMMARY
 * @example
 * ```ts
 * const [s] = initialTransition(deliveryBatchMachine, { batchId: 'B-1', deliveryOn: '2026-10-12', createdAt: '2026-07-01T09:00:00+08:00' });
 * s.context.milestones[0]; // { id: 'delivery-plan', ..., due: { lastDay: '2026-08-12', ... }, doneAt: null, overdue: false }
 * ```
 */
export type DeliveryBatchMachineContext = {
  /** {@link DELIVERY_BATCH_MACHINE_VERSION} when the snapshot was made. */
  readonly machineVersion: number;
  /** The id of the policy the schedule was computed under. */
  readonly policyId: string;
  readonly batchId: string;
  /** The delivery day, `YYYY-MM-DD`. */
  readonly deliveryOn: string;
  readonly firstDelivery: boolean;
  /** Whether the owners' pre-inspection step applies, and why (`needsOwnerPreInspection`): the reason says so when it is skipped. */
  readonly preInspection: { readonly required: boolean; readonly reasons: readonly Reason[] };
  readonly createdAt: string;
  /** The schedule's milestones (`computeDeliverySchedule`), in its order; the summary is added when the centralized delivery ends. */
  readonly milestones: readonly StoredDeliveryMilestone[];
  /** The latest risk check (`assessDeliveryRiskCheck`): when, whether delivery is ready, what blocks it. */
  readonly riskCheck: {
    readonly assessedAt: string;
    readonly ready: boolean;
    readonly blocking: readonly StoredRiskBlocker[];
  } | null;
  /** The last day of the centralized delivery (集中交付), once it ended. */
  readonly centralizedEndedOn: string | null;
  /** When the sporadic delivery (零星交付) of the rest ended. */
  readonly sporadicEndedAt: string | null;
  /** When the summary reached HQ customer relations. */
  readonly summarySubmittedAt: string | null;
  /** When the batch closed. */
  readonly closedAt: string | null;
  /** The instant of the latest event other than a clock tick: an event dated before it is refused. */
  readonly lastEventAt: string;
  /** The latest instant the machine has been told of (by a tick or an event). */
  readonly clockAt: string;
  /** The earliest end of a pending milestone not yet missed, or `null`: set one timer for it and send `clock.tick`. */
  readonly nextDueAt: string | null;
};

/**
 * The delivery batch machine's events: dot-separated, past tense, each with the instant it
 * happened (`at`, or `now` for a clock tick) as an ISO 8601 string with an offset.
 *
 * @rule DLV-STEPS
 * @rule DLV-RISK-HQ
 * @rule DLV-MODE
 * @rule DLV-SUMMARY
 * @example
 * ```ts
 * const e: DeliveryBatchMachineEvent = { type: 'plan.approved', at: '2026-08-10T10:00:00+08:00' };
 * ```
 */
export type DeliveryBatchMachineEvent =
  /** Step 1: the delivery plan reviewed by HQ customer relations (marks `delivery-plan` done). */
  | { readonly type: 'plan.approved'; readonly at: string }
  /** Step 2: a risk check judged by `assessDeliveryRiskCheck` at `at`; the batch moves on when nothing blocks. */
  | { readonly type: 'riskCheck.assessed'; readonly at: string; readonly check: DeliveryRiskCheck }
  /** Step 3 (where the policy has it): the owners' pre-inspection held (marks `owner-pre-inspection` done). */
  | { readonly type: 'preInspection.completed'; readonly at: string }
  /** Step 4: the handover inspection with the property company completed (marks `handover-inspection` done). */
  | { readonly type: 'handover.completed'; readonly at: string }
  /** Step 5: the centralized delivery ended (at or after the delivery day): the summary falls due. */
  | { readonly type: 'centralized.ended'; readonly at: string }
  /** Step 5: the sporadic delivery of the rest ended. */
  | { readonly type: 'sporadic.ended'; readonly at: string }
  /** Step 6: the summary reached HQ customer relations (marks `delivery-summary` done). */
  | { readonly type: 'summary.submitted'; readonly at: string }
  /** Any other milestone of the schedule done (`risk-team`, `notice-pack-mailed`, ...). */
  | { readonly type: 'milestone.completed'; readonly at: string; readonly milestone: DeliveryMilestoneId }
  /** Time passed: the milestones missed by `now` are marked. */
  | { readonly type: 'clock.tick'; readonly now: string };
