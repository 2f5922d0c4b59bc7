import { describe, expect, it } from 'vitest';
import { computeWorkingDayOnOrBefore, createWorkCalendar, subtractPeriod } from '../../src/calendar/index.js';
import { CalendarCoverageError, InvalidArgumentError } from '../../src/core/errors.js';
import { refusalOf } from '../_lib/refusal.js';

describe('subtractPeriod', () => {
  it('LAW-BEFORE: 2 months before 2026-06-30 is the corresponding day 2026-04-30 (a Thursday, not moved)', () => {
    const d = subtractPeriod('2026-06-30', { months: 2 });
    expect(d).toMatchObject({ nominalDay: '2026-04-30', lastDay: '2026-04-30', movedBackDays: 0 });
    expect(d.endsAt.toISOString()).toBe('2026-04-30T16:00:00.000Z');
    expect(d.reasons[0]).toMatchObject({ rule: 'LAW-BEFORE', facts: { clampedToMonthEnd: false } });
  });

  it('LAW-BEFORE: 1 month before 03-31 is the last day of February (2026-02-28, a makeup working day; 2024-02-29)', () => {
    const d = subtractPeriod('2026-03-31', { months: 1 });
    expect(d).toMatchObject({ nominalDay: '2026-02-28', lastDay: '2026-02-28', movedBackDays: 0 });
    expect(d.reasons[0]?.facts.clampedToMonthEnd).toBe(true);
    // The Saturday is kept because the notice makes it a working day, and the reason says so.
    expect(d.reasons.some((r) => r.rule === 'LAW-WORKDAY' && r.facts.makeupDay === '2026-02-28')).toBe(true);
    expect(subtractPeriod('2024-03-31', { months: 1 }).lastDay).toBe('2024-02-29');
    // 2025-02-28 is a Friday; 2027-03-31 minus 1 month would need 2027: not covered.
    expect(subtractPeriod('2025-03-31', { months: 1 }).lastDay).toBe('2025-02-28');
  });

  it('LAW-BEFORE: a day counted back onto National Day moves to the last working day before it, naming the holiday', () => {
    // 7 days before 2026-10-12 is 10-05, inside National Day (10-01..10-07): due 09-30.
    const d = subtractPeriod('2026-10-12', { days: 7 });
    expect(d).toMatchObject({ nominalDay: '2026-10-05', lastDay: '2026-09-30', movedBackDays: 5 });
    expect(d.reasons[0]?.message['zh-CN']).toContain('国庆节');
    expect(d.reasons.some((r) => r.rule === 'LAW-WORKDAY' && r.facts.holiday === '国庆节')).toBe(true);
    // One day later the counted day is 10-06, still a holiday; 10-15 - 7 is 10-08, a working day.
    expect(subtractPeriod('2026-10-13', { days: 7 }).lastDay).toBe('2026-09-30');
    expect(subtractPeriod('2026-10-15', { days: 7 })).toMatchObject({
      lastDay: '2026-10-08',
      movedBackDays: 0,
    });
  });

  it('LAW-BEFORE: a Saturday that is not a makeup day moves to the Friday; a Sunday two days back', () => {
    // 2026-07-04 is a Saturday, 07-05 a Sunday.
    expect(subtractPeriod('2026-07-11', { days: 7 })).toMatchObject({
      lastDay: '2026-07-03',
      movedBackDays: 1,
    });
    expect(subtractPeriod('2026-07-12', { days: 7 })).toMatchObject({
      lastDay: '2026-07-03',
      movedBackDays: 2,
    });
    expect(subtractPeriod('2026-07-13', { days: 7 })).toMatchObject({
      lastDay: '2026-07-06',
      movedBackDays: 0,
    });
  });

  it('LAW-BEFORE: 1.5 months is 1 month back, then 15 days back', () => {
    // 2026-06-13 - 1 month = 05-13, - 15 days = 04-28 (a Tuesday).
    expect(subtractPeriod('2026-06-13', { months: 1, days: 15 }).lastDay).toBe('2026-04-28');
    // Not the same as 15 days then 1 month: 05-29 - 1 month = 04-29.
    expect(subtractPeriod('2026-05-29', { months: 1 }).lastDay).toBe('2026-04-29');
  });

  it('LAW-BEFORE: "at least 30 days before" gives the latest day allowed, moved earlier over Labour Day', () => {
    // 2026-05-31 - 30 days = 05-01, Labour Day (05-01..05-05): the latest allowed is 04-30.
    expect(subtractPeriod('2026-05-31', { days: 30 })).toMatchObject({
      nominalDay: '2026-05-01',
      lastDay: '2026-04-30',
    });
    expect(subtractPeriod('2026-05-30', { days: 30 }).lastDay).toBe('2026-04-30');
  });

  it("LAW-BEFORE: a caller's own day off also moves the due day (an internal duty)", () => {
    const calendar = createWorkCalendar({
      days: [{ date: '2026-04-30', isOffDay: true, name: '司庆日', nameEn: 'Company day' }],
    });
    const d = subtractPeriod('2026-06-30', { months: 2 }, { calendar });
    expect(d.lastDay).toBe('2026-04-29');
    expect(d.reasons[0]?.message.en).toContain('a day off (Company day)');
    expect(d.reasons[0]?.message['zh-CN']).toContain('司庆日');
  });

  it('LAW-COVERAGE: a due day in a year the calendar does not cover throws, or is estimated on request', () => {
    expect(() => subtractPeriod('2007-02-28', { months: 1 })).toThrow(CalendarCoverageError);
    const d = subtractPeriod('2007-02-28', { months: 1 }, { fallback: 'weekends-only' });
    expect(d.fallbackUsed).toBe(true);
    expect(d.reasons.at(-1)?.rule).toBe('LAW-COVERAGE');
  });

  it('LAW-BEFORE: bad input is a path-addressed InvalidArgumentError', () => {
    expect(() => subtractPeriod('2026-02-30', { months: 1 })).toThrow(InvalidArgumentError);
    expect(() => subtractPeriod('2026-06-30', { months: -1 })).toThrow(/length\.months/);
    expect(() => subtractPeriod('2026-06-30', {})).toThrow(/at least one positive unit/);
    expect(refusalOf(() => subtractPeriod('garbage', { days: 1 })).path).toEqual(['event']);
  });
});

describe('computeWorkingDayOnOrBefore', () => {
  it('LAW-BEFORE: a month-end Saturday is due the Friday before; a makeup Saturday stays', () => {
    expect(computeWorkingDayOnOrBefore('2026-01-31')).toMatchObject({
      lastDay: '2026-01-30',
      movedBackDays: 1,
    });
    expect(computeWorkingDayOnOrBefore('2026-02-28')).toMatchObject({
      lastDay: '2026-02-28',
      movedBackDays: 0,
    });
    expect(computeWorkingDayOnOrBefore('2026-01-30')).toMatchObject({
      lastDay: '2026-01-30',
      movedBackDays: 0,
    });
    const d = computeWorkingDayOnOrBefore('2026-01-31');
    expect(d.reasons[0]?.rule).toBe('LAW-BEFORE');
    expect(d.reasons[0]?.facts.length).toBeNull();
  });
});
