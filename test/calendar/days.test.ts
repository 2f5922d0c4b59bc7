import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilOf,
  DAY_RANGE,
  dayNumberOf,
  dayOutOfRangeError,
  daysInMonth,
  describeDayInput,
  describeValue,
  FIRST_DAY_NUMBER,
  formatDayNumber,
  formatInstant,
  isDayNumberInRange,
  LAST_DAY_NUMBER,
  readDay,
  shanghaiDayNumberOfInstant,
  shanghaiStartOfDayMs,
  shanghaiTimeOfDayMs,
  toDayNumber,
  toInstantMs,
  tryParseDayString,
  tryParseInstant,
  weekdayOf,
} from '../../src/calendar/days.js';
import { propertyRuns } from '../_lib/arbitraries.js';

const MS_PER_DAY = 86_400_000;

describe('day numbers', () => {
  it('LAW-WORKDAY: day numbers agree with Date.UTC over 1900-2200, both ways', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / MS_PER_DAY, max: Date.UTC(2200, 11, 31) / MS_PER_DAY }),
        (dn) => {
          const d = new Date(dn * MS_PER_DAY);
          expect(dayNumberOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(dn);
          expect(civilOf(dn)).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
          expect(formatDayNumber(dn)).toBe(d.toISOString().slice(0, 10));
          expect(tryParseDayString(d.toISOString().slice(0, 10))).toBe(dn);
          expect(weekdayOf(dn)).toBe(d.getUTCDay());
        },
      ),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('LAW-WORKDAY: only real days parse', () => {
    for (const s of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-1-01',
      '2026/01/01',
      '２０２６-01-01',
      '2026-01-0a',
      '+026-01-01',
    ]) {
      expect(tryParseDayString(s), s).toBeUndefined();
    }
    expect(tryParseDayString('2024-02-29')).toBe(dayNumberOf(2024, 2, 29));
    expect(tryParseDayString('2000-02-29')).toBe(dayNumberOf(2000, 2, 29));
    expect(tryParseDayString('1900-02-29')).toBeUndefined();
  });

  it('LAW-WORKDAY: Shanghai days of instants, including the 1986-1991 daylight-saving summers', () => {
    expect(formatDayNumber(shanghaiDayNumberOfInstant(Date.parse('2026-09-30T23:30:00Z')))).toBe(
      '2026-10-01',
    );
    expect(formatDayNumber(shanghaiDayNumberOfInstant(Date.parse('2026-09-30T15:59:59.999Z')))).toBe(
      '2026-09-30',
    );
    // 1988-07-01T15:30Z was 00:30 on 07-02 in Shanghai under daylight saving (UTC+9), 23:30 on 07-01 under UTC+8.
    expect(formatDayNumber(shanghaiDayNumberOfInstant(Date.parse('1988-07-01T15:30:00Z')))).toBe(
      '1988-07-02',
    );
    expect(new Date(shanghaiStartOfDayMs(dayNumberOf(1988, 7, 2))).toISOString()).toBe(
      '1988-07-01T15:00:00.000Z',
    );
    expect(new Date(shanghaiStartOfDayMs(dayNumberOf(2026, 10, 14))).toISOString()).toBe(
      '2026-10-13T16:00:00.000Z',
    );
  });

  it('LAW-WORKDAY: instants parse exactly as Date.parse does, in every shape and offset, and format as toISOString', () => {
    const offsets = ['Z', '+08:00', '-07:00', '+05:45', '-00:30', '+14:00'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.constantFrom(...offsets),
        fc.boolean(),
        (ms, offset, withMillis) => {
          const sign = offset === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
          const offMin =
            offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
          const local = new Date(ms + offMin * 60_000).toISOString();
          const text = `${local.slice(0, withMillis ? 23 : 19)}${offset}`;
          expect(tryParseInstant(text)).toBe(Date.parse(text));
          expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
        },
      ),
      { numRuns: propertyRuns(3000) },
    );
    for (const bad of [
      '2026-10-01T10:00:00',
      '2026-02-30T10:00:00Z',
      '2026-10-01T25:00:00Z',
      '2026-10-01T24:00:00Z',
      '2026-10-01 10:00:00Z',
      '2026-10-01T10:00:00+8:00',
      '2026-10-01T10:00:00+0800',
      '2026-10-01T10:00Z',
    ]) {
      expect(tryParseInstant(bad), bad).toBeUndefined();
    }
    // RFC 3339 shapes the fast path leaves to Date.parse still work.
    expect(tryParseInstant('2026-10-01t10:00:00z')).toBe(Date.parse('2026-10-01T10:00:00Z'));
    expect(tryParseInstant('2026-10-01T10:00:00.123456+08:00')).toBe(
      Date.parse('2026-10-01T10:00:00.123+08:00'),
    );
  });
});

describe('the days the package speaks of, and how a bad day is described', () => {
  it('LAW-COVERAGE: 1901-01-01 and 9999-12-31 are the first and last day; one day outside either is refused, saying which side', () => {
    expect(DAY_RANGE).toBe('1901-01-01 to 9999-12-31');
    expect(formatDayNumber(FIRST_DAY_NUMBER)).toBe('1901-01-01');
    expect(formatDayNumber(LAST_DAY_NUMBER)).toBe('9999-12-31');
    expect(isDayNumberInRange(FIRST_DAY_NUMBER)).toBe(true);
    expect(isDayNumberInRange(LAST_DAY_NUMBER)).toBe(true);
    expect(isDayNumberInRange(FIRST_DAY_NUMBER - 1)).toBe(false);
    expect(isDayNumberInRange(LAST_DAY_NUMBER + 1)).toBe(false);
    expect(toDayNumber('1901-01-01', ['d'])).toBe(FIRST_DAY_NUMBER);
    expect(toDayNumber('9999-12-31', ['d'])).toBe(LAST_DAY_NUMBER);
    expect(() => toDayNumber('1900-12-31', ['d'])).toThrow(
      'd: a day before 1901-01-01: the package counts days from 1901-01-01 to 9999-12-31 only (before 1901 Shanghai kept local mean time; a later year cannot be written YYYY-MM-DD)',
    );
    expect(dayOutOfRangeError(LAST_DAY_NUMBER + 1, ['x', 0], 'the period ends').message).toBe(
      'x.0: the period ends after 9999-12-31: the package counts days from 1901-01-01 to 9999-12-31 only (before 1901 Shanghai kept local mean time; a later year cannot be written YYYY-MM-DD)',
    );
    // An instant: its Shanghai day decides. 1900-12-31T16:00Z is 1901-01-01 00:00 in Shanghai.
    expect(toInstantMs('1900-12-31T16:00:00Z', ['t'])).toBe(Date.parse('1900-12-31T16:00:00Z'));
    expect(() => toInstantMs('1900-12-31T15:00:00Z', ['t'])).toThrow(/^t: an instant before 1901-01-01/);
    expect(() => toInstantMs('9999-12-31T16:00:00Z', ['t'])).toThrow(/^t: an instant after 9999-12-31/);
    expect(readDay('2026-10-01T09:30:00+08:00', ['d'])).toEqual({
      dayNumber: dayNumberOf(2026, 10, 1),
      ms: Date.parse('2026-10-01T01:30:00Z'),
    });
    expect(readDay('2026-10-01', ['d'])).toEqual({ dayNumber: dayNumberOf(2026, 10, 1), ms: undefined });
  });

  it('LAW-COVERAGE: a bad day is described by its shape, never quoted (it may be personal data)', () => {
    expect(describeDayInput('2026-02-30')).toBe('a day that does not exist (2026-02-30)');
    expect(describeDayInput('2026-02-30T10:00:00Z')).toBe('a day that does not exist (2026-02-30)');
    expect(describeDayInput('2026-10-01')).toBe('a day (YYYY-MM-DD) without a time and an offset');
    expect(describeDayInput('2026-10-01T10:00:00')).toBe('a date and time without an offset');
    expect(describeDayInput('2026-10-01 10:00')).toBe('a date and time without an offset');
    expect(describeDayInput('2026-10-01T10:00+0800')).toBe('a string');
    expect(describeDayInput('13800138000')).toBe('a string');
    expect(describeDayInput(42)).toBe('a number');
    expect(describeDayInput(new Date(Number.NaN))).toBe('an invalid Date');
    expect(() => toInstantMs('2026-10-01', ['now'])).toThrow(
      'now: expected a valid Date or an ISO 8601 instant with an offset, got a day (YYYY-MM-DD) without a time and an offset',
    );
    // Quoted only when it cannot be personal data: a long string by its length (CUS-PRIVACY).
    expect(describeValue('x'.repeat(41))).toBe('a string of 41 characters (not shown)');
    expect(describeValue('abc')).toBe('"abc"');
    expect(describeValue(new Date(Number.NaN))).toBe('an invalid Date');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1])).toBe('an array');
    expect(describeValue({})).toBe('an object');
    expect(describeValue(7)).toBe('number 7');
  });

  it('LAW-PERIOD-START: the time of day in Shanghai, for a daily cut-off, in and out of daylight saving', () => {
    expect(shanghaiTimeOfDayMs(Date.parse('2026-09-30T10:05:00Z'))).toBe((18 * 60 + 5) * 60_000);
    expect(shanghaiTimeOfDayMs(Date.parse('2026-09-30T16:00:00Z'))).toBe(0);
    // 1988-07-01T15:30Z: 00:30 on 07-02 under UTC+9.
    expect(shanghaiTimeOfDayMs(Date.parse('1988-07-01T15:30:00Z'))).toBe(30 * 60_000);
    expect(shanghaiDayNumberOfInstant(Date.parse('1901-01-01T00:00:00Z'))).toBe(FIRST_DAY_NUMBER);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect([4, 6, 9, 11].map((m) => daysInMonth(2026, m))).toEqual([30, 30, 30, 30]);
    expect([1, 3, 5, 7, 8, 10, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 31, 31, 31, 31, 31, 31]);
  });
});
