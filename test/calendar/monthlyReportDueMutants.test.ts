import { describe, expect, it } from 'vitest';
import { tryParseDayString } from '../../src/calendar/days.js';
import { createWorkCalendar } from '../../src/calendar/index.js';
import {
  checkMonthlyDueRule,
  computeMonthlyDueDay,
  finishFixedDayDue,
  fixedDueDayKindReason,
  monthBounds,
  readMonth,
  weekdayNames,
} from '../../src/calendar/monthlyReportDue.js';
import { refusalOf } from '../_lib/refusal.js';

const dn = (s: string) => tryParseDayString(s) as number;
const NOT_MOVED_ZH = '；报表报送日是固定日期，不是对客户的期限，不顺延';
const NOT_MOVED_EN = "; a report's due day is a fixed day, not a period owed to a customer: not moved";
const NOTICE_2026 = '国办发明电〔2025〕7号';

describe('reading a month', () => {
  it('CMP-RPT-MONTHLY: YYYY-MM with month 01-12 gives its first and last day; anything else is refused at the path', () => {
    expect(readMonth('2026-02', ['month'])).toEqual({
      year: 2026,
      month: 2,
      firstDayNumber: dn('2026-02-01'),
      lastDayNumber: dn('2026-02-28'),
    });
    expect(readMonth('2024-02', ['month']).lastDayNumber).toBe(dn('2024-02-29'));
    expect(readMonth('2026-12', ['month']).lastDayNumber).toBe(dn('2026-12-31'));
    for (const [bad, got] of [
      ['2026-13', '"2026-13"'],
      ['2026-00', '"2026-00"'],
      ['2026-1', '"2026-1"'],
      [' 2026-01', 'a string of 8 characters (not shown)'],
      ['2026-01-01', '"2026-01-01"'],
      [202601, 'number 202601'],
      [['2026-01'], 'an array'],
    ] as const) {
      const e = refusalOf(() => readMonth(bad, ['options', 'month']));
      expect(e.path).toEqual(['options', 'month']);
      expect(e.message).toBe(`options.month: expected a month YYYY-MM (01-12), got ${got}`);
    }
  });

  it('CMP-RPT-MONTHLY: month 13 is January of the next year; December ends on the 31st', () => {
    expect(monthBounds(2026, 13)).toEqual({ first: dn('2027-01-01'), last: dn('2027-01-31') });
    expect(monthBounds(2026, 12)).toEqual({ first: dn('2026-12-01'), last: dn('2026-12-31') });
    expect(monthBounds(2026, 11)).toEqual({ first: dn('2026-11-01'), last: dn('2026-11-30') });
  });
});

describe('the monthly rule', () => {
  it('CMP-RPT-MONTHLY: a rule needs monthOffset 0 or 1 and lastDay 1..31 or month-end; else INVALID_POLICY at the path', () => {
    for (const rule of [
      { monthOffset: 0, lastDay: 1 },
      { monthOffset: 1, lastDay: 31 },
      { monthOffset: 1, lastDay: 'month-end' },
    ] as const)
      expect(() => checkMonthlyDueRule(rule, ['p'])).not.toThrow();
    for (const rule of [
      { monthOffset: 2, lastDay: 24 },
      { monthOffset: -1, lastDay: 24 },
      { monthOffset: 1, lastDay: 0 },
      { monthOffset: 1, lastDay: 32 },
      { monthOffset: 1, lastDay: 24.5 },
      { monthOffset: 0, lastDay: 'end' },
    ]) {
      const e = refusalOf(() => checkMonthlyDueRule(rule as never, ['options', 'policy']));
      expect(e.code).toBe('INVALID_POLICY');
      expect(e.path).toEqual(['options', 'policy']);
      expect(e.message).toMatch(
        /^options\.policy: expected \{ monthOffset: 0 \| 1, lastDay: 1\.\.31 \| 'month-end' \}, got /,
      );
    }
  });

  it('CMP-RPT-MONTHLY: "次月24日" for December 2026 is 2027-01-24; day 31 of February is clamped to 02-28 and says so', () => {
    expect(computeMonthlyDueDay(readMonth('2026-12', []), { monthOffset: 1, lastDay: 24 })).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
      dueDayNumber: dn('2027-01-24'),
      lastDay: '2027-01-24',
      clamped: false,
      which: { zh: '次月24日', en: 'day 24 of the following month' },
    });
    expect(computeMonthlyDueDay(readMonth('2026-01', []), { monthOffset: 1, lastDay: 31 })).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      dueDayNumber: dn('2026-02-28'),
      lastDay: '2026-02-28',
      clamped: true,
      which: {
        zh: '次月31日（该月无此日，取月末）',
        en: 'day 31 of the following month (that month has no such day: its last day)',
      },
    });
    // Day 28 of February exists: not clamped (the boundary).
    expect(computeMonthlyDueDay(readMonth('2026-01', []), { monthOffset: 1, lastDay: 28 })).toMatchObject({
      lastDay: '2026-02-28',
      clamped: false,
    });
    expect(computeMonthlyDueDay(readMonth('2026-01', []), { monthOffset: 1, lastDay: 29 }).clamped).toBe(
      true,
    );
    expect(
      computeMonthlyDueDay(readMonth('2026-12', []), { monthOffset: 0, lastDay: 'month-end' }),
    ).toMatchObject({
      lastDay: '2026-12-31',
      clamped: false,
      which: { zh: '当月最后一日', en: 'the last day of the same month' },
    });
    expect(computeMonthlyDueDay(readMonth('2026-04', []), { monthOffset: 0, lastDay: 30 }).which).toEqual({
      zh: '当月30日',
      en: 'day 30 of the same month',
    });
  });

  it('LAW-WORKDAY: weekday names run Sunday (0) to Saturday (6)', () => {
    expect(weekdayNames(0)).toEqual({ zh: '周日', en: 'Sunday' });
    expect(weekdayNames(6)).toEqual({ zh: '周六', en: 'Saturday' });
    expect(weekdayNames(7)).toEqual({ zh: '', en: '' });
  });
});

describe("the due day's kind (not moved)", () => {
  it('LAW-WORKDAY: an ordinary working day (2026-10-12, Monday) needs no reason', () => {
    expect(fixedDueDayKindReason(dn('2026-10-12'), undefined)).toBeUndefined();
    expect(fixedDueDayKindReason(dn('2027-01-04'), undefined)).toBeUndefined();
  });

  it('LAW-WORKDAY: Spring Festival 2026-02-15 is a day off, named with its notice; the due day is not moved', () => {
    expect(fixedDueDayKindReason(dn('2026-02-15'), undefined)).toEqual({
      rule: 'LAW-WORKDAY',
      facts: {
        day: '2026-02-15',
        weekday: 'Sunday',
        kind: 'holiday',
        holiday: '春节',
        holidayEn: 'Spring Festival',
        notice: NOTICE_2026,
        moved: false,
        fallbackUsed: false,
      },
      message: {
        'zh-CN': `报送日2026-02-15（周日）为春节放假日（${NOTICE_2026}）${NOT_MOVED_ZH}`,
        en: `The due day 2026-02-15 (Sunday) is a Spring Festival day off (${NOTICE_2026})${NOT_MOVED_EN}`,
      },
    });
  });

  it('LAW-WORKDAY: makeup days 2026-02-28 (Spring Festival) and 2026-10-10 (National Day) are working days', () => {
    expect(fixedDueDayKindReason(dn('2026-02-28'), undefined)).toEqual({
      rule: 'LAW-WORKDAY',
      facts: {
        day: '2026-02-28',
        weekday: 'Saturday',
        kind: 'makeup-workday',
        holiday: '春节',
        holidayEn: 'Spring Festival',
        notice: NOTICE_2026,
        moved: false,
        fallbackUsed: false,
      },
      message: {
        'zh-CN': '报送日2026-02-28（周六）为春节调休上班日，是工作日',
        en: 'The due day 2026-02-28 (Saturday) is a makeup working day for Spring Festival: a working day',
      },
    });
    expect(fixedDueDayKindReason(dn('2026-10-10'), undefined)?.message.en).toBe(
      'The due day 2026-10-10 (Saturday) is a makeup working day for National Day: a working day',
    );
  });

  it('LAW-WORKDAY: a weekend (2026-10-11) is a rest day; in an uncovered year (2027-01-02) it says the year is estimated', () => {
    expect(fixedDueDayKindReason(dn('2026-10-11'), undefined)).toEqual({
      rule: 'LAW-WORKDAY',
      facts: {
        day: '2026-10-11',
        weekday: 'Sunday',
        kind: 'weekend',
        holiday: null,
        holidayEn: null,
        notice: null,
        moved: false,
        fallbackUsed: false,
      },
      message: {
        'zh-CN': `报送日2026-10-11（周日）为周末休息日${NOT_MOVED_ZH}`,
        en: `The due day 2026-10-11 (Sunday) is a weekend rest day${NOT_MOVED_EN}`,
      },
    });
    expect(fixedDueDayKindReason(dn('2027-01-02'), undefined)).toMatchObject({
      facts: { day: '2027-01-02', weekday: 'Saturday', kind: 'weekend', fallbackUsed: true },
      message: {
        'zh-CN': `报送日2027-01-02（周六）为周末休息日（日历未覆盖该年，按仅排除周末估算）${NOT_MOVED_ZH}`,
        en: `The due day 2027-01-02 (Saturday) is a weekend rest day (the calendar does not cover that year: read weekends only)${NOT_MOVED_EN}`,
      },
    });
  });

  it("LAW-WORKDAY: the caller's calendar is read: its own day off (no notice) is named without one", () => {
    const calendar = createWorkCalendar({
      days: [{ date: '2026-11-24', isOffDay: true, name: '公司周年庆', nameEn: 'Company anniversary' }],
    });
    expect(fixedDueDayKindReason(dn('2026-11-24'), undefined)).toBeUndefined();
    expect(fixedDueDayKindReason(dn('2026-11-24'), calendar)).toMatchObject({
      facts: { kind: 'holiday', holiday: '公司周年庆', holidayEn: 'Company anniversary', notice: null },
      message: {
        'zh-CN': `报送日2026-11-24（周二）为公司周年庆放假日${NOT_MOVED_ZH}`,
        en: `The due day 2026-11-24 (Tuesday) is a Company anniversary day off${NOT_MOVED_EN}`,
      },
    });
  });

  it('LAW-PERIOD-END: a report due 2026-10-11 (Sunday) ends at 24:00 that day, not moved, with the kind reason after the given ones', () => {
    const given = {
      rule: 'CMP-RPT-MONTHLY',
      facts: {},
      message: { 'zh-CN': '月报', en: 'monthly' },
    } as const;
    const due = finishFixedDayDue(
      { from: '2026-09-01', to: '2026-09-30' },
      dn('2026-10-11'),
      [given],
      undefined,
    );
    expect(due.period).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    expect(due.lastDay).toBe('2026-10-11');
    expect(due.endsAt.toISOString()).toBe('2026-10-11T16:00:00.000Z');
    expect(due.reasons.map((r) => r.rule)).toEqual(['CMP-RPT-MONTHLY', 'LAW-WORKDAY']);
    expect(finishFixedDayDue({ from: 'a', to: 'b' }, dn('2026-10-12'), [], undefined).reasons).toEqual([]);
  });
});
