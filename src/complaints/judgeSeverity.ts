/**
 * The judgement of `assessComplaintSeverity` on facts already checked: the highest level
 * whose condition holds, every condition a reason (`CMP-SEV-*`).
 *
 * @internal
 * @module
 */

import { formatInstant } from '../calendar/days.js';
import { createReason, type LocalizedText, type Reason } from '../core/reason.js';
import { meetsThreshold } from '../core/thresholds.js';
import type { SeverityAssessment, SeverityFacts } from './assessComplaintSeverity.js';
import { compiledFor } from './compileSeverity.js';
import { type ComplaintPolicy, DEFAULT_DELAY_ON_COMPANY_SIDE } from './policy.js';
import { CRISIS_SIGNAL_LABELS } from './tables/labels.js';
import type { SeverityLevel } from './types.js';

/** Judges checked facts; the times come as epoch ms. @internal */
export function judgeSeverity(
  facts: SeverityFacts,
  policy: ComplaintPolicy,
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

  const signals = facts.crisisSignals;
  if (signals !== undefined && signals.length > 0) {
    const list = (locale: 'zh-CN' | 'en') =>
      signals.map((x) => CRISIS_SIGNAL_LABELS[x][locale]).join(locale === 'en' ? '; ' : '；');
    acc = note(
      acc,
      'CMP-SEV-CRISIS',
      { crisisSignals: [...signals] },
      {
        'zh-CN': m.crisis['zh-CN'].replace('{signals}', list('zh-CN')),
        en: m.crisis.en.replace('{signals}', list('en')),
      },
      3,
    );
  }
  const comp = facts.compensationPerHousehold;
  if (comp !== undefined && meetsThreshold(s.majorCompensationPerHouseholdYuan, comp)) {
    acc = note(
      acc,
      'CMP-SEV-MAJOR-COMP',
      { compensationPerHousehold: comp, threshold: s.majorCompensationPerHouseholdYuan, policy: policy.id },
      m['major-compensation'],
      2,
    );
  }
  if (facts.lawsuitFiled === true || facts.mediaExposed === true) {
    acc = note(
      acc,
      'CMP-SEV-MAJOR-LEGAL',
      { lawsuitFiled: facts.lawsuitFiled === true, mediaExposed: facts.mediaExposed === true },
      m['major-legal'],
      2,
    );
  }
  const households = facts.householdsWithSameIssue;
  if (households !== undefined && meetsThreshold(s.majorSameIssueHouseholds, households)) {
    acc = note(
      acc,
      'CMP-SEV-MAJOR-COUNT',
      { householdsWithSameIssue: households, threshold: s.majorSameIssueHouseholds, policy: policy.id },
      m['major-count'],
      2,
    );
  }
  if (facts.demandsReturnOrLargeCompensation === true) {
    acc = note(acc, 'CMP-SEV-MAJOR-CLAIM', { demandsReturnOrLargeCompensation: true }, m['major-claim'], 2);
  }
  const together = s.majorGroupReading === 'complaining-together';
  const group = together ? facts.householdsComplainingTogether : facts.simultaneousMajorHouseholds;
  if (group !== undefined && meetsThreshold(s.majorGroupHouseholds, group)) {
    majorGroup = true;
    acc = note(
      acc,
      'CMP-SEV-GROUP',
      {
        reading: s.majorGroupReading,
        [together ? 'householdsComplainingTogether' : 'simultaneousMajorHouseholds']: group,
        ...(together ? { windowHours: s.majorGroupWindowHours } : {}),
        threshold: s.majorGroupHouseholds,
        policy: policy.id,
      },
      m['major-group'],
      2,
    );
  }
  if (facts.mayLeadToLawsuitOrMedia === true) {
    acc = note(acc, 'CMP-SEV-HOT-RISK', { mayLeadToLawsuitOrMedia: true }, m['hot-risk'], 1);
  }
  const repeat = facts.distinctComplainantsWithin30Days;
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
  const collective = facts.collectiveComplainants;
  if (collective !== undefined && meetsThreshold(s.hotCollectiveComplainants, collective)) {
    acc = note(
      acc,
      'CMP-SEV-HOT-COLLECTIVE',
      { collectiveComplainants: collective, threshold: s.hotCollectiveComplainants, policy: policy.id },
      m['hot-collective'],
      1,
    );
  }
  const delay = facts.delayOnCompanySide;
  if (receivedMs !== undefined && nowMs !== undefined && (delay ?? DEFAULT_DELAY_ON_COMPANY_SIDE)) {
    const unresolvedAtNow = resolvedMs === undefined || resolvedMs > nowMs;
    // LAW-ELAPSED: the age is elapsed time, received + 7 x 24 h, reached at that instant (届满).
    if (unresolvedAtNow && meetsThreshold(compiled.staleAge, nowMs - receivedMs)) {
      const receivedIso = formatInstant(receivedMs);
      acc = note(
        acc,
        'CMP-SEV-HOT-STALE',
        {
          receivedAt: receivedIso,
          now: formatInstant(nowMs),
          hoursUnresolved: Math.floor((nowMs - receivedMs) / 3_600_000),
          thresholdDays: s.hotStaleAfterDays,
          delayOnCompanySide: delay === undefined ? 'presumed' : true,
          policy: policy.id,
        },
        delay === undefined ? presumed(m['hot-stale']) : m['hot-stale'],
        1,
      );
      const due = formatInstant(receivedMs + compiled.staleMs);
      acc = note(
        acc,
        'LAW-ELAPSED',
        { since: receivedIso, elapsedDays: s.hotStaleAfterDays, reachedAt: due },
        {
          'zh-CN': `按经过时间计算：受理后${s.hotStaleAfterDays}×24小时即${due}届满，不因休息日或节假日顺延`,
          en: `Elapsed time: ${s.hotStaleAfterDays} x 24 h after receipt, reached at ${due}, with no rest-day extension`,
        },
        1,
      );
    }
  }
  if (acc === null) return compiled.general;
  return { level: LEVEL_BY_RANK[acc.rank] as SeverityLevel, majorGroup, reasons: acc.reasons };
}

/** The stale message when nobody said whose side the delay is on. */
function presumed(text: LocalizedText): LocalizedText {
  return {
    'zh-CN': `${text['zh-CN']}（未说明延误原因，按我方原因计）`,
    en: `${text.en} (no side was given for the delay: taken as the company's)`,
  };
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
