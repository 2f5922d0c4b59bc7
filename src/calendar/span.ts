/**
 * Working days over long spans in constant time: the compiled table of a calendar where it
 * has days, and Monday to Friday (the weekends-only view, `LAW-COVERAGE`) before and after
 * it. Every count here is in that "fallback view": a day the table marks uncovered counts by
 * its weekday. Whether the caller may use the view for uncovered days is decided by
 * `DayReader.coverSpan`, which finds the first and last uncovered day of a span without
 * walking it.
 *
 * @internal
 * @module
 */

import type { WorkCalendar } from './workCalendar.js';

/** 1970-01-05, a Monday: the anchor of the weekday count. */
const MONDAY = 4;

/** Mon-Fri days in `(-∞, x]` relative to a fixed anchor: only differences mean anything. */
function weekdaysUpTo(x: number): number {
  const q = Math.floor((x - MONDAY) / 7);
  const r = x - MONDAY - q * 7; // 0 Monday ... 6 Sunday
  return 5 * q + (r < 5 ? r + 1 : 5);
}

/** Mon-Fri days in `(a, b]`; 0 when `b <= a`. */
export function countWeekdays(a: number, b: number): number {
  return b <= a ? 0 : weekdaysUpTo(b) - weekdaysUpTo(a);
}

/** The n-th Mon-Fri day after `a` (`n >= 1`). */
export function nthWeekdayAfter(a: number, n: number): number {
  const t = weekdaysUpTo(a) + n;
  const q = Math.floor((t - 1) / 5);
  return MONDAY + 7 * q + (t - 5 * q - 1);
}

/** The last table index and the table's first day. */
function bounds(cal: WorkCalendar): { base: number; end: number } {
  return { base: cal.base, end: cal.base + cal.kinds.length - 1 };
}

/** Working days in `(a, b]` in the fallback view (`a <= b`). */
export function countWorkingDaysInView(cal: WorkCalendar, a: number, b: number): number {
  const { base, end } = bounds(cal);
  let n = countWeekdays(a, Math.min(b, base - 1)) + countWeekdays(Math.max(a, end), b);
  const lo = Math.max(a, base - 1);
  const hi = Math.min(b, end);
  if (hi > lo) n += (cal.workPrefix[hi - base + 1] as number) - (cal.workPrefix[lo - base + 1] as number);
  return n;
}

/** The n-th working day after `from` in the fallback view (`n >= 1`); may lie past 9999-12-31. */
export function nthWorkingDayInView(cal: WorkCalendar, from: number, n: number): number {
  // Zero working days end on the start day itself (the table lookup below would read
  // index -1 when the start is the day before the table).
  if (n === 0) return from;
  const { base, end } = bounds(cal);
  let dn = from;
  let left = n;
  if (dn < base - 1) {
    const before = countWeekdays(dn, base - 1);
    if (before >= left) return nthWeekdayAfter(dn, left);
    left -= before;
    dn = base - 1;
  }
  if (dn <= end) {
    const done = cal.workPrefix[dn - base + 1] as number;
    const k = done + left - 1;
    if (k < cal.workAt.length) return base + (cal.workAt[k] as number);
    left -= cal.workAt.length - done;
    dn = end;
  }
  return nthWeekdayAfter(dn, left);
}

/** The first day of `(a, b]` the calendar does not cover, or `undefined`. */
export function firstUncoveredIn(cal: WorkCalendar, a: number, b: number): number | undefined {
  if (b <= a) return undefined;
  const { base, end } = bounds(cal);
  if (a + 1 < base) return a + 1;
  const lo = a + 1 - base;
  const hi = Math.min(b, end) - base;
  const prefix = cal.uncoveredPrefix;
  if (lo <= hi && (prefix[hi + 1] as number) > (prefix[lo] as number)) {
    // The least j in [lo, hi] with an uncovered day in [lo, j].
    let l = lo;
    let h = hi;
    while (l < h) {
      const mid = (l + h) >>> 1;
      if ((prefix[mid + 1] as number) > (prefix[lo] as number)) h = mid;
      else l = mid + 1;
    }
    return base + l;
  }
  return b > end ? Math.max(a + 1, end + 1) : undefined;
}

/** The last day of `(a, b]` the calendar does not cover, or `undefined`. */
export function lastUncoveredIn(cal: WorkCalendar, a: number, b: number): number | undefined {
  if (b <= a) return undefined;
  const { base, end } = bounds(cal);
  if (b > end) return b;
  const lo = Math.max(a + 1, base) - base;
  const hi = b - base;
  const prefix = cal.uncoveredPrefix;
  if (lo <= hi && (prefix[hi + 1] as number) > (prefix[lo] as number)) {
    // The greatest j in [lo, hi] with an uncovered day in [j, hi].
    let l = lo;
    let h = hi;
    while (l < h) {
      const mid = (l + h + 1) >>> 1;
      if ((prefix[hi + 1] as number) > (prefix[mid] as number)) l = mid;
      else h = mid - 1;
    }
    return base + l;
  }
  return a + 1 < base ? Math.min(b, base - 1) : undefined;
}
