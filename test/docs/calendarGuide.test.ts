/**
 * The calendar guides, docs/en/calendar.md and docs/zh-CN/calendar.md, hold only what the
 * library does:
 *
 * 1. each worked example, asserted here by hand against the real functions;
 * 2. every ```ts block of both guides, type-checked against src/index.ts (standing in for
 *    the package name) and then run: each line `expression; // => <JSON>` (or an
 *    expression line followed by `// => <JSON>`, continued on further comment lines) must
 *    return exactly that value, and must actually run;
 * 3. the tables (the holidays of the examples, the built-in notices, the date-fns
 *    comparison) against the holiday data and date-fns;
 * 4. the two guides against each other: the same headings, blocks and examples in the same
 *    order.
 */

import { fileURLToPath } from 'node:url';
import { tz } from '@date-fns/tz';
import { addBusinessDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import {
  addElapsed,
  addPeriod,
  addWindow,
  addWorkingDays,
  BUILT_IN_HOLIDAY_YEARS,
  CalendarCoverageError,
  computeDayKind,
  countWorkingDays,
  createWorkCalendar,
  type HolidayYear,
  hasElapsed,
  InvalidArgumentError,
  isDeadlinePassed,
  isWithinLast,
  isWithinWindow,
  isWorkingDay,
  parseHolidayYear,
} from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';
import {
  type Guide,
  guideShape,
  LANGS,
  type Lang,
  readGuide,
  runBlock,
  type TypeCheckSetup,
  typeCheckBlocks,
} from './_guideHarness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const guides: Record<Lang, Guide> = {
  en: readGuide(ROOT, 'calendar', 'en'),
  'zh-CN': readGuide(ROOT, 'calendar', 'zh-CN'),
};
const allBlocks = LANGS.flatMap((lang) => guides[lang].blocks);

/** The library as the guides import it: the package root and the calendar subpath. */
function requireLibrary(id: string): unknown {
  if (id === 'realty-crm-rules' || id === 'realty-crm-rules/calendar') return lib;
  throw new Error(`a guide imports ${id}; only realty-crm-rules is available`);
}

/** The package names as the blocks are type-checked: mapped onto src/. */
const TYPE_CHECK_SETUP: TypeCheckSetup = {
  root: ROOT,
  paths: {
    'realty-crm-rules': ['src/index.ts'],
    'realty-crm-rules/calendar': ['src/calendar/index.ts'],
  },
};

/** The rows of the markdown table that follows `<!-- doc-test: name -->`, as trimmed cells. */
function tableAfter(guide: Guide, name: string): string[][] {
  const lines = guide.text.split('\n');
  const at = lines.findIndex((l) => l.trim() === `<!-- doc-test: ${name} -->`);
  if (at < 0) return [];
  const rows: string[][] = [];
  for (let i = at + 1; i < lines.length && (lines[i] as string).startsWith('|'); i++) {
    const cells = (lines[i] as string)
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.every((c) => /^-+$/.test(c))) continue;
    rows.push(cells);
  }
  return rows.slice(1); // without the header row
}

/** The text from `<!-- doc-test: name -->` to the next heading. */
function sectionAfter(guide: Guide, name: string): string {
  const from = guide.text.indexOf(`<!-- doc-test: ${name} -->`);
  const to = guide.text.indexOf('\n#', from);
  return guide.text.slice(from, to < 0 ? undefined : to);
}

const ISO_DAY = /\d{4}-\d{2}-\d{2}/g;
const NOTICE_NUMBER = /国办?发明电〔\d{4}〕\d+号/g;
const daysIn = (s: string) => s.match(ISO_DAY) ?? [];
const shiftDay = (day: string, by: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** date-fns' answer, in the Asia/Shanghai zone, as a Shanghai day. */
const shanghai = tz('Asia/Shanghai');
function dateFnsFiveBusinessDays(start: string): string {
  const end = addBusinessDays(new Date(`${start}T00:00:00+08:00`), 5, { in: shanghai });
  return new Date(end.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

// 1. The worked examples, by hand.

describe('the worked examples of the calendar guides', () => {
  it('LAW-WORKDAY: the four holidays of the examples, with their makeup working days', () => {
    for (const day of ['2026-10-01', '2026-10-07', '2026-02-15', '2026-02-23', '2025-01-28', '2025-02-04']) {
      expect(isWorkingDay(day), day).toBe(false);
    }
    for (const day of ['2025-10-01', '2025-10-08', '2026-10-11']) expect(isWorkingDay(day), day).toBe(false);
    for (const day of ['2026-09-30', '2026-09-20', '2026-10-10', '2026-02-14', '2026-02-28']) {
      expect(isWorkingDay(day), day).toBe(true);
    }
    for (const day of ['2025-01-26', '2025-02-08', '2025-09-28', '2025-10-11']) {
      expect(isWorkingDay(day), day).toBe(true);
    }
  });

  it('LAW-WORKDAY: instants are read as Shanghai days, and an ISO string without an offset is refused', () => {
    expect(isWorkingDay('2026-09-30T23:30:00Z')).toBe(false);
    expect(isWorkingDay(new Date('2026-09-30T23:30:00Z'))).toBe(false);
    expect(isWorkingDay('2026-09-30T15:59:59Z')).toBe(true);
    expect(computeDayKind('2026-09-30T12:00:00-07:00').day).toBe('2026-10-01');
    expect(() => isWorkingDay('2026-10-01T10:00:00')).toThrow(InvalidArgumentError);
  });

  it('LAW-WORKDAY: computeDayKind names the holiday and its notice', () => {
    expect(computeDayKind('2026-02-14')).toStrictEqual({
      day: '2026-02-14',
      kind: 'makeup-workday',
      isWorkingDay: true,
      holiday: { name: '春节', nameEn: 'Spring Festival', notice: '国办发明电〔2025〕7号' },
      fallbackUsed: false,
    });
    expect(computeDayKind('2025-10-06')).toStrictEqual({
      day: '2025-10-06',
      kind: 'holiday',
      isWorkingDay: false,
      holiday: {
        name: '国庆节、中秋节',
        nameEn: 'National Day and Mid-Autumn Festival',
        notice: '国办发明电〔2024〕12号',
      },
      fallbackUsed: false,
    });
    expect(computeDayKind('2025-01-26').kind).toBe('makeup-workday');
    expect(computeDayKind('2026-10-11').kind).toBe('weekend');
    expect(computeDayKind('2026-10-09').kind).toBe('workday');
  });

  it('LAW-WORKDAY-PERIOD: countWorkingDays over the four holidays', () => {
    expect(countWorkingDays('2026-09-30', '2026-10-13')).toBe(5);
    expect(countWorkingDays('2026-10-13', '2026-09-30')).toBe(-5);
    expect(countWorkingDays('2026-09-30', '2026-09-30')).toBe(0);
    expect(countWorkingDays('2026-02-13', '2026-02-28')).toBe(6);
    expect(countWorkingDays('2025-01-24', '2025-02-10')).toBe(7);
    expect(countWorkingDays('2025-09-30', '2025-10-31')).toBe(18);
    expect(countWorkingDays('2026-09-30', '2026-10-31')).toBe(18);
  });

  it('LAW-WORKDAY-PERIOD: 5 working days from 2026-09-30 16:20 across 2026 National Day', () => {
    const reply = addWorkingDays('2026-09-30T16:20:00+08:00', 5);
    expect(reply.lastDay).toBe('2026-10-13');
    expect(reply.endsAt.toISOString()).toBe('2026-10-13T16:00:00.000Z');
    expect(reply.fallbackUsed).toBe(false);
    expect(reply.reasons.map((r) => r.message.en)).toEqual([
      '5 working days after 2026-09-30 (the start day not counted): the last day is 2026-10-13, ending at 24:00 Asia/Shanghai',
      'National Day off (2026-10-01 to 2026-10-07, 国办发明电〔2025〕7号): not working days',
      '2026-10-10 (Saturday) is a makeup working day for National Day: a working day',
    ]);
    expect(reply.reasons.map((r) => r.message['zh-CN'])).toEqual([
      '自2026-09-30起算5个工作日（起算日不计入），期间最后一日为2026-10-13，至当日24:00（北京时间）届满',
      '国庆节放假（2026-10-01至2026-10-07，国办发明电〔2025〕7号），不计工作日',
      '2026-10-10（周六）为国庆节调休上班日，计为工作日',
    ]);
    expect(isDeadlinePassed(reply, new Date('2026-10-13T23:59:59+08:00'))).toBe(false);
    expect(isDeadlinePassed(reply, new Date('2026-10-14T00:00:00+08:00'))).toBe(true);
    expect(addWorkingDays('2026-09-30', 2).lastDay).toBe('2026-10-09');
    expect(addWorkingDays('2026-09-30', 3).lastDay).toBe('2026-10-10');
  });

  it('LAW-WORKDAY-PERIOD: the 2026 Spring Festival', () => {
    expect(addWorkingDays('2026-02-13', 1).lastDay).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2).lastDay).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-13', 5).lastDay).toBe('2026-02-27');
    expect(addWorkingDays('2026-02-13', 6).lastDay).toBe('2026-02-28');
    expect(addWorkingDays('2026-02-14', 1).lastDay).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-13', 5).reasons.map((r) => r.message.en)).toEqual([
      '5 working days after 2026-02-13 (the start day not counted): the last day is 2026-02-27, ending at 24:00 Asia/Shanghai',
      '2026-02-14 (Saturday) is a makeup working day for Spring Festival: a working day',
      'Spring Festival off (2026-02-15 to 2026-02-23, 国办发明电〔2025〕7号): not working days',
    ]);
  });

  it('LAW-WORKDAY-PERIOD: the 2025 Spring Festival', () => {
    expect(addWorkingDays('2025-01-24', 1).lastDay).toBe('2025-01-26');
    expect(addWorkingDays('2025-01-24', 2).lastDay).toBe('2025-01-27');
    expect(addWorkingDays('2025-01-24', 3).lastDay).toBe('2025-02-05');
    expect(addWorkingDays('2025-01-24', 5).lastDay).toBe('2025-02-07');
    expect(addWorkingDays('2025-01-27', 5).lastDay).toBe('2025-02-10');
  });

  it('LAW-WORKDAY-PERIOD: the 2025 National Day and Mid-Autumn Festival', () => {
    expect(addWorkingDays('2025-09-26', 2).lastDay).toBe('2025-09-29');
    expect(addWorkingDays('2025-09-30', 1).lastDay).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-30', 3).lastDay).toBe('2025-10-11');
    const d = addWorkingDays('2025-09-30', 5);
    expect(d.lastDay).toBe('2025-10-14');
    expect(d.reasons.map((r) => r.message.en)).toEqual([
      '5 working days after 2025-09-30 (the start day not counted): the last day is 2025-10-14, ending at 24:00 Asia/Shanghai',
      'National Day and Mid-Autumn Festival off (2025-10-01 to 2025-10-08, 国办发明电〔2024〕12号): not working days',
      '2025-10-11 (Saturday) is a makeup working day for National Day and Mid-Autumn Festival: a working day',
    ]);
  });

  it('LAW-WORKDAY-PERIOD: n = 0 is the start day, even on a holiday', () => {
    expect(addWorkingDays('2026-09-30', 0).lastDay).toBe('2026-09-30');
    expect(addWorkingDays('2026-10-03', 0).lastDay).toBe('2026-10-03');
  });

  it('LAW-PERIOD-START: the start day is not counted', () => {
    expect(addPeriod('2026-03-02', { days: 7 }).lastDay).toBe('2026-03-09');
    expect(addPeriod('2026-03-02', { weeks: 2 }).lastDay).toBe('2026-03-16');
    expect(addPeriod('2026-03-02T23:59:00+08:00', { days: 1 }).lastDay).toBe('2026-03-03');
    expect(addPeriod('2026-03-02', { days: 7 }).reasons[0]?.message.en).toBe(
      'A period of 7 days: the start day 2026-03-02 is not counted; it starts the next day',
    );
  });

  it('LAW-PERIOD-MONTH: Jan 31 + 1 month, Feb 29 + 1 year', () => {
    const feb = addPeriod('2026-01-31', { months: 1 });
    expect(feb.lastDay).toBe('2026-02-28');
    expect(feb.reasons.map((r) => r.rule)).toEqual([
      'LAW-PERIOD-START',
      'LAW-PERIOD-MONTH',
      'LAW-PERIOD-END',
      'LAW-WORKDAY',
    ]);
    expect(feb.reasons[1]?.message.en).toBe(
      "The last month has no corresponding day: its last day, 2026-02-28, is the period's last day",
    );
    expect(addPeriod('2024-01-31', { months: 1 }).lastDay).toBe('2024-02-29');
    expect(addPeriod('2024-02-29', { years: 1 }).lastDay).toBe('2025-02-28');
  });

  it('LAW-PERIOD-REST: a last day on a holiday or a weekend moves to the next working day', () => {
    const p = addPeriod('2026-09-24', { days: 7 });
    expect(p.lastDay).toBe('2026-10-08');
    expect(p.reasons.map((r) => r.message.en)).toEqual([
      'A period of 7 days: the start day 2026-09-24 is not counted; it starts the next day',
      'The last day 2026-10-01 is a rest day (National Day): the period ends on the first working day after it, 2026-10-08',
      'The last day, 2026-10-08, ends at 24:00 Asia/Shanghai',
      'National Day off (2026-10-01 to 2026-10-07, 国办发明电〔2025〕7号): not working days',
    ]);
    expect(addPeriod('2026-01-15', { months: 1 }).lastDay).toBe('2026-02-24');
    expect(addPeriod('2025-01-20', { days: 10 }).lastDay).toBe('2025-02-05');
    expect(addPeriod('2025-09-01', { months: 1 }).lastDay).toBe('2025-10-09');
    expect(addPeriod('2026-02-28', { weeks: 1 }).lastDay).toBe('2026-03-09');
    expect(addPeriod('2026-03-02', { months: 1, days: 3 }).lastDay).toBe('2026-04-07');
  });

  it('LAW-PERIOD-REST: a last day on a makeup working day is not moved', () => {
    const sat = addPeriod('2026-10-03', { days: 7 });
    expect(sat.lastDay).toBe('2026-10-10');
    expect(sat.reasons.map((r) => r.rule)).toEqual(['LAW-PERIOD-START', 'LAW-PERIOD-END', 'LAW-WORKDAY']);
    expect(addPeriod('2026-09-13', { weeks: 1 }).lastDay).toBe('2026-09-20');
    expect(addPeriod('2026-02-07', { days: 7 }).lastDay).toBe('2026-02-14');
    expect(addPeriod('2025-01-19', { weeks: 1 }).lastDay).toBe('2025-01-26');
    expect(addPeriod('2025-09-21', { days: 7 }).lastDay).toBe('2025-09-28');
  });

  it('LAW-PERIOD-END: the last day ends at 24:00 Asia/Shanghai', () => {
    expect(addPeriod('2026-09-24', { days: 7 }).endsAt.toISOString()).toBe('2026-10-08T16:00:00.000Z');
  });

  it('LAW-WINDOW: 3 months after a delivery on 2026-07-01 end on National Day, not moved', () => {
    const w = addWindow('2026-07-01', { months: 3 });
    expect(w).toMatchObject({ startDay: '2026-07-01', firstDay: '2026-07-02', lastDay: '2026-10-01' });
    expect(w.endsAt.toISOString()).toBe('2026-10-01T16:00:00.000Z');
    expect(w.reasons[0]?.message.en).toBe(
      'The window of 3 months after 2026-07-01: 2026-07-02 to 2026-10-01 inclusive, never extended over rest days',
    );
    expect(isWithinWindow('2026-10-01', w)).toBe(true);
    expect(isWithinWindow('2026-10-01T23:59:59+08:00', w)).toBe(true);
    expect(isWithinWindow('2026-10-02', w)).toBe(false);
    expect(isWithinWindow('2026-07-01', w)).toBe(false);
    expect(addPeriod('2026-07-01', { months: 3 }).lastDay).toBe('2026-10-08');
    expect(addWindow('2025-07-08', { months: 3 }).lastDay).toBe('2025-10-08');
    expect(addWindow('2025-11-30', { months: 3 }).lastDay).toBe('2026-02-28');
    expect(addWindow('2024-02-29', { years: 1 }).lastDay).toBe('2025-02-28');
    expect(addWindow('2030-11-30', { years: 5 }).lastDay).toBe('2035-11-30');
  });

  it('LAW-ELAPSED: one week is 7 x 24 hours, through National Day and the Spring Festival', () => {
    const registered = '2026-09-30T10:00:00+08:00';
    expect(addElapsed(registered, { days: 7 }).toISOString()).toBe('2026-10-07T02:00:00.000Z');
    expect(hasElapsed(registered, '2026-10-07T09:59:59+08:00', { days: 7 })).toBe(false);
    expect(hasElapsed(registered, '2026-10-07T10:00:00+08:00', { days: 7 })).toBe(true);
    expect(addWorkingDays(registered, 5).lastDay).toBe('2026-10-13');
    expect(hasElapsed('2025-01-27T09:30:00+08:00', '2025-02-03T09:30:00+08:00', { days: 7 })).toBe(true);
    expect(addElapsed('2026-02-13T18:00:00+08:00', { hours: 48 }).toISOString()).toBe(
      '2026-02-15T10:00:00.000Z',
    );
    expect(() => addElapsed('2026-09-30', { days: 7 })).toThrow(InvalidArgumentError);
  });

  it('LAW-ELAPSED: the last 30 days include both ends', () => {
    const now = '2026-10-31T09:00:00+08:00';
    expect(isWithinLast('2026-10-01T09:00:00+08:00', now, { days: 30 })).toBe(true);
    expect(isWithinLast('2026-10-01T08:59:59+08:00', now, { days: 30 })).toBe(false);
    expect(isWithinLast('2026-10-31T09:00:00+08:00', now, { days: 30 })).toBe(true);
    expect(isWithinLast('2026-10-31T09:00:01+08:00', now, { days: 30 })).toBe(false);
  });

  it('LAW-THRESHOLD: 以内 and 届满 include the number itself: both ends of a window and of the last 30 days, and the instant of an age', () => {
    const w = addWindow('2026-07-01', { months: 3 });
    expect([isWithinWindow(w.firstDay, w), isWithinWindow(w.lastDay, w)]).toEqual([true, true]);
    const now = '2026-10-31T09:00:00+08:00';
    expect(isWithinLast('2026-10-01T09:00:00+08:00', now, { days: 30 })).toBe(true);
    expect(isWithinLast(now, now, { days: 30 })).toBe(true);
    expect(hasElapsed('2026-09-30T10:00:00+08:00', '2026-10-07T10:00:00+08:00', { days: 7 })).toBe(true);
  });

  it('LAW-PERIOD-START: the daily cut-off moves a late or holiday receipt to the next working day', () => {
    const late = addWorkingDays('2026-09-30T18:05:00+08:00', 5, { cutoff: '17:30' });
    expect(late.lastDay).toBe('2026-10-14');
    expect(late.reasons[0]?.facts).toStrictEqual({
      receivedOn: '2026-09-30',
      cutoff: '17:30',
      countsAsReceivedOn: '2026-10-08',
    });
    expect(late.reasons[0]?.message.en).toBe(
      'Received on 2026-09-30 after the 17:30 cut-off or on a non-working day: counts as received on 2026-10-08',
    );
    expect(addWorkingDays('2026-09-30T17:30:00+08:00', 5, { cutoff: '17:30' }).lastDay).toBe('2026-10-13');
    expect(addWorkingDays('2026-09-30T18:05:00+08:00', 5).lastDay).toBe('2026-10-13');
    expect(addWorkingDays('2026-10-03T10:00:00+08:00', 1, { cutoff: '17:30' }).lastDay).toBe('2026-10-09');
    expect(addWorkingDays('2026-10-03T10:00:00+08:00', 1).lastDay).toBe('2026-10-08');
    expect(addWorkingDays('2026-02-13T18:00:00+08:00', 1, { cutoff: '17:30' }).lastDay).toBe('2026-02-24');
    expect(addWorkingDays('2025-01-27T19:00:00+08:00', 3, { cutoff: '17:30' }).lastDay).toBe('2025-02-08');
    expect(addPeriod('2026-09-30T20:00:00+08:00', { days: 7 }, { cutoff: '17:30' }).lastDay).toBe(
      '2026-10-15',
    );
  });

  it('LAW-COVERAGE: 2027 is not covered: an error naming the year, or a weekends-only estimate that says so', () => {
    const error = refusalOf(() => addWorkingDays('2026-12-30', 5), CalendarCoverageError);
    expect(error).toMatchObject({ code: 'CALENDAR_NOT_COVERED', year: 2027, day: '2027-01-01' });
    expect((error as Error).message).toBe(
      "The working-day calendar does not cover 2027 (needed 2027-01-01; covered years: 2008-2026). Add that year's State Council holiday notice with createWorkCalendar({ years: [...] }), or pass { fallback: 'weekends-only' } to count weekends only.",
    );
    const estimate = addWorkingDays('2026-12-30', 5, { fallback: 'weekends-only' });
    expect(estimate.lastDay).toBe('2027-01-06');
    expect(estimate.fallbackUsed).toBe(true);
    expect(estimate.reasons.map((r) => r.rule)).toEqual(['LAW-WORKDAY-PERIOD', 'LAW-COVERAGE']);
    expect(estimate.reasons[1]?.message.en).toBe(
      'The calendar does not cover 2027-01-01 to 2027-01-06 (no holiday notice): counted weekends only, so the result is an estimate',
    );
    expect(computeDayKind('2027-01-01', { fallback: 'weekends-only' })).toStrictEqual({
      day: '2027-01-01',
      kind: 'workday',
      isWorkingDay: true,
      holiday: null,
      fallbackUsed: true,
    });
    expect(addWorkingDays('2026-12-01', 5, { fallback: 'weekends-only' }).fallbackUsed).toBe(false);
    expect(addPeriod('2005-03-02', { years: 10 }).lastDay).toBe('2015-03-02');
    expect(addWorkingDays('2007-12-28', 1).lastDay).toBe('2007-12-29');
  });

  it('LAW-COVERAGE: a later year added with createWorkCalendar, without touching the built-in calendar', () => {
    // The guide's invented notice (not the 2027 notice, unpublished when the guide was written).
    const parsed = parseHolidayYear({
      year: 2027,
      notices: [
        {
          number: '示例〔2027〕1号',
          title: '示例（虚构）：国务院办公厅关于2027年部分节假日安排的通知',
          url: 'https://www.gov.cn/example-invented-notice.htm',
          issuedOn: '2026-11-20',
        },
      ],
      days: ['2027-01-01', '2027-01-02', '2027-01-03'].map((date) => ({
        date,
        isOffDay: true,
        name: '元旦',
      })),
    });
    expect(parsed.success).toBe(true);
    const calendar = createWorkCalendar({ years: [parsed.data as HolidayYear] });
    expect(calendar.coveredYears.at(-1)).toBe(2027);
    const d = addWorkingDays('2026-12-30', 5, { calendar });
    expect(d.lastDay).toBe('2027-01-07');
    expect(d.fallbackUsed).toBe(false);
    expect(d.reasons[1]?.message.en).toBe(
      "New Year's Day off (2027-01-01 to 2027-01-03, 示例〔2027〕1号): not working days",
    );
    expect(() => addWorkingDays('2026-12-30', 5)).toThrow(CalendarCoverageError);
  });

  it("LAW-WORKDAY: a company's own day off, in its own calendar only", () => {
    const company = createWorkCalendar({
      days: [{ date: '2026-10-09', isOffDay: true, name: '公司团建日', nameEn: 'Company outing' }],
    });
    expect(isWorkingDay('2026-10-09', { calendar: company })).toBe(false);
    expect(isWorkingDay('2026-10-09')).toBe(true);
    expect(addWorkingDays('2026-09-30', 5, { calendar: company }).lastDay).toBe('2026-10-14');
    expect(addWorkingDays('2026-09-30', 5).lastDay).toBe('2026-10-13');
    expect(computeDayKind('2026-10-09', { calendar: company }).holiday).toStrictEqual({
      name: '公司团建日',
      nameEn: 'Company outing',
      notice: null,
    });
  });

  it('LAW-WORKDAY: the notices behind the built-in days', () => {
    expect(BUILT_IN_HOLIDAY_YEARS.length).toBe(19);
    expect(BUILT_IN_HOLIDAY_YEARS.map((y) => y.year)).toEqual(Array.from({ length: 19 }, (_, i) => 2008 + i));
    expect(computeDayKind('2020-02-01').kind).toBe('holiday');
    expect(computeDayKind('2020-02-02').holiday?.notice).toBe('国办发明电〔2020〕1号');
    expect(computeDayKind('2015-09-03').holiday?.name).toBe('抗战胜利纪念日');
    expect(computeDayKind('2011-12-31').kind).toBe('makeup-workday');
  });

  it('LAW-WORKDAY-PERIOD: date-fns addBusinessDays lands on holidays where the State Council calendar does not', () => {
    const rows: [string, string, string][] = [
      ['2026-09-30', '2026-10-13', '2026-10-07'],
      ['2026-09-18', '2026-09-24', '2026-09-25'],
      ['2026-02-13', '2026-02-27', '2026-02-20'],
      ['2025-01-24', '2025-02-07', '2025-01-31'],
      ['2025-09-30', '2025-10-14', '2025-10-07'],
    ];
    for (const [start, ours, dateFns] of rows) {
      expect(addWorkingDays(start, 5).lastDay, start).toBe(ours);
      expect(dateFnsFiveBusinessDays(start), start).toBe(dateFns);
      expect(computeDayKind(dateFns).kind, dateFns).toBe('holiday');
    }
  });
});

// 2. Every code block of both guides, type-checked and run.

describe('the code blocks of the calendar guides', () => {
  it('LAW-WORKDAY: both guides exist, have checked ts blocks, and every check is well formed', () => {
    for (const lang of LANGS) {
      expect(guides[lang].problems, lang).toEqual([]);
      expect(guides[lang].blocks.length, lang).toBeGreaterThan(20);
      // Only ts code blocks: the calendar guides show no output or code of other languages.
      expect(
        guides[lang].shown.map((b) => `${guides[lang].file}:${b.line}: ${b.fence}`),
        'only ts code blocks are checked',
      ).toEqual([]);
    }
    for (const block of allBlocks) {
      // Every block names a LAW- rule, and every '// =>' of a block was read as a check.
      expect(block.rule, `${block.file}:${block.line}: a calendar block names a LAW- rule`).toMatch(/^LAW-/);
      const arrows = block.code.split('\n').filter((l) => l.includes('// =>')).length;
      expect(block.checks.length, `${block.file}:${block.line}`).toBe(arrows);
    }
  });

  it('LAW-WORKDAY: every block type-checks against the names src/index.ts exports', {
    timeout: 120_000,
  }, () => {
    expect(typeCheckBlocks(allBlocks, TYPE_CHECK_SETUP)).toEqual([]);
  });

  for (const block of allBlocks) {
    it(`${block.rule}: ${block.file}:${block.line} (${block.heading}) prints what the library returns`, () => {
      const seen = runBlock(block, requireLibrary);
      block.checks.forEach((check, k) => {
        const values = seen[k] ?? [];
        const where = `${block.file}:${check.line}: ${check.expression}`;
        expect.soft(values.length, `${where} must run exactly once`).toBe(1);
        expect.soft(values[0], where).toStrictEqual(check.expected);
      });
      expect(block.checks.length, 'a block with no check proves nothing').toBeGreaterThan(0);
    });
  }
});

// 3. The tables.

describe('the tables of the calendar guides', () => {
  const WEEKDAY: Record<string, number> = { Sun: 0, Sat: 6, 周日: 0, 周六: 6 };

  for (const lang of LANGS) {
    it(`LAW-WORKDAY: ${lang}: the holidays table matches the notices, day by day`, () => {
      const rows = tableAfter(guides[lang], 'holidays');
      expect(rows.length).toBe(4);
      for (const cells of rows) {
        const [, off = '', makeup = '', noticeCell = ''] = cells;
        const notice = noticeCell.match(NOTICE_NUMBER)?.[0];
        const [from, to] = daysIn(off);
        expect(from !== undefined && to !== undefined && notice !== undefined, cells.join(' | ')).toBe(true);
        for (let day = from as string; day <= (to as string); day = shiftDay(day, 1)) {
          expect(computeDayKind(day), day).toMatchObject({ kind: 'holiday', holiday: { notice } });
        }
        expect(isWorkingDay(shiftDay(from as string, -1)), `the day before ${from}`).toBe(true);
        expect(isWorkingDay(shiftDay(to as string, 1)), `the day after ${to}`).toBe(true);
        const makeups = [...makeup.matchAll(/(\d{4}-\d{2}-\d{2}) ?[（(](Sun|Sat|周日|周六)[）)]/g)];
        expect(makeups.length, makeup).toBe(daysIn(makeup).length);
        expect(makeups.length, makeup).toBeGreaterThan(0);
        for (const [, day = '', weekday = ''] of makeups) {
          expect(computeDayKind(day), day).toMatchObject({ kind: 'makeup-workday', holiday: { notice } });
          expect(weekdayOf(day), `${day} is a ${weekday}`).toBe(WEEKDAY[weekday]);
        }
      }
    });

    it(`LAW-WORKDAY: ${lang}: the built-in notices table lists every notice of every built-in year`, () => {
      const rows = tableAfter(guides[lang], 'notices');
      const listed = rows.map((cells) => ({
        year: Number(cells[0]),
        notices: (cells[1] ?? '').match(NOTICE_NUMBER) ?? [],
        // The days of December of the year before that the notice sets, as "from to to" or one day.
        before: daysIn(cells[2] ?? ''),
      }));
      const expected = BUILT_IN_HOLIDAY_YEARS.map((y) => {
        const before = y.days.map((d) => d.date).filter((d) => d.startsWith(`${y.year - 1}-`));
        return {
          year: y.year,
          notices: y.notices.map((n) => n.number),
          before: before.length > 1 ? [before[0], before.at(-1)] : before,
        };
      });
      expect(listed).toEqual(expected);
    });

    it(`LAW-WORKDAY-PERIOD: ${lang}: the date-fns table and figures are what date-fns and the library return`, () => {
      const rows = tableAfter(guides[lang], 'date-fns');
      expect(rows.length).toBeGreaterThan(3);
      for (const cells of rows) {
        const [start = '', ours = '', theirs = ''] = cells.map((c) => daysIn(c)[0] ?? '');
        expect(addWorkingDays(start, 5).lastDay, start).toBe(ours);
        expect(dateFnsFiveBusinessDays(start), start).toBe(theirs);
        const kind = computeDayKind(theirs);
        expect(kind.kind, theirs).toBe('holiday');
        const name = lang === 'en' ? kind.holiday?.nameEn : kind.holiday?.name;
        expect(cells[2], `the ${theirs} cell names its holiday`).toContain(name);
      }
      // Every start 2008-01-01 to 2026-11-30, as the guide says.
      let starts = 0;
      let differ = 0;
      for (let day = '2008-01-01'; day <= '2026-11-30'; day = shiftDay(day, 1)) {
        starts++;
        if (addWorkingDays(day, 5).lastDay !== dateFnsFiveBusinessDays(day)) differ++;
      }
      const text = sectionAfter(guides[lang], 'date-fns').replace(/(\d),(\d{3})/g, '$1$2');
      expect(text).toContain(`${starts}`);
      expect(text).toContain(`${differ}`);
      expect(text).toContain(`${((100 * differ) / starts).toFixed(1)}%`);
    });
  }
});

// 4. The two guides against each other.

describe('the two calendar guides', () => {
  it('LAW-WORKDAY: the English and Chinese guides have the same headings, blocks and examples, in the same order', () => {
    expect(guides['zh-CN'].headingLevels).toEqual(guides.en.headingLevels);
    expect(guideShape(guides['zh-CN'])).toEqual(guideShape(guides.en));
  });
});
