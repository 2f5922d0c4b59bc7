/**
 * The options every calendar function takes, and the one place that reads a day's kind
 * from a calendar, with the coverage check of `LAW-COVERAGE`.
 *
 * @module
 */

import { describeType, expectPlainObject } from '../core/checks.js';
import { CalendarCoverageError, InvalidArgumentError } from '../core/errors.js';
import {
  type DayInput,
  dayOutOfRangeError,
  formatDayNumber,
  isDayNumberInRange,
  isWeekendDayNumber,
  LAST_DAY_NUMBER,
  readDay,
  shanghaiTimeOfDayMs,
} from './days.js';
import { firstUncoveredIn, lastUncoveredIn } from './span.js';
import {
  type DayView,
  defaultWorkCalendar,
  FLAG_UNCOVERED,
  KIND_MAKEUP,
  KIND_WEEKEND,
  KIND_WORKDAY,
  WorkCalendar,
} from './workCalendar.js';

/**
 * What to do with a day the calendar does not cover (`LAW-COVERAGE`): `'none'` (the
 * default) throws a {@link CalendarCoverageError}; `'weekends-only'` treats Monday to
 * Friday as working days, and the result says so.
 */
export type CoverageFallback = 'none' | 'weekends-only';

/** The options every calendar function takes. */
export interface CalendarOptions {
  /** The calendar to use; the built-in one (2008-2026) when absent. */
  readonly calendar?: WorkCalendar;
  /** What to do with an uncovered day; `'none'` when absent. */
  readonly fallback?: CoverageFallback;
}

/** A daily cut-off, `HH:mm` in Asia/Shanghai time, e.g. `'17:30'`. */
export type DailyCutoff = `${number}:${number}`;

/** The options of functions that count from a moment of receipt. */
export interface ReceiptOptions extends CalendarOptions {
  /**
   * Optional daily cut-off (off by default). With `'17:30'`, something received after
   * 17:30, or on a day that is not a working day, counts as received on the next
   * working day.
   */
  readonly cutoff?: DailyCutoff;
}

/**
 * Reads day kinds from a calendar for one computation, remembering whether the
 * weekends-only fallback was used and for which days.
 *
 * @internal
 */
export class DayReader {
  declare readonly calendar: WorkCalendar;
  declare readonly fallback: boolean;
  /** Per-day kinds and labels: the caller's days included, or (statutory) the notices' alone. */
  declare readonly kinds: Uint8Array;
  declare readonly labelIndex: Uint16Array;
  declare readonly listedPrefix: Int32Array;
  /** First and last uncovered day read under the fallback (NaN when none). */
  fallbackFrom = Number.NaN;
  fallbackTo = Number.NaN;

  /** The path named when a computation runs past the days the package speaks of. */
  rangePath: readonly (string | number)[] = [];

  /**
   * @param viewOf which of the calendar's day views to read (`statutoryView` for Civil Code
   * periods); the calendar's own, the caller's days included, when absent.
   */
  constructor(options: CalendarOptions | undefined, viewOf?: (calendar: WorkCalendar) => DayView) {
    const o = options === undefined ? undefined : expectPlainObject(options, ['options']);
    const calendar = o?.calendar;
    if (calendar !== undefined && !(calendar instanceof WorkCalendar)) {
      throw new InvalidArgumentError(
        ['options', 'calendar'],
        `expected a WorkCalendar made by createWorkCalendar, got ${describeType(calendar)}`,
      );
    }
    this.calendar = calendar ?? defaultWorkCalendar();
    const view = viewOf === undefined ? this.calendar : viewOf(this.calendar);
    this.kinds = view.kinds;
    this.labelIndex = view.labelIndex;
    this.listedPrefix = view.listedPrefix;
    const fallback = o?.fallback ?? 'none';
    if (fallback !== 'none' && fallback !== 'weekends-only') {
      throw new InvalidArgumentError(
        ['options', 'fallback'],
        `expected 'none' or 'weekends-only', got ${describeType(fallback)}`,
      );
    }
    this.fallback = fallback === 'weekends-only';
  }

  /**
   * Checks that the calendar covers every day of `(a, b]` (`LAW-COVERAGE`), in constant
   * time whatever the span: throws a {@link CalendarCoverageError} naming the first day it
   * does not cover, unless the fallback is on, which then records the uncovered part. Days
   * past 9999-12-31 are left to the caller's range check.
   */
  coverSpan(a: number, b: number): void {
    const cal = this.calendar;
    const first = firstUncoveredIn(cal, a, b);
    if (first === undefined || first > LAST_DAY_NUMBER) return;
    if (!this.fallback) throw new CalendarCoverageError(formatDayNumber(first), cal.coveredYears);
    const last = Math.min(lastUncoveredIn(cal, a, b) as number, LAST_DAY_NUMBER);
    if (!(this.fallbackFrom <= first)) this.fallbackFrom = first;
    if (!(this.fallbackTo >= last)) this.fallbackTo = last;
  }

  /** The kind code (1-4) of a day; throws on an uncovered day unless the fallback is on. */
  kind(dn: number): number {
    if (!isDayNumberInRange(dn))
      throw dayOutOfRangeError(dn, this.rangePath, 'the computation reaches a day');
    const cal = this.calendar;
    const i = dn - cal.base;
    let k: number;
    if (i >= 0 && i < this.kinds.length) {
      k = this.kinds[i] as number;
      if ((k & FLAG_UNCOVERED) === 0) return k;
      k &= 7;
    } else {
      k = isWeekendDayNumber(dn) ? KIND_WEEKEND : KIND_WORKDAY;
    }
    if (!this.fallback) throw new CalendarCoverageError(formatDayNumber(dn), cal.coveredYears);
    if (!(this.fallbackFrom <= dn)) this.fallbackFrom = dn;
    if (!(this.fallbackTo >= dn)) this.fallbackTo = dn;
    return k;
  }

  /** Whether the day is a working day. */
  isWorking(dn: number): boolean {
    const k = this.kind(dn);
    return k === KIND_WORKDAY || k === KIND_MAKEUP;
  }

  /** The `YYYY-MM-DD` of a day number, from the table when it can. */
  format(dn: number): string {
    const cal = this.calendar;
    const i = dn - cal.base;
    return i >= 0 && i < cal.dayStrings.length ? (cal.dayStrings[i] as string) : formatDayNumber(dn);
  }

  /** Whether the fallback was used. */
  get fallbackUsed(): boolean {
    return !Number.isNaN(this.fallbackFrom);
  }
}

/** The day a start input falls on, and the instant when it is one. */
export interface StartDay {
  readonly dayNumber: number;
  /** Set when a cut-off moved the day of receipt. */
  readonly movedFrom?: number;
  /** The cut-off that moved it. */
  readonly cutoff?: string;
}

const CUTOFF = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The Asia/Shanghai day a start falls on, after the optional daily cut-off.
 *
 * @internal
 */
export function readStartDay(
  start: DayInput,
  options: ReceiptOptions | undefined,
  reader: DayReader,
  path: readonly (string | number)[],
): StartDay {
  const { dayNumber: dn, ms } = readDay(start, path);
  const cutoff = options?.cutoff;
  if (cutoff === undefined) return { dayNumber: dn };
  const m = typeof cutoff === 'string' ? CUTOFF.exec(cutoff) : null;
  if (m === null) {
    throw new InvalidArgumentError(
      ['options', 'cutoff'],
      `expected a time HH:mm such as '17:30', got ${describeType(cutoff)}`,
    );
  }
  const cutoffMs = (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  // A bare day carries no time of day: it is received within that day's hours.
  const late = ms !== undefined && shanghaiTimeOfDayMs(ms) > cutoffMs;
  if (!late && reader.isWorking(dn)) return { dayNumber: dn };
  let next = dn + 1;
  while (!reader.isWorking(next)) next++;
  return { dayNumber: next, movedFrom: dn, cutoff };
}
