import { dayNumberOf, describeValue, formatDayNumber } from '../calendar/days.js';
import type { CoverageFallback } from '../calendar/options.js';
import { computeWorkingDayOnOrBefore } from '../calendar/subtractPeriod.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { expectOptional, expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision } from '../core/reason.js';
import { type DefectPolicyInput, resolveDefectPolicy } from './policy.js';

/** The options of {@link computeDefectReportDue}. */
export interface DefectReportDueOptions {
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: DefectPolicyInput;
  /** The working-day calendar; the built-in one (2008-2026) when absent. */
  readonly calendar?: WorkCalendar;
  /** `'weekends-only'` to read years the calendar does not cover weekends-only; it throws otherwise. */
  readonly fallback?: CoverageFallback;
}

/** When the monthly defect report to HQ is due (`DEF-HANDBOOK`, `LAW-BEFORE`). */
export type DefectReportDue = Decision<{
  /** The month reported on, `YYYY-MM`. */
  readonly month: string;
  /** Its first and last day. */
  readonly period: { readonly from: string; readonly to: string };
  /** The day the policy names (the month's last day), before any move. */
  readonly nominalDay: string;
  /** The day it is due: the nominal day, or the last working day before it when that is a rest day. */
  readonly dueOn: string;
  /** The exclusive end of `dueOn`: 00:00 Asia/Shanghai of the next day. */
  readonly dueEndsAt: Date;
  /** Rest days the due day moved back over (0 when the nominal day is a working day). */
  readonly movedBackDays: number;
  /** True when a year the calendar does not cover was read weekends-only. */
  readonly fallbackUsed: boolean;
}>;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * When the project's monthly defect report to HQ customer relations is due (`DEF-HANDBOOK`,
 * SOL 缺陷信息上报: "每月底"): the month's last day, or, when that is a rest day, the last
 * working day before it, so that the report is never late (`LAW-BEFORE`, via
 * {@link computeWorkingDayOnOrBefore}). 2026-01 is due 2026-01-30 (the 31st is a Saturday);
 * 2026-02 is due 2026-02-28 (a Saturday, but a Spring Festival makeup working day).
 *
 * @rule DEF-HANDBOOK
 * @rule LAW-BEFORE
 * @throws {InvalidArgumentError} `month` is not `YYYY-MM` (path `['month']`).
 * @throws {CalendarCoverageError} a year the calendar does not cover, unless `fallback: 'weekends-only'`.
 * @example
 * ```ts
 * computeDefectReportDue('2026-01').dueOn; // '2026-01-30'
 * computeDefectReportDue('2026-02').dueOn; // '2026-02-28'
 * ```
 */
export function computeDefectReportDue(month: string, options?: DefectReportDueOptions): DefectReportDue {
  const opts = expectOptional(options, ['options'], expectPlainObject) as DefectReportDueOptions | undefined;
  const policy = resolveDefectPolicy(opts?.policy);
  const m = typeof month === 'string' ? MONTH.exec(month) : null;
  if (m === null) {
    throw new InvalidArgumentError(
      ['month'],
      `expected a month YYYY-MM (01-12), got ${describeValue(month)}`,
    );
  }
  const year = Number(m[1]);
  const mon = Number(m[2]);
  const first = dayNumberOf(year, mon, 1);
  const last = (mon === 12 ? dayNumberOf(year + 1, 1, 1) : dayNumberOf(year, mon + 1, 1)) - 1;
  const rule = policy.monthlyReport.lastDay;
  const nominalDn = rule === 'month-end' ? last : Math.min(first + rule - 1, last);
  const calendarOptions = {
    ...(opts?.calendar === undefined ? {} : { calendar: opts.calendar }),
    ...(opts?.fallback === undefined ? {} : { fallback: opts.fallback }),
  };
  const due = computeWorkingDayOnOrBefore(formatDayNumber(nominalDn), calendarOptions);
  const from = formatDayNumber(first);
  const to = formatDayNumber(last);
  const which =
    rule === 'month-end'
      ? { zh: '月底', en: 'at month end' }
      : { zh: `每月${rule}日`, en: `on day ${rule} of the month` };
  return {
    month,
    period: { from, to },
    nominalDay: due.nominalDay,
    dueOn: due.lastDay,
    dueEndsAt: due.endsAt,
    movedBackDays: due.movedBackDays,
    fallbackUsed: due.fallbackUsed,
    reasons: [
      createReason(
        'DEF-HANDBOOK',
        {
          policy: policy.id,
          month,
          nominalDay: due.nominalDay,
          dueOn: due.lastDay,
          source: policy.sources.monthlyReport.section,
        },
        {
          'zh-CN': `项目客户服务部${which.zh}将${month}的缺陷信息汇总上报本部客户关系部：最迟${due.lastDay}`,
          en: `Project customer service reports the defects of ${month} to HQ customer relations ${which.en}: by ${due.lastDay}`,
        },
      ),
      ...due.reasons,
    ],
  };
}
