import { describeType, expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Reason } from '../core/reason.js';
import { atMost, meetsThreshold } from '../core/thresholds.js';
import { type DayInput, formatDayNumber, toDayNumber } from './days.js';
import { lastUncoveredIn } from './span.js';
import { defaultWorkCalendar, WorkCalendar } from './workCalendar.js';

/**
 * How many days before the last covered day a warning is due (`LAW-COVERAGE`): the library's
 * own default, from issue 16. The State Council publishes the next year's notice in November
 * or December (the 2026 notice on 2025-11-04), so 45 days before the end of the year is when
 * a user should look for it, and when working-day deadlines start to reach past the end.
 */
export const COVERAGE_WARNING_DAYS = 45;

/** The options of {@link computeCalendarCoverage}. */
export interface CalendarCoverageOptions {
  /** The calendar to describe; the built-in one (2008-2026) when absent. */
  readonly calendar?: WorkCalendar;
  /** Today (a day, or an instant read as its Asia/Shanghai day): gives `daysRemaining` and `endingSoon`. */
  readonly now?: DayInput;
}

/** How far a calendar sees (`LAW-COVERAGE`). */
export interface CalendarCoverage {
  /** The first day of the unbroken run of covered days that ends at `lastDay` (`null`: it covers no day). */
  readonly firstDay: string | null;
  /** The last covered day (`null`: it covers no day). */
  readonly lastDay: string | null;
  /** The years covered in full by a notice, oldest first (a gap between them is named in the reasons). */
  readonly years: readonly number[];
  /** With `now`: the covered days after today (`lastDay` minus today; negative when today is past it). */
  readonly daysRemaining: number | null;
  /** With `now`: today is within {@link COVERAGE_WARNING_DAYS} days of `lastDay` (以内: 45 included), or past it. */
  readonly endingSoon: boolean;
  /** `LAW-COVERAGE`: the covered days and the notices behind them; the warning when ending soon. */
  readonly reasons: readonly Reason[];
}

/**
 * How far a calendar sees (`LAW-COVERAGE`): its first and last covered day, the years its
 * notices cover, and, given `now`, how many covered days remain and whether the end is within
 * {@link COVERAGE_WARNING_DAYS} days, so that an app (or the CLI) can warn before deadlines
 * start to need a year whose notice is not yet in the calendar.
 *
 * @rule LAW-COVERAGE
 * @example
 * ```ts
 * const c = computeCalendarCoverage({ now: '2026-11-30' });
 * c.firstDay; // '2007-12-29' (the 2008 notice sets the last days of 2007)
 * c.lastDay; // '2026-12-31'
 * c.daysRemaining; // 31
 * c.endingSoon; // true: within 45 days
 * ```
 */
export function computeCalendarCoverage(options?: CalendarCoverageOptions): CalendarCoverage {
  const o = options === undefined ? {} : expectPlainObject(options, ['options']);
  const calendar = o.calendar ?? defaultWorkCalendar();
  if (!(calendar instanceof WorkCalendar)) {
    throw new InvalidArgumentError(
      ['options', 'calendar'],
      `expected a WorkCalendar made by createWorkCalendar, got ${describeType(calendar)}`,
    );
  }
  const today = o.now === undefined ? undefined : toDayNumber(o.now as DayInput, ['options', 'now']);
  const years = calendar.coveredYears;
  const size = calendar.kinds.length;
  if (size === 0) {
    return {
      firstDay: null,
      lastDay: null,
      years,
      daysRemaining: null,
      endingSoon: today !== undefined,
      reasons: [
        createReason(
          'LAW-COVERAGE',
          { firstDay: null, lastDay: null, years: [] },
          {
            'zh-CN': '该日历不含任何节假日安排通知，不覆盖任何一天',
            en: 'The calendar holds no holiday notice and covers no day',
          },
        ),
      ],
    };
  }
  const end = calendar.base + size - 1;
  const gap = lastUncoveredIn(calendar, calendar.base - 1, end);
  const first = gap === undefined ? calendar.base : gap + 1;
  const firstDay = formatDayNumber(first);
  const lastDay = formatDayNumber(end);
  const inRun = years.filter((y) => `${y}-12-31` >= firstDay);
  const before = years.filter((y) => `${y}-12-31` < firstDay);
  const latest = calendar.years.at(-1)?.notices[0];
  const noticeZh = latest === undefined ? '' : `，最近一份通知：${latest.number}（${latest.issuedOn}发布）`;
  const noticeEn =
    latest === undefined ? '' : `; the latest notice: ${latest.number}, issued ${latest.issuedOn}`;
  const span = inRun.length > 1 ? `${inRun[0]}-${inRun.at(-1)}` : `${inRun[0] ?? ''}`;
  const sourceZh = inRun.length === 0 ? '调用方自定的日子' : `${span}年节假日安排通知${noticeZh}`;
  const sourceEn =
    inRun.length === 0 ? "the caller's own days" : `the holiday notices for ${span}${noticeEn}`;
  const reasons: Reason[] = [
    createReason(
      'LAW-COVERAGE',
      { firstDay, lastDay, years: [...years], latestNotice: latest?.number ?? null },
      {
        'zh-CN': `日历覆盖${firstDay}至${lastDay}（${sourceZh}），此后的日子没有通知`,
        en: `The calendar covers ${firstDay} to ${lastDay} (${sourceEn}); no notice covers the days after`,
      },
    ),
  ];
  if (before.length > 0) {
    reasons.push(
      createReason(
        'LAW-COVERAGE',
        { alsoCoveredYears: before, gapBefore: firstDay },
        {
          'zh-CN': `另覆盖${before.join('、')}年，但与上述区间之间有未覆盖的日子`,
          en: `It also covers ${before.join(', ')}, with uncovered days between them and the run above`,
        },
      ),
    );
  }
  if (today === undefined) {
    return { firstDay, lastDay, years, daysRemaining: null, endingSoon: false, reasons };
  }
  const daysRemaining = end - today;
  const endingSoon = meetsThreshold(atMost(COVERAGE_WARNING_DAYS), daysRemaining);
  const todayText = formatDayNumber(today);
  if (endingSoon) {
    const next = Number(lastDay.slice(0, 4)) + 1;
    reasons.push(
      createReason(
        'LAW-COVERAGE',
        { today: todayText, lastDay, daysRemaining, warningDays: COVERAGE_WARNING_DAYS },
        daysRemaining < 0
          ? {
              'zh-CN': `今天${todayText}已超出日历覆盖范围（截至${lastDay}）：请加入${next}年的节假日安排通知，否则期限无法计算或只能按周末估算`,
              en: `Today, ${todayText}, is past the calendar's last covered day, ${lastDay}: add the ${next} holiday notice, or deadlines cannot be counted except as weekends-only estimates`,
            }
          : {
              'zh-CN': `日历覆盖至${lastDay}，距今天${todayText}仅剩${daysRemaining}天（${COVERAGE_WARNING_DAYS}天以内）：国务院办公厅发布${next}年节假日安排通知后，请及时加入（parseHolidayYear 或命令行 --calendar）`,
              en: `The calendar ends on ${lastDay}, ${daysRemaining} ${daysRemaining === 1 ? 'day' : 'days'} after today, ${todayText} (within ${COVERAGE_WARNING_DAYS} days): add the ${next} holiday notice as soon as the State Council publishes it (parseHolidayYear, or --calendar in the CLI)`,
            },
      ),
    );
  }
  return { firstDay, lastDay, years, daysRemaining, endingSoon, reasons };
}
