/**
 * The defect lifecycle machine's data: its input, its context (plain JSON, stored by the
 * embedding app with the snapshot) and its events, plus the machine version that a stored
 * snapshot carries.
 *
 * @module
 */

import type { StoredDeadline } from '../machine/instants.js';
import type { DefectGradeFactor } from './gradeDefect.js';
import type { DefectGrade, DefectSource, FeasibilityFactor } from './types.js';

export type { StoredDeadline };

/**
 * The version of the defect machine's states, events and context. A snapshot stores it in
 * `context.machineVersion`; {@link restoreDefectSnapshot} refuses a snapshot of another
 * version. Raised whenever a state is renamed or removed, an event changes, or the context
 * changes shape.
 *
 * @rule DEF-FLOW
 * @example
 * ```ts
 * DEFECT_MACHINE_VERSION; // 1
 * ```
 */
export const DEFECT_MACHINE_VERSION = 1;

/**
 * What a defect machine starts from: the collected defect (缺陷收集, `DEF-SOURCE`), the
 * key facts of its record (`parseDefect`).
 *
 * @rule DEF-FLOW
 * @rule DEF-SOURCE
 * @example
 * ```ts
 * const input: DefectMachineInput = { id: 'D-1', source: 'patrol', major: false, reportedAt: '2026-09-21T10:00:00+08:00' };
 * ```
 */
export type DefectMachineInput = {
  /** The defect id. */
  readonly id: string;
  /** Where it was found (`DEF-SOURCE`). */
  readonly source: DefectSource;
  /** A major defect (重大缺陷): reported to HQ customer relations when its contact form is generated. */
  readonly major: boolean;
  /** When it was collected, an ISO 8601 instant with an offset: no event may come before it. */
  readonly reportedAt: string;
};

/** The report of a major defect to HQ customer relations, made at the generate step (`DEF-FLOW`). */
export type DefectHqReport = {
  readonly reportTo: 'hq-customer-relations';
  /** The instant the contact form was generated: SOL asks for the report at once (及时). */
  readonly reportedAt: string;
};

/** The decision form (缺陷决策单) as stored: the grade `gradeDefect` gave, and what decided it. */
export type DefectDecisionRecord = {
  readonly decidedAt: string;
  readonly grade: DefectGrade;
  readonly decidedBy: readonly DefectGradeFactor[];
  readonly failedFactors: readonly FeasibilityFactor[];
};

/**
 * The defect machine's context: plain JSON that survives `JSON.stringify`. Every instant
 * is a canonical UTC ISO string (`2026-10-08T16:00:00.000Z`), so instants compare as
 * strings. Validated whole on restore by a schema derived from this type.
 *
 * @rule DEF-FLOW
 * @rule DEF-RECTIFY
 * @rule DEF-TRACK
 * @example
 * ```ts
 * const [s] = initialTransition(defectMachine, { id: 'D-1', source: 'patrol', major: true, reportedAt: '2026-09-21T10:00:00+08:00' });
 * s.context.reportedAt; // '2026-09-21T02:00:00.000Z'
 * s.context.hqReport; // null: made when the contact form is generated
 * ```
 */
export type DefectMachineContext = {
  /** {@link DEFECT_MACHINE_VERSION} when the snapshot was made. */
  readonly machineVersion: number;
  /** The id of the policy the machine was made with. */
  readonly policyId: string;
  readonly id: string;
  readonly source: DefectSource;
  readonly major: boolean;
  /** When the defect was collected. */
  readonly reportedAt: string;
  /** When the contact form (缺陷反馈联系单) was generated. */
  readonly contactFormAt: string | null;
  /** The HQ report of a major defect, made when its contact form was generated; `null` otherwise. */
  readonly hqReport: DefectHqReport | null;
  /** The decision form (缺陷决策单), with the grade. */
  readonly decision: DefectDecisionRecord | null;
  /** When the rectification (A) or the preventive measures (B) were planned and filed. */
  readonly plannedAt: string | null;
  readonly deadlines: {
    /** The plan's due day (计划完成日), the department's own: not moved over rest days (`DEF-TRACK`). */
    readonly planDue: StoredDeadline | null;
  };
  /** A: the rectification carried out. */
  readonly carriedOutAt: string | null;
  /** A: the result accepted by the responsible department. */
  readonly acceptedAt: string | null;
  /** A: the result verified by project customer service. */
  readonly verifiedAt: string | null;
  /** When the plan was completed: A, its acceptance; B, the preventive measures implemented. */
  readonly planCompletedAt: string | null;
  /** On plan: the confirmation form (缺陷反馈确认单) filed. */
  readonly confirmationFiledAt: string | null;
  /** Missed: the responsible department's stated reason (never echoed in messages). */
  readonly missedReason: string | null;
  readonly missExplainedAt: string | null;
  /** Missed: the reviewing department's evaluation (never echoed in messages). */
  readonly reviewEvaluation: string | null;
  readonly missEvaluatedAt: string | null;
  /** How tracking ended (`DEF-TRACK`): on plan or missed; `null` while it runs. */
  readonly trackingOutcome: 'on-plan' | 'missed' | null;
  /** When the summary was recorded and the defect closed. */
  readonly closedAt: string | null;
  /** Missed: the plan was completed at or after the end of its due day, or not completed by `clockAt`. */
  readonly overdue: { readonly plan: boolean };
  /** The instant of the latest event other than a clock tick: an event dated before it is refused. */
  readonly lastEventAt: string;
  /** The latest instant the machine has been told of (by a tick or an event). */
  readonly clockAt: string;
  /** The earliest instant at which something falls due, or `null`: set one timer for it and send `clock.tick`. */
  readonly nextDueAt: string | null;
};

/**
 * The defect machine's events: dot-separated, past tense, each with the instant it
 * happened (`at`, or `now` for a clock tick) as an ISO 8601 string with an offset. Each is
 * checked against its schema before it changes anything (`parseDefectEvent`).
 *
 * @rule DEF-FLOW
 * @rule DEF-RECTIFY
 * @rule DEF-TRACK
 * @example
 * ```ts
 * const e: DefectMachineEvent = { type: 'rectification.planned', at: '2026-09-28T10:00:00+08:00', dueOn: '2026-10-09' };
 * ```
 */
export type DefectMachineEvent =
  /** 缺陷生成: the contact form (缺陷反馈联系单) generated; a major defect is reported to HQ at once. */
  | { readonly type: 'contactForm.generated'; readonly at: string }
  /** 缺陷决策: the decision form (缺陷决策单), graded by `gradeDefect`. */
  | {
      readonly type: 'decision.made';
      readonly at: string;
      readonly needsRectification: boolean;
      readonly feasibility?: {
        readonly constructionCapacity: boolean;
        readonly technical: boolean;
        readonly schedule: boolean;
      };
    }
  /** A: the rectification planned, with its due day (`YYYY-MM-DD`). */
  | { readonly type: 'rectification.planned'; readonly at: string; readonly dueOn: string }
  /** A: the rectification carried out. */
  | { readonly type: 'rectification.carriedOut'; readonly at: string }
  /** A: its result accepted by the responsible department: the plan is complete. */
  | { readonly type: 'rectification.accepted'; readonly at: string }
  /** A: the result verified by project customer service: tracking starts. */
  | { readonly type: 'rectification.verified'; readonly at: string }
  /** B: the preventive measures and the department's prevention plan filed with project customer service, with its due day. */
  | { readonly type: 'prevention.filed'; readonly at: string; readonly dueOn: string }
  /** B: the preventive measures implemented: the plan is complete. */
  | { readonly type: 'prevention.implemented'; readonly at: string }
  /** On plan: the confirmation form (缺陷反馈确认单) filled in together and filed. */
  | { readonly type: 'confirmation.filed'; readonly at: string }
  /** Missed: the responsible department states why. */
  | { readonly type: 'miss.explained'; readonly at: string; readonly reason: string }
  /** Missed: the reviewing department gives its evaluation. */
  | { readonly type: 'miss.evaluated'; readonly at: string; readonly evaluation: string }
  /** 缺陷总结: the defect verified, filed and summarised: closed. */
  | { readonly type: 'summary.recorded'; readonly at: string }
  /** Time passed: the plan's due day is marked missed once it is over. */
  | { readonly type: 'clock.tick'; readonly now: string };
