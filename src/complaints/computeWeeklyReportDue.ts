import { type DayInput, formatDayNumber, toDayNumber, weekdayOf } from '../calendar/days.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Reason } from '../core/reason.js';
import { describeSettingSource } from '../core/settingSource.js';
import { expectOptions } from './checkInputs.js';
import type { ComplaintPolicyInput } from './policy.js';
import {
  calendarOf,
  finishReportDue,
  type ReportDue,
  type ReportDueOptions,
  weekdayNames,
} from './reportDue.js';
import { resolveComplaintPolicy } from './resolveComplaintPolicy.js';

/**
 * When the weekly major-complaint report (《重大客户投诉/服务监督系统投诉周报》,
 * `CMP-RPT-WEEKLY`) for the week that contains `day` is due: the week runs Monday to
 * Sunday (Asia/Shanghai days; an instant is read as the Shanghai day it falls on), and
 * the report is due on the first day after it that is the policy's weekday (SOL 投诉管理 8:
 * every Monday, on the previous week, so the Monday after the week for `sinoOcean2008`).
 *
 * The due day is a fixed calendar day, not a period owed to a customer: it is never
 * moved over rest days (`LAW-PERIOD-REST` does not apply); when it falls on a weekend or
 * a holiday, a `LAW-WORKDAY` reason says so. Returns `null` when the policy has no weekly
 * report (`aoyuan2014`, `generic`).
 *
 * @rule CMP-RPT-WEEKLY
 * @rule LAW-WORKDAY
 * @throws {InvalidArgumentError} `day` is not a day or an instant (path `['day']`), or the policy's weekday is not 1..7.
 * @example
 * ```ts
 * const r = computeWeeklyReportDue('2026-10-01');
 * r?.period; // { from: '2026-09-28', to: '2026-10-04' }
 * r?.lastDay; // '2026-10-05': a 国庆节 day off, not moved
 * r?.endsAt; // new Date('2026-10-05T16:00:00.000Z')
 * computeWeeklyReportDue('2026-10-01', { policy: aoyuan2014 }); // null
 * ```
 */
export function computeWeeklyReportDue(day: DayInput, options?: ReportDueOptions): ReportDue | null {
  const opts = expectOptions(options);
  const policy = resolveComplaintPolicy(opts?.policy as ComplaintPolicyInput | undefined);
  const dn = toDayNumber(day, ['day']);
  const dueWeekday = policy.reports.weeklyDueWeekday;
  if (dueWeekday === null) return null;
  // Stryker disable all: not reached: the policy's shape check refuses a weekday other than 1..7 or null first
  if (!Number.isInteger(dueWeekday) || dueWeekday < 1 || dueWeekday > 7) {
    throw new InvalidArgumentError(
      ['options', 'policy', 'reports', 'weeklyDueWeekday'],
      `expected a weekday 1 (Monday) ... 7 (Sunday) or null, got ${String(dueWeekday)}`,
      'INVALID_POLICY',
    );
  }
  // Stryker restore all
  const w = weekdayOf(dn);
  const monday = dn - (w === 0 ? 6 : w - 1);
  const sunday = monday + 6;
  // Weekday k (1 Monday ... 7 Sunday) first falls k days after the Sunday that ends the week.
  const dueDn = sunday + dueWeekday;
  const from = formatDayNumber(monday);
  const to = formatDayNumber(sunday);
  const lastDay = formatDayNumber(dueDn);
  const names = weekdayNames(weekdayOf(dueDn));
  const reasons: Reason[] = [
    createReason(
      'CMP-RPT-WEEKLY',
      {
        policy: policy.id,
        report: '重大客户投诉/服务监督系统投诉周报',
        from,
        to,
        dueWeekday,
        lastDay,
      },
      {
        'zh-CN': `《重大客户投诉/服务监督系统投诉周报》（重大投诉及经服务监督渠道的投诉）：统计${from}（周一）至${to}（周日），于其后的${names.zh}${lastDay}编报（${policy.id}，${describeSettingSource(policy.sources['reports.weeklyDueWeekday'])['zh-CN']}）`,
        en: `Weekly report of major complaints and complaints through the HQ supervision channels for ${from} (Monday) to ${to} (Sunday): due the ${names.en} after, ${lastDay} (${policy.id}, ${describeSettingSource(policy.sources['reports.weeklyDueWeekday']).en})`,
      },
    ),
  ];
  return finishReportDue({ from, to }, dueDn, reasons, calendarOf(opts));
}
