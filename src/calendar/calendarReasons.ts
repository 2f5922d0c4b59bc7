/**
 * The reasons the calendar gives, in zh-CN and en. One builder per rule, so the wording
 * of a rule lives in one place.
 *
 * @internal
 * @module
 */

import { createReason, type Reason } from '../core/reason.js';
import type { DayReader } from './options.js';
import type { HolidayLabel } from './workCalendar.js';
import { weekdayOf } from './days.js';

const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;
const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** A run of consecutive off days of one holiday met by a computation. */
export interface HolidayRun {
  readonly label: HolidayLabel;
  readonly from: number;
  to: number;
}

/** Off-day runs and makeup days met while walking a span of days. */
export interface SpecialDays {
  readonly holidays: HolidayRun[];
  readonly makeups: { readonly label: HolidayLabel; readonly day: number }[];
}

/** `LAW-WORKDAY`: a holiday block skipped. */
export function holidayRunReason(reader: DayReader, run: HolidayRun): Reason {
  const { label } = run;
  const from = reader.format(run.from);
  const to = reader.format(run.to);
  const span = from === to ? from : `${from}至${to}`;
  const spanEn = from === to ? from : `${from} to ${to}`;
  const by = label.notice === null ? '单位自定休息日' : label.notice;
  const byEn = label.notice === null ? "the caller's own day off" : label.notice;
  return createReason(
    'LAW-WORKDAY',
    { holiday: label.name, holidayEn: label.nameEn, from, to, notice: label.notice },
    {
      'zh-CN': `${label.name}放假（${span}，${by}），不计工作日`,
      en: `${label.nameEn} off (${spanEn}, ${byEn}): not working days`,
    },
  );
}

/** `LAW-WORKDAY`: a makeup working day counted. */
export function makeupDayReason(reader: DayReader, label: HolidayLabel, dn: number): Reason {
  const day = reader.format(dn);
  const w = weekdayOf(dn);
  return createReason(
    'LAW-WORKDAY',
    { makeupDay: day, holiday: label.name, holidayEn: label.nameEn, notice: label.notice },
    {
      'zh-CN': `${day}（${WEEKDAY_ZH[w]}）为${label.name}调休上班日，计为工作日`,
      en: `${day} (${WEEKDAY_EN[w]}) is a makeup working day for ${label.nameEn}: a working day`,
    },
  );
}

/** `LAW-COVERAGE`: the weekends-only fallback was used. */
export function fallbackReason(reader: DayReader): Reason {
  const from = reader.format(reader.fallbackFrom);
  const to = reader.format(reader.fallbackTo);
  const years = reader.calendar.coveredYears;
  const covered = years.length > 0 ? `${years[0]}-${years[years.length - 1]}` : 'none';
  return createReason(
    'LAW-COVERAGE',
    { fallback: 'weekends-only', from, to, coveredYears: covered },
    {
      'zh-CN': `日历未覆盖${from}至${to}（无节假日安排通知），按仅排除周末的方式估算，结果可能不准确`,
      en: `The calendar does not cover ${from} to ${to} (no holiday notice): counted weekends only, so the result is an estimate`,
    },
  );
}

/** `LAW-PERIOD-START` applied through a daily cut-off. */
export function cutoffReason(reader: DayReader, movedFrom: number, to: number, cutoff: string): Reason {
  const a = reader.format(movedFrom);
  const b = reader.format(to);
  return createReason(
    'LAW-PERIOD-START',
    { receivedOn: a, cutoff, countsAsReceivedOn: b },
    {
      'zh-CN': `${a}于每日截止时间${cutoff}之后或非工作日收到，视为${b}收到`,
      en: `Received on ${a} after the ${cutoff} cut-off or on a non-working day: counts as received on ${b}`,
    },
  );
}

/** Appends the reasons of the holidays and makeup days met, then the fallback's if used. */
export function pushCalendarReasons(reasons: Reason[], reader: DayReader, special: SpecialDays | null): void {
  if (special !== null) {
    for (const run of special.holidays) reasons.push(holidayRunReason(reader, run));
    for (const m of special.makeups) reasons.push(makeupDayReason(reader, m.label, m.day));
  }
  if (reader.fallbackUsed) reasons.push(fallbackReason(reader));
}

/** Records a holiday off day into the runs (consecutive days of one label join). */
export function noteHoliday(special: SpecialDays, label: HolidayLabel, dn: number): void {
  const last = special.holidays[special.holidays.length - 1];
  if (last !== undefined && last.label === label && last.to === dn - 1) last.to = dn;
  else special.holidays.push({ label, from: dn, to: dn });
}
