import { describe, expect, it } from 'vitest';
import { addWorkingDays, createWorkCalendar } from '../../src/calendar/index.js';
import { CalendarCoverageError } from '../../src/core/errors.js';
import { refusalOf } from '../_lib/refusal.js';

const NOTICE_2026 = '国办发明电〔2025〕7号';
const NATIONAL_DAY_OFF = {
  rule: 'LAW-WORKDAY',
  facts: {
    holiday: '国庆节',
    holidayEn: 'National Day',
    from: '2026-10-01',
    to: '2026-10-07',
    notice: NOTICE_2026,
  },
  message: {
    'zh-CN': `国庆节放假（2026-10-01至2026-10-07，${NOTICE_2026}），不计工作日`,
    en: `National Day off (2026-10-01 to 2026-10-07, ${NOTICE_2026}): not working days`,
  },
};
const MAKEUP_10_10 = {
  rule: 'LAW-WORKDAY',
  facts: { makeupDay: '2026-10-10', holiday: '国庆节', holidayEn: 'National Day', notice: NOTICE_2026 },
  message: {
    'zh-CN': '2026-10-10（周六）为国庆节调休上班日，计为工作日',
    en: '2026-10-10 (Saturday) is a makeup working day for National Day: a working day',
  },
};

function period(start: string, n: number, lastDay: string) {
  return {
    rule: 'LAW-WORKDAY-PERIOD',
    facts: { start, workingDays: n, lastDay },
    message:
      n === 0
        ? {
            'zh-CN': `当日办结：期间最后一日为${lastDay}，至当日24:00（北京时间）届满`,
            en: `Due the same day: the last day is ${lastDay}, ending at 24:00 Asia/Shanghai`,
          }
        : {
            'zh-CN': `自${start}起算${n}个工作日（起算日不计入），期间最后一日为${lastDay}，至当日24:00（北京时间）届满`,
            en: `${n} working day${n === 1 ? '' : 's'} after ${start} (the start day not counted): the last day is ${lastDay}, ending at 24:00 Asia/Shanghai`,
          },
  };
}

describe('addWorkingDays: every reason, word for word', () => {
  it('LAW-WORKDAY-PERIOD: 5 working days after 2026-09-30 skip National Day 10-01..10-07 and count makeup day 10-10 (Sat)', () => {
    const d = addWorkingDays('2026-09-30', 5);
    expect(d).toEqual({
      lastDay: '2026-10-13',
      endsAt: new Date('2026-10-13T16:00:00.000Z'),
      fallbackUsed: false,
      reasons: [
        {
          rule: 'LAW-WORKDAY-PERIOD',
          facts: { start: '2026-09-30', workingDays: 5, lastDay: '2026-10-13' },
          message: {
            'zh-CN':
              '自2026-09-30起算5个工作日（起算日不计入），期间最后一日为2026-10-13，至当日24:00（北京时间）届满',
            en: '5 working days after 2026-09-30 (the start day not counted): the last day is 2026-10-13, ending at 24:00 Asia/Shanghai',
          },
        },
        NATIONAL_DAY_OFF,
        MAKEUP_10_10,
      ],
    });
  });

  it('LAW-WORKDAY-PERIOD: one working day is singular ("1 working day"), zero is "due the same day"', () => {
    expect(addWorkingDays('2026-10-09', 1).reasons).toEqual([
      period('2026-10-09', 1, '2026-10-10'),
      MAKEUP_10_10,
    ]);
    expect(addWorkingDays('2026-10-09', 1).reasons[0]?.message.en).toBe(
      '1 working day after 2026-10-09 (the start day not counted): the last day is 2026-10-10, ending at 24:00 Asia/Shanghai',
    );
    expect(addWorkingDays('2026-10-12', 0)).toEqual({
      lastDay: '2026-10-12',
      endsAt: new Date('2026-10-12T16:00:00.000Z'),
      fallbackUsed: false,
      reasons: [
        {
          rule: 'LAW-WORKDAY-PERIOD',
          facts: { start: '2026-10-12', workingDays: 0, lastDay: '2026-10-12' },
          message: {
            'zh-CN': '当日办结：期间最后一日为2026-10-12，至当日24:00（北京时间）届满',
            en: 'Due the same day: the last day is 2026-10-12, ending at 24:00 Asia/Shanghai',
          },
        },
      ],
    });
    expect(addWorkingDays('2026-10-12', 2).reasons[0]?.message.en).toMatch(/^2 working days after/);
  });

  it('LAW-WORKDAY: a start inside National Day names the whole block 10-01..10-07 as the notice sets it, once', () => {
    expect(addWorkingDays('2026-10-03', 1).reasons).toEqual([
      period('2026-10-03', 1, '2026-10-08'),
      NATIONAL_DAY_OFF,
    ]);
    expect(addWorkingDays('2026-10-06', 3).reasons).toEqual([
      period('2026-10-06', 3, '2026-10-10'),
      NATIONAL_DAY_OFF,
      MAKEUP_10_10,
    ]);
  });

  it('LAW-WORKDAY: a period that ends before National Day, or starts after its last makeup day, names no holiday', () => {
    expect(addWorkingDays('2026-09-28', 2).reasons).toEqual([period('2026-09-28', 2, '2026-09-30')]);
    expect(addWorkingDays('2026-10-10', 1).reasons).toEqual([period('2026-10-10', 1, '2026-10-12')]);
  });

  it("LAW-WORKDAY: a caller's own single day off is named as one day, with no notice", () => {
    const calendar = createWorkCalendar({
      days: [{ date: '2026-11-20', isOffDay: true, name: '公司周年庆', nameEn: 'Company anniversary' }],
    });
    const d = addWorkingDays('2026-11-19', 1, { calendar });
    expect(d.lastDay).toBe('2026-11-23');
    expect(d.reasons.slice(1)).toEqual([
      {
        rule: 'LAW-WORKDAY',
        facts: {
          holiday: '公司周年庆',
          holidayEn: 'Company anniversary',
          from: '2026-11-20',
          to: '2026-11-20',
          notice: null,
        },
        message: {
          'zh-CN': '公司周年庆放假（2026-11-20，单位自定休息日），不计工作日',
          en: "Company anniversary off (2026-11-20, the caller's own day off): not working days",
        },
      },
    ]);
  });
});

describe('addWorkingDays: the daily cut-off (LAW-PERIOD-START)', () => {
  it('LAW-PERIOD-START: received 2026-09-30 18:00 after a 17:30 cut-off counts as received on 10-08, over National Day', () => {
    const d = addWorkingDays('2026-09-30T18:00:00+08:00', 1, { cutoff: '17:30' });
    expect(d.lastDay).toBe('2026-10-09');
    expect(d.reasons).toEqual([
      {
        rule: 'LAW-PERIOD-START',
        facts: { receivedOn: '2026-09-30', cutoff: '17:30', countsAsReceivedOn: '2026-10-08' },
        message: {
          'zh-CN': '2026-09-30于每日截止时间17:30之后或非工作日收到，视为2026-10-08收到',
          en: 'Received on 2026-09-30 after the 17:30 cut-off or on a non-working day: counts as received on 2026-10-08',
        },
      },
      period('2026-10-08', 1, '2026-10-09'),
      NATIONAL_DAY_OFF,
    ]);
  });

  it('LAW-PERIOD-START: at 17:30:00 exactly the receipt is on time; 1 ms later it moves to the next working day', () => {
    expect(addWorkingDays('2026-10-08T17:30:00+08:00', 1, { cutoff: '17:30' }).reasons).toEqual([
      period('2026-10-08', 1, '2026-10-09'),
    ]);
    const late = addWorkingDays('2026-10-08T17:30:00.001+08:00', 1, { cutoff: '17:30' });
    expect(late.lastDay).toBe('2026-10-10');
    expect(late.reasons.map((r) => r.rule)).toEqual([
      'LAW-PERIOD-START',
      'LAW-WORKDAY-PERIOD',
      'LAW-WORKDAY',
    ]);
    expect(late.reasons[0]?.facts).toEqual({
      receivedOn: '2026-10-08',
      cutoff: '17:30',
      countsAsReceivedOn: '2026-10-09',
    });
  });

  it('LAW-PERIOD-START: a bare holiday with a cut-off counts as received on the next working day; without one it is counted from itself', () => {
    const moved = addWorkingDays('2026-10-01', 0, { cutoff: '17:30' });
    expect(moved.lastDay).toBe('2026-10-08');
    expect(moved.reasons.map((r) => r.rule)).toEqual([
      'LAW-PERIOD-START',
      'LAW-WORKDAY-PERIOD',
      'LAW-WORKDAY',
    ]);
    expect(addWorkingDays('2026-10-01', 0)).toMatchObject({ lastDay: '2026-10-01' });
    // A Date start takes the same road as a string.
    expect(addWorkingDays(new Date('2026-10-08T09:30:00.001Z'), 0, { cutoff: '17:30' }).lastDay).toBe(
      '2026-10-09',
    );
    expect(addWorkingDays(new Date('2026-10-08T09:30:00.000Z'), 0, { cutoff: '17:30' }).lastDay).toBe(
      '2026-10-08',
    );
  });
});

describe('addWorkingDays: coverage and range (LAW-COVERAGE)', () => {
  it('LAW-COVERAGE: 5 working days after 2026-12-30 need 2027: refused without the fallback, estimated with it', () => {
    expect(() => addWorkingDays('2026-12-30', 5)).toThrow(CalendarCoverageError);
    const d = addWorkingDays('2026-12-30', 5, { fallback: 'weekends-only' });
    expect(d.lastDay).toBe('2027-01-06');
    expect(d.fallbackUsed).toBe(true);
    expect(d.reasons[1]).toEqual({
      rule: 'LAW-COVERAGE',
      facts: { fallback: 'weekends-only', from: '2027-01-01', to: '2027-01-06', coveredYears: '2008-2026' },
      message: {
        'zh-CN':
          '日历未覆盖2027-01-01至2027-01-06（无节假日安排通知），按仅排除周末的方式估算，结果可能不准确',
        en: 'The calendar does not cover 2027-01-01 to 2027-01-06 (no holiday notice): counted weekends only, so the result is an estimate',
      },
    });
    // One working day after 12-30 stays in 2026: no fallback used, no LAW-COVERAGE reason.
    expect(addWorkingDays('2026-12-30', 1, { fallback: 'weekends-only' })).toMatchObject({
      lastDay: '2026-12-31',
      fallbackUsed: false,
    });
    expect(addWorkingDays('2026-12-30', 1, { fallback: 'weekends-only' }).reasons).toHaveLength(1);
  });

  it('LAW-COVERAGE: one uncovered day is named alone', () => {
    const d = addWorkingDays('2026-12-31', 1, { fallback: 'weekends-only' });
    expect(d.reasons[1]?.message).toEqual({
      'zh-CN': '日历未覆盖2027-01-01（无节假日安排通知），按仅排除周末的方式估算，结果可能不准确',
      en: 'The calendar does not cover 2027-01-01 (no holiday notice): counted weekends only, so the result is an estimate',
    });
    expect(d.reasons[1]?.facts).toMatchObject({ from: '2027-01-01', to: '2027-01-01' });
  });

  it('LAW-WORKDAY-PERIOD: a deadline past 9999-12-31 is refused at n', () => {
    const e = refusalOf(() => addWorkingDays('9999-12-30', 5, { fallback: 'weekends-only' }));
    expect(e.path).toEqual(['n']);
    expect(e.message).toMatch(/^n: the deadline ends after 9999-12-31: /);
  });
});

describe('addWorkingDays: refused input', () => {
  it('LAW-WORKDAY-PERIOD: a bad n, start or option is refused at its own path', () => {
    expect(refusalOf(() => addWorkingDays('2026-10-08', -1)).path).toEqual(['n']);
    expect(refusalOf(() => addWorkingDays('2026-10-08', 1.5)).path).toEqual(['n']);
    let e = refusalOf(() => addWorkingDays('2026-13-01', 1));
    expect(e.path).toEqual(['start']);
    expect(e.message).toBe(
      'start: expected a day (YYYY-MM-DD), a valid Date or an ISO 8601 instant with an offset, got a day that does not exist (2026-13-01)',
    );
    // Ten characters that are not a day take the long road and are refused there.
    e = refusalOf(() => addWorkingDays('2026/10/08', 1));
    expect(e.path).toEqual(['start']);
    e = refusalOf(() => addWorkingDays('2026-10-01', 1, { cutoff: '25:00' as never }));
    expect(e.path).toEqual(['options', 'cutoff']);
    expect(e.message).toBe("options.cutoff: expected a time HH:mm such as '17:30', got a string");
    e = refusalOf(() => addWorkingDays('2026-10-01', 1, { cutoff: 1730 as never }));
    expect(e.message).toBe("options.cutoff: expected a time HH:mm such as '17:30', got a number");
    e = refusalOf(() => addWorkingDays('2026-10-01', 1, { fallback: 'weekends' as never }));
    expect(e.path).toEqual(['options', 'fallback']);
    expect(e.message).toBe("options.fallback: expected 'none' or 'weekends-only', got a string");
    e = refusalOf(() => addWorkingDays('2026-10-01', 1, { calendar: {} as never }));
    expect(e.path).toEqual(['options', 'calendar']);
    expect(e.message).toBe(
      'options.calendar: expected a WorkCalendar made by createWorkCalendar, got an object',
    );
  });
});

describe('addWorkingDays: calendar reasons are built once', () => {
  it('LAW-WORKDAY: the National Day reason is one frozen object shared by every deadline that skips it', () => {
    const a = addWorkingDays('2026-09-30', 5).reasons[1];
    const b = addWorkingDays('2026-10-03', 1).reasons[1];
    expect(a).toEqual(NATIONAL_DAY_OFF);
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a?.facts)).toBe(true);
    expect(Object.isFrozen(a?.message)).toBe(true);
    expect(addWorkingDays('2026-10-09', 1).reasons[1]).toBe(addWorkingDays('2026-09-30', 5).reasons[2]);
  });
});
