import { dayNumberOf, describeValue, formatDayNumber } from '../calendar/days.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Reason } from '../core/reason.js';
import { describeSettingSource } from '../core/settingSource.js';
import { sourceFact } from './applyDeadlineRule.js';
import { expectOptions } from './checkInputs.js';
import type { ComplaintPolicyInput, MonthlyReportRule } from './policy.js';
import { resolveComplaintPolicy } from './policySchema.js';
import { calendarOf, finishReportDue, type ReportDue, type ReportDueOptions } from './reportDue.js';

/** A parsed `YYYY-MM`: the year, the month (1-12) and the day numbers of its first and last day. @internal */
export interface MonthRange {
  readonly year: number;
  readonly month: number;
  readonly firstDayNumber: number;
  readonly lastDayNumber: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The day numbers of a month's first and last day (month 1-12; 13 is January of the next year). */
function monthBounds(year: number, month: number): { first: number; last: number } {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  const first = dayNumberOf(y, m, 1);
  const next = m === 12 ? dayNumberOf(y + 1, 1, 1) : dayNumberOf(y, m + 1, 1);
  return { first, last: next - 1 };
}

/**
 * Reads a month `YYYY-MM` (month 01-12), or throws a path-addressed
 * {@link InvalidArgumentError}.
 *
 * @internal
 */
export function readMonth(input: unknown, path: readonly (string | number)[]): MonthRange {
  const m = typeof input === 'string' ? MONTH.exec(input) : null;
  if (m === null) {
    throw new InvalidArgumentError(path, `expected a month YYYY-MM (01-12), got ${describeValue(input)}`);
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const { first, last } = monthBounds(year, month);
  return { year, month, firstDayNumber: first, lastDayNumber: last };
}

function checkRule(rule: MonthlyReportRule): void {
  const okOffset = rule.monthOffset === 0 || rule.monthOffset === 1;
  const d = rule.lastDay;
  const okDay = d === 'month-end' || (Number.isInteger(d) && d >= 1 && d <= 31);
  if (!okOffset || !okDay) {
    throw new InvalidArgumentError(
      ['options', 'policy', 'reports', 'monthly'],
      `expected { monthOffset: 0 | 1, lastDay: 1..31 | 'month-end' }, got ${describeValue(rule)}`,
      'INVALID_POLICY',
    );
  }
}

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
  checkRule(rule);
  const due = monthBounds(range.year, range.month + rule.monthOffset);
  const dueDayOfMonth = due.last - due.first + 1;
  const wanted = rule.lastDay === 'month-end' ? dueDayOfMonth : rule.lastDay;
  const clamped = wanted > dueDayOfMonth;
  const dueDn = due.first + Math.min(wanted, dueDayOfMonth) - 1;
  const from = formatDayNumber(range.firstDayNumber);
  const to = formatDayNumber(range.lastDayNumber);
  const lastDay = formatDayNumber(dueDn);
  // Convention 14: the reason says where the policy's due day comes from, and how it reads its source.
  const source = policy.sources['reports.monthly'];
  const cite = describeSettingSource(source);
  const note = source.note;
  const which = {
    zh:
      (rule.monthOffset === 0 ? '当月' : '次月') +
      (rule.lastDay === 'month-end' ? '最后一日' : `${rule.lastDay}日`) +
      (clamped ? '（该月无此日，取月末）' : ''),
    en:
      (rule.lastDay === 'month-end' ? 'the last day' : `day ${rule.lastDay}`) +
      (rule.monthOffset === 0 ? ' of the same month' : ' of the following month') +
      (clamped ? ' (that month has no such day: its last day)' : ''),
  };
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
