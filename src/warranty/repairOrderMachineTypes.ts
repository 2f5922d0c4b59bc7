/**
 * The repair-order machine's data: its input, its context (plain JSON, stored by the
 * embedding app with the snapshot) and its events, plus the machine version that a stored
 * snapshot carries.
 *
 * @module
 */

import type { Reason } from '../core/reason.js';
import type { StoredDeadline } from '../machine/instants.js';
import type { ReplacementRecord } from './canReplaceContractor.js';
import type {
  CompensationStep,
  ContractorFailure,
  HiddenWorkKind,
  RepairUrgency,
  SurveyProblem,
  WarrantyComponent,
} from './types.js';

export type { StoredDeadline };

/**
 * The version of the repair-order machine's states, events and context. A snapshot stores
 * it in `context.machineVersion`; {@link restoreRepairOrderSnapshot} refuses a snapshot of
 * another version. Raised whenever a state is renamed or removed, an event changes, or the
 * context changes shape.
 *
 * @rule WAR-FLOW
 * @example
 * ```ts
 * REPAIR_ORDER_MACHINE_VERSION; // 1
 * ```
 */
export const REPAIR_ORDER_MACHINE_VERSION = 1;

/**
 * What a repair-order machine starts from: the order as received and recorded (维修任务记录表,
 * `WAR-FLOW` step 1). No personal data: the customer is the household.
 *
 * @rule WAR-FLOW
 * @example
 * ```ts
 * const input: RepairOrderMachineInput = { id: 'R-1', receivedAt: '2026-09-21T09:30:00+08:00' };
 * ```
 */
export type RepairOrderMachineInput = {
  /** The repair order's id. */
  readonly id: string;
  /** When it was received, an ISO 8601 instant with an offset. */
  readonly receivedAt: string;
};

/** A step refused because a decision function said no (`WAR-FLOW`, `WAR-COMP`, ...): the event and the reasons. */
export type RepairOrderRefusal = {
  /** The event type refused. */
  readonly event: string;
  /** When it was sent (its `at`). */
  readonly at: string;
  /** Why: the reasons of the decision function that refused it. */
  readonly reasons: readonly Reason[];
};

/** The agreed visit of the repair staff (`WAR-APPOINT`). */
export type RepairVisit = {
  /** The time agreed with the customer (canonical UTC). */
  readonly agreedAt: string;
  /** A new time the customer agreed to, or `null`: the visit is judged against it. */
  readonly rescheduledTo: string | null;
  /** The first instant at which the visit is late (the policy's minutes after the time judged against). */
  readonly lateFrom: string;
  /** When the staff arrived, or `null`. */
  readonly arrivedAt: string | null;
  /** Minutes after the time judged against, once arrived. */
  readonly minutesLate: number | null;
  /** Arrived late, as `assessRepairVisitTime` judges; `null` until the staff arrive. */
  readonly late: boolean | null;
};

/** The replacement of a contractor that refused or missed the agreed time (`WAR-CONTRACTOR`, `LAW-WARRANTY-REPLACE`). */
export type ContractorReplacement = {
  readonly failure: ContractorFailure;
  /** The third party engaged (an id, no personal data). */
  readonly thirdPartyId: string;
  readonly replacedAt: string;
  /** Who bears the third party's cost: the original contractor. */
  readonly costBorneBy: 'contractor';
  /** When the on-site evidence was recorded and confirmed, or `null`. */
  readonly evidenceRecordedAt: string | null;
  /** When the default notice (违约处理通知单) was issued, or `null`. */
  readonly penaltyNoticeAt: string | null;
  /** The records still owed, as `canReplaceContractor` lists them. */
  readonly outstanding: readonly ReplacementRecord[];
};

/** Compensation caused by engineering quality (`WAR-COMP`): plan, approved, deduction notice. */
export type RepairCompensation = {
  /** The amount of the plan, in yuan. */
  readonly amountYuan: number;
  readonly planAgreedAt: string;
  readonly approvedAt: string | null;
  readonly deductionNoticeAt: string | null;
  /** The next step owed, or `deduction-notice` once it is issued (as `canIssueDeductionNotice` says). */
  readonly step: CompensationStep;
};

/**
 * The repair-order machine's context: plain JSON that survives `JSON.stringify`. Every
 * instant is a canonical UTC ISO string, so instants compare as strings. Validated whole on
 * restore by a schema derived from this type.
 *
 * @rule WAR-FLOW
 * @rule WAR-ONSITE
 * @rule WAR-APPOINT
 * @rule WAR-CONTRACTOR
 * @rule WAR-COMP
 * @rule LAW-WARRANTY-REPLACE
 * @example
 * ```ts
 * const [s] = initialTransition(repairOrderMachine, { id: 'R-1', receivedAt: '2026-09-21T09:30:00+08:00' });
 * s.context.receivedAt; // '2026-09-21T01:30:00.000Z'
 * ```
 */
export type RepairOrderMachineContext = {
  /** {@link REPAIR_ORDER_MACHINE_VERSION} when the snapshot was made. */
  readonly machineVersion: number;
  /** The id of the policy the deadlines were computed under. */
  readonly policyId: string;
  readonly id: string;
  readonly receivedAt: string;
  /** What the order was classified as (`WAR-FLOW` step 1), or `null` before. */
  readonly classification: {
    readonly component: WarrantyComponent;
    readonly problem: SurveyProblem;
    readonly inWarranty: boolean;
    readonly urgency: RepairUrgency;
  } | null;
  /** Whether an on-site survey is owed (`WAR-ONSITE`), with `needsOnSiteSurvey`'s reasons; `surveyedAt` once done. */
  readonly survey: {
    readonly required: boolean;
    readonly reasons: readonly Reason[];
    readonly surveyedAt: string | null;
  } | null;
  /** A defect touching structural safety: the report to the construction authority, owed at once (`LAW-WARRANTY-REPLACE`). */
  readonly authorityReport: {
    readonly owedSince: string;
    readonly reportedAt: string | null;
    readonly reason: Reason;
  } | null;
  readonly planConfirmedAt: string | null;
  /** Out of warranty: a paid repair (`WAR-APPOINT`); the charges accepted before work starts. */
  readonly charges: { readonly amountYuan: number; readonly acceptedAt: string } | null;
  /** Set when work starts: whether it is a paid repair (`canStartRepair`). */
  readonly paid: boolean | null;
  readonly repairStartedAt: string | null;
  /** The hidden works of the repair (`WAR-FLOW` step 5). */
  readonly hiddenWorks: readonly HiddenWorkKind[];
  /** When they were inspected, or `null` (recording a new kind of work clears it). */
  readonly hiddenWorksInspectedAt: string | null;
  /** The latest completion reported; `null` after a rejected acceptance. */
  readonly completedAt: string | null;
  /** Acceptances the customer rejected (返工). */
  readonly reworks: number;
  readonly acceptedAt: string | null;
  /** The callback owed within the policy's window after the completion accepted (`WAR-FLOW` step 8). */
  readonly callbackBy: StoredDeadline | null;
  readonly calledBackAt: string | null;
  /** The current visit (`WAR-APPOINT`), or `null`. */
  readonly visit: RepairVisit | null;
  /** Visits recorded late on arrival, the current one included. */
  readonly lateVisits: number;
  readonly replacement: ContractorReplacement | null;
  readonly compensation: RepairCompensation | null;
  /** The latest event refused by a decision, or `null` once a later event went through. */
  readonly refusal: RepairOrderRefusal | null;
  /** Missed: the visit late, the callback not made by the end of `callbackBy`. */
  readonly overdue: { readonly visit: boolean; readonly callback: boolean };
  readonly closedAt: string | null;
  /** The instant of the latest event other than a clock tick: an event dated before it is refused. */
  readonly lastEventAt: string;
  /** The latest instant the machine has been told of (by a tick or an event). */
  readonly clockAt: string;
  /** The earliest instant at which something falls due, or `null`: set one timer for it and send `clock.tick`. */
  readonly nextDueAt: string | null;
};

/**
 * The facts of `order.classified`: the component and the problem, whether the item is in
 * warranty (as `computeWarrantyExpiry` tells), and the facts of the on-site survey
 * (`WAR-ONSITE`) and of urgency (`LAW-WARRANTY-REPLACE`).
 */
export type RepairClassification = {
  readonly component: WarrantyComponent;
  readonly problem: SurveyProblem;
  readonly inWarranty: boolean;
  readonly structuralSafety?: boolean;
  readonly emergency?: boolean;
  readonly largeArea?: boolean;
  readonly previousRepairsAtSameLocation?: number;
  readonly responsibilityUnclear?: boolean;
  readonly ownerRefusesHome?: boolean;
};

/**
 * The repair-order machine's events: dot-separated, past tense, each with the instant it
 * happened (`at`, or `now` for a clock tick) as an ISO 8601 string with an offset. Each is
 * checked against its schema before it changes anything (`parseRepairOrderEvent`).
 *
 * @rule WAR-FLOW
 * @rule WAR-APPOINT
 * @rule WAR-CONTRACTOR
 * @rule WAR-COMP
 * @example
 * ```ts
 * const e: RepairOrderMachineEvent = { type: 'acceptance.recorded', at: '2026-09-28T16:00:00+08:00', outcome: 'accepted' };
 * ```
 */
export type RepairOrderMachineEvent =
  /** Step 1: classified (维保修类别分析), with the survey and urgency facts. */
  | ({ readonly type: 'order.classified'; readonly at: string } & RepairClassification)
  /** Steps 2-3: the on-site survey made (where `needsOnSiteSurvey` requires it). */
  | { readonly type: 'survey.completed'; readonly at: string }
  /** Step 3: the plan confirmed with the customer. */
  | { readonly type: 'plan.confirmed'; readonly at: string }
  /** Out of warranty: the customer was told the charges and accepted them (`WAR-APPOINT`). */
  | { readonly type: 'charges.accepted'; readonly at: string; readonly amountYuan: number }
  /** Work started (`canStartRepair`). */
  | { readonly type: 'repair.started'; readonly at: string }
  /** Hidden works the repair involves (leaks, cracks, pipes, lines, anti-rust). */
  | { readonly type: 'hiddenWorks.recorded'; readonly at: string; readonly works: readonly HiddenWorkKind[] }
  /** The hidden works inspected before they are covered (step 5). */
  | { readonly type: 'hiddenWorks.inspected'; readonly at: string }
  /** Work reported complete (`canCompleteRepair`). */
  | { readonly type: 'repair.completed'; readonly at: string }
  /** Step 7: acceptance with the customer; `rejected` sends it back to rework. */
  | { readonly type: 'acceptance.recorded'; readonly at: string; readonly outcome: 'accepted' | 'rejected' }
  /** Step 8: the customer called back; the order closes. */
  | { readonly type: 'callback.completed'; readonly at: string }
  /** A visit time agreed with the customer (`WAR-APPOINT`). */
  | { readonly type: 'visit.agreed'; readonly at: string; readonly visitAt: string }
  /** The customer agreed a new visit time (`WAR-APPOINT`). */
  | { readonly type: 'visit.rescheduled'; readonly at: string; readonly visitAt: string }
  /** The repair staff arrived (`WAR-APPOINT`). */
  | { readonly type: 'visit.arrived'; readonly at: string }
  /** The structural-safety defect reported to the construction authority (`LAW-WARRANTY-REPLACE`). */
  | { readonly type: 'authority.reported'; readonly at: string }
  /** The contractor refused or missed the time: a third party engaged at its cost (`WAR-CONTRACTOR`). */
  | {
      readonly type: 'contractor.replaced';
      readonly at: string;
      readonly failure: ContractorFailure;
      readonly thirdPartyId: string;
    }
  /** The on-site evidence of the contractor's failure recorded and confirmed (`WAR-CONTRACTOR`). */
  | { readonly type: 'evidence.recorded'; readonly at: string }
  /** The default notice (违约处理通知单) issued, the fine slip filed (`WAR-CONTRACTOR`). */
  | { readonly type: 'penaltyNotice.issued'; readonly at: string }
  /** `WAR-COMP`: a compensation plan agreed with the customer and project customer service. */
  | { readonly type: 'compensation.planned'; readonly at: string; readonly amountYuan: number }
  /** `WAR-COMP`: the plan approved. */
  | { readonly type: 'compensation.approved'; readonly at: string }
  /** `WAR-COMP`: the engineering deduction notice (工程扣款知会) sent. */
  | { readonly type: 'deduction.notified'; readonly at: string }
  /** Time passed: what is due by `now` is marked. */
  | { readonly type: 'clock.tick'; readonly now: string };
