import { checkMonthlyDueRule, computeMonthlyDueDay, readMonth } from '../calendar/monthlyReportDue.js';
import { createReason, type Reason } from '../core/reason.js';
import { describeSettingSource } from '../core/settingSource.js';
import { sourceFact } from './applyDeadlineRule.js';
import { expectOptions } from './checkInputs.js';
import type { ComplaintPolicyInput } from './policy.js';
import { calendarOf, finishReportDue, type ReportDue, type ReportDueOptions } from './reportDue.js';
import { resolveComplaintPolicy } from './resolveComplaintPolicy.js';

// Reading a month and placing its due day are shared with the monthly repair statistics
// (WAR-RPT-MONTHLY): they live in the calendar.
export { type MonthRange, readMonth } from '../calendar/monthlyReportDue.js';

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
  const opts = expectOptions(options);
  const policy = resolveComplaintPolicy(opts?.policy as ComplaintPolicyInput | undefined);
  const range = readMonth(month, ['month']);
  const rule = policy.reports.monthly;
  if (rule === null) return null;
  // Stryker disable next-line ArrayDeclaration,StringLiteral: the path of an error not reached: the policy's shape check refuses a bad rule first
  checkMonthlyDueRule(rule, ['options', 'policy', 'reports', 'monthly']);
  const { from, to, lastDay, dueDayNumber: dueDn, which } = computeMonthlyDueDay(range, rule);
  // Convention 14: the reason says where the policy's due day comes from, and how it reads its source.
  const source = policy.sources['reports.monthly'];
  const cite = describeSettingSource(source);
  const note = source.note;
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
        source: sourceFact(source),
      },
      {
        'zh-CN': `投诉月报（${policy.id}）：统计${from}至${to}，${which.zh}，最迟${lastDay}报出（${cite['zh-CN']}${
          note === undefined ? '' : `；${note['zh-CN']}`
        }）`,
        en: `Monthly complaint report (${policy.id}) on ${from} to ${to}: due ${which.en}, ${lastDay} (${cite.en}${
          note === undefined ? '' : `; ${note.en}`
        })`,
      },
    ),
  ];
  return finishReportDue({ from, to }, dueDn, reasons, calendarOf(opts));
}
