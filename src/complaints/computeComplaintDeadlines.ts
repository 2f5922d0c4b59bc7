import type { InstantInput } from '../calendar/days.js';
import { type Deadline, isDeadlinePassed } from '../calendar/deadline.js';
import type { CalendarOptions, ReceiptOptions } from '../calendar/options.js';
import type { LocalizedText } from '../core/reason.js';
import type { RuleId } from '../core/rules.js';
import { applyDeadlineRule } from './applyDeadlineRule.js';
import { COMPLAINT_RECORD_FIELDS, checkLaterTimes } from './checkComplaintRecord.js';
import {
  expectCalendarOptions,
  expectInputObject,
  expectKnownKeys,
  expectOptions,
  instantMs,
} from './checkInputs.js';
import { needsCallback } from './needsCallback.js';
import type { ComplaintPolicyInput, ComplaintSettingKey, DeadlineRule } from './policy.js';
import { resolveComplaintPolicy } from './resolveComplaintPolicy.js';
import { REPLY_MILESTONE_LABELS } from './tables/labels.js';

/** What the deadlines are counted from, and, to judge them, what has been done. */
export interface ComplaintDeadlineInput {
  /** When the complaint was received: the form, reply and close deadlines count from here. */
  readonly receivedAt: InstantInput;
  /** When handling was completed: the callback deadline counts from here, once known. */
  readonly handlingCompletedAt?: InstantInput | undefined;
  /**
   * When the reply the policy asks for reached the customer (`CMP-DL-REPLY`): the handling
   * opinion (sinoOcean2008, generic) or the result and its opinion (aoyuan2014).
   */
  readonly repliedAt?: InstantInput | undefined;
  /** When the callback was made (to judge the callback deadline); one before `handlingCompletedAt` belongs to an earlier round. */
  readonly calledBackAt?: InstantInput | undefined;
  /** When the complaint was closed (to judge the close deadline). */
  readonly closedAt?: InstantInput | undefined;
  /** The complainant left contact information (default `true`): without it no callback is owed. */
  readonly hasContactInfo?: boolean | undefined;
  /** The complainant left no name (default `false`): no callback is owed. */
  readonly anonymous?: boolean | undefined;
  /** A higher authority asks only for a reply letter (default `false`): no callback is owed. */
  readonly replyLetterOnly?: boolean | undefined;
  /** The moment to judge overdue at; without it no `overdue` is returned. */
  readonly now?: InstantInput | undefined;
}

const INPUT_KEYS = /* @__PURE__ */ Object.freeze([
  'receivedAt',
  'handlingCompletedAt',
  'repliedAt',
  'calledBackAt',
  'closedAt',
  'hasContactInfo',
  'anonymous',
  'replyLetterOnly',
  'now',
] as const);
/**
 * The deadline input's own keys and the complaint record's: the record's fields carry the
 * same names (`receivedAt`, `repliedAt`, `hasContactInfo`, ...), so a record (or an object
 * shared with `routeComplaint`) may be passed as it is; its other fields are not read. Any
 * other key is a typo, refused with the closest name.
 */
const ACCEPTED_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze([
  ...INPUT_KEYS,
  .../* @__PURE__ */ COMPLAINT_RECORD_FIELDS.filter((k) => !(INPUT_KEYS as readonly string[]).includes(k)),
]);

/** The deadlines of one complaint under a policy. */
export interface ComplaintDeadlines {
  /** `CMP-DL-FORM`: the handling form (投诉处理单), where the policy sets one (aoyuan2014). */
  readonly formBy?: Deadline;
  /** `CMP-DL-REPLY`: the reply to the customer. */
  readonly replyBy: Deadline;
  /** `CMP-DL-CALLBACK`: the callback, once handling is complete, where one is owed ({@link needsCallback}). */
  readonly callbackBy?: Deadline;
  /** `CMP-DL-CLOSE`: closure, where the policy sets one. */
  readonly closeBy?: Deadline;
  /**
   * With `now`: whether each deadline is missed, i.e. the step was not done before the
   * deadline's end (done late, or still not done at `now`). The form has no done-time in a
   * record, so it is not judged here.
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
 * received, where the policy sets it (`CMP-DL-FORM`, aoyuan2014 only); the reply
 * (`CMP-DL-REPLY`: 2 working days for sinoOcean2008 and generic, 5 for aoyuan2014, met by
 * the result there); the callback after handling is complete (`CMP-DL-CALLBACK`: 2 days,
 * one week, 3 days), only where a callback is owed: not for a complaint without contact
 * information or name, nor one for which a higher authority asks only for a reply letter;
 * the closure where the policy has one (`CMP-DL-CLOSE`: 7 days, generic). Each is a
 * calendar `Deadline` (`LAW-WORKDAY-PERIOD`, `LAW-PERIOD-*`) whose first reason names the
 * complaint rule, the policy and the source of its value. The policy's daily cut-off, if
 * any, applies to every count.
 *
 * Every argument is checked: a time that is not an instant, a time before `receivedAt`
 * (`repliedAt`, `handlingCompletedAt`, `calledBackAt`, `closedAt`), a key that is neither
 * the input's nor the complaint record's (`recievedAt`) is an `InvalidArgumentError` at its
 * path. A complaint record may be passed as it is (its fields carry the input's names);
 * {@link toDeadlineInput} makes the bare input.
 *
 * @rule CMP-DL-FORM
 * @rule CMP-DL-REPLY
 * @rule CMP-DL-CALLBACK
 * @rule CMP-DL-CLOSE
 * @rule CMP-CLOSE
 * @example
 * ```ts
 * const d = computeComplaintDeadlines({ receivedAt: '2026-09-30T10:00:00+08:00' });
 * d.replyBy.lastDay; // '2026-10-09': National Day 10-01..07 skipped
 * d.callbackBy; // undefined until handlingCompletedAt is known
 * computeComplaintDeadlines({ receivedAt: '2026-09-30T10:00:00+08:00', handlingCompletedAt: '2026-10-09T10:00:00+08:00', hasContactInfo: false }).callbackBy;
 * // undefined: no contact, no callback
 * ```
 */
export function computeComplaintDeadlines(
  input: ComplaintDeadlineInput,
  options?: ComplaintDeadlineOptions,
): ComplaintDeadlines {
  const opts = expectOptions(options);
  expectCalendarOptions(opts, ['options']);
  const policy = resolveComplaintPolicy(opts?.policy as ComplaintPolicyInput | undefined);
  const i = expectInputObject(
    input,
    'a deadline input { receivedAt, ... } (toDeadlineInput(record) makes one)',
  );
  expectKnownKeys(i, ACCEPTED_KEYS, []);
  const receivedMs = instantMs(i.receivedAt, ['receivedAt']);
  checkLaterTimes(i, receivedMs, [], ['repliedAt', 'handlingCompletedAt', 'calledBackAt', 'closedAt']);
  const nowMs = i.now === undefined ? undefined : instantMs(i.now, ['now']);
  const callback = needsCallback({
    hasContactInfo: i.hasContactInfo as boolean | undefined,
    anonymous: i.anonymous as boolean | undefined,
    replyLetterOnly: i.replyLetterOnly as boolean | undefined,
  });
  const rules = policy.deadlines;
  const calendarOptions: ReceiptOptions = {
    ...(opts?.calendar === undefined
      ? {}
      : { calendar: opts.calendar as NonNullable<CalendarOptions['calendar']> }),
    ...(opts?.fallback === undefined
      ? {}
      : { fallback: opts.fallback as NonNullable<CalendarOptions['fallback']> }),
    ...(rules.cutoff === null ? {} : { cutoff: rules.cutoff }),
  };
  const received = new Date(receivedMs);
  const apply = (
    rule: DeadlineRule,
    start: InstantInput,
    id: RuleId,
    what: LocalizedText,
    key: ComplaintSettingKey,
  ) => applyDeadlineRule(rule, start, id, what, policy, key, calendarOptions);
  const formBy =
    rules.form === null
      ? undefined
      : apply(
          rules.form,
          received,
          'CMP-DL-FORM',
          { 'zh-CN': '填写投诉处理单', en: 'Handling form' },
          'deadlines.form',
        );
  const replyLabel = REPLY_MILESTONE_LABELS[rules.replyMetBy];
  const replyBy = apply(
    rules.reply,
    received,
    'CMP-DL-REPLY',
    { 'zh-CN': replyLabel['zh-CN'], en: `Reply: ${replyLabel.en}` },
    'deadlines.reply',
  );
  // Stryker disable ArrayDeclaration,StringLiteral: checkLaterTimes read this time at this path already, so this path is never shown
  const completedMs =
    i.handlingCompletedAt === undefined
      ? undefined
      : instantMs(i.handlingCompletedAt, ['handlingCompletedAt']);
  // Stryker restore ArrayDeclaration,StringLiteral
  const callbackBy =
    completedMs === undefined || !callback.needed
      ? undefined
      : apply(
          rules.callback,
          new Date(completedMs),
          'CMP-DL-CALLBACK',
          { 'zh-CN': '处理完毕后回访', en: 'Call back after handling' },
          'deadlines.callback',
        );
  const closeBy =
    rules.close === null
      ? undefined
      : apply(
          rules.close,
          received,
          'CMP-DL-CLOSE',
          { 'zh-CN': '投诉结案', en: 'Close the complaint' },
          'deadlines.close',
        );

  let overdue: ComplaintDeadlines['overdue'];
  if (nowMs !== undefined) {
    const now = new Date(nowMs);
    // Missed: not done by the deadline's end, whether done late or still not done at now.
    const missed = (d: Deadline, doneMs: number | undefined) =>
      isDeadlinePassed(d, doneMs === undefined ? now : new Date(doneMs));
    const at = (k: 'repliedAt' | 'calledBackAt' | 'closedAt') =>
      // Stryker disable next-line ArrayDeclaration: checkLaterTimes read these times at these paths already, so this path is never shown
      i[k] === undefined ? undefined : instantMs(i[k], [k]);
    const calledMs = at('calledBackAt');
    // A callback before the latest completion was the previous round's: this round's is still owed.
    const thisRound =
      calledMs !== undefined && completedMs !== undefined && calledMs < completedMs ? undefined : calledMs;
    overdue = {
      reply: missed(replyBy, at('repliedAt')),
      ...(callbackBy === undefined ? {} : { callback: missed(callbackBy, thisRound) }),
      ...(closeBy === undefined ? {} : { close: missed(closeBy, at('closedAt')) }),
    };
  }
  return {
    ...(formBy === undefined ? {} : { formBy }),
    replyBy,
    ...(callbackBy === undefined ? {} : { callbackBy }),
    ...(closeBy === undefined ? {} : { closeBy }),
    ...(overdue === undefined ? {} : { overdue }),
  };
}
