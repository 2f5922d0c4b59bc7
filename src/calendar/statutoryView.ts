/**
 * The statutory view of a calendar: per-day kinds, labels and listed-day counts from the
 * notices alone, without the caller's own days. Civil Code periods move over statutory rest
 * days only (法定休假日, art. 203, `LAW-PERIOD-REST`). Built on first use and kept per
 * calendar, outside the class, so that a bundle that never counts a Civil Code period
 * (`addWorkingDays` alone) does not carry it (issue 14).
 *
 * @rule LAW-PERIOD-REST
 * @internal
 * @module
 */

import { tryParseDayString } from './days.js';
import {
  compileView,
  type DayView,
  FLAG_UNCOVERED,
  labelKeyOf,
  noticeOfDay,
  type WorkCalendar,
} from './workCalendar.js';

const views = new WeakMap<WorkCalendar, DayView>();

/** The calendar's statutory view: the calendar's own arrays when the caller added no days. */
export function statutoryView(cal: WorkCalendar): DayView {
  if (cal.extraDays.length === 0) return cal;
  let view = views.get(cal);
  if (view === undefined) {
    // The label indexes the constructor gave each notice day (the same name, English name and notice).
    const labelIndexOf = new Map(cal.labels.map((l, i) => [labelKeyOf(l, l.notice).key, i]));
    const listed = new Map<number, { off: boolean; label: number }>();
    for (const year of cal.years) {
      for (const d of year.days) {
        listed.set(tryParseDayString(d.date) as number, {
          off: d.isOffDay,
          label: labelIndexOf.get(labelKeyOf(d, noticeOfDay(year, d)).key) as number,
        });
      }
    }
    // Uncovered by year, as the constructor reads it (not from the calendar's kinds: there a
    // company's own day in an uncovered year is known, here it is not).
    const covered = new Set(cal.coveredYears);
    const uncovered = new Uint8Array(cal.kinds.length);
    for (let i = 0; i < uncovered.length; i++)
      if (!covered.has(Number(cal.dayStrings[i]?.slice(0, 4)))) uncovered[i] = FLAG_UNCOVERED;
    view = Object.freeze(compileView(listed, cal.base, uncovered));
    views.set(cal, view);
  }
  return view;
}
