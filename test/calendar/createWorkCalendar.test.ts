import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  createWorkCalendar,
  type HolidayYear,
  isWorkingDay,
} from '../../src/calendar/index.js';
import { CalendarCoverageError, InvalidArgumentError } from '../../src/core/errors.js';
import { refusalOf } from '../_lib/refusal.js';
import { INVENTED_NOTICE_2027, INVENTED_NOTICE_2027_NUMBER } from './fixtures/inventedNotice2027.js';

/** The invented 2027 notice (a test fixture, not the State Council's), shaped like the built-in files. */
const year2027: HolidayYear = INVENTED_NOTICE_2027;

describe('createWorkCalendar', () => {
  it('LAW-COVERAGE: a notice published after the release extends the calendar, per calendar, without global state', () => {
    const calendar = createWorkCalendar({ years: [year2027] });
    expect(calendar.coveredYears.at(-1)).toBe(2027);
    // 2026-12-31 (Thu) + 1 working day: 2027-01-01..03 off -> Monday 01-04.
    const d = addWorkingDays('2026-12-31', 1, { calendar });
    expect(d.lastDay).toBe('2027-01-04');
    expect(d.reasons.some((r) => r.facts.notice === INVENTED_NOTICE_2027_NUMBER)).toBe(true);
    expect(() => addWorkingDays('2026-12-31', 1)).toThrow(CalendarCoverageError);
  });

  it('LAW-WORKDAY: a company day off and a company working Saturday apply on top of the notices', () => {
    const calendar = createWorkCalendar({
      days: [
        { date: '2026-03-03', isOffDay: true, name: '公司活动日' },
        { date: '2026-03-07', isOffDay: false, name: '公司加班日' },
      ],
    });
    expect(isWorkingDay('2026-03-03', { calendar })).toBe(false);
    expect(isWorkingDay('2026-03-07', { calendar })).toBe(true);
    expect(addWorkingDays('2026-03-02', 1, { calendar }).lastDay).toBe('2026-03-04');
    expect(addWorkingDays('2026-03-02', 1).lastDay).toBe('2026-03-03');
  });

  it('LAW-COVERAGE: without the built-in years nothing is covered', () => {
    const calendar = createWorkCalendar({ builtIn: false, years: [year2027] });
    expect(calendar.coveredYears).toEqual([2027]);
    expect(() => isWorkingDay('2026-05-06', { calendar })).toThrow(/2026/);
  });

  it('LAW-WORKDAY: invalid data is a path-addressed INVALID_CALENDAR error', () => {
    const cases: [unknown, RegExp][] = [
      [
        { years: [{ ...year2027, days: [{ date: '2027-02-30', isOffDay: true, name: '元旦' }] }] },
        /years\.0\.days\.0\.date/,
      ],
      [
        { years: [{ ...year2027, days: [{ date: '2026-06-01', isOffDay: true, name: '元旦' }] }] },
        /outside 2027/,
      ],
      [{ years: [{ ...year2027, notices: [] }] }, /years\.0\.notices/],
      [{ days: [{ date: '2026-03-03', isOffDay: 'yes', name: 'x' }] }, /days\.0\.isOffDay/],
      [{ holidays: [] }, /holidays|Unrecognized/],
      [JSON.parse('{"__proto__": {"polluted": true}}'), /__proto__|Unrecognized/],
    ];
    for (const [options, message] of cases) {
      const error = refusalOf(() => createWorkCalendar(options as never), InvalidArgumentError);
      expect((error as InvalidArgumentError).code).toBe('INVALID_CALENDAR');
      expect((error as Error).message).toMatch(message);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('LAW-WORKDAY: two notices that set the same day differently are a conflict', () => {
    // The built-in 2012 notice makes 2011-12-31 a makeup working day; a replacement 2011 that sets it off clashes.
    const clash: HolidayYear = {
      ...year2027,
      year: 2011,
      notices: [
        {
          ...(year2027.notices[0] as HolidayYear['notices'][number]),
          title: '测试用虚构通知：2011年（非国务院办公厅文件）',
          issuedOn: '2010-12-01',
        },
      ],
      days: [{ date: '2011-12-31', isOffDay: true, name: '元旦' }],
    };
    expect(() => createWorkCalendar({ years: [clash] })).toThrow(/2011-12-31/);
  });

  it('LAW-WORKDAY: the caller’s input is not mutated', () => {
    const input = structuredClone(year2027);
    createWorkCalendar({ years: [input] });
    expect(input).toEqual(year2027);
  });
});
