import { type DayInput, toDayNumber } from './days.js';
import { type CalendarOptions, DayReader } from './options.js';

/**
 * Whether a day is a working day (`LAW-WORKDAY`): Monday to Friday that is not a
 * statutory holiday, or a makeup working day (调休上班) on a weekend. A `YYYY-MM-DD`
 * string is a Shanghai day; a `Date` or an ISO string with an offset is read as the
 * Asia/Shanghai day it falls on, whatever the host's time zone.
 *
 * @rule LAW-WORKDAY
 * @example
 * ```ts
 * isWorkingDay('2026-10-01'); // false: National Day
 * isWorkingDay('2026-10-10'); // true: a Saturday, makeup working day for National Day
 * isWorkingDay('2026-09-30T23:30:00Z'); // false: that instant is 2026-10-01 07:30 in Shanghai
 * ```
 */
export function isWorkingDay(day: DayInput, options?: CalendarOptions): boolean {
  const reader = new DayReader(options);
  return reader.isWorking(toDayNumber(day, ['day']));
}
