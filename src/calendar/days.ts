/**
 * Days as numbers. A calendar day is the count of days since 1970-01-01 in the proleptic
 * Gregorian calendar, and every calendar computation is arithmetic on these numbers (no
 * `Date` arithmetic, so no two-digit-year rule and no host time zone). An Asia/Shanghai
 * day of an instant is found by its UTC+8 offset, which has been fixed since the end of
 * China's last daylight-saving summer (1991-09-15); before that the offset comes from the
 * time-zone database through `@date-fns/tz`'s `tzOffset`.
 *
 * The days the package speaks of are 1901-01-01 to 9999-12-31 (`DAY_RANGE`): before 1901
 * Shanghai kept local mean time (+08:05:43), which no deadline was ever counted in, and a
 * year past 9999 cannot be written `YYYY-MM-DD`. A day or instant outside them, or a
 * computation that would end outside them, is refused with an {@link InvalidArgumentError}
 * that says so, never computed into a wrong or unwritable day.
 *
 * @rule LAW-WORKDAY
 * @module
 */

// The subpath: the package root also loads TZDate, whose module patches Date methods at load
// time, which no bundler can drop (3 KB a browser would carry for nothing).
import { tzOffset } from '@date-fns/tz/tzOffset';
import { describeCode, describeType } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';

/** A calendar day, `YYYY-MM-DD`, read as an Asia/Shanghai day. */
export type DayString = `${number}-${number}-${number}`;

/** A day or an instant: a `YYYY-MM-DD` string, a `Date`, or an ISO 8601 string with an offset (`Z` or `+08:00`). */
export type DayInput = string | Date;

/** An instant: a `Date` or an ISO 8601 string with an offset. */
export type InstantInput = string | Date;

export const MS_PER_DAY = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
/** 1992-01-01T00:00+08:00: from here on Asia/Shanghai is UTC+8 without exception. */
const FIXED_OFFSET_FROM_MS = /* @__PURE__ */ Date.UTC(1991, 11, 31, 16);
const SHANGHAI = 'Asia/Shanghai';

/** Day of the year (0-based) at which each month starts, in a common year. */
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;

/** Whether a year of the proleptic Gregorian calendar is a leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12). No Date object. */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = year - 1;
  // Days before Jan 1 of `year` since 0001-01-01, minus those before 1970-01-01 (719162).
  const before = y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 719_162;
  return before + (MONTH_START[month - 1] as number) + (month > 2 && isLeapYear(year) ? 1 : 0) + day - 1;
}

/** The [year, month (1-12), day] of a day number. */
export function civilOf(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The `YYYY-MM-DD` string of a day number. */
export function formatDayNumber(dayNumber: number): DayString {
  const [y, m, d] = civilOf(dayNumber);
  const year = y >= 1000 ? String(y) : String(y).padStart(4, '0');
  return `${year}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}` as DayString;
}

/** The first day the package speaks of, 1901-01-01, as a day number. */
export const FIRST_DAY_NUMBER = -25_202;
/** The last day the package speaks of, 9999-12-31, as a day number. */
export const LAST_DAY_NUMBER = 2_932_896;
/** The days the package speaks of, in words for messages. */
export const DAY_RANGE = '1901-01-01 to 9999-12-31';
/**
 * 1901-01-01T00:00:00+08:00, the first instant of the first day: Shanghai kept +08:00 at
 * both ends of the range (no summer time near 1901 or 9999), so no time-zone table is read.
 */
export const FIRST_INSTANT_MS = FIRST_DAY_NUMBER * MS_PER_DAY - SHANGHAI_OFFSET_MS;
/** 10000-01-01T00:00:00+08:00, the first instant after the last day. */
export const AFTER_LAST_INSTANT_MS = (LAST_DAY_NUMBER + 1) * MS_PER_DAY - SHANGHAI_OFFSET_MS;

/** Whether a day number lies in 1901-01-01..9999-12-31. */
export function isDayNumberInRange(dayNumber: number): boolean {
  return dayNumber >= FIRST_DAY_NUMBER && dayNumber <= LAST_DAY_NUMBER;
}

/**
 * The error for a day, or a computed end, outside {@link DAY_RANGE}: it says which side and
 * why, without writing an unwritable day.
 */
export function dayOutOfRangeError(
  dayNumber: number,
  path: readonly (string | number)[],
  what: string,
): InvalidArgumentError {
  const side = dayNumber < FIRST_DAY_NUMBER ? 'before 1901-01-01' : 'after 9999-12-31';
  return new InvalidArgumentError(
    path,
    `${what} ${side}: the package counts days from ${DAY_RANGE} only (before 1901 Shanghai kept local mean time; a later year cannot be written YYYY-MM-DD)`,
  );
}

/** Day of the week of a day number: 0 Sunday ... 6 Saturday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; never -0
}

/** The names of the days of the week, Sunday first, in both languages. @internal */
export const WEEKDAY_NAMES = /* @__PURE__ */ Object.freeze({
  'zh-CN': /* @__PURE__ */ Object.freeze(['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const),
  en: /* @__PURE__ */ Object.freeze([
    'Sunday',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
  ] as const),
});

/** Whether a day number is a Saturday or a Sunday. */
export function isWeekendDayNumber(dayNumber: number): boolean {
  const w = weekdayOf(dayNumber);
  return w === 0 || w === 6;
}

/** The number of days of a month (1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Two ASCII digits at `i` as a number, or NaN. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/**
 * The day number of a `YYYY-MM-DD` string, or `undefined` when it is not a real
 * calendar day. Hand-parsed: this sits on every calendar call's path.
 */
export function tryParseDayString(s: string): number | undefined {
  return s.length === 10 ? dayNumberAtStart(s) : undefined;
}

/** The day number of the `YYYY-MM-DD` a string starts with (read in place: no slice per instant). */
function dayNumberAtStart(s: string): number | undefined {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  // Any pair that is not two ASCII digits is NaN, which fails every comparison below.
  const year = twoDigits(s, 0) * 100 + twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)))
    return undefined;
  return dayNumberOf(year, month, day);
}

/**
 * Hand-parses an RFC 3339 date-time, as JSON Schema's `date-time` format reads it (the same
 * shape the shipped JSON Schema files check): `YYYY-MM-DD(T|t)HH:mm:ss[.1 to 9 digits](Z|z|±HH:MM)`,
 * hours and offset hours 00-23, minutes and seconds 00-59, a day that exists; `undefined`
 * for any other shape. Fractions past the milliseconds are cut off, as `Date.parse` does, so
 * the result is the same in every JavaScript engine. Hot on batch input: no regular
 * expression, no `Date`.
 */
function parseCommonInstant(s: string): number | undefined {
  const n = s.length;
  const t = s.charCodeAt(10);
  if (n < 20 || (t !== 84 && t !== 116) /* T t */ || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58)
    return undefined;
  const dn = dayNumberAtStart(s);
  if (dn === undefined) return undefined;
  const hh = twoDigits(s, 11);
  const mm = twoDigits(s, 14);
  const ss = twoDigits(s, 17);
  if (!(hh <= 23 && mm <= 59 && ss <= 59)) return undefined;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46 /* . */) {
    // 1 to 9 digits; the first three are the milliseconds (.5 is 500 ms, .1239 is 123 ms).
    let scale = 100;
    for (i = 20; i < 29; i++) {
      const c = s.charCodeAt(i) - 48;
      if (!(c >= 0 && c <= 9)) break;
      ms += c * scale;
      scale = scale >= 10 ? scale / 10 : 0;
    }
    if (i === 20) return undefined;
  }
  let offsetMin: number;
  const z = s.charCodeAt(i);
  if ((z === 90 || z === 122) /* Z z */ && i === n - 1) offsetMin = 0;
  else if ((z === 43 || z === 45) && i === n - 6 && s.charCodeAt(i + 3) === 58) {
    const oh = twoDigits(s, i + 1);
    const om = twoDigits(s, i + 4);
    if (!(oh <= 23 && om <= 59)) return undefined;
    offsetMin = (z === 45 ? -1 : 1) * (oh * 60 + om);
  } else return undefined;
  return dn * MS_PER_DAY + ((hh * 60 + mm - offsetMin) * 60 + ss) * 1000 + ms;
}

/**
 * The epoch milliseconds of an instant input, or `undefined` when the input is not an
 * instant (an invalid `Date`, a string that is not ISO 8601 with an offset).
 */
export function tryParseInstant(input: unknown): number | undefined {
  if (input instanceof Date) {
    const ms = input.getTime();
    return Number.isNaN(ms) ? undefined : ms;
  }
  return typeof input === 'string' ? parseCommonInstant(input) : undefined;
}

/** An instant as `YYYY-MM-DDTHH:mm:ss.sssZ`, the same as `Date#toISOString` for years 0-9999, without a Date. */
export function formatInstant(ms: number): string {
  const dn = Math.floor(ms / MS_PER_DAY);
  let rest = ms - dn * MS_PER_DAY;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const sec = Math.floor(rest / 1000);
  const milli = rest - sec * 1000;
  const p2 = (x: number) => (x < 10 ? `0${x}` : `${x}`);
  return `${formatDayNumber(dn)}T${p2(h)}:${p2(m)}:${p2(sec)}.${milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : milli}Z`;
}

/**
 * The Asia/Shanghai offset of an instant in milliseconds: UTC+8 from 1992, the time-zone
 * database before (UTC+9 in the daylight-saving summers). Instants far outside
 * {@link DAY_RANGE} are given UTC+8 without asking: they are refused by the range check.
 */
function shanghaiOffsetMs(ms: number): number {
  if (ms >= FIXED_OFFSET_FROM_MS || !(ms >= FIRST_INSTANT_GUARD_MS)) return SHANGHAI_OFFSET_MS;
  return tzOffset(SHANGHAI, new Date(ms)) * 60_000;
}

/** Two days before 1901-01-01: earlier instants never reach the time-zone database. */
const FIRST_INSTANT_GUARD_MS = (FIRST_DAY_NUMBER - 2) * MS_PER_DAY;

/** The Asia/Shanghai day number an instant falls on. */
export function shanghaiDayNumberOfInstant(ms: number): number {
  return Math.floor((ms + shanghaiOffsetMs(ms)) / MS_PER_DAY);
}

/** Milliseconds since Asia/Shanghai midnight of an instant. */
export function shanghaiTimeOfDayMs(ms: number): number {
  const local = ms + shanghaiOffsetMs(ms);
  return local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
}

/**
 * The instant at which an Asia/Shanghai day begins (00:00 local). Before 1992 the offset
 * was UTC+8 or, in a daylight-saving summer, UTC+9: the day begins at 00:00 UTC+9 when that
 * instant is in a summer, else at 00:00 UTC+8 (which is also the switch instant of a summer
 * that began at midnight). Checked day by day against the time-zone database for 1901-1991.
 */
export function shanghaiStartOfDayMs(dayNumber: number): number {
  const ms = dayNumber * MS_PER_DAY - SHANGHAI_OFFSET_MS;
  if (ms >= FIXED_OFFSET_FROM_MS) return ms;
  const summer = ms - 3_600_000;
  return shanghaiOffsetMs(summer) === 9 * 3_600_000 ? summer : ms;
}

/** A day input read: its Asia/Shanghai day, and its instant when it is one. */
export interface ReadDay {
  readonly dayNumber: number;
  /** The epoch milliseconds when the input is an instant (a `Date` or an ISO string with an offset). */
  readonly ms: number | undefined;
}

/**
 * Reads a day input: a `YYYY-MM-DD` string, a `Date` or an ISO 8601 instant with an
 * offset, whose Asia/Shanghai day lies in {@link DAY_RANGE}; or throws a path-addressed
 * {@link InvalidArgumentError}.
 */
export function readDay(input: DayInput, path: readonly (string | number)[]): ReadDay {
  let dn: number | undefined;
  let ms: number | undefined;
  if (typeof input === 'string' && input.length === 10) {
    dn = tryParseDayString(input);
  } else {
    ms = tryParseInstant(input);
    if (ms !== undefined) dn = shanghaiDayNumberOfInstant(ms);
  }
  if (dn === undefined) {
    throw new InvalidArgumentError(
      path,
      `expected a day (YYYY-MM-DD), a valid Date or an ISO 8601 instant with an offset, got ${describeDayInput(input)}`,
    );
  }
  if (!isDayNumberInRange(dn)) throw dayOutOfRangeError(dn, path, 'a day');
  return { dayNumber: dn, ms };
}

/**
 * The Asia/Shanghai day number of a day input in {@link DAY_RANGE}, or throws a
 * path-addressed {@link InvalidArgumentError}.
 */
export function toDayNumber(input: DayInput, path: readonly (string | number)[]): number {
  if (typeof input === 'string' && input.length === 10) {
    const dn = tryParseDayString(input);
    if (dn !== undefined && isDayNumberInRange(dn)) return dn;
  }
  return readDay(input, path).dayNumber;
}

/**
 * The epoch milliseconds of an instant input whose Asia/Shanghai day lies in
 * {@link DAY_RANGE}, or throws a path-addressed error.
 */
export function toInstantMs(input: InstantInput, path: readonly (string | number)[]): number {
  const ms = tryParseInstant(input);
  if (ms === undefined) {
    throw new InvalidArgumentError(
      path,
      `expected a valid Date or an ISO 8601 instant with an offset, got ${describeDayInput(input)}`,
    );
  }
  const dn = shanghaiDayNumberOfInstant(ms);
  if (!isDayNumberInRange(dn)) throw dayOutOfRangeError(dn, path, 'an instant');
  return ms;
}

/**
 * What a bad day or instant input is, said by its shape and never quoted (a string passed as
 * a day may be personal data): a day that does not exist (`2026-02-30`), a day where an
 * instant is needed, a time without an offset, or its type.
 */
export function describeDayInput(value: unknown): string {
  if (typeof value === 'string') {
    const day = /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
    if (day !== undefined && tryParseDayString(day) === undefined)
      return `a day that does not exist (${day})`;
    if (day !== undefined && value.length === 10) return 'a day (YYYY-MM-DD) without a time and an offset';
    if (day !== undefined && !/([Zz]|[+-]\d{2}:?\d{2})$/.test(value))
      return 'a date and time without an offset';
  }
  return describeType(value);
}

/** A day, a month or an instant as written (`2026-10-01`, `2026/10/1 9:30`, `2026-13`), up to 40 characters. */
const DAY_LIKE = /^(?:1[89]|2\d)\d\d[-/.]\d\d?(?!\d)[\dT:.+\-/ Z]{0,30}$/;

/**
 * A short rendering of a bad value for an error message: a day or an instant quoted, any
 * other string only when it cannot be personal data (`describeCode`: a code of the
 * package's vocabulary), else by its length. The calendar's own doors use `describeType`,
 * which never quotes.
 */
export function describeValue(value: unknown): string {
  if (value instanceof Date) return 'an invalid Date';
  // A day or an instant is quoted; any other string only when it cannot be personal data
  // (a phone, an identity number, a name: described by its length, CUS-PRIVACY).
  if (typeof value === 'string') return DAY_LIKE.test(value) ? JSON.stringify(value) : describeCode(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : describeCode(value);
}
