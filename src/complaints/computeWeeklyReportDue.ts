import { computeDayKind } from '../calendar/computeDayKind.js';
import {
  type DayInput,
  formatDayNumber,
  shanghaiStartOfDayMs,
  toDayNumber,
  WEEKDAY_NAMES,
  weekdayOf,
} from '../calendar/days.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Reason } from '../core/reason.js';
import { resolveComplaintPolicy } from './policy.js';
import type { ReportDue, ReportDueOptions } from './reportDue.js';

/** 周一 / Monday for a day of the week 0 (Sunday) ... 6 (Saturday). @internal */
export function weekdayNames(weekday: number): { readonly zh: string; readonly en: string } {
  return { zh: WEEKDAY_NAMES['zh-CN'][weekday] ?? '', en: WEEKDAY_NAMES.en[weekday] ?? '' };
}

/**
 * `LAW-WORKDAY`: what kind of day a report's due day is, when it is not an ordinary
 * working day (a weekend, a holiday, a makeup working day), and that it is not moved: a
 * report's due day is a fixed calendar day set by the company, not a period owed to a
 * customer, so `LAW-PERIOD-REST` does not apply. `undefined` for an ordinary working day.
 * Uncovered years are read weekends-only and never throw.
 *
 * @internal
 */
export function reportDueDayKindReason(
  dayNumber: number,
  calendar: WorkCalendar | undefined,
): Reason | undefined {
  const day = formatDayNumber(dayNumber);
  const kind = computeDayKind(day, {
    fallback: 'weekends-only',
    ...(calendar === undefined ? {} : { calendar }),
  });
  if (kind.kind === 'workday') return undefined;
  const w = weekdayNames(weekdayOf(dayNumber));
  const estimate = kind.fallbackUsed
    ? {
        zh: '（日历未覆盖该年，按仅排除周末估算）',
        en: ' (the calendar does not cover that year: read weekends only)',
      }
    : { zh: '', en: '' };
  const facts = {
    day,
    weekday: w.en,
    kind: kind.kind,
    holiday: kind.holiday?.name ?? null,
    holidayEn: kind.holiday?.nameEn ?? null,
    notice: kind.holiday?.notice ?? null,
    moved: false,
    fallbackUsed: kind.fallbackUsed,
  };
  if (kind.kind === 'makeup-workday') {
    const name = kind.holiday?.name ?? '';
    const nameEn = kind.holiday?.nameEn ?? '';
    return createReason('LAW-WORKDAY', facts, {
      'zh-CN': `报送日${day}（${w.zh}）为${name}调休上班日，是工作日`,
      en: `The due day ${day} (${w.en}) is a makeup working day for ${nameEn}: a working day`,
    });
  }
  const what =
    kind.kind === 'holiday' && kind.holiday !== null
      ? {
          zh: `${kind.holiday.name}放假日${kind.holiday.notice === null ? '' : `（${kind.holiday.notice}）`}`,
          en: `a ${kind.holiday.nameEn} day off${kind.holiday.notice === null ? '' : ` (${kind.holiday.notice})`}`,
        }
      : { zh: '周末休息日', en: 'a weekend rest day' };
  return createReason('LAW-WORKDAY', facts, {
    'zh-CN': `报送日${day}（${w.zh}）为${what.zh}${estimate.zh}；报表报送日是固定日期，不是对客户的期限，不顺延`,
    en: `The due day ${day} (${w.en}) is ${what.en}${estimate.en}; a report's due day is a fixed day, not a period owed to a customer: not moved`,
  });
}

/**
 * When the weekly major-complaint report (《重大客户投诉/服务监督系统投诉周报》,
 * `CMP-RPT-WEEKLY`) for the week that contains `day` is due: the week runs Monday to
 * Sunday (Asia/Shanghai days; an instant is read as the Shanghai day it falls on), and
 * the report is due on the first day after it that is the policy's weekday (SOL 投诉管理 8:
 * every Monday, on the previous week, so the Monday after the week for `sinoOcean2008`).
 *
 * The due day is a fixed calendar day, not a period owed to a customer: it is never
 * moved over rest days (`LAW-PERIOD-REST` does not apply); when it falls on a weekend or
 * a holiday, a `LAW-WORKDAY` reason says so. Returns `null` when the policy has no weekly
 * report (`aoyuan2014`, `generic`).
 *
 * @rule CMP-RPT-WEEKLY
 * @rule LAW-WORKDAY
 * @throws {InvalidArgumentError} `day` is not a day or an instant (path `['day']`), or the policy's weekday is not 1..7.
 * @example
 * ```ts
 * const r = computeWeeklyReportDue('2026-10-01');
 * r?.period; // { from: '2026-09-28', to: '2026-10-04' }
 * r?.lastDay; // '2026-10-05': a 国庆节 day off, not moved
 * r?.endsAt; // new Date('2026-10-05T16:00:00.000Z')
 * computeWeeklyReportDue('2026-10-01', { policy: aoyuan2014 }); // null
 * ```
 */
export function computeWeeklyReportDue(day: DayInput, options?: ReportDueOptions): ReportDue | null {
  const policy = resolveComplaintPolicy(options?.policy);
  const dn = toDayNumber(day, ['day']);
  const dueWeekday = policy.reports.weeklyDueWeekday;
  if (dueWeekday === null) return null;
  if (!Number.isInteger(dueWeekday) || dueWeekday < 1 || dueWeekday > 7) {
    throw new InvalidArgumentError(
      ['options', 'policy', 'reports', 'weeklyDueWeekday'],
      `expected a weekday 1 (Monday) ... 7 (Sunday) or null, got ${String(dueWeekday)}`,
      'INVALID_POLICY',
    );
  }
  const w = weekdayOf(dn);
  const monday = dn - (w === 0 ? 6 : w - 1);
  const sunday = monday + 6;
  // Weekday k (1 Monday ... 7 Sunday) first falls k days after the Sunday that ends the week.
  const dueDn = sunday + dueWeekday;
  const from = formatDayNumber(monday);
  const to = formatDayNumber(sunday);
  const lastDay = formatDayNumber(dueDn);
  const names = weekdayNames(weekdayOf(dueDn));
  const reasons: Reason[] = [
    createReason(
      'CMP-RPT-WEEKLY',
      {
        policy: policy.id,
        report: '重大客户投诉/服务监督系统投诉周报',
        from,
        to,
        dueWeekday,
        lastDay,
      },
      {
        'zh-CN': `《重大客户投诉/服务监督系统投诉周报》：统计${from}（周一）至${to}（周日），于其后的${names.zh}${lastDay}编报（${policy.id}）`,
        en: `Weekly major-complaint report for ${from} (Monday) to ${to} (Sunday): due the ${names.en} after, ${lastDay} (${policy.id})`,
      },
    ),
  ];
  const kindReason = reportDueDayKindReason(dueDn, options?.calendar);
  if (kindReason !== undefined) reasons.push(kindReason);
  return {
    period: { from, to },
    lastDay,
    endsAt: new Date(shanghaiStartOfDayMs(dueDn + 1)),
    reasons,
  };
}
