import { addWindow } from '../calendar/addWindow.js';
import { type DayInput, formatDayNumber, toDayNumber } from '../calendar/days.js';
import { expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { type CustomerPolicyInput, describeSettingSource, resolveCustomerPolicy } from './policy.js';
import type { Customer } from './schemas.js';
import { RETENTION_ACTION_LABELS } from './tables/labels.js';
import type { RetentionAction } from './types.js';

/** What a customer file's retention is counted from. At least one is given. */
export interface RetentionInput {
  /** The day the file was closed and archived: the retention period counts from here. */
  readonly closedOn?: DayInput | undefined;
  /** The day the customer withdrew consent: the file is then due for deletion at once (PIPL art. 47). */
  readonly consentWithdrawnOn?: DayInput | undefined;
}

/** The options of {@link computeRetentionEnd}. */
export interface RetentionOptions {
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: CustomerPolicyInput;
}

/** How long a customer file is kept, and what happens to it then (`CUS-RETENTION`, `CUS-PIPL`). */
export type RetentionEnd = Decision<{
  /** The last day the file is kept, `YYYY-MM-DD`, inclusive. */
  readonly retainUntil: string;
  /** The first day it is due for destruction or anonymisation: the day after `retainUntil`. */
  readonly disposeFrom: string;
  /** What happens to it: destroyed with approval and a record, or anonymised (per the policy). */
  readonly action: RetentionAction;
  /** Whether destruction needs an approval and a destruction record (GEN 3.2.8). */
  readonly approvalRequired: boolean;
  /** Why it ends: the retention period, or the customer's withdrawn consent, whichever comes first. */
  readonly endsBy: 'retention-period' | 'consent-withdrawn';
}>;

const ONE_DAY_BEFORE = (day: string): string => formatDayNumber(toDayNumber(day, ['day']) - 1);

/**
 * How long a closed customer file is kept and what happens to it then (`CUS-RETENTION`,
 * `CUS-PIPL`). The policy's retention period (10 years in every preset: GEN 3.2.8
 * 客户档案的保管期限为10年, borrowed by the others) runs from the day after the file was
 * closed through the corresponding day, inclusive, and is never moved over rest days
 * (`LAW-WINDOW`: it divides what may be kept from what may not): closed 2016-03-15, it is
 * kept through 2026-03-15 and due for disposal from 2026-03-16. That period is a company
 * rule, not a legal minimum: PIPL art. 19 asks that personal information be kept no longer
 * than its purpose needs, and art. 47 that it be deleted (or anonymised) when the period
 * ends, as the reasons say. A customer who withdraws consent (art. 47(1)(3)) makes the file
 * due for deletion from that day, if that comes first. The action is the policy's:
 * destruction with approval and a destruction record (GEN 3.2.8), or anonymisation.
 *
 * @rule CUS-RETENTION
 * @rule CUS-PIPL
 * @rule LAW-WINDOW
 * @example
 * ```ts
 * const r = computeRetentionEnd({ closedOn: '2016-03-15' }, { policy: generic });
 * r.retainUntil; // '2026-03-15'
 * r.action; // 'destroy-with-approval'
 * ```
 */
export function computeRetentionEnd(input: RetentionInput, options?: RetentionOptions): RetentionEnd {
  expectPlainObject(input, ['input']);
  if (options !== undefined) expectPlainObject(options, ['options']);
  const policy = resolveCustomerPolicy(options?.policy);
  if (input.closedOn === undefined && input.consentWithdrawnOn === undefined) {
    throw new InvalidArgumentError(
      ['input'],
      'give closedOn (the day the file was closed) or consentWithdrawnOn (the day consent was withdrawn)',
    );
  }
  const action = policy.retentionAction;
  const actionText = RETENTION_ACTION_LABELS[action];
  const actionSource = describeSettingSource(policy, 'retentionAction');
  const reasons: Reason[] = [];
  let periodEnd: string | undefined;
  if (input.closedOn !== undefined) {
    const closed = formatDayNumber(toDayNumber(input.closedOn, ['input', 'closedOn']));
    const years = policy.retentionYears;
    const window = addWindow(closed, { years });
    periodEnd = window.lastDay;
    const source = describeSettingSource(policy, 'retentionYears');
    reasons.push(
      createReason(
        'CUS-RETENTION',
        {
          policy: policy.id,
          years,
          basis: source.basis,
          source: source.cite,
          closedOn: closed,
          retainUntil: periodEnd,
        },
        {
          'zh-CN': `客户档案的保管期限为${years}年（${source.text['zh-CN']}）：${closed}结档，保管至${periodEnd}（含当日），不因休息日顺延`,
          en: `Customer files are kept ${years} years (${source.text.en}): closed ${closed}, kept through ${periodEnd}, never extended over rest days`,
        },
      ),
      ...window.reasons,
    );
  }
  let withdrawn: string | undefined;
  if (input.consentWithdrawnOn !== undefined) {
    withdrawn = formatDayNumber(toDayNumber(input.consentWithdrawnOn, ['input', 'consentWithdrawnOn']));
  }
  const byConsent = withdrawn !== undefined && (periodEnd === undefined || withdrawn <= periodEnd);
  const disposeFrom = byConsent
    ? (withdrawn as string)
    : formatDayNumber(toDayNumber(periodEnd as string, ['retainUntil']) + 1);
  const retainUntil = byConsent ? ONE_DAY_BEFORE(disposeFrom) : (periodEnd as string);
  if (byConsent) {
    reasons.push(
      createReason(
        'CUS-PIPL',
        {
          endsBy: 'consent-withdrawn',
          consentWithdrawnOn: disposeFrom,
          action,
          actionSource: actionSource.cite,
        },
        {
          'zh-CN': `个人于${disposeFrom}撤回同意：个人信息处理者应主动删除其个人信息（《个人信息保护法》第四十七条第一款第三项）${periodEnd === undefined ? '' : `，不必等到保管期限届满（${periodEnd}）`}；处理方式：${actionText['zh-CN']}（${actionSource.text['zh-CN']}）；法律、行政法规规定的保存期限未届满的，只能存储并采取安全保护措施，停止其他处理`,
          en: `The customer withdrew consent on ${disposeFrom}: the handler deletes the personal information of its own accord (PIPL art. 47(1)(3))${periodEnd === undefined ? '' : `, without waiting for the retention period to end (${periodEnd})`}; the file is ${actionText.en} (${actionSource.text.en}); where a law or administrative regulation sets a retention period not yet ended, it is only stored and kept secure, and processed no further`,
        },
      ),
    );
  } else {
    reasons.push(
      createReason(
        'CUS-PIPL',
        { endsBy: 'retention-period', retainUntil, disposeFrom, action, actionSource: actionSource.cite },
        {
          'zh-CN': `上述保管期限是公司制度规定的保存期限，不是法律规定的最短期限；个人信息的保存期限应为实现处理目的所必要的最短时间（《个人信息保护法》第十九条），期限届满应主动删除或匿名化（第四十七条）：自${disposeFrom}起${actionText['zh-CN']}（${actionSource.text['zh-CN']}）`,
          en: `That period is a company rule, not a legal minimum: personal information is kept no longer than its purpose needs (PIPL art. 19) and deleted or anonymised when the period ends (art. 47): from ${disposeFrom} the file is ${actionText.en} (${actionSource.text.en})`,
        },
      ),
    );
  }
  return {
    retainUntil,
    disposeFrom,
    action,
    approvalRequired: action === 'destroy-with-approval',
    endsBy: byConsent ? 'consent-withdrawn' : 'retention-period',
    reasons,
  };
}

/**
 * The retention input of a customer record: the day it was closed and the day consent was
 * withdrawn, where known; `undefined` for an open file with consent in place, which has no
 * retention end yet (`CUS-RETENTION`, `CUS-PIPL`).
 *
 * @rule CUS-RETENTION
 * @example
 * ```ts
 * toCustomerRetentionInput({ closedOn: '2016-03-15' }); // { closedOn: '2016-03-15' }
 * toCustomerRetentionInput({}); // undefined
 * ```
 */
export function toCustomerRetentionInput(
  customer: Pick<Customer, 'closedOn' | 'consentWithdrawnOn'>,
): RetentionInput | undefined {
  expectPlainObject(customer, ['customer']);
  if (customer.closedOn === undefined && customer.consentWithdrawnOn === undefined) return undefined;
  return {
    ...(customer.closedOn === undefined ? {} : { closedOn: customer.closedOn }),
    ...(customer.consentWithdrawnOn === undefined ? {} : { consentWithdrawnOn: customer.consentWithdrawnOn }),
  };
}
