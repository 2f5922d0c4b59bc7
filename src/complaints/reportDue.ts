import { computeDayKind } from '../calendar/computeDayKind.js';
import { formatDayNumber, shanghaiStartOfDayMs, WEEKDAY_NAMES, weekdayOf } from '../calendar/days.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { expectCalendarOptions, expectKnownKeys } from './checkInputs.js';
import type { ComplaintPolicyInput } from './policy.js';

/** The options of {@link computeWeeklyReportDue} and {@link computeMonthlyReportDue}. */
export interface ReportDueOptions {
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: ComplaintPolicyInput;
  /**
   * The calendar that names the due day's kind in the reasons (a holiday, a weekend); the
   * built-in one when absent. It never moves the due day, and a year it does not cover is
   * read weekends-only, so no year throws.
   */
  readonly calendar?: WorkCalendar;
}

/**
 * When a report is due (`CMP-RPT-WEEKLY`, `CMP-RPT-MONTHLY`): the period it covers and
 * its fixed due day.
 *
 * @rule CMP-RPT-WEEKLY
 * @rule CMP-RPT-MONTHLY
 */
export type ReportDue = Decision<{
  /** The period reported on: its first and last day (Asia/Shanghai days, `YYYY-MM-DD`). */
  readonly period: { readonly from: string; readonly to: string };
  /** The due day, `YYYY-MM-DD`: a fixed calendar day, never moved over rest days. */
  readonly lastDay: string;
  /** The exclusive end: 00:00 Asia/Shanghai of the day after `lastDay`. Late when `now >= endsAt`. */
  readonly endsAt: Date;
}>;

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
export function reportDueDayKindReason(
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

/** The report due on a day: the period, the day, its exclusive end, and the day's kind when it is not a working day. @internal */
export function finishReportDue(
  period: { readonly from: string; readonly to: string },
  dueDayNumber: number,
  reasons: Reason[],
  calendar: WorkCalendar | undefined,
): ReportDue {
  const kindReason = reportDueDayKindReason(dueDayNumber, calendar);
  if (kindReason !== undefined) reasons.push(kindReason);
  return {
    period,
    lastDay: formatDayNumber(dueDayNumber),
    endsAt: new Date(shanghaiStartOfDayMs(dueDayNumber + 1)),
    reasons,
  };
}

/** The `calendar` option of a report function, checked: a calendar of `createWorkCalendar`, or absent. @internal */
export function calendarOf(options: Record<string, unknown> | undefined): WorkCalendar | undefined {
  if (options === undefined) return undefined;
  expectKnownKeys(options, ['policy', 'calendar'], ['options']);
  expectCalendarOptions(options, ['options']);
  return options.calendar as WorkCalendar | undefined;
}
