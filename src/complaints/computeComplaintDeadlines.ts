import type { InstantInput } from '../calendar/days.js';
import { toInstantMs } from '../calendar/days.js';
import { type Deadline, isDeadlinePassed } from '../calendar/deadline.js';
import type { CalendarOptions, ReceiptOptions } from '../calendar/options.js';
import type { LocalizedText } from '../core/reason.js';
import type { RuleId } from '../core/rules.js';
import { applyDeadlineRule } from './applyDeadlineRule.js';
import { type ComplaintPolicyInput, type DeadlineRule, resolveComplaintPolicy } from './policy.js';

/** What the deadlines are counted from, and, to judge them, what has been done. */
export interface ComplaintDeadlineInput {
  /** When the complaint was received: the form, reply and close deadlines count from here. */
  readonly receivedAt: InstantInput;
  /** When handling was completed: the callback deadline counts from here, once known. */
  readonly handlingCompletedAt?: InstantInput | undefined;
  /** When the handling opinion reached the customer (to judge the reply deadline). */
  readonly repliedAt?: InstantInput | undefined;
  /** When the callback was made (to judge the callback deadline). */
  readonly calledBackAt?: InstantInput | undefined;
  /** When the complaint was closed (to judge the close deadline). */
  readonly closedAt?: InstantInput | undefined;
  /** The moment to judge overdue at; without it no `overdue` is returned. */
  readonly now?: InstantInput | undefined;
}

/** The deadlines of one complaint under a policy. */
export interface ComplaintDeadlines {
  /** `CMP-DL-FORM`: the handling form (投诉处理单). */
  readonly formBy: Deadline;
  /** `CMP-DL-REPLY`: the handling opinion to the customer. */
  readonly replyBy: Deadline;
  /** `CMP-DL-CALLBACK`: the callback, once handling is complete. */
  readonly callbackBy?: Deadline;
  /** `CMP-DL-CLOSE`: closure, where the policy sets one. */
  readonly closeBy?: Deadline;
  /**
   * With `now`: whether each deadline is missed, i.e. the step was not done before the
   * deadline's end (done late, or still not done at `now`).
   */
  readonly overdue?: {
    readonly reply: boolean;
    readonly callback?: boolean;
    readonly close?: boolean;
  };
}

/** The options of {@link computeComplaintDeadlines}. */
export interface ComplaintDeadlineOptions extends CalendarOptions {
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: ComplaintPolicyInput;
}

/**
 * A complaint's deadlines under a policy (`CMP-DL-*`): the handling form the day it is
 * received (`CMP-DL-FORM`); the reply (`CMP-DL-REPLY`: 2 working days for sinoOcean2008,
 * 5 for aoyuan2014); the callback after handling is complete (`CMP-DL-CALLBACK`: 2 days,
 * one week, 3 days); the closure where the policy has one (`CMP-DL-CLOSE`: 7 days,
 * generic). Each is a calendar `Deadline` (`LAW-WORKDAY-PERIOD`, `LAW-PERIOD-*`) whose
 * first reason names the complaint rule and the policy. The policy's daily cut-off, if
 * any, applies to every count.
 *
 * @rule CMP-DL-FORM
 * @rule CMP-DL-REPLY
 * @rule CMP-DL-CALLBACK
 * @rule CMP-DL-CLOSE
 * @example
 * ```ts
 * const d = computeComplaintDeadlines({ receivedAt: '2026-09-30T10:00:00+08:00' });
 * d.replyBy.lastDay; // '2026-10-09': National Day 10-01..07 skipped
 * d.callbackBy; // undefined until handlingCompletedAt is known
 * ```
 */
export function computeComplaintDeadlines(
  input: ComplaintDeadlineInput,
  options?: ComplaintDeadlineOptions,
): ComplaintDeadlines {
  const policy = resolveComplaintPolicy(options?.policy);
  const rules = policy.deadlines;
  const calendarOptions: ReceiptOptions = {
    ...(options?.calendar === undefined ? {} : { calendar: options.calendar }),
    ...(options?.fallback === undefined ? {} : { fallback: options.fallback }),
    ...(rules.cutoff === null ? {} : { cutoff: rules.cutoff }),
  };
  const apply = (rule: DeadlineRule, start: InstantInput, id: RuleId, what: LocalizedText) =>
    applyDeadlineRule(rule, start, id, what, policy.id, calendarOptions);
  const formBy = apply(rules.form, input.receivedAt, 'CMP-DL-FORM', {
    'zh-CN': '填写投诉处理单',
    en: 'Handling form',
  });
  const replyBy = apply(rules.reply, input.receivedAt, 'CMP-DL-REPLY', {
    'zh-CN': '回复处理意见',
    en: 'Reply with a handling opinion',
  });
  const callbackBy =
    input.handlingCompletedAt === undefined
      ? undefined
      : apply(rules.callback, input.handlingCompletedAt, 'CMP-DL-CALLBACK', {
          'zh-CN': '处理完毕后回访',
          en: 'Call back after handling',
        });
  const closeBy =
    rules.close === null
      ? undefined
      : apply(rules.close, input.receivedAt, 'CMP-DL-CLOSE', {
          'zh-CN': '投诉结案',
          en: 'Close the complaint',
        });

  let overdue: ComplaintDeadlines['overdue'];
  if (input.now !== undefined) {
    const now = new Date(toInstantMs(input.now, ['now']));
    // Missed: not done by the deadline's end, whether done late or still not done at now.
    const missed = (d: Deadline, doneAt: InstantInput | undefined, path: string) =>
      isDeadlinePassed(d, doneAt === undefined ? now : new Date(toInstantMs(doneAt, [path])));
    overdue = {
      reply: missed(replyBy, input.repliedAt, 'repliedAt'),
      ...(callbackBy === undefined
        ? {}
        : { callback: missed(callbackBy, input.calledBackAt, 'calledBackAt') }),
      ...(closeBy === undefined ? {} : { close: missed(closeBy, input.closedAt, 'closedAt') }),
    };
  }
  return {
    formBy,
    replyBy,
    ...(callbackBy === undefined ? {} : { callbackBy }),
    ...(closeBy === undefined ? {} : { closeBy }),
    ...(overdue === undefined ? {} : { overdue }),
  };
}
