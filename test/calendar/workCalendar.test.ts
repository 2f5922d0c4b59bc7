/**
 * The compiled calendar (`WorkCalendar`): which notice sets each day and under which name,
 * the statutory view that Civil Code periods read (the notices alone, LAW-PERIOD-REST) beside
 * the working-day view that counts a company's own days too, and what it covers.
 *
 * @rule LAW-WORKDAY
 */

import { describe, expect, it } from 'vitest';
import {
  addPeriod,
  addWorkingDays,
  computeDayKind,
  countWorkingDays,
  createWorkCalendar,
  defaultWorkCalendar,
  type HolidayYear,
  isWorkingDay,
} from '../../src/calendar/index.js';
import { CalendarCoverageError, InvalidArgumentError } from '../../src/core/errors.js';
import { refusalOf } from '../_lib/refusal.js';
import { INVENTED_NOTICE_2027, INVENTED_NOTICE_2027_NUMBER } from './fixtures/inventedNotice2027.js';

const company = createWorkCalendar({
  days: [
    { date: '2026-03-03', isOffDay: true, name: '公司活动日', nameEn: 'Company day' },
    { date: '2026-03-07', isOffDay: false, name: '公司加班日' },
    { date: '2027-03-03', isOffDay: true, name: '公司活动日', nameEn: 'Company day' },
  ],
});

describe('WorkCalendar', () => {
  it('LAW-WORKDAY: each day carries the notice that set it: the 2020 extension (国办发明电〔2020〕1号) for 01-31..02-02, the main notice for the rest', () => {
    expect(computeDayKind('2020-01-30').holiday).toEqual({
      name: '春节',
      nameEn: 'Spring Festival',
      notice: '国办发明电〔2019〕16号',
    });
    expect(computeDayKind('2020-02-01').holiday).toEqual({
      name: '春节',
      nameEn: 'Spring Festival',
      notice: '国办发明电〔2020〕1号',
    });
    expect(computeDayKind('2020-02-01').kind).toBe('holiday');
    expect(computeDayKind('2015-09-06')).toMatchObject({
      kind: 'makeup-workday',
      holiday: { name: '抗战胜利纪念日', notice: '国发明电〔2015〕1号' },
    });
    // The holiday run a reason names stops where the notice changes.
    const d = addWorkingDays('2020-01-23', 1);
    expect(d.lastDay).toBe('2020-02-03');
    expect(
      d.reasons
        .filter((r) => r.rule === 'LAW-WORKDAY')
        .map((r) => [r.facts.from, r.facts.to, r.facts.notice]),
    ).toEqual([
      ['2020-01-24', '2020-01-30', '国办发明电〔2019〕16号'],
      ['2020-01-31', '2020-02-02', '国办发明电〔2020〕1号'],
    ]);
  });

  it("LAW-WORKDAY: a company's own days: an English name taken as given, or the Chinese one when none; the notice null", () => {
    expect(computeDayKind('2026-03-03', { calendar: company })).toEqual({
      day: '2026-03-03',
      kind: 'holiday',
      isWorkingDay: false,
      holiday: { name: '公司活动日', nameEn: 'Company day', notice: null },
      fallbackUsed: false,
    });
    expect(computeDayKind('2026-03-07', { calendar: company }).holiday).toEqual({
      name: '公司加班日',
      nameEn: '公司加班日',
      notice: null,
    });
    const d = addWorkingDays('2026-03-02', 1, { calendar: company });
    expect(d.lastDay).toBe('2026-03-04');
    expect(d.reasons[1]?.message).toEqual({
      'zh-CN': '公司活动日放假（2026-03-03，单位自定休息日），不计工作日',
      en: "Company day off (2026-03-03, the caller's own day off): not working days",
    });
  });

  it("LAW-PERIOD-REST: Civil Code periods read the notices alone: a company's day off does not move a period, nor does its working Saturday stop one", () => {
    expect(addPeriod('2026-02-24', { days: 7 }, { calendar: company }).lastDay).toBe('2026-03-03');
    expect(addPeriod('2026-02-28', { days: 7 }, { calendar: company }).lastDay).toBe('2026-03-09'); // 03-07 a Saturday
    // Working days count both.
    expect(countWorkingDays('2026-03-02', '2026-03-09', { calendar: company })).toBe(5);
    expect(countWorkingDays('2026-03-02', '2026-03-09')).toBe(5);
    expect(isWorkingDay('2026-03-07', { calendar: company })).toBe(true);
  });

  it("LAW-COVERAGE: a company's day in a year without a notice is known for working days, not for Civil Code periods", () => {
    expect(isWorkingDay('2027-03-03', { calendar: company })).toBe(false);
    expect(() => isWorkingDay('2027-03-04', { calendar: company })).toThrow(CalendarCoverageError);
    expect(() => addPeriod('2027-02-24', { days: 7 }, { calendar: company })).toThrow(CalendarCoverageError);
    expect(
      addPeriod('2027-02-24', { days: 7 }, { calendar: company, fallback: 'weekends-only' }).lastDay,
    ).toBe('2027-03-03');
  });

  it('LAW-COVERAGE: years are kept oldest first whatever the order given; the notices listed oldest first', () => {
    const y2030: HolidayYear = {
      ...INVENTED_NOTICE_2027,
      year: 2030,
      notices: [
        {
          ...(INVENTED_NOTICE_2027.notices[0] as HolidayYear['notices'][number]),
          number: 'TEST-FIXTURE-2030',
          title: '测试用虚构通知：2030年',
        },
      ],
      days: [],
    };
    const c = createWorkCalendar({ years: [y2030, INVENTED_NOTICE_2027] });
    expect(c.coveredYears.slice(-3)).toEqual([2026, 2027, 2030]);
    expect(c.years.map((y) => y.year).slice(-3)).toEqual([2026, 2027, 2030]);
    expect(c.notices.map((n) => n.number).slice(-3)).toEqual([
      '国办发明电〔2025〕7号',
      INVENTED_NOTICE_2027_NUMBER,
      'TEST-FIXTURE-2030',
    ]);
    expect(defaultWorkCalendar().notices).toHaveLength(22);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.coveredYears)).toBe(true);
    // 2028-2029 are not covered, 2030 is.
    expect(() => isWorkingDay('2028-06-01', { calendar: c })).toThrow(CalendarCoverageError);
    expect(isWorkingDay('2030-06-03', { calendar: c })).toBe(true);
    expect(isWorkingDay('2027-01-01', { calendar: c })).toBe(false);
  });

  it('LAW-WORKDAY: a year given replaces the built-in one; two notices setting one day are a conflict at the day', () => {
    const only2026 = createWorkCalendar({
      years: [{ ...(defaultWorkCalendar().years.at(-1) as HolidayYear), days: [] }],
    });
    expect(isWorkingDay('2026-10-01', { calendar: only2026 })).toBe(true);
    expect(isWorkingDay('2026-10-01')).toBe(false);
    const error = refusalOf(
      () =>
        createWorkCalendar({
          years: [
            {
              ...INVENTED_NOTICE_2027,
              year: 2011,
              notices: [
                {
                  ...(INVENTED_NOTICE_2027.notices[0] as HolidayYear['notices'][number]),
                  title: '测试用虚构通知：2011年',
                  issuedOn: '2010-12-01',
                },
              ],
              days: [{ date: '2011-12-31', isOffDay: true, name: '元旦' }],
            },
          ],
        }),
      InvalidArgumentError,
    );
    // At the path of the caller's own year: its index in `years`, not the year's number.
    expect(error).toMatchObject({ code: 'INVALID_CALENDAR', path: ['years', 0, 'days', 0, 'date'] });
    expect((error as Error).message).toBe(
      "years.0.days.0.date: 2011-12-31 is set by both 2011's notice and 2012's notice",
    );
  });

  it('LAW-COVERAGE: every year given is covered in full, one without any holiday as much as one with', () => {
    const quiet: HolidayYear = {
      ...INVENTED_NOTICE_2027,
      year: 2025,
      notices: [
        {
          ...(INVENTED_NOTICE_2027.notices[0] as HolidayYear['notices'][number]),
          number: 'TEST-FIXTURE-2025',
          title: '测试用虚构通知：2025年',
          issuedOn: '2024-11-01',
        },
      ],
      days: [],
    };
    const c = createWorkCalendar({ builtIn: false, years: [quiet, INVENTED_NOTICE_2027] });
    expect(c.coveredYears).toEqual([2025, 2027]);
    expect(isWorkingDay('2025-01-01', { calendar: c })).toBe(true); // no notice day: an ordinary Wednesday
    expect(isWorkingDay('2025-12-31', { calendar: c })).toBe(true);
    expect(() => isWorkingDay('2026-06-01', { calendar: c })).toThrow(CalendarCoverageError);
    expect(isWorkingDay('2027-01-01', { calendar: c })).toBe(false);
  });

  it('LAW-COVERAGE: without the built-in years no day is covered, and the fallback counts weekdays', () => {
    const none = createWorkCalendar({ builtIn: false });
    expect(none.coveredYears).toEqual([]);
    expect(() => isWorkingDay('2026-10-01', { calendar: none })).toThrow(CalendarCoverageError);
    expect(isWorkingDay('2026-10-01', { calendar: none, fallback: 'weekends-only' })).toBe(true);
    expect(addWorkingDays('2026-09-30', 5, { calendar: none, fallback: 'weekends-only' }).lastDay).toBe(
      '2026-10-07',
    );
  });
});
