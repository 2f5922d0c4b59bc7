/**
 * The options of `createWorkCalendar` as a {@link Shape}: what `WorkCalendarOptionsSchema`
 * (zod) checks, written as plain data so that a page that makes its own calendar carries no
 * zod (issue 14). `test/calendar/calendarOptionsShape.test.ts` checks that the two agree (the
 * same first issue, path and message) on good options and on damaged copies of them.
 *
 * @internal
 * @module
 */

import type { Shape, ShapeIssue } from '../core/shapeCheck.js';
import { calendarMessageEn } from './calendarMessages.js';
import { tryParseDayString } from './days.js';
import { checkHolidayYearRules, type HolidayYearInput, isGovCnAddress } from './holidayYearRules.js';

/** A string that passes a test, else the calendar's message `key` (zod `.refine`). */
const tested = (test: (s: string) => boolean, key: string): Shape => ({
  k: 'string',
  test: [test, calendarMessageEn(key, {})],
});
const optional = (of: Shape): Shape => ({ k: 'optional', of });
const TEXT: Shape = { k: 'string', min: 1 };
const hasText = (s: string) => /\S/.test(s);

/** The first rule a year breaks beyond its shape, as `superRefine` reports it. */
function yearRulesIssue(year: Readonly<Record<string, unknown>>): ShapeIssue | undefined {
  let first: ShapeIssue | undefined;
  checkHolidayYearRules(year as unknown as HolidayYearInput, (path, key, values) => {
    first ??= { path, message: calendarMessageEn(key, values), fatal: false };
  });
  return first;
}

/** The options of `createWorkCalendar`, as `WorkCalendarOptionsSchema` checks them. @internal */
export const CALENDAR_OPTIONS_SHAPE: Shape = /* @__PURE__ */ (() => {
  const DAY = tested((s) => tryParseDayString(s) !== undefined, 'day');
  const dayKeys = { date: DAY, isOffDay: { k: 'boolean' } as Shape, name: TEXT, nameEn: optional(TEXT) };
  const NOTICE: Shape = {
    k: 'object',
    keys: {
      number: tested(hasText, 'noticeNumber'),
      title: tested(hasText, 'noticeTitle'),
      url: tested(isGovCnAddress, 'govCnUrl'),
      issuedOn: DAY,
    },
  };
  const YEAR: Shape = {
    k: 'object',
    keys: {
      $schema: optional({ k: 'string' }),
      $comment: optional({ k: 'string' }),
      year: { k: 'number', int: true, min: 1949, max: 9999 },
      notices: { k: 'array', of: NOTICE, min: 1 },
      days: {
        k: 'array',
        of: { k: 'object', keys: { ...dayKeys, name: { k: 'string' }, notice: optional(TEXT) } },
      },
    },
    check: yearRulesIssue,
  };
  return {
    k: 'object',
    keys: {
      years: optional({ k: 'array', of: YEAR }),
      days: optional({ k: 'array', of: { k: 'object', keys: dayKeys } }),
      builtIn: optional({ k: 'boolean' }),
    },
  };
})();
