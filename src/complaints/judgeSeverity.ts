/**
 * The judgement of `assessComplaintSeverity`: the highest level whose condition holds,
 * every condition a reason (`CMP-SEV-*`). Each fact is checked where it is read, so the
 * hot path reads it once.
 *
 * @internal
 * @module
 */

import { formatInstant } from '../calendar/days.js';
import { expectArray, expectBoolean, expectNumber, expectOneOf } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type LocalizedText, type Reason } from '../core/reason.js';
import { meetsThreshold } from '../core/thresholds.js';
import type { SeverityAssessment, SeverityFacts } from './assessComplaintSeverity.js';
import { type CompiledSeverity, compiledFor } from './compileSeverity.js';
import { DEFAULT_DELAY_ON_COMPANY_SIDE } from './policy.js';
import type { SeverityPolicy } from './severityPolicy.js';
import { CRISIS_SIGNAL_LABELS } from './tables/labels.js';
import { CRISIS_SIGNALS, type CrisisSignal, type SeverityLevel } from './types.js';

/** Checks and judges the facts; the times come checked, as epoch ms. @internal */
export function judgeSeverity(
  facts: SeverityFacts,
  policy: SeverityPolicy,
  receivedMs: number | undefined,
  resolvedMs: number | undefined,
  nowMs: number | undefined,
): SeverityAssessment {
  const compiled = compiledFor(policy);
  const s = policy.severity;
  const m = compiled.messages;
  // Created on the first condition that holds: a general complaint allocates nothing.
  let acc: Found | null = null;
  let majorGroup = false;

  // Each fact is checked where it is read (convention 13), so the hot path reads it once.
  const signals = facts.crisisSignals;
  if (signals !== undefined) checkSignals(signals);
  if (signals !== undefined && signals.length > 0) acc = noteCrisis(signals, m);
  const comp = facts.compensationPerHousehold;
  if (comp !== undefined && !(typeof comp === 'number' && comp >= 0 && comp < Number.POSITIVE_INFINITY)) {
    badAmount(comp);
  }
  if (comp !== undefined && meetsThreshold(s.majorCompensationPerHouseholdYuan, comp)) {
    acc = note(
      acc,
      'CMP-SEV-MAJOR-COMP',
      { compensationPerHousehold: comp, threshold: s.majorCompensationPerHouseholdYuan, policy: policy.id },
      m['major-compensation'],
      2,
    );
  }
  const lawsuit = flag(facts.lawsuitFiled, 'lawsuitFiled');
  const media = flag(facts.mediaExposed, 'mediaExposed');
  if (lawsuit === true || media === true) {
    acc = note(
      acc,
      'CMP-SEV-MAJOR-LEGAL',
      { lawsuitFiled: lawsuit === true, mediaExposed: media === true },
      m['major-legal'],
      2,
    );
  }
  const households = count(facts.householdsWithSameIssue, 'householdsWithSameIssue');
  if (households !== undefined && meetsThreshold(s.majorSameIssueHouseholds, households)) {
    acc = note(
      acc,
      'CMP-SEV-MAJOR-COUNT',
      { householdsWithSameIssue: households, threshold: s.majorSameIssueHouseholds, policy: policy.id },
      m['major-count'],
      2,
    );
  }
  if (flag(facts.demandsReturnOrLargeCompensation, 'demandsReturnOrLargeCompensation') === true) {
    acc = note(acc, 'CMP-SEV-MAJOR-CLAIM', { demandsReturnOrLargeCompensation: true }, m['major-claim'], 2);
  }
  const together = s.majorGroupReading === 'complaining-together';
  // Both readings' counts are checked; the policy's reading picks the one that decides.
  const togetherCount = count(facts.householdsComplainingTogether, 'householdsComplainingTogether');
  const simultaneous = count(facts.simultaneousMajorHouseholds, 'simultaneousMajorHouseholds');
  const group = together ? togetherCount : simultaneous;
  if (group !== undefined && meetsThreshold(s.majorGroupHouseholds, group)) {
    majorGroup = true;
    acc = noteGroup(acc, group, policy, m['major-group']);
  }
  if (flag(facts.mayLeadToLawsuitOrMedia, 'mayLeadToLawsuitOrMedia') === true) {
    acc = note(acc, 'CMP-SEV-HOT-RISK', { mayLeadToLawsuitOrMedia: true }, m['hot-risk'], 1);
  }
  const repeat = count(facts.distinctComplainantsWithin30Days, 'distinctComplainantsWithin30Days');
  if (repeat !== undefined && meetsThreshold(s.hotRepeatComplainants, repeat)) {
    acc = note(
      acc,
      'CMP-SEV-HOT-REPEAT',
      {
        distinctComplainantsWithin30Days: repeat,
        threshold: s.hotRepeatComplainants,
        windowDays: s.hotRepeatWindowDays,
        policy: policy.id,
      },
      m['hot-repeat'],
      1,
    );
  }
  const collective = count(facts.collectiveComplainants, 'collectiveComplainants');
  if (collective !== undefined && meetsThreshold(s.hotCollectiveComplainants, collective)) {
    acc = note(
      acc,
      'CMP-SEV-HOT-COLLECTIVE',
      { collectiveComplainants: collective, threshold: s.hotCollectiveComplainants, policy: policy.id },
      m['hot-collective'],
      1,
    );
  }
  const delay = flag(facts.delayOnCompanySide, 'delayOnCompanySide');
  if (receivedMs !== undefined && nowMs !== undefined && (delay ?? DEFAULT_DELAY_ON_COMPANY_SIDE)) {
    const unresolvedAtNow = resolvedMs === undefined || resolvedMs > nowMs;
    // LAW-ELAPSED: the age is elapsed time, received + 7 x 24 h, reached at that instant (届满).
    if (unresolvedAtNow && meetsThreshold(compiled.staleAge, nowMs - receivedMs)) {
      acc = noteStale(acc, receivedMs, nowMs, delay === undefined, policy, compiled);
    }
  }
  if (acc === null) return compiled.general;
  return { level: LEVEL_BY_RANK[acc.rank] as SeverityLevel, majorGroup, reasons: acc.reasons };
}

// The rare conditions, out of line: the common path stays small enough to inline its calls.

/** `CMP-SEV-CRISIS`, with the signals named. */
function noteCrisis(signals: readonly CrisisSignal[], m: CompiledSeverity['messages']): Found {
  // In English the labels follow "Crisis:" in the sentence: lower case, as the other reasons' are.
  const list = (locale: 'zh-CN' | 'en') =>
    locale === 'en'
      ? signals
          .map((x) => {
            const label = CRISIS_SIGNAL_LABELS[x].en;
            return `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
          })
          .join('; ')
      : signals.map((x) => CRISIS_SIGNAL_LABELS[x]['zh-CN']).join('；');
  return note(
    null,
    'CMP-SEV-CRISIS',
    { crisisSignals: [...signals] },
    {
      'zh-CN': m.crisis['zh-CN'].replace('{signals}', list('zh-CN')),
      en: m.crisis.en.replace('{signals}', list('en')),
    },
    3,
  );
}

/** `CMP-SEV-GROUP`, under the policy's reading. */
function noteGroup(acc: Found | null, group: number, policy: SeverityPolicy, message: LocalizedText): Found {
  const s = policy.severity;
  const together = s.majorGroupReading === 'complaining-together';
  return note(
    acc,
    'CMP-SEV-GROUP',
    {
      reading: s.majorGroupReading,
      [together ? 'householdsComplainingTogether' : 'simultaneousMajorHouseholds']: group,
      ...(together ? { windowHours: s.majorGroupWindowHours } : {}),
      threshold: s.majorGroupHouseholds,
      policy: policy.id,
    },
    message,
    2,
  );
}

/** `CMP-SEV-HOT-STALE` and the elapsed-time reason (`LAW-ELAPSED`). */
function noteStale(
  acc: Found | null,
  receivedMs: number,
  nowMs: number,
  presumedSide: boolean,
  policy: SeverityPolicy,
  compiled: CompiledSeverity,
): Found {
  const s = policy.severity;
  const m = compiled.messages;
  const receivedIso = formatInstant(receivedMs);
  const found = note(
    acc,
    'CMP-SEV-HOT-STALE',
    {
      receivedAt: receivedIso,
      now: formatInstant(nowMs),
      hoursUnresolved: Math.floor((nowMs - receivedMs) / 3_600_000),
      thresholdDays: s.hotStaleAfterDays,
      delayOnCompanySide: presumedSide ? 'presumed' : true,
      policy: policy.id,
    },
    presumedSide ? compiled.stalePresumed : m['hot-stale'],
    1,
  );
  const due = formatInstant(receivedMs + compiled.staleMs);
  return note(
    found,
    'LAW-ELAPSED',
    { since: receivedIso, elapsedDays: s.hotStaleAfterDays, reachedAt: due },
    {
      'zh-CN': `按经过时间计算：受理后${s.hotStaleAfterDays}×24小时即${due}届满，不因休息日或节假日顺延`,
      en: `Elapsed time: ${s.hotStaleAfterDays} x 24 h after receipt, reached at ${due}, with no rest-day extension`,
    },
    1,
  );
}

// The checks on the hot path are a few bytes each, so that the engine inlines them and the
// threshold tests after them; what builds an error is out of line.

/** A whole count >= 0, or absent, returned as given. */
function count(v: unknown, key: string): number | undefined {
  if (v !== undefined && !(typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)) badCount(v, key);
  return v as number | undefined;
}

/** `true`, `false`, or absent. */
function flag(v: unknown, key: string): boolean | undefined {
  if (v !== undefined && typeof v !== 'boolean') badFlag(v, key);
  return v as boolean | undefined;
}

function badCount(v: unknown, key: string): never {
  expectNumber(v, [key], { min: 0, integer: true });
  throw new InvalidArgumentError([key], 'expected a whole number >= 0'); // not reached: expectNumber refuses it
}

function badFlag(v: unknown, key: string): never {
  expectBoolean(v, [key]);
  throw new InvalidArgumentError([key], 'expected true or false'); // not reached: expectBoolean refuses it
}

function badAmount(v: unknown): never {
  expectNumber(v, ['compensationPerHousehold'], { min: 0 });
  throw new InvalidArgumentError(['compensationPerHousehold'], 'expected a number >= 0'); // not reached
}

const KNOWN_SIGNALS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(CRISIS_SIGNALS);

/** Crisis signals: an array of known signals (checked without allocating; the error path names the element). */
function checkSignals(signals: unknown): void {
  if (Array.isArray(signals)) {
    let i = 0;
    while (i < signals.length && i in signals && KNOWN_SIGNALS.has(signals[i])) i++;
    if (i === signals.length) return;
  }
  const list = expectArray(signals, ['crisisSignals']);
  for (let i = 0; i < list.length; i++) expectOneOf(list[i], CRISIS_SIGNALS, ['crisisSignals', i]);
}

/** The conditions found so far. */
interface Found {
  readonly reasons: Reason[];
  /** 0 general, 1 hot, 2 major, 3 crisis. */
  rank: number;
}

function note(
  acc: Found | null,
  rule: Reason['rule'],
  facts: Reason['facts'],
  message: LocalizedText,
  rank: number,
): Found {
  const found = acc ?? { reasons: [], rank: 0 };
  found.reasons.push(createReason(rule, facts, message));
  if (rank > found.rank) found.rank = rank;
  return found;
}

const LEVEL_BY_RANK: readonly SeverityLevel[] = ['general', 'hot', 'major', 'crisis'];
