/**
 * Heating and cooling seasons (`LAW-WARRANTY-SEASON`): reading a season `{ from, to }`
 * (`MM-DD`), and counting whole seasons that begin after the day a clock starts.
 *
 * @internal
 * @module
 */

import { civilOf, dayNumberOf, formatDayNumber } from '../calendar/days.js';
import { describeCode, expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';

/** A season as the caller writes it: its first and last day, `MM-DD` (the last in the next year when before the first). */
export interface SeasonDates {
  /** The first day, `MM-DD`, e.g. `'11-15'`. */
  readonly from: string;
  /** The last day, `MM-DD`, e.g. `'03-15'`. */
  readonly to: string;
}

/** A season read and checked. @internal */
export interface ReadSeason extends SeasonDates {
  readonly fromMonth: number;
  readonly fromDay: number;
  readonly toMonth: number;
  readonly toDay: number;
  /** True when it ends in the year after it begins (a heating season). */
  readonly crossesYear: boolean;
}

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function readMonthDay(value: unknown, path: readonly (string | number)[]): [number, number] {
  const m = typeof value === 'string' ? MONTH_DAY.exec(value) : null;
  if (m === null) {
    throw new InvalidArgumentError(
      path,
      `expected a day of the year MM-DD such as '11-15', got ${describeCode(value)}`,
    );
  }
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month === 2 && day === 29) {
    throw new InvalidArgumentError(path, "'02-29' is not a day of every year: give '02-28' or '03-01'");
  }
  if (day > (DAYS_IN_MONTH[month - 1] as number)) {
    throw new InvalidArgumentError(
      path,
      `${describeCode(value)} is not a day of the year (month ${month} has ${DAYS_IN_MONTH[month - 1]} days)`,
    );
  }
  return [month, day];
}

/** Reads `{ from: 'MM-DD', to: 'MM-DD' }`, or throws a path-addressed error. @internal */
export function readSeason(value: unknown, path: readonly (string | number)[]): ReadSeason {
  const obj = expectPlainObject(value, path);
  for (const key of Object.keys(obj)) {
    if (key !== 'from' && key !== 'to') {
      throw new InvalidArgumentError(
        [...path, key],
        "unknown key; a season is { from: 'MM-DD', to: 'MM-DD' }",
      );
    }
  }
  const [fromMonth, fromDay] = readMonthDay(obj.from, [...path, 'from']);
  const [toMonth, toDay] = readMonthDay(obj.to, [...path, 'to']);
  const fromKey = fromMonth * 100 + fromDay;
  const toKey = toMonth * 100 + toDay;
  if (fromKey === toKey) {
    throw new InvalidArgumentError(path, 'a season needs different first and last days');
  }
  return {
    from: obj.from as string,
    to: obj.to as string,
    fromMonth,
    fromDay,
    toMonth,
    toDay,
    crossesYear: toKey < fromKey,
  };
}

/** The whole seasons counted after a clock's start day, and the one in progress on it. @internal */
export interface SeasonCount {
  /** The first and last day of each season counted, `YYYY-MM-DD`. */
  readonly counted: readonly { readonly from: string; readonly to: string }[];
  /** The last day of the last season counted. */
  readonly lastDayNumber: number;
  /** The season in progress on the start day (not counted), or `null`. */
  readonly inProgress: { readonly from: string; readonly to: string } | null;
}

/**
 * Counts `n` whole seasons that begin after `startDay` (`LAW-WARRANTY-SEASON`): a season
 * that begins on the start day itself or earlier is not counted, since a period does not
 * count its start day (`LAW-PERIOD-START`) and a season in progress is not whole.
 *
 * @internal
 */
export function countSeasons(startDay: number, n: number, season: ReadSeason): SeasonCount {
  const [year] = civilOf(startDay);
  const startOf = (y: number) => dayNumberOf(y, season.fromMonth, season.fromDay);
  const endOf = (y: number) => dayNumberOf(season.crossesYear ? y + 1 : y, season.toMonth, season.toDay);
  // The season that began most recently on or before the start day.
  const previous = startOf(year) <= startDay ? year : year - 1;
  const inProgress =
    endOf(previous) >= startDay
      ? { from: formatDayNumber(startOf(previous)), to: formatDayNumber(endOf(previous)) }
      : null;
  const first = previous + 1;
  const counted: { from: string; to: string }[] = [];
  for (let k = 0; k < n; k++) {
    counted.push({ from: formatDayNumber(startOf(first + k)), to: formatDayNumber(endOf(first + k)) });
  }
  return { counted, lastDayNumber: endOf(first + n - 1), inProgress };
}
