/**
 * The Asia/Shanghai day of a `now` argument, for the birth-date check of identity numbers.
 * Core cannot use the calendar module (it sits below it), so this is the small part of it
 * that the check needs: a `YYYY-MM-DD` day, or an instant (a `Date`, or an ISO 8601 string
 * with an offset) read at UTC+8.
 *
 * @internal
 * @module
 */

import { describeType } from '../checks.js';
import { InvalidArgumentError } from '../errors.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** True when year-month-day is a day of the Gregorian calendar (no 02-30, 02-29 only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

/**
 * `now` as the number YYYYMMDD of its Asia/Shanghai day (20260315), or throws an
 * {@link InvalidArgumentError} at `path`. UTC+8 has been China's offset without exception
 * since 1992; an instant during the daylight-saving summers of 1986-1991 could be read an
 * hour off, which no birth-date check of a living person's card can notice.
 */
export function readNowDay(now: unknown, path: readonly (string | number)[]): number {
  let ms: number | undefined;
  if (now instanceof Date) ms = now.getTime();
  else if (typeof now === 'string') {
    const day = DAY.exec(now);
    if (day !== null) {
      const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
      if (isRealDate(y, m, d)) return y * 10_000 + m * 100 + d;
      throw new InvalidArgumentError(path, 'expected a real day written YYYY-MM-DD');
    }
    if (INSTANT.test(now)) ms = Date.parse(now);
  }
  if (ms === undefined || Number.isNaN(ms)) {
    throw new InvalidArgumentError(
      path,
      `expected a Date, a day YYYY-MM-DD or an ISO 8601 instant with an offset, got ${describeType(now)}`,
    );
  }
  const shanghai = new Date(ms + SHANGHAI_OFFSET_MS);
  return shanghai.getUTCFullYear() * 10_000 + (shanghai.getUTCMonth() + 1) * 100 + shanghai.getUTCDate();
}
