import { type DayInput, toDayNumber } from './days.js';
import { type CalendarOptions, DayReader } from './options.js';

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

/** Working days in `(a, b]`, `a <= b`: prefix sums inside the table when it is all covered. */
function countSpan(reader: DayReader, a: number, b: number): number {
  const cal = reader.calendar;
  const i = a - cal.base + 1;
  const j = b - cal.base + 1;
  if (i >= 0 && j <= cal.kinds.length && cal.uncoveredPrefix[j] === cal.uncoveredPrefix[i]) {
    return (cal.workPrefix[j] as number) - (cal.workPrefix[i] as number);
  }
  let n = 0;
  for (let dn = a + 1; dn <= b; dn++) if (reader.isWorking(dn)) n++;
  return n;
}
