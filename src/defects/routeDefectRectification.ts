import { expectOneOf, expectPlainObject } from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';
import {
  DEFECT_DEPARTMENT_LABELS,
  RECTIFICATION_STEP_TABLE,
  type RectificationStepRow,
} from './tables/stages.js';
import { DEFECT_GRADES, type DefectGrade } from './types.js';

/** The route a graded defect takes (`DEF-RECTIFY`). */
export type DefectRectificationRoute = Decision<{
  readonly grade: DefectGrade;
  /** Rectification (A) or preventive measures (B). */
  readonly route: 'rectification' | 'preventive-measures';
  /** The steps, in order, each with who takes it. */
  readonly steps: readonly RectificationStepRow[];
}>;

/**
 * The steps that follow a defect's grade (`DEF-RECTIFY`, SOL 缺陷整改): grade A, the
 * responsible department plans the rectification (with its due day), carries it out and
 * accepts it, and project customer service verifies it; grade B, the department sets
 * preventive measures so that the defect does not recur, filed with project customer
 * service. Either way the plan is then tracked (`DEF-TRACK`).
 *
 * @rule DEF-RECTIFY
 * @example
 * ```ts
 * routeDefectRectification({ grade: 'A' }).steps.map((s) => s.step); // ['plan', 'carry-out', 'accept', 'verify']
 * routeDefectRectification({ grade: 'B' }).route; // 'preventive-measures'
 * ```
 */
export function routeDefectRectification(input: { readonly grade: DefectGrade }): DefectRectificationRoute {
  const grade = expectOneOf(expectPlainObject(input, ['input']).grade, DEFECT_GRADES, ['grade']);
  const steps = RECTIFICATION_STEP_TABLE[grade];
  const route = grade === 'A' ? 'rectification' : 'preventive-measures';
  const list = (locale: 'zh-CN' | 'en') =>
    steps
      .map((s) => `${s[locale]}（${DEFECT_DEPARTMENT_LABELS[s.by][locale]}）`)
      .join(locale === 'en' ? '; ' : '；')
      .replace(/（/g, locale === 'en' ? ' (' : '（')
      .replace(/）/g, locale === 'en' ? ')' : '）');
  return {
    grade,
    route,
    steps,
    reasons: [
      createReason(
        'DEF-RECTIFY',
        { grade, route, steps: steps.map((s) => s.step) },
        {
          'zh-CN': `${grade}级缺陷：${list('zh-CN')}`,
          en: `Grade ${grade}: ${list('en')}`,
        },
      ),
    ],
  };
}
