/**
 * The calendar options a warranty function passes on to the calendar, read from its
 * argument object without copying `undefined`s (the calendar checks them itself).
 *
 * @internal
 * @module
 */

import type { CalendarOptions, CoverageFallback } from '../calendar/options.js';
import { WorkCalendar } from '../calendar/workCalendar.js';
import { InvalidArgumentError } from '../core/errors.js';

/** `{ calendar?, fallback? }` of an argument object. @internal */
export function readCalendarOptions(
  obj: Record<string, unknown>,
  path: readonly (string | number)[] = [],
): CalendarOptions {
  const out: { calendar?: WorkCalendar; fallback?: CoverageFallback } = {};
  if (obj.calendar !== undefined) {
    if (!(obj.calendar instanceof WorkCalendar)) {
      throw new InvalidArgumentError(
        [...path, 'calendar'],
        'expected a WorkCalendar made by createWorkCalendar',
      );
    }
    out.calendar = obj.calendar;
  }
  if (obj.fallback !== undefined) out.fallback = obj.fallback as CoverageFallback;
  return out;
}
