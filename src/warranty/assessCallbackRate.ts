import { addPeriod } from '../calendar/addPeriod.js';
import { addWorkingDays } from '../calendar/addWorkingDays.js';
import { type InstantInput, shanghaiDayNumberOfInstant, toInstantMs } from '../calendar/days.js';
import type { CalendarOptions } from '../calendar/options.js';
import {
  expectArray,
  expectBoolean,
  expectKnownKeys,
  expectOneOf,
  expectPlainObject,
} from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision } from '../core/reason.js';
import { atLeast, meetsThreshold } from '../core/thresholds.js';
import type { WarrantyPolicy } from './policy.js';
import { SINO_OCEAN_2008_WARRANTY_POLICY } from './policy.js';
import { readCalendarOptions } from './readCalendarOptions.js';
import { CALLBACK_RATE_KIND_LABELS } from './tables/labels.js';
import { describeSettingSource } from './tables/presetSources.js';
import { CALLBACK_RATE_KINDS, type CallbackRateKind } from './types.js';

/** One completed repair or complaint, and its callback if any. */
export interface CallbackRecord {
  /** When the repair or the handling was completed. */
  readonly completedAt: InstantInput;
  /** When the customer was called back, if they were. */
  readonly calledBackAt?: InstantInput | undefined;
  /** `false` when the customer left no contact (AOY counts only those who left a phone number); counted otherwise. */
  readonly hasContactInfo?: boolean | undefined;
}

/** A callback window as a policy states it: the same day, working days, or days, weeks or months. */
export type CallbackWindowRule =
  | { readonly sameDay: true }
  | { readonly workingDays: number }
  | { readonly days: number }
  | { readonly weeks: number }
  | { readonly months: number };

/** The complaint callback settings `kind: 'complaint'` reads from a whole policy (its `complaints` slice). */
export interface ComplaintCallbackSettings {
  readonly id: string;
  readonly deadlines: { readonly callback: CallbackWindowRule };
  readonly callback: { readonly minimumRate: number | null };
}

/** The options of {@link assessCallbackRate}. */
export interface CallbackRateOptions extends CalendarOptions {
  /** `repair` (the warranty settings) or `complaint` (the complaint settings of a whole policy). */
  readonly kind: CallbackRateKind;
  /**
   * The policy: a whole policy (a preset or `createPolicy`'s), or for `repair` the warranty
   * settings alone; `sinoOcean2008`'s warranty settings when absent. `complaint` needs a
   * whole policy: the complaint settings are the complaints module's.
   */
  readonly policy?:
    | WarrantyPolicy
    | { readonly warranty?: WarrantyPolicy; readonly complaints?: ComplaintCallbackSettings }
    | undefined;
}

/** A callback rate against the rate the policy asks for. */
export type CallbackRateAssessment = Decision<{
  /** Called back within the window / counted records (0..1); `null` with no record to count. */
  readonly rate: number | null;
  /** The rate the policy asks for (0.3 is 30%); `null` where it sets none. */
  readonly required: number | null;
  /** `rate >= required` (达 30%: 30% itself meets it); `null` when either is `null`. */
  readonly meets: boolean | null;
}>;

function describeWindow(rule: CallbackWindowRule): { zh: string; en: string } {
  if ('sameDay' in rule) return { zh: '当日', en: 'the same day' };
  if ('workingDays' in rule)
    return { zh: `${rule.workingDays}个工作日`, en: `${rule.workingDays} working days` };
  if ('days' in rule) return { zh: `${rule.days}日`, en: `${rule.days} days` };
  if ('weeks' in rule)
    return { zh: `${rule.weeks}周`, en: `${rule.weeks} week${rule.weeks === 1 ? '' : 's'}` };
  return { zh: `${rule.months}个月`, en: `${rule.months} month${rule.months === 1 ? '' : 's'}` };
}

/** The end of the window a rule sets after a completion (a period owed to the customer: moved over rest days). */
function windowEndMs(rule: CallbackWindowRule, completedAt: Date, calendar: CalendarOptions): number {
  if ('sameDay' in rule) return addWorkingDays(completedAt, 0, calendar).endsAt.getTime();
  if ('workingDays' in rule) return addWorkingDays(completedAt, rule.workingDays, calendar).endsAt.getTime();
  return addPeriod(completedAt, rule, calendar).endsAt.getTime();
}

const pct = (r: number) => `${Math.round(r * 10000) / 100}%`;

/**
 * The callback rate of completed repairs or complaints against the policy's
 * (`WAR-CALLBACK-GEN`, `CMP-DL-CALLBACK`). A record counts as called back when the
 * callback came within the window after completion: for repairs, the warranty settings'
 * (generic: one month, at least 30%, GEN 回访 1.4; sinoOcean2008: 5 working days, no rate);
 * for complaints, the complaint settings' callback deadline and rate (aoyuan2014: one week,
 * 95%; generic: 3 days, 50%). A callback after the window does not count; a record whose
 * customer left no contact (`hasContactInfo: false`) is not counted at all. The rate is
 * compared exactly, in whole basis points (29/100 misses 30%, 30/100 meets it). No record
 * to count gives `rate: null`.
 *
 * @rule WAR-CALLBACK-GEN
 * @rule CMP-DL-CALLBACK
 * @throws {InvalidArgumentError} an unknown kind, a malformed record (at its index), a callback before its completion, `complaint` without a whole policy.
 * @throws {CalendarCoverageError} a window in a year without a holiday notice, unless `fallback: 'weekends-only'`.
 * @example
 * ```ts
 * const records = [
 *   { completedAt: '2026-03-02T10:00:00+08:00', calledBackAt: '2026-03-20T10:00:00+08:00' },
 *   { completedAt: '2026-03-02T10:00:00+08:00' },
 *   { completedAt: '2026-03-02T10:00:00+08:00' },
 * ];
 * const a = assessCallbackRate(records, { kind: 'repair', policy: generic });
 * [a.rate, a.required, a.meets]; // [0.3333333333333333, 0.3, true]
 * ```
 */
export function assessCallbackRate(
  records: readonly CallbackRecord[],
  options: CallbackRateOptions,
): CallbackRateAssessment {
  const list = expectArray(records, ['records']);
  const opts = expectPlainObject(options, ['options']);
  expectKnownKeys(opts, ['kind', 'policy', 'calendar', 'fallback'], ['options']);
  const kind = expectOneOf(opts.kind, CALLBACK_RATE_KINDS, ['options', 'kind']);
  const calendar = readCalendarOptions(opts, ['options']);
  const policyInput =
    opts.policy === undefined ? undefined : expectPlainObject(opts.policy, ['options', 'policy']);
  let rule: CallbackWindowRule;
  let required: number | null;
  let policyId: string;
  let source: { 'zh-CN': string; en: string; source: string | null };
  if (kind === 'repair') {
    const warranty = (
      policyInput === undefined
        ? SINO_OCEAN_2008_WARRANTY_POLICY
        : 'warranty' in policyInput
          ? policyInput.warranty
          : policyInput
    ) as WarrantyPolicy | undefined;
    if (warranty === undefined || typeof warranty !== 'object' || !('callback' in warranty)) {
      throw new InvalidArgumentError(
        ['options', 'policy'],
        'expected a policy with warranty settings (policy.warranty)',
      );
    }
    rule = warranty.callback.within;
    required = warranty.callback.minimumRate;
    policyId = warranty.id;
    source = describeSettingSource(warranty, 'callback');
  } else {
    const complaints = policyInput?.complaints as ComplaintCallbackSettings | undefined;
    if (complaints === undefined || typeof complaints !== 'object' || !('deadlines' in complaints)) {
      throw new InvalidArgumentError(
        ['options', 'policy'],
        "kind 'complaint' reads the complaint callback settings of a whole policy (policy.complaints): pass a preset such as aoyuan2014 or generic, or a createPolicy(...) result",
      );
    }
    rule = complaints.deadlines.callback;
    required = complaints.callback.minimumRate;
    policyId = complaints.id;
    source = { 'zh-CN': `政策${policyId}`, en: `policy ${policyId}`, source: null };
  }

  const ends = new Map<number, number>();
  let counted = 0;
  let inTime = 0;
  let late = 0;
  let noContact = 0;
  for (let i = 0; i < list.length; i++) {
    const r = expectPlainObject(list[i], ['records', i]);
    expectKnownKeys(r, ['completedAt', 'calledBackAt', 'hasContactInfo'], ['records', i]);
    const done = toInstantMs(r.completedAt as InstantInput, ['records', i, 'completedAt']);
    const back =
      r.calledBackAt === undefined
        ? undefined
        : toInstantMs(r.calledBackAt as InstantInput, ['records', i, 'calledBackAt']);
    if (back !== undefined && back < done) {
      throw new InvalidArgumentError(['records', i, 'calledBackAt'], 'the callback is before the completion');
    }
    if (
      r.hasContactInfo !== undefined &&
      !expectBoolean(r.hasContactInfo, ['records', i, 'hasContactInfo'])
    ) {
      noContact++;
      continue;
    }
    counted++;
    if (back === undefined) continue;
    const day = shanghaiDayNumberOfInstant(done);
    let end = ends.get(day);
    if (end === undefined) {
      end = windowEndMs(rule, new Date(done), calendar);
      ends.set(day, end);
    }
    if (back < end) inTime++;
    else late++;
  }
  const rate = counted === 0 ? null : inTime / counted;
  const meets =
    rate === null || required === null
      ? null
      : meetsThreshold(atLeast(Math.round(required * 10_000) * counted), inTime * 10_000);
  const window = describeWindow(rule);
  const label = CALLBACK_RATE_KIND_LABELS[kind];
  const ruleId = kind === 'repair' ? 'WAR-CALLBACK-GEN' : 'CMP-DL-CALLBACK';
  const head = {
    zh: `${label['zh-CN']}：完成后${window.zh}内回访的计${inTime}件，共计${counted}件${noContact > 0 ? `（另有${noContact}件未留联系方式，不计入）` : ''}${late > 0 ? `，${late}件逾期回访不计` : ''}`,
    en: `${label.en[0]?.toUpperCase()}${label.en.slice(1)}: ${inTime} of ${counted} called back within ${window.en} of completion${noContact > 0 ? ` (${noContact} without contact not counted)` : ''}${late > 0 ? `; ${late} called back late do not count` : ''}`,
  };
  const verdict =
    rate === null
      ? { zh: '，无可计算的记录', en: ': no record to count' }
      : required === null
        ? {
            zh: `，回访率${pct(rate)}；政策${policyId}未规定回访率（${source['zh-CN']}）`,
            en: `: ${pct(rate)}; policy ${policyId} sets no rate (${source.en})`,
          }
        : {
            zh: `，回访率${pct(rate)}，${meets ? '达到' : '未达到'}${pct(required)}（${source['zh-CN']}）`,
            en: `: ${pct(rate)}, ${meets ? 'meets' : 'below'} the ${pct(required)} asked (${source.en})`,
          };
  return {
    rate,
    required,
    meets,
    reasons: [
      createReason(
        ruleId,
        {
          kind,
          policy: policyId,
          window: window.en,
          counted,
          calledBackInTime: inTime,
          calledBackLate: late,
          withoutContact: noContact,
          rate,
          required,
          meets,
          source: source.source,
        },
        { 'zh-CN': `${head.zh}${verdict.zh}`, en: `${head.en}${verdict.en}` },
      ),
    ],
  };
}
