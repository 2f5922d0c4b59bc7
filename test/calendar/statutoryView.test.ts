/**
 * The statutory view, now built on first use outside the WorkCalendar constructor (issue 14):
 * the notices' days alone, day for day what a calendar without the caller's days has.
 *
 * @rule LAW-PERIOD-REST
 */

import { describe, expect, it } from 'vitest';
import { dayNumberOf } from '../../src/calendar/days.js';
import { addPeriod, createWorkCalendar, defaultWorkCalendar } from '../../src/calendar/index.js';
import { statutoryView } from '../../src/calendar/statutoryView.js';
import { FLAG_UNCOVERED, KIND_MAKEUP, KIND_WEEKEND, KIND_WORKDAY } from '../../src/calendar/workCalendar.js';

const builtIn = defaultWorkCalendar();
const at = (y: number, m: number, d: number) => dayNumberOf(y, m, d) - builtIn.base;

describe('LAW-PERIOD-REST statutory view', () => {
  it("LAW-PERIOD-REST: without the caller's days the view is the calendar's own arrays", () => {
    expect(statutoryView(builtIn)).toBe(builtIn);
  });

  it('LAW-PERIOD-REST: a company day off, a company working day and a notice day overridden leave the view as the notices set it', () => {
    const company = createWorkCalendar({
      days: [
        { date: '2026-10-07', isOffDay: false, name: '公司加班日' }, // National Day off in the notice
        { date: '2026-10-09', isOffDay: true, name: '公司年会', nameEn: 'Company day' },
        { date: '2026-03-07', isOffDay: false, name: '公司加班日' }, // a Saturday
      ],
    });
    expect(company.kinds[at(2026, 10, 7)]).toBe(KIND_MAKEUP);
    const view = statutoryView(company);
    expect(statutoryView(company)).toBe(view);
    expect(company.base).toBe(builtIn.base);
    expect(view.kinds).toEqual(builtIn.kinds);
    expect(view.labelIndex).toEqual(builtIn.labelIndex);
    expect(view.listedPrefix).toEqual(builtIn.listedPrefix);
    expect(company.labels[view.labelIndex[at(2026, 10, 7)] as number]).toEqual({
      name: '国庆节',
      nameEn: 'National Day',
      notice: '国办发明电〔2025〕7号',
    });
    // A Civil Code period ending 2026-10-07 moves to 10-08 on both calendars (LAW-PERIOD-REST).
    expect(addPeriod('2026-09-07', { months: 1 }, { calendar: company }).lastDay).toBe('2026-10-08');
  });

  it('LAW-PERIOD-REST: a company day in an uncovered year leaves that year uncovered in the view', () => {
    const company = createWorkCalendar({ days: [{ date: '2027-01-04', isOffDay: true, name: '公司年会' }] });
    const view = statutoryView(company);
    expect(view.kinds.slice(0, builtIn.kinds.length)).toEqual(builtIn.kinds);
    expect(Array.from(view.kinds.slice(builtIn.kinds.length))).toEqual([
      KIND_WORKDAY | FLAG_UNCOVERED, // 2027-01-01, a Friday
      KIND_WEEKEND | FLAG_UNCOVERED,
      KIND_WEEKEND | FLAG_UNCOVERED,
      KIND_WORKDAY | FLAG_UNCOVERED, // 2027-01-04 as the weekday sets it, not the company's day off
    ]);
    expect(company.kinds.at(-1)).toBe(3);
  });
});
