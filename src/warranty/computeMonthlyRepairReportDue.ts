import {
  checkMonthlyDueRule,
  computeMonthlyDueDay,
  finishFixedDayDue,
  readMonth,
} from '../calendar/monthlyReportDue.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { expectKnownKeys, expectPlainObject } from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';
import { resolveWarrantyPolicy, type WarrantyPolicyInput } from './policy.js';
import { readCalendarOptions } from './readCalendarOptions.js';
import { describeSettingSource } from './tables/presetSources.js';

/** The options of {@link computeMonthlyRepairReportDue}. */
export interface RepairReportDueOptions {
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: WarrantyPolicyInput | undefined;
  /** The calendar that names the due day's kind in the reasons; it never moves the day. */
  readonly calendar?: WorkCalendar | undefined;
}

/** When the monthly repair statistics on a month are due (`WAR-RPT-MONTHLY`). */
export type RepairReportDue = Decision<{
  /** The month reported on: its first and last day. */
  readonly period: { readonly from: string; readonly to: string };
  /** The due day, `YYYY-MM-DD`: a fixed calendar day, never moved over rest days. */
  readonly lastDay: string;
  /** The exclusive end: 00:00 Asia/Shanghai of the day after `lastDay`. Late when `now >= endsAt`. */
  readonly endsAt: Date;
}>;

/**
 * When the monthly repair statistics (《维保修统计表》) on `month` (`YYYY-MM`) are due
 * (`WAR-RPT-MONTHLY`), read as the monthly complaint report reads its day. sinoOcean2008:
 * "物管中心每月25日前…汇总月度工程维保修记录" (SOL 保修期满前的处理流程 13), before the 25th,
 * for the month before: the 24th of the following month at the latest. generic: "月底对维修内容
 * 进行统计" (GEN 报修服务规程 3.8), the month's own last day. A report's due day is a fixed
 * day set by the company, not a period owed to a customer: never moved over rest days; a
 * `LAW-WORKDAY` reason names a weekend or holiday. `null` when the policy sets no report.
 *
 * @rule WAR-RPT-MONTHLY
 * @rule LAW-WORKDAY
 * @throws {InvalidArgumentError} `month` is not `YYYY-MM`, or the policy's rule is malformed.
 * @example
 * ```ts
 * computeMonthlyRepairReportDue('2026-09')?.lastDay; // '2026-10-24': a Saturday, not moved
 * computeMonthlyRepairReportDue('2026-09', { policy: generic })?.lastDay; // '2026-09-30'
 * ```
 */
export function computeMonthlyRepairReportDue(
  month: string,
  options?: RepairReportDueOptions,
): RepairReportDue | null {
  const range = readMonth(month, ['month']);
  const opts = options === undefined ? {} : expectPlainObject(options, ['options']);
  expectKnownKeys(opts, ['policy', 'calendar'], ['options']);
  const policy = resolveWarrantyPolicy(opts.policy as WarrantyPolicyInput | undefined);
  const rule = policy.reports.monthly;
  if (rule === null) return null;
  checkMonthlyDueRule(rule, ['options', 'policy', 'reports', 'monthly']);
  const due = computeMonthlyDueDay(range, rule);
  const source = describeSettingSource(policy, 'reports');
  const reading =
    rule.monthOffset === 1 && rule.lastDay === 24
      ? {
          zh: '“每月25日前”：汇总上月，25日之前，即最迟次月24日',
          en: '"每月25日前", before the 25th, for the month before: the 24th of the following month at the latest',
        }
      : rule.monthOffset === 0 && rule.lastDay === 'month-end'
        ? {
            zh: '“月底对维修内容进行统计”：当月最后一日',
            en: '"月底对维修内容进行统计", at the month end: its last day',
          }
        : null;
  const reasons = [
    createReason(
      'WAR-RPT-MONTHLY',
      {
        policy: policy.id,
        month,
        from: due.from,
        to: due.to,
        monthOffset: rule.monthOffset,
        dueDay: rule.lastDay,
        lastDay: due.lastDay,
        source: source.source,
      },
      {
        'zh-CN': `月度维保修统计（《维保修统计表》，${policy.id}）：统计${due.from}至${due.to}，${due.which.zh}，最迟${due.lastDay}上报（${source['zh-CN']}${reading === null ? '' : `：${reading.zh}`}）`,
        en: `Monthly repair statistics (维保修统计表, ${policy.id}) on ${due.from} to ${due.to}: due ${due.which.en}, ${due.lastDay} (${source.en}${reading === null ? '' : `: ${reading.en}`})`,
      },
    ),
  ];
  const { calendar } = readCalendarOptions(opts, ['options']);
  return finishFixedDayDue({ from: due.from, to: due.to }, due.dueDayNumber, reasons, calendar);
}
