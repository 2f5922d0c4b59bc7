/**
 * What `addPeriod` says, rule by rule, on real notice days: the reasons are what an auditor
 * reads, so each one is asserted whole (rule, facts, both messages) and in order.
 *
 * @rule LAW-PERIOD-REST
 */

import { describe, expect, it } from 'vitest';
import { addPeriod, createWorkCalendar, type HolidayYear } from '../../src/calendar/index.js';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { refusalOf } from '../_lib/refusal.js';

const rules = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('addPeriod reasons', () => {
  it('LAW-PERIOD-REST: a last day on National Day 2026 moves to 10-08, naming the holiday and its notice', () => {
    const d = addPeriod('2026-09-24', { days: 7 });
    expect(d.lastDay).toBe('2026-10-08');
    expect(rules(d)).toEqual(['LAW-PERIOD-START', 'LAW-PERIOD-REST', 'LAW-PERIOD-END', 'LAW-WORKDAY']);
    expect(d.reasons[0]).toEqual({
      rule: 'LAW-PERIOD-START',
      facts: { start: '2026-09-24', length: '7 days', firstDay: '2026-09-25' },
      message: {
        'zh-CN': '期间7日，开始当日2026-09-24不计入，自次日起算',
        en: 'A period of 7 days: the start day 2026-09-24 is not counted; it starts the next day',
      },
    });
    expect(d.reasons[1]).toEqual({
      rule: 'LAW-PERIOD-REST',
      facts: { nominalLastDay: '2026-10-01', restDays: 7, lastDay: '2026-10-08' },
      message: {
        'zh-CN': '期间最后一日2026-10-01是法定休假日（国庆节），以休假日结束的次日2026-10-08为期间最后一日',
        en: 'The last day 2026-10-01 is a rest day (National Day): the period ends on the first working day after it, 2026-10-08',
      },
    });
    expect(d.reasons[2]).toEqual({
      rule: 'LAW-PERIOD-END',
      facts: { lastDay: '2026-10-08' },
      message: {
        'zh-CN': '期间最后一日2026-10-08的截止时间为24:00（北京时间）',
        en: 'The last day, 2026-10-08, ends at 24:00 Asia/Shanghai',
      },
    });
    expect(d.reasons[3]?.facts).toEqual({
      holiday: '国庆节',
      holidayEn: 'National Day',
      from: '2026-10-01',
      to: '2026-10-07',
      notice: '国办发明电〔2025〕7号',
    });
    expect(d.endsAt.toISOString()).toBe('2026-10-08T16:00:00.000Z');
  });

  it('LAW-PERIOD-REST: an ordinary Saturday moves two days, a Sunday one, and the reason says which', () => {
    const sat = addPeriod('2026-01-24', { days: 7 }); // 2026-01-31 is a Saturday
    expect(sat.lastDay).toBe('2026-02-02');
    expect(rules(sat)).toEqual(['LAW-PERIOD-START', 'LAW-PERIOD-REST', 'LAW-PERIOD-END']);
    expect(sat.reasons[1]?.facts).toEqual({
      nominalLastDay: '2026-01-31',
      restDays: 2,
      lastDay: '2026-02-02',
    });
    expect(sat.reasons[1]?.message).toEqual({
      'zh-CN': '期间最后一日2026-01-31是法定休假日（周六），以休假日结束的次日2026-02-02为期间最后一日',
      en: 'The last day 2026-01-31 is a rest day (a Saturday): the period ends on the first working day after it, 2026-02-02',
    });
    const sun = addPeriod('2026-01-25', { days: 7 }); // 2026-02-01 is a Sunday
    expect(sun.lastDay).toBe('2026-02-02');
    expect(sun.reasons[1]?.facts).toEqual({
      nominalLastDay: '2026-02-01',
      restDays: 1,
      lastDay: '2026-02-02',
    });
    expect(sun.reasons[1]?.message.en).toContain('(a Sunday)');
    expect(sun.reasons[1]?.message['zh-CN']).toContain('（周日）');
  });

  it("LAW-PERIOD-REST: an ordinary Saturday followed by New Year's Day 2017 names both, in order", () => {
    const d = addPeriod('2016-12-24', { days: 7 }); // 2016-12-31 Sat, then 2017-01-01..02 off
    expect(d.lastDay).toBe('2017-01-03');
    expect(d.reasons[1]?.facts).toEqual({ nominalLastDay: '2016-12-31', restDays: 3, lastDay: '2017-01-03' });
    expect(d.reasons[1]?.message['zh-CN']).toBe(
      '期间最后一日2016-12-31是法定休假日（周六、元旦），以休假日结束的次日2017-01-03为期间最后一日',
    );
    expect(d.reasons[1]?.message.en).toBe(
      "The last day 2016-12-31 is a rest day (a Saturday, New Year's Day): the period ends on the first working day after it, 2017-01-03",
    );
    expect(rules(d)).toEqual(['LAW-PERIOD-START', 'LAW-PERIOD-REST', 'LAW-PERIOD-END', 'LAW-WORKDAY']);
  });

  it('LAW-PERIOD-REST: a Saturday inside a holiday block is named by the holiday alone (2026-10-03)', () => {
    const d = addPeriod('2026-09-26', { days: 7 });
    expect(d.lastDay).toBe('2026-10-08');
    expect(d.reasons[1]?.message.en).toBe(
      'The last day 2026-10-03 is a rest day (National Day): the period ends on the first working day after it, 2026-10-08',
    );
  });

  it("LAW-PERIOD-MONTH: no corresponding day gives the month's last day, said so; a makeup Saturday is not moved (2026-02-28)", () => {
    const d = addPeriod('2026-01-31', { months: 1 });
    expect(d.lastDay).toBe('2026-02-28');
    expect(rules(d)).toEqual(['LAW-PERIOD-START', 'LAW-PERIOD-MONTH', 'LAW-PERIOD-END', 'LAW-WORKDAY']);
    expect(d.reasons[1]).toEqual({
      rule: 'LAW-PERIOD-MONTH',
      facts: { start: '2026-01-31', nominalLastDay: '2026-02-28', clampedToMonthEnd: true },
      message: {
        'zh-CN': '到期月没有对应日，以月末日2026-02-28为期间最后一日',
        en: "The last month has no corresponding day: its last day, 2026-02-28, is the period's last day",
      },
    });
    expect(d.reasons[3]?.facts).toMatchObject({ makeupDay: '2026-02-28', holiday: '春节' });
    const corresponding = addPeriod('2026-03-15', { months: 1 });
    expect(corresponding.lastDay).toBe('2026-04-15');
    expect(corresponding.reasons[1]).toEqual({
      rule: 'LAW-PERIOD-MONTH',
      facts: { start: '2026-03-15', nominalLastDay: '2026-04-15', clampedToMonthEnd: false },
      message: {
        'zh-CN': '到期月的对应日2026-04-15为期间最后一日',
        en: "The corresponding day of the last month, 2026-04-15, is the period's last day",
      },
    });
    expect(rules(addPeriod('2025-03-16', { years: 1 }))).toEqual([
      'LAW-PERIOD-START',
      'LAW-PERIOD-MONTH',
      'LAW-PERIOD-END',
    ]);
    // Days and weeks alone: no month rule.
    expect(rules(addPeriod('2026-03-16', { weeks: 2 }))).toEqual(['LAW-PERIOD-START', 'LAW-PERIOD-END']);
  });

  it('LAW-PERIOD-START: received after a cut-off on 2026-09-30, the period counts from 10-08 and names the holiday it moved over, once', () => {
    const d = addPeriod('2026-09-30T20:00:00+08:00', { days: 7 }, { cutoff: '17:30' });
    expect(d.lastDay).toBe('2026-10-15');
    expect(rules(d)).toEqual(['LAW-PERIOD-START', 'LAW-PERIOD-START', 'LAW-PERIOD-END', 'LAW-WORKDAY']);
    expect(d.reasons[0]?.facts).toEqual({
      receivedOn: '2026-09-30',
      cutoff: '17:30',
      countsAsReceivedOn: '2026-10-08',
    });
    expect(d.reasons[1]?.facts).toEqual({ start: '2026-10-08', length: '7 days', firstDay: '2026-10-09' });
    expect(d.reasons[3]?.facts).toMatchObject({ holiday: '国庆节', from: '2026-10-01', to: '2026-10-07' });
    // Before the cut-off: counted from 09-30 itself; the last day 10-07 is National Day, moved to 10-08.
    const early = addPeriod('2026-09-30T17:00:00+08:00', { days: 7 }, { cutoff: '17:30' });
    expect(early.lastDay).toBe('2026-10-08');
    expect(rules(early)[0]).toBe('LAW-PERIOD-START');
    expect(early.reasons[0]?.facts).toEqual({
      start: '2026-09-30',
      length: '7 days',
      firstDay: '2026-10-01',
    });
  });

  it('LAW-PERIOD-REST: a rest-day walk that would leave 9999-12-31 is an error at length', () => {
    const y9999: HolidayYear = {
      year: 9999,
      notices: [
        {
          number: 'TEST-FIXTURE-9999（虚构）',
          title: '测试用虚构通知：9999年（非国务院办公厅文件）',
          url: 'https://www.gov.cn/test-fixture/invented.htm',
          issuedOn: '9998-11-01',
        },
      ],
      days: [{ date: '9999-12-31', isOffDay: true, name: '元旦' }],
    };
    const calendar = createWorkCalendar({ builtIn: false, years: [y9999] });
    const error = refusalOf(() => addPeriod('9999-12-30', { days: 1 }, { calendar }), InvalidArgumentError);
    expect(error).toMatchObject({ path: ['length'] });
    expect((error as Error).message).toMatch(/^length: the computation reaches a day after 9999-12-31/);
  });
});
