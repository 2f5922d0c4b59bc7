/**
 * The shapes a day or an instant may take, character by character: a character that is not a
 * digit where a digit belongs, a separator out of place, a field one past its largest value.
 * Each is refused (never read as a neighbouring day or time), and the largest real value of
 * each field is accepted. The hand-written parsers sit on every calendar call's path, and the
 * mutation run of issue 8 found these edges unchecked.
 */

import { describe, expect, it } from 'vitest';
import {
  civilOf,
  dayNumberOf,
  describeDayInput,
  describeValue,
  formatDayNumber,
  formatInstant,
  tryParseDayString,
  tryParseInstant,
} from '../../src/calendar/days.js';

/** `s` with the character at `i` replaced by `c`. */
const at = (s: string, i: number, c: string) => `${s.slice(0, i)}${c}${s.slice(i + 1)}`;

describe('days, YYYY-MM-DD', () => {
  it('LAW-WORKDAY: a colon (the character after 9) or a slash (the one before 0) in any digit is not a day', () => {
    const day = '2026-10-01';
    for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
      for (const c of [':', '/', '?'])
        expect(tryParseDayString(at(day, i, c)), at(day, i, c)).toBeUndefined();
    }
    // '0:' would read as month 10 and day 10 if the digit were not checked.
    expect(tryParseDayString('2026-0:-01')).toBeUndefined();
    expect(tryParseDayString('2026-10-0:')).toBeUndefined();
    expect(tryParseDayString('2:26-10-01')).toBeUndefined();
  });

  it('LAW-WORKDAY: the dashes stand at 4 and 7 and nowhere else', () => {
    expect(tryParseDayString('2026-10-01')).toBe(dayNumberOf(2026, 10, 1));
    for (const s of [
      '2026-10-011',
      '2026-10-1',
      '2026-10-01 ',
      '2026+10-01',
      '2026-10+01',
      '20261-0-01',
      '2026-101-01'.slice(0, 10),
      '2026_10_01',
    ]) {
      expect(tryParseDayString(s), s).toBeUndefined();
    }
  });

  it('LAW-WORKDAY: the last day of each month is a day, the day after is not (2026, and February 2024)', () => {
    const last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    last.forEach((d, k) => {
      const mm = String(k + 1).padStart(2, '0');
      expect(tryParseDayString(`2026-${mm}-${d}`)).toBe(dayNumberOf(2026, k + 1, d));
      expect(tryParseDayString(`2026-${mm}-${d + 1}`)).toBeUndefined();
    });
    expect(tryParseDayString('2024-02-29')).toBe(dayNumberOf(2024, 2, 29));
    expect(tryParseDayString('2024-02-30')).toBeUndefined();
    expect(tryParseDayString('2026-12-00')).toBeUndefined();
  });

  it('LAW-WORKDAY: a year before 1000 is written with its leading zeros, as toISOString does', () => {
    expect(formatDayNumber(dayNumberOf(999, 12, 31))).toBe('0999-12-31');
    expect(formatDayNumber(dayNumberOf(1000, 1, 1))).toBe('1000-01-01');
    expect(formatInstant(Date.UTC(999, 11, 31, 23, 59, 59, 7))).toBe(
      new Date(Date.UTC(999, 11, 31, 23, 59, 59, 7)).toISOString(),
    );
  });
});

describe('instants, YYYY-MM-DDTHH:mm:ss[.sss](Z|±HH:MM)', () => {
  it('LAW-WORKDAY: the largest hour, minute, second and offset are read; one more is refused', () => {
    expect(tryParseInstant('2026-10-01T23:59:59Z')).toBe(Date.parse('2026-10-01T23:59:59Z'));
    expect(tryParseInstant('2026-10-01T23:59:59.999+23:59')).toBe(
      Date.parse('2026-10-01T23:59:59.999+23:59'),
    );
    expect(tryParseInstant('2026-10-01T00:00:00-23:59')).toBe(Date.parse('2026-10-01T00:00:00-23:59'));
    for (const bad of [
      '2026-10-01T10:60:00Z',
      '2026-10-01T10:00:60Z',
      '2026-10-01T10:00:00+24:00',
      '2026-10-01T10:00:00+08:60',
      '2026-10-01T10:00:00-24:00',
    ]) {
      expect(tryParseInstant(bad), bad).toBeUndefined();
    }
  });

  it('LAW-WORKDAY: a colon where a digit of the time, the milliseconds or the offset belongs is refused', () => {
    const full = '2026-10-01T10:20:30.456+08:00';
    expect(tryParseInstant(full)).toBe(Date.parse(full));
    for (const i of [11, 12, 14, 15, 17, 18, 20, 21, 22, 24, 25, 27, 28]) {
      expect(tryParseInstant(at(full, i, ':')), at(full, i, ':')).toBeUndefined();
      expect(tryParseInstant(at(full, i, '/')), at(full, i, '/')).toBeUndefined();
    }
  });

  it('LAW-WORKDAY: the separators stand where they belong: T, the colons, the dot, Z last, the offset colon', () => {
    for (const bad of [
      '2026-10-01T10.20:30Z',
      '2026-10-01T10:20.30Z',
      '2026-10-01T10:20:30ZZ',
      '2026-10-01T10:20:30Z0',
      '2026-10-01T10:20:30.456ZZ',
      '2026-10-01T10:20:30+08:000',
      '2026-10-01T10:20:30+08000',
      '2026-10-01T10:20:30+080:0',
      '2026-10-01T10:20:30*08:00',
      '2026-10-01X10:20:30Z',
    ]) {
      expect(tryParseInstant(bad), bad).toBeUndefined();
    }
    // A negative offset is behind UTC: 10:20:30-05:30 is 15:50:30Z.
    expect(tryParseInstant('2026-10-01T10:20:30-05:30')).toBe(Date.UTC(2026, 9, 1, 15, 50, 30));
    expect(tryParseInstant('2026-10-01T10:20:30+05:30')).toBe(Date.UTC(2026, 9, 1, 4, 50, 30));
    expect(tryParseInstant('2026-10-01T10:20:30.004Z')).toBe(Date.UTC(2026, 9, 1, 10, 20, 30, 4));
    expect(tryParseInstant('2026-10-01T10:20:30.04Z')).toBe(Date.UTC(2026, 9, 1, 10, 20, 30, 40));
  });

  it('LAW-WORKDAY: a Date is its own instant; an invalid Date and other types are not instants', () => {
    expect(tryParseInstant(new Date(Date.UTC(2026, 9, 1)))).toBe(Date.UTC(2026, 9, 1));
    expect(tryParseInstant(new Date(Number.NaN))).toBeUndefined();
    expect(tryParseInstant(Date.UTC(2026, 9, 1))).toBeUndefined();
    expect(tryParseInstant(null)).toBeUndefined();
  });
});

describe('day numbers and descriptions at their edges', () => {
  it('LAW-WORKDAY: 29 February of a year divisible by 400 (2000, 2400) is the last day of a 400-year cycle, and round-trips', () => {
    expect(civilOf(dayNumberOf(2000, 2, 29))).toEqual([2000, 2, 29]);
    expect(civilOf(dayNumberOf(2400, 2, 29))).toEqual([2400, 2, 29]);
    expect(civilOf(dayNumberOf(2000, 3, 1))).toEqual([2000, 3, 1]);
  });

  it('LAW-WORKDAY: milliseconds are written with three digits: .005, .050, .100, .999', () => {
    const base = Date.UTC(2026, 9, 1, 2, 3, 4);
    for (const ms of [5, 50, 99, 100, 999]) {
      expect(formatInstant(base + ms)).toBe(new Date(base + ms).toISOString());
    }
  });

  it('LAW-COVERAGE: a bad day is described by its shape only when it starts with one; the rest is "a string"', () => {
    expect(describeDayInput('abc 2026-10-01')).toBe('a string');
    expect(describeDayInput('2026-10-1')).toBe('a string');
    expect(describeDayInput('2026/10/01')).toBe('a string');
    expect(describeDayInput('2026-10-01T10:00:00Zx')).toBe('a date and time without an offset');
    expect(describeDayInput('2026-10-01T10:00:00z')).toBe('a string');
    expect(describeDayInput('2026-10-01T10:00:00-0800')).toBe('a string');
    // Forty characters are quoted whole; the forty-first is cut.
    expect(describeValue('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
  });
});
