/**
 * A year's notice given as a file (issue 16): `parseHolidayYear` checks it as strictly as the
 * built-in years, a real notice written as JSON gives the calendar the built-in year gives,
 * and a notice for a year the package does not know reaches a complaint's deadline.
 *
 * @rule LAW-COVERAGE
 */

import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEAR_SOURCES } from '../../src/calendar/holidays/sources.js';
import {
  addWorkingDays,
  computeDayKind,
  createWorkCalendar,
  type HolidayYear,
  parseHolidayYear,
} from '../../src/calendar/index.js';
import { computeComplaintDeadlines } from '../../src/complaints/index.js';
import { CalendarCoverageError } from '../../src/core/errors.js';
import { PRESETS } from '../../src/presets/index.js';
import { refusalOf } from '../_lib/refusal.js';
import {
  INVENTED_NOTICE_2027,
  INVENTED_NOTICE_2027_JSON,
  INVENTED_NOTICE_2027_NUMBER,
} from './fixtures/inventedNotice2027.js';

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const NOTICE_2026: unknown = readJson('./fixtures/notice-2026.json');
const TEMPLATE: unknown = readJson('../../docs/holiday-notice-2027.template.json');
const built2026 = HOLIDAY_YEAR_SOURCES.find((y) => y.year === 2026) as HolidayYear;

/** The 2026 notice as a mutable copy, to break one rule at a time. */
function notice2026(): { year: number; notices: Record<string, unknown>[]; days: Record<string, unknown>[] } {
  return structuredClone(NOTICE_2026) as never;
}

/** The issues of a parse, as `path: message` in English. */
function issuesOf(input: unknown): string[] {
  const r = parseHolidayYear(input, { locale: 'en' });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const daysOf2026 = (() => {
  const out: string[] = [];
  for (let t = Date.UTC(2026, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
})();

describe('a notice file: parseHolidayYear', () => {
  it('LAW-WORKDAY: the 2026 notice written as a JSON file reproduces the built-in 2026 year day for day', () => {
    const parsed = parseHolidayYear(NOTICE_2026);
    expect(parsed.success).toBe(true);
    const { $schema: _s, $comment: _c, ...year } = parsed.data as HolidayYear;
    expect(year).toEqual(built2026);
    const fromFile = createWorkCalendar({ builtIn: false, years: [parsed.data as HolidayYear] });
    expect(daysOf2026).toHaveLength(365);
    for (const day of daysOf2026) {
      const a = computeDayKind(day, { calendar: fromFile });
      const b = computeDayKind(day);
      if (JSON.stringify(a) !== JSON.stringify(b)) expect(a, day).toEqual(b);
    }
    // National Day 10-01..10-07 with the makeup Saturday 10-10, as the notice sets it.
    expect(addWorkingDays('2026-09-30', 5, { calendar: fromFile }).lastDay).toBe('2026-10-13');
    expect(computeDayKind('2026-02-28', { calendar: fromFile }).holiday).toEqual({
      name: '春节',
      nameEn: 'Spring Festival',
      notice: '国办发明电〔2025〕7号',
    });
  });

  it('LAW-WORKDAY: every built-in year passes the same checks a notice file must pass', () => {
    for (const year of HOLIDAY_YEAR_SOURCES) expect(issuesOf(year), String(year.year)).toEqual([]);
  });

  it('LAW-WORKDAY: a makeup working day that is not a Saturday or Sunday is an error at its date', () => {
    const y = notice2026();
    const i = y.days.findIndex((d) => d.date === '2026-10-10');
    y.days[i] = { date: '2026-10-09', isOffDay: false, name: '国庆节' }; // a Friday
    expect(issuesOf(y)).toEqual([
      `days.${i}.date: 2026-10-09 (Friday) is not a Saturday or Sunday: a makeup working day (isOffDay: false) falls on a weekend`,
    ]);
    // The Saturday and the Sunday themselves are makeup days the notice may set (2026-10-10, 2026-09-20).
    expect(issuesOf(notice2026())).toEqual([]);
  });

  it('LAW-WORKDAY: a day listed twice is an error at the second one', () => {
    const y = notice2026();
    y.days.push({ date: '2026-10-01', isOffDay: true, name: '国庆节' });
    expect(issuesOf(y)).toEqual([`days.${y.days.length - 1}.date: 2026-10-01 is listed twice`]);
  });

  it('LAW-WORKDAY: a day outside the year is an error, except the last days of the December before', () => {
    const at = (date: string) => {
      const y = notice2026();
      y.days.push({ date, isOffDay: true, name: '元旦' });
      return issuesOf(y);
    };
    expect(at('2025-12-31')).toEqual([]); // as the 2012 notice set 2011-12-31
    expect(at('2025-12-20')).toEqual([]);
    expect(at('2025-12-19')).toEqual([
      'days.39.date: 2025-12-19 is outside 2026 (a notice may set only the last days of the December before)',
    ]);
    expect(at('2027-01-01')).toEqual([
      'days.39.date: 2027-01-01 is outside 2026 (a notice may set only the last days of the December before)',
    ]);
  });

  it('LAW-WORKDAY: a holiday on a weekday with no name is an error that asks for the holiday', () => {
    const y = notice2026();
    y.days.push({ date: '2026-10-08', isOffDay: true, name: ' ' }); // a Thursday
    y.days.push({ date: '2026-10-11', isOffDay: true, name: '' }); // a Sunday
    expect(issuesOf(y)).toEqual([
      'days.39.name: 2026-10-08 (Thursday) is a weekday off: name the holiday it belongs to (such as 元旦, 春节)',
      'days.40.name: 2026-10-11 (Sunday): name the holiday the day belongs to (such as 元旦, 春节)',
    ]);
    const zh = parseHolidayYear(y);
    expect(zh.error?.issues[0]?.message).toBe(
      '2026-10-08（周四）是工作日放假：应填写所属节日名称（如元旦、春节）',
    );
  });

  it('LAW-WORKDAY: a holiday name the built-in notices never used needs its English name', () => {
    const y = notice2026();
    y.days.push({ date: '2026-12-31', isOffDay: true, name: '跨年调休' });
    expect(issuesOf(y)).toEqual([
      'days.39.nameEn: the built-in notices do not use "跨年调休": give its English name in nameEn',
    ]);
    (y.days[39] as Record<string, unknown>).nameEn = "New Year's Eve";
    expect(issuesOf(y)).toEqual([]);
  });

  it('LAW-WORKDAY: the notice: issued before the first day it sets, its title naming the year, on gov.cn', () => {
    const late = notice2026();
    (late.notices[0] as Record<string, unknown>).issuedOn = '2026-01-01';
    expect(issuesOf(late)).toEqual([
      'notices.0.issuedOn: issued on 2026-01-01, not before the first day it sets, 2026-01-01',
    ]);
    const copied = notice2026();
    copied.year = 2027;
    copied.days = [{ date: '2027-01-01', isOffDay: true, name: '元旦' }];
    expect(issuesOf(copied)).toEqual([
      "notices.0.title: the first notice's title should name 2027年: is this 2027's notice?",
    ]);
    for (const url of [
      'https://www.gov.cn.example.com/x.htm',
      'https://example.com/www.gov.cn/x.htm',
      'ftp://www.gov.cn/x',
      'www.gov.cn/x',
    ]) {
      const y = notice2026();
      (y.notices[0] as Record<string, unknown>).url = url;
      expect(issuesOf(y), url).toEqual([
        "notices.0.url: expected the notice's address on gov.cn, such as https://www.gov.cn/zhengce/…",
      ]);
    }
    const ministry = notice2026();
    (ministry.notices[0] as Record<string, unknown>).url = 'http://www.mohrss.gov.cn/x.html';
    expect(issuesOf(ministry)).toEqual([]);
  });

  it("LAW-WORKDAY: a day may name only one of the year's notices; an unknown key is refused", () => {
    const y = notice2026();
    (y.days[0] as Record<string, unknown>).notice = '国办发明电〔2099〕1号';
    expect(issuesOf(y)).toEqual(["days.0.notice: 国办发明电〔2099〕1号 is not one of this year's notices"]);
    const extra = notice2026() as Record<string, unknown>;
    extra.holidays = [];
    expect(issuesOf(extra)).toHaveLength(1);
    expect(issuesOf(extra)[0]).toMatch(/holidays/);
    expect(parseHolidayYear('not a notice').success).toBe(false);
  });

  it('LAW-COVERAGE: the notice template in docs/ is refused exactly at its blanks until it is filled in', () => {
    const r = parseHolidayYear(TEMPLATE, { locale: 'en' });
    expect(r.success).toBe(false);
    const t = TEMPLATE as { notices: Record<string, string>[]; days: Record<string, unknown>[] };
    const blanks: string[] = [];
    t.notices.forEach((n, i) => {
      for (const [k, v] of Object.entries(n)) if (/待填|MM-DD/.test(v)) blanks.push(`notices.${i}.${k}`);
    });
    t.days.forEach((d, i) => {
      if (/MM-DD/.test(String(d.date))) blanks.push(`days.${i}.date`);
    });
    const paths = r.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths.sort()).toEqual(blanks.sort());
    // Seven holidays in the notices' order, each with a row for its days off and its makeup days.
    expect([...new Set(t.days.map((d) => d.name))]).toEqual([
      '元旦',
      '春节',
      '清明节',
      '劳动节',
      '端午节',
      '中秋节',
      '国庆节',
    ]);
    expect((TEMPLATE as { year: number }).year).toBe(2027);
  });

  it("LAW-COVERAGE: the invented 2027 fixture is a valid notice file and says it is not the State Council's", () => {
    expect(issuesOf(INVENTED_NOTICE_2027_JSON)).toEqual([]);
    const n = INVENTED_NOTICE_2027.notices[0];
    expect(n?.number).toBe(INVENTED_NOTICE_2027_NUMBER);
    expect(n?.number).toMatch(/TEST-FIXTURE.*虚构/);
    expect(n?.title).toMatch(/测试用虚构通知/);
    expect(INVENTED_NOTICE_2027.$comment).toMatch(/^INVENTED TEST FIXTURE, NOT A STATE COUNCIL NOTICE/);
  });

  it('LAW-COVERAGE: the JSON Schema file reads the same notice files alike outside TypeScript', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(readJson('../../schemas/holiday-year.schema.json') as object);
    expect(validate(NOTICE_2026), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(INVENTED_NOTICE_2027_JSON)).toBe(true);
    for (const year of HOLIDAY_YEAR_SOURCES) expect(validate(year), String(year.year)).toBe(true);
    const bad = notice2026();
    (bad.notices[0] as Record<string, unknown>).url = 'https://example.com/gov.cn';
    expect(validate(bad)).toBe(false);
    const badDay = notice2026();
    (badDay.days[0] as Record<string, unknown>).date = '2026-1-1';
    expect(validate(badDay)).toBe(false);
    expect(validate(TEMPLATE)).toBe(false);
  });
});

describe('a notice file reaching a complaint deadline (issue 16)', () => {
  const aoyuan = PRESETS.aoyuan2014;
  const complaint = { receivedAt: '2026-12-28T10:00:00+08:00', category: 'engineering-quality' as const };

  it('LAW-COVERAGE: a complaint received 2026-12-28 under aoyuan2014 (5 working days) with a supplied 2027 notice: the deadline that notice implies, naming it', () => {
    const calendar = createWorkCalendar({ years: [INVENTED_NOTICE_2027] });
    const d = computeComplaintDeadlines(complaint, { policy: aoyuan, calendar });
    // 12-29, 12-30, 12-31, then the fixture's 元旦 01-01..01-03 off, then 01-04 and 01-05.
    expect(d.replyBy.lastDay).toBe('2027-01-05');
    expect(d.replyBy.fallbackUsed).toBe(false);
    expect(d.replyBy.reasons.find((r) => r.facts.holiday === '元旦')?.facts).toMatchObject({
      from: '2027-01-01',
      to: '2027-01-03',
      notice: INVENTED_NOTICE_2027_NUMBER,
    });
  });

  it('LAW-COVERAGE: the same complaint without the 2027 notice throws the coverage error naming 2027', () => {
    const error = refusalOf(
      () => computeComplaintDeadlines(complaint, { policy: aoyuan }),
      CalendarCoverageError,
    );
    expect(error).toMatchObject({ code: 'CALENDAR_NOT_COVERED', year: 2027, day: '2027-01-01' });
  });

  it('LAW-COVERAGE: with the weekends-only fallback the deadline says it is an estimate', () => {
    const d = computeComplaintDeadlines(complaint, { policy: aoyuan, fallback: 'weekends-only' });
    // 2027-01-01 (a Friday) is counted as a working day: one day earlier than the notice implies.
    expect(d.replyBy.lastDay).toBe('2027-01-04');
    expect(d.replyBy.fallbackUsed).toBe(true);
    expect(d.replyBy.reasons.at(-1)).toMatchObject({
      rule: 'LAW-COVERAGE',
      facts: { fallback: 'weekends-only', from: '2027-01-01', to: '2027-01-04' },
    });
  });
});
