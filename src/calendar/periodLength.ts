/**
 * Calendar lengths (days, weeks, months, years) and the Civil Code's way of counting
 * them: the start day is not counted (art. 201) and a month or year ends on the
 * corresponding day, or the month's last day where there is none (art. 202).
 *
 * @internal
 * @module
 */

import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import { InvalidArgumentError } from '../core/errors.js';
import { civilOf, dayNumberOf, describeValue } from './days.js';

/** A length of time counted in calendar units. At least one field must be positive. */
export interface PeriodLength {
  readonly days?: number;
  readonly weeks?: number;
  readonly months?: number;
  readonly years?: number;
}

const UNITS = ['years', 'months', 'weeks', 'days'] as const;

/** Checks a period length and returns it with every unit filled in. */
export function readPeriodLength(length: PeriodLength, path: readonly string[]): Required<PeriodLength> {
  if (typeof length !== 'object' || length === null) {
    throw new InvalidArgumentError(
      path,
      `expected { days?, weeks?, months?, years? }, got ${describeValue(length)}`,
    );
  }
  for (const key of Object.keys(length)) {
    if (!(UNITS as readonly string[]).includes(key)) {
      throw new InvalidArgumentError([...path, key], `unknown unit; expected one of ${UNITS.join(', ')}`);
    }
  }
  const out = { years: 0, months: 0, weeks: 0, days: 0 };
  let total = 0;
  for (const unit of UNITS) {
    const v = length[unit];
    if (v === undefined) continue;
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new InvalidArgumentError(
        [...path, unit],
        `expected a whole number >= 0, got ${describeValue(v)}`,
      );
    }
    out[unit] = v;
    total += v;
  }
  if (total === 0) throw new InvalidArgumentError(path, 'a period needs at least one positive unit');
  return out;
}

/** The length in words, both languages: `3个月`, `3 months`. */
export function describePeriodLength(len: Required<PeriodLength>): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  const add = (n: number, z: string, e: string) => {
    if (n > 0) {
      zh.push(`${n}${z}`);
      en.push(`${n} ${e}${n === 1 ? '' : 's'}`);
    }
  };
  add(len.years, '年', 'year');
  add(len.months, '个月', 'month');
  add(len.weeks, '周', 'week');
  add(len.days, '日', 'day');
  return { zh: zh.join(''), en: en.join(' ') };
}

/** Where a period's last day falls before any rest-day extension. */
export interface PeriodEnd {
  /** The last day's number. */
  readonly dayNumber: number;
  /** True when the month had no corresponding day and its last day was taken (art. 202). */
  readonly clampedToMonthEnd: boolean;
}

const SHANGHAI = 'Asia/Shanghai';

/**
 * The last day of a period that starts after `startDay`: months and years first, on the
 * corresponding day (date-fns' `addMonths` in the Asia/Shanghai zone clamps to the
 * month's last day, as art. 202 asks), then weeks and days.
 */
export function computePeriodEnd(startDay: number, len: Required<PeriodLength>): PeriodEnd {
  let dn = startDay;
  let clamped = false;
  const months = len.years * 12 + len.months;
  if (months > 0) {
    const [y, m, d] = civilOf(startDay);
    const moved = addMonths(new TZDate(y, m - 1, d, SHANGHAI), months);
    clamped = moved.getDate() !== d;
    dn = dayNumberOf(moved.getFullYear(), moved.getMonth() + 1, moved.getDate());
  }
  return { dayNumber: dn + len.weeks * 7 + len.days, clampedToMonthEnd: clamped };
}

/**
 * The day a period counted back from `eventDay` lands on (`LAW-BEFORE`, art. 202 read
 * backwards): months and years first, to the corresponding earlier day or that month's last
 * day, then weeks and days.
 */
export function computePeriodStart(eventDay: number, len: Required<PeriodLength>): PeriodEnd {
  let dn = eventDay;
  let clamped = false;
  const months = len.years * 12 + len.months;
  if (months > 0) {
    const [y, m, d] = civilOf(eventDay);
    const moved = addMonths(new TZDate(y, m - 1, d, SHANGHAI), -months);
    clamped = moved.getDate() !== d;
    dn = dayNumberOf(moved.getFullYear(), moved.getMonth() + 1, moved.getDate());
  }
  return { dayNumber: dn - len.weeks * 7 - len.days, clampedToMonthEnd: clamped };
}
