import {
  type InstantInput,
  MS_PER_DAY,
  toInstantMs,
  tryParseInstant,
} from '../calendar/days.js';
import { describeType, expectBoolean, expectNumber, expectOneOf, isPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision } from '../core/reason.js';
import { meetsThreshold } from '../core/thresholds.js';
import { assessComplaintSeverity } from './assessComplaintSeverity.js';
import { assessEscalation, type EscalationStage } from './assessEscalation.js';
import { expectId, expectKnownKeys, expectOptions } from './checkInputs.js';
import type { ComplaintPolicyInput } from './policy.js';
import { resolveComplaintPolicy } from './policySchema.js';
import { CRISIS_SIGNALS, type CrisisSignal, RECORD_KINDS, type RecordKind, type SeverityLevel } from './types.js';

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

/** The running counts of one (project, issue) pair. */
interface Group {
  readonly projectId: string;
  readonly issue: string;
  /** Each household that complained, and its index in `times`/`homes`. */
  readonly households: Map<string, number>;
  readonly complainants: Set<string>;
  /** The receipt instant and household index of every complaint counted: for households complaining together. */
  readonly times: number[];
  readonly homes: number[];
  /** Households with an open complaint on the issue at `now`, major or not. */
  readonly openHouseholds: Set<string>;
  /** Households with an open complaint that is major by its own facts. */
  readonly openMajorHouseholds: Set<string>;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
    throw new InvalidArgumentError(['complaints'], `expected an array (or iterable) of complaint records, got ${describeType(complaints)}`);
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

/**
 * The detector behind {@link detectGroupComplaints}, for input that arrives as a stream
 * (a file read line by line): memory grows with the distinct projects, issues, households
 * and complainants, not with the number of records.
 *
 * @rule CMP-SEV-DETECT
 * @example
 * ```ts
 * const detector = createGroupComplaintDetector({ now: '2026-06-25T09:00:00+08:00' });
 * for await (const record of records) detector.add(record);
 * detector.findings(); // the same as detectGroupComplaints(allRecords, { now })
 * ```
 */
export function createGroupComplaintDetector(options: GroupDetectionOptions): GroupComplaintDetector {
  const opts = expectOptions(options);
  if (opts === undefined) {
    throw new InvalidArgumentError(['options', 'now'], 'expected { now }: nothing here reads the clock');
  }
  expectKnownKeys(opts, ['now', 'policy'], ['options']);
  const now = toInstantMs(opts.now as InstantInput, ['options', 'now']);
  const policy = resolveComplaintPolicy(opts.policy as ComplaintPolicyInput | undefined);
  const s = policy.severity;
  const compThreshold = s.majorCompensationPerHouseholdYuan;
  const windowStart = now - s.hotRepeatWindowDays * MS_PER_DAY;
  const togetherMs = s.majorGroupWindowHours * 3_600_000;

  // project -> issue -> counts: nested maps, so no key string is built per record.
  const projects = new Map<string, Map<string, Group>>();
  let count = 0;

  const add = (c: GroupComplaintRecord, index?: number): void => {
    const i = index ?? count;
    count++;
    if (!isPlainObject(c)) {
      throw new InvalidArgumentError([i], `expected a complaint record, got ${describeType(c)}`);
    }
    const received = tryParseInstant(c.receivedAt);
    if (received === undefined) throw badInstant(i, 'receivedAt', c.receivedAt);
    checkGroupRecord(c, i);
    const kind = c.kind;
    if ((kind !== undefined && kind !== 'complaint') || received > now) return;

    let issues = projects.get(c.projectId);
    if (issues === undefined) {
      issues = new Map();
      projects.set(c.projectId, issues);
    }
    let g = issues.get(c.issue);
    if (g === undefined) {
      g = {
        projectId: c.projectId,
        issue: c.issue,
        households: new Map(),
        complainants: new Set(),
        times: [],
        homes: [],
        openHouseholds: new Set(),
        openMajorHouseholds: new Set(),
      };
      issues.set(c.issue, g);
    }
    const household = c.householdId;
    let home = g.households.get(household);
    if (home === undefined) {
      home = g.households.size;
      g.households.set(household, home);
    }
    g.times.push(received);
    g.homes.push(home);
    if (received >= windowStart) g.complainants.add(c.complainantId);

    const resolvedAt = c.resolvedAt;
    if (resolvedAt !== undefined) {
      const resolved = tryParseInstant(resolvedAt);
      if (resolved === undefined) throw badInstant(i, 'resolvedAt', resolvedAt);
      if (resolved < received) {
        throw new InvalidArgumentError([i, 'resolvedAt'], 'is before receivedAt: a complaint is resolved after it is received');
      }
      if (resolved <= now) return;
    }
    g.openHouseholds.add(household);
    const comp = c.compensationClaimed;
    const signals = c.crisisSignals;
    if (
      c.lawsuitFiled === true ||
      c.mediaExposed === true ||
      c.demandsReturnOrLargeCompensation === true ||
      (comp !== undefined && meetsThreshold(compThreshold, comp)) ||
      (signals !== undefined && signals.length > 0)
    ) {
      g.openMajorHouseholds.add(household);
    }
  };

  const findings = (): GroupFinding[] => {
    const groups: Group[] = [];
    for (const issues of projects.values()) for (const g of issues.values()) groups.push(g);
    groups.sort((a, b) => byCodeUnits(a.projectId, b.projectId) || byCodeUnits(a.issue, b.issue));

    const nowIso = new Date(now).toISOString();
    const windowDays = String(s.hotRepeatWindowDays);
    const windowHours = String(s.majorGroupWindowHours);
    return groups.map((g): GroupFinding => {
      const households = g.households.size;
      const complainantsWithin30Days = g.complainants.size;
      // CMP-SEV-MAJOR-COUNT: once the issue has enough households, every open complaint on it is major.
      const majorHouseholds = meetsThreshold(s.majorSameIssueHouseholds, households)
        ? g.openHouseholds.size
        : g.openMajorHouseholds.size;
      const householdsTogether = mostTogether(g, togetherMs);
      const facts = {
        householdsWithSameIssue: households,
        distinctComplainantsWithin30Days: complainantsWithin30Days,
        simultaneousMajorHouseholds: majorHouseholds,
        householdsComplainingTogether: householdsTogether,
      };
      const assessment = assessComplaintSeverity(facts, { policy });
      const escalation = assessEscalation(facts, { policy });
      const detect = createReason(
        'CMP-SEV-DETECT',
        {
          projectId: g.projectId,
          issue: g.issue,
          households,
          complainantsWithin30Days,
          majorHouseholds,
          householdsTogether,
          now: nowIso,
        },
        {
          'zh-CN': `项目${g.projectId}问题「${g.issue}」：累计投诉${households}户，近${windowDays}天${complainantsWithin30Days}位不同投诉人，同时${majorHouseholds}户重大投诉未解决，${windowHours}小时内最多${householdsTogether}户共同投诉`,
          en: `Project ${g.projectId}, issue ${g.issue}: ${households} ${households === 1 ? 'household' : 'households'} in total, ${complainantsWithin30Days} different ${complainantsWithin30Days === 1 ? 'complainant' : 'complainants'} in the last ${windowDays} days, ${majorHouseholds} ${majorHouseholds === 1 ? 'household' : 'households'} with an open major complaint, at most ${householdsTogether} complaining together within ${windowHours} hours`,
        },
      );
      return {
        projectId: g.projectId,
        issue: g.issue,
        households,
        complainantsWithin30Days,
        majorHouseholds,
        householdsTogether,
        level: assessment.level,
        majorGroup: assessment.majorGroup,
        escalation: escalation.stage,
        reasons: [detect, ...assessment.reasons, ...(escalation.stage === 'warning' ? escalation.reasons : [])],
      };
    });
  };

  return { add, findings };
}

/**
 * `CMP-SEV-GROUP`, reading `complaining-together`: the most distinct households whose
 * complaints fall in one window `[t, t + windowMs]` (以内: both ends included). One sort
 * and two pointers over the issue's complaints.
 */
function mostTogether(g: Group, windowMs: number): number {
  const n = g.times.length;
  if (n <= 1) return n;
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => (g.times[a] as number) - (g.times[b] as number));
  const inWindow = new Int32Array(g.households.size);
  let distinct = 0;
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < n; hi++) {
    const h = g.homes[order[hi] as number] as number;
    inWindow[h] = (inWindow[h] as number) + 1;
    if (inWindow[h] === 1) distinct++;
    const end = g.times[order[hi] as number] as number;
    while ((g.times[order[lo] as number] as number) < end - windowMs) {
      const l = g.homes[order[lo] as number] as number;
      inWindow[l] = (inWindow[l] as number) - 1;
      if (inWindow[l] === 0) distinct--;
      lo++;
    }
    if (distinct > best) best = distinct;
  }
  return best;
}

/** The cheap checks of one record of a batch (convention 13), at `[index, field]`. */
function checkGroupRecord(c: GroupComplaintRecord, i: number): void {
  for (const k of ['projectId', 'householdId', 'complainantId', 'issue'] as const) expectId(c[k], [i, k]);
  if (c.kind !== undefined) expectOneOf(c.kind, RECORD_KINDS, [i, 'kind']);
  for (const k of ['lawsuitFiled', 'mediaExposed', 'demandsReturnOrLargeCompensation'] as const) {
    if (c[k] !== undefined) expectBoolean(c[k], [i, k]);
  }
  if (c.compensationClaimed !== undefined) expectNumber(c.compensationClaimed, [i, 'compensationClaimed'], { min: 0 });
  const signals = c.crisisSignals;
  if (signals !== undefined) {
    if (!Array.isArray(signals)) expectOneOf(signals, CRISIS_SIGNALS, [i, 'crisisSignals']);
    const list = signals as readonly unknown[];
    for (let k = 0; k < list.length; k++) expectOneOf(list[k], CRISIS_SIGNALS, [i, 'crisisSignals', k]);
  }
}

function badInstant(index: number, field: string, value: unknown): InvalidArgumentError {
  return new InvalidArgumentError(
    [index, field],
    `expected a valid Date or an ISO 8601 instant with an offset, got ${describeType(value)}`,
  );
}
