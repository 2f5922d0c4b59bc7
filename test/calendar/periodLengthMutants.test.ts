/**
 * Period lengths and the Civil Code's counting of them (issue 8: mutation testing): the
 * refusals with their paths and messages, both sides of each unit's ceiling, the words of a
 * length, and art. 202's corresponding day counted forwards and backwards to the edges of
 * the days the package speaks of (1901-01-01 to 9999-12-31).
 *
 * @rule LAW-PERIOD-MONTH
 * @rule LAW-BEFORE
 */

import { describe, expect, it } from 'vitest';
import { dayNumberOf, formatDayNumber } from '../../src/calendar/days.js';
import { subtractPeriod } from '../../src/calendar/index.js';
import {
  computePeriodEnd,
  computePeriodStart,
  describePeriodLength,
  type PeriodLength,
  readPeriodLength,
} from '../../src/calendar/periodLength.js';
import { refusalOf } from '../_lib/refusal.js';

const NONE = { years: 0, months: 0, weeks: 0, days: 0 };
/** The days from 1901-01-01 to 9999-12-31: the longest period the package counts. */
const MAX_DAYS = dayNumberOf(9999, 12, 31) - dayNumberOf(1901, 1, 1);

const day = (s: string) => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return dayNumberOf(y, m, d);
};
const end = (from: string, len: Partial<Record<keyof typeof NONE, number>>) => {
  const e = computePeriodEnd(day(from), { ...NONE, ...len });
  return [formatDayNumber(e.dayNumber), e.clampedToMonthEnd];
};
const start = (from: string, len: Partial<Record<keyof typeof NONE, number>>) => {
  const e = computePeriodStart(day(from), { ...NONE, ...len });
  return [formatDayNumber(e.dayNumber), e.clampedToMonthEnd];
};

describe('LAW-PERIOD-MONTH period lengths', () => {
  it('LAW-PERIOD-MONTH: a length that is not an object is refused at its path, naming what it got', () => {
    for (const [bad, got] of [
      [null, 'null'],
      [5, 'a number (5)'],
    ] as const) {
      const e = refusalOf(() => readPeriodLength(bad as unknown as PeriodLength, ['length']));
      expect(e.path).toEqual(['length']);
      expect(e.message.startsWith('length: expected { days?, weeks?, months?, years? }, got ')).toBe(true);
      if (bad === null)
        expect(e.message).toBe(`length: expected { days?, weeks?, months?, years? }, got ${got}`);
    }
  });

  it('LAW-PERIOD-MONTH: an unknown unit is refused at its own path, listing the units', () => {
    const e = refusalOf(() => readPeriodLength({ month: 1 } as unknown as PeriodLength, ['length']));
    expect(e.path).toEqual(['length', 'month']);
    expect(e.message).toBe('length.month: unknown unit; expected one of years, months, weeks, days');
  });

  it('LAW-PERIOD-MONTH: 0 of a unit is allowed beside a positive one; -1 is refused; all zero is refused', () => {
    expect(readPeriodLength({ months: 1, days: 0 }, ['length'])).toEqual({ ...NONE, months: 1 });
    expect(refusalOf(() => readPeriodLength({ days: -1 }, ['length'])).path).toEqual(['length', 'days']);
    expect(refusalOf(() => readPeriodLength({ days: 0, weeks: 0 }, ['length'])).message).toBe(
      'length: a period needs at least one positive unit',
    );
  });

  it('LAW-PERIOD-MONTH: each unit may reach its ceiling (the span 1901-01-01..9999-12-31) and not one more', () => {
    const ceilings = { years: 9999, months: 9999 * 12, weeks: Math.ceil(MAX_DAYS / 7), days: MAX_DAYS };
    for (const [unit, max] of Object.entries(ceilings)) {
      expect(readPeriodLength({ [unit]: max }, ['length'])).toEqual({ ...NONE, [unit]: max });
      const e = refusalOf(() => readPeriodLength({ [unit]: max + 1 }, ['length']));
      expect(e.path).toEqual(['length', unit]);
      expect(e.message).toBe(
        `length.${unit}: expected at most ${max} ${unit}, got ${max + 1}: a longer period ends after 9999-12-31, the last day the package counts`,
      );
    }
  });

  it('LAW-PERIOD-MONTH: a length in words: 1 of a unit is singular, units joined in order years, months, weeks, days', () => {
    expect(describePeriodLength({ years: 1, months: 2, weeks: 1, days: 3 })).toEqual({
      zh: '1年2个月1周3日',
      en: '1 year 2 months 1 week 3 days',
    });
    expect(describePeriodLength({ years: 2, months: 1, weeks: 2, days: 1 })).toEqual({
      zh: '2年1个月2周1日',
      en: '2 years 1 month 2 weeks 1 day',
    });
  });
});

describe('LAW-PERIOD-MONTH corresponding days, forwards and backwards', () => {
  it('LAW-PERIOD-MONTH: weeks and days alone are never clamped to a month end, forwards or backwards', () => {
    expect(end('2026-01-31', { weeks: 1, days: 2 })).toEqual(['2026-02-09', false]);
    expect(start('2026-03-31', { weeks: 1, days: 2 })).toEqual(['2026-03-22', false]);
    expect(end('2026-01-31', { months: 1 })).toEqual(['2026-02-28', true]);
    expect(start('2026-03-31', { months: 1 })).toEqual(['2026-02-28', true]);
  });

  it('LAW-PERIOD-MONTH: months reaching into 9999 are counted; a month past 9999-12 is refused as "after 9999-12-31"', () => {
    expect(end('9999-01-15', { months: 11 })).toEqual(['9999-12-15', false]);
    expect(end('9998-12-31', { years: 1 })).toEqual(['9999-12-31', false]);
    const e = refusalOf(() => computePeriodEnd(day('9999-12-15'), { ...NONE, months: 1 }));
    expect(e.path).toEqual(['length']);
    expect(e.message).toMatch(/^length: the period ends after 9999-12-31: /);
  });

  it('LAW-BEFORE: counting back onto 1901-01-01 is allowed; one day further is refused as "before 1901-01-01"', () => {
    expect(start('1901-01-08', { weeks: 1 })).toEqual(['1901-01-01', false]);
    expect(start('1901-02-01', { months: 1 })).toEqual(['1901-01-01', false]);
    expect(subtractPeriod('1901-01-08', { weeks: 1 }, { fallback: 'weekends-only' }).lastDay).toBe(
      '1901-01-01',
    );
    for (const [from, len] of [
      ['1901-01-08', { weeks: 1, days: 1 }],
      ['1901-02-01', { months: 1, days: 1 }],
      ['1901-02-01', { months: 2 }],
    ] as const) {
      const e = refusalOf(() => subtractPeriod(from, len, { fallback: 'weekends-only' }));
      expect(e.path).toEqual(['length']);
      expect(e.message).toMatch(/^length: the period ends before 1901-01-01: /);
    }
  });
});
