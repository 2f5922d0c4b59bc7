import type { InstantInput } from '../calendar/days.js';
import { toDayNumber, toInstantMs } from '../calendar/days.js';
import type { Deadline } from '../calendar/deadline.js';
import type { CoverageFallback } from '../calendar/options.js';
import { WorkCalendar } from '../calendar/workCalendar.js';
import { expectArray, expectOneOf, expectPlainObject } from '../core/checks.js';
import { deepFreeze } from '../core/deepFreeze.js';
import { InvalidArgumentError, RealtyCrmError } from '../core/errors.js';
import type { Reason } from '../core/reason.js';
import { createRecordCheck } from '../records/createRecordCheck.js';
import {
  assessComplaintSeverity,
  type SeverityAssessment,
  type SeverityFacts,
} from './assessComplaintSeverity.js';
import {
  type ComplaintDeadlineInput,
  type ComplaintDeadlines,
  computeComplaintDeadlines,
} from './computeComplaintDeadlines.js';
import { createGroupComplaintDetector, type GroupFinding } from './detectGroupComplaints.js';
import type { ComplaintPolicyInput } from './policy.js';
import { resolveComplaintPolicy } from './policySchema.js';
import { readContactInfo } from './readContactInfo.js';
import { type ComplaintRoute, type RouteInput, routeComplaint } from './routeComplaint.js';
import type { Complaint } from './schemas.js';
import { COMPLAINT_FIELD_TABLE } from './tables/fields.js';
import { toDeadlineInput } from './toDeadlineInput.js';
import { mapSeverityFacts } from './toSeverityFacts.js';
import {
  COMPLAINT_CATEGORIES,
  type ComplaintCategory,
  SEVERITY_LEVELS,
  type SeverityLevel,
} from './types.js';

// ---- From the record to each decision's input: in one place -----------------------------
// The complaints module's adapters map the record: toSeverityFacts' mapping (the group counts
// of its issue and `now` folded in; mapSeverityFacts, without the adapter's checks, since
// every record here was checked once against the field table) and toDeadlineInput (no `now`:
// overdue is judged below, so deadlines can be shared between records); routing reads the
// record itself.

/** The severity facts of a complaint record at `now`, with its issue's group counts. */
const severityFactsOf = (c: Complaint, group: GroupFinding | undefined, now: InstantInput): SeverityFacts =>
  mapSeverityFacts(c, now, group);

/** The deadline input of a complaint record (no `now`: overdue is judged below). */
const deadlineInputOf = (c: Complaint): ComplaintDeadlineInput => toDeadlineInput(c);

/** The routing input of a complaint record and its level. */
const routeInputOf = (c: Complaint, level: SeverityLevel): RouteInput => ({ ...c, level });

/**
 * Whether a deadline is missed at `now` (`ComplaintDeadlines.overdue`): not done before its
 * end (`LAW-PERIOD-END`), whether done late or still not done; each deadline with the field
 * that says it was done.
 */
function overdueOf(d: ComplaintDeadlines, c: Complaint, nowMs: number): TriagedComplaint['overdue'] {
  // isDeadlinePassed, without a Date per check: done (or now) at or after the exclusive end.
  const missed = (deadline: Deadline, doneAt: string | undefined) =>
    (doneAt === undefined ? nowMs : toInstantMs(doneAt, [])) >= deadline.endsAt.getTime();
  // As computeComplaintDeadlines judges it: a callback before the latest completion was the
  // previous round's, and this round's is still owed.
  const called =
    c.calledBackAt !== undefined &&
    c.handlingCompletedAt !== undefined &&
    toInstantMs(c.calledBackAt, []) < toInstantMs(c.handlingCompletedAt, [])
      ? undefined
      : c.calledBackAt;
  return {
    reply: missed(d.replyBy, c.repliedAt),
    callback: d.callbackBy === undefined ? null : missed(d.callbackBy, called),
    close: d.closeBy === undefined ? null : missed(d.closeBy, c.closedAt),
  };
}

// Complaints received (or handled) on the same Asia/Shanghai day have the same deadlines,
// with the same reasons, under a policy without a daily cut-off (LAW-WORKDAY-PERIOD and
// LAW-PERIOD-* count from the start's day); complaints alike in what routing reads have the
// same route. A triage computes each once and shares it (frozen): the same result, a
// fraction of the work on a large file. A test holds it equal to computing each anew.

/** A yes/no field that may be absent, as 0 (absent), 1 (false) or 2 (true). */
const tri = (b: boolean | undefined): number => (b === undefined ? 0 : b ? 2 : 1);

/**
 * The deadline key of a record: the days its deadlines count from, and what decides which
 * exist (contact left, anonymous, a reply letter only), as one number (receipt day,
 * handling-completed day, the three flags), so a lookup hashes no string.
 */
const deadlineKey = (c: Complaint): number => {
  const received = toDayNumber(c.receivedAt, ['receivedAt']);
  const handled =
    c.handlingCompletedAt === undefined
      ? 0
      : toDayNumber(c.handlingCompletedAt, ['handlingCompletedAt']) - received + 50_000;
  // Day numbers of years 0000-9999 fit in 23 bits; a handling day within ±50,000 days of
  // receipt in 17; times 27 for the flags: under 2^22, so the key stays under 2^45.
  const flags = tri(readContactInfo(c)) * 9 + tri(c.anonymous) * 3 + tri(c.replyLetterOnly);
  return (received + 800_000) * 4_194_304 + handled * 27 + flags;
};

const CATEGORY_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  COMPLAINT_CATEGORIES.map((c, i) => [c, i]),
);
const LEVEL_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  SEVERITY_LEVELS.map((l, i) => [l, i]),
);

/**
 * The route key of a record and its level: everything routing reads (category, level,
 * the three exception flags, and when a delivery day is given, the receipt's day against
 * it), as a number; the delivery days themselves are the memo's string key ({@link routeSub}).
 */
const routeKey = (c: Complaint, level: SeverityLevel): number =>
  ((((CATEGORY_INDEX[c.category] as number) * 4 + (LEVEL_INDEX[level] as number)) * 2 +
    (c.inWarranty === true ? 1 : 0)) *
    2 +
    (c.involvesDeveloperCompensation === true ? 1 : 0)) *
    2 +
  (c.developerLegacyIssue === true ? 1 : 0) +
  (c.centralizedDeliveryAt === undefined && c.deliveredToOwnerOn === undefined
    ? 0
    : 64 * (toDayNumber(c.receivedAt, ['receivedAt']) + 800_000));

/** The delivery days routing reads (centralized, the owner's own), or `undefined` when neither is given. */
const routeSub = (c: Complaint): string | undefined =>
  c.centralizedDeliveryAt === undefined && c.deliveredToOwnerOn === undefined
    ? undefined
    : `${c.centralizedDeliveryAt ?? ''}|${c.deliveredToOwnerOn ?? ''}`;

/** A bounded memo by a number and, when given, a string: cleared when it holds `max` entries, so memory stays bounded on any input. */
function memo<T>(max: number): (key: number, sub: string | undefined, compute: () => T) => T {
  const byNumber = new Map<number, T>();
  const byString = new Map<string, Map<number, T>>();
  let size = 0;
  return (key, sub, compute) => {
    let map = byNumber;
    if (sub !== undefined) {
      let m = byString.get(sub);
      if (m === undefined) {
        m = new Map();
        byString.set(sub, m);
      }
      map = m;
    }
    let v = map.get(key);
    if (v === undefined) {
      if (size >= max) {
        byNumber.clear();
        byString.clear();
        size = 0;
      }
      v = deepFreeze(compute());
      map.set(key, v);
      size++;
    }
    return v;
  };
}

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
  return createTriage(options, true);
}

/**
 * {@link createComplaintTriage} for records already checked against the complaint field
 * table (the CLI's import checks every record once): the same, without checking them again.
 *
 * @internal
 */
export function createComplaintTriageOfCheckedRecords(options: TriageComplaintsOptions): ComplaintTriage {
  return createTriage(options, false);
}

function createTriage(options: TriageComplaintsOptions, checks: boolean): ComplaintTriage {
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
  const nowMs = toInstantMs(now, ['options', 'now']);
  // `now` read once: the decisions take it as a Date, not a string to parse per record.
  const nowDate = new Date(nowMs);
  // With a daily cut-off, the time of day moves a start: no sharing by day then.
  const byDay = policy.deadlines.cutoff === null;
  const deadlinesMemo = memo<ComplaintDeadlines>(20_000);
  const routeMemo = memo<ComplaintRoute>(20_000);
  const detector = createGroupComplaintDetector({ now, policy });
  let added = 0;
  let byKey: Map<string, Map<string, GroupFinding>> | undefined;
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

  const close = (): Map<string, Map<string, GroupFinding>> => {
    if (byKey === undefined) {
      findings = detector.findings();
      byKey = new Map();
      for (const g of findings) {
        let issues = byKey.get(g.projectId);
        if (issues === undefined) {
          issues = new Map();
          byKey.set(g.projectId, issues);
        }
        issues.set(g.issue, g);
      }
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
      if (checks) checkRecord(record, i);
      detector.add(record, i);
      added++;
    },
    groups() {
      close();
      return findings;
    },
    triage(record, index) {
      if (checks) checkRecord(record, index ?? triaged);
      const groups = close();
      const c = record;
      const isComplaint = c.kind === undefined || c.kind === 'complaint';
      const group = isComplaint ? groups.get(c.projectId)?.get(c.issue) : undefined;
      const severity = assessComplaintSeverity(severityFactsOf(c, group, nowDate), { policy });
      const level = severity.level;
      const route = routeMemo(routeKey(c, level), routeSub(c), () =>
        routeComplaint(routeInputOf(c, level), { policy }),
      );
      const deadlines = byDay
        ? deadlinesMemo(deadlineKey(c), undefined, () =>
            computeComplaintDeadlines(deadlineInputOf(c), deadlineOptions),
          )
        : computeComplaintDeadlines(deadlineInputOf(c), deadlineOptions);
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
        overdue: overdueOf(deadlines, c, nowMs),
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
