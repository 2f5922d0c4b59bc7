import { expectBoolean, expectKnownKeys, expectPlainObject } from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';
import { COMPENSATION_STEP_LABELS } from './tables/labels.js';
import type { CompensationStep } from './types.js';

/** The facts of {@link canIssueDeductionNotice}. */
export interface DeductionNoticeFacts {
  /** A handling plan was agreed with the customer and the project customer service. */
  readonly planAgreed: boolean;
  /** The plan was approved through project customer service. */
  readonly approved: boolean;
}

/** Whether the engineering deduction notice may go to the contractor (`WAR-COMP`). */
export type DeductionNoticeDecision = Decision<{
  /** The plan is agreed and approved: the deduction notice may be issued. */
  readonly allowed: boolean;
  /** The step the compensation is at: the next one owed, or `deduction-notice` when it may be issued. */
  readonly step: CompensationStep;
}>;

/**
 * Whether the engineering deduction notice (工程扣款知会) for compensation caused by
 * engineering quality may go to the contractor (`WAR-COMP`, SOL 保修期满前的处理流程 9): the
 * property company agrees a handling plan with the customer and the project customer
 * service, project customer service has it approved, and only then does the project
 * engineering department notify the deduction. The repair-order machine's compensation
 * steps: plan, approved, deduction notice.
 *
 * @rule WAR-COMP
 * @throws {InvalidArgumentError} a flag that is not a boolean.
 * @example
 * ```ts
 * canIssueDeductionNotice({ planAgreed: true, approved: false }); // allowed: false, step: 'approved'
 * canIssueDeductionNotice({ planAgreed: true, approved: true }).allowed; // true
 * ```
 */
export function canIssueDeductionNotice(facts: DeductionNoticeFacts): DeductionNoticeDecision {
  const f = expectPlainObject(facts, ['facts']);
  expectKnownKeys(f, ['planAgreed', 'approved'], []);
  const planAgreed = expectBoolean(f.planAgreed, ['planAgreed']);
  const approved = expectBoolean(f.approved, ['approved']);
  const step: CompensationStep = !planAgreed ? 'plan' : !approved ? 'approved' : 'deduction-notice';
  const allowed = step === 'deduction-notice';
  const label = COMPENSATION_STEP_LABELS[step];
  return {
    allowed,
    step,
    reasons: [
      createReason(
        'WAR-COMP',
        { planAgreed, approved, step, allowed, source: label.source },
        allowed
          ? {
              'zh-CN': `处理方案已与客户及项目客户服务部沟通并报审通过：${label['zh-CN']}（${label.source}）`,
              en: `The plan is agreed and approved: ${label.en} may go out (${label.source})`,
            }
          : {
              'zh-CN': `尚未到工程扣款知会：下一步须${label['zh-CN']}（${label.source}）`,
              en: `Not yet time for the deduction notice: next, ${label.en} (${label.source})`,
            },
      ),
    ],
  };
}
