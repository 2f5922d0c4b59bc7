/**
 * What `subtractPeriod` and `computeWorkingDayOnOrBefore` say (issue 8: mutation testing):
 * the LAW-BEFORE reason's facts and both messages word for word, for each kind of day the due
 * day is moved back over (a Saturday, a Sunday, a holiday of the 2026 notice, a caller's own
 * day off), and the paths of the errors.
 *
 * @rule LAW-BEFORE
 */

import { describe, expect, it } from 'vitest';
import { computeWorkingDayOnOrBefore, createWorkCalendar, subtractPeriod } from '../../src/calendar/index.js';
import { refusalOf } from '../_lib/refusal.js';

const NOTICE_2026 = '国办发明电〔2025〕7号';

describe('LAW-BEFORE reasons of subtractPeriod', () => {
  it('LAW-BEFORE: a working nominal day is due that day, with every fact and both messages', () => {
    const d = subtractPeriod('2026-06-30', { months: 2 });
    expect(d.reasons).toEqual([
      {
        rule: 'LAW-BEFORE',
        facts: {
          eventDay: '2026-06-30',
          length: '2 months',
          nominalDay: '2026-04-30',
          clampedToMonthEnd: false,
          movedBackDays: 0,
          lastDay: '2026-04-30',
        },
        message: {
          'zh-CN': '2026-06-30前2个月的对应日为2026-04-30，是工作日，最迟当日完成',
          en: '2 months before 2026-06-30 is 2026-04-30, a working day: due that day at the latest',
        },
      },
    ]);
  });

  it('LAW-BEFORE: 1 month before 2026-03-31 is clamped to 02-28, a Spring Festival makeup Saturday (LAW-WORKDAY reason)', () => {
    const d = subtractPeriod('2026-03-31', { months: 1 });
    expect(d.reasons).toEqual([
      {
        rule: 'LAW-BEFORE',
        facts: {
          eventDay: '2026-03-31',
          length: '1 month',
          nominalDay: '2026-02-28',
          clampedToMonthEnd: true,
          movedBackDays: 0,
          lastDay: '2026-02-28',
        },
        message: {
          'zh-CN':
            '2026-03-31前1个月的对应日为2026-02-28（该月没有对应日，取月末日），是工作日，最迟当日完成',
          en: '1 month before 2026-03-31 is 2026-02-28 (that month has no corresponding day: its last day), a working day: due that day at the latest',
        },
      },
      {
        rule: 'LAW-WORKDAY',
        facts: {
          makeupDay: '2026-02-28',
          holiday: '春节',
          holidayEn: 'Spring Festival',
          notice: NOTICE_2026,
        },
        message: {
          'zh-CN': '2026-02-28（周六）为春节调休上班日，计为工作日',
          en: '2026-02-28 (Saturday) is a makeup working day for Spring Festival: a working day',
        },
      },
    ]);
  });

  it('LAW-BEFORE: 7 days before 2026-10-12 is 10-05 in National Day (10-01..10-07): due 09-30, the holiday named', () => {
    const d = subtractPeriod('2026-10-12', { days: 7 });
    expect(d.reasons).toEqual([
      {
        rule: 'LAW-BEFORE',
        facts: {
          eventDay: '2026-10-12',
          length: '7 days',
          nominalDay: '2026-10-05',
          clampedToMonthEnd: false,
          movedBackDays: 5,
          lastDay: '2026-09-30',
        },
        message: {
          'zh-CN':
            '2026-10-12前7日的对应日为2026-10-05，该日是国庆节放假日，提前至其前的最后一个工作日2026-09-30，确保不致逾期',
          en: '7 days before 2026-10-12 is 2026-10-05, a day off (National Day): due on the last working day before it, 2026-09-30, so that it is never late',
        },
      },
      {
        rule: 'LAW-WORKDAY',
        facts: {
          holiday: '国庆节',
          holidayEn: 'National Day',
          from: '2026-10-01',
          to: '2026-10-07',
          notice: NOTICE_2026,
        },
        message: {
          'zh-CN': '国庆节放假（2026-10-01至2026-10-07，国办发明电〔2025〕7号），不计工作日',
          en: 'National Day off (2026-10-01 to 2026-10-07, 国办发明电〔2025〕7号): not working days',
        },
      },
    ]);
  });

  it('LAW-BEFORE: a Saturday (2026-07-04) moves back one day, a Sunday (07-05) two, each named in both languages', () => {
    const sat = subtractPeriod('2026-07-11', { days: 7 });
    expect(sat.reasons).toEqual([
      {
        rule: 'LAW-BEFORE',
        facts: {
          eventDay: '2026-07-11',
          length: '7 days',
          nominalDay: '2026-07-04',
          clampedToMonthEnd: false,
          movedBackDays: 1,
          lastDay: '2026-07-03',
        },
        message: {
          'zh-CN':
            '2026-07-11前7日的对应日为2026-07-04，该日是周六，提前至其前的最后一个工作日2026-07-03，确保不致逾期',
          en: '7 days before 2026-07-11 is 2026-07-04, a Saturday: due on the last working day before it, 2026-07-03, so that it is never late',
        },
      },
    ]);
    const sun = subtractPeriod('2026-07-12', { weeks: 1 });
    expect(sun).toMatchObject({ nominalDay: '2026-07-05', lastDay: '2026-07-03', movedBackDays: 2 });
    expect(sun.reasons).toHaveLength(1);
    expect(sun.reasons[0]?.message).toEqual({
      'zh-CN':
        '2026-07-12前1周的对应日为2026-07-05，该日是周日，提前至其前的最后一个工作日2026-07-03，确保不致逾期',
      en: '1 week before 2026-07-12 is 2026-07-05, a Sunday: due on the last working day before it, 2026-07-03, so that it is never late',
    });
  });

  it("LAW-BEFORE: a caller's own day off (2026-04-30) moves the due day to 04-29, named with the caller's words", () => {
    const calendar = createWorkCalendar({
      days: [{ date: '2026-04-30', isOffDay: true, name: '司庆日', nameEn: 'Company day' }],
    });
    const d = subtractPeriod('2026-06-30', { months: 2 }, { calendar });
    expect(d.reasons.map((r) => r.message)).toEqual([
      {
        'zh-CN':
          '2026-06-30前2个月的对应日为2026-04-30，该日是司庆日放假日，提前至其前的最后一个工作日2026-04-29，确保不致逾期',
        en: '2 months before 2026-06-30 is 2026-04-30, a day off (Company day): due on the last working day before it, 2026-04-29, so that it is never late',
      },
      {
        'zh-CN': '司庆日放假（2026-04-30，单位自定休息日），不计工作日',
        en: "Company day off (2026-04-30, the caller's own day off): not working days",
      },
    ]);
    expect(d.reasons[0]?.facts).toMatchObject({ movedBackDays: 1, lastDay: '2026-04-29' });
  });

  it("LAW-BEFORE: a caller's day off right after National Day: both holidays are named, the due day is 09-30", () => {
    const calendar = createWorkCalendar({
      days: [{ date: '2026-10-08', isOffDay: true, name: '司庆日', nameEn: 'Company day' }],
    });
    const d = subtractPeriod('2026-10-15', { weeks: 1 }, { calendar });
    expect(d).toMatchObject({ nominalDay: '2026-10-08', lastDay: '2026-09-30', movedBackDays: 8 });
    expect(d.reasons[0]?.message).toEqual({
      'zh-CN':
        '2026-10-15前1周的对应日为2026-10-08，该日是国庆节、司庆日放假日，提前至其前的最后一个工作日2026-09-30，确保不致逾期',
      en: '1 week before 2026-10-15 is 2026-10-08, a day off (National Day, Company day): due on the last working day before it, 2026-09-30, so that it is never late',
    });
    expect(d.reasons.slice(1).map((r) => r.facts.holiday)).toEqual(['国庆节', '司庆日']);
  });

  it('LAW-BEFORE: years and months are counted together: 1 year 2 months before 2027-06-30 is 2026-04-30', () => {
    const d = subtractPeriod('2027-06-30', { years: 1, months: 2 });
    expect(d.reasons[0]?.facts).toMatchObject({ length: '1 year 2 months', nominalDay: '2026-04-30' });
    expect(d.reasons[0]?.message['zh-CN']).toBe(
      '2027-06-30前1年2个月的对应日为2026-04-30，是工作日，最迟当日完成',
    );
  });

  it('LAW-BEFORE: a walk back past 1901-01-01 is refused at the path of the length', () => {
    // A caller's day off on 1901-01-01 (a Tuesday) and the weekends-only estimate of 1901.
    const calendar = createWorkCalendar({ days: [{ date: '1901-01-01', isOffDay: true, name: '元旦' }] });
    const e = refusalOf(() =>
      subtractPeriod('1901-01-08', { weeks: 1 }, { calendar, fallback: 'weekends-only' }),
    );
    expect(e.path).toEqual(['length']);
    expect(e.message).toMatch(/^length: the computation reaches a day before 1901-01-01: /);
  });
});

describe('LAW-BEFORE reasons of computeWorkingDayOnOrBefore', () => {
  it('LAW-BEFORE: a working day is due that day; the reason has no length and no clamp', () => {
    expect(computeWorkingDayOnOrBefore('2026-01-30').reasons).toEqual([
      {
        rule: 'LAW-BEFORE',
        facts: {
          eventDay: '2026-01-30',
          length: null,
          nominalDay: '2026-01-30',
          clampedToMonthEnd: false,
          movedBackDays: 0,
          lastDay: '2026-01-30',
        },
        message: {
          'zh-CN': '期限日2026-01-30，是工作日，最迟当日完成',
          en: 'The due day 2026-01-30, a working day: due that day at the latest',
        },
      },
    ]);
  });

  it('LAW-BEFORE: the month-end Saturday 2026-01-31 is due Friday 01-30', () => {
    expect(computeWorkingDayOnOrBefore('2026-01-31').reasons).toEqual([
      {
        rule: 'LAW-BEFORE',
        facts: {
          eventDay: '2026-01-31',
          length: null,
          nominalDay: '2026-01-31',
          clampedToMonthEnd: false,
          movedBackDays: 1,
          lastDay: '2026-01-30',
        },
        message: {
          'zh-CN': '期限日2026-01-31，该日是周六，提前至其前的最后一个工作日2026-01-30，确保不致逾期',
          en: 'The due day 2026-01-31, a Saturday: due on the last working day before it, 2026-01-30, so that it is never late',
        },
      },
    ]);
  });

  it('LAW-BEFORE: refusals name the path `day`: a day that does not exist, a walk back past 1901-01-01', () => {
    const bad = refusalOf(() => computeWorkingDayOnOrBefore('2026-02-30'));
    expect(bad.path).toEqual(['day']);
    expect(bad.code).toBe('INVALID_ARGUMENT');
    const calendar = createWorkCalendar({ days: [{ date: '1901-01-01', isOffDay: true, name: '元旦' }] });
    const early = refusalOf(() =>
      computeWorkingDayOnOrBefore('1901-01-01', { calendar, fallback: 'weekends-only' }),
    );
    expect(early.path).toEqual(['day']);
    expect(early.message).toMatch(/^day: the computation reaches a day before 1901-01-01: /);
  });
});
