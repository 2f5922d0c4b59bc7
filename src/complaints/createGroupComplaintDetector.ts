import { type InstantInput, MS_PER_DAY, toInstantMs, tryParseInstant } from '../calendar/days.js';
import { describeType, isPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason } from '../core/reason.js';
import { meetsThreshold } from '../core/thresholds.js';
import { assessComplaintSeverity } from './assessComplaintSeverity.js';
import { assessEscalation } from './assessEscalation.js';
import { checkGroupRecord, notARecord } from './checkGroupRecord.js';
import { expectKnownKeys, expectOptions } from './checkInputs.js';
import type {
  GroupComplaintDetector,
  GroupComplaintRecord,
  GroupDetectionOptions,
  GroupFinding,
} from './detectGroupComplaints.js';
import { mostTogether } from './mostTogether.js';
import type { ComplaintPolicyInput } from './policy.js';
import { resolveComplaintPolicy } from './policySchema.js';

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
    // A cheap test here; isPlainObject (a prototype walk) only on a record that fails a check.
    if (typeof c !== 'object' || c === null || Array.isArray(c)) notARecord(c, i);
    const received = tryParseInstant(c.receivedAt);
    if (received === undefined) {
      if (!isPlainObject(c)) notARecord(c, i);
      throw badInstant(i, 'receivedAt', c.receivedAt);
    }
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
        throw new InvalidArgumentError(
          [i, 'resolvedAt'],
          'is before receivedAt: a complaint is resolved after it is received',
        );
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
        reasons: [
          detect,
          ...assessment.reasons,
          ...(escalation.stage === 'warning' ? escalation.reasons : []),
        ],
      };
    });
  };

  return { add, findings };
}

function badInstant(index: number, field: string, value: unknown): InvalidArgumentError {
  return new InvalidArgumentError(
    [index, field],
    `expected a valid Date or an ISO 8601 instant with an offset, got ${describeType(value)}`,
  );
}
