/**
 * Class fields are declared, not defined, in the calendar and the errors (issue 14: fewer
 * bytes in a browser bundle); the objects keep their keys, in the same order, and stay frozen.
 *
 * @rule LAW-COVERAGE
 */

import { describe, expect, it } from 'vitest';
import { addWorkingDays, createWorkCalendar, defaultWorkCalendar } from '../../src/calendar/index.js';
import { CalendarCoverageError, InvalidArgumentError } from '../../src/core/errors.js';
import { refusalOf } from '../_lib/refusal.js';

const CALENDAR_KEYS = [
  'coveredYears',
  'years',
  'extraDays',
  'base',
  'kinds',
  'labelIndex',
  'labels',
  'workPrefix',
  'uncoveredPrefix',
  'listedPrefix',
  'workAt',
  'dayStrings',
  'reasonCache',
];

describe('LAW-COVERAGE declared fields', () => {
  it('LAW-COVERAGE: a WorkCalendar has its keys in the declared order and is frozen', () => {
    for (const cal of [defaultWorkCalendar(), createWorkCalendar({ builtIn: false })]) {
      expect(Object.keys(cal)).toEqual(CALENDAR_KEYS);
      expect(Object.isFrozen(cal)).toBe(true);
    }
    expect(defaultWorkCalendar().coveredYears.at(-1)).toBe(2026);
  });

  it('LAW-COVERAGE: the coverage error of 2031 carries its code, year, day and covered years as own properties', () => {
    const error = refusalOf(() => addWorkingDays('2030-12-31', 1), CalendarCoverageError);
    const e = error as CalendarCoverageError;
    expect(Object.getOwnPropertyNames(e)).toEqual([
      'stack',
      'message',
      'code',
      'name',
      'year',
      'day',
      'coveredYears',
    ]);
    expect([e.code, e.name, e.year, e.day, e.coveredYears.at(-1)]).toEqual([
      'CALENDAR_NOT_COVERED',
      'CalendarCoverageError',
      2031,
      '2031-01-01',
      2026,
    ]);
    const bad = new InvalidArgumentError(['n'], 'expected a number');
    expect(Object.getOwnPropertyNames(bad)).toEqual(['stack', 'message', 'code', 'name', 'path']);
  });
});
