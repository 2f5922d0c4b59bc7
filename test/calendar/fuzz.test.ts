/**
 * Fuzzing every calendar door: arbitrary and hostile arguments (days of years 0000-9999 and
 * past them, the largest and smallest `Date`, counts up to 2^53, periods of 2^53 years,
 * garbage options) never make a calendar function throw anything but a `RealtyCrmError`,
 * and whatever it returns is a day it can write (`YYYY-MM-DD`, 1901-9999) with a valid end.
 *
 * 10^4 runs per door here; `npm run fuzz:calendar` runs 10^5 (FUZZ_RUNS).
 *
 * @rule LAW-COVERAGE
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addElapsed,
  addPeriod,
  addWindow,
  addWorkingDays,
  computeCalendarCoverage,
  computeDayKind,
  computeWorkingDayOnOrBefore,
  countWorkingDays,
  createWorkCalendar,
  hasElapsed,
  isDeadlinePassed,
  isWithinLast,
  isWithinWindow,
  isWorkingDay,
  parseHolidayYear,
  subtractPeriod,
} from '../../src/calendar/index.js';
import { RealtyCrmError } from '../../src/core/errors.js';
import { INVENTED_NOTICE_2027 } from './fixtures/inventedNotice2027.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Day strings of any shape near YYYY-MM-DD: years 0000-9999, months 00-13, days 00-32. */
const dayString = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const extremeDates = fc.constantFrom(
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(Number.NaN),
  new Date('0000-01-01T00:00:00Z'),
  new Date('1900-12-31T15:59:59Z'),
  new Date('1900-12-31T16:00:00Z'),
  new Date('9999-12-31T15:59:59.999Z'),
  new Date('9999-12-31T16:00:00Z'),
);
const anyDate = fc.date({ noInvalidDate: false });
const isoString = fc
  .tuple(
    fc.date({ min: new Date(-62_000_000_000_000), max: new Date(253_402_300_000_000) }),
    fc.constantFrom('Z', '+08:00', '-12:00', '+14:00'),
  )
  .map(([d, z]) => (Number.isNaN(d.getTime()) ? 'x' : `${d.toISOString().slice(0, 19)}${z}`));
const day = fc.oneof(dayString, extremeDates, anyDate, isoString, fc.anything());

const count = fc.oneof(
  fc.nat({ max: 400 }),
  fc.integer(),
  fc.constantFrom(1e9, 2 ** 53, 2 ** 53 - 1, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 10n),
  fc.double(),
  fc.anything(),
);
const unit = fc.oneof(
  fc.nat({ max: 40 }),
  fc.constantFrom(2 ** 53, 2 ** 53 - 1, 1e9, 9999, 10_000, 119_988, 119_989, -1, 1.5, Number.NaN),
  fc.anything(),
);
const periodLength = fc.oneof(
  fc.record({ days: unit, weeks: unit, months: unit, years: unit }, { requiredKeys: [] }),
  fc.anything(),
);
const elapsedLength = fc.oneof(
  fc.record({ days: unit, hours: unit, minutes: unit }, { requiredKeys: [] }),
  fc.anything(),
);
const calendar2027 = createWorkCalendar({ years: [INVENTED_NOTICE_2027] });
const options = fc.oneof(
  fc.constant(undefined),
  fc.constant({ fallback: 'weekends-only' as const }),
  fc.constant({ calendar: calendar2027, fallback: 'weekends-only' as const }),
  fc.constant({ calendar: createWorkCalendar({ builtIn: false }) }),
  fc.record(
    { fallback: fc.anything(), calendar: fc.anything(), cutoff: fc.anything() },
    { requiredKeys: [] },
  ),
  fc.record({ cutoff: fc.constantFrom('17:30', '00:00', '23:59', '24:00', '9:00') }),
  fc.anything(),
);

const WRITABLE_DAY = /^(19\d\d|[2-9]\d\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Runs a door: it returns, or throws a RealtyCrmError; a returned day is writable. */
function holds(call: () => unknown): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (!(error instanceof RealtyCrmError)) throw error;
    expect(error.code).toMatch(/^[A-Z_]+$/);
    return;
  }
  if (result !== null && typeof result === 'object') {
    const r = result as { lastDay?: unknown; endsAt?: unknown };
    if (typeof r.lastDay === 'string') {
      expect(r.lastDay).toMatch(WRITABLE_DAY);
      expect(r.lastDay >= '1901-01-01').toBe(true);
    }
    if ('endsAt' in r) expect(Number.isNaN((r.endsAt as Date).getTime())).toBe(false);
    JSON.stringify(result);
  }
  if (result instanceof Date) expect(Number.isNaN(result.getTime())).toBe(false);
}

const fuzz = (name: string, arb: fc.Arbitrary<() => unknown>) =>
  it(`LAW-COVERAGE: ${name} throws nothing but a RealtyCrmError, and returns only days it can write`, () => {
    fc.assert(fc.property(arb, holds), { numRuns: RUNS });
  }, 120_000);

describe('calendar doors under fuzzing', () => {
  fuzz(
    'addWorkingDays',
    fc.tuple(day, count, options).map(
      ([d, n, o]) =>
        () =>
          addWorkingDays(d as string, n as number, o as never),
    ),
  );
  fuzz(
    'addPeriod',
    fc.tuple(day, periodLength, options).map(
      ([d, l, o]) =>
        () =>
          addPeriod(d as string, l as never, o as never),
    ),
  );
  fuzz(
    'subtractPeriod',
    fc.tuple(day, periodLength, options).map(
      ([d, l, o]) =>
        () =>
          subtractPeriod(d as string, l as never, o as never),
    ),
  );
  fuzz(
    'computeWorkingDayOnOrBefore',
    fc.tuple(day, options).map(
      ([d, o]) =>
        () =>
          computeWorkingDayOnOrBefore(d as string, o as never),
    ),
  );
  fuzz(
    'countWorkingDays',
    fc.tuple(day, day, options).map(
      ([a, b, o]) =>
        () =>
          countWorkingDays(a as string, b as string, o as never),
    ),
  );
  fuzz(
    'computeDayKind and isWorkingDay',
    fc.tuple(day, options).map(([d, o]) => () => [
      computeDayKind(d as string, o as never),
      isWorkingDay(d as string, o as never),
    ]),
  );
  fuzz(
    'addWindow and isWithinWindow',
    fc.tuple(day, periodLength, day, fc.anything()).map(([d, l, e, w]) => () => {
      const window = addWindow(d as string, l as never);
      isWithinWindow(e as string, window);
      isWithinWindow(e as string, w as never);
      return window;
    }),
  );
  fuzz(
    'addElapsed, hasElapsed and isWithinLast',
    fc.tuple(day, day, elapsedLength).map(([a, b, l]) => () => [
      addElapsed(a as string, l as never),
      hasElapsed(a as string, b as string, l as never),
      isWithinLast(a as string, b as string, l as never),
    ]),
  );
  fuzz(
    'isDeadlinePassed',
    fc.tuple(fc.oneof(fc.record({ endsAt: fc.oneof(anyDate, fc.anything()) }), fc.anything()), day).map(
      ([d, n]) =>
        () =>
          isDeadlinePassed(d as never, n as string),
    ),
  );
  fuzz(
    'createWorkCalendar and computeCalendarCoverage',
    fc
      .oneof(
        fc.anything(),
        fc.record(
          { years: fc.anything(), days: fc.anything(), builtIn: fc.anything() },
          { requiredKeys: [] },
        ),
      )
      .map((o) => () => computeCalendarCoverage({ calendar: createWorkCalendar(o as never) })),
  );
  fuzz(
    'computeCalendarCoverage',
    fc.tuple(fc.anything(), day).map(([c, now]) => () => [
      computeCalendarCoverage(c as never),
      computeCalendarCoverage({ now: now as string }),
    ]),
  );

  it('LAW-COVERAGE: parseHolidayYear never throws: any input is a result', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            year: fc.anything(),
            notices: fc.anything(),
            days: fc.array(
              fc.record({
                date: fc.oneof(dayString, fc.anything()),
                isOffDay: fc.anything(),
                name: fc.anything(),
              }),
            ),
          }),
        ),
        (input) => {
          const result = parseHolidayYear(input);
          expect(typeof result.success).toBe('boolean');
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});
