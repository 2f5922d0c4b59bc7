import type { InstantInput } from '../calendar/days.js';
import { describeType } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { Decision } from '../core/reason.js';
import { checkComplaintRecord } from './checkComplaintRecord.js';
import { expectKnownKeys, expectOptions, instantMs } from './checkInputs.js';
import type { GroupFinding } from './detectGroupComplaints.js';
import { judgeSeverity } from './judgeSeverity.js';
import type { ComplaintPolicyInput } from './policy.js';
import { checkSeverityPolicy } from './resolveComplaintPolicy.js';
import type { Complaint } from './schemas.js';
import { type SeverityPolicy, SINO_OCEAN_2008_SEVERITY_POLICY } from './severityPolicy.js';
import { checkGroup, mapSeverityFacts } from './toSeverityFacts.js';
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
  /**
   * Households with an open major complaint on the same issue at the same time: the count
   * of `CMP-SEV-GROUP` under the reading `simultaneous-open-major`; the other reading does
   * not use it.
   */
  readonly simultaneousMajorHouseholds?: number | undefined;
  /**
   * Households complaining about the same issue within the policy's group window: the
   * count of `CMP-SEV-GROUP` under the reading `complaining-together` (the default); the
   * other reading does not use it.
   */
  readonly householdsComplainingTogether?: number | undefined;
  /** The customer claims serious loss and demands to return the home or a very large compensation (`CMP-SEV-MAJOR-CLAIM`). */
  readonly demandsReturnOrLargeCompensation?: boolean | undefined;
  /** The complaint may lead to a lawsuit or media exposure (`CMP-SEV-HOT-RISK`). */
  readonly mayLeadToLawsuitOrMedia?: boolean | undefined;
  /** Distinct complainants of the same complaint in the sliding 30 days (`CMP-SEV-HOT-REPEAT`). */
  readonly distinctComplainantsWithin30Days?: number | undefined;
  /** People in a collective complaint (`CMP-SEV-HOT-COLLECTIVE`). */
  readonly collectiveComplainants?: number | undefined;
  /** When the complaint was received: staleness counts from here (`CMP-SEV-HOT-STALE`). */
  readonly receivedAt?: InstantInput | undefined;
  /** When it was resolved, if it was. */
  readonly resolvedAt?: InstantInput | undefined;
  /** The moment of judgement, needed for `CMP-SEV-HOT-STALE`. */
  readonly now?: InstantInput | undefined;
  /**
   * The delay is for reasons on the company's side (由于我方原因) (`CMP-SEV-HOT-STALE`);
   * when not given, {@link DEFAULT_DELAY_ON_COMPANY_SIDE} (`true`).
   */
  readonly delayOnCompanySide?: boolean | undefined;
  /** Crisis signals present (`CMP-SEV-CRISIS`). */
  readonly crisisSignals?: readonly CrisisSignal[] | undefined;
}

/** The names of {@link SeverityFacts}. @internal */
export const SEVERITY_FACT_NAMES = /* @__PURE__ */ Object.freeze([
  'compensationPerHousehold',
  'lawsuitFiled',
  'mediaExposed',
  'householdsWithSameIssue',
  'simultaneousMajorHouseholds',
  'householdsComplainingTogether',
  'demandsReturnOrLargeCompensation',
  'mayLeadToLawsuitOrMedia',
  'distinctComplainantsWithin30Days',
  'collectiveComplainants',
  'receivedAt',
  'resolvedAt',
  'now',
  'delayOnCompanySide',
  'crisisSignals',
] as const);

/** Record fields and old names, and where their fact is. */
const FACT_HINTS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  compensationClaimed: 'a field of the complaint record: pass the record itself, or toSeverityFacts(record)',
  registeredAt: 'staleness counts from the receipt (CMP-SEV-HOT-STALE): give receivedAt',
  riskOfMajorGroupOrCrisis: 'a fact of assessEscalation, not of severity',
  id: 'a field of the complaint record: a record is read as one when it has both id and category',
  category: 'a field of the complaint record: a record is read as one when it has both id and category',
});

/**
 * Whether a key is a fact name ({@link SEVERITY_FACT_NAMES}). A `switch` of the names is the
 * cheapest exact test of a key (measured: 14 keys in about 40 ns, against 115 ns looked up
 * in a `Set`); a test holds it to the list.
 *
 * @internal
 */
export function isSeverityFactName(key: string): boolean {
  switch (key as keyof SeverityFacts) {
    case 'compensationPerHousehold':
    case 'lawsuitFiled':
    case 'mediaExposed':
    case 'householdsWithSameIssue':
    case 'simultaneousMajorHouseholds':
    case 'householdsComplainingTogether':
    case 'demandsReturnOrLargeCompensation':
    case 'mayLeadToLawsuitOrMedia':
    case 'distinctComplainantsWithin30Days':
    case 'collectiveComplainants':
    case 'receivedAt':
    case 'resolvedAt':
    case 'now':
    case 'delayOnCompanySide':
    case 'crisisSignals':
      return true;
    default:
      return false;
  }
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
  /** For a complaint record: the moment of judgement (facts carry their own `now`). */
  readonly now?: InstantInput;
  /** For a complaint record: the group finding of its project and issue, whose counts are folded in. */
  readonly group?: GroupFinding;
}

/** Whether the first argument is a complaint record rather than facts: records have an id, a category and a receipt. */
function isComplaintRecord(x: { readonly id?: unknown; readonly category?: unknown }): boolean {
  // Named loads (cheap where absent), not `in` (a walk up the prototype chain).
  return x.id !== undefined && x.category !== undefined;
}

/**
 * A complaint's severity (投诉重要性, `CMP-SEV-*`): crisis, major, hot or general. The
 * highest level whose condition holds wins; every condition that holds is a reason, and a
 * reason whose threshold is a policy value cites where the value comes from (convention
 * 14). Takes severity facts, or a complaint record as `parseComplaint` returns it (mapped
 * by {@link toSeverityFacts}, with `options.now` and `options.group`): nothing a record
 * holds is dropped. A major group complaint is level `major` with `majorGroup: true`,
 * handled with the crisis procedure (`CMP-SEV-GROUP`), under the policy's reading, which
 * the reason names: 10 households complaining together within 72 hours
 * (`complaining-together`, the default) or 10 households each with an open major
 * complaint (`simultaneous-open-major`). Thresholds are read the law's way
 * (`LAW-THRESHOLD`): 超过2万元 is `> 20000`, 20户以上 is `>= 20`. Staleness is elapsed time
 * from the receipt, 7 x 24 h (`LAW-ELAPSED`); a delay nobody attributed is on the company's
 * side ({@link DEFAULT_DELAY_ON_COMPANY_SIDE}).
 *
 * Every fact is checked: a string where a number belongs, `NaN`, an unknown crisis signal,
 * a key that is not a fact (a record's `compensationClaimed` among facts) or a time that is
 * not an instant is an `InvalidArgumentError` at its own path.
 *
 * Counts no single record holds (households with the same issue, complainants in a
 * month, households at once) come from {@link detectGroupComplaints}.
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
 * const s = assessComplaintSeverity({ householdsComplainingTogether: 10 });
 * [s.level, s.majorGroup]; // ['major', true]
 * assessComplaintSeverity(parsedRecord, { now: '2026-11-20T10:00:00+08:00' }).level; // from the record's own facts
 * ```
 */
export function assessComplaintSeverity(
  input: SeverityFacts | Complaint,
  options?: SeverityOptions,
): SeverityAssessment {
  const opts = expectOptions(options);
  // The default's severity settings without a call, and without the rest of the default
  // policy in a bundle of this function; a given policy's severity part alone is checked.
  const policy: SeverityPolicy =
    opts?.policy === undefined
      ? SINO_OCEAN_2008_SEVERITY_POLICY
      : checkSeverityPolicy(opts.policy as ComplaintPolicyInput);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidArgumentError(
      [],
      `expected severity facts or a complaint record, got ${describeType(input)}`,
    );
  }
  if (isComplaintRecord(input as { id?: unknown; category?: unknown })) {
    const { record } = checkComplaintRecord(input);
    const now = opts?.now as InstantInput | undefined;
    // What toSeverityFacts checks of its options, in its order, without checking the record twice.
    if (now !== undefined) instantMs(now, OPTIONS_NOW_PATH);
    const group = opts?.group === undefined ? undefined : checkGroup(opts.group, record);
    return assessFacts(mapSeverityFacts(record, now, group), policy, OPTIONS_NOW_PATH);
  }
  if (opts?.now !== undefined) {
    throw new InvalidArgumentError(['options', 'now'], 'facts carry their own now: give it in the facts');
  }
  if (opts?.group !== undefined) {
    throw new InvalidArgumentError(
      ['options', 'group'],
      'a group finding is folded into a complaint record, not into facts',
    );
  }
  // Every key a caller gives is a fact this door reads: a misspelt one (lawsuitFiles) is an
  // error with a did-you-mean, never silently dropped.
  for (const key in input) {
    if (!isSeverityFactName(key)) {
      expectKnownKeys(input as Record<string, unknown>, SEVERITY_FACT_NAMES, [], FACT_HINTS);
    }
  }
  return assessFacts(input as SeverityFacts, policy, NOW_PATH);
}

// The paths of the time facts, made once (the hot path allocates none).
const RECEIVED_PATH = /* @__PURE__ */ Object.freeze(['receivedAt']);
const RESOLVED_PATH = /* @__PURE__ */ Object.freeze(['resolvedAt']);
const NOW_PATH = /* @__PURE__ */ Object.freeze(['now']);
const OPTIONS_NOW_PATH = /* @__PURE__ */ Object.freeze(['options', 'now']);

/** Checks the time facts and judges them (the other facts are checked where judgeSeverity reads them). */
function assessFacts(
  facts: SeverityFacts,
  policy: SeverityPolicy,
  nowPath: readonly string[],
): SeverityAssessment {
  // The facts' values are checked where they are read (judgeSeverity): the times here.
  const f = facts;
  const receivedMs = f.receivedAt === undefined ? undefined : instantMs(f.receivedAt, RECEIVED_PATH);
  const resolvedMs = f.resolvedAt === undefined ? undefined : instantMs(f.resolvedAt, RESOLVED_PATH);
  const nowMs = f.now === undefined ? undefined : instantMs(f.now, nowPath);
  if (receivedMs !== undefined && resolvedMs !== undefined && resolvedMs < receivedMs) {
    throw new InvalidArgumentError(
      ['resolvedAt'],
      'is before receivedAt: a complaint is resolved after it is received',
    );
  }
  return judgeSeverity(facts, policy, receivedMs, resolvedMs, nowMs);
}
