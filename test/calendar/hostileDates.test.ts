/**
 * Dates outside the years the package can speak of (issue 15, and the calendar findings of
 * issue 8's fuzzing), one test per finding. The decision: every calendar computation is
 * day-number arithmetic, and the days accepted are 1901-01-01 to 9999-12-31 (Asia/Shanghai),
 * refused outside with an error that says so: before 1901 Shanghai kept local mean time,
 * which no deadline was counted in, and past 9999 a day cannot be written YYYY-MM-DD.
 *
 * @rule LAW-COVERAGE
 */

import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { shanghaiStartOfDayMs } from '../../src/calendar/days.js';
import {
  addElapsed,
  addPeriod,
  addWindow,
  addWorkingDays,
  computeDayKind,
  computeWorkingDayOnOrBefore,
  countWorkingDays,
  isDeadlinePassed,
  isWithinWindow,
  isWorkingDay,
  subtractPeriod,
} from '../../src/calendar/index.js';
import { CalendarCoverageError, InvalidArgumentError, RealtyCrmError } from '../../src/core/errors.js';
import { refusalOf } from '../_lib/refusal.js';

const fallback = { fallback: 'weekends-only' } as const;
const RANGE = /the package counts days from 1901-01-01 to 9999-12-31 only/;

describe('hostile dates: the days the package speaks of are 1901-01-01 to 9999-12-31', () => {
  it('LAW-PERIOD-MONTH: a start before 1901 is refused, not shifted by local mean time; from 1901 months land on the corresponding day', () => {
    const e = refusalOf(() => addPeriod('1900-01-31', { months: 1 }, fallback), RealtyCrmError);
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e).toMatchObject({ path: ['start'] });
    expect(e.message).toMatch(/^start: a day before 1901-01-01: /);
    expect(e.message).toMatch(/local mean time/);
    // 1901 onwards: no day early (the finding: 589 wrong results over 1900 alone).
    expect(addPeriod('1901-01-31', { months: 1 }, fallback).lastDay).toBe('1901-02-28');
    expect(addPeriod('1904-01-31', { months: 1 }, fallback).lastDay).toBe('1904-02-29');
    expect(addPeriod('1950-03-31', { months: 1 }, fallback).lastDay).toBe('1950-05-01'); // 04-30 is a Sunday
  });

  it('LAW-PERIOD-END: every day 1901-1991 begins at the instant the time-zone database gives (daylight-saving summers included)', () => {
    let checked = 0;
    for (let t = Date.UTC(1901, 0, 1); t < Date.UTC(1992, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const expected = new TZDate(
        d.getUTCFullYear(),
        d.getUTCMonth(),
        d.getUTCDate(),
        'Asia/Shanghai',
      ).getTime();
      const got = shanghaiStartOfDayMs(t / 86_400_000);
      if (got !== expected)
        expect(new Date(got).toISOString(), d.toISOString()).toBe(new Date(expected).toISOString());
      checked++;
    }
    expect(checked).toBe(33_237);
    // 1988-06-02 in a summer (UTC+9): the period ends at 1988-06-03 00:00+09:00.
    expect(addPeriod('1988-06-01', { days: 1 }, fallback).endsAt.toISOString()).toBe(
      '1988-06-02T15:00:00.000Z',
    );
  }, 120_000);

  it('LAW-PERIOD-MONTH: years 0000-0099 are refused, never read as 19xx (the two-digit-year rule of Date.UTC)', () => {
    for (const day of ['0000-01-01', '0025-10-09', '0099-12-31']) {
      expect(refusalOf(() => addPeriod(day, { months: 1 }, fallback), RealtyCrmError).message, day).toMatch(
        RANGE,
      );
      expect(refusalOf(() => addWorkingDays(day, 5, fallback), RealtyCrmError).message, day).toMatch(RANGE);
      expect(refusalOf(() => isWorkingDay(day, fallback), RealtyCrmError).message, day).toMatch(RANGE);
    }
  });

  it('LAW-PERIOD-END: no result lies outside 1-9999 (no 10003-10-29, no 00-1-01-04): an end past 9999-12-31 is an error at the argument that causes it', () => {
    expect(refusalOf(() => addPeriod('9999-06-01', { years: 1 }, fallback), RealtyCrmError)).toMatchObject({
      path: ['length'],
    });
    expect(refusalOf(() => addPeriod('9999-12-31', { days: 1 }, fallback), RealtyCrmError).message).toMatch(
      /^length: the period ends after 9999-12-31/,
    );
    expect(refusalOf(() => addWorkingDays('9999-12-30', 5, fallback), RealtyCrmError)).toMatchObject({
      path: ['n'],
    });
    expect(
      refusalOf(() => subtractPeriod('1901-03-01', { years: 1 }, fallback), RealtyCrmError).message,
    ).toMatch(/^length: the period ends before 1901-01-01/);
    expect(refusalOf(() => addWindow('9990-01-01', { years: 10 }), RealtyCrmError)).toMatchObject({
      path: ['length'],
    });
    // The last writable day itself is fine: 9999-12-31 is a Friday.
    expect(addWorkingDays('9999-12-30', 1, fallback).lastDay).toBe('9999-12-31');
    expect(addWorkingDays('9999-12-30', 1, fallback).endsAt.toISOString()).toBe('9999-12-31T16:00:00.000Z');
    expect(computeWorkingDayOnOrBefore('1901-01-01', fallback).lastDay).toBe('1901-01-01');
  });

  it('LAW-PERIOD-END: the largest and smallest Date are refused with a clear error, never "Invalid time value"', () => {
    for (const d of [new Date(8.64e15), new Date(-8.64e15)]) {
      expect(refusalOf(() => addWorkingDays(d, 1, fallback), RealtyCrmError)).toMatchObject({
        code: 'INVALID_ARGUMENT',
        path: ['start'],
      });
      expect(refusalOf(() => addPeriod(d, { days: 1 }, fallback), RealtyCrmError).message).toMatch(RANGE);
      expect(refusalOf(() => computeDayKind(d, fallback), RealtyCrmError).message).toMatch(RANGE);
      expect(refusalOf(() => isDeadlinePassed({ endsAt: new Date() }, d), RealtyCrmError).message).toMatch(
        /^now: an instant/,
      );
    }
    expect(
      refusalOf(() => addElapsed(new Date(8.64e15 - 86_400_000), { days: 7 }), RealtyCrmError).message,
    ).toMatch(RANGE);
    expect(
      refusalOf(() => addElapsed('9999-12-31T00:00:00+08:00', { days: 1 }), RealtyCrmError).message,
    ).toMatch(/^length: the elapsed time ends after 9999-12-31/);
  });

  it('LAW-PERIOD-MONTH: a period of 2^53 years is refused at its unit, never NaN-NaN-NaN', () => {
    const e = refusalOf(() => addPeriod('2026-01-01', { years: 2 ** 53 }, fallback), RealtyCrmError);
    expect(e).toMatchObject({ path: ['length', 'years'] });
    expect(e.message).toMatch(/expected a whole number >= 0/); // 2^53 is not a safe integer
    expect(
      refusalOf(() => addPeriod('2026-01-01', { years: 2 ** 53 - 1 }, fallback), RealtyCrmError).message,
    ).toBe(
      'length.years: expected at most 9999 years, got 9007199254740991: a longer period ends after 9999-12-31, the last day the package counts',
    );
    expect(
      refusalOf(() => addPeriod('2026-01-01', { months: 119_989 }, fallback), RealtyCrmError),
    ).toMatchObject({
      path: ['length', 'months'],
    });
    expect(refusalOf(() => addElapsed('2026-01-01T00:00:00Z', { days: 1e12 }), RealtyCrmError)).toMatchObject(
      {
        path: ['length', 'days'],
      },
    );
  });

  it('LAW-PERIOD-START: addPeriod from 0000-01-01 is refused, never landing in 1903', () => {
    const e = refusalOf(() => addPeriod('0000-01-01', { years: 3 }, fallback), RealtyCrmError);
    expect(e).toMatchObject({ path: ['start'] });
    expect(e.message).toMatch(/^start: a day before 1901-01-01/);
  });

  it('LAW-COVERAGE: counts are capped where the calendar ends: addWorkingDays(d, 1e9) is a coverage error naming 2027, at once', () => {
    const e = refusalOf(() => addWorkingDays('2026-10-01', 1e9), RealtyCrmError);
    expect(e).toBeInstanceOf(CalendarCoverageError);
    expect(e).toMatchObject({ year: 2027, day: '2027-01-01' });
    // With the fallback a billion working days end past 9999: an error at n, computed without a walk.
    expect(refusalOf(() => addWorkingDays('2026-10-01', 1e9, fallback), RealtyCrmError)).toMatchObject({
      path: ['n'],
    });
    expect(refusalOf(() => addWorkingDays('2026-10-01', 2 ** 53, fallback), RealtyCrmError)).toMatchObject({
      path: ['n'],
    });
    expect(refusalOf(() => countWorkingDays('1901-01-01', '9999-12-31'), RealtyCrmError)).toBeInstanceOf(
      CalendarCoverageError,
    );
  });

  it('LAW-WORKDAY-PERIOD: long spans are counted exactly: weekdays outside the notices, the notices inside', () => {
    // 1901-01-01 to 9999-12-31 weekends-only, with 2008-2026 by the notices: checked against a day-by-day count.
    let naive = 0;
    const last = process.env.REALTY_CRM_MUTATION === '1' ? Date.UTC(2040, 11, 31) : Date.UTC(2100, 11, 31);
    for (let t = Date.UTC(1901, 0, 2); t <= last; t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      if (isWorkingDay(day, fallback)) naive++;
    }
    const lastDay = new Date(last).toISOString().slice(0, 10);
    expect(countWorkingDays('1901-01-01', lastDay, fallback)).toBe(naive);
    expect(countWorkingDays(lastDay, '1901-01-01', fallback)).toBe(-naive);
    // addWorkingDays agrees with the count across the table's edges, both ways.
    for (const [start, n] of [
      ['1999-06-01', 5000],
      ['2007-12-28', 1],
      ['2026-12-30', 3],
      ['1950-01-01', 20_000],
    ] as const) {
      const d = addWorkingDays(start, n, fallback);
      expect(countWorkingDays(start, d.lastDay, fallback), `${start} + ${n}`).toBe(n);
      expect(isWorkingDay(d.lastDay, fallback)).toBe(true);
    }
    const far = addWorkingDays('1901-01-01', 2_000_000, fallback);
    expect(countWorkingDays('1901-01-01', far.lastDay, fallback)).toBe(2_000_000);
    expect(far.fallbackUsed).toBe(true);
    expect(far.reasons.at(-1)?.facts).toMatchObject({ from: '1901-01-02', to: far.lastDay });
  }, 120_000);

  it('LAW-COVERAGE: every calendar door checks its arguments, with the path the caller used, and echoes no personal data', () => {
    expect(
      refusalOf(() => addWorkingDays('2026-10-01', 1, { fallback: 'weekend-only' as never }), RealtyCrmError),
    ).toMatchObject({
      path: ['options', 'fallback'],
    });
    expect(refusalOf(() => addWorkingDays('2026-10-01', 1, 'fast' as never), RealtyCrmError)).toMatchObject({
      path: ['options'],
    });
    expect(
      refusalOf(() => addWorkingDays('2026-10-01', 1, { calendar: {} as never }), RealtyCrmError),
    ).toMatchObject({
      path: ['options', 'calendar'],
    });
    expect(refusalOf(() => addWorkingDays('2026-10-01', '5' as never), RealtyCrmError)).toMatchObject({
      path: ['n'],
    });
    expect(refusalOf(() => addWorkingDays('2026-10-01', -1), RealtyCrmError)).toMatchObject({ path: ['n'] });
    expect(refusalOf(() => addWorkingDays('2026-10-01', 1.5), RealtyCrmError)).toMatchObject({ path: ['n'] });
    expect(refusalOf(() => countWorkingDays('2026-10-01', null as never), RealtyCrmError)).toMatchObject({
      path: ['to'],
    });
    expect(
      refusalOf(() => isWithinWindow('2026-10-01', { firstDay: '2026-10-01' } as never), RealtyCrmError),
    ).toMatchObject({
      path: ['window', 'lastDay'],
    });
    expect(refusalOf(() => isWithinWindow('2026-10-01', null as never), RealtyCrmError)).toMatchObject({
      path: ['window'],
    });
    expect(
      refusalOf(() => isDeadlinePassed({ endsAt: 'soon' } as never, new Date()), RealtyCrmError),
    ).toMatchObject({
      path: ['deadline', 'endsAt'],
    });
    // A phone number passed as a day is described by its type, never quoted.
    const e = refusalOf(() => addWorkingDays('13800138000', 1), RealtyCrmError);
    expect(e.message).not.toContain('13800138000');
    expect(e.message).toBe(
      'start: expected a day (YYYY-MM-DD), a valid Date or an ISO 8601 instant with an offset, got a string',
    );
  });
});
