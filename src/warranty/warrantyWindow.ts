/**
 * Warranty windows on day numbers (`LAW-WINDOW`): the same reading as the calendar's
 * `addWindow` (from the day after the start through the corresponding day of the last
 * month, or that month's last day where it has none; never moved over rest days), done in
 * integer arithmetic. `addWindow` builds a time-zone date per call (about 30 µs), which
 * is too slow for a warranty table of every component of every home; a property test
 * checks that both agree.
 *
 * @internal
 * @module
 */

import { civilOf, dayNumberOf } from '../calendar/days.js';

/** The last day of a window of `months` after `startDay`, and whether the month had no corresponding day. @internal */
export function computeWindowEnd(
  startDay: number,
  months: number,
): { readonly dayNumber: number; readonly clampedToMonthEnd: boolean } {
  const [y, m, d] = civilOf(startDay);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const first = dayNumberOf(year, month, 1);
  const daysInMonth = (month === 12 ? dayNumberOf(year + 1, 1, 1) : dayNumberOf(year, month + 1, 1)) - first;
  return {
    dayNumber: first + Math.min(d, daysInMonth) - 1,
    clampedToMonthEnd: d > daysInMonth,
  };
}
