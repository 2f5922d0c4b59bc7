import { addWindow } from '../calendar/addWindow.js';
import {
  type DayInput,
  formatDayNumber,
  type InstantInput,
  shanghaiDayNumberOfInstant,
  toDayNumber,
  toInstantMs,
} from '../calendar/days.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { type ComplaintPolicyInput, resolveComplaintPolicy } from './policy.js';
import type { CallbackOutcome } from './types.js';

/** How a complaint may close (`CMP-CLOSE`). */
export const CLOSURE_ROUTES = Object.freeze([
  'accepted-at-callback',
  'no-contact-reply-attached',
  'lawsuit-or-arbitration',
  'registered-mail',
] as const);
/** 回访认可, 无联系方式（复函附卷）, 三个月内诉讼或仲裁, 挂号信送达. */
export type ClosureRoute = (typeof CLOSURE_ROUTES)[number];

/** What closure is judged on. */
export interface ClosureFacts {
  /** The complaint left contact information (default `true`). Without it no callback is needed. */
  readonly hasContactInfo?: boolean | undefined;
  /** When handling was completed and the handling opinion given. */
  readonly handlingCompletedAt?: InstantInput | undefined;
  /** The outcome of the last callback. */
  readonly callbackOutcome?: CallbackOutcome | undefined;
  /** For a complaint without contact information: the reply is attached to the record. */
  readonly replyAttached?: boolean | undefined;
  /** After long communication the customer never accepts the handling opinion or result. */
  readonly customerNeverAccepts?: boolean | undefined;
  /** The demand is beyond the company's authority or capacity. */
  readonly beyondAuthority?: boolean | undefined;
  /** The handling complied with the law. */
  readonly handlingCompliedWithLaw?: boolean | undefined;
  /** The day (or instant) the customer filed a lawsuit or an arbitration request. */
  readonly lawsuitOrArbitrationFiledOn?: DayInput | undefined;
  /** The written handling opinion was served by registered mail (挂号信函). */
  readonly servedByRegisteredMail?: boolean | undefined;
  /** The proof of service is kept. */
  readonly proofOfServiceKept?: boolean | undefined;
}

/** Whether a complaint may close, and by which route. */
export type ClosureDecision = Decision<{
  readonly closable: boolean;
  readonly via: ClosureRoute | null;
}>;

/** The options of {@link canCloseComplaint}. */
export interface ClosureOptions {
  /** The moment of judgement. */
  readonly now: InstantInput;
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: ComplaintPolicyInput;
}

/**
 * Whether a complaint may close (`CMP-CLOSE`, SOL 投诉管理 7; GEN 回访 1.13): the
 * customer accepted the result at the callback; or a complaint with no contact
 * information has its reply attached to the record (no callback needed); or, where the
 * customer never accepts or the demand is beyond the company's authority, either (a) the
 * handling complied with the law and the customer filed a lawsuit or arbitration within
 * 3 months of the handling opinion (a window, `LAW-WINDOW`, from the day handling was
 * completed through the corresponding day 3 months on), or (b) the written opinion was
 * served by registered mail and the proof kept. Otherwise the reasons say what is missing.
 *
 * @rule CMP-CLOSE
 * @rule LAW-WINDOW
 * @example
 * ```ts
 * canCloseComplaint({ callbackOutcome: 'satisfied' }, { now: '2026-10-20T10:00:00+08:00' });
 * // { closable: true, via: 'accepted-at-callback', reasons: [...] }
 * canCloseComplaint({ callbackOutcome: 'not-satisfied' }, { now: '2026-10-20T10:00:00+08:00' }).closable; // false
 * ```
 */
export function canCloseComplaint(facts: ClosureFacts, options: ClosureOptions): ClosureDecision {
  const policy = resolveComplaintPolicy(options.policy);
  const now = toInstantMs(options.now, ['options', 'now']);
  const hasContact = facts.hasContactInfo !== false;

  if (hasContact && facts.callbackOutcome === 'satisfied') {
    return closed(
      'accepted-at-callback',
      { callbackOutcome: 'satisfied' },
      '回访时客户认可处理结果，投诉封闭',
      'The customer accepted the result at the callback: closed',
    );
  }
  if (!hasContact && facts.replyAttached === true) {
    return closed(
      'no-contact-reply-attached',
      { hasContactInfo: false, replyAttached: true },
      '投诉未留联系方式，无需回访，复函情况已附卷，投诉封闭',
      'No contact information: no callback needed, and the reply is attached to the record: closed',
    );
  }
  const unresolvable = facts.customerNeverAccepts === true || facts.beyondAuthority === true;
  const missing: string[] = [];
  if (unresolvable) {
    if (facts.servedByRegisteredMail === true && facts.proofOfServiceKept === true) {
      return closed(
        'registered-mail',
        {
          customerNeverAccepts: facts.customerNeverAccepts === true,
          beyondAuthority: facts.beyondAuthority === true,
          servedByRegisteredMail: true,
          proofOfServiceKept: true,
        },
        '客户始终不认可或超出公司权限，处理意见书已以挂号信函送达并保留证明，投诉封闭',
        'The customer never accepts (or it is beyond authority); the written opinion was served by registered mail and the proof kept: closed',
      );
    }
    if (
      facts.handlingCompliedWithLaw === true &&
      facts.lawsuitOrArbitrationFiledOn !== undefined &&
      facts.handlingCompletedAt !== undefined
    ) {
      const filedDay = toDayNumber(facts.lawsuitOrArbitrationFiledOn, [
        'facts',
        'lawsuitOrArbitrationFiledOn',
      ]);
      const today = shanghaiDayNumberOfInstant(now);
      const window = addWindow(facts.handlingCompletedAt, { months: policy.closure.lawsuitWithinMonths });
      const from = toDayNumber(window.startDay, ['facts', 'handlingCompletedAt']);
      const to = toDayNumber(window.lastDay, ['facts', 'handlingCompletedAt']);
      if (filedDay <= today && filedDay >= from && filedDay <= to) {
        return closed(
          'lawsuit-or-arbitration',
          {
            handlingCompliedWithLaw: true,
            lawsuitOrArbitrationFiledOn: formatDayNumber(filedDay),
            windowLastDay: window.lastDay,
          },
          `处理符合法律法规，客户已在${policy.closure.lawsuitWithinMonths}个月内（至${window.lastDay}）提起诉讼或仲裁，投诉封闭`,
          `Handling complied with the law and the customer filed a lawsuit or arbitration within ${policy.closure.lawsuitWithinMonths} months (through ${window.lastDay}): closed`,
        );
      }
      missing.push(filedDay > today ? 'lawsuit-filed-after-now' : 'lawsuit-outside-window');
    } else {
      if (facts.handlingCompliedWithLaw !== true) missing.push('handling-complied-with-law');
      if (facts.lawsuitOrArbitrationFiledOn === undefined) missing.push('lawsuit-or-arbitration');
      if (facts.handlingCompletedAt === undefined) missing.push('handling-completed-at');
    }
    if (facts.servedByRegisteredMail !== true) missing.push('served-by-registered-mail');
    else if (facts.proofOfServiceKept !== true) missing.push('proof-of-service-kept');
  } else if (hasContact) {
    missing.push(facts.callbackOutcome === undefined ? 'callback' : `callback-${facts.callbackOutcome}`);
  } else {
    missing.push('reply-attached');
  }
  const reason = createReason(
    'CMP-CLOSE',
    { closable: false, missing, hasContactInfo: hasContact, callbackOutcome: facts.callbackOutcome ?? null },
    {
      'zh-CN': `尚不具备投诉封闭条件（缺少：${missing.join('、')}）`,
      en: `Not closable yet (missing: ${missing.join(', ')})`,
    },
  );
  return { closable: false, via: null, reasons: [reason] };
}

function closed(via: ClosureRoute, facts: Reason['facts'], zh: string, en: string): ClosureDecision {
  return {
    closable: true,
    via,
    reasons: [createReason('CMP-CLOSE', { ...facts, via }, { 'zh-CN': zh, en })],
  };
}
