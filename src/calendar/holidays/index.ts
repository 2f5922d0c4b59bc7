/**
 * The built-in years of the State Council General Office's holiday notices, 2008 to 2026,
 * decoded once from their compact form (`builtInData.ts`, generated from the year files).
 *
 * @rule LAW-WORKDAY
 * @module
 */

import { BUILT_IN_HOLIDAY_DATA } from './builtInData.js';
import { decodeHolidayYears } from './compact.js';
import type { HolidayYear } from './types.js';

export type { HolidayDay, HolidayName, HolidayNotice, HolidayYear } from './types.js';
export { HOLIDAY_NAMES } from './types.js';

/**
 * Every built-in year, oldest first: the notices (number, title, gov.cn address, date of
 * issue) and every day off and makeup working day they set, frozen.
 *
 * @rule LAW-WORKDAY
 * @example
 * ```ts
 * BUILT_IN_HOLIDAY_YEARS.at(-1)?.notices[0]?.number; // '国办发明电〔2025〕7号'
 * ```
 */
export const BUILT_IN_HOLIDAY_YEARS: readonly HolidayYear[] =
  /* @__PURE__ */ decodeHolidayYears(BUILT_IN_HOLIDAY_DATA);
