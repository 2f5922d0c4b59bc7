import { describe, expect, it } from 'vitest';
import { computeDayKind, createWorkCalendar, isWorkingDay } from '../../src/calendar/index.js';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { refusalOf } from '../_lib/refusal.js';

describe('isWorkingDay', () => {
  it('LAW-WORKDAY: 2026 National Day (10-01..07, Thu-Wed) are rest days; its makeup days 09-20 (Sun) and 10-10 (Sat) are working days', () => {
    for (const day of ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-07'])
      expect(isWorkingDay(day)).toBe(false);
    expect(isWorkingDay('2026-09-30')).toBe(true);
    expect(isWorkingDay('2026-10-08')).toBe(true);
    expect(isWorkingDay('2026-09-20')).toBe(true);
    expect(isWorkingDay('2026-10-10')).toBe(true);
    expect(isWorkingDay('2026-10-11')).toBe(false); // an ordinary Sunday
  });

  it('LAW-WORKDAY: 2026 Spring Festival 02-15..23 off, makeup Saturdays 02-14 and 02-28 worked', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-02-16')).toBe(false); // a Monday inside the block
    expect(isWorkingDay('2026-02-23')).toBe(false); // a Monday inside the block
    expect(isWorkingDay('2026-02-24')).toBe(true);
    expect(isWorkingDay('2026-02-28')).toBe(true);
  });

  it('LAW-WORKDAY: 2025 Spring Festival 01-28..02-04 off, makeup 01-26 (Sun) and 02-08 (Sat)', () => {
    expect(isWorkingDay('2025-01-27')).toBe(true);
    expect(isWorkingDay('2025-01-28')).toBe(false);
    expect(isWorkingDay('2025-02-04')).toBe(false);
    expect(isWorkingDay('2025-02-05')).toBe(true);
    expect(isWorkingDay('2025-01-26')).toBe(true);
    expect(isWorkingDay('2025-02-08')).toBe(true);
  });

  it('LAW-WORKDAY: 2025 National Day and Mid-Autumn 10-01..08 off, makeup 09-28 (Sun) and 10-11 (Sat)', () => {
    expect(isWorkingDay('2025-10-08')).toBe(false);
    expect(isWorkingDay('2025-10-09')).toBe(true);
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(isWorkingDay('2025-10-11')).toBe(true);
    expect(computeDayKind('2025-10-06').holiday?.name).toBe('国庆节、中秋节');
  });

  it('LAW-WORKDAY: an instant at 23:30 UTC is already the next Shanghai day', () => {
    // 2026-09-30T23:30Z is 2026-10-01 07:30 in Shanghai: National Day.
    expect(isWorkingDay('2026-09-30T23:30:00Z')).toBe(false);
    expect(isWorkingDay(new Date('2026-09-30T23:30:00Z'))).toBe(false);
    // 15:59:59Z is still 09-30 23:59:59 in Shanghai.
    expect(isWorkingDay('2026-09-30T15:59:59Z')).toBe(true);
    expect(isWorkingDay('2026-10-01T00:30:00+08:00')).toBe(false);
    expect(isWorkingDay('2026-09-30T12:00:00-07:00')).toBe(false); // 10-01 03:00 in Shanghai
  });

  it('LAW-WORKDAY: the kind of a day names the holiday and its notice', () => {
    expect(computeDayKind('2026-02-14')).toEqual({
      day: '2026-02-14',
      kind: 'makeup-workday',
      isWorkingDay: true,
      holiday: { name: '春节', nameEn: 'Spring Festival', notice: '国办发明电〔2025〕7号' },
      fallbackUsed: false,
    });
    expect(computeDayKind('2026-10-03').kind).toBe('holiday');
    expect(computeDayKind('2026-10-11')).toMatchObject({ kind: 'weekend', holiday: null });
    expect(computeDayKind('2026-10-09')).toMatchObject({ kind: 'workday', isWorkingDay: true });
    expect(computeDayKind('2011-12-31')).toMatchObject({ kind: 'makeup-workday', holiday: { name: '元旦' } });
    expect(computeDayKind('2020-02-01').kind).toBe('holiday'); // the extension cancelled the 02-01 makeup day
    expect(computeDayKind('2020-02-02').holiday?.notice).toBe('国办发明电〔2020〕1号');
    expect(computeDayKind('2015-09-03').holiday?.name).toBe('抗战胜利纪念日');
  });

  it('LAW-WORKDAY: bad input is a path-addressed InvalidArgumentError, not a crash', () => {
    const bad: unknown[] = [
      '2026-02-30',
      '2026-2-3',
      '2026-10-01T10:00:00',
      'tomorrow',
      new Date(Number.NaN),
      20261001,
      null,
      undefined,
      {},
    ];
    for (const value of bad) {
      const error = refusalOf(() => isWorkingDay(value as string), InvalidArgumentError, String(value));
      expect((error as InvalidArgumentError).path).toEqual(['day']);
      expect((error as InvalidArgumentError).code).toBe('INVALID_ARGUMENT');
    }
  });

  it('LAW-WORKDAY: a calendar with a company day off leaves the built-in calendar unchanged', () => {
    const calendar = createWorkCalendar({
      days: [{ date: '2026-12-31', isOffDay: true, name: '公司年会', nameEn: 'Annual meeting' }],
    });
    expect(isWorkingDay('2026-12-31', { calendar })).toBe(false);
    expect(computeDayKind('2026-12-31', { calendar }).holiday).toEqual({
      name: '公司年会',
      nameEn: 'Annual meeting',
      notice: null,
    });
    expect(isWorkingDay('2026-12-31')).toBe(true);
  });
});
