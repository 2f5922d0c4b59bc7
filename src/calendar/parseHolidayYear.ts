import type * as z from 'zod';
import type { Locale } from '../core/reason.js';
import type { HolidayYear } from './holidays/types.js';
import { HolidayYearSchema } from './schemas.js';
import { createZodErrorMap } from './zodErrorMap.js';

/** The options of {@link parseHolidayYear}. */
export interface ParseHolidayYearOptions {
  /** The language of the messages (default `zh-CN`). */
  readonly locale?: Locale;
}

/**
 * Validates one year's State Council holiday notice written as JSON (the shape of the
 * built-in year files and of `schemas/holiday-year.schema.json`), so that a notice published
 * after this release can be used the day it appears: pass the result's `data` to
 * `createWorkCalendar({ years: [data] })`, or the file to the CLI's `--calendar`.
 *
 * Checked as strictly as the built-in years, each problem an issue at its path: the year, the
 * notices' numbers, titles (the first names the year), gov.cn addresses and days of issue
 * (before the first day each sets); every day a real `YYYY-MM-DD` inside the year (or in the
 * last days of the December before, as the 2012 notice set 2011-12-31), listed once, a makeup
 * working day (`isOffDay: false`) only on a Saturday or Sunday, a holiday name on every day (a
 * day off on a weekday says which holiday it belongs to), an English `nameEn` where the name
 * is not one the built-in notices use. Never throws: any input gives a result.
 *
 * @rule LAW-WORKDAY
 * @rule LAW-COVERAGE
 * @example
 * ```ts
 * const r = parseHolidayYear({
 *   year: 2026,
 *   notices: [{ number: '国办发明电〔2025〕7号', title: '国务院办公厅关于2026年部分节假日安排的通知',
 *     url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm', issuedOn: '2025-11-04' }],
 *   days: [{ date: '2026-10-08', isOffDay: false, name: '国庆节' }],
 * }, { locale: 'en' });
 * r.success; // false
 * r.error?.issues[0]?.path; // ['days', 0, 'date']
 * r.error?.issues[0]?.message; // '2026-10-08 (Thursday) is not a Saturday or Sunday: a makeup working day (isOffDay: false) falls on a weekend'
 * ```
 */
export function parseHolidayYear(
  input: unknown,
  options?: ParseHolidayYearOptions,
): z.ZodSafeParseResult<HolidayYear> {
  // zod types an absent optional key as `| undefined`; it never writes one that was absent.
  return HolidayYearSchema.safeParse(input, {
    error: createZodErrorMap(options?.locale ?? 'zh-CN'),
  }) as z.ZodSafeParseResult<HolidayYear>;
}
