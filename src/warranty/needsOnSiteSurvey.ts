import {
  expectBoolean,
  expectKnownKeys,
  expectNumber,
  expectOneOf,
  expectPlainObject,
} from '../core/checks.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { atLeast, meetsThreshold } from '../core/thresholds.js';
import { SURVEY_PROBLEM_LABELS } from './tables/labels.js';
import { SURVEY_PROBLEMS, type SurveyProblem } from './types.js';

/** The facts of {@link needsOnSiteSurvey}. */
export interface OnSiteSurveyFacts {
  /** The kind of problem reported. */
  readonly problem: SurveyProblem;
  /** For hollow or cracked plaster: over a large area (大面积). */
  readonly largeArea?: boolean | undefined;
  /** Repairs already made at the same location (重复维保修 from 1). */
  readonly previousRepairsAtSameLocation?: number | undefined;
  /** Who is responsible is not clear (责任界限不清). */
  readonly responsibilityUnclear?: boolean | undefined;
  /** The owner refuses to take the home (业主拒绝接受房屋). */
  readonly ownerRefusesHome?: boolean | undefined;
}

/** Whether the property engineering department must go on site (`WAR-ONSITE`). */
export type OnSiteSurveyDecision = Decision<{ readonly required: boolean }>;

const KEYS = [
  'problem',
  'largeArea',
  'previousRepairsAtSameLocation',
  'responsibilityUnclear',
  'ownerRefusesHome',
] as const;

/** A repeat repair: one previous repair at the same location or more (重复维保修). */
const REPEAT = atLeast(1);

const SOURCE = 'SOL 保修期满前的处理流程 2';

/**
 * Whether the property engineering department must go on site with the contractor and set
 * the repair plan (`WAR-ONSITE`, SOL 保修期满前的处理流程 2): for a leak, a structural crack,
 * hollow or cracked plaster over a large area indoors, a repeated repair at the same
 * location, unclear responsibility, or an owner refusing to take the home. One reason per
 * condition that holds; one reason saying none does otherwise.
 *
 * @rule WAR-ONSITE
 * @throws {InvalidArgumentError} an unknown problem, a count that is not a whole number from 0, a flag that is not a boolean.
 * @example
 * ```ts
 * needsOnSiteSurvey({ problem: 'leak' }).required; // true
 * needsOnSiteSurvey({ problem: 'plaster-hollow-or-crack', largeArea: false }).required; // false
 * needsOnSiteSurvey({ problem: 'other', previousRepairsAtSameLocation: 1 }).required; // true: a repeat repair
 * ```
 */
export function needsOnSiteSurvey(facts: OnSiteSurveyFacts): OnSiteSurveyDecision {
  const f = expectPlainObject(facts, ['facts']);
  expectKnownKeys(f, KEYS, []);
  const problem = expectOneOf(f.problem, SURVEY_PROBLEMS, ['problem']);
  const flag = (key: string) => (f[key] === undefined ? false : expectBoolean(f[key], [key]));
  const largeArea = flag('largeArea');
  const unclear = flag('responsibilityUnclear');
  const refuses = flag('ownerRefusesHome');
  const previous =
    f.previousRepairsAtSameLocation === undefined
      ? 0
      : expectNumber(f.previousRepairsAtSameLocation, ['previousRepairsAtSameLocation'], {
          integer: true,
          min: 0,
        });
  const reasons: Reason[] = [];
  const add = (condition: string, zh: string, en: string) =>
    reasons.push(
      createReason(
        'WAR-ONSITE',
        { condition, problem, required: true, source: SOURCE },
        {
          'zh-CN': `${zh}：物业工程管理部须陪同施工单位上门踏勘并确定维保修方案（${SOURCE}）`,
          en: `${en}: the property engineering department goes on site with the contractor and sets the repair plan (${SOURCE})`,
        },
      ),
    );
  if (problem === 'leak') add('leak', '渗漏水问题', 'A leak');
  if (problem === 'structural-crack') add('structural-crack', '结构裂缝', 'A structural crack');
  if (problem === 'plaster-hollow-or-crack' && largeArea) {
    add(
      'large-area-plaster',
      '室内出现大面积空鼓裂缝',
      'Hollow or cracked plaster over a large area indoors',
    );
  }
  if (meetsThreshold(REPEAT, previous)) {
    add(
      'repeat-repair',
      `重复维保修（同一部位已维修${previous}次）`,
      `A repeated repair (${previous} before at the same location)`,
    );
  }
  if (unclear) add('responsibility-unclear', '责任界限不清', 'Unclear responsibility');
  if (refuses) add('owner-refuses-home', '业主拒绝接受房屋', 'The owner refuses to take the home');
  if (reasons.length === 0) {
    const label = SURVEY_PROBLEM_LABELS[problem];
    reasons.push(
      createReason(
        'WAR-ONSITE',
        {
          condition: null,
          problem,
          largeArea,
          previousRepairsAtSameLocation: previous,
          required: false,
          source: SOURCE,
        },
        {
          'zh-CN': `${label['zh-CN']}${problem === 'plaster-hollow-or-crack' ? '（非大面积）' : ''}，非重复维修，责任清楚：无须物业工程管理部陪同踏勘（${SOURCE}所列六种情形均不成立）`,
          en: `${label.en[0]?.toUpperCase()}${label.en.slice(1)}${problem === 'plaster-hollow-or-crack' ? ' (not over a large area)' : ''}, not a repeat, responsibility clear: no joint survey required (none of the six cases of ${SOURCE} holds)`,
        },
      ),
    );
  }
  return { required: reasons[0]?.facts.required === true, reasons };
}
