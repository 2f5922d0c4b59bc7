import type { InstantInput } from '../calendar/days.js';
import { toInstantMs } from '../calendar/days.js';
import type { Deadline } from '../calendar/deadline.js';
import type { CoverageFallback } from '../calendar/options.js';
import { WorkCalendar } from '../calendar/workCalendar.js';
import { expectArray, expectOneOf, expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError, RealtyCrmError } from '../core/errors.js';
import type { Reason } from '../core/reason.js';
import { createRecordCheck } from '../records/createRecordCheck.js';
import {
  assessComplaintSeverity,
  type SeverityAssessment,
  type SeverityFacts,
} from './assessComplaintSeverity.js';
import { type ComplaintDeadlineInput, computeComplaintDeadlines } from './computeComplaintDeadlines.js';
import { createGroupComplaintDetector, type GroupFinding } from './detectGroupComplaints.js';
import { type ComplaintPolicyInput, resolveComplaintPolicy } from './policy.js';
import { type ComplaintRoute, type RouteInput, routeComplaint } from './routeComplaint.js';
import type { Complaint } from './schemas.js';
import { COMPLAINT_FIELD_TABLE } from './tables/fields.js';
import {
  COMPLAINT_CATEGORIES,
  type ComplaintCategory,
  SEVERITY_LEVELS,
  type SeverityLevel,
} from './types.js';

// ---- From the record to each decision's input: in one place -----------------------------
// The complaints module's adapters toSeverityFacts(record) and toDeadlineInput(record) take
// the place of these two functions at merge (one line each); routing reads the record itself.

/** The severity facts a complaint record holds by itself (no group counts, no `now`). */
const severityFactsOf = (c: Complaint): SeverityFacts => ({
  compensationPerHousehold: c.compensationClaimed,
  lawsuitFiled: c.lawsuitFiled,
  mediaExposed: c.mediaExposed,
  demandsReturnOrLargeCompensation: c.demandsReturnOrLargeCompensation,
  mayLeadToLawsuitOrMedia: c.mayLeadToLawsuitOrMedia,
  collectiveComplainants: c.collectiveComplainants,
  crisisSignals: c.crisisSignals,
  resolvedAt: c.resolvedAt,
  registeredAt: c.receivedAt,
  // As the complaint machine does: a delay is on the company side unless the record says otherwise.
  delayOnCompanySide: c.delayOnCompanySide ?? true,
});

/** The deadline input of a complaint record: the record itself, every field the deadlines read. */
const deadlineInputOf = (c: Complaint): ComplaintDeadlineInput => c;

/** The routing input of a complaint record and its level. */
const routeInputOf = (c: Complaint, level: SeverityLevel): RouteInput => ({ ...c, level });

// ------------------------------------------------------------------------------------------

/** One complaint's triage: what `realty-crm triage` prints for it. */
export interface TriagedComplaint {
  /** The complaint id. */
  readonly id: string;
  /** Its category (`CMP-CATEGORY`). */
  readonly category: ComplaintCategory;
  /** Its severity, with the group findings of its issue folded in (`CMP-SEV-*`). */
  readonly level: SeverityAssessment['level'];
  /** A major group complaint (重大群诉, `CMP-SEV-GROUP`). */
  readonly majorGroup: boolean;
  /** Who follows it up (`CMP-ROUTE-ROLE`). */
  readonly role: ComplaintRoute['role'];
  /** Which unit handles it (`CMP-ROUTE-PHASE`). */
  readonly unit: ComplaintRoute['unit'];
  /** The reply deadline (`CMP-DL-REPLY`). */
  readonly replyBy: Deadline;
  /** The callback deadline, once handling is complete (`CMP-DL-CALLBACK`), else `null`. */
  readonly callbackBy: Deadline | null;
  /** The closing deadline where the policy sets one (`CMP-DL-CLOSE`), else `null`. */
  readonly closeBy: Deadline | null;
  /** Whether each deadline is missed at `now`; `null` where the deadline does not exist. */
  readonly overdue: {
    readonly reply: boolean;
    readonly callback: boolean | null;
    readonly close: boolean | null;
  };
  /** The reasons of the severity, then of the routing. */
  readonly reasons: readonly Reason[];
}

/** The tally of a triage. */
export interface ComplaintTriageSummary {
  /** Records triaged (complaints, suggestions and enquiries alike). */
  readonly complaints: number;
  /** Records by category. */
  readonly byCategory: Readonly<Record<ComplaintCategory, number>>;
  /** Records by level. */
  readonly byLevel: Readonly<Record<SeverityLevel, number>>;
  /** Major group complaints among the group findings (`CMP-SEV-GROUP`). */
  readonly majorGroups: number;
  /** Records with each deadline missed at `now`. */
  readonly overdue: { readonly reply: number; readonly callback: number; readonly close: number };
  /** Records with a deadline counted weekends-only (`LAW-COVERAGE`: an estimate). */
  readonly fallbackUsed: number;
}

/** The triage of a batch: every record's triage in input order, the group findings, the tally. */
export interface ComplaintTriageResult {
  /** Each record's triage, in input order. */
  readonly complaints: readonly TriagedComplaint[];
  /** The group findings of the whole batch (`CMP-SEV-DETECT`), sorted by project then issue. */
  readonly groups: readonly GroupFinding[];
  /** The tally. */
  readonly summary: ComplaintTriageSummary;
}

/** The options of {@link triageComplaints} and {@link createComplaintTriage}. */
export interface TriageComplaintsOptions {
  /** The moment of judgement: group counts, staleness and overdue flags are taken at it. */
  readonly now: InstantInput;
  /** The policy (a preset, a policy, or its complaints slice); `sinoOcean2008` when absent. */
  readonly policy?: ComplaintPolicyInput;
  /** The working-day calendar for every day count; the built-in one when absent. */
  readonly calendar?: WorkCalendar;
  /**
   * Days the calendar does not cover: `'none'` (the default) throws a
   * `CalendarCoverageError`; `'weekends-only'` counts weekends only and marks the
   * deadline (`fallbackUsed`), as the CLI does.
   */
  readonly fallback?: CoverageFallback;
}

/** A triage over a source read twice: every record added, then each triaged. */
export interface ComplaintTriage {
  /** Pass 1: counts a complaint toward the group findings (`index` addresses errors). */
  add(record: Complaint, index?: number): void;
  /** The group findings of the records added; ends pass 1. */
  groups(): readonly GroupFinding[];
  /** Pass 2: one record's triage, its issue's group finding folded in; ends pass 1. */
  triage(record: Complaint, index?: number): TriagedComplaint;
  /** The tally of the records triaged so far. */
  summary(): ComplaintTriageSummary;
}

const check = /* @__PURE__ */ (() => createRecordCheck(COMPLAINT_FIELD_TABLE))();
const groupKey = (projectId: string, issue: string) => `${projectId}\u0000${issue}`;

function checkRecord(record: unknown, index: number | undefined): asserts record is Complaint {
  const problem = check.findProblem(record);
  if (problem === undefined) return;
  const path: (string | number)[] = index === undefined ? [] : [index];
  if (problem.field !== undefined) path.push(problem.field);
  throw new InvalidArgumentError(path, problem.message);
}

/**
 * The two-pass form of {@link triageComplaints}, for sources too large to hold (a file
 * read line by line, a database cursor): `add` every record, then `triage` each. Memory
 * grows with the distinct projects, issues, households and complainants, not with the
 * number of records. Each record is checked cheaply (`InvalidArgumentError` with its
 * index and field); parse records with `parseComplaint` first.
 *
 * @rule CMP-SEV-DETECT
 * @rule CMP-ROUTE-ROLE
 * @rule CMP-DL-REPLY
 * @example
 * ```ts
 * const t = createComplaintTriage({ now: '2026-11-20T10:00:00+08:00' });
 * for (const r of records) t.add(r);
 * for (const r of records) write(t.triage(r));
 * t.summary().overdue.reply; // the records whose reply deadline is missed
 * ```
 */
export function createComplaintTriage(options: TriageComplaintsOptions): ComplaintTriage {
  expectPlainObject(options, ['options']);
  const now = options.now;
  toInstantMs(now, ['options', 'now']);
  const policy = resolveComplaintPolicy(options.policy);
  if (options.calendar !== undefined && !(options.calendar instanceof WorkCalendar)) {
    throw new InvalidArgumentError(['options', 'calendar'], 'expected a WorkCalendar (createWorkCalendar)');
  }
  const fallback = expectOneOf(options.fallback ?? 'none', ['none', 'weekends-only'] as const, [
    'options',
    'fallback',
  ]);
  const deadlineOptions = {
    policy,
    fallback,
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
  };
  const detector = createGroupComplaintDetector({ now, policy });
  let added = 0;
  let byKey: Map<string, GroupFinding> | undefined;
  let findings: readonly GroupFinding[] = [];

  const byCategory = Object.fromEntries(COMPLAINT_CATEGORIES.map((c) => [c, 0])) as Record<
    ComplaintCategory,
    number
  >;
  const byLevel = Object.fromEntries(SEVERITY_LEVELS.map((l) => [l, 0])) as Record<SeverityLevel, number>;
  const overdue = { reply: 0, callback: 0, close: 0 };
  let triaged = 0;
  let fallbackUsed = 0;
  let majorGroups = 0;

  const close = (): Map<string, GroupFinding> => {
    if (byKey === undefined) {
      findings = detector.findings();
      byKey = new Map(findings.map((g) => [groupKey(g.projectId, g.issue), g]));
      majorGroups = findings.filter((g) => g.majorGroup).length;
    }
    return byKey;
  };

  return {
    add(record, index) {
      if (byKey !== undefined) {
        throw new RealtyCrmError(
          'INVALID_ARGUMENT',
          'add every record before the first triage or groups call',
        );
      }
      const i = index ?? added;
      checkRecord(record, i);
      detector.add(record, i);
      added++;
    },
    groups() {
      close();
      return findings;
    },
    triage(record, index) {
      checkRecord(record, index ?? triaged);
      const groups = close();
      const c = record;
      const isComplaint = c.kind === undefined || c.kind === 'complaint';
      const group = isComplaint ? groups.get(groupKey(c.projectId, c.issue)) : undefined;
      const severity = assessComplaintSeverity(
        {
          ...severityFactsOf(c),
          now,
          householdsWithSameIssue: group?.households,
          distinctComplainantsWithin30Days: group?.complainantsWithin30Days,
          simultaneousMajorHouseholds: group?.majorHouseholds,
        },
        { policy },
      );
      const route = routeComplaint(routeInputOf(c, severity.level), { policy });
      const deadlines = computeComplaintDeadlines({ ...deadlineInputOf(c), now }, deadlineOptions);
      const t: TriagedComplaint = {
        id: c.id,
        category: c.category,
        level: severity.level,
        majorGroup: severity.majorGroup,
        role: route.role,
        unit: route.unit,
        replyBy: deadlines.replyBy,
        callbackBy: deadlines.callbackBy ?? null,
        closeBy: deadlines.closeBy ?? null,
        overdue: {
          reply: deadlines.overdue?.reply ?? false,
          callback: deadlines.overdue?.callback ?? null,
          close: deadlines.overdue?.close ?? null,
        },
        reasons: [...severity.reasons, ...route.reasons],
      };
      triaged++;
      byCategory[t.category]++;
      byLevel[t.level]++;
      if (t.overdue.reply) overdue.reply++;
      if (t.overdue.callback === true) overdue.callback++;
      if (t.overdue.close === true) overdue.close++;
      if (t.replyBy.fallbackUsed || t.callbackBy?.fallbackUsed === true || t.closeBy?.fallbackUsed === true)
        fallbackUsed++;
      return t;
    },
    summary() {
      close();
      return {
        complaints: triaged,
        byCategory: { ...byCategory },
        byLevel: { ...byLevel },
        majorGroups,
        overdue: { ...overdue },
        fallbackUsed,
      };
    },
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Triages a batch of complaint records (what {@link parseComplaint} returns), as
 * `realty-crm triage` does: each record's severity with the group findings of the whole
 * batch folded in (a complaint on an issue that reached 20 households is major,
 * `CMP-SEV-DETECT`), its follow-up role and handling unit (`CMP-ROUTE-*`), its deadlines
 * under the policy (`CMP-DL-*`) and whether each is missed at `now`; then the group
 * findings and a tally. Pure: nothing reads the clock; the input is not changed.
 *
 * An array gives the result at once; an async iterable (records streamed from a file)
 * gives a promise, and is held in memory while it is read: for sources too large to hold,
 * use {@link createComplaintTriage} over two passes. Each record is checked cheaply: a bad
 * one is an `InvalidArgumentError` with its index and field.
 *
 * @rule CMP-SEV-DETECT
 * @rule CMP-SEV-MAJOR-COUNT
 * @rule CMP-ROUTE-ROLE
 * @rule CMP-ROUTE-PHASE
 * @rule CMP-DL-REPLY
 * @rule CMP-DL-CALLBACK
 * @example
 * ```ts
 * const r = triageComplaints(
 *   [{ id: 'C-1', projectId: 'P-1', householdId: 'H-101', complainantId: 'U-1', issue: 'roof-leak',
 *      category: 'engineering-quality', receivedAt: '2026-09-30T10:00:00+08:00', channel: 'visit' }],
 *   { now: '2026-10-10T09:00:00+08:00' },
 * );
 * r.complaints[0]?.replyBy.lastDay; // '2026-10-09': National Day 10-01..07 skipped
 * r.complaints[0]?.overdue.reply; // true: no reply by the end of 10-09
 * r.summary.overdue.reply; // 1
 * ```
 */
export function triageComplaints(
  records: readonly Complaint[],
  options: TriageComplaintsOptions,
): ComplaintTriageResult;
export function triageComplaints(
  records: AsyncIterable<Complaint>,
  options: TriageComplaintsOptions,
): Promise<ComplaintTriageResult>;
export function triageComplaints(
  records: readonly Complaint[] | AsyncIterable<Complaint>,
  options: TriageComplaintsOptions,
): ComplaintTriageResult | Promise<ComplaintTriageResult> {
  const t = createComplaintTriage(options);
  const run = (list: readonly Complaint[]): ComplaintTriageResult => {
    list.forEach((r, i) => {
      t.add(r, i);
    });
    const groups = t.groups();
    const complaints = list.map((r, i) => t.triage(r, i));
    return { complaints, groups, summary: t.summary() };
  };
  if (isAsyncIterable(records)) {
    return (async () => {
      const list: Complaint[] = [];
      for await (const r of records) list.push(r);
      return run(list);
    })();
  }
  return run(expectArray(records, ['records']) as readonly Complaint[]);
}
