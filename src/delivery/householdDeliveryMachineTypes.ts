/**
 * The household delivery machine's data (`DLV-MODE`): its input, its context (plain JSON,
 * stored with the snapshot, convertible to the household record the KPIs read) and its
 * events, plus the machine version that a stored snapshot carries.
 *
 * @module
 */

import type { Reason } from '../core/reason.js';
import type { StoredDeadline } from '../machine/instants.js';
import type { DeliveryMode, DeliveryRepairDiscipline } from './types.js';

/**
 * The version of the household delivery machine's states, events and context. A snapshot
 * stores it in `context.machineVersion`; {@link restoreHouseholdDeliverySnapshot} refuses a
 * snapshot of another version.
 *
 * @rule DLV-MODE
 * @example
 * ```ts
 * HOUSEHOLD_DELIVERY_MACHINE_VERSION; // 1
 * ```
 */
export const HOUSEHOLD_DELIVERY_MACHINE_VERSION = 1;

/**
 * What a household delivery machine starts from: the household, notified (phoned) of the
 * delivery, and the facts its pre-inspection depends on.
 *
 * @rule DLV-MODE
 * @example
 * ```ts
 * const input: HouseholdDeliveryMachineInput = {
 *   householdId: 'B3-1201', deliveryOn: '2026-10-12', notifiedAt: '2026-10-02T10:00:00+08:00', eligible: true,
 * };
 * ```
 */
export type HouseholdDeliveryMachineInput = {
  /** The household (户), e.g. a building-unit-room number. */
  readonly householdId: string;
  /** The batch's delivery day, `YYYY-MM-DD`. */
  readonly deliveryOn: string;
  /** When the owner was notified (phoned) of the delivery, an ISO 8601 instant with an offset. */
  readonly notifiedAt: string;
  /** Eligible to take the home (具备入住资格). */
  readonly eligible: boolean;
  /** The caller's own answer on the owners' pre-inspection; absent, the policy decides by `region`. */
  readonly preInspection?: boolean;
  /** The project's region, for the policy's pre-inspection scope (SOL: Beijing only). */
  readonly region?: string;
};

/** A repair item as the household context stores it. */
export type StoredRepairItem = {
  readonly discipline: DeliveryRepairDiscipline;
  /** What was found, or `null`. */
  readonly description: string | null;
  /** When it was closed (canonical UTC), or `null`. */
  readonly closedAt: string | null;
};

/**
 * The household delivery machine's context: plain JSON, instants canonical UTC ISO.
 * `toHouseholdDeliveryRecord` turns it into the record `computeDeliveryKpis` reads.
 *
 * @rule DLV-MODE
 * @rule DLV-SUMMARY
 * @example
 * ```ts
 * const [s] = initialTransition(householdDeliveryMachine, {
 *   householdId: 'B3-1201', deliveryOn: '2026-10-12', notifiedAt: '2026-10-02T10:00:00+08:00', eligible: true,
 * });
 * s.context.notifiedAt; // '2026-10-02T02:00:00.000Z'
 * ```
 */
export type HouseholdDeliveryMachineContext = {
  /** {@link HOUSEHOLD_DELIVERY_MACHINE_VERSION} when the snapshot was made. */
  readonly machineVersion: number;
  readonly policyId: string;
  readonly householdId: string;
  /** The batch's delivery day, `YYYY-MM-DD`. */
  readonly deliveryOn: string;
  /** Eligible to take the home; `eligibility.confirmed` sets it. */
  readonly eligible: boolean;
  /** Whether the owners' pre-inspection applies, and why (`needsOwnerPreInspection`). */
  readonly preInspection: { readonly required: boolean; readonly reasons: readonly Reason[] };
  readonly notifiedAt: string;
  /** Centralized (集中交付) or sporadic (零星交付), from the handover inspection. */
  readonly mode: DeliveryMode | null;
  readonly preInspectedAt: string | null;
  /** What the owners' pre-inspection found: fixed before delivery (`deadlines.preInspectionRepairsBy`). */
  readonly preInspectionItems: readonly StoredRepairItem[];
  /** The first handover inspection (首次验房). */
  readonly firstInspectedAt: string | null;
  /** The repair items of the handover inspection, by discipline (what the KPIs count). */
  readonly repairItems: readonly StoredRepairItem[];
  readonly keysRefusedAt: string | null;
  /** Why the keys were refused (拒收原因). */
  readonly refusedReasons: readonly string[];
  /** When the keys were taken (收楼). */
  readonly keysTakenAt: string | null;
  /** Took the keys at the first inspection (一次交付成功); `null` until the keys are taken or refused. */
  readonly keysTakenAtFirstInspection: boolean | null;
  /** When the last open repair item of the handover inspection was closed. */
  readonly repairsClosedAt: string | null;
  readonly deliveredAt: string | null;
  readonly deadlines: {
    /** `DLV-STEPS`: what the pre-inspection found is fixed before delivery; `null` where no pre-inspection applies. */
    readonly preInspectionRepairsBy: StoredDeadline | null;
  };
  /** Missed: the pre-inspection items closed at or after the end, or still open at `clockAt`. */
  readonly overdue: { readonly preInspectionRepairs: boolean };
  readonly lastEventAt: string;
  readonly clockAt: string;
  /** The end of the pre-inspection repairs while items are open and not yet missed, or `null`. */
  readonly nextDueAt: string | null;
};

/** A repair item as an event carries it. */
export type RepairItemInput = {
  readonly discipline: DeliveryRepairDiscipline;
  readonly description?: string;
};

/**
 * The household delivery machine's events: dot-separated, past tense, each with the
 * instant it happened.
 *
 * @rule DLV-MODE
 * @rule DLV-SUMMARY
 * @example
 * ```ts
 * const e: HouseholdDeliveryMachineEvent = {
 *   type: 'inspection.completed', at: '2026-10-12T10:00:00+08:00', mode: 'centralized', repairItems: [{ discipline: 'plumbing' }],
 * };
 * ```
 */
export type HouseholdDeliveryMachineEvent =
  /** The owners' pre-inspection (where it applies), with what it found. */
  | {
      readonly type: 'preInspection.completed';
      readonly at: string;
      readonly repairItems: readonly RepairItemInput[];
    }
  /** What the pre-inspection found is fixed. */
  | { readonly type: 'preInspectionRepairs.closed'; readonly at: string }
  /** The handover inspection (验房), centralized or sporadic, with the repair items per discipline. */
  | {
      readonly type: 'inspection.completed';
      readonly at: string;
      readonly mode: DeliveryMode;
      readonly repairItems: readonly RepairItemInput[];
    }
  /** The owner took the keys (收楼). */
  | { readonly type: 'keys.taken'; readonly at: string }
  /** The owner refused the keys, with at least one reason. */
  | { readonly type: 'keys.refused'; readonly at: string; readonly reasons: readonly string[] }
  /** Every repair item of the handover inspection closed. */
  | { readonly type: 'repairs.closed'; readonly at: string }
  /** The household became eligible to take the home (fees settled, documents complete). */
  | { readonly type: 'eligibility.confirmed'; readonly at: string }
  /** Time passed. */
  | { readonly type: 'clock.tick'; readonly now: string };
