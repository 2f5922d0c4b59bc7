import { addWindow } from '../calendar/addWindow.js';
import { type DayInput, formatDayNumber, toDayNumber } from '../calendar/days.js';
import type { CalendarOptions } from '../calendar/options.js';
import { computeWorkingDayOnOrBefore } from '../calendar/subtractPeriod.js';
import { expectPlainObject } from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';
import { type CustomerPolicyInput, describeSettingSource, resolveCustomerPolicy } from './policy.js';
import type { Customer } from './schemas.js';

/** What a review is counted from: the last review (or, for a file never reviewed, the day it was opened). */
export interface CustomerReviewInput {
  /** The day the file was last reviewed and updated (a day, or an instant read as its Asia/Shanghai day). */
  readonly lastReviewedOn: DayInput;
}

/** The options of {@link computeCustomerReviewDue}. */
export interface CustomerReviewOptions extends CalendarOptions {
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: CustomerPolicyInput;
}

/** When a customer file's next review is due (`CUS-REVIEW`, `LAW-BEFORE`). */
export type CustomerReviewDue = Decision<{
  /** The last review, `YYYY-MM-DD`. */
  readonly lastReviewedOn: string;
  /** The corresponding day the interval later (the month's last day where it has none). */
  readonly nominalDueOn: string;
  /** The day the review is due: `nominalDueOn`, or the last working day before it. */
  readonly dueOn: string;
  /** The exclusive end: 00:00 Asia/Shanghai of the day after `dueOn`; at or after it the review is overdue. */
  readonly endsAt: Date;
  /** Rest days the due day was moved back over. */
  readonly movedBackDays: number;
  /** True when a year the calendar does not cover was read weekends-only (`LAW-COVERAGE`). */
  readonly fallbackUsed: boolean;
}>;

/**
 * When a customer file's next review is due (`CUS-REVIEW`: 客户档案原则上6个月增补或调节一次,
 * AOY 4.1.4): the corresponding day the policy's interval after the last review (art. 202:
 * the month's last day where it has no such day), and, where that is a rest day, the last
 * working day before it (`LAW-BEFORE`: an internal duty is done early, never late). Reviewed
 * 2025-08-31, the review is due 2026-02-28: there is no 02-31, and 02-28 is a Saturday but
 * a Spring Festival makeup working day. The first reason names the interval and where it
 * comes from (the preset's section, or borrowed); the calendar's reasons follow.
 *
 * @rule CUS-REVIEW
 * @rule LAW-BEFORE
 * @rule LAW-PERIOD-MONTH
 * @example
 * ```ts
 * computeCustomerReviewDue({ lastReviewedOn: '2025-08-31' }).dueOn; // '2026-02-28'
 * computeCustomerReviewDue({ lastReviewedOn: '2025-11-01' }).dueOn; // '2026-04-30': 05-01 is Labour Day
 * ```
 */
export function computeCustomerReviewDue(
  input: CustomerReviewInput,
  options?: CustomerReviewOptions,
): CustomerReviewDue {
  expectPlainObject(input, ['input']);
  if (options !== undefined) expectPlainObject(options, ['options']);
  const policy = resolveCustomerPolicy(options?.policy);
  const last = formatDayNumber(toDayNumber(input.lastReviewedOn, ['input', 'lastReviewedOn']));
  const months = policy.reviewIntervalMonths;
  const window = addWindow(last, { months });
  const nominal = window.lastDay;
  const clamped = window.reasons[0]?.facts.clampedToMonthEnd === true;
  const due = computeWorkingDayOnOrBefore(nominal, {
    ...(options?.calendar === undefined ? {} : { calendar: options.calendar }),
    ...(options?.fallback === undefined ? {} : { fallback: options.fallback }),
  });
  const source = describeSettingSource(policy, 'reviewIntervalMonths');
  return {
    lastReviewedOn: last,
    nominalDueOn: nominal,
    dueOn: due.lastDay,
    endsAt: due.endsAt,
    movedBackDays: due.movedBackDays,
    fallbackUsed: due.fallbackUsed,
    reasons: [
      createReason(
        'CUS-REVIEW',
        {
          policy: policy.id,
          intervalMonths: months,
          basis: source.basis,
          source: source.cite,
          lastReviewedOn: last,
          nominalDueOn: nominal,
          clampedToMonthEnd: clamped,
          dueOn: due.lastDay,
        },
        {
          'zh-CN': `客户档案原则上每${months}个月复核更新一次（${source.text['zh-CN']}）：上次复核${last}，${months}个月后的对应日为${nominal}${clamped ? '（该月没有对应日，取月末日）' : ''}，应于${due.lastDay}前（含当日）完成复核`,
          en: `A customer file is reviewed every ${months} months (${source.text.en}): last reviewed ${last}, ${months} months later is ${nominal}${clamped ? ' (that month has no such day: its last day)' : ''}; the review is due by ${due.lastDay}`,
        },
      ),
      ...due.reasons,
    ],
  };
}

/**
 * The review input of a customer record: its last review, or the day the file was opened
 * when it has never been reviewed (`CUS-REVIEW`).
 *
 * @rule CUS-REVIEW
 * @example
 * ```ts
 * toCustomerReviewInput({ createdOn: '2025-08-31' }); // { lastReviewedOn: '2025-08-31' }
 * ```
 */
export function toCustomerReviewInput(
  customer: Pick<Customer, 'createdOn' | 'lastReviewedOn'>,
): CustomerReviewInput {
  expectPlainObject(customer, ['customer']);
  return { lastReviewedOn: customer.lastReviewedOn ?? customer.createdOn };
}
