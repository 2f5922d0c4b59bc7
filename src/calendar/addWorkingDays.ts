import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Reason } from '../core/reason.js';
import { cutoffReason, noteHoliday, pushCalendarReasons, type SpecialDays } from './calendarReasons.js';
import type { Deadline } from './deadline.js';
import { type DayInput, describeValue, shanghaiStartOfDayMs } from './days.js';
import { DayReader, type ReceiptOptions, readStartDay } from './options.js';
import { FLAG_UNCOVERED, KIND_HOLIDAY, KIND_MAKEUP, KIND_WORKDAY } from './workCalendar.js';

/**
 * The deadline `n` working days after `start` (`LAW-WORKDAY-PERIOD`): the start's
 * Asia/Shanghai day is not counted, even when it is a working day; the period ends at
 * 24:00 of the n-th working day after it. Working days follow the State Council
 * notices (`LAW-WORKDAY`): statutory holidays are skipped and makeup working days
 * (调休上班) count. `n = 0` gives the start day itself (something due "the same day").
 *
 * The reasons name every holiday skipped and makeup day counted. Throws a
 * {@link CalendarCoverageError} naming the year when a day needed is not covered
 * (`LAW-COVERAGE`), unless `{ fallback: 'weekends-only' }`.
 *
 * @rule LAW-WORKDAY-PERIOD
 * @rule LAW-WORKDAY
 * @rule LAW-PERIOD-END
 * @example
 * ```ts
 * const d = addWorkingDays('2026-09-30', 5);
 * d.lastDay; // '2026-10-13': 10-01..07 are National Day, 10-10 (Sat) is a makeup working day
 * d.endsAt.toISOString(); // '2026-10-13T16:00:00.000Z' (2026-10-14 00:00 Asia/Shanghai)
 * d.reasons.map((r) => r.rule); // ['LAW-WORKDAY-PERIOD', 'LAW-WORKDAY', 'LAW-WORKDAY']
 * ```
 */
export function addWorkingDays(start: DayInput, n: number, options?: ReceiptOptions): Deadline {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new InvalidArgumentError(['n'], `expected a whole number of working days >= 0, got ${describeValue(n)}`);
  }
  const reader = new DayReader(options);
  const startDay = readStartDay(start, options, reader, ['start']);
  const cal = reader.calendar;
  const { kinds, base } = cal;
  const size = kinds.length;
  let special: SpecialDays | null = null;
  let dn = startDay.dayNumber;
  let counted = 0;
  while (counted < n) {
    dn++;
    const i = dn - base;
    let k = i >= 0 && i < size ? (kinds[i] as number) : FLAG_UNCOVERED;
    if (k & FLAG_UNCOVERED) k = reader.kind(dn);
    if (k === KIND_WORKDAY) counted++;
    else if (k === KIND_MAKEUP) {
      counted++;
      special ??= { holidays: [], makeups: [] };
      special.makeups.push({ label: reader.label(dn), day: dn });
    } else if (k === KIND_HOLIDAY) {
      special ??= { holidays: [], makeups: [] };
      noteHoliday(special, reader.label(dn), dn);
    }
  }
  const from = reader.format(startDay.dayNumber);
  const lastDay = reader.format(dn);
  const reasons: Reason[] = [];
  if (startDay.movedFrom !== undefined) {
    reasons.push(cutoffReason(reader, startDay.movedFrom, startDay.dayNumber, startDay.cutoff as string));
  }
  reasons.push(
    createReason(
      'LAW-WORKDAY-PERIOD',
      { start: from, workingDays: n, lastDay },
      n === 0
        ? {
            'zh-CN': `当日办结：期间最后一日为${lastDay}，至当日24:00（北京时间）届满`,
            en: `Due the same day: the last day is ${lastDay}, ending at 24:00 Asia/Shanghai`,
          }
        : {
            'zh-CN': `自${from}起算${n}个工作日（起算日不计入），期间最后一日为${lastDay}，至当日24:00（北京时间）届满`,
            en: `${n} working day${n === 1 ? '' : 's'} after ${from} (the start day not counted): the last day is ${lastDay}, ending at 24:00 Asia/Shanghai`,
          },
    ),
  );
  pushCalendarReasons(reasons, reader, special);
  return {
    lastDay,
    endsAt: new Date(shanghaiStartOfDayMs(dn + 1)),
    fallbackUsed: reader.fallbackUsed,
    reasons,
  };
}
