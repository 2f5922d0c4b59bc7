/**
 * The built-in holiday years, 2008 to 2026: their structure, a day-by-day comparison with an
 * independent transcription (the `chinese-days` package's data file), and spot checks against
 * the notice texts.
 *
 * @rule LAW-WORKDAY
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holidays2008 } from '../../src/calendar/holidays/2008.js';
import { holidays2009 } from '../../src/calendar/holidays/2009.js';
import { holidays2010 } from '../../src/calendar/holidays/2010.js';
import { holidays2011 } from '../../src/calendar/holidays/2011.js';
import { holidays2012 } from '../../src/calendar/holidays/2012.js';
import { holidays2013 } from '../../src/calendar/holidays/2013.js';
import { holidays2014 } from '../../src/calendar/holidays/2014.js';
import { holidays2015 } from '../../src/calendar/holidays/2015.js';
import { holidays2016 } from '../../src/calendar/holidays/2016.js';
import { holidays2017 } from '../../src/calendar/holidays/2017.js';
import { holidays2018 } from '../../src/calendar/holidays/2018.js';
import { holidays2019 } from '../../src/calendar/holidays/2019.js';
import { holidays2020 } from '../../src/calendar/holidays/2020.js';
import { holidays2021 } from '../../src/calendar/holidays/2021.js';
import { holidays2022 } from '../../src/calendar/holidays/2022.js';
import { holidays2023 } from '../../src/calendar/holidays/2023.js';
import { holidays2024 } from '../../src/calendar/holidays/2024.js';
import { holidays2025 } from '../../src/calendar/holidays/2025.js';
import { holidays2026 } from '../../src/calendar/holidays/2026.js';
import { HOLIDAY_NAMES, type HolidayDay, type HolidayYear } from '../../src/calendar/holidays/types.js';

const YEARS: readonly HolidayYear[] = [
  holidays2008,
  holidays2009,
  holidays2010,
  holidays2011,
  holidays2012,
  holidays2013,
  holidays2014,
  holidays2015,
  holidays2016,
  holidays2017,
  holidays2018,
  holidays2019,
  holidays2020,
  holidays2021,
  holidays2022,
  holidays2023,
  holidays2024,
  holidays2025,
  holidays2026,
];

/** The first and last day compared with chinese-days: the 2008 notice's first day to the end of 2026. */
const FIRST_DAY = '2007-12-29';
const LAST_DAY = '2026-12-31';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const NOTICE_NUMBER_PATTERN = /^国(办)?发明电〔\d{4}〕\d+号$/;

/** The parts of a `YYYY-MM-DD` string, or `undefined` when it is not a real calendar date. */
function parseDate(date: string): { year: number; month: number; day: number } | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day };
}

/** Day of the week of a `YYYY-MM-DD` date, 0 = Sunday; independent of the host time zone. */
function weekdayOf(date: string): number {
  const parts = parseDate(date);
  if (!parts) throw new Error(`not a date: ${date}`);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
}

/** The `YYYY-MM-DD` day after `date`. */
function nextDay(date: string): string {
  const parts = parseDate(date);
  if (!parts) throw new Error(`not a date: ${date}`);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day + 1)).toISOString().slice(0, 10);
}

function dayOf(year: HolidayYear, date: string): HolidayDay | undefined {
  return year.days.find((day) => day.date === date);
}

/** The `YYYY-MM-DD` day before `date`. */
function previousDay(date: string): string {
  const parts = parseDate(date);
  if (!parts) throw new Error(`not a date: ${date}`);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day - 1)).toISOString().slice(0, 10);
}

/** Every `YYYY-MM-DD` day from `first` to `last`, both included. */
function daysFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let date = first; date <= last; date = nextDay(date)) out.push(date);
  return out;
}

// ---------------------------------------------------------------------------------------------
// chinese-days, read from its data file. Its API computes dates in the host time zone, so it is
// not imported: the JSON holds the dates as plain `YYYY-MM-DD` keys.

interface ChineseDaysData {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
  readonly inLieuDays: Readonly<Record<string, string>>;
}

const CHINESE_DAYS: ChineseDaysData = JSON.parse(
  readFileSync(new URL('../../node_modules/chinese-days/dist/chinese-days.json', import.meta.url), 'utf8'),
) as ChineseDaysData;

/** What a source says of one day: a day off, a makeup working day, or nothing (an ordinary day). */
type DayStatus = 'off' | 'makeup' | 'none';

function chineseDaysStatus(date: string): DayStatus | 'both' {
  const off = Object.hasOwn(CHINESE_DAYS.holidays, date);
  const makeup = Object.hasOwn(CHINESE_DAYS.workdays, date);
  if (off && makeup) return 'both';
  if (off) return 'off';
  if (makeup) return 'makeup';
  return 'none';
}

const OUR_STATUS = new Map<string, DayStatus>(
  YEARS.flatMap((year) => year.days.map((day) => [day.date, day.isOffDay ? 'off' : 'makeup'] as const)),
);

function ourStatus(date: string): DayStatus {
  return OUR_STATUS.get(date) ?? 'none';
}

interface Exception {
  readonly date: string;
  /** What this library's data says. */
  readonly ours: DayStatus;
  /** What chinese-days says. */
  readonly chineseDays: DayStatus;
  /** Why this library's data is right: the notice decides. */
  readonly why: string;
}

const WITH_WEEKEND =
  'The notice names only the holiday itself ("…放假，与周末连休"): the adjoining weekend day is an ordinary weekend, which the data does not list. chinese-days counts it as a holiday.';

/**
 * Every day on which this library's data and chinese-days disagree. Each is a weekend day, so
 * neither reading changes whether the day is worked; the data follows the notice's words.
 */
const EXCEPTIONS: readonly Exception[] = [
  {
    date: '2011-06-05',
    ours: 'off',
    chineseDays: 'none',
    why: '国办发明电〔2010〕40号: "端午节：6月4日至6日放假公休，共3天" — Sunday 5 June is inside the block; chinese-days lists only 4 and 6 June.',
  },
  {
    date: '2012-06-23',
    ours: 'off',
    chineseDays: 'none',
    why: '国办发明电〔2011〕45号: "端午节：6月22日至24日放假公休，共3天" — Saturday 23 June is inside the block; chinese-days lists only 22 and 24 June.',
  },
  {
    date: '2014-04-06',
    ours: 'none',
    chineseDays: 'off',
    why: '国办发明电〔2013〕28号: "清明节：4月5日放假，4月7日（星期一）补休" — the notice names 5 and 7 April only; Sunday 6 April is an ordinary weekend day.',
  },
  {
    date: '2015-09-05',
    ours: 'off',
    chineseDays: 'none',
    why: '国发明电〔2015〕1号: "9月3日至5日调休放假，共3天" — Saturday 5 September is inside the block; chinese-days lists only 3 and 4 September.',
  },
  {
    date: '2019-04-06',
    ours: 'none',
    chineseDays: 'off',
    why: `国办发明电〔2018〕15号: "清明节：4月5日放假，与周末连休". ${WITH_WEEKEND}`,
  },
  {
    date: '2019-04-07',
    ours: 'none',
    chineseDays: 'off',
    why: `国办发明电〔2018〕15号: "清明节：4月5日放假，与周末连休". ${WITH_WEEKEND}`,
  },
  {
    date: '2019-06-08',
    ours: 'none',
    chineseDays: 'off',
    why: `国办发明电〔2018〕15号: "端午节：6月7日放假，与周末连休". ${WITH_WEEKEND}`,
  },
  {
    date: '2019-06-09',
    ours: 'none',
    chineseDays: 'off',
    why: `国办发明电〔2018〕15号: "端午节：6月7日放假，与周末连休". ${WITH_WEEKEND}`,
  },
  {
    date: '2019-09-14',
    ours: 'none',
    chineseDays: 'off',
    why: `国办发明电〔2018〕15号: "中秋节：9月13日放假，与周末连休". ${WITH_WEEKEND}`,
  },
  {
    date: '2019-09-15',
    ours: 'none',
    chineseDays: 'off',
    why: `国办发明电〔2018〕15号: "中秋节：9月13日放假，与周末连休". ${WITH_WEEKEND}`,
  },
];

/**
 * The days each file answers for in the comparison: from its first listed day (or 1 January) to
 * the day before the next file's window. Together the windows cover FIRST_DAY..LAST_DAY once.
 */
function comparisonWindows(): { year: HolidayYear; first: string; last: string }[] {
  const starts = YEARS.map((year) => {
    const jan1 = `${year.year}-01-01`;
    const firstListed = year.days[0]?.date ?? jan1;
    return firstListed < jan1 ? firstListed : jan1;
  });
  return YEARS.map((year, i) => {
    const nextStart = starts[i + 1];
    return {
      year,
      first: starts[i] ?? FIRST_DAY,
      last: nextStart === undefined ? LAST_DAY : previousDay(nextStart),
    };
  });
}

// ---------------------------------------------------------------------------------------------

describe('LAW-WORKDAY holiday data: structure', () => {
  it('LAW-WORKDAY: there are 19 files, 2008 to 2026, each year once, oldest first', () => {
    expect(YEARS.map((year) => year.year)).toEqual(Array.from({ length: 19 }, (_, i) => 2008 + i));
    expect(new Set(YEARS.map((year) => year.year)).size).toBe(YEARS.length);
  });

  describe.each(YEARS.map((year) => [year.year, year] as const))('LAW-WORKDAY: %i', (yearNumber, year) => {
    it(`LAW-WORKDAY: ${yearNumber} dates are real YYYY-MM-DD calendar dates`, () => {
      for (const day of year.days) {
        expect(parseDate(day.date), day.date).toBeDefined();
      }
    });

    it(`LAW-WORKDAY: ${yearNumber} days are sorted by date with no duplicates`, () => {
      const dates = year.days.map((day) => day.date);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(dates.length);
    });

    it(`LAW-WORKDAY: ${yearNumber} makeup working days fall on a Saturday or Sunday`, () => {
      for (const day of year.days.filter((d) => !d.isOffDay)) {
        expect([0, 6], `${day.date} (${day.name})`).toContain(weekdayOf(day.date));
      }
    });

    it(`LAW-WORKDAY: ${yearNumber} days lie in ${yearNumber} or in the last days of December ${yearNumber - 1}`, () => {
      for (const day of year.days) {
        const inYear = day.date.startsWith(`${yearNumber}-`);
        const lateDecember = day.date >= `${yearNumber - 1}-12-20` && day.date <= `${yearNumber - 1}-12-31`;
        expect(inYear || lateDecember, day.date).toBe(true);
      }
    });

    it(`LAW-WORKDAY: ${yearNumber} names are the notices' holiday names`, () => {
      for (const day of year.days) {
        expect(Object.hasOwn(HOLIDAY_NAMES, day.name), `${day.date}: ${day.name}`).toBe(true);
        expect(day.nameEn, day.date).toBeUndefined();
      }
    });

    it(`LAW-WORKDAY: ${yearNumber} notices are well formed and every day's notice is one of them`, () => {
      expect(year.notices.length).toBeGreaterThanOrEqual(1);
      const numbers = year.notices.map((notice) => notice.number);
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const notice of year.notices) {
        expect(notice.number).toMatch(NOTICE_NUMBER_PATTERN);
        expect(notice.title).toMatch(/^国务院(办公厅)?关于.+的通知$/);
        expect(notice.url).toMatch(/^https?:\/\/www\.gov\.cn\//);
        expect(parseDate(notice.issuedOn), notice.issuedOn).toBeDefined();
        // A notice is issued before the first day it sets.
        const mainNumber = year.notices[0]?.number;
        const setDays = year.days.filter((day) => (day.notice ?? mainNumber) === notice.number);
        expect(setDays.length, notice.number).toBeGreaterThan(0);
        expect(notice.issuedOn < (setDays[0]?.date ?? ''), notice.number).toBe(true);
      }
      expect(year.notices[0]?.title).toBe(`国务院办公厅关于${yearNumber}年部分节假日安排的通知`);
      for (const day of year.days) {
        if (day.notice !== undefined) expect(numbers.slice(1), day.date).toContain(day.notice);
      }
    });
  });

  it('LAW-WORKDAY: days are sorted and unique across all files', () => {
    const dates = YEARS.flatMap((year) => year.days.map((day) => day.date));
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('LAW-WORKDAY: every notice number is used once across all files', () => {
    const numbers = YEARS.flatMap((year) => year.notices.map((notice) => notice.number));
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe('LAW-WORKDAY holiday data against chinese-days', () => {
  const windows = comparisonWindows();

  it('LAW-WORKDAY: the comparison windows cover 2007-12-29 to 2026-12-31 once, and the data file has the years', () => {
    expect(windows[0]?.first).toBe(FIRST_DAY);
    expect(windows.at(-1)?.last).toBe(LAST_DAY);
    for (let i = 1; i < windows.length; i += 1) {
      expect(windows[i]?.first).toBe(nextDay(windows[i - 1]?.last ?? ''));
    }
    expect(Object.keys(CHINESE_DAYS.holidays).some((date) => date.startsWith('2026-'))).toBe(true);
    expect(Object.keys(CHINESE_DAYS.holidays).some((date) => date.startsWith('2008-'))).toBe(true);
  });

  it('LAW-WORKDAY: every exception row lies in the compared range, once, and is a weekend day', () => {
    const dates = EXCEPTIONS.map((row) => row.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const row of EXCEPTIONS) {
      expect(row.date >= FIRST_DAY && row.date <= LAST_DAY, row.date).toBe(true);
      expect([0, 6], row.date).toContain(weekdayOf(row.date));
      expect(row.ours).not.toBe(row.chineseDays);
      expect(row.why.length).toBeGreaterThan(0);
    }
  });

  it.each(windows.map((window) => [window.year.year, window] as const))(
    'LAW-WORKDAY: %i off days and makeup days match the notice as chinese-days records it',
    (_yearNumber, window) => {
      const found: { date: string; ours: DayStatus; chineseDays: DayStatus | 'both' }[] = [];
      for (const date of daysFrom(window.first, window.last)) {
        const ours = ourStatus(date);
        const theirs = chineseDaysStatus(date);
        if (ours !== theirs) found.push({ date, ours, chineseDays: theirs });
      }
      const expected = EXCEPTIONS.filter((row) => row.date >= window.first && row.date <= window.last).map(
        ({ date, ours, chineseDays }) => ({ date, ours, chineseDays }),
      );
      // A difference not in the table fails, and so does a table row that no longer differs.
      expect(found).toEqual(expected);
    },
  );
});

describe('LAW-WORKDAY holiday data: spot checks against the notice texts', () => {
  function expectDay(
    year: HolidayYear,
    date: string,
    isOffDay: boolean,
    name: string,
    notice?: string,
  ): void {
    const day = dayOf(year, date);
    expect(day, date).toBeDefined();
    expect(day?.isOffDay, date).toBe(isOffDay);
    expect(day?.name, date).toBe(name);
    expect(day?.notice, date).toBe(notice);
  }

  it('LAW-WORKDAY: 2026 春节 "2月15日至23日放假调休，共9天。2月14日（周六）、2月28日（周六）上班"', () => {
    expectDay(holidays2026, '2026-02-14', false, '春节');
    expectDay(holidays2026, '2026-02-28', false, '春节');
    for (const date of daysFrom('2026-02-15', '2026-02-23')) expectDay(holidays2026, date, true, '春节');
  });

  it('LAW-WORKDAY: 2026 国庆节 "10月1日至7日放假调休，共7天。9月20日（周日）、10月10日（周六）上班"', () => {
    for (const date of daysFrom('2026-10-01', '2026-10-07')) expectDay(holidays2026, date, true, '国庆节');
    expectDay(holidays2026, '2026-09-20', false, '国庆节');
    expectDay(holidays2026, '2026-10-10', false, '国庆节');
  });

  it('LAW-WORKDAY: 2025 春节 "1月28日至2月4日放假调休，共8天。1月26日（周日）、2月8日（周六）上班"', () => {
    for (const date of daysFrom('2025-01-28', '2025-02-04')) expectDay(holidays2025, date, true, '春节');
    expectDay(holidays2025, '2025-01-26', false, '春节');
    expectDay(holidays2025, '2025-02-08', false, '春节');
  });

  it('LAW-WORKDAY: 2025 国庆节、中秋节 "10月1日至8日放假调休，共8天。9月28日（周日）、10月11日（周六）上班"', () => {
    for (const date of daysFrom('2025-10-01', '2025-10-08')) {
      expectDay(holidays2025, date, true, '国庆节、中秋节');
    }
    expectDay(holidays2025, '2025-09-28', false, '国庆节、中秋节');
    expectDay(holidays2025, '2025-10-11', false, '国庆节、中秋节');
  });

  it('LAW-WORKDAY: 2020 国办发明电〔2020〕1号 "延长2020年春节假期至2月2日" — 1月31日至2月2日 off, the 2月1日 makeup day gone', () => {
    expect(holidays2020.notices[1]?.number).toBe('国办发明电〔2020〕1号');
    for (const date of daysFrom('2020-01-31', '2020-02-02')) {
      expectDay(holidays2020, date, true, '春节', '国办发明电〔2020〕1号');
    }
    for (const date of daysFrom('2020-01-24', '2020-01-30')) expectDay(holidays2020, date, true, '春节');
    expectDay(holidays2020, '2020-01-19', false, '春节');
    expect(dayOf(holidays2020, '2020-02-03')).toBeUndefined();
  });

  it('LAW-WORKDAY: 2015 国发明电〔2015〕1号 "9月3日至5日调休放假，共3天……9月6日（星期日）上班"', () => {
    expect(holidays2015.notices[1]?.number).toBe('国发明电〔2015〕1号');
    for (const date of daysFrom('2015-09-03', '2015-09-05')) {
      expectDay(holidays2015, date, true, '抗战胜利纪念日', '国发明电〔2015〕1号');
    }
    expectDay(holidays2015, '2015-09-06', false, '抗战胜利纪念日', '国发明电〔2015〕1号');
  });

  it('LAW-WORKDAY: 2019 国办发明电〔2019〕3号 "2019年5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班"', () => {
    for (const date of daysFrom('2019-05-01', '2019-05-04')) {
      expectDay(holidays2019, date, true, '劳动节', '国办发明电〔2019〕3号');
    }
    expectDay(holidays2019, '2019-04-28', false, '劳动节', '国办发明电〔2019〕3号');
    expectDay(holidays2019, '2019-05-05', false, '劳动节', '国办发明电〔2019〕3号');
  });

  it('LAW-WORKDAY: 2011-12-31 is a 元旦 makeup day set by the 2012 notice "2011年12月31日（星期六）上班"', () => {
    expectDay(holidays2012, '2011-12-31', false, '元旦');
    expect(dayOf(holidays2011, '2011-12-31')).toBeUndefined();
    for (const date of daysFrom('2012-01-01', '2012-01-03')) expectDay(holidays2012, date, true, '元旦');
  });

  it('LAW-WORKDAY: days in December of the year before sit in the file of the notice that sets them', () => {
    expectDay(holidays2008, '2007-12-29', false, '元旦');
    expectDay(holidays2008, '2007-12-30', true, '元旦');
    expectDay(holidays2008, '2007-12-31', true, '元旦');
    expectDay(holidays2019, '2018-12-29', false, '元旦');
    expectDay(holidays2019, '2018-12-30', true, '元旦');
    expectDay(holidays2019, '2018-12-31', true, '元旦');
    expectDay(holidays2023, '2022-12-31', true, '元旦');
    expect(holidays2018.days.some((day) => day.date >= '2018-12-01')).toBe(false);
    expect(holidays2022.days.some((day) => day.date >= '2022-12-01')).toBe(false);
  });
});
