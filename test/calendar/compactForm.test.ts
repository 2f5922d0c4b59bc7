/**
 * The compact form's day deltas, short notice numbers and short issue dates (issue 14): what
 * the encoder writes, what it refuses, and that every shape decodes back to what was given.
 *
 * @rule LAW-WORKDAY
 */

import { describe, expect, it } from 'vitest';
import { decodeHolidayYears, encodeHolidayYears } from '../../src/calendar/holidays/compact.js';
import { HOLIDAY_YEAR_SOURCES } from '../../src/calendar/holidays/sources.js';
import type { HolidayYear } from '../../src/calendar/holidays/types.js';

const y2026 = HOLIDAY_YEAR_SOURCES.at(-1) as HolidayYear;
const y2015 = HOLIDAY_YEAR_SOURCES.find((y) => y.year === 2015) as HolidayYear;

describe('LAW-WORKDAY compact form of the holiday years', () => {
  it('LAW-WORKDAY: 2026 is written with day deltas, a short notice number and a short issue date', () => {
    const line = encodeHolidayYears([y2026]);
    // 国办发明电〔2025〕7号 issued 2025-11-04, its month 202511 in the address written #; 元旦 off 01-01..01-03 (32 days after 2025-11-30), 01-04 a makeup day.
    expect(line.startsWith('2026|7^1104^!zhengce/zhengceku/#/content_7047091.htm^|32A31a1')).toBe(true);
    expect(decodeHolidayYears(line)).toEqual([y2026]);
  });

  it('LAW-WORKDAY: 2014 writes the issue date in its address as @, and an address holding @ or # is refused', () => {
    const y2014 = HOLIDAY_YEAR_SOURCES.find((y) => y.year === 2014) as HolidayYear;
    const line = encodeHolidayYears([y2014]);
    expect(line.startsWith('2014|28^1211^~zwgk/@/content_2546204.htm^|')).toBe(true); // zwgk/2013-12/11/
    expect(decodeHolidayYears(line)[0]?.notices[0]?.url).toBe(
      'http://www.gov.cn/zwgk/2013-12/11/content_2546204.htm',
    );
    const notice = y2014.notices[0] as HolidayYear['notices'][number];
    expect(() =>
      encodeHolidayYears([{ ...y2014, notices: [{ ...notice, url: `${notice.url}#top` }] }]),
    ).toThrow(/holds @ or #/);
  });

  it('LAW-WORKDAY: 2015 keeps the State Council notice number as written and marks its days with the notice index', () => {
    const line = encodeHolidayYears([y2015]);
    expect(line).toContain(';国发明电〔2015〕1号^20150513^');
    expect(line).toContain('I3*1');
    expect(decodeHolidayYears(line)).toEqual([y2015]);
  });

  it('LAW-WORKDAY: a General Office notice of another year than the year before is written YYYY.N and read back', () => {
    const amended: HolidayYear = {
      ...y2026,
      notices: [
        {
          ...(y2026.notices[0] as HolidayYear['notices'][number]),
          number: '国办发明电〔2026〕3号',
          issuedOn: '2026-03-01',
        },
      ],
    };
    const line = encodeHolidayYears([amended]);
    expect(line.startsWith('2026|2026.3^20260301^')).toBe(true);
    expect(decodeHolidayYears(line)).toEqual([amended]);
  });

  it('LAW-WORKDAY: a run longer than 9 days is split and decodes to the same consecutive days', () => {
    const days = Array.from({ length: 12 }, (_, i) => ({
      date: `2026-02-${String(10 + i).padStart(2, '0')}`,
      isOffDay: true,
      name: '春节',
    }));
    const year: HolidayYear = { ...y2026, days };
    const line = encodeHolidayYears([year]);
    expect(line.endsWith('|72B91B3')).toBe(true); // 9 days, then 3 more one day after
    expect(decodeHolidayYears(line)).toEqual([year]);
  });

  it('LAW-WORKDAY: the encoder refuses days out of date order, a day before the December before, and a number that reads as a short form', () => {
    const [first, second] = y2026.days as [HolidayYear['days'][number], HolidayYear['days'][number]];
    expect(() => encodeHolidayYears([{ ...y2026, days: [second, first] }])).toThrow(/out of date order/);
    expect(() =>
      encodeHolidayYears([{ ...y2026, days: [{ date: '2025-11-30', isOffDay: true, name: '元旦' }] }]),
    ).toThrow(/outside the year and its December before/);
    expect(
      decodeHolidayYears(
        encodeHolidayYears([{ ...y2026, days: [{ date: '2025-12-01', isOffDay: true, name: '元旦' }] }]),
      )[0]?.days,
    ).toEqual([{ date: '2025-12-01', isOffDay: true, name: '元旦' }]);
    expect(() =>
      encodeHolidayYears([
        {
          ...y2026,
          notices: [{ ...(y2026.notices[0] as HolidayYear['notices'][number]), number: '2025.7' }],
        },
      ]),
    ).toThrow(/short form/);
  });
});
