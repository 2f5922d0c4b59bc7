import { type DayInput, toDayNumber } from './days.js';
import { type CalendarOptions, DayReader } from './options.js';
import { countWorkingDaysInView } from './span.js';

/**
 * The number of working days in `(from, to]`: after `from`, up to and including `to`, as
 * `LAW-WORKDAY-PERIOD` counts them. Negative when `to` is before `from`
 * (`countWorkingDays(a, b) === -countWorkingDays(b, a)`).
 *
 * @rule LAW-WORKDAY-PERIOD
 * @rule LAW-WORKDAY
 * @example
 * ```ts
 * countWorkingDays('2026-09-30', '2026-10-13'); // 5: 10-08, 10-09, 10-10 (a makeup Saturday), 10-12, 10-13
 * ```
 */
export function countWorkingDays(from: DayInput, to: DayInput, options?: CalendarOptions): number {
  const reader = new DayReader(options);
  const a = toDayNumber(from, ['from']);
  const b = toDayNumber(to, ['to']);
  if (b < a) return 0 - countSpan(reader, b, a); // 0 - x: never -0
  return countSpan(reader, a, b);
}

/**
 * Working days in `(a, b]`, `a <= b`, in constant time: the calendar's prefix sums inside its
 * table, weekdays outside it; the span must be covered unless the fallback is on.
 */
function countSpan(reader: DayReader, a: number, b: number): number {
  reader.coverSpan(a, b);
  return countWorkingDaysInView(reader.calendar, a, b);
}
