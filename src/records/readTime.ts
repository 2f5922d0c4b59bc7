/**
 * Times as exports write them (DESIGN convention 2: an instant needs an offset). An ISO
 * 8601 instant with an offset passes as it is; `+0800`, `+08`, an offset without seconds,
 * a space for the `T`, `2025/10/9` and `2025年10月9日` are read and written the canonical
 * way. A naive local time (`2025-10-09 10:00`, `2025/10/9 上午10:00:00`, an Excel serial
 * date) has no offset: it is refused unless the caller says to read it as Asia/Shanghai
 * time. A day that does not exist (`02-30`) is refused with a message that says so.
 *
 * @internal
 * @module
 */

import {
  civilOf,
  dayNumberOf,
  formatDayNumber,
  tryParseDayString,
  tryParseInstant,
} from '../calendar/days.js';
import { expectOneOf } from '../core/checks.js';
import type { LocalizedText } from '../core/reason.js';

/** What to do with a time written without an offset: refuse it, or read it as Asia/Shanghai (UTC+8). */
export type NaiveTimePolicy = 'reject' | 'asia-shanghai';

/** The naive-time policies, for option checks. */
export const NAIVE_TIME_POLICIES: readonly NaiveTimePolicy[] = Object.freeze(['reject', 'asia-shanghai']);

/** Checks a `naiveTimes` option: `'reject'` when absent; anything else but a policy is an error at `path`. */
export function readNaiveTimePolicy(value: unknown, path: readonly (string | number)[]): NaiveTimePolicy {
  return value === undefined ? 'reject' : expectOneOf(value, NAIVE_TIME_POLICIES, path);
}

/** How a time was read. */
export type TimeReading =
  /** Written the canonical way: kept as it is. */
  | { readonly how: 'as-is'; readonly value: string }
  /** Written another way with its offset (or a day written another way): rewritten. */
  | { readonly how: 'alias'; readonly value: string }
  /** Written without an offset and read as Asia/Shanghai. */
  | { readonly how: 'naive'; readonly value: string }
  /** Recognised as a time but refused, with why. */
  | { readonly how: 'refused'; readonly message: LocalizedText };

/** The messages of a refused time (value-free: a message never quotes the cell). */
export const TIME_MESSAGES = Object.freeze({
  naive: {
    'zh-CN':
      '时间未带时区偏移（如+08:00），无法确定是哪一时刻；命令行默认按北京时间读取，--naive-times reject 时拒绝',
    en: 'a time without an offset (such as +08:00) does not say which instant it is; the CLI reads it as Asia/Shanghai time unless --naive-times reject',
  },
  noSuchDay: {
    'zh-CN': '日期不存在（如2月30日、4月31日）',
    en: 'the day does not exist in the calendar (such as February 30 or April 31)',
  },
  noSuchTime: {
    'zh-CN': '时刻不存在（时应为0-23，分、秒应为0-59）',
    en: 'the time of day does not exist (hours 0-23, minutes and seconds 0-59)',
  },
  dayOnly: {
    'zh-CN': '只有日期没有时刻：此字段需要具体时间（如2025-10-09 10:00）',
    en: 'a day without a time of day: this field needs the time too (such as 2025-10-09 10:00)',
  },
  serialRange: {
    'zh-CN': 'Excel日期序列号超出1970-01-01至2099-12-31的范围（25569至73050）',
    en: 'an Excel serial date outside 1970-01-01 to 2099-12-31 (25569 to 73050)',
  },
  badOffset: {
    'zh-CN': '时区偏移无效（应为Z、+08:00、+0800或+08）',
    en: 'the offset is not valid (expected Z, +08:00, +0800 or +08)',
  },
} satisfies Record<string, LocalizedText>);

/** Excel's serial day 25569 is 1970-01-01, 73050 is 2099-12-31 (days since 1899-12-30). */
const SERIAL_MIN = 25_569;
const SERIAL_MAX = 73_050;
const SERIAL_EPOCH = dayNumberOf(1899, 12, 30);

const DATE_TIME =
  /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?)(?:(?:\s*[Tt]\s*|\s+|(?<=日))(上午|下午|AM|PM|am|pm)?\s*(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})(?:[.,](\d{1,9}))?秒?)?\s*(AM|PM|am|pm)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?)?$/u;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The `YYYY-MM-DD` of a year, month and day, or `undefined` when the day does not exist. */
function dayOf(y: number, m: number, d: number): string | undefined {
  const s = `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
  return tryParseDayString(s) === undefined ? undefined : s;
}

/** `+08:00` from `+0800`, `+08`, `+8` (after UTC/GMT), `Z`; `undefined` when out of range. */
function offsetOf(text: string): string | undefined {
  if (text === 'Z' || text === 'z' || text === 'UTC' || text === 'GMT') return 'Z';
  const m = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/.exec(text);
  if (m === null) return undefined;
  const h = Number(m[2]);
  const min = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 23 || min > 59) return undefined;
  return `${m[1]}${pad2(h)}:${pad2(min)}`;
}

/** An Excel serial date (days since 1899-12-30, the fraction the time of day): its day and time. */
function fromSerial(serial: number): { day: string; time: string | undefined } | undefined {
  if (!(serial >= SERIAL_MIN && serial < SERIAL_MAX + 1)) return undefined;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds === 86_400) {
    days++;
    seconds = 0;
  }
  const [y, m, d] = civilOf(SERIAL_EPOCH + days);
  const day = `${y}-${pad2(m)}-${pad2(d)}`;
  if (serial === days && seconds === 0) return { day, time: undefined };
  return {
    day,
    time: `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor((seconds % 3600) / 60))}:${pad2(seconds % 60)}`,
  };
}

/**
 * Reads a time written as text, a number (an Excel serial date) or a `Date` read from a
 * spreadsheet cell (whose UTC fields hold the cell's wall-clock time: a naive time).
 * `dayAllowed`: the field takes a day as well (`day-or-instant`). `undefined` when the
 * value is not recognisably a time (the schema then says what is expected).
 */
export function readTime(
  value: unknown,
  dayAllowed: boolean,
  naive: NaiveTimePolicy,
): TimeReading | undefined {
  if (typeof value === 'string') {
    if (value.length === 10 && dayAllowed && tryParseDayString(value) !== undefined)
      return { how: 'as-is', value };
    if (value.length >= 20 && value.length <= 40 && tryParseInstant(value) !== undefined)
      return { how: 'as-is', value };
    return readTimeText(value, dayAllowed, naive);
  }
  if (typeof value === 'number') return readSerial(value, dayAllowed, naive);
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return undefined;
    const dn = Math.floor(ms / 86_400_000);
    const rest = ms - dn * 86_400_000;
    const day = formatDayNumber(dn);
    if (rest === 0 && dayAllowed) return { how: 'alias', value: day };
    const s = Math.floor(rest / 1000);
    const frac = rest % 1000;
    const time = `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor((s % 3600) / 60))}:${pad2(s % 60)}${frac === 0 ? '' : `.${String(frac).padStart(3, '0')}`}`;
    return naiveReading(`${day}T${time}`, naive);
  }
  return undefined;
}

function naiveReading(local: string, naive: NaiveTimePolicy): TimeReading {
  return naive === 'asia-shanghai'
    ? { how: 'naive', value: `${local}+08:00` }
    : { how: 'refused', message: TIME_MESSAGES.naive };
}

function readSerial(serial: number, dayAllowed: boolean, naive: NaiveTimePolicy): TimeReading | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const s = fromSerial(serial);
  if (s === undefined) return { how: 'refused', message: TIME_MESSAGES.serialRange };
  if (s.time === undefined) {
    return dayAllowed ? { how: 'alias', value: s.day } : { how: 'refused', message: TIME_MESSAGES.dayOnly };
  }
  return naiveReading(`${s.day}T${s.time}`, naive);
}

function readTimeText(raw: string, dayAllowed: boolean, naive: NaiveTimePolicy): TimeReading | undefined {
  const text = raw.trim();
  if (text.length === 0 || text.length > 60) return undefined;
  if (/^\d{5}(\.\d+)?$/.test(text)) return readSerial(Number(text), dayAllowed, naive);
  const m = DATE_TIME.exec(text);
  if (m === null) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2] ?? m[4]);
  const d = Number(m[3] ?? m[5]);
  const day = dayOf(y, mo, d);
  if (day === undefined) return { how: 'refused', message: TIME_MESSAGES.noSuchDay };
  const hourText = m[7];
  const offsetText = m[12];
  if (hourText === undefined) {
    if (offsetText !== undefined) return undefined;
    if (!dayAllowed) return { how: 'refused', message: TIME_MESSAGES.dayOnly };
    return day === text ? { how: 'as-is', value: day } : { how: 'alias', value: day };
  }
  let h = Number(hourText);
  const meridiem = m[6] ?? m[11];
  if (meridiem !== undefined) {
    if (h < 1 || h > 12) return { how: 'refused', message: TIME_MESSAGES.noSuchTime };
    const pm = meridiem === '下午' || meridiem.toUpperCase() === 'PM';
    h = (h % 12) + (pm ? 12 : 0);
  }
  const min = Number(m[8]);
  const sec = m[9] === undefined ? 0 : Number(m[9]);
  if (h > 23 || min > 59 || sec > 59) return { how: 'refused', message: TIME_MESSAGES.noSuchTime };
  const frac = m[10] === undefined ? '' : `.${m[10]}`;
  const local = `${day}T${pad2(h)}:${pad2(min)}:${pad2(sec)}${frac}`;
  if (offsetText === undefined) return naiveReading(local, naive);
  const offset = offsetOf(offsetText);
  if (offset === undefined) return { how: 'refused', message: TIME_MESSAGES.badOffset };
  return { how: 'alias', value: `${local}${offset}` };
}
