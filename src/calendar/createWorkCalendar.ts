import { InvalidArgumentError } from '../core/errors.js';
import { findShapeIssue } from '../core/shapeCheck.js';
import { CALENDAR_OPTIONS_SHAPE } from './calendarOptionsShape.js';
import { BUILT_IN_HOLIDAY_YEARS } from './holidays/index.js';
import type { HolidayYear } from './holidays/types.js';
import { defaultWorkCalendar, WorkCalendar, type WorkCalendarOptions } from './workCalendar.js';

/**
 * Makes a working-day calendar from the built-in years (2008-2026) plus the years and
 * days the caller supplies, validated as `WorkCalendarOptionsSchema` validates them (by a
 * hand-written check: no zod in a page that makes its own calendar). Throws an
 * {@link InvalidArgumentError} with code `INVALID_CALENDAR` and the path of the first bad
 * value.
 *
 * @rule LAW-WORKDAY
 * @rule LAW-COVERAGE
 * @example
 * ```ts
 * const calendar = createWorkCalendar({
 *   days: [{ date: '2026-12-31', isOffDay: true, name: '公司年会', nameEn: 'Company annual meeting' }],
 * });
 * isWorkingDay('2026-12-31', { calendar }); // false
 * isWorkingDay('2026-12-31'); // true: the built-in calendar is unchanged
 * ```
 */
export function createWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const issue = findShapeIssue(CALENDAR_OPTIONS_SHAPE, options);
  if (issue !== undefined) throw new InvalidArgumentError(issue.path, issue.message, 'INVALID_CALENDAR');
  const builtIn = options.builtIn ?? true;
  // Nothing added: the built-in calendar itself (immutable, so it can be shared).
  if (builtIn && (options.years ?? []).length === 0 && (options.days ?? []).length === 0) {
    return defaultWorkCalendar();
  }
  const byYear = new Map<number, HolidayYear>();
  if (builtIn) for (const y of BUILT_IN_HOLIDAY_YEARS) byYear.set(y.year, y);
  for (const y of options.years ?? []) byYear.set(y.year, y);
  checkConflicts(options.years ?? [], byYear);
  return new WorkCalendar([...byYear.values()], options.days ?? []);
}

/**
 * A day set by two notices (a year given here and another year, given or built in) is a
 * conflict, reported at the path of the given year's day (`years.0.days.3.date`).
 */
function checkConflicts(given: readonly HolidayYear[], byYear: ReadonlyMap<number, HolidayYear>): void {
  const setBy = new Map<string, number[]>();
  for (const y of byYear.values())
    for (const d of y.days) setBy.set(d.date, [...(setBy.get(d.date) ?? []), y.year]);
  given.forEach((y, i) => {
    if (byYear.get(y.year) !== y) return; // replaced by a later year of the same number
    y.days.forEach((d, j) => {
      const other = setBy.get(d.date)?.find((year) => year !== y.year);
      if (other !== undefined) {
        throw new InvalidArgumentError(
          ['years', i, 'days', j, 'date'],
          `${d.date} is set by both ${y.year}'s notice and ${other}'s notice`,
          'INVALID_CALENDAR',
        );
      }
    });
  });
}
