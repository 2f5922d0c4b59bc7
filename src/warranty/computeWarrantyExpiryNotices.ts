import { type DayInput, formatDayNumber, toDayNumber } from '../calendar/days.js';
import type { CalendarOptions } from '../calendar/options.js';
import { subtractPeriod } from '../calendar/subtractPeriod.js';
import { expectKnownKeys, expectPlainObject } from '../core/checks.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { resolveWarrantyPolicy, type WarrantyPolicyInput } from './policy.js';
import { readCalendarOptions } from './readCalendarOptions.js';
import { describeSettingSource } from './tables/presetSources.js';

/** The facts and options of {@link computeWarrantyExpiryNotices}. */
export interface WarrantyExpiryNoticeInput extends CalendarOptions {
  /** The warranty's last day (as {@link computeWarrantyExpiry} gives it). */
  readonly expiresOn: DayInput;
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: WarrantyPolicyInput | undefined;
}

/** The duties owed before a warranty expires (`WAR-EXPIRY`), each on its latest day (`LAW-BEFORE`). */
export type WarrantyExpiryNotices = Decision<{
  /** The owners are told the expiry day and how to report repairs afterwards: a month before. */
  readonly ownerNoticeOn: string;
  /** The contractor is told in writing of the pre-expiry repair campaign: 30 days before. */
  readonly contractorNoticeOn: string;
  /** The full inspection of the estate and the review of the handover: 3 months before. */
  readonly fullInspectionOn: string;
  /** True when a day was read weekends-only because the calendar does not cover its year (`LAW-COVERAGE`). */
  readonly fallbackUsed: boolean;
}>;

/**
 * The three duties before a warranty expires (`WAR-EXPIRY`, SOL 保修期满前集中维保修 1-2 and
 * 物管中心职责): the owners are told a month before (by SMS, notices in the estate, the
 * mailbox), the contractor 30 days before in writing, and the full inspection is organised 3
 * months before. Each is counted back from the last day (`LAW-BEFORE`: 03-31 minus 1 month is
 * the last day of February) and, when that day is a rest day, moved to the last working day
 * before it, so that the duty is never late. Years the calendar does not cover throw
 * `CalendarCoverageError` unless `fallback: 'weekends-only'`.
 *
 * @rule WAR-EXPIRY
 * @rule LAW-BEFORE
 * @throws {InvalidArgumentError} a malformed day or option.
 * @throws {CalendarCoverageError} a day in a year without a holiday notice, unless `fallback: 'weekends-only'`.
 * @example
 * ```ts
 * const n = computeWarrantyExpiryNotices({ expiresOn: '2026-10-31' });
 * [n.ownerNoticeOn, n.contractorNoticeOn, n.fullInspectionOn];
 * // ['2026-09-30', '2026-09-30', '2026-07-31']: 30 days before is 10-01, National Day, so 09-30
 * ```
 */
export function computeWarrantyExpiryNotices(input: WarrantyExpiryNoticeInput): WarrantyExpiryNotices {
  const obj = expectPlainObject(input, ['input']);
  expectKnownKeys(obj, ['expiresOn', 'policy', 'calendar', 'fallback'], []);
  const expiresDn = toDayNumber(obj.expiresOn as DayInput, ['expiresOn']);
  const expiresOn = formatDayNumber(expiresDn);
  const policy = resolveWarrantyPolicy(obj.policy as WarrantyPolicyInput | undefined);
  const calendar = readCalendarOptions(obj);
  const n = policy.notices;
  const owner = subtractPeriod(expiresOn, { months: n.ownerMonthsBefore }, calendar);
  const contractor = subtractPeriod(expiresOn, { days: n.contractorDaysBefore }, calendar);
  const inspection = subtractPeriod(expiresOn, { months: n.fullInspectionMonthsBefore }, calendar);
  const source = describeSettingSource(policy, 'notices');
  const duty = (
    what: string,
    zh: string,
    en: string,
    day: string,
    length: { zh: string; en: string },
  ): Reason =>
    createReason(
      'WAR-EXPIRY',
      { duty: what, expiresOn, before: length.en, lastDay: day, policy: policy.id, source: source.source },
      {
        'zh-CN': `保修期满（${expiresOn}）前${length.zh}${zh}，最迟${day}（${source['zh-CN']}）`,
        en: `${en} ${length.en} before the warranty ends on ${expiresOn}: by ${day} (${source.en})`,
      },
    );
  const reasons: Reason[] = [
    duty(
      'owner-notice',
      '以“温馨知会”（短信、小区张贴、信箱投递）告知业主保修期满时间及期满后的报修途径',
      'Tell the owners (SMS, notices in the estate, mailbox) the expiry day and how to report repairs afterwards',
      owner.lastDay,
      {
        zh: `${n.ownerMonthsBefore}个月`,
        en: `${n.ownerMonthsBefore} month${n.ownerMonthsBefore === 1 ? '' : 's'}`,
      },
    ),
    ...owner.reasons,
    duty(
      'contractor-notice',
      '书面知会施工单位保修期满前集中返修事宜',
      'Tell the contractor in writing of the pre-expiry repair campaign',
      contractor.lastDay,
      { zh: `${n.contractorDaysBefore}天`, en: `${n.contractorDaysBefore} days` },
    ),
    ...contractor.reasons,
    duty(
      'full-inspection',
      '组织社区全面检修并审核交接工作，遗留问题较多的签订维保修补充协议',
      'Organise the full inspection of the estate and review the handover (a supplementary repair agreement where many problems remain)',
      inspection.lastDay,
      {
        zh: `${n.fullInspectionMonthsBefore}个月`,
        en: `${n.fullInspectionMonthsBefore} month${n.fullInspectionMonthsBefore === 1 ? '' : 's'}`,
      },
    ),
    ...inspection.reasons,
  ];
  return {
    ownerNoticeOn: owner.lastDay,
    contractorNoticeOn: contractor.lastDay,
    fullInspectionOn: inspection.lastDay,
    fallbackUsed: owner.fallbackUsed || contractor.fallbackUsed || inspection.fallbackUsed,
    reasons,
  };
}
