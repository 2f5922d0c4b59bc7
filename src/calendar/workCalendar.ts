/**
 * A working-day calendar: the built-in State Council notices, plus the years and days a
 * caller supplies, compiled once into dense per-day tables so that every later question
 * is an array read.
 *
 * @rule LAW-WORKDAY
 * @rule LAW-COVERAGE
 * @module
 */

import type { Reason } from '../core/reason.js';
import {
  type DayString,
  dayNumberOf,
  formatDayNumber,
  isWeekendDayNumber,
  tryParseDayString,
} from './days.js';
import { BUILT_IN_HOLIDAY_YEARS } from './holidays/index.js';
import { HOLIDAY_NAMES, type HolidayDay, type HolidayNotice, type HolidayYear } from './holidays/types.js';

/** Kind codes of the per-day table. */
export const KIND_WORKDAY = 1;
export const KIND_WEEKEND = 2;
export const KIND_HOLIDAY = 3;
export const KIND_MAKEUP = 4;
/** Set on a day no notice covers: its kind is then only the weekday's. */
export const FLAG_UNCOVERED = 8;

/** A holiday's name in both languages, with the notice that set the day. */
export interface HolidayLabel {
  readonly name: string;
  readonly nameEn: string;
  /** The notice number, or `null` for a day the caller added (a company's own day off). */
  readonly notice: string | null;
}

/** The options of {@link createWorkCalendar}. */
export interface WorkCalendarOptions {
  /**
   * Years of holiday data to add, in the shape of the built-in files: a notice published
   * after this release, or a corrected one (a year given here replaces the built-in year).
   */
  readonly years?: readonly HolidayYear[];
  /**
   * Single days to set on top of the notices: a company's extra day off (`isOffDay: true`)
   * or a weekend it works (`isOffDay: false`). These days count as covered.
   */
  readonly days?: readonly Omit<HolidayDay, 'notice'>[];
  /** Start from the built-in years 2008-2026 (default `true`). */
  readonly builtIn?: boolean;
}

/**
 * A compiled working-day calendar. Immutable; make one with {@link createWorkCalendar}
 * and pass it as `{ calendar }` to any calendar function. Two calendars can be used side
 * by side in one process.
 */
export class WorkCalendar {
  /** The years covered in full, oldest first. */
  declare readonly coveredYears: readonly number[];
  /** The holiday data the calendar was built from, oldest year first. */
  declare readonly years: readonly HolidayYear[];
  /** The caller's own days, as given. */
  declare readonly extraDays: readonly Omit<HolidayDay, 'notice'>[];

  /** @internal Day number of the first table entry. */
  declare readonly base: number;
  /** @internal Kind code (with {@link FLAG_UNCOVERED}) of each day from `base`. */
  declare readonly kinds: Uint8Array;
  /** @internal Index into `labels` of each holiday or makeup day (0: none). */
  declare readonly labelIndex: Uint16Array;
  /** @internal Holiday labels; index 0 is unused. */
  declare readonly labels: readonly HolidayLabel[];
  /** @internal `workPrefix[i]`: working days in table entries `[0, i)`. */
  declare readonly workPrefix: Int32Array;
  /** @internal `uncoveredPrefix[i]`: uncovered days in table entries `[0, i)`. */
  declare readonly uncoveredPrefix: Int32Array;
  /** @internal `listedPrefix[i]`: holidays and makeup days in table entries `[0, i)`. */
  declare readonly listedPrefix: Int32Array;
  /** @internal `workAt[k]`: the table index of the (k+1)-th working day of the table. */
  declare readonly workAt: Int32Array;
  /** @internal The `YYYY-MM-DD` string of each table entry. */
  declare readonly dayStrings: readonly DayString[];
  /**
   * @internal Frozen reasons for holiday runs and makeup days, which depend only on the
   * days involved: built once per calendar, shared by every result.
   */
  declare readonly reasonCache: Map<number, Reason>;

  /** @internal Use {@link createWorkCalendar}. */
  constructor(years: readonly HolidayYear[], extraDays: readonly Omit<HolidayDay, 'notice'>[]) {
    // Fields are declared, not defined (fewer bytes in a browser bundle, issue 14): assigned in
    // the order they are declared, so the object's keys keep that order.
    const sorted = Object.freeze([...years].sort((a, b) => a.year - b.year));
    this.coveredYears = Object.freeze(sorted.map((y) => y.year));
    this.years = sorted;
    this.extraDays = Object.freeze([...extraDays]);

    const labels: HolidayLabel[] = [{ name: '', nameEn: '', notice: null }];
    const labelKeys = new Map<string, number>();
    // Every listed day: the notices' (createWorkCalendar has refused a day two notices set), then the caller's.
    const listed = new Map<number, { off: boolean; label: number }>();
    const list = (d: Omit<HolidayDay, 'notice'>, notice: string | null): void => {
      const { key, nameEn } = labelKeyOf(d, notice);
      let label = labelKeys.get(key);
      if (label === undefined) {
        label = labels.length;
        labels.push(Object.freeze({ name: d.name, nameEn, notice }));
        labelKeys.set(key, label);
      }
      listed.set(tryParseDayString(d.date) as number, { off: d.isOffDay, label });
    };
    for (const year of this.years) for (const d of year.days) list(d, noticeOfDay(year, d));
    for (const d of this.extraDays) list(d, null);

    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const y of this.coveredYears) {
      first = Math.min(first, dayNumberOf(y, 1, 1));
      last = Math.max(last, dayNumberOf(y, 12, 31));
    }
    for (const dn of listed.keys()) {
      first = Math.min(first, dn);
      last = Math.max(last, dn);
    }
    if (!Number.isFinite(first)) {
      first = 0;
      last = -1;
    }
    const size = last - first + 1;
    const covered = new Set(this.coveredYears);
    const dayStrings: DayString[] = new Array(size);
    const uncovered = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      const s = formatDayNumber(first + i);
      dayStrings[i] = s;
      if (!covered.has(Number(s.slice(0, 4)))) uncovered[i] = FLAG_UNCOVERED;
    }
    const view = compileView(listed, first, uncovered);
    const { kinds } = view;
    const workPrefix = new Int32Array(size + 1);
    const uncoveredPrefix = new Int32Array(size + 1);
    const workAt: number[] = [];
    for (let i = 0; i < size; i++) {
      const kind = kinds[i] as number;
      const k = kind & 7;
      const working = k === KIND_WORKDAY || k === KIND_MAKEUP;
      if (working) workAt.push(i);
      workPrefix[i + 1] = (workPrefix[i] as number) + (working ? 1 : 0);
      uncoveredPrefix[i + 1] = (uncoveredPrefix[i] as number) + (kind & FLAG_UNCOVERED ? 1 : 0);
    }
    this.base = first;
    this.kinds = kinds;
    this.labelIndex = view.labelIndex;
    this.labels = Object.freeze(labels);
    this.workPrefix = workPrefix;
    this.uncoveredPrefix = uncoveredPrefix;
    this.listedPrefix = view.listedPrefix;
    this.workAt = Int32Array.from(workAt);
    this.dayStrings = Object.freeze(dayStrings);
    this.reasonCache = new Map();
    Object.freeze(this);
  }

  /** Every notice the calendar holds, oldest first. */
  get notices(): readonly HolidayNotice[] {
    return this.years.flatMap((y) => y.notices);
  }
}

/**
 * A listed day's English name (the built-in one when the day gives none) and the key that
 * makes one label per name, English name and notice.
 *
 * @internal
 */
export function labelKeyOf(
  d: { readonly name: string; readonly nameEn?: string | undefined },
  notice: string | null,
): { readonly key: string; readonly nameEn: string } {
  const nameEn = d.nameEn ?? (HOLIDAY_NAMES as Record<string, string>)[d.name] ?? d.name;
  return { key: `${d.name}\u0000${nameEn}\u0000${notice ?? ''}`, nameEn };
}

/** The notice that set a notice day: its own, else its year's main notice. @internal */
export function noticeOfDay(year: HolidayYear, d: HolidayDay): string | null {
  return d.notice ?? year.notices[0]?.number ?? null;
}

/** Per-day kinds, holiday labels and the listed-day prefix count of a calendar's table. */
export interface DayView {
  readonly kinds: Uint8Array;
  readonly labelIndex: Uint16Array;
  readonly listedPrefix: Int32Array;
}

/**
 * The per-day kinds, labels and listed-day prefix count of a table from `first`: a listed
 * day is a holiday or a makeup day, any other day its weekday's kind, flagged uncovered
 * where `uncovered` says so.
 */
export function compileView(
  listed: ReadonlyMap<number, { off: boolean; label: number }>,
  first: number,
  uncovered: Uint8Array,
): DayView {
  const size = uncovered.length;
  const kinds = new Uint8Array(size);
  const labelIndex = new Uint16Array(size);
  const listedPrefix = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) {
    const dn = first + i;
    const entry = listed.get(dn);
    if (entry !== undefined) {
      kinds[i] = entry.off ? KIND_HOLIDAY : KIND_MAKEUP;
      labelIndex[i] = entry.label;
    } else {
      kinds[i] = (isWeekendDayNumber(dn) ? KIND_WEEKEND : KIND_WORKDAY) | (uncovered[i] as number);
    }
    listedPrefix[i + 1] = (listedPrefix[i] as number) + (entry !== undefined ? 1 : 0);
  }
  return { kinds, labelIndex, listedPrefix };
}

let builtInCalendar: WorkCalendar | undefined;

/** The calendar of the built-in years, compiled on first use and shared (it is immutable). */
export function defaultWorkCalendar(): WorkCalendar {
  if (builtInCalendar === undefined) builtInCalendar = new WorkCalendar(BUILT_IN_HOLIDAY_YEARS, []);
  return builtInCalendar;
}
