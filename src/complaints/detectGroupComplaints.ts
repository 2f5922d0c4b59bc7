import type { InstantInput } from '../calendar/days.js';
import { describeType } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { Decision } from '../core/reason.js';
import type { EscalationStage } from './assessEscalation.js';
import { createGroupComplaintDetector } from './createGroupComplaintDetector.js';

// Kept importable from here, where it was first defined.
export { createGroupComplaintDetector };

import type { ComplaintPolicyInput } from './policy.js';
import type { CrisisSignal, RecordKind, SeverityLevel } from './types.js';

/**
 * The fields of a complaint record (`Complaint`, {@link ComplaintSchema}) that group detection reads. A
 * parsed `Complaint` is one; `receivedAt` and `resolvedAt` may also be `Date`s.
 */
export interface GroupComplaintRecord {
  /** The complaint id. */
  readonly id: string;
  /** The project (楼盘/项目): issues of different projects never add up. */
  readonly projectId: string;
  /** The household (户): one household counts once however often it complains. */
  readonly householdId: string;
  /** The person complaining (`CMP-SEV-HOT-REPEAT` counts distinct complainants). */
  readonly complainantId: string;
  /** The key that makes two complaints "the same issue". */
  readonly issue: string;
  /** When it was received: a `Date` or an ISO 8601 string with an offset. */
  readonly receivedAt: InstantInput;
  /** Compensation claimed per household, in yuan (`CMP-SEV-MAJOR-COMP`). */
  readonly compensationClaimed?: number | undefined;
  /** A lawsuit has been filed (`CMP-SEV-MAJOR-LEGAL`). */
  readonly lawsuitFiled?: boolean | undefined;
  /** The media have exposed it (`CMP-SEV-MAJOR-LEGAL`). */
  readonly mediaExposed?: boolean | undefined;
  /** The customer demands to return the home or a very large compensation (`CMP-SEV-MAJOR-CLAIM`). */
  readonly demandsReturnOrLargeCompensation?: boolean | undefined;
  /** Crisis signals (`CMP-SEV-CRISIS`): a crisis counts as a major complaint here. */
  readonly crisisSignals?: readonly CrisisSignal[] | undefined;
  /** When it was resolved; absent or later than `now`, the complaint is open. */
  readonly resolvedAt?: InstantInput | undefined;
  /** complaint (default), suggestion (建议) or enquiry (咨询): only complaints count. */
  readonly kind?: RecordKind | undefined;
}

/** The options of {@link detectGroupComplaints}. */
export interface GroupDetectionOptions {
  /** The moment of judgement: records received after it are ignored. */
  readonly now: InstantInput;
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: ComplaintPolicyInput;
}

/**
 * The counts of one issue in one project and the severity they give the issue, as
 * {@link assessComplaintSeverity} judges them, with a first reason `CMP-SEV-DETECT`.
 */
export type GroupFinding = Decision<{
  /** The project. */
  readonly projectId: string;
  /** The issue key. */
  readonly issue: string;
  /** Distinct households that complained about the issue, up to `now` (`CMP-SEV-MAJOR-COUNT`). */
  readonly households: number;
  /** Distinct complainants received in the sliding window [now - N days, now] (`CMP-SEV-HOT-REPEAT`). */
  readonly complainantsWithin30Days: number;
  /** Distinct households with an open major complaint on the issue at `now` (`CMP-SEV-GROUP`, reading `simultaneous-open-major`). */
  readonly majorHouseholds: number;
  /**
   * The most distinct households whose complaints on the issue were received within one
   * window of the policy's `majorGroupWindowHours` (72), both ends included, among those
   * received by `now` (`CMP-SEV-GROUP`, reading `complaining-together`).
   */
  readonly householdsTogether: number;
  /** The issue's level from these counts. */
  readonly level: SeverityLevel;
  /** A major group complaint (重大群诉): handled with the crisis procedure. */
  readonly majorGroup: boolean;
  /**
   * `CMP-WARN`: `warning` when the issue shows a risk of a major group complaint before it
   * happens (it reached the policy's share of the group threshold, 5 of 10 households);
   * `event-report` once the issue is major; else `none`.
   */
  readonly escalation: EscalationStage;
}>;

/**
 * Group complaints (群诉) over a batch (`CMP-SEV-DETECT`): the counts no single record
 * holds, per project and issue, and the severity they give the issue. One finding per
 * (projectId, issue) pair that has at least one complaint received by `now`, sorted by
 * projectId then issue (by UTF-16 code units, the same on every host). Projects never add
 * up: the same issue key in two projects is two findings.
 *
 * - `households`: distinct households that complained about the issue, received by `now`
 *   (`CMP-SEV-MAJOR-COUNT`, 累计20户以上).
 * - `complainantsWithin30Days`: distinct complainants whose complaint was received in the
 *   sliding window [now - N days, now], both ends included, N =
 *   `policy.severity.hotRepeatWindowDays` (30), elapsed time (`CMP-SEV-HOT-REPEAT`,
 *   `LAW-ELAPSED`).
 * - `majorHouseholds`, the "simultaneous major households" of `CMP-SEV-GROUP` (同时10户以上),
 *   read as: distinct households that at `now` have an open complaint on the issue
 *   (no `resolvedAt`, or `resolvedAt` after `now`) that is major, either by its own facts
 *   (compensation claimed over the policy's threshold, a lawsuit, media exposure, a demand
 *   to return the home or for a very large compensation, or crisis signals: a crisis is
 *   more than major) or because the issue as a whole reached `CMP-SEV-MAJOR-COUNT`
 *   (20 households or more make every complaint on it major). So an issue with 20
 *   households of which 10 are still open is a major group complaint under that reading.
 * - `householdsTogether`, the count of `CMP-SEV-GROUP` under the reading
 *   `complaining-together` (the default): the most distinct households whose complaints on
 *   the issue were received within one window of `majorGroupWindowHours` (72 h), both
 *   ends included, whatever each complaint's own facts. 15 households the same morning
 *   make 15; 10 households one a month make 1.
 * - `escalation` (`CMP-WARN`): `warning` once the issue's count under the policy's reading
 *   reaches the policy's share of the group threshold (5 of 10) without being a group yet,
 *   with the warning's reason; `event-report` once the issue is major.
 * - `level`, `majorGroup` and `reasons` are what {@link assessComplaintSeverity} returns
 *   for those counts, after a first reason `CMP-SEV-DETECT` with the counts; the policy's
 *   reading of `CMP-SEV-GROUP` decides which count makes a major group complaint.
 *
 * Only records of kind `complaint` (or no kind) count: suggestions and enquiries are
 * recorded on the same form but are not complaints. Every record's `receivedAt` must be an
 * instant (else an {@link InvalidArgumentError} with path `[index, 'receivedAt']`); a
 * counted record's `resolvedAt` too (`[index, 'resolvedAt']`). One pass; the input is not
 * changed; the result does not depend on its order. Nothing reads the clock.
 *
 * @rule CMP-SEV-DETECT
 * @rule CMP-SEV-MAJOR-COUNT
 * @rule CMP-SEV-GROUP
 * @rule CMP-SEV-HOT-REPEAT
 * @rule CMP-WARN
 * @rule LAW-ELAPSED
 * @rule LAW-THRESHOLD
 * @example
 * ```ts
 * const at = (day: string) => `${day}T09:00:00+08:00`;
 * detectGroupComplaints(
 *   [
 *     { id: 'C-1', projectId: 'P-1', householdId: 'H-101', complainantId: 'U-1', issue: 'roof-leak', receivedAt: at('2026-06-01') },
 *     { id: 'C-2', projectId: 'P-1', householdId: 'H-102', complainantId: 'U-2', issue: 'roof-leak', receivedAt: at('2026-06-10'), lawsuitFiled: true },
 *     { id: 'C-3', projectId: 'P-1', householdId: 'H-103', complainantId: 'U-3', issue: 'roof-leak', receivedAt: at('2026-06-20') },
 *     { id: 'C-4', projectId: 'P-1', householdId: 'H-103', complainantId: 'U-3', issue: 'roof-leak', receivedAt: at('2026-06-21'), kind: 'enquiry' },
 *   ],
 *   { now: at('2026-06-25') },
 * );
 * // [{ projectId: 'P-1', issue: 'roof-leak', households: 3, complainantsWithin30Days: 3, majorHouseholds: 1,
 * //    householdsTogether: 1, level: 'hot', majorGroup: false, escalation: 'none',
 * //    reasons: [{ rule: 'CMP-SEV-DETECT', ... }, { rule: 'CMP-SEV-HOT-REPEAT', ... }] }]
 * ```
 */
export function detectGroupComplaints(
  complaints: Iterable<GroupComplaintRecord>,
  options: GroupDetectionOptions,
): GroupFinding[] {
  const detector = createGroupComplaintDetector(options);
  if (
    typeof complaints !== 'object' ||
    complaints === null ||
    typeof (complaints as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function'
  ) {
    throw new InvalidArgumentError(
      ['complaints'],
      `expected an array (or iterable) of complaint records, got ${describeType(complaints)}`,
    );
  }
  for (const c of complaints) detector.add(c);
  return detector.findings();
}

/** An incremental group detector: records one at a time, findings at the end. */
export interface GroupComplaintDetector {
  /** Counts one record (the `index` addresses errors; it defaults to the count so far). */
  add(record: GroupComplaintRecord, index?: number): void;
  /** The findings so far, one per (project, issue), sorted by project then issue. */
  findings(): GroupFinding[];
}
