/**
 * What `computeCalendarCoverage` says (issue 8: mutation testing): the LAW-COVERAGE reasons'
 * facts and both messages word for word, for the built-in calendar (2008-2026, the 2026
 * notice 国办发明电〔2025〕7号), a single supplied year, a caller's own days, a gap between
 * covered years, and both sides of the warning (past the last day, and on it).
 *
 * @rule LAW-COVERAGE
 */

import { describe, expect, it } from 'vitest';
import { computeCalendarCoverage, createWorkCalendar, type HolidayYear } from '../../src/calendar/index.js';
import { INVENTED_NOTICE_2027, INVENTED_NOTICE_2027_NUMBER } from './fixtures/inventedNotice2027.js';

const BUILT_IN_YEARS = Array.from({ length: 19 }, (_, i) => 2008 + i);
const COMPANY_DAY = { isOffDay: true, name: '司庆日', nameEn: 'Company day' } as const;

describe('LAW-COVERAGE reasons of computeCalendarCoverage', () => {
  it('LAW-COVERAGE: the built-in calendar names the years 2008-2026 and the 2026 notice in both languages', () => {
    expect(computeCalendarCoverage().reasons).toEqual([
      {
        rule: 'LAW-COVERAGE',
        facts: {
          firstDay: '2007-12-29',
          lastDay: '2026-12-31',
          years: BUILT_IN_YEARS,
          latestNotice: '国办发明电〔2025〕7号',
        },
        message: {
          'zh-CN':
            '日历覆盖2007-12-29至2026-12-31（2008-2026年节假日安排通知，最近一份通知：国办发明电〔2025〕7号（2025-11-04发布）），此后的日子没有通知',
          en: 'The calendar covers 2007-12-29 to 2026-12-31 (the holiday notices for 2008-2026; the latest notice: 国办发明电〔2025〕7号, issued 2025-11-04); no notice covers the days after',
        },
      },
    ]);
  });

  it('LAW-COVERAGE: a calendar of one supplied year (the invented 2027 notice) names that one year, not a range', () => {
    const calendar = createWorkCalendar({ builtIn: false, years: [INVENTED_NOTICE_2027] });
    const c = computeCalendarCoverage({ calendar });
    expect(c).toMatchObject({ firstDay: '2027-01-01', lastDay: '2027-12-31', years: [2027] });
    expect(c.reasons).toEqual([
      {
        rule: 'LAW-COVERAGE',
        facts: {
          firstDay: '2027-01-01',
          lastDay: '2027-12-31',
          years: [2027],
          latestNotice: INVENTED_NOTICE_2027_NUMBER,
        },
        message: {
          'zh-CN': `日历覆盖2027-01-01至2027-12-31（2027年节假日安排通知，最近一份通知：${INVENTED_NOTICE_2027_NUMBER}（2026-11-20发布）），此后的日子没有通知`,
          en: `The calendar covers 2027-01-01 to 2027-12-31 (the holiday notices for 2027; the latest notice: ${INVENTED_NOTICE_2027_NUMBER}, issued 2026-11-20); no notice covers the days after`,
        },
      },
    ]);
  });

  it("LAW-COVERAGE: a calendar of the caller's own days only names no notice; the run starts after its last uncovered day", () => {
    // 2026-04-30 and 05-02 listed, 05-01 between them not: the run that ends last is 05-02 alone.
    const calendar = createWorkCalendar({
      builtIn: false,
      days: [
        { date: '2026-04-30', ...COMPANY_DAY },
        { date: '2026-05-02', ...COMPANY_DAY },
      ],
    });
    expect(computeCalendarCoverage({ calendar })).toEqual({
      firstDay: '2026-05-02',
      lastDay: '2026-05-02',
      years: [],
      daysRemaining: null,
      endingSoon: false,
      reasons: [
        {
          rule: 'LAW-COVERAGE',
          facts: { firstDay: '2026-05-02', lastDay: '2026-05-02', years: [], latestNotice: null },
          message: {
            'zh-CN': '日历覆盖2026-05-02至2026-05-02（调用方自定的日子），此后的日子没有通知',
            en: "The calendar covers 2026-05-02 to 2026-05-02 (the caller's own days); no notice covers the days after",
          },
        },
      ],
    });
  });

  it("LAW-COVERAGE: a caller's day in 2030 after the built-in years: the run is that day, and 2008-2026 are named as also covered", () => {
    const calendar = createWorkCalendar({ days: [{ date: '2030-05-01', ...COMPANY_DAY }] });
    const c = computeCalendarCoverage({ calendar });
    expect(c.reasons.map((r) => r.message)).toEqual([
      {
        'zh-CN': '日历覆盖2030-05-01至2030-05-01（调用方自定的日子），此后的日子没有通知',
        en: "The calendar covers 2030-05-01 to 2030-05-01 (the caller's own days); no notice covers the days after",
      },
      {
        'zh-CN': `另覆盖${BUILT_IN_YEARS.join('、')}年，但与上述区间之间有未覆盖的日子`,
        en: `It also covers ${BUILT_IN_YEARS.join(', ')}, with uncovered days between them and the run above`,
      },
    ]);
    expect(c.reasons[1]).toMatchObject({
      rule: 'LAW-COVERAGE',
      facts: { alsoCoveredYears: BUILT_IN_YEARS, gapBefore: '2030-05-01' },
    });
  });

  it('LAW-COVERAGE: a supplied 2030 after a gap: the run names 2030 only, the built-in years come in a second reason', () => {
    const notice = INVENTED_NOTICE_2027.notices[0] as HolidayYear['notices'][number];
    const y2030: HolidayYear = {
      ...INVENTED_NOTICE_2027,
      year: 2030,
      notices: [{ ...notice, title: '测试用虚构通知：2030年' }],
      days: [],
    };
    const c = computeCalendarCoverage({ calendar: createWorkCalendar({ years: [y2030] }) });
    expect(c.reasons[0]).toEqual({
      rule: 'LAW-COVERAGE',
      facts: {
        firstDay: '2030-01-01',
        lastDay: '2030-12-31',
        years: [...BUILT_IN_YEARS, 2030],
        latestNotice: INVENTED_NOTICE_2027_NUMBER,
      },
      message: {
        'zh-CN': `日历覆盖2030-01-01至2030-12-31（2030年节假日安排通知，最近一份通知：${INVENTED_NOTICE_2027_NUMBER}（2026-11-20发布）），此后的日子没有通知`,
        en: `The calendar covers 2030-01-01 to 2030-12-31 (the holiday notices for 2030; the latest notice: ${INVENTED_NOTICE_2027_NUMBER}, issued 2026-11-20); no notice covers the days after`,
      },
    });
    expect(c.reasons[1]?.rule).toBe('LAW-COVERAGE');
    expect(c.reasons).toHaveLength(2);
  });

  it('LAW-COVERAGE: a calendar without notices: one reason in both languages; ending soon only when today is given', () => {
    const calendar = createWorkCalendar({ builtIn: false });
    const expected = [
      {
        rule: 'LAW-COVERAGE',
        facts: { firstDay: null, lastDay: null, years: [] },
        message: {
          'zh-CN': '该日历不含任何节假日安排通知，不覆盖任何一天',
          en: 'The calendar holds no holiday notice and covers no day',
        },
      },
    ];
    expect(computeCalendarCoverage({ calendar })).toEqual({
      firstDay: null,
      lastDay: null,
      years: [],
      daysRemaining: null,
      endingSoon: false,
      reasons: expected,
    });
    expect(computeCalendarCoverage({ calendar, now: '2026-11-30' })).toMatchObject({
      endingSoon: true,
      reasons: expected,
    });
  });

  it('LAW-COVERAGE: on the last covered day (0 days remain) the warning is "ending", not "past"; a day later it is past', () => {
    const on = computeCalendarCoverage({ now: '2026-12-31' });
    expect(on.reasons[1]).toEqual({
      rule: 'LAW-COVERAGE',
      facts: { today: '2026-12-31', lastDay: '2026-12-31', daysRemaining: 0, warningDays: 45 },
      message: {
        'zh-CN':
          '日历覆盖至2026-12-31，距今天2026-12-31仅剩0天（45天以内）：国务院办公厅发布2027年节假日安排通知后，请及时加入（parseHolidayYear 或命令行 --calendar）',
        en: 'The calendar ends on 2026-12-31, 0 days after today, 2026-12-31 (within 45 days): add the 2027 holiday notice as soon as the State Council publishes it (parseHolidayYear, or --calendar in the CLI)',
      },
    });
    // One day remains: "1 day", not "1 days".
    expect(computeCalendarCoverage({ now: '2026-12-30' }).reasons[1]?.message).toEqual({
      'zh-CN':
        '日历覆盖至2026-12-31，距今天2026-12-30仅剩1天（45天以内）：国务院办公厅发布2027年节假日安排通知后，请及时加入（parseHolidayYear 或命令行 --calendar）',
      en: 'The calendar ends on 2026-12-31, 1 day after today, 2026-12-30 (within 45 days): add the 2027 holiday notice as soon as the State Council publishes it (parseHolidayYear, or --calendar in the CLI)',
    });
    const past = computeCalendarCoverage({ now: '2027-01-01' });
    expect(past.reasons[1]).toEqual({
      rule: 'LAW-COVERAGE',
      facts: { today: '2027-01-01', lastDay: '2026-12-31', daysRemaining: -1, warningDays: 45 },
      message: {
        'zh-CN':
          '今天2027-01-01已超出日历覆盖范围（截至2026-12-31）：请加入2027年的节假日安排通知，否则期限无法计算或只能按周末估算',
        en: "Today, 2027-01-01, is past the calendar's last covered day, 2026-12-31: add the 2027 holiday notice, or deadlines cannot be counted except as weekends-only estimates",
      },
    });
  });
});
