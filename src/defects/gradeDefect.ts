import { expectBoolean, expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { DEFECT_GRADE_TABLE, FEASIBILITY_FACTOR_LABELS } from './tables/labels.js';
import { type DefectGrade, FEASIBILITY_FACTORS, type FeasibilityFactor } from './types.js';

/** Whether each feasibility factor holds (SOL 缺陷决策: 施工能力、工程技术可行性、工期控制). */
export type DefectFeasibility = { readonly [F in FeasibilityFactor]: boolean };

/** What the decision meeting (缺陷决策单) found (`DEF-GRADE`). */
export interface DefectGradeFacts {
  /** Whether the defect needs rectifying at all. */
  readonly needsRectification: boolean;
  /**
   * Whether each factor holds. Required when the defect needs rectifying; when it does not,
   * the factors do not decide and may be left out.
   */
  readonly feasibility?: DefectFeasibility | undefined;
}

/** What decided a grade: the need for rectification, or a feasibility factor. */
export type DefectGradeFactor = 'needsRectification' | FeasibilityFactor;

/** A defect's grade, what decided it, and what follows (`DEF-GRADE`, `DEF-RECTIFY`). */
export type DefectGrading = Decision<{
  /** A: must be rectified. B: needs no rectification, or cannot be rectified. */
  readonly grade: DefectGrade;
  /** What decided the grade: every factor for A; the need, or each failing factor, for B. */
  readonly decidedBy: readonly DefectGradeFactor[];
  /** The feasibility factors that fail (empty for A, and for B that needs no rectification). */
  readonly failedFactors: readonly FeasibilityFactor[];
  /** What follows (`DEF-RECTIFY`): rectification for A, preventive measures for B. */
  readonly nextStep: 'rectification' | 'preventive-measures';
}>;

function readFeasibility(value: unknown): DefectFeasibility {
  const f = expectPlainObject(value, ['feasibility']);
  for (const key of Object.keys(f)) {
    if (!(FEASIBILITY_FACTORS as readonly string[]).includes(key)) {
      throw new InvalidArgumentError(
        ['feasibility', key],
        `unknown feasibility factor; expected ${FEASIBILITY_FACTORS.join(', ')}`,
      );
    }
  }
  return {
    constructionCapacity: expectBoolean(f.constructionCapacity, ['feasibility', 'constructionCapacity']),
    technical: expectBoolean(f.technical, ['feasibility', 'technical']),
    schedule: expectBoolean(f.schedule, ['feasibility', 'schedule']),
  };
}

const joinZh = (fs: readonly FeasibilityFactor[]) =>
  fs.map((f) => FEASIBILITY_FACTOR_LABELS[f]['zh-CN']).join('、');
const joinEn = (fs: readonly FeasibilityFactor[]) =>
  fs.map((f) => FEASIBILITY_FACTOR_LABELS[f].en).join(', ');

/**
 * Grades a defect at the decision (缺陷决策, `DEF-GRADE`): A, must be rectified, when it
 * needs rectification and every feasibility factor holds (construction capacity, technical
 * feasibility, schedule); B otherwise: it needs none, or it cannot be rectified because a
 * factor fails, and then the responsible department sets preventive measures
 * (`DEF-RECTIFY`). The reasons name what decided: the need, or each failing factor.
 *
 * @rule DEF-GRADE
 * @rule DEF-RECTIFY
 * @throws {InvalidArgumentError} `needsRectification` is not a boolean, or feasibility is
 * missing (when rectification is needed) or holds a non-boolean or an unknown factor.
 * @example
 * ```ts
 * const all = { constructionCapacity: true, technical: true, schedule: true };
 * gradeDefect({ needsRectification: true, feasibility: all }).grade; // 'A'
 * const g = gradeDefect({ needsRectification: true, feasibility: { ...all, schedule: false } });
 * [g.grade, g.decidedBy, g.nextStep]; // ['B', ['schedule'], 'preventive-measures']
 * gradeDefect({ needsRectification: false }).decidedBy; // ['needsRectification']
 * ```
 */
export function gradeDefect(facts: DefectGradeFacts): DefectGrading {
  const f = expectPlainObject(facts, ['facts']);
  const needs = expectBoolean(f.needsRectification, ['needsRectification']);
  if (needs && f.feasibility === undefined) {
    throw new InvalidArgumentError(
      ['feasibility'],
      'a defect that needs rectification is graded on its feasibility: give constructionCapacity, technical and schedule',
    );
  }
  const feasibility = f.feasibility === undefined ? undefined : readFeasibility(f.feasibility);
  const reasons: Reason[] = [];
  let grade: DefectGrade;
  let decidedBy: DefectGradeFactor[];
  let failed: FeasibilityFactor[] = [];
  if (!needs) {
    grade = 'B';
    decidedBy = ['needsRectification'];
    reasons.push(
      createReason(
        'DEF-GRADE',
        { needsRectification: false, grade, decidedBy: 'needsRectification' },
        {
          'zh-CN': '决策认定该缺陷无需整改：B级（无需整改或者无法整改的缺陷）',
          en: 'The decision finds that the defect needs no rectification: grade B (needs no rectification or cannot be rectified)',
        },
      ),
    );
  } else {
    const fe = feasibility as DefectFeasibility;
    failed = FEASIBILITY_FACTORS.filter((k) => !fe[k]);
    if (failed.length === 0) {
      grade = 'A';
      decidedBy = ['needsRectification', ...FEASIBILITY_FACTORS];
      reasons.push(
        createReason(
          'DEF-GRADE',
          { needsRectification: true, feasibility: { ...fe }, grade },
          {
            'zh-CN': `需要整改，且${joinZh(FEASIBILITY_FACTORS)}均可行：A级（必须整改的缺陷）`,
            en: `It needs rectification and every factor holds (${joinEn(FEASIBILITY_FACTORS)}): grade A, must be rectified`,
          },
        ),
      );
    } else {
      grade = 'B';
      decidedBy = failed;
      for (const factor of failed) {
        const { fails } = FEASIBILITY_FACTOR_LABELS[factor];
        reasons.push(
          createReason(
            'DEF-GRADE',
            { needsRectification: true, factor, holds: false, grade },
            {
              'zh-CN': `需要整改，但${fails['zh-CN']}，无法整改：B级（无需整改或者无法整改的缺陷）`,
              en: `It needs rectification, but ${fails.en}, so it cannot be rectified: grade B`,
            },
          ),
        );
      }
    }
  }
  const row = DEFECT_GRADE_TABLE[grade];
  reasons.push(
    createReason(
      'DEF-RECTIFY',
      { grade, nextStep: row.nextStep },
      grade === 'A'
        ? {
            'zh-CN': 'A级：责任部门拟订整改措施并实施整改、组织验收，由项目客户服务部验证',
            en: 'Grade A: the responsible department plans, carries out and accepts the rectification; project customer service verifies it',
          }
        : {
            'zh-CN': 'B级：责任部门拟订预防措施，避免缺陷重复出现，报项目客户服务部备案',
            en: 'Grade B: the responsible department sets preventive measures so that it does not recur, filed with project customer service',
          },
    ),
  );
  return { grade, decidedBy, failedFactors: failed, nextStep: row.nextStep, reasons };
}
