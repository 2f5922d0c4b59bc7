import type { DayInput } from './days.js';
import { toDayNumber } from './days.js';
import { type CalendarOptions, DayReader } from './options.js';
import { type HolidayLabel, KIND_HOLIDAY, KIND_MAKEUP, KIND_WEEKEND, KIND_WORKDAY } from './workCalendar.js';

/** The kinds of day (`LAW-WORKDAY`). */
export type DayKindName = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/** What kind of day a day is, and why. */
export interface DayKind {
  /** The Asia/Shanghai day, `YYYY-MM-DD`. */
  readonly day: string;
  /** `workday` (Mon-Fri), `weekend`, `holiday` (a statutory day off, or a caller's day off), `makeup-workday` (调休上班). */
  readonly kind: DayKindName;
  /** True for `workday` and `makeup-workday`. */
  readonly isWorkingDay: boolean;
  /** For a holiday or makeup day: the holiday's names and the notice that set it (`null` for a caller's own day). */
  readonly holiday: { readonly name: string; readonly nameEn: string; readonly notice: string | null } | null;
  /** True when the day is not covered and the weekends-only fallback decided it. */
  readonly fallbackUsed: boolean;
}

const NAMES: Record<number, DayKindName> = {
  [KIND_WORKDAY]: 'workday',
  [KIND_WEEKEND]: 'weekend',
  [KIND_HOLIDAY]: 'holiday',
  [KIND_MAKEUP]: 'makeup-workday',
};

/**
 * The kind of a day: working day, weekend, statutory holiday (with its name and notice),
 * or makeup working day (`LAW-WORKDAY`). An instant is read as the Asia/Shanghai day it
 * falls on.
 *
 * @rule LAW-WORKDAY
 * @example
 * ```ts
 * computeDayKind('2026-02-14');
 * // { day: '2026-02-14', kind: 'makeup-workday', isWorkingDay: true,
 * //   holiday: { name: '春节', nameEn: 'Spring Festival', notice: '国办发明电〔2025〕7号' }, fallbackUsed: false }
 * ```
 */
export function computeDayKind(day: DayInput, options?: CalendarOptions): DayKind {
  const reader = new DayReader(options);
  const dn = toDayNumber(day, ['day']);
  const k = reader.kind(dn);
  const cal = reader.calendar;
  // A listed day (a holiday or a makeup day) has its label in the table.
  const label =
    k === KIND_HOLIDAY || k === KIND_MAKEUP
      ? (cal.labels[reader.labelIndex[dn - cal.base] as number] as HolidayLabel)
      : null;
  return {
    day: reader.format(dn),
    kind: NAMES[k] as DayKindName,
    isWorkingDay: k === KIND_WORKDAY || k === KIND_MAKEUP,
    holiday: label === null ? null : { name: label.name, nameEn: label.nameEn, notice: label.notice },
    fallbackUsed: reader.fallbackUsed,
  };
}
