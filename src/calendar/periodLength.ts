/**
 * Calendar lengths (days, weeks, months, years) and the Civil Code's way of counting
 * them: the start day is not counted (art. 201) and a month or year ends on the
 * corresponding day, or the month's last day where there is none (art. 202).
 *
 * @internal
 * @module
 */

import { describeType } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import {
  civilOf,
  dayNumberOf,
  dayOutOfRangeError,
  daysInMonth,
  FIRST_DAY_NUMBER,
  LAST_DAY_NUMBER,
} from './days.js';

/** A length of time counted in calendar units. At least one field must be positive. */
export interface PeriodLength {
  readonly days?: number;
  readonly weeks?: number;
  readonly months?: number;
  readonly years?: number;
}

const UNITS = ['years', 'months', 'weeks', 'days'] as const;

/**
 * The largest value of each unit: the span of the days the package speaks of (1901-01-01 to
 * 9999-12-31), so that every sum below is an exact integer and a longer period is refused
 * before any arithmetic.
 */
const MAX_UNIT: Readonly<Record<(typeof UNITS)[number], number>> = {
  years: 9999,
  months: 9999 * 12,
  weeks: Math.ceil((LAST_DAY_NUMBER - FIRST_DAY_NUMBER) / 7),
  days: LAST_DAY_NUMBER - FIRST_DAY_NUMBER,
};

/** Checks a period length and returns it with every unit filled in. */
export function readPeriodLength(length: PeriodLength, path: readonly string[]): Required<PeriodLength> {
  if (typeof length !== 'object' || length === null) {
    throw new InvalidArgumentError(
      path,
      `expected { days?, weeks?, months?, years? }, got ${describeType(length)}`,
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
      throw new InvalidArgumentError([...path, unit], `expected a whole number >= 0, got ${describeType(v)}`);
    }
    if (v > MAX_UNIT[unit]) {
      throw new InvalidArgumentError(
        [...path, unit],
        `expected at most ${MAX_UNIT[unit]} ${unit}, got ${v}: a longer period ends after 9999-12-31, the last day the package counts`,
      );
    }
    out[unit] = v;
    // Stryker disable next-line AssignmentOperator: every v is >= 0, so -v sums to 0 exactly when v does
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

/**
 * The day `months` months after (or, negative, before) a day, on the corresponding day of
 * the month or that month's last day where it has none (art. 202). Day-number arithmetic:
 * no `Date`, so no two-digit-year rule and no host or historical time zone.
 */
function shiftMonths(dayNumber: number, months: number, path: readonly string[]): PeriodEnd {
  const [y, m, d] = civilOf(dayNumber);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  // Without this check checkedEnd refuses the same day with the same words (dayNumberOf counts any
  // year): only `>= 9999` and the side named can be told apart.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: checkedEnd throws the same error
  if (year < 1901 || year > 9999)
    throw dayOutOfRangeError(
      // Stryker disable next-line EqualityOperator,ArithmeticOperator: 1901 never gets here; LAST + 1 and LAST - 1 are both after 9999-12-31's side
      year < 1901 ? FIRST_DAY_NUMBER - 1 : LAST_DAY_NUMBER + 1,
      path,
      'the period ends',
    );
  const day = Math.min(d, daysInMonth(year, month));
  return { dayNumber: dayNumberOf(year, month, day), clampedToMonthEnd: day !== d };
}

/** A period's end day, checked to lie in the days the package speaks of. */
function checkedEnd(end: PeriodEnd, path: readonly string[]): PeriodEnd {
  if (end.dayNumber < FIRST_DAY_NUMBER || end.dayNumber > LAST_DAY_NUMBER)
    throw dayOutOfRangeError(end.dayNumber, path, 'the period ends');
  return end;
}

/**
 * The last day of a period that starts after `startDay`: months and years first, on the
 * corresponding day or the month's last day (art. 202), then weeks and days. Throws an
 * {@link InvalidArgumentError} at `path` when it would end after 9999-12-31.
 */
export function computePeriodEnd(
  startDay: number,
  len: Required<PeriodLength>,
  path: readonly string[] = ['length'],
): PeriodEnd {
  const months = len.years * 12 + len.months;
  const shifted =
    // Stryker disable next-line ConditionalExpression,EqualityOperator: shifting by 0 months gives the same day, not clamped
    months > 0 ? shiftMonths(startDay, months, path) : { dayNumber: startDay, clampedToMonthEnd: false };
  return checkedEnd(
    { dayNumber: shifted.dayNumber + len.weeks * 7 + len.days, clampedToMonthEnd: shifted.clampedToMonthEnd },
    path,
  );
}

/**
 * The day a period counted back from `eventDay` lands on (`LAW-BEFORE`, art. 202 read
 * backwards): months and years first, to the corresponding earlier day or that month's last
 * day, then weeks and days. Throws at `path` when it would land before 1901-01-01.
 */
export function computePeriodStart(
  eventDay: number,
  len: Required<PeriodLength>,
  path: readonly string[] = ['length'],
): PeriodEnd {
  const months = len.years * 12 + len.months;
  const shifted =
    // Stryker disable next-line ConditionalExpression,EqualityOperator: shifting by 0 months gives the same day, not clamped
    months > 0 ? shiftMonths(eventDay, -months, path) : { dayNumber: eventDay, clampedToMonthEnd: false };
  return checkedEnd(
    { dayNumber: shifted.dayNumber - len.weeks * 7 - len.days, clampedToMonthEnd: shifted.clampedToMonthEnd },
    path,
  );
}
