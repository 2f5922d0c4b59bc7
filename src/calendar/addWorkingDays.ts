import { expectNumber } from '../core/checks.js';
import { createReason, type Reason } from '../core/reason.js';
import { cutoffReason, pushCalendarReasons, pushFallbackReason } from './calendarReasons.js';
import {
  type DayInput,
  dayOutOfRangeError,
  isDayNumberInRange,
  LAST_DAY_NUMBER,
  shanghaiStartOfDayMs,
  tryParseDayString,
} from './days.js';
import type { Deadline } from './deadline.js';
import { DayReader, type ReceiptOptions, readStartDay, type StartDay } from './options.js';
import { nthWorkingDayInView } from './span.js';

/**
 * The deadline `n` working days after `start` (`LAW-WORKDAY-PERIOD`): the start's
 * Asia/Shanghai day is not counted, even when it is a working day; the period ends at
 * 24:00 of the n-th working day after it. Working days follow the State Council
 * notices (`LAW-WORKDAY`): statutory holidays are skipped and makeup working days
 * (调休上班) count. `n = 0` gives the start day itself (something due "the same day").
 *
 * The reasons name every holiday skipped and makeup day counted. Throws a
 * {@link realty-crm-rules!CalendarCoverageError | CalendarCoverageError} naming the year
 * when a day needed is not covered (`LAW-COVERAGE`), unless
 * `{ fallback: 'weekends-only' }`; at once, however large `n` is. A deadline past
 * 9999-12-31 is an {@link realty-crm-rules!InvalidArgumentError | InvalidArgumentError} at
 * `n`.
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
  expectNumber(n, ['n'], { integer: true, min: 0 });
  const reader = new DayReader(options);
  reader.rangePath = ['n'];
  // A plain day string with no cut-off needs no StartDay object.
  const plainDn =
    options?.cutoff === undefined && typeof start === 'string' && start.length === 10
      ? tryParseDayString(start)
      : undefined;
  const startDay: StartDay =
    plainDn !== undefined && isDayNumberInRange(plainDn)
      ? { dayNumber: plainDn }
      : readStartDay(start, options, reader, ['start']);
  const from = startDay.dayNumber;
  const last = findWorkingDay(reader, from, n);
  return buildDeadline(reader, startDay, n, last);
}

/**
 * The n-th working day after `from`: by prefix sums inside the table, counting uncovered
 * days by their weekday outside it, in constant time; then the coverage check of the span
 * (constant time when the span is covered), which throws at the first uncovered day unless
 * the fallback is on (so `n = 1e9` fails at once), and the range check.
 */
function findWorkingDay(reader: DayReader, from: number, n: number): number {
  const last = nthWorkingDayInView(reader.calendar, from, n);
  reader.coverSpan(from, last);
  if (last > LAST_DAY_NUMBER) throw dayOutOfRangeError(last, ['n'], 'the deadline ends');
  return last;
}

function buildDeadline(reader: DayReader, startDay: StartDay, n: number, last: number): Deadline {
  const from = reader.format(startDay.dayNumber);
  const lastDay = reader.format(last);
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
  // The holidays a cut-off moved the receipt over, then those inside the period.
  if (startDay.movedFrom !== undefined)
    pushCalendarReasons(reasons, reader, startDay.movedFrom - 1, startDay.dayNumber - 1);
  pushCalendarReasons(reasons, reader, startDay.dayNumber, last);
  pushFallbackReason(reasons, reader);
  return {
    lastDay,
    endsAt: new Date(shanghaiStartOfDayMs(last + 1)),
    fallbackUsed: reader.fallbackUsed,
    reasons,
  };
}
