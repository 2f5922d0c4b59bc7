import { describe, expect, it } from 'vitest';
import { addPeriod, addWorkingDays, createWorkCalendar } from '../../src/calendar/index.js';
import { CalendarCoverageError, InvalidArgumentError } from '../../src/core/errors.js';

describe('addPeriod', () => {
  it('LAW-PERIOD-START: a period in days starts the day after its start day', () => {
    // Monday 2026-03-02 + 7 days: the last day is Monday 03-09.
    const d = addPeriod('2026-03-02', { days: 7 });
    expect(d.lastDay).toBe('2026-03-09');
    expect(d.reasons[0]).toMatchObject({
      rule: 'LAW-PERIOD-START',
      facts: { start: '2026-03-02', firstDay: '2026-03-03' },
    });
    expect(addPeriod('2026-03-02T23:59:00+08:00', { days: 1 }).lastDay).toBe('2026-03-03');
    expect(addPeriod('2026-03-02', { weeks: 2 }).lastDay).toBe('2026-03-16');
  });

  it('LAW-PERIOD-MONTH: Jan 31 + 1 month is the last day of February (28 in 2026, 29 in 2024)', () => {
    const d = addPeriod('2026-01-31', { months: 1 });
    expect(d.lastDay).toBe('2026-02-28'); // a Saturday, but 2026-02-28 is a makeup working day: not moved
    const month = d.reasons.find((r) => r.rule === 'LAW-PERIOD-MONTH');
    expect(month?.facts).toMatchObject({ nominalLastDay: '2026-02-28', clampedToMonthEnd: true });
    expect(addPeriod('2024-01-31', { months: 1 }).lastDay).toBe('2024-02-29');
    expect(addPeriod('2026-01-15', { months: 1 }).lastDay).toBe('2026-02-24'); // 02-15 is in the Spring Festival
  });

  it('LAW-PERIOD-MONTH: Feb 29 + 1 year is Feb 28 of the next year', () => {
    const d = addPeriod('2024-02-29', { years: 1 });
    expect(d.lastDay).toBe('2025-02-28'); // a Friday, working day
    expect(d.reasons.find((r) => r.rule === 'LAW-PERIOD-MONTH')?.facts.clampedToMonthEnd).toBe(true);
    expect(addPeriod('2024-02-28', { years: 1 }).lastDay).toBe('2025-02-28');
    expect(addPeriod('2025-08-31', { months: 3 }).lastDay).toBe('2025-12-01'); // 11-30 is a Sunday
  });

  it('LAW-PERIOD-REST: a last day on a holiday moves to the first working day after it, naming the holiday', () => {
    // 2026-09-24 + 7 days = 10-01, National Day (10-01..07): the period ends on Thursday 10-08.
    const d = addPeriod('2026-09-24', { days: 7 });
    expect(d.lastDay).toBe('2026-10-08');
    const rest = d.reasons.find((r) => r.rule === 'LAW-PERIOD-REST');
    expect(rest?.facts).toMatchObject({ nominalLastDay: '2026-10-01', restDays: 7, lastDay: '2026-10-08' });
    expect(rest?.message['zh-CN']).toContain('国庆节');
    expect(d.reasons.some((r) => r.rule === 'LAW-WORKDAY' && r.facts.holiday === '国庆节')).toBe(true);
    // 2025-01-20 + 10 days = 01-30, inside the Spring Festival (01-28..02-04): ends 02-05.
    expect(addPeriod('2025-01-20', { days: 10 }).lastDay).toBe('2025-02-05');
  });

  it('LAW-PERIOD-REST: a last day on an ordinary weekend moves to Monday', () => {
    // 2026-03-07 is a Saturday.
    const d = addPeriod('2026-02-28', { weeks: 1 });
    expect(d.lastDay).toBe('2026-03-09');
    expect(d.reasons.find((r) => r.rule === 'LAW-PERIOD-REST')?.message['zh-CN']).toContain('周六');
  });

  it('LAW-PERIOD-REST: a last day on a makeup working day is not moved', () => {
    // 2026-10-03 + 7 days = Saturday 10-10, a makeup working day for National Day.
    const d = addPeriod('2026-10-03', { days: 7 });
    expect(d.lastDay).toBe('2026-10-10');
    expect(d.reasons.some((r) => r.rule === 'LAW-PERIOD-REST')).toBe(false);
    expect(addPeriod('2026-02-07', { days: 7 }).lastDay).toBe('2026-02-14'); // makeup Saturday of the Spring Festival
  });

  it('LAW-PERIOD-END: the period ends at 24:00 Asia/Shanghai of the last day', () => {
    const d = addPeriod('2026-09-24', { days: 7 });
    expect(d.endsAt.toISOString()).toBe('2026-10-08T16:00:00.000Z');
    expect(d.reasons.find((r) => r.rule === 'LAW-PERIOD-END')?.facts).toEqual({ lastDay: '2026-10-08' });
  });

  it('LAW-COVERAGE: only the last day and its rest days need holiday data', () => {
    // A long period from an uncovered year ending in a covered one needs no data for the years between.
    expect(addPeriod('2005-03-02', { years: 10 }).lastDay).toBe('2015-03-02');
    expect(() => addPeriod('2026-06-01', { years: 1 })).toThrow(CalendarCoverageError);
    const d = addPeriod('2026-06-01', { years: 1 }, { fallback: 'weekends-only' });
    expect(d.lastDay).toBe('2027-06-01');
    expect(d.fallbackUsed).toBe(true);
  });

  it('LAW-PERIOD-START: a bad length is a path-addressed error', () => {
    expect(() => addPeriod('2026-03-02', {})).toThrow(InvalidArgumentError);
    expect(() => addPeriod('2026-03-02', { days: -1 })).toThrow(/length\.days/);
    expect(() => addPeriod('2026-03-02', { hours: 3 } as never)).toThrow(/length\.hours/);
    expect(() => addPeriod('2026-03-02', { months: 1.5 })).toThrow(/length\.months/);
  });
});

describe('addPeriod reasons', () => {
  it('LAW-PERIOD-REST: a holiday is named with the notice’s full range even when the period meets only its end', () => {
    // 2025-01-20 + 10 days = 01-30, inside the Spring Festival 01-28..02-04.
    const d = addPeriod('2025-01-20', { days: 10 });
    expect(
      d.reasons.find((r) => r.rule === 'LAW-WORKDAY' && r.facts.holiday === '春节')?.facts,
    ).toMatchObject({
      from: '2025-01-28',
      to: '2025-02-04',
    });
  });

  it('LAW-PERIOD-REST: a company’s own day off does not move a Civil Code period (art. 203 names statutory rest days)', () => {
    const company = createWorkCalendar({
      days: [{ date: '2026-10-09', isOffDay: true, name: '公司团建日' }],
    });
    const d = addPeriod('2026-10-02', { days: 7 }, { calendar: company });
    expect(d.lastDay).toBe('2026-10-09');
    expect(d.reasons.some((r) => r.rule === 'LAW-PERIOD-REST')).toBe(false);
    // ... while working days do skip it.
    expect(addWorkingDays('2026-10-08', 1, { calendar: company }).lastDay).toBe('2026-10-10');
  });

  it('LAW-PERIOD-START: the holidays a cut-off moves the receipt over are named', () => {
    // 2026-09-30 18:05 after a 17:30 cut-off: received 10-08, after National Day.
    const d = addWorkingDays('2026-09-30T18:05:00+08:00', 1, { cutoff: '17:30' });
    expect(d.lastDay).toBe('2026-10-09');
    expect(d.reasons.map((r) => r.rule)).toEqual(['LAW-PERIOD-START', 'LAW-WORKDAY-PERIOD', 'LAW-WORKDAY']);
    expect(d.reasons[2]?.facts).toMatchObject({ holiday: '国庆节', from: '2026-10-01', to: '2026-10-07' });
  });
});
