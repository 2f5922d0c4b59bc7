import type { LocalizedText } from '../../core/reason.js';
import type { RuleId } from '../../core/rules.js';
import type {
  DefectDiscipline,
  DefectGrade,
  DefectPlanOutcome,
  DefectSource,
  FeasibilityFactor,
  RecurrenceField,
} from '../types.js';

/** One row of the source table: its label, how SOL words it, its rule and section. */
export interface DefectSourceRow extends LocalizedText {
  /** The channel as SOL 缺陷收集 lists it. */
  readonly sourceWording: string;
  readonly rule: RuleId;
  readonly source: string;
}

/**
 * Where defects are collected (`DEF-SOURCE`, SOL 缺陷收集): "项目开盘、巡检、交付风险检查时的
 * 缺陷发现；房屋交付、维修整改过程中的缺陷；房屋保修过程中的缺陷；业主投诉；客户满意度调查等".
 *
 * @rule DEF-SOURCE
 * @example
 * ```ts
 * DEFECT_SOURCE_TABLE['warranty-repair']['zh-CN']; // '房屋保修'
 * ```
 */
export const DEFECT_SOURCE_TABLE: Readonly<Record<DefectSource, DefectSourceRow>> = Object.freeze({
  'opening-check': {
    'zh-CN': '项目开盘检查',
    en: 'Sales-opening check',
    sourceWording: '项目开盘时的缺陷发现',
    rule: 'DEF-SOURCE',
    source: 'SOL 缺陷收集',
  },
  patrol: {
    'zh-CN': '巡检',
    en: 'Patrol',
    sourceWording: '巡检时的缺陷发现',
    rule: 'DEF-SOURCE',
    source: 'SOL 缺陷收集',
  },
  'delivery-risk-check': {
    'zh-CN': '交付风险检查',
    en: 'Delivery risk check',
    sourceWording: '交付风险检查时的缺陷发现',
    rule: 'DEF-SOURCE',
    source: 'SOL 缺陷收集',
  },
  delivery: {
    'zh-CN': '房屋交付',
    en: 'Delivery',
    sourceWording: '房屋交付过程中的缺陷',
    rule: 'DEF-SOURCE',
    source: 'SOL 缺陷收集',
  },
  rectification: {
    'zh-CN': '维修整改',
    en: 'Repair and rectification',
    sourceWording: '维修整改过程中的缺陷',
    rule: 'DEF-SOURCE',
    source: 'SOL 缺陷收集',
  },
  'warranty-repair': {
    'zh-CN': '房屋保修',
    en: 'Warranty repair',
    sourceWording: '房屋保修过程中的缺陷',
    rule: 'DEF-SOURCE',
    source: 'SOL 缺陷收集',
  },
  complaint: {
    'zh-CN': '业主投诉',
    en: 'Owner complaint',
    sourceWording: '业主投诉',
    rule: 'DEF-SOURCE',
    source: 'SOL 缺陷收集',
  },
  'satisfaction-survey': {
    'zh-CN': '客户满意度调查',
    en: 'Satisfaction survey',
    sourceWording: '客户满意度调查',
    rule: 'DEF-SOURCE',
    source: 'SOL 缺陷收集',
  },
});

/**
 * Discipline labels. The list is the library's own (SOL's 缺陷分类参考标准 is an image the
 * source text does not carry); a discipline names the department that answers for a defect.
 */
export const DEFECT_DISCIPLINE_LABELS: Readonly<Record<DefectDiscipline, LocalizedText>> = Object.freeze({
  'planning-design': { 'zh-CN': '规划设计', en: 'Planning and design' },
  architecture: { 'zh-CN': '建筑', en: 'Architecture' },
  structure: { 'zh-CN': '结构', en: 'Structure' },
  waterproofing: { 'zh-CN': '防水', en: 'Waterproofing' },
  plumbing: { 'zh-CN': '给排水', en: 'Plumbing' },
  electrical: { 'zh-CN': '电气', en: 'Electrical' },
  hvac: { 'zh-CN': '暖通空调', en: 'Heating, ventilation and air conditioning' },
  decoration: { 'zh-CN': '装修', en: 'Decoration' },
  landscape: { 'zh-CN': '园林景观', en: 'Landscape' },
  sales: { 'zh-CN': '销售', en: 'Sales' },
  'property-service': { 'zh-CN': '物业服务', en: 'Property service' },
  'customer-service': { 'zh-CN': '客户服务', en: 'Customer service' },
  other: { 'zh-CN': '其他', en: 'Other' },
});

/** One row of the grade table. */
export interface DefectGradeRow extends LocalizedText {
  /** What the grade means, as SOL 缺陷决策 defines it. */
  readonly meaning: LocalizedText;
  /** What follows the grade (`DEF-RECTIFY`). */
  readonly nextStep: 'rectification' | 'preventive-measures';
  readonly rule: RuleId;
  readonly source: string;
}

/**
 * The two grades (`DEF-GRADE`, SOL 缺陷决策: "A级属于必须整改的缺陷，B级属于无需整改或者
 * 无法整改的缺陷") and what follows each (`DEF-RECTIFY`, SOL 缺陷整改).
 *
 * @rule DEF-GRADE
 * @rule DEF-RECTIFY
 * @example
 * ```ts
 * DEFECT_GRADE_TABLE.B.meaning['zh-CN']; // '无需整改或者无法整改的缺陷'
 * ```
 */
export const DEFECT_GRADE_TABLE: Readonly<Record<DefectGrade, DefectGradeRow>> = Object.freeze({
  A: {
    'zh-CN': 'A级缺陷',
    en: 'Grade A',
    meaning: { 'zh-CN': '必须整改的缺陷', en: 'must be rectified' },
    nextStep: 'rectification',
    rule: 'DEF-GRADE',
    source: 'SOL 缺陷决策',
  },
  B: {
    'zh-CN': 'B级缺陷',
    en: 'Grade B',
    meaning: { 'zh-CN': '无需整改或者无法整改的缺陷', en: 'needs no rectification or cannot be rectified' },
    nextStep: 'preventive-measures',
    rule: 'DEF-GRADE',
    source: 'SOL 缺陷决策',
  },
});

/** One feasibility factor: its label, and what the reasons say when it fails. */
export interface FeasibilityFactorRow extends LocalizedText {
  readonly fails: LocalizedText;
}

/** The feasibility factors weighed at the decision (`DEF-GRADE`, SOL 缺陷决策: 施工能力、工程技术可行性、工期控制). */
export const FEASIBILITY_FACTOR_LABELS: Readonly<Record<FeasibilityFactor, FeasibilityFactorRow>> =
  Object.freeze({
    constructionCapacity: {
      'zh-CN': '施工能力',
      en: 'construction capacity',
      fails: { 'zh-CN': '施工能力不足', en: 'the construction capacity is lacking' },
    },
    technical: {
      'zh-CN': '工程技术可行性',
      en: 'technical feasibility',
      fails: { 'zh-CN': '工程技术上不可行', en: 'it is not technically feasible' },
    },
    schedule: {
      'zh-CN': '工期控制',
      en: 'schedule',
      fails: { 'zh-CN': '工期不允许', en: 'the schedule does not allow it' },
    },
  });

/** How a plan stands against its due day (`DEF-TRACK`). */
export const DEFECT_PLAN_OUTCOME_LABELS: Readonly<Record<DefectPlanOutcome, LocalizedText>> = Object.freeze({
  pending: { 'zh-CN': '未到计划完成日', en: 'not yet due' },
  'on-plan': { 'zh-CN': '按计划解决', en: 'solved on plan' },
  missed: { 'zh-CN': '未按计划完成', en: 'missed its plan' },
});

/** The fields a recurrence is matched on (`DEF-RECUR`). */
export const RECURRENCE_FIELD_LABELS: Readonly<Record<RecurrenceField, LocalizedText>> = Object.freeze({
  description: { 'zh-CN': '描述', en: 'description' },
  component: { 'zh-CN': '部品部件', en: 'component' },
  discipline: { 'zh-CN': '专业', en: 'discipline' },
  location: { 'zh-CN': '位置', en: 'location' },
});
