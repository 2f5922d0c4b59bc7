import {
  expectBoolean,
  expectOneOf,
  expectOptional,
  expectPlainObject,
  expectString,
} from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';
import { DEFECT_PLAN_OUTCOMES, type DefectPlanOutcome } from './types.js';

/** What tracking has on file for a plan (`DEF-TRACK`). */
export interface DefectTrackingFacts {
  /** How the plan stands ({@link assessDefectPlanOutcome}). */
  readonly outcome: DefectPlanOutcome;
  /** On plan: the confirmation form (缺陷反馈确认单) is filled in together and filed. */
  readonly confirmationFiled?: boolean | undefined;
  /** Missed: the responsible department's stated reason (未完成原因). Never echoed in messages. */
  readonly missedReason?: string | undefined;
  /** Missed: the reviewing department's evaluation (评估意见). Never echoed in messages. */
  readonly reviewEvaluation?: string | undefined;
}

/** What tracking still lacks. */
export type DefectTrackingGap = 'plan-not-due' | 'confirmation-form' | 'missed-reason' | 'review-evaluation';

/** Whether tracking is complete and the defect may move on to its summary (`DEF-TRACK`). */
export type DefectTrackingDecision = Decision<{
  readonly allowed: boolean;
  /** What is still missing, in the order it is asked for (empty when allowed). */
  readonly missing: readonly DefectTrackingGap[];
}>;

const given = (text: string | undefined) => text !== undefined && text.trim().length > 0;

/**
 * Whether a defect's tracking is complete (`DEF-TRACK`, SOL 缺陷跟踪): solved on plan, when
 * the confirmation form (缺陷反馈确认单) is filed; missed, only when the responsible
 * department has stated why AND the reviewing department has given its evaluation, both.
 * A blank text is no reason. A plan still pending cannot complete. The texts are never
 * quoted in the reasons: they may name people.
 *
 * @rule DEF-TRACK
 * @example
 * ```ts
 * canCompleteDefectTracking({ outcome: 'missed', missedReason: '材料到货延迟' }).missing; // ['review-evaluation']
 * canCompleteDefectTracking({ outcome: 'missed', missedReason: '材料到货延迟', reviewEvaluation: '同意延期至5月15日' }).allowed;
 * // true
 * canCompleteDefectTracking({ outcome: 'on-plan', confirmationFiled: true }).allowed; // true
 * ```
 */
export function canCompleteDefectTracking(facts: DefectTrackingFacts): DefectTrackingDecision {
  const f = expectPlainObject(facts, ['facts']);
  const outcome = expectOneOf(f.outcome, DEFECT_PLAN_OUTCOMES, ['outcome']);
  const filed = expectOptional(f.confirmationFiled, ['confirmationFiled'], expectBoolean) ?? false;
  const text = { allowEmpty: true, maxLength: 10_000 } as const;
  const reason = expectOptional(f.missedReason, ['missedReason'], (v, p) => expectString(v, p, text));
  const evaluation = expectOptional(f.reviewEvaluation, ['reviewEvaluation'], (v, p) =>
    expectString(v, p, text),
  );
  const missing: DefectTrackingGap[] = [];
  if (outcome === 'pending') missing.push('plan-not-due');
  else if (outcome === 'on-plan') {
    if (!filed) missing.push('confirmation-form');
  } else {
    if (!given(reason)) missing.push('missed-reason');
    if (!given(evaluation)) missing.push('review-evaluation');
  }
  const allowed = missing.length === 0;
  const facts_ = {
    outcome,
    confirmationFiled: filed,
    missedReasonGiven: given(reason),
    reviewEvaluationGiven: given(evaluation),
    missing,
  };
  const zhMissing: Record<DefectTrackingGap, string> = {
    'plan-not-due': '计划尚在进行中',
    'confirmation-form': '尚未填写并存档《缺陷反馈确认单》',
    'missed-reason': '责任部门尚未说明未完成原因',
    'review-evaluation': '评议部门尚未出具评估意见',
  };
  const enMissing: Record<DefectTrackingGap, string> = {
    'plan-not-due': 'the plan is still running',
    'confirmation-form': 'the confirmation form is not yet filed',
    'missed-reason': 'the responsible department has not stated why',
    'review-evaluation': 'the reviewing department has not given its evaluation',
  };
  const message = allowed
    ? outcome === 'on-plan'
      ? {
          'zh-CN': '按计划解决，《缺陷反馈确认单》已存档：跟踪完成，转入缺陷总结',
          en: 'Solved on plan and the confirmation form is filed: tracking is complete; on to the summary',
        }
      : {
          'zh-CN': '未按计划完成，责任部门已说明原因，评议部门已出具评估意见：跟踪完成，转入缺陷总结',
          en: 'Missed, with the reason stated and the reviewing department’s evaluation given: tracking is complete; on to the summary',
        }
    : {
        'zh-CN': `跟踪未完成：${missing.map((m) => zhMissing[m]).join('；')}`,
        en: `Tracking is not complete: ${missing.map((m) => enMissing[m]).join('; ')}`,
      };
  return { allowed, missing, reasons: [createReason('DEF-TRACK', facts_, message)] };
}
