import { createReason, type Decision, type Reason } from '../core/reason.js';
import { pushCalendarReasons, pushFallbackReason } from './calendarReasons.js';
import { type DayInput, shanghaiStartOfDayMs, toDayNumber, weekdayOf } from './days.js';
import { type CalendarOptions, DayReader } from './options.js';
import {
  computePeriodStart,
  describePeriodLength,
  type PeriodLength,
  readPeriodLength,
} from './periodLength.js';
import { KIND_HOLIDAY } from './workCalendar.js';

/**
 * The day a duty is due when it is owed a period before an event (`LAW-BEFORE`): the
 * corresponding earlier day, moved to the last working day before it when it is a rest
 * day, so that the duty is never done late. Shaped as a {@link Deadline}: the duty is
 * done in time up to 24:00 of `lastDay`.
 *
 * @rule LAW-BEFORE
 */
export type DayBefore = Decision<{
  /** The event the duty precedes, `YYYY-MM-DD`. */
  readonly eventDay: string;
  /** The corresponding earlier day, before any move over rest days. */
  readonly nominalDay: string;
  /** The day the duty is due: `nominalDay`, or the last working day before it. */
  readonly lastDay: string;
  /** The exclusive end: 00:00 Asia/Shanghai of the day after `lastDay`. */
  readonly endsAt: Date;
  /** How many rest days the due day was moved back over (0 when `nominalDay` is a working day). */
  readonly movedBackDays: number;
  /** True when some day was read weekends-only because the calendar does not cover it (`LAW-COVERAGE`). */
  readonly fallbackUsed: boolean;
}>;

/**
 * Counts a period back from an event, for a duty due "a period before" it (`LAW-BEFORE`):
 * "交付前2个月", "保修期满前一个月", "at least 30 days before". Art. 202 read backwards:
 * months and years first, to the corresponding day or, where the earlier month has none,
 * its last day (06-30 minus 2 months is 04-30; 03-31 minus 1 month is the last day of
 * February); then weeks and days ("1.5 months" is `{ months: 1, days: 15 }`: 1 month back,
 * then 15 days back). When that day is not a working day (a weekend that is not a makeup
 * working day, a holiday, or a day off of the caller's calendar) the duty falls on the last
 * working day before it, so that it is never done late. "At least N days before" gives the
 * latest day allowed, which is what this returns.
 *
 * The due day is the company's own working day (an internal duty), so a calendar's own days
 * off count; years the calendar does not cover throw
 * {@link realty-crm-rules!CalendarCoverageError | CalendarCoverageError} unless
 * `{ fallback: 'weekends-only' }`.
 *
 * @rule LAW-BEFORE
 * @rule LAW-PERIOD-MONTH
 * @rule LAW-WORKDAY
 * @example
 * ```ts
 * subtractPeriod('2026-06-30', { months: 2 }).lastDay; // '2026-04-30'
 * subtractPeriod('2026-03-31', { months: 1 }).lastDay; // '2026-02-28': no Feb 31; a Saturday, but a Spring Festival makeup working day
 * subtractPeriod('2026-06-13', { months: 1, days: 15 }).lastDay; // '2026-04-28': 1 month back (05-13), then 15 days back
 * subtractPeriod('2026-10-12', { days: 7 }).lastDay; // '2026-09-30': 10-05 falls in National Day
 * ```
 */
export function subtractPeriod(event: DayInput, length: PeriodLength, options?: CalendarOptions): DayBefore {
  const len = readPeriodLength(length, ['length']);
  const reader = new DayReader(options);
  reader.rangePath = ['length'];
  const eventDn = toDayNumber(event, ['event']);
  const start = computePeriodStart(eventDn, len);
  return dueOnOrBefore(reader, eventDn, start.dayNumber, start.clampedToMonthEnd, describePeriodLength(len));
}

/**
 * The day itself when it is a working day, else the last working day before it
 * (`LAW-BEFORE`: a duty due on a day that is a rest day is done before it, never late):
 * the month's last day for a report due "at month end", the corresponding day six months
 * after a review. Shaped as {@link subtractPeriod}'s result, with `nominalDay` the day
 * given.
 *
 * @rule LAW-BEFORE
 * @rule LAW-WORKDAY
 * @example
 * ```ts
 * computeWorkingDayOnOrBefore('2026-01-31').lastDay; // '2026-01-30': a Saturday, moved to the Friday
 * computeWorkingDayOnOrBefore('2026-02-28').lastDay; // '2026-02-28': a Spring Festival makeup working day
 * ```
 */
export function computeWorkingDayOnOrBefore(day: DayInput, options?: CalendarOptions): DayBefore {
  const reader = new DayReader(options);
  reader.rangePath = ['day'];
  const dn = toDayNumber(day, ['day']);
  return dueOnOrBefore(reader, dn, dn, false, null);
}

function dueOnOrBefore(
  reader: DayReader,
  eventDn: number,
  nominalDn: number,
  clampedToMonthEnd: boolean,
  words: { zh: string; en: string } | null,
): DayBefore {
  let dn = nominalDn;
  while (!reader.isWorking(dn)) dn--;
  const eventDay = reader.format(eventDn);
  const nominalDay = reader.format(nominalDn);
  const lastDay = reader.format(dn);
  const movedBackDays = nominalDn - dn;
  const facts = {
    eventDay,
    length: words === null ? null : words.en,
    nominalDay,
    clampedToMonthEnd,
    movedBackDays,
    lastDay,
  };
  const clamp = clampedToMonthEnd
    ? { zh: '（该月没有对应日，取月末日）', en: ' (that month has no corresponding day: its last day)' }
    : { zh: '', en: '' };
  const head =
    words === null
      ? { zh: `期限日${nominalDay}`, en: `The due day ${nominalDay}` }
      : {
          zh: `${eventDay}前${words.zh}的对应日为${nominalDay}${clamp.zh}`,
          en: `${words.en} before ${eventDay} is ${nominalDay}${clamp.en}`,
        };
  const reasons: Reason[] = [];
  if (movedBackDays > 0) {
    const holidays: Reason[] = [];
    pushCalendarReasons(holidays, reader, dn, nominalDn);
    let what: { zh: string; en: string };
    if (reader.kind(nominalDn) === KIND_HOLIDAY) {
      // Every day after lastDay up to nominalDay is a rest day (a makeup day is a working day
      // and ends the walk), so `holidays` holds only holiday blocks, the nominal day's among them.
      what = {
        zh: `${holidays.map((r) => String(r.facts.holiday)).join('、')}放假日`,
        en: `a day off (${holidays.map((r) => String(r.facts.holidayEn)).join(', ')})`,
      };
    } else {
      const sunday = weekdayOf(nominalDn) === 0;
      what = { zh: sunday ? '周日' : '周六', en: sunday ? 'a Sunday' : 'a Saturday' };
    }
    reasons.push(
      createReason('LAW-BEFORE', facts, {
        'zh-CN': `${head.zh}，该日是${what.zh}，提前至其前的最后一个工作日${lastDay}，确保不致逾期`,
        en: `${head.en}, ${what.en}: due on the last working day before it, ${lastDay}, so that it is never late`,
      }),
    );
    for (const r of holidays) reasons.push(r);
  } else {
    reasons.push(
      createReason('LAW-BEFORE', facts, {
        'zh-CN': `${head.zh}，是工作日，最迟当日完成`,
        en: `${head.en}, a working day: due that day at the latest`,
      }),
    );
    pushCalendarReasons(reasons, reader, dn - 1, dn);
  }
  pushFallbackReason(reasons, reader);
  return {
    eventDay,
    nominalDay,
    lastDay,
    endsAt: new Date(shanghaiStartOfDayMs(dn + 1)),
    movedBackDays,
    fallbackUsed: reader.fallbackUsed,
    reasons,
  };
}
