/**
 * How far a calendar sees (`computeCalendarCoverage`, issue 16): its covered days, the
 * notices behind them, and the warning 45 days before the end.
 *
 * @rule LAW-COVERAGE
 */

import { describe, expect, it } from 'vitest';
import {
  COVERAGE_WARNING_DAYS,
  computeCalendarCoverage,
  createWorkCalendar,
  type HolidayYear,
} from '../../src/calendar/index.js';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { INVENTED_NOTICE_2027, INVENTED_NOTICE_2027_NUMBER } from './fixtures/inventedNotice2027.js';

describe('computeCalendarCoverage', () => {
  it('LAW-COVERAGE: the built-in calendar covers 2007-12-29 (set by the 2008 notice) to 2026-12-31, naming the 2026 notice', () => {
    const c = computeCalendarCoverage();
    expect(c).toMatchObject({
      firstDay: '2007-12-29',
      lastDay: '2026-12-31',
      daysRemaining: null,
      endingSoon: false,
    });
    expect(c.years).toEqual(Array.from({ length: 19 }, (_, i) => 2008 + i));
    expect(c.reasons).toHaveLength(1);
    expect(c.reasons[0]).toMatchObject({
      rule: 'LAW-COVERAGE',
      facts: { firstDay: '2007-12-29', lastDay: '2026-12-31', latestNotice: '国办发明电〔2025〕7号' },
    });
    expect(c.reasons[0]?.message['zh-CN']).toContain('国办发明电〔2025〕7号（2025-11-04发布）');
  });

  it('LAW-COVERAGE: within 45 days of the last covered day it warns; 46 days before, it does not (以内 includes 45)', () => {
    expect(COVERAGE_WARNING_DAYS).toBe(45);
    const at45 = computeCalendarCoverage({ now: '2026-11-16' });
    expect(at45).toMatchObject({ daysRemaining: 45, endingSoon: true });
    expect(at45.reasons.at(-1)?.message.en).toBe(
      'The calendar ends on 2026-12-31, 45 days after today, 2026-11-16 (within 45 days): add the 2027 holiday notice as soon as the State Council publishes it (parseHolidayYear, or --calendar in the CLI)',
    );
    const at46 = computeCalendarCoverage({ now: '2026-11-15' });
    expect(at46).toMatchObject({ daysRemaining: 46, endingSoon: false });
    expect(at46.reasons).toHaveLength(1);
    // Today, 2026-11-30: 31 days remain.
    expect(computeCalendarCoverage({ now: '2026-11-30' }).daysRemaining).toBe(31);
    // The last covered day itself: 0 remain, still within.
    expect(computeCalendarCoverage({ now: '2026-12-31' })).toMatchObject({
      daysRemaining: 0,
      endingSoon: true,
    });
  });

  it('LAW-COVERAGE: an instant is read as its Asia/Shanghai day: 2026-11-15T16:00Z is 2026-11-16 in Shanghai', () => {
    expect(computeCalendarCoverage({ now: '2026-11-15T15:59:59Z' }).daysRemaining).toBe(46);
    expect(computeCalendarCoverage({ now: '2026-11-15T16:00:00Z' }).daysRemaining).toBe(45);
    expect(computeCalendarCoverage({ now: new Date('2026-11-15T16:00:00Z') }).daysRemaining).toBe(45);
  });

  it('LAW-COVERAGE: past the last covered day the days remaining are negative and the warning says today is not covered', () => {
    const c = computeCalendarCoverage({ now: '2027-01-05' });
    expect(c).toMatchObject({ daysRemaining: -5, endingSoon: true });
    expect(c.reasons.at(-1)?.message['zh-CN']).toBe(
      '今天2027-01-05已超出日历覆盖范围（截至2026-12-31）：请加入2027年的节假日安排通知，否则期限无法计算或只能按周末估算',
    );
  });

  it('LAW-COVERAGE: a supplied 2027 notice extends the coverage to 2027-12-31 and is named', () => {
    const calendar = createWorkCalendar({ years: [INVENTED_NOTICE_2027] });
    const c = computeCalendarCoverage({ calendar, now: '2026-11-30' });
    expect(c).toMatchObject({
      firstDay: '2007-12-29',
      lastDay: '2027-12-31',
      daysRemaining: 396,
      endingSoon: false,
    });
    expect(c.years.at(-1)).toBe(2027);
    expect(c.reasons[0]?.facts.latestNotice).toBe(INVENTED_NOTICE_2027_NUMBER);
  });

  it('LAW-COVERAGE: a gap between covered years: the run that ends last, and the earlier years named', () => {
    const y2030: HolidayYear = {
      ...INVENTED_NOTICE_2027,
      year: 2030,
      notices: [
        {
          ...(INVENTED_NOTICE_2027.notices[0] as HolidayYear['notices'][number]),
          title: '测试用虚构通知：2030年',
        },
      ],
      days: [],
    };
    const c = computeCalendarCoverage({ calendar: createWorkCalendar({ years: [y2030] }) });
    expect(c).toMatchObject({ firstDay: '2030-01-01', lastDay: '2030-12-31' });
    expect(c.years).toContain(2026);
    expect(c.reasons[1]?.facts).toMatchObject({ gapBefore: '2030-01-01' });
    expect(((c.reasons[1]?.facts.alsoCoveredYears ?? []) as number[]).at(-1)).toBe(2026);
  });

  it('LAW-COVERAGE: a calendar without notices covers no day, and is ending for any today', () => {
    const calendar = createWorkCalendar({ builtIn: false });
    expect(computeCalendarCoverage({ calendar })).toMatchObject({ firstDay: null, lastDay: null, years: [] });
    expect(computeCalendarCoverage({ calendar, now: '2026-11-30' }).endingSoon).toBe(true);
  });

  it('LAW-COVERAGE: bad options are path-addressed errors', () => {
    expect(() => computeCalendarCoverage({ now: 'tomorrow' })).toThrow(InvalidArgumentError);
    expect(() => computeCalendarCoverage({ now: 'tomorrow' })).toThrow(/^options\.now: /);
    expect(() => computeCalendarCoverage({ calendar: {} as never })).toThrow(
      /^options\.calendar: expected a WorkCalendar/,
    );
    expect(() => computeCalendarCoverage('2026' as never)).toThrow(/^options: expected an object/);
  });
});
