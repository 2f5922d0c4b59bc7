import { checkMonthlyDueRule, computeMonthlyDueDay, readMonth } from '../calendar/monthlyReportDue.js';
import { createReason, type Reason } from '../core/reason.js';
import { resolveComplaintPolicy } from './policy.js';
import { finishReportDue, type ReportDue, type ReportDueOptions } from './reportDue.js';

// Reading a month and placing its due day are shared with the monthly repair statistics
// (WAR-RPT-MONTHLY): they live in the calendar.
export { type MonthRange, readMonth } from '../calendar/monthlyReportDue.js';

/** How each preset's setting reads its source, for the reasons. */
const SOURCE_READINGS: readonly {
  readonly monthOffset: 0 | 1;
  readonly lastDay: number | 'month-end';
  readonly source: string;
  readonly 'zh-CN': string;
  readonly en: string;
}[] = Object.freeze([
  {
    monthOffset: 1,
    lastDay: 24,
    source: 'SOL 投诉管理 8',
    'zh-CN': '《客户投诉月报》“每月25日前”编制：汇总上月投诉，25日之前，即最迟次月24日',
    en: 'the monthly complaint report (客户投诉月报) is due "每月25日前", before the 25th, for the month before: the 24th of the following month at the latest',
  },
  {
    monthOffset: 1,
    lastDay: 'month-end',
    source: 'AOY 4.2.6',
    'zh-CN': '“每月形成《投诉解决报告》”，来源未规定日期：取次月最后一日',
    en: 'AOY asks for a monthly resolution report (投诉解决报告) without naming a day: the library takes the last day of the following month',
  },
  {
    monthOffset: 1,
    lastDay: 10,
    source: 'GEN 第二十七条',
    'zh-CN': '“每月初10日内”填报投诉统计表：次月1日至10日，10日含在内',
    en: 'the statistics table is due "每月初10日内", within the first 10 days of the following month, the 10th included',
  },
]);

/**
 * When the monthly complaint report on `month` (`YYYY-MM`) is due (`CMP-RPT-MONTHLY`): the
 * policy's day of that month or the next. `sinoOcean2008`: the 24th of the following month
 * (SOL 投诉管理 8 says 每月25日前, before the 25th, for the month before); `aoyuan2014`: the last day of the
 * following month (AOY 4.2.6 asks for a monthly 《投诉解决报告》 and names no day);
 * `generic`: the 10th of the following month (GEN 第二十七条: 每月初10日内). A day past the
 * month's end (a policy's 31st in a 30-day month) is the month's last day. Returns
 * `null` when the policy has no monthly report.
 *
 * The due day is a fixed calendar day set by the company, not a period owed to a
 * customer: it is never moved over rest days (`LAW-PERIOD-REST` does not apply). When it
 * falls on a weekend or a holiday (or a makeup working day), a `LAW-WORKDAY` reason names
 * it; a year the calendar does not cover is read weekends-only and never throws.
 *
 * @rule CMP-RPT-MONTHLY
 * @rule LAW-WORKDAY
 * @throws {InvalidArgumentError} `month` is not `YYYY-MM` with a month 01-12 (path `['month']`), or the policy's rule is malformed.
 * @example
 * ```ts
 * computeMonthlyReportDue('2026-09')?.lastDay; // '2026-10-24' (a Saturday: not moved)
 * computeMonthlyReportDue('2026-01', { policy: aoyuan2014 })?.lastDay; // '2026-02-28'
 * computeMonthlyReportDue('2026-09', { policy: generic });
 * // { period: { from: '2026-09-01', to: '2026-09-30' }, lastDay: '2026-10-10',
 * //   endsAt: new Date('2026-10-10T16:00:00.000Z'), reasons: [...] }
 * ```
 */
export function computeMonthlyReportDue(month: string, options?: ReportDueOptions): ReportDue | null {
  const policy = resolveComplaintPolicy(options?.policy);
  const range = readMonth(month, ['month']);
  const rule = policy.reports.monthly;
  if (rule === null) return null;
  checkMonthlyDueRule(rule, ['options', 'policy', 'reports', 'monthly']);
  const { from, to, lastDay, dueDayNumber: dueDn, which } = computeMonthlyDueDay(range, rule);
  const reading = SOURCE_READINGS.find(
    (r) => r.monthOffset === rule.monthOffset && r.lastDay === rule.lastDay,
  );
  const reasons: Reason[] = [
    createReason(
      'CMP-RPT-MONTHLY',
      {
        policy: policy.id,
        month,
        from,
        to,
        monthOffset: rule.monthOffset,
        dueDay: rule.lastDay,
        lastDay,
        source: reading?.source ?? null,
      },
      {
        'zh-CN': `投诉月报（${policy.id}）：统计${from}至${to}，${which.zh}，最迟${lastDay}报出${
          reading === undefined ? '' : `；${reading.source}：${reading['zh-CN']}`
        }`,
        en: `Monthly complaint report (${policy.id}) on ${from} to ${to}: due ${which.en}, ${lastDay}${
          reading === undefined ? '' : `; ${reading.source}: ${reading.en}`
        }`,
      },
    ),
  ];
  return finishReportDue({ from, to }, dueDn, reasons, options?.calendar);
}
