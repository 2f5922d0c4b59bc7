/**
 * Working days over long spans are counted in constant time (the table where a calendar has
 * days, weekdays before and after it, prefix sums and binary searches for the uncovered days):
 * checked here against the plain day-by-day reading of the same rules, on calendars with gaps,
 * without built-in years and with the caller's own days outside the notices' years.
 *
 * @rule LAW-WORKDAY-PERIOD
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  computeDayKind,
  countWorkingDays,
  createWorkCalendar,
  type HolidayYear,
  type WorkCalendar,
} from '../../src/calendar/index.js';
import { CalendarCoverageError } from '../../src/core/errors.js';
import { dayBetween, dayNumberOfDay, dayOf, propertyRuns } from '../_lib/arbitraries.js';
import { refusalOf } from '../_lib/refusal.js';
import { INVENTED_NOTICE_2027 } from './fixtures/inventedNotice2027.js';

/** An invented, empty notice for a year (a test fixture): the year covered, no holidays. */
function inventedYear(year: number): HolidayYear {
  return {
    year,
    notices: [
      {
        number: `TEST-FIXTURE-${year}（虚构）`,
        title: `测试用虚构通知：${year}年（非国务院办公厅文件）`,
        url: 'https://www.gov.cn/test-fixture/invented.htm',
        issuedOn: `${year - 1}-11-01`,
      },
    ],
    days: [],
  };
}

const CALENDARS: readonly (readonly [string, WorkCalendar | undefined])[] = [
  ['built-in', undefined],
  // 2008-2027, then a gap 2028-2029, then 2030.
  ['with a gap', createWorkCalendar({ years: [INVENTED_NOTICE_2027, inventedYear(2030)] })],
  [
    '2026 only, a day of the caller in 2031',
    createWorkCalendar({
      builtIn: false,
      years: [inventedYear(2026)],
      days: [{ date: '2031-03-03', isOffDay: true, name: '公司活动日' }],
    }),
  ],
  ['no years', createWorkCalendar({ builtIn: false })],
];

/** The oracle's first day and how many days it reads. */
const ORACLE_FROM = dayNumberOfDay('2003-12-01');
const ORACLE_DAYS = dayNumberOfDay('2040-12-31') - ORACLE_FROM + 1;
const oracles = new Map<WorkCalendar | undefined, (boolean | undefined)[]>();

/**
 * The plain reading, one day at a time by its kind (`undefined`: a day the calendar does not
 * cover), read once per calendar for 2003-12 to 2040.
 */
function oracleOf(calendar: WorkCalendar | undefined): readonly (boolean | undefined)[] {
  let oracle = oracles.get(calendar);
  if (oracle === undefined) {
    oracle = [];
    for (let i = 0; i < ORACLE_DAYS; i++) {
      const k = computeDayKind(dayOf(ORACLE_FROM + i), {
        ...(calendar ? { calendar } : {}),
        fallback: 'weekends-only',
      });
      oracle.push(k.fallbackUsed ? undefined : k.isWorkingDay);
    }
    oracles.set(calendar, oracle);
  }
  return oracle;
}

/** 1970-01-01 was a Thursday: Saturday and Sunday by day number, independently of the code. */
const isWeekdayNumber = (dn: number) => ![2, 3].includes(((dn % 7) + 7) % 7);

function naiveSpan(a: string, b: string, calendar: WorkCalendar | undefined) {
  const oracle = oracleOf(calendar);
  let count = 0;
  let first: number | undefined;
  let last: number | undefined;
  const to = dayNumberOfDay(b);
  for (let dn = dayNumberOfDay(a) + 1; dn <= to; dn++) {
    const i = dn - ORACLE_FROM;
    if (i < 0 || i >= ORACLE_DAYS) throw new Error(`outside the oracle: ${dayOf(dn)}`);
    const w = oracle[i];
    if (w === undefined) {
      first ??= dn;
      last = dn;
    }
    if (w ?? isWeekdayNumber(dn)) count++;
  }
  return {
    count,
    firstUncovered: first === undefined ? undefined : dayOf(first),
    lastUncovered: last === undefined ? undefined : dayOf(last),
  };
}

/** Whether a day is a working day by the oracle (uncovered days by their weekday). */
function working(day: string, calendar: WorkCalendar | undefined): boolean {
  const dn = dayNumberOfDay(day);
  return oracleOf(calendar)[dn - ORACLE_FROM] ?? isWeekdayNumber(dn);
}

const day = fc.oneof(
  dayBetween('2004-01-01', '2033-12-31'),
  fc.constantFrom(
    '2007-12-28',
    '2007-12-29',
    '2007-12-31',
    '2008-01-01',
    '2026-12-30',
    '2026-12-31',
    '2027-01-01',
    '2027-12-31',
    '2028-01-01',
    '2029-12-31',
    '2030-01-01',
    '2030-12-31',
    '2031-03-03',
    '2025-12-31',
    '2026-01-01',
  ),
);

describe.each(CALENDARS)('spans on the %s calendar', (_name, calendar) => {
  const withCal = calendar ? { calendar } : {};

  it('LAW-WORKDAY-PERIOD: countWorkingDays over any span is the day-by-day count; uncovered days by their weekday under the fallback, else an error at the first', () => {
    fc.assert(
      fc.property(day, day, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const naive = naiveSpan(a, b, calendar);
        expect(countWorkingDays(a, b, { ...withCal, fallback: 'weekends-only' })).toBe(naive.count);
        expect(countWorkingDays(b, a, { ...withCal, fallback: 'weekends-only' })).toBe(0 - naive.count);
        if (naive.firstUncovered === undefined) {
          expect(countWorkingDays(a, b, withCal)).toBe(naive.count);
        } else {
          const error = refusalOf(() => countWorkingDays(a, b, withCal), CalendarCoverageError);
          expect((error as CalendarCoverageError).day).toBe(naive.firstUncovered);
        }
      }),
      { numRuns: propertyRuns(100) },
    );
  }, 60_000);

  it('LAW-WORKDAY-PERIOD: addWorkingDays lands on the n-th working day after the start, saying which days it estimated', () => {
    fc.assert(
      fc.property(day, fc.nat({ max: 1200 }), (start, n) => {
        const d = addWorkingDays(start, n, { ...withCal, fallback: 'weekends-only' });
        const naive = naiveSpan(start, d.lastDay, calendar);
        expect(naive.count).toBe(n);
        // The last day is itself a working day (the n-th), unless n = 0 (the start day).
        if (n > 0) expect(working(d.lastDay, calendar)).toBe(true);
        expect(d.fallbackUsed).toBe(naive.firstUncovered !== undefined);
        const coverage = d.reasons.find((r) => r.rule === 'LAW-COVERAGE');
        if (naive.firstUncovered === undefined) expect(coverage).toBeUndefined();
        else expect(coverage?.facts).toMatchObject({ from: naive.firstUncovered, to: naive.lastUncovered });
        if (naive.firstUncovered === undefined) {
          expect(addWorkingDays(start, n, withCal).lastDay).toBe(d.lastDay);
        } else {
          expect(() => addWorkingDays(start, n, withCal)).toThrow(CalendarCoverageError);
        }
      }),
      { numRuns: propertyRuns(100) },
    );
  }, 60_000);
});

describe('spans: paths and edges', () => {
  it('LAW-WORKDAY-PERIOD: a bad day is an error at the argument the caller passed', () => {
    expect(() => countWorkingDays('2026-13-01', '2026-10-01')).toThrow(/^from: /);
    expect(() => countWorkingDays('2026-10-01', '2026-13-01')).toThrow(/^to: /);
  });

  it('LAW-WORKDAY-PERIOD: the same day holds no working day, in either direction (never -0)', () => {
    expect(Object.is(countWorkingDays('2026-10-09', '2026-10-09'), 0)).toBe(true);
    expect(countWorkingDays('2026-10-09', '2026-10-10')).toBe(1); // the makeup Saturday
    expect(countWorkingDays('2026-10-10', '2026-10-09')).toBe(-1);
  });
});
