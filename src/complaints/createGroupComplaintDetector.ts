import { type InstantInput, MS_PER_DAY, toInstantMs, tryParseInstant } from '../calendar/days.js';
import { describeType, isPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { meetsThreshold } from '../core/thresholds.js';
import { checkGroupRecord, notARecord } from './checkGroupRecord.js';
import { expectKnownKeys, expectOptions } from './checkInputs.js';
import type {
  GroupComplaintDetector,
  GroupComplaintRecord,
  GroupDetectionOptions,
  GroupFinding,
} from './detectGroupComplaints.js';
import {
  createGroupLog,
  createLogCounter,
  type GroupLog,
  logComplaint,
  OPEN,
  OPEN_MAJOR,
} from './groupCounts.js';
import type { ComplaintPolicyInput } from './policy.js';
import { resolveComplaintPolicy } from './resolveComplaintPolicy.js';
import { toGroupFinding } from './toGroupFinding.js';

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The detector behind {@link detectGroupComplaints}, for input that arrives as a stream
 * (a file read line by line): memory grows with the distinct projects, issues, households
 * and recent complainants, and by a few bytes per complaint (its receipt instant, household
 * number and open flags in typed arrays: the households complaining together need every
 * receipt instant), never by a Map or Set entry per complaint.
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

  // project -> issue -> log: nested maps, so no key string is built per record.
  const projects = new Map<string, Map<string, GroupLog>>();
  // Every household id numbered once for the run: a log keeps numbers, not strings.
  const householdNumbers = new Map<string, number>();
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

    // Every check before anything is counted: a record refused leaves the counts as they were.
    const resolvedAt = c.resolvedAt;
    let resolved: number | undefined;
    if (resolvedAt !== undefined) {
      resolved = tryParseInstant(resolvedAt);
      if (resolved === undefined) throw badInstant(i, 'resolvedAt', resolvedAt);
      if (resolved < received) {
        throw new InvalidArgumentError(
          [i, 'resolvedAt'],
          'is before receivedAt: a complaint is resolved after it is received',
        );
      }
    }
    const comp = c.compensationClaimed;
    const signals = c.crisisSignals;
    const open =
      resolved !== undefined && resolved <= now
        ? 0
        : c.lawsuitFiled === true ||
            c.mediaExposed === true ||
            c.demandsReturnOrLargeCompensation === true ||
            (comp !== undefined && meetsThreshold(compThreshold, comp)) ||
            (signals !== undefined && signals.length > 0)
          ? OPEN | OPEN_MAJOR
          : OPEN;

    let issues = projects.get(c.projectId);
    if (issues === undefined) {
      issues = new Map();
      projects.set(c.projectId, issues);
    }
    let g = issues.get(c.issue);
    if (g === undefined) {
      g = createGroupLog(c.projectId, c.issue);
      issues.set(c.issue, g);
    }
    let home = householdNumbers.get(c.householdId);
    if (home === undefined) {
      home = householdNumbers.size;
      householdNumbers.set(c.householdId, home);
    }
    logComplaint(g, received, home, open);
    if (received >= windowStart) g.complainants.add(c.complainantId);
  };

  const findings = (): GroupFinding[] => {
    const groups: GroupLog[] = [];
    for (const issues of projects.values()) for (const g of issues.values()) groups.push(g);
    groups.sort((a, b) => byCodeUnits(a.projectId, b.projectId) || byCodeUnits(a.issue, b.issue));

    const nowIso = new Date(now).toISOString();
    const countsOf = createLogCounter(householdNumbers.size, togetherMs);
    return groups.map((g) =>
      toGroupFinding(
        {
          projectId: g.projectId,
          issue: g.issue,
          complainantsWithin30Days: g.complainants.size,
          ...countsOf(g),
        },
        policy,
        nowIso,
      ),
    );
  };

  return { add, findings };
}

function badInstant(index: number, field: string, value: unknown): InvalidArgumentError {
  return new InvalidArgumentError(
    [index, field],
    `expected a valid Date or an ISO 8601 instant with an offset, got ${describeType(value)}`,
  );
}
