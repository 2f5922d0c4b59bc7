import type { WorkCalendar } from '../calendar/workCalendar.js';
import type { Decision } from '../core/reason.js';
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

// The generic part (the due day's kind, the finished result) lives in the calendar, where
// the monthly repair statistics (WAR-RPT-MONTHLY) use it too.
export {
  finishFixedDayDue as finishReportDue,
  fixedDueDayKindReason as reportDueDayKindReason,
  weekdayNames,
} from '../calendar/monthlyReportDue.js';

/** The `calendar` option of a report function, checked: a calendar of `createWorkCalendar`, or absent. @internal */
export function calendarOf(options: Record<string, unknown> | undefined): WorkCalendar | undefined {
  if (options === undefined) return undefined;
  expectKnownKeys(options, ['policy', 'calendar'], ['options']);
  expectCalendarOptions(options, ['options']);
  return options.calendar as WorkCalendar | undefined;
}
