/**
 * The reasons the calendar gives, in zh-CN and en. One builder per rule, so the wording
 * of a rule lives in one place.
 *
 * @internal
 * @module
 */

import { describeCoveredYears } from '../core/errors.js';
import { createReason, type Reason } from '../core/reason.js';
import { WEEKDAY_NAMES, weekdayOf } from './days.js';
import type { DayReader } from './options.js';
import { type HolidayLabel, KIND_HOLIDAY, KIND_MAKEUP } from './workCalendar.js';

const WEEKDAY_ZH = WEEKDAY_NAMES['zh-CN'];
const WEEKDAY_EN = WEEKDAY_NAMES.en;

/**
 * A reason that depends on the days involved only, built once per calendar and frozen so
 * that one object is shared by every result.
 */
function cachedReason(reader: DayReader, key: number, make: () => Reason): Reason {
  const cache = reader.calendar.reasonCache;
  let reason = cache.get(key);
  if (reason === undefined) {
    reason = make();
    Object.freeze(reason.facts);
    Object.freeze(reason.message);
    cache.set(key, Object.freeze(reason));
  }
  return reason;
}

/** A span of days in words: one day alone, or `from至to` / `from to to`. */
function spanOf(from: string, to: string, en: boolean): string {
  return from === to ? from : `${from}${en ? ' to ' : '至'}${to}`;
}

/** `LAW-WORKDAY`: a run of a holiday's off days skipped. */
function holidayRunReason(reader: DayReader, label: HolidayLabel, fromDn: number, toDn: number): Reason {
  return cachedReason(reader, fromDn * 4096 + (toDn - fromDn), () => {
    const from = reader.format(fromDn);
    const to = reader.format(toDn);
    const notice = label.notice;
    return createReason(
      'LAW-WORKDAY',
      { holiday: label.name, holidayEn: label.nameEn, from, to, notice },
      {
        'zh-CN': `${label.name}放假（${spanOf(from, to, false)}，${notice ?? '单位自定休息日'}），不计工作日`,
        en: `${label.nameEn} off (${spanOf(from, to, true)}, ${notice ?? "the caller's own day off"}): not working days`,
      },
    );
  });
}

/** `LAW-WORKDAY`: a makeup working day counted. */
function makeupDayReason(reader: DayReader, label: HolidayLabel, dn: number): Reason {
  return cachedReason(reader, -dn - 1, () => {
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
  });
}

/** `LAW-COVERAGE`: the weekends-only fallback was used. */
export function fallbackReason(reader: DayReader): Reason {
  const from = reader.format(reader.fallbackFrom);
  const to = reader.format(reader.fallbackTo);
  const covered = describeCoveredYears(reader.calendar.coveredYears);
  return createReason(
    'LAW-COVERAGE',
    { fallback: 'weekends-only', from, to, coveredYears: covered },
    {
      'zh-CN': `日历未覆盖${spanOf(from, to, false)}（无节假日安排通知），按仅排除周末的方式估算，结果可能不准确`,
      en: `The calendar does not cover ${spanOf(from, to, true)} (no holiday notice): counted weekends only, so the result is an estimate`,
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

/**
 * Appends the `LAW-WORKDAY` reasons of the holidays (one per holiday block, named with the
 * block's full range as the notice sets it) and makeup days met in `(after, upTo]`.
 * Holidays exist only inside the table, so only that part is scanned, and a prefix count
 * skips the scan when there are none (the common case). A reason already in the list is
 * not added twice.
 */
export function pushCalendarReasons(reasons: Reason[], reader: DayReader, after: number, upTo: number): void {
  const cal = reader.calendar;
  const { kinds, labelIndex, listedPrefix } = reader;
  const size = kinds.length;
  const a = Math.max(after + 1 - cal.base, 0);
  const b = Math.min(upTo - cal.base, size - 1);
  if (a > b || listedPrefix[b + 1] === listedPrefix[a]) return;
  const { labels, base } = cal;
  const sameBlock = (j: number, li: number) =>
    ((kinds[j] as number) & 7) === KIND_HOLIDAY && labelIndex[j] === li;
  for (let i = a; i <= b; i++) {
    const k = (kinds[i] as number) & 7;
    if (k === KIND_HOLIDAY) {
      const li = labelIndex[i] as number;
      let start = i;
      while (start > 0 && sameBlock(start - 1, li)) start--;
      let end = i;
      while (end < size - 1 && sameBlock(end + 1, li)) end++;
      const r = holidayRunReason(reader, labels[li] as HolidayLabel, base + start, base + end);
      if (!reasons.includes(r)) reasons.push(r);
      i = end;
    } else if (k === KIND_MAKEUP) {
      const r = makeupDayReason(reader, labels[labelIndex[i] as number] as HolidayLabel, base + i);
      if (!reasons.includes(r)) reasons.push(r);
    }
  }
}

/** Appends the `LAW-COVERAGE` reason when the weekends-only fallback was used. */
export function pushFallbackReason(reasons: Reason[], reader: DayReader): void {
  if (reader.fallbackUsed) reasons.push(fallbackReason(reader));
}
