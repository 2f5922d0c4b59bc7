/**
 * The compact built-in holiday data the package ships is exactly the reviewed year files:
 * generated from them (fresh), and decoded back to them field for field.
 *
 * @rule LAW-WORKDAY
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_DATA_FILE, renderHolidayData } from '../../scripts/generateHolidayData.js';
import { decodeHolidayYears, encodeHolidayYears } from '../../src/calendar/holidays/compact.js';
import { BUILT_IN_HOLIDAY_YEARS } from '../../src/calendar/holidays/index.js';
import { HOLIDAY_YEAR_SOURCES } from '../../src/calendar/holidays/sources.js';
import type { HolidayYear } from '../../src/calendar/holidays/types.js';

describe('LAW-WORKDAY built-in holiday data, compact form', () => {
  // Skipped in the mutation run: Stryker's sandbox adds a `// @ts-nocheck` line to every source file.
  it.skipIf(process.env.REALTY_CRM_MUTATION === '1')(
    'LAW-WORKDAY: the committed builtInData.ts is what the generator writes from the year files (run `npm run holidays` when this fails)',
    () => {
      expect(readFileSync(new URL(`../../${HOLIDAY_DATA_FILE}`, import.meta.url), 'utf8')).toBe(
        renderHolidayData(),
      );
    },
  );

  it('LAW-WORKDAY: the shipped years decode to the year files field for field, 2008 to 2026', () => {
    expect(BUILT_IN_HOLIDAY_YEARS.map((y) => y.year)).toEqual(Array.from({ length: 19 }, (_, i) => 2008 + i));
    expect(JSON.parse(JSON.stringify(BUILT_IN_HOLIDAY_YEARS))).toEqual(
      JSON.parse(JSON.stringify(HOLIDAY_YEAR_SOURCES)),
    );
  });

  it('LAW-WORKDAY: the 2026 notice as shipped: 国办发明电〔2025〕7号, National Day 10-01..10-07 off and 10-10 a makeup day', () => {
    const y2026 = BUILT_IN_HOLIDAY_YEARS.at(-1) as HolidayYear;
    expect(y2026.notices[0]).toEqual({
      number: '国办发明电〔2025〕7号',
      title: '国务院办公厅关于2026年部分节假日安排的通知',
      url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
      issuedOn: '2025-11-04',
    });
    const national = y2026.days.filter((d) => d.name === '国庆节');
    expect(national.map((d) => `${d.date}${d.isOffDay ? '' : ' makeup'}`)).toEqual([
      '2026-09-20 makeup',
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-10 makeup',
    ]);
  });

  it('LAW-WORKDAY: the shipped years are frozen: no caller can change the built-in calendar', () => {
    const y = BUILT_IN_HOLIDAY_YEARS[0] as HolidayYear;
    expect(Object.isFrozen(BUILT_IN_HOLIDAY_YEARS)).toBe(true);
    expect(Object.isFrozen(y.days)).toBe(true);
    expect(Object.isFrozen(y.days[0])).toBe(true);
    expect(Object.isFrozen(y.notices[0])).toBe(true);
  });

  it('LAW-WORKDAY: the encoder refuses what the form cannot hold, so no year ships half-encoded', () => {
    const base = HOLIDAY_YEAR_SOURCES.at(-1) as HolidayYear;
    const withDay = (day: object): HolidayYear => ({
      ...base,
      days: [...base.days, day as HolidayYear['days'][number]],
    });
    expect(() =>
      encodeHolidayYears([withDay({ date: '2026-12-31', isOffDay: true, name: '公司年会' })]),
    ).toThrow(/HOLIDAY_NAMES/);
    expect(() =>
      encodeHolidayYears([withDay({ date: '2026-12-31', isOffDay: true, name: '元旦', nameEn: 'x' })]),
    ).toThrow(/English name/);
    expect(() => encodeHolidayYears([withDay({ date: '2024-12-31', isOffDay: true, name: '元旦' })])).toThrow(
      /outside the year/,
    );
    expect(() =>
      encodeHolidayYears([withDay({ date: '2026-12-31', isOffDay: true, name: '元旦', notice: 'nope' })]),
    ).toThrow(/unknown notice/);
    expect(() =>
      encodeHolidayYears([
        { ...base, notices: [{ ...base.notices[0], number: 'a|b' } as HolidayYear['notices'][number]] },
      ]),
    ).toThrow(/separator/);
    // Runs split where the kind, the name or the notice changes, and where days are not consecutive.
    expect(decodeHolidayYears(encodeHolidayYears([base]))).toEqual([base]);
  });
});
