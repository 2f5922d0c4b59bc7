/**
 * The compact form of the built-in holiday years (issue 8: mutation testing): every refusal of
 * the encoder with its code, path and words, both sides of each limit (the December before,
 * 9 days a run, 10 notices a year), and the exact text written for titles, numbers, issue
 * dates, addresses and runs of the 2026 notice (国办发明电〔2025〕7号).
 *
 * @rule LAW-WORKDAY
 */

import { describe, expect, it } from 'vitest';
import {
  decodeHolidayYears,
  encodeHolidayYears,
  yearlyNoticeTitle,
} from '../../src/calendar/holidays/compact.js';
import { HOLIDAY_YEAR_SOURCES } from '../../src/calendar/holidays/sources.js';
import type { HolidayDay, HolidayNotice, HolidayYear } from '../../src/calendar/holidays/types.js';
import { refusalOf } from '../_lib/refusal.js';

const y2026 = HOLIDAY_YEAR_SOURCES.at(-1) as HolidayYear;
const notice2026 = y2026.notices[0] as HolidayNotice;
const LINE_2026 =
  '2026|7^1104^!zhengce/zhengceku/#/content_7047091.htm^|32A31a141b11B95b135C325D54d141E391g15F34G73g1';

/** The refusal of encoding these years: code, path and message. */
function refused(years: readonly HolidayYear[]) {
  const e = refusalOf(() => encodeHolidayYears(years));
  return { code: e.code, path: e.path, message: e.message };
}

const off = (date: string, name = '元旦', notice?: string): HolidayDay =>
  notice === undefined ? { date, isOffDay: true, name } : { date, isOffDay: true, name, notice };

describe('LAW-WORKDAY compact form: the encoder refuses what the form cannot hold', () => {
  it('LAW-WORKDAY: the 2026 year is written exactly, and two years are two lines', () => {
    expect(encodeHolidayYears([y2026])).toBe(LINE_2026);
    const y2025 = HOLIDAY_YEAR_SOURCES.find((y) => y.year === 2025) as HolidayYear;
    const two = encodeHolidayYears([y2025, y2026]);
    expect(two.split('\n')).toHaveLength(2);
    expect(two.endsWith(`\n${LINE_2026}`)).toBe(true);
    expect(decodeHolidayYears(two)).toEqual([y2025, y2026]);
  });

  it('LAW-WORKDAY: a separator in a notice is refused at that notice of that year, with INVALID_CALENDAR', () => {
    for (const bad of [
      { ...notice2026, title: '通知|一' },
      { ...notice2026, number: '国办发明电〔2025〕7号;' },
      { ...notice2026, url: `${notice2026.url}^` },
      { ...notice2026, title: '通知\n一' },
    ]) {
      expect(refused([y2026, { ...y2026, notices: [notice2026, bad] }])).toEqual({
        code: 'INVALID_CALENDAR',
        path: ['years', 1, 'notices', 1],
        message: 'years.1.notices.1: 2026: notice 1 holds a separator character',
      });
    }
  });

  it("LAW-WORKDAY: a number that reads as a short form, and an address holding @ or #, are refused at the notice's path", () => {
    expect(refused([{ ...y2026, notices: [{ ...notice2026, number: '7' }] }])).toEqual({
      code: 'INVALID_CALENDAR',
      path: ['years', 0, 'notices', 0],
      message: "years.0.notices.0: 2026: notice 0's number would read as a short form",
    });
    expect(refused([{ ...y2026, notices: [{ ...notice2026, url: 'https://www.gov.cn/@' }] }])).toEqual({
      code: 'INVALID_CALENDAR',
      path: ['years', 0, 'notices', 0],
      message: "years.0.notices.0: 2026: notice 0's address holds @ or #",
    });
  });

  it('LAW-WORKDAY: a day from 2025-12-01 to 2026-12-31 is written; 2025-11-30 and 2027-01-01 are refused', () => {
    for (const date of ['2025-12-01', '2026-12-31']) {
      const year = { ...y2026, days: [off(date)] };
      expect(decodeHolidayYears(encodeHolidayYears([year]))).toEqual([year]);
    }
    for (const date of ['2025-11-30', '2027-01-01', '2025-01-01']) {
      expect(refused([{ ...y2026, days: [off(date)] }])).toEqual({
        code: 'INVALID_CALENDAR',
        path: ['years', 0, 'days'],
        message: 'years.0.days: 2026: a day outside the year and its December before',
      });
    }
  });

  it('LAW-WORKDAY: a day listed twice (off, then a makeup day) or out of order is refused', () => {
    const twice = [off('2026-01-01'), { date: '2026-01-01', isOffDay: false, name: '元旦' }];
    const outOfOrder = [off('2026-01-02'), off('2026-01-01', '春节')];
    for (const days of [twice, outOfOrder]) {
      expect(refused([{ ...y2026, days }])).toEqual({
        code: 'INVALID_CALENDAR',
        path: ['years', 0, 'days'],
        message: 'years.0.days: 2026: days out of date order',
      });
    }
  });

  it("LAW-WORKDAY: a day's English name, an unknown holiday name, the main notice's number named on a day, an unknown notice", () => {
    const cases: [HolidayDay, string][] = [
      [
        { ...off('2026-01-01'), nameEn: "New Year's Day" },
        '2026 2026-01-01: a built-in day takes its English name from HOLIDAY_NAMES',
      ],
      [off('2026-01-01', '司庆日'), "2026 2026-01-01: add '司庆日' to HOLIDAY_NAMES first"],
      [off('2026-01-01', '元旦', notice2026.number), "2026 2026-01-01: leave out the main notice's number"],
      [off('2026-01-01', '元旦', '国办发明电〔2025〕8号'), '2026 2026-01-01: unknown notice'],
    ];
    for (const [day, message] of cases) {
      expect(refused([{ ...y2026, days: [day] }])).toEqual({
        code: 'INVALID_CALENDAR',
        path: ['years', 0, 'days'],
        message: `years.0.days: ${message}`,
      });
    }
  });

  it('LAW-WORKDAY: a day may name the tenth notice (index 9); the eleventh (index 10) cannot be written', () => {
    const notices = Array.from({ length: 11 }, (_, i) =>
      i === 0 ? notice2026 : { ...notice2026, number: `国发明电〔2026〕${i}号`, title: `补充通知${i}` },
    );
    const tenth = { ...y2026, notices, days: [off('2026-01-01', '元旦', '国发明电〔2026〕9号')] };
    const line = encodeHolidayYears([tenth]);
    expect(line.endsWith('|32A1*9')).toBe(true);
    expect(decodeHolidayYears(line)).toEqual([tenth]);
    expect(refused([{ ...tenth, days: [off('2026-01-01', '元旦', '国发明电〔2026〕10号')] }]).message).toBe(
      'years.0.days: 2026 2026-01-01: unknown notice',
    );
  });
});

describe('LAW-WORKDAY compact form: what the encoder writes', () => {
  it("LAW-WORKDAY: a decoded day of the year's main notice has no notice key; a day of another notice names it", () => {
    const y2015 = HOLIDAY_YEAR_SOURCES.find((y) => y.year === 2015) as HolidayYear;
    const [decoded] = decodeHolidayYears(encodeHolidayYears([y2015])) as [HolidayYear];
    expect(Object.keys(decoded.days[0] as HolidayDay)).toEqual(['date', 'isOffDay', 'name']);
    const other = decoded.days.find((d) => d.notice !== undefined) as HolidayDay;
    expect(Object.keys(other)).toEqual(['date', 'isOffDay', 'name', 'notice']);
    expect(other.notice).toBe('国发明电〔2015〕1号');
  });

  it("LAW-WORKDAY: only the first notice's yearly title is left out; a later notice with that title keeps it", () => {
    expect(yearlyNoticeTitle(2026)).toBe('国务院办公厅关于2026年部分节假日安排的通知');
    const second = { ...notice2026, number: '国发明电〔2026〕1号', issuedOn: '2026-03-02' };
    const year = { ...y2026, notices: [notice2026, second], days: [] };
    const line = encodeHolidayYears([year]);
    expect(line).toBe(
      '2026|7^1104^!zhengce/zhengceku/#/content_7047091.htm^;国发明电〔2026〕1号^20260302^!zhengce/zhengceku/202511/content_7047091.htm^国务院办公厅关于2026年部分节假日安排的通知|',
    );
    expect(decodeHolidayYears(line)).toEqual([year]);
    const retitled = {
      ...y2026,
      notices: [{ ...notice2026, title: '国务院办公厅关于2026年春节安排的通知' }],
      days: [],
    };
    expect(encodeHolidayYears([retitled])).toBe(
      '2026|7^1104^!zhengce/zhengceku/#/content_7047091.htm^国务院办公厅关于2026年春节安排的通知|',
    );
  });

  it('LAW-WORKDAY: an address on http://www.gov.cn/ is written ~, another host as given, and both read back', () => {
    const http = { ...notice2026, url: 'http://www.gov.cn/zhengce/content_1.htm' };
    const other = { ...notice2026, url: 'https://example.org/www.gov.cn/content_1.htm' };
    for (const [n, written] of [
      [http, '~zhengce/content_1.htm'],
      [other, 'https://example.org/www.gov.cn/content_1.htm'],
    ] as const) {
      const year = { ...y2026, notices: [n], days: [] };
      const line = encodeHolidayYears([year]);
      expect(line).toBe(`2026|7^1104^${written}^|`);
      expect(decodeHolidayYears(line)).toEqual([year]);
    }
  });

  it('LAW-WORKDAY: a run is one name, kind and notice on consecutive days, 9 days at most', () => {
    const nine = Array.from({ length: 9 }, (_, i) => off(`2026-01-0${i + 1}`));
    expect(encodeHolidayYears([{ ...y2026, days: nine }]).endsWith('|32A9')).toBe(true);
    // 01-01 off, 01-02 a makeup day, 01-03 another name, 01-05 after a gap: four runs.
    const mixed = [
      off('2026-01-01'),
      { date: '2026-01-02', isOffDay: false, name: '元旦' },
      off('2026-01-03', '春节'),
      off('2026-01-05', '春节'),
    ];
    const year = { ...y2026, days: mixed };
    const line = encodeHolidayYears([year]);
    expect(line.endsWith('|32A11a11B12B1')).toBe(true);
    expect(decodeHolidayYears(line)).toEqual([year]);
  });
});
