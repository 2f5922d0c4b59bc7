import { describe, expect, it } from 'vitest';
import { addWindow, isWithinWindow } from '../../src/calendar/index.js';
import { refusalOf } from '../_lib/refusal.js';

const DAY_MSG = 'expected a day (YYYY-MM-DD), a valid Date or an ISO 8601 instant with an offset, got';

describe('addWindow: the reason', () => {
  it('LAW-WINDOW: 3 months after 2026-07-01 ends on National Day 10-01, not moved; the reason says so in both languages', () => {
    expect(addWindow('2026-07-01', { months: 3 }).reasons).toEqual([
      {
        rule: 'LAW-WINDOW',
        facts: {
          startDay: '2026-07-01',
          length: '3 months',
          firstDay: '2026-07-02',
          lastDay: '2026-10-01',
          clampedToMonthEnd: false,
        },
        message: {
          'zh-CN': '2026-07-01后3个月的责任期间：2026-07-02至2026-10-01（含当日），不因休息日顺延',
          en: 'The window of 3 months after 2026-07-01: 2026-07-02 to 2026-10-01 inclusive, never extended over rest days',
        },
      },
    ]);
  });

  it('LAW-PERIOD-MONTH: 3 months after 2025-11-30 is clamped to 2026-02-28 (no Feb 30), and the facts say so', () => {
    const w = addWindow('2025-11-30', { months: 3 });
    expect(w.reasons[0]?.facts).toEqual({
      startDay: '2025-11-30',
      length: '3 months',
      firstDay: '2025-12-01',
      lastDay: '2026-02-28',
      clampedToMonthEnd: true,
    });
    expect(w.reasons[0]?.message.en).toBe(
      'The window of 3 months after 2025-11-30: 2025-12-01 to 2026-02-28 inclusive, never extended over rest days',
    );
  });
});

describe('isWithinWindow: both ends included', () => {
  it('LAW-WINDOW: the first day (the day after the start) and the last day are inside; the days either side are not', () => {
    const w = addWindow('2026-07-01', { months: 3 });
    expect(isWithinWindow('2026-07-01', w)).toBe(false);
    expect(isWithinWindow('2026-07-02', w)).toBe(true);
    expect(isWithinWindow('2026-07-02T00:00:00+08:00', w)).toBe(true);
    expect(isWithinWindow('2026-07-01T23:59:59+08:00', w)).toBe(false);
    expect(isWithinWindow('2026-10-01', w)).toBe(true);
    expect(isWithinWindow('2026-10-02', w)).toBe(false);
  });
});

describe('refused input, at its own path', () => {
  it('LAW-WINDOW: a bad start or length is refused at start or length', () => {
    let e = refusalOf(() => addWindow('2026-7-1', { months: 3 }));
    expect(e.path).toEqual(['start']);
    expect(e.message).toBe(`start: ${DAY_MSG} a string`);
    e = refusalOf(() => addWindow('2026-07-01', { months: -1 }));
    expect(e.path).toEqual(['length', 'months']);
    expect(e.message).toBe('length.months: expected a whole number >= 0, got a number');
  });

  it('LAW-WINDOW: a bad day or window bound is refused at day, window.firstDay or window.lastDay', () => {
    const w = { firstDay: '2026-07-02', lastDay: '2026-10-01' };
    let e = refusalOf(() => isWithinWindow('2026/07/02', w));
    expect(e.path).toEqual(['day']);
    expect(e.message).toBe(`day: ${DAY_MSG} a string`);
    e = refusalOf(() => isWithinWindow('2026-07-02', { ...w, firstDay: 'July 2nd' }));
    expect(e.path).toEqual(['window', 'firstDay']);
    expect(e.message).toBe(`window.firstDay: ${DAY_MSG} a string`);
    e = refusalOf(() => isWithinWindow('2026-07-02', { ...w, lastDay: 20261001 as never }));
    expect(e.path).toEqual(['window', 'lastDay']);
    expect(e.message).toBe(`window.lastDay: ${DAY_MSG} a number`);
  });
});
