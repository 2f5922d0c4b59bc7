import { createReason, type Reason } from '../core/reason.js';
import { cutoffReason, pushCalendarReasons, pushFallbackReason } from './calendarReasons.js';
import { type DayInput, shanghaiStartOfDayMs, weekdayOf } from './days.js';
import type { Deadline } from './deadline.js';
import { DayReader, type ReceiptOptions, readStartDay } from './options.js';
import {
  computePeriodEnd,
  describePeriodLength,
  type PeriodLength,
  readPeriodLength,
} from './periodLength.js';
import { statutoryView } from './statutoryView.js';
import { KIND_HOLIDAY } from './workCalendar.js';

/**
 * The deadline of a period counted in days, weeks, months or years, the Civil Code's
 * way: the start day is not counted (`LAW-PERIOD-START`, art. 201); a month or year
 * ends on the corresponding day, or the month's last day where there is none
 * (`LAW-PERIOD-MONTH`, art. 202); a last day that is a rest day moves to the next
 * working day (`LAW-PERIOD-REST`, art. 203); the period ends at 24:00 Asia/Shanghai of
 * its last day (`LAW-PERIOD-END`).
 *
 * Only the last day and the rest days after it need holiday data; an uncovered one
 * throws a {@link realty-crm-rules!CalendarCoverageError | CalendarCoverageError} unless
 * `{ fallback: 'weekends-only' }`.
 *
 * @rule LAW-PERIOD-START
 * @rule LAW-PERIOD-MONTH
 * @rule LAW-PERIOD-REST
 * @rule LAW-PERIOD-END
 * @example
 * ```ts
 * addPeriod('2026-01-31', { months: 1 }).lastDay; // '2026-02-28' (no Feb 31: the month's last day)
 * addPeriod('2026-09-24', { days: 7 }).lastDay; // '2026-10-08': 10-01 falls in National Day, moved to the next working day
 * ```
 */
export function addPeriod(start: DayInput, length: PeriodLength, options?: ReceiptOptions): Deadline {
  const len = readPeriodLength(length, ['length']);
  // Civil Code periods move over statutory rest days only (法定休假日): the notices' days, not a company's own.
  const reader = new DayReader(options, statutoryView);
  reader.rangePath = ['length'];
  const startDay = readStartDay(start, options, reader, ['start']);
  const end = computePeriodEnd(startDay.dayNumber, len);
  const from = reader.format(startDay.dayNumber);
  const nominal = reader.format(end.dayNumber);
  const words = describePeriodLength(len);

  // LAW-PERIOD-REST: walk off the rest days the nominal last day falls on.
  let dn = end.dayNumber;
  while (!reader.isWorking(dn)) dn++;
  const restDays = dn - end.dayNumber;
  // The holidays the last day was moved over (and the makeup day it may land on).
  const calendarReasons: Reason[] = [];
  pushCalendarReasons(calendarReasons, reader, end.dayNumber - 1, dn);
  const lastDay = reader.format(dn);

  const reasons: Reason[] = [];
  if (startDay.movedFrom !== undefined) {
    reasons.push(cutoffReason(reader, startDay.movedFrom, startDay.dayNumber, startDay.cutoff as string));
  }
  reasons.push(
    createReason(
      'LAW-PERIOD-START',
      { start: from, length: words.en, firstDay: reader.format(startDay.dayNumber + 1) },
      {
        'zh-CN': `期间${words.zh}，开始当日${from}不计入，自次日起算`,
        en: `A period of ${words.en}: the start day ${from} is not counted; it starts the next day`,
      },
    ),
  );
  if (len.months > 0 || len.years > 0) {
    reasons.push(
      createReason(
        'LAW-PERIOD-MONTH',
        { start: from, nominalLastDay: nominal, clampedToMonthEnd: end.clampedToMonthEnd },
        end.clampedToMonthEnd
          ? {
              'zh-CN': `到期月没有对应日，以月末日${nominal}为期间最后一日`,
              en: `The last month has no corresponding day: its last day, ${nominal}, is the period's last day`,
            }
          : {
              'zh-CN': `到期月的对应日${nominal}为期间最后一日`,
              en: `The corresponding day of the last month, ${nominal}, is the period's last day`,
            },
      ),
    );
  }
  if (restDays > 0) {
    const zh: string[] = [];
    const en: string[] = [];
    if (reader.kind(end.dayNumber) !== KIND_HOLIDAY) {
      const sunday = weekdayOf(end.dayNumber) === 0;
      zh.push(sunday ? '周日' : '周六');
      en.push(sunday ? 'a Sunday' : 'a Saturday');
    }
    for (const r of calendarReasons) {
      if (r.rule === 'LAW-WORKDAY' && typeof r.facts.from === 'string') {
        zh.push(String(r.facts.holiday));
        en.push(String(r.facts.holidayEn));
      }
    }
    const what = zh.join('、');
    const whatEn = en.join(', ');
    reasons.push(
      createReason(
        'LAW-PERIOD-REST',
        { nominalLastDay: nominal, restDays, lastDay },
        {
          'zh-CN': `期间最后一日${nominal}是法定休假日（${what}），以休假日结束的次日${lastDay}为期间最后一日`,
          en: `The last day ${nominal} is a rest day (${whatEn}): the period ends on the first working day after it, ${lastDay}`,
        },
      ),
    );
  }
  reasons.push(
    createReason(
      'LAW-PERIOD-END',
      { lastDay },
      {
        'zh-CN': `期间最后一日${lastDay}的截止时间为24:00（北京时间）`,
        en: `The last day, ${lastDay}, ends at 24:00 Asia/Shanghai`,
      },
    ),
  );
  if (startDay.movedFrom !== undefined)
    pushCalendarReasons(reasons, reader, startDay.movedFrom - 1, startDay.dayNumber - 1);
  for (const r of calendarReasons) if (!reasons.includes(r)) reasons.push(r);
  pushFallbackReason(reasons, reader);
  return {
    lastDay,
    endsAt: new Date(shanghaiStartOfDayMs(dn + 1)),
    fallbackUsed: reader.fallbackUsed,
    reasons,
  };
}
