import { expectPlainObject } from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';
import { type DayInput, formatDayNumber, shanghaiStartOfDayMs, toDayNumber } from './days.js';
import {
  computePeriodEnd,
  describePeriodLength,
  type PeriodLength,
  readPeriodLength,
} from './periodLength.js';

/**
 * A window that divides responsibility or phase (`LAW-WINDOW`): from the day after its
 * start through the corresponding last day, inclusive, never extended over rest days.
 */
export type CalendarWindow = Decision<{
  /** The day the window is counted from (not itself inside the window). */
  readonly startDay: string;
  /** The window's first day: the day after `startDay`. */
  readonly firstDay: string;
  /** The window's last day, inclusive. */
  readonly lastDay: string;
  /** The exclusive end: 00:00 Asia/Shanghai of the day after `lastDay`. */
  readonly endsAt: Date;
}>;

/**
 * The responsibility window of a given length after `start` (`LAW-WINDOW`): "3 months
 * after the centralized delivery", the 1-year break-in period, a warranty period. Counted
 * as Civil Code periods are (art. 201-202: from the next day, to the corresponding day or
 * the month's last day) but never moved over rest days, and needing no holiday data.
 *
 * @rule LAW-WINDOW
 * @rule LAW-PERIOD-MONTH
 * @example
 * ```ts
 * const w = addWindow('2025-11-30', { months: 3 });
 * w.firstDay; // '2025-12-01'
 * w.lastDay; // '2026-02-28' (no Feb 30: the month's last day; not moved although it is a Saturday)
 * ```
 */
export function addWindow(start: DayInput, length: PeriodLength): CalendarWindow {
  const len = readPeriodLength(length, ['length']);
  const startDn = toDayNumber(start, ['start']);
  const end = computePeriodEnd(startDn, len);
  const startDay = formatDayNumber(startDn);
  const firstDay = formatDayNumber(startDn + 1);
  const lastDay = formatDayNumber(end.dayNumber);
  const words = describePeriodLength(len);
  return {
    startDay,
    firstDay,
    lastDay,
    endsAt: new Date(shanghaiStartOfDayMs(end.dayNumber + 1)),
    reasons: [
      createReason(
        'LAW-WINDOW',
        { startDay, length: words.en, firstDay, lastDay, clampedToMonthEnd: end.clampedToMonthEnd },
        {
          'zh-CN': `${startDay}后${words.zh}的责任期间：${firstDay}至${lastDay}（含当日），不因休息日顺延`,
          en: `The window of ${words.en} after ${startDay}: ${firstDay} to ${lastDay} inclusive, never extended over rest days`,
        },
      ),
    ],
  };
}

/**
 * Whether a day (or the Asia/Shanghai day of an instant) lies inside a window, both ends
 * included (`LAW-WINDOW`, `LAW-THRESHOLD`: 以内 includes the last day).
 *
 * @rule LAW-WINDOW
 * @example
 * ```ts
 * const w = addWindow('2025-11-30', { months: 3 });
 * isWithinWindow('2026-02-28', w); // true
 * isWithinWindow('2026-03-01', w); // false
 * isWithinWindow('2025-11-30', w); // false: the start day itself is before the window
 * ```
 */
export function isWithinWindow(day: DayInput, window: Pick<CalendarWindow, 'firstDay' | 'lastDay'>): boolean {
  const dn = toDayNumber(day, ['day']);
  const w = expectPlainObject(window, ['window']);
  const first = toDayNumber(w.firstDay as DayInput, ['window', 'firstDay']);
  const last = toDayNumber(w.lastDay as DayInput, ['window', 'lastDay']);
  return dn >= first && dn <= last;
}
