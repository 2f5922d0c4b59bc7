/**
 * Fixed due days of periodic reports, shared by every module that owes one (the complaint
 * reports of `CMP-RPT-*`, the monthly repair statistics of `WAR-RPT-MONTHLY`): reading a
 * month `YYYY-MM`, the due day a monthly rule sets ("每月25日前" for the month before: the
 * 24th of the following month), and the reason that names the due day's kind when it is a
 * weekend or a holiday. A report's due day is a fixed calendar day set by the company, not
 * a period owed to a customer: it is never moved over rest days (`LAW-PERIOD-REST` does not
 * apply), and a year the calendar does not cover is read weekends-only, so no year throws.
 *
 * @internal
 * @module
 */

import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { computeDayKind } from './computeDayKind.js';
import {
  dayNumberOf,
  describeValue,
  formatDayNumber,
  shanghaiStartOfDayMs,
  WEEKDAY_NAMES,
  weekdayOf,
} from './days.js';
import type { WorkCalendar } from './workCalendar.js';

/** A parsed `YYYY-MM`: the year, the month (1-12) and the day numbers of its first and last day. @internal */
export interface MonthRange {
  readonly year: number;
  readonly month: number;
  readonly firstDayNumber: number;
  readonly lastDayNumber: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The day numbers of a month's first and last day (month 1-12; 13 is January of the next year). @internal */
export function monthBounds(year: number, month: number): { first: number; last: number } {
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

/** A monthly report's due day: the `lastDay`-th of the month `monthOffset` months after the period ('month-end' for its last day). @internal */
export interface MonthlyDueRule {
  readonly monthOffset: 0 | 1;
  readonly lastDay: number | 'month-end';
}

/** Checks a monthly rule read from a policy, or throws an `INVALID_POLICY` error at `path`. @internal */
export function checkMonthlyDueRule(rule: MonthlyDueRule, path: readonly (string | number)[]): void {
  const okOffset = rule.monthOffset === 0 || rule.monthOffset === 1;
  const d = rule.lastDay;
  const okDay = d === 'month-end' || (Number.isInteger(d) && d >= 1 && d <= 31);
  if (!okOffset || !okDay) {
    throw new InvalidArgumentError(
      path,
      `expected { monthOffset: 0 | 1, lastDay: 1..31 | 'month-end' }, got ${describeValue(rule)}`,
      'INVALID_POLICY',
    );
  }
}

/** Where a monthly rule puts the due day of a month's report. @internal */
export interface MonthlyDueDay {
  /** The period reported on, `YYYY-MM-DD`. */
  readonly from: string;
  readonly to: string;
  /** The due day's number and string. */
  readonly dueDayNumber: number;
  readonly lastDay: string;
  /** True when the rule's day is past the due month's end (a 31st in a 30-day month): its last day. */
  readonly clamped: boolean;
  /** The rule in words: `次月24日` / `day 24 of the following month`. */
  readonly which: { readonly zh: string; readonly en: string };
}

/** The due day a monthly rule sets for the report on a month. @internal */
export function computeMonthlyDueDay(range: MonthRange, rule: MonthlyDueRule): MonthlyDueDay {
  const due = monthBounds(range.year, range.month + rule.monthOffset);
  const daysInDueMonth = due.last - due.first + 1;
  const wanted = rule.lastDay === 'month-end' ? daysInDueMonth : rule.lastDay;
  const clamped = wanted > daysInDueMonth;
  const dueDayNumber = due.first + Math.min(wanted, daysInDueMonth) - 1;
  return {
    from: formatDayNumber(range.firstDayNumber),
    to: formatDayNumber(range.lastDayNumber),
    dueDayNumber,
    lastDay: formatDayNumber(dueDayNumber),
    clamped,
    which: {
      zh:
        (rule.monthOffset === 0 ? '当月' : '次月') +
        (rule.lastDay === 'month-end' ? '最后一日' : `${rule.lastDay}日`) +
        (clamped ? '（该月无此日，取月末）' : ''),
      en:
        (rule.lastDay === 'month-end' ? 'the last day' : `day ${rule.lastDay}`) +
        (rule.monthOffset === 0 ? ' of the same month' : ' of the following month') +
        (clamped ? ' (that month has no such day: its last day)' : ''),
    },
  };
}

/** 周一 / Monday for a day of the week 0 (Sunday) ... 6 (Saturday). @internal */
export function weekdayNames(weekday: number): { readonly zh: string; readonly en: string } {
  return { zh: WEEKDAY_NAMES['zh-CN'][weekday] ?? '', en: WEEKDAY_NAMES.en[weekday] ?? '' };
}

/**
 * `LAW-WORKDAY`: what kind of day a report's due day is, when it is not an ordinary
 * working day (a weekend, a holiday, a makeup working day), and that it is not moved: a
 * report's due day is a fixed calendar day set by the company, not a period owed to a
 * customer, so `LAW-PERIOD-REST` does not apply. `undefined` for an ordinary working day.
 * Uncovered years are read weekends-only and never throw.
 *
 * @internal
 */
export function fixedDueDayKindReason(
  dayNumber: number,
  calendar: WorkCalendar | undefined,
): Reason | undefined {
  const day = formatDayNumber(dayNumber);
  const kind = computeDayKind(day, {
    fallback: 'weekends-only',
    ...(calendar === undefined ? {} : { calendar }),
  });
  if (kind.kind === 'workday') return undefined;
  const w = weekdayNames(weekdayOf(dayNumber));
  const estimate = kind.fallbackUsed
    ? {
        zh: '（日历未覆盖该年，按仅排除周末估算）',
        en: ' (the calendar does not cover that year: read weekends only)',
      }
    : { zh: '', en: '' };
  const facts = {
    day,
    weekday: w.en,
    kind: kind.kind,
    holiday: kind.holiday?.name ?? null,
    holidayEn: kind.holiday?.nameEn ?? null,
    notice: kind.holiday?.notice ?? null,
    moved: false,
    fallbackUsed: kind.fallbackUsed,
  };
  if (kind.kind === 'makeup-workday') {
    const name = kind.holiday?.name ?? '';
    const nameEn = kind.holiday?.nameEn ?? '';
    return createReason('LAW-WORKDAY', facts, {
      'zh-CN': `报送日${day}（${w.zh}）为${name}调休上班日，是工作日`,
      en: `The due day ${day} (${w.en}) is a makeup working day for ${nameEn}: a working day`,
    });
  }
  const what =
    kind.kind === 'holiday' && kind.holiday !== null
      ? {
          zh: `${kind.holiday.name}放假日${kind.holiday.notice === null ? '' : `（${kind.holiday.notice}）`}`,
          en: `a ${kind.holiday.nameEn} day off${kind.holiday.notice === null ? '' : ` (${kind.holiday.notice})`}`,
        }
      : { zh: '周末休息日', en: 'a weekend rest day' };
  return createReason('LAW-WORKDAY', facts, {
    'zh-CN': `报送日${day}（${w.zh}）为${what.zh}${estimate.zh}；报表报送日是固定日期，不是对客户的期限，不顺延`,
    en: `The due day ${day} (${w.en}) is ${what.en}${estimate.en}; a report's due day is a fixed day, not a period owed to a customer: not moved`,
  });
}

/** A report due on a fixed day: the period it covers, the day, and its exclusive end. @internal */
export type FixedDayDue = Decision<{
  readonly period: { readonly from: string; readonly to: string };
  readonly lastDay: string;
  readonly endsAt: Date;
}>;

/** The report due on a day: the period, the day, its exclusive end, and the day's kind when it is not a working day. @internal */
export function finishFixedDayDue(
  period: { readonly from: string; readonly to: string },
  dueDayNumber: number,
  reasons: Reason[],
  calendar: WorkCalendar | undefined,
): FixedDayDue {
  const kindReason = fixedDueDayKindReason(dueDayNumber, calendar);
  if (kindReason !== undefined) reasons.push(kindReason);
  return {
    period,
    lastDay: formatDayNumber(dueDayNumber),
    endsAt: new Date(shanghaiStartOfDayMs(dueDayNumber + 1)),
    reasons,
  };
}
