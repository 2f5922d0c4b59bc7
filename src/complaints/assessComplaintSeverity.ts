import type { InstantInput } from '../calendar/days.js';
import { formatInstant, toInstantMs } from '../calendar/days.js';
import { createReason, type Decision, type LocalizedText, type Reason } from '../core/reason.js';
import { meetsThreshold } from '../core/thresholds.js';
import { compiledFor } from './compileSeverity.js';
import { type ComplaintPolicyInput, resolveComplaintPolicy } from './policy.js';
import { CRISIS_SIGNAL_LABELS } from './tables/labels.js';
import type { CrisisSignal, SeverityLevel } from './types.js';

/** The facts severity is judged on; every one optional (`CMP-SEV-*`). */
export interface SeverityFacts {
  /** Compensation claimed per household, in yuan (`CMP-SEV-MAJOR-COMP`). */
  readonly compensationPerHousehold?: number | undefined;
  /** A lawsuit has been filed (`CMP-SEV-MAJOR-LEGAL`). */
  readonly lawsuitFiled?: boolean | undefined;
  /** The media have exposed the complaint (`CMP-SEV-MAJOR-LEGAL`). */
  readonly mediaExposed?: boolean | undefined;
  /** Households that have complained about the same issue, in total (`CMP-SEV-MAJOR-COUNT`). */
  readonly householdsWithSameIssue?: number | undefined;
  /** Households with a major complaint on the same issue at the same time (`CMP-SEV-GROUP`). */
  readonly simultaneousMajorHouseholds?: number | undefined;
  /** The customer claims serious loss and demands to return the home or a very large compensation (`CMP-SEV-MAJOR-CLAIM`). */
  readonly demandsReturnOrLargeCompensation?: boolean | undefined;
  /** The complaint may lead to a lawsuit or media exposure (`CMP-SEV-HOT-RISK`). */
  readonly mayLeadToLawsuitOrMedia?: boolean | undefined;
  /** Distinct complainants of the same complaint in the sliding 30 days (`CMP-SEV-HOT-REPEAT`). */
  readonly distinctComplainantsWithin30Days?: number | undefined;
  /** People in a collective complaint (`CMP-SEV-HOT-COLLECTIVE`). */
  readonly collectiveComplainants?: number | undefined;
  /** When the complaint was registered (`CMP-SEV-HOT-STALE`). */
  readonly registeredAt?: InstantInput | undefined;
  /** When it was resolved, if it was. */
  readonly resolvedAt?: InstantInput | undefined;
  /** The moment of judgement, needed for `CMP-SEV-HOT-STALE`. */
  readonly now?: InstantInput | undefined;
  /** The delay is for reasons on the company's side (由于我方原因) (`CMP-SEV-HOT-STALE`). */
  readonly delayOnCompanySide?: boolean | undefined;
  /** Crisis signals present (`CMP-SEV-CRISIS`). */
  readonly crisisSignals?: readonly CrisisSignal[] | undefined;
}

/** A severity judgement: the highest level whose condition holds, and every condition that holds. */
export type SeverityAssessment = Decision<{
  /** 危机事件, 重大投诉, 热点投诉 or 一般投诉. */
  readonly level: SeverityLevel;
  /** A major group complaint (重大群诉, `CMP-SEV-GROUP`): handled with the crisis procedure. */
  readonly majorGroup: boolean;
}>;

/** The options of {@link assessComplaintSeverity}. */
export interface SeverityOptions {
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: ComplaintPolicyInput;
}

/**
 * A complaint's severity (投诉重要性, `CMP-SEV-*`): crisis, major, hot or general. The
 * highest level whose condition holds wins; every condition that holds is a reason. A
 * major group complaint (10 or more households at once with a major complaint on the same
 * issue) is level `major` with `majorGroup: true`, handled with the crisis procedure
 * (`CMP-SEV-GROUP`). Thresholds are read the law's way (`LAW-THRESHOLD`): 超过2万元 is
 * `> 20000`, 20户以上 is `>= 20`. Staleness is elapsed time, 7 x 24 h (`LAW-ELAPSED`).
 *
 * Counts no single record holds (households with the same issue, complainants in a
 * month, simultaneous major households) come from {@link detectGroupComplaints}.
 *
 * @rule CMP-SEV-CRISIS
 * @rule CMP-SEV-MAJOR-COMP
 * @rule CMP-SEV-MAJOR-LEGAL
 * @rule CMP-SEV-MAJOR-COUNT
 * @rule CMP-SEV-MAJOR-CLAIM
 * @rule CMP-SEV-GROUP
 * @rule CMP-SEV-HOT-RISK
 * @rule CMP-SEV-HOT-REPEAT
 * @rule CMP-SEV-HOT-COLLECTIVE
 * @rule CMP-SEV-HOT-STALE
 * @rule CMP-SEV-GENERAL
 * @example
 * ```ts
 * assessComplaintSeverity({ compensationPerHousehold: 20000 }).level; // 'general': 超过 excludes 20,000
 * assessComplaintSeverity({ compensationPerHousehold: 20000.01 }).level; // 'major'
 * const s = assessComplaintSeverity({ simultaneousMajorHouseholds: 10 });
 * [s.level, s.majorGroup]; // ['major', true]
 * ```
 */
export function assessComplaintSeverity(facts: SeverityFacts, options?: SeverityOptions): SeverityAssessment {
  const policy = resolveComplaintPolicy(options?.policy);
  const compiled = compiledFor(policy);
  const s = policy.severity;
  const m = compiled.messages;
  // Created on the first condition that holds: a general complaint allocates nothing.
  let acc: Found | null = null;
  let majorGroup = false;

  const signals = facts.crisisSignals;
  if (signals !== undefined && signals.length > 0) {
    const list = (locale: 'zh-CN' | 'en') =>
      signals.map((x) => CRISIS_SIGNAL_LABELS[x]?.[locale] ?? x).join(locale === 'en' ? '; ' : '；');
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
      { compensationPerHousehold: comp, threshold: s.majorCompensationPerHouseholdYuan },
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
      { householdsWithSameIssue: households, threshold: s.majorSameIssueHouseholds },
      m['major-count'],
      2,
    );
  }
  if (facts.demandsReturnOrLargeCompensation === true) {
    acc = note(acc, 'CMP-SEV-MAJOR-CLAIM', { demandsReturnOrLargeCompensation: true }, m['major-claim'], 2);
  }
  const group = facts.simultaneousMajorHouseholds;
  if (group !== undefined && meetsThreshold(s.majorGroupHouseholds, group)) {
    majorGroup = true;
    acc = note(
      acc,
      'CMP-SEV-GROUP',
      { simultaneousMajorHouseholds: group, threshold: s.majorGroupHouseholds },
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
      { collectiveComplainants: collective, threshold: s.hotCollectiveComplainants },
      m['hot-collective'],
      1,
    );
  }
  if (facts.registeredAt !== undefined && facts.now !== undefined && facts.delayOnCompanySide === true) {
    const registered = toInstantMs(facts.registeredAt, ['facts', 'registeredAt']);
    const now = toInstantMs(facts.now, ['facts', 'now']);
    const resolved =
      facts.resolvedAt === undefined ? undefined : toInstantMs(facts.resolvedAt, ['facts', 'resolvedAt']);
    const unresolvedAtNow = resolved === undefined || resolved > now;
    // LAW-ELAPSED: the age is elapsed time, registered + 7 x 24 h, reached at that instant (届满).
    if (unresolvedAtNow && meetsThreshold(compiled.staleAge, now - registered)) {
      const registeredIso = formatInstant(registered);
      acc = note(
        acc,
        'CMP-SEV-HOT-STALE',
        {
          registeredAt: registeredIso,
          now: formatInstant(now),
          hoursUnresolved: Math.floor((now - registered) / 3_600_000),
          thresholdDays: s.hotStaleAfterDays,
        },
        m['hot-stale'],
        1,
      );
      const due = formatInstant(registered + compiled.staleMs);
      acc = note(
        acc,
        'LAW-ELAPSED',
        { since: registeredIso, elapsedDays: s.hotStaleAfterDays, reachedAt: due },
        {
          'zh-CN': `按经过时间计算：登记后${s.hotStaleAfterDays}×24小时即${due}届满，不因休息日或节假日顺延`,
          en: `Elapsed time: ${s.hotStaleAfterDays} x 24 h after registration, reached at ${due}, with no rest-day extension`,
        },
        1,
      );
    }
  }
  if (acc === null) return compiled.general;
  return { level: LEVEL_BY_RANK[acc.rank] as SeverityLevel, majorGroup, reasons: acc.reasons };
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
