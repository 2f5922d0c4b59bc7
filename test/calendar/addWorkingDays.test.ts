import { describe, expect, it } from 'vitest';
import { addWorkingDays, computeCalendarCoverage, createWorkCalendar } from '../../src/calendar/index.js';
import { CalendarCoverageError, InvalidArgumentError } from '../../src/core/errors.js';
import { refusalOf } from '../_lib/refusal.js';

const shanghaiMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

describe('addWorkingDays', () => {
  it('LAW-WORKDAY-PERIOD: the start day is not counted even when it is a working day', () => {
    // 2026-03-02 is a Monday: 1 working day after it is Tuesday 03-03.
    expect(addWorkingDays('2026-03-02', 1).lastDay).toBe('2026-03-03');
    expect(addWorkingDays('2026-03-02', 5).lastDay).toBe('2026-03-09');
    // From a Friday, the weekend is skipped.
    expect(addWorkingDays('2026-03-06', 1).lastDay).toBe('2026-03-09');
  });

  it('LAW-WORKDAY-PERIOD: ends at 24:00 Asia/Shanghai of the n-th working day (00:00 of the next day)', () => {
    const d = addWorkingDays('2026-03-02', 2);
    expect(d.lastDay).toBe('2026-03-04');
    expect(d.endsAt).toEqual(shanghaiMidnight('2026-03-05'));
    expect(d.endsAt.toISOString()).toBe('2026-03-04T16:00:00.000Z');
  });

  it('LAW-WORKDAY-PERIOD: across 2026 National Day, skipping 10-01..07 and counting the makeup Saturday 10-10', () => {
    const d = addWorkingDays('2026-09-30', 5);
    expect(d.lastDay).toBe('2026-10-13');
    expect(d.reasons.map((r) => r.rule)).toEqual(['LAW-WORKDAY-PERIOD', 'LAW-WORKDAY', 'LAW-WORKDAY']);
    expect(d.reasons[1]?.facts).toMatchObject({
      holiday: '国庆节',
      from: '2026-10-01',
      to: '2026-10-07',
      notice: '国办发明电〔2025〕7号',
    });
    expect(d.reasons[1]?.message['zh-CN']).toContain('国庆节');
    expect(d.reasons[1]?.message.en).toContain('National Day');
    expect(d.reasons[2]?.facts).toMatchObject({ makeupDay: '2026-10-10', holiday: '国庆节' });
    // Without the makeup Saturday the answer would be 10-14: the makeup day moves it a day earlier.
    expect(addWorkingDays('2026-09-30', 2).lastDay).toBe('2026-10-09');
    expect(addWorkingDays('2026-09-30', 3).lastDay).toBe('2026-10-10');
  });

  it('LAW-WORKDAY-PERIOD: the 2026 Spring Festival, a makeup Saturday 02-14 counted, 02-15..23 skipped', () => {
    expect(addWorkingDays('2026-02-13', 1).lastDay).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2).lastDay).toBe('2026-02-24');
    const d = addWorkingDays('2026-02-13', 5);
    expect(d.lastDay).toBe('2026-02-27');
    expect(d.reasons.find((r) => r.facts.holiday === '春节' && 'from' in r.facts)?.facts).toMatchObject({
      from: '2026-02-15',
      to: '2026-02-23',
    });
  });

  it('LAW-WORKDAY-PERIOD: a start on a makeup Saturday is not counted either', () => {
    // 2026-02-14 is a makeup working day; counting starts after it, and 02-15..23 are off.
    expect(addWorkingDays('2026-02-14', 1).lastDay).toBe('2026-02-24');
    // 2025-02-08 (Sat) is a makeup day: the next working day is Monday 02-10.
    expect(addWorkingDays('2025-02-08', 1).lastDay).toBe('2025-02-10');
  });

  it('LAW-WORKDAY-PERIOD: the 2025 Spring Festival 01-28..02-04 with makeup days 01-26 and 02-08', () => {
    expect(addWorkingDays('2025-01-24', 1).lastDay).toBe('2025-01-26'); // Sunday 01-26 is a working day
    expect(addWorkingDays('2025-01-24', 2).lastDay).toBe('2025-01-27');
    expect(addWorkingDays('2025-01-24', 3).lastDay).toBe('2025-02-05');
    expect(addWorkingDays('2025-01-27', 5).lastDay).toBe('2025-02-10'); // 02-05, 06, 07, 08 (Sat), 10
  });

  it('LAW-WORKDAY-PERIOD: 2025 National Day and Mid-Autumn 10-01..08 with makeup 09-28 and 10-11', () => {
    const d = addWorkingDays('2025-09-26', 2);
    expect(d.lastDay).toBe('2025-09-29'); // Sunday 09-28 counts
    expect(addWorkingDays('2025-09-30', 1).lastDay).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-30', 3).lastDay).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-30', 5).reasons[1]?.facts.holiday).toBe('国庆节、中秋节');
  });

  it('LAW-WORKDAY-PERIOD: an instant at 23:30 UTC counts from the next Shanghai day', () => {
    // 2026-03-02T23:30Z is Tuesday 03-03 07:30 in Shanghai: day 1 is Wednesday 03-04.
    expect(addWorkingDays('2026-03-02T23:30:00Z', 1).lastDay).toBe('2026-03-04');
    expect(addWorkingDays(new Date('2026-03-02T15:59:59.999Z'), 1).lastDay).toBe('2026-03-03');
  });

  it('LAW-WORKDAY-PERIOD: n = 0 is the start day itself (due the same day)', () => {
    const d = addWorkingDays('2026-10-03T10:00:00+08:00', 0);
    expect(d.lastDay).toBe('2026-10-03');
    expect(d.endsAt).toEqual(shanghaiMidnight('2026-10-04'));
  });

  it("LAW-WORKDAY-PERIOD: n = 0 on the day just before a calendar's first day is that day (not a NaN day)", () => {
    // Found by the fuzz test: the lookup read index -1 of the table for this one day.
    const first = computeCalendarCoverage().firstDay as string;
    const before = new Date(Date.parse(`${first}T00:00:00+08:00`) - 1);
    const d = addWorkingDays(before, 0, { fallback: 'weekends-only' });
    expect(d.lastDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(d.lastDay < first).toBe(true);
    const empty = createWorkCalendar({ builtIn: false });
    expect(addWorkingDays('1969-12-31', 0, { calendar: empty }).lastDay).toBe('1969-12-31');
    expect(addWorkingDays('1969-12-31T23:59:59+08:00', 0, { calendar: empty }).lastDay).toBe('1969-12-31');
  });

  it('LAW-WORKDAY-PERIOD: n must be a whole number >= 0', () => {
    for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addWorkingDays('2026-03-02', n)).toThrow(InvalidArgumentError);
    }
  });

  it('LAW-WORKDAY-PERIOD: a daily cut-off moves a late receipt to the next working day', () => {
    // Friday 2026-03-06 18:00, cut-off 17:30: received Monday 03-09; 2 working days -> Wednesday 03-11.
    const late = addWorkingDays('2026-03-06T18:00:00+08:00', 2, { cutoff: '17:30' });
    expect(late.lastDay).toBe('2026-03-11');
    expect(late.reasons[0]).toMatchObject({
      rule: 'LAW-PERIOD-START',
      facts: { receivedOn: '2026-03-06', countsAsReceivedOn: '2026-03-09' },
    });
    // Before the cut-off, or with no cut-off, Friday is the day of receipt: Tuesday 03-10.
    expect(addWorkingDays('2026-03-06T17:30:00+08:00', 2, { cutoff: '17:30' }).lastDay).toBe('2026-03-10');
    expect(addWorkingDays('2026-03-06T18:00:00+08:00', 2).lastDay).toBe('2026-03-10');
    // Received on a holiday with a cut-off: counts as received on the first working day after it.
    expect(addWorkingDays('2026-10-02T09:00:00+08:00', 1, { cutoff: '17:30' }).lastDay).toBe('2026-10-09');
    expect(() => addWorkingDays('2026-03-06', 1, { cutoff: '25:00' as '17:30' })).toThrow(/cutoff/);
  });
});

describe('LAW-COVERAGE', () => {
  it('LAW-COVERAGE: a year the calendar does not cover throws an error that names the year', () => {
    const error = refusalOf(() => addWorkingDays('2026-12-30', 5), CalendarCoverageError);
    expect((error as CalendarCoverageError).code).toBe('CALENDAR_NOT_COVERED');
    expect((error as CalendarCoverageError).year).toBe(2027);
    expect((error as Error).message).toContain('2027');
    expect(() => addWorkingDays('2007-06-01', 1)).toThrow(/2007/);
  });

  it('LAW-COVERAGE: the weekends-only fallback computes and says so', () => {
    const d = addWorkingDays('2026-12-30', 5, { fallback: 'weekends-only' });
    // 12-31 (Thu), then 2027: 01-01 Fri, 01-04 Mon, 01-05 Tue, 01-06 Wed (no 2027 notice known).
    expect(d.lastDay).toBe('2027-01-06');
    expect(d.fallbackUsed).toBe(true);
    const coverage = d.reasons.find((r) => r.rule === 'LAW-COVERAGE');
    expect(coverage?.facts).toMatchObject({
      fallback: 'weekends-only',
      from: '2027-01-01',
      to: '2027-01-06',
    });
    expect(addWorkingDays('2026-12-01', 5, { fallback: 'weekends-only' }).fallbackUsed).toBe(false);
  });

  it('LAW-COVERAGE: coverage is per day: 2007-12-29..31, set by the 2008 notice, are known', () => {
    // 2007-12-28 (Fri) -> 12-29 (Sat) is a makeup working day of the 2008 notice.
    expect(addWorkingDays('2007-12-28', 1).lastDay).toBe('2007-12-29');
    expect(() => addWorkingDays('2007-12-27', 1)).toThrow(CalendarCoverageError);
  });
});
