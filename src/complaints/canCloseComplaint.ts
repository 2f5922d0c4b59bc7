import {
  type DayInput,
  formatDayNumber,
  type InstantInput,
  shanghaiDayNumberOfInstant,
  toDayNumber,
} from '../calendar/days.js';
import { expectOneOf } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import {
  addWindowAt,
  expectInputObject,
  expectKnownKeys,
  expectOptions,
  instantMs,
  optionalBoolean,
} from './checkInputs.js';
import { needsCallback } from './needsCallback.js';
import type { ComplaintPolicyInput } from './policy.js';
import { resolveComplaintPolicy } from './resolveComplaintPolicy.js';
import { IMPASSE_GROUND_LABELS, NO_CALLBACK_GROUND_LABELS, SERVICE_METHOD_LABELS } from './tables/labels.js';
import { CALLBACK_OUTCOMES, type CallbackOutcome, SERVICE_METHODS, type ServiceMethod } from './types.js';

/** How a complaint may close (`CMP-CLOSE`). */
export const CLOSURE_ROUTES = /* @__PURE__ */ Object.freeze([
  'accepted-at-callback',
  'reply-attached',
  'lawsuit-or-arbitration',
  'opinion-served',
] as const);
/** 回访认可, 无需回访（复函附卷）, 三个月内诉讼或仲裁, 处理意见书以挂号信函等方式送达. */
export type ClosureRoute = (typeof CLOSURE_ROUTES)[number];

/** What closure is judged on. */
export interface ClosureFacts {
  /** The complaint left contact information (default `true`). Without it no callback is owed. */
  readonly hasContactInfo?: boolean | undefined;
  /** The complainant left no name (default `false`): no callback is owed. */
  readonly anonymous?: boolean | undefined;
  /** A higher authority asks only for a reply letter (上级部门只要求复函): no callback is owed. */
  readonly replyLetterOnly?: boolean | undefined;
  /** When handling was completed and the handling opinion given. */
  readonly handlingCompletedAt?: InstantInput | undefined;
  /** The outcome of the last callback. */
  readonly callbackOutcome?: CallbackOutcome | undefined;
  /** For a complaint that owes no callback: the reply is attached to the record. */
  readonly replyAttached?: boolean | undefined;
  /** After long communication the customer never accepts the handling opinion or result. */
  readonly customerNeverAccepts?: boolean | undefined;
  /** The demand is beyond the company's authority or capacity (管理权限或能力范围). */
  readonly beyondAuthorityOrCapacity?: boolean | undefined;
  /** The handling complied with the law. */
  readonly handlingCompliedWithLaw?: boolean | undefined;
  /** The day (or instant) the customer filed a lawsuit or an arbitration request. */
  readonly lawsuitOrArbitrationFiledOn?: DayInput | undefined;
  /** How the written handling opinion was served: registered mail (挂号信函), EMS, or another traceable way (等方式). */
  readonly opinionServedVia?: ServiceMethod | undefined;
  /** The proof of service is kept. */
  readonly proofOfServiceKept?: boolean | undefined;
}

const CLOSURE_FACTS = /* @__PURE__ */ Object.freeze([
  'hasContactInfo',
  'anonymous',
  'replyLetterOnly',
  'handlingCompletedAt',
  'callbackOutcome',
  'replyAttached',
  'customerNeverAccepts',
  'beyondAuthorityOrCapacity',
  'handlingCompliedWithLaw',
  'lawsuitOrArbitrationFiledOn',
  'opinionServedVia',
  'proofOfServiceKept',
] as const);

const CLOSURE_HINTS = /* @__PURE__ */ Object.freeze({
  servedByRegisteredMail: "renamed: give opinionServedVia: 'registered-mail' (or 'ems', 'other-traceable')",
  beyondAuthority: 'renamed: beyondAuthorityOrCapacity',
});

/** Whether a complaint may close, by which route, and (for a served opinion) how it was served. */
export type ClosureDecision = Decision<{
  readonly closable: boolean;
  readonly via: ClosureRoute | null;
  /** For `opinion-served`: registered mail, EMS or another traceable way; else `null`. */
  readonly servedVia: ServiceMethod | null;
}>;

/** The options of {@link canCloseComplaint}. */
export interface ClosureOptions {
  /** The moment of judgement. */
  readonly now: InstantInput;
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: ComplaintPolicyInput;
}

/**
 * Whether a complaint may close (`CMP-CLOSE`, SOL 投诉管理 7; GEN 回访 1.13):
 *
 * - the customer accepted the result at the callback; or
 * - no callback is owed (no contact information, no name, or a higher authority asks only
 *   for a reply letter, {@link needsCallback}) and the reply is attached to the record; or
 * - where the customer never accepts or the demand is beyond the company's authority or
 *   capacity (管理权限或能力范围), either (a) the handling complied with the law and the
 *   customer filed a lawsuit or arbitration within 3 months of the handling opinion (a
 *   window, `LAW-WINDOW`, from the day handling was completed through the corresponding
 *   day 3 months on), or (b) the written opinion was served by registered mail or a similar
 *   traceable way (EMS, 挂号信函等方式) and the proof kept: the decision says which way.
 *
 * Otherwise the reason says what is missing. Every fact is checked; an unknown fact is an
 * error with a hint (`servedByRegisteredMail` is now `opinionServedVia`).
 *
 * @rule CMP-CLOSE
 * @rule LAW-WINDOW
 * @example
 * ```ts
 * canCloseComplaint({ callbackOutcome: 'satisfied' }, { now: '2026-10-20T10:00:00+08:00' });
 * // { closable: true, via: 'accepted-at-callback', servedVia: null, reasons: [...] }
 * canCloseComplaint(
 *   { customerNeverAccepts: true, opinionServedVia: 'ems', proofOfServiceKept: true },
 *   { now: '2026-10-20T10:00:00+08:00' },
 * ).servedVia; // 'ems'
 * ```
 */
export function canCloseComplaint(facts: ClosureFacts, options: ClosureOptions): ClosureDecision {
  const opts = expectOptions(options);
  if (opts === undefined)
    throw new InvalidArgumentError(['options', 'now'], 'expected { now }: nothing here reads the clock');
  const policy = resolveComplaintPolicy(opts.policy as ComplaintPolicyInput | undefined);
  const now = instantMs(opts.now, ['options', 'now']);
  const f = expectInputObject(facts, 'closure facts');
  expectKnownKeys(f, CLOSURE_FACTS, [], CLOSURE_HINTS);
  for (const k of [
    'replyAttached',
    'customerNeverAccepts',
    'beyondAuthorityOrCapacity',
    'handlingCompliedWithLaw',
    'proofOfServiceKept',
  ] as const) {
    optionalBoolean(f[k], [k]);
  }
  const completedMs =
    f.handlingCompletedAt === undefined
      ? undefined
      : instantMs(f.handlingCompletedAt, ['handlingCompletedAt']);
  if (f.callbackOutcome !== undefined) expectOneOf(f.callbackOutcome, CALLBACK_OUTCOMES, ['callbackOutcome']);
  if (f.opinionServedVia !== undefined)
    expectOneOf(f.opinionServedVia, SERVICE_METHODS, ['opinionServedVia']);
  // Read (format and range) whatever the route: a day the lawsuit route would refuse is not
  // accepted silently on another.
  const filedDay =
    f.lawsuitOrArbitrationFiledOn === undefined
      ? undefined
      : toDayNumber(f.lawsuitOrArbitrationFiledOn as DayInput, ['lawsuitOrArbitrationFiledOn']);
  const callback = needsCallback({
    hasContactInfo: f.hasContactInfo as boolean | undefined,
    anonymous: f.anonymous as boolean | undefined,
    replyLetterOnly: f.replyLetterOnly as boolean | undefined,
  });

  if (callback.needed && facts.callbackOutcome === 'satisfied') {
    return closed(
      'accepted-at-callback',
      null,
      { callbackOutcome: 'satisfied' },
      '回访时客户认可处理结果，投诉封闭',
      'The customer accepted the result at the callback: closed',
    );
  }
  if (callback.ground !== null && facts.replyAttached === true) {
    const label = NO_CALLBACK_GROUND_LABELS[callback.ground];
    return closed(
      'reply-attached',
      null,
      { noCallbackGround: callback.ground, replyAttached: true },
      `${label['zh-CN']}，可不回访，复函情况已附在投诉表后，投诉封闭`,
      // Stryker disable next-line OptionalChaining: the labels are never empty strings, so [0] is always defined
      `${label.en[0]?.toUpperCase()}${label.en.slice(1)}: no callback is owed, and the reply is attached to the record: closed`,
    );
  }
  const never = facts.customerNeverAccepts === true;
  const beyond = facts.beyondAuthorityOrCapacity === true;
  const missing: string[] = [];
  if (never || beyond) {
    const grounds = [
      ...(never ? [IMPASSE_GROUND_LABELS['customer-never-accepts']] : []),
      ...(beyond ? [IMPASSE_GROUND_LABELS['beyond-authority-or-capacity']] : []),
    ];
    const why = {
      'zh-CN': grounds.map((g) => g['zh-CN']).join('，且'),
      en: grounds.map((g) => g.en).join(', and '),
    };
    const via = facts.opinionServedVia;
    if (via !== undefined && facts.proofOfServiceKept === true) {
      const how = SERVICE_METHOD_LABELS[via];
      return closed(
        'opinion-served',
        via,
        {
          customerNeverAccepts: never,
          beyondAuthorityOrCapacity: beyond,
          servedVia: via,
          proofOfServiceKept: true,
        },
        `${why['zh-CN']}；投诉处理意见书已以${how['zh-CN']}送达客户并保留相关证明文件，投诉封闭`,
        // Stryker disable next-line OptionalChaining: the labels are never empty strings, so [0] is always defined
        `${why.en[0]?.toUpperCase()}${why.en.slice(1)}; the written opinion was served by ${how.en} and the proof kept: closed`,
      );
    }
    if (facts.handlingCompliedWithLaw === true && filedDay !== undefined && completedMs !== undefined) {
      const today = shanghaiDayNumberOfInstant(now);
      const window = addWindowAt(new Date(completedMs), policy.closure.lawsuitWithinMonths, [
        'handlingCompletedAt',
      ]);
      // Stryker disable next-line ArrayDeclaration,StringLiteral: the window's days are in range (addWindowAt checked them), so the path is never shown
      const from = toDayNumber(window.startDay, ['handlingCompletedAt']);
      // Stryker disable next-line ArrayDeclaration,StringLiteral: as above
      const to = toDayNumber(window.lastDay, ['handlingCompletedAt']);
      if (filedDay <= today && filedDay >= from && filedDay <= to) {
        return closed(
          'lawsuit-or-arbitration',
          null,
          {
            customerNeverAccepts: never,
            beyondAuthorityOrCapacity: beyond,
            handlingCompliedWithLaw: true,
            lawsuitOrArbitrationFiledOn: formatDayNumber(filedDay),
            windowLastDay: window.lastDay,
          },
          `${why['zh-CN']}；处理符合国家相关法律法规，客户已在${policy.closure.lawsuitWithinMonths}个月内（至${window.lastDay}）提交诉讼或仲裁请求，投诉封闭`,
          // Stryker disable next-line OptionalChaining: the labels are never empty strings, so [0] is always defined
          `${why.en[0]?.toUpperCase()}${why.en.slice(1)}; handling complied with the law and the customer filed a lawsuit or arbitration within ${policy.closure.lawsuitWithinMonths} months (through ${window.lastDay}): closed`,
        );
      }
      missing.push(filedDay > today ? 'lawsuit-filed-after-now' : 'lawsuit-outside-window');
    } else {
      if (facts.handlingCompliedWithLaw !== true) missing.push('handling-complied-with-law');
      if (filedDay === undefined) missing.push('lawsuit-or-arbitration');
      if (completedMs === undefined) missing.push('handling-completed-at');
    }
    if (via === undefined) missing.push('opinion-served');
    else missing.push('proof-of-service-kept');
  } else if (callback.needed) {
    missing.push(facts.callbackOutcome === undefined ? 'callback' : `callback-${facts.callbackOutcome}`);
  } else {
    missing.push('reply-attached');
  }
  const reason = createReason(
    'CMP-CLOSE',
    {
      closable: false,
      missing,
      callbackNeeded: callback.needed,
      noCallbackGround: callback.ground,
      callbackOutcome: facts.callbackOutcome ?? null,
    },
    {
      'zh-CN': `尚不具备投诉封闭条件（缺少：${missing.join('、')}）`,
      en: `Not closable yet (missing: ${missing.join(', ')})`,
    },
  );
  return { closable: false, via: null, servedVia: null, reasons: [reason] };
}

function closed(
  via: ClosureRoute,
  servedVia: ServiceMethod | null,
  facts: Reason['facts'],
  zh: string,
  en: string,
): ClosureDecision {
  return {
    closable: true,
    via,
    servedVia,
    reasons: [createReason('CMP-CLOSE', { ...facts, via }, { 'zh-CN': zh, en })],
  };
}
