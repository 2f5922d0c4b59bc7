/**
 * The defect module's vocabularies (缺陷反馈管理): string-literal unions backed by frozen
 * arrays, so that a schema, a label table and a `switch` are all checked against one list.
 *
 * @module
 */

/**
 * Where a defect was found (`DEF-SOURCE`, SOL 缺陷收集): the sales-opening check, patrols
 * and the delivery risk check; delivery and rectification; warranty repairs; complaints;
 * satisfaction surveys.
 */
export const DEFECT_SOURCES = Object.freeze([
  'opening-check',
  'patrol',
  'delivery-risk-check',
  'delivery',
  'rectification',
  'warranty-repair',
  'complaint',
  'satisfaction-survey',
] as const);
/** A defect source: 开盘检查, 巡检, 交付风险检查, 房屋交付, 维修整改, 房屋保修, 业主投诉, 满意度调查 (`DEF-SOURCE`). */
export type DefectSource = (typeof DEFECT_SOURCES)[number];

/**
 * The discipline (专业) a defect belongs to, which names the department that answers for
 * it. SOL's classification standard (缺陷分类参考标准) is a slide whose text the source
 * does not carry: this list is the library's own.
 */
export const DEFECT_DISCIPLINES = Object.freeze([
  'planning-design',
  'architecture',
  'structure',
  'waterproofing',
  'plumbing',
  'electrical',
  'hvac',
  'decoration',
  'landscape',
  'sales',
  'property-service',
  'customer-service',
  'other',
] as const);
/** A defect discipline: 规划设计, 建筑, 结构, 防水, 给排水, 电气, 暖通空调, 装修, 园林景观, 销售, 物业服务, 客户服务, 其他. */
export type DefectDiscipline = (typeof DEFECT_DISCIPLINES)[number];

/** The grades of the decision (`DEF-GRADE`): A must be rectified; B needs no rectification or cannot be rectified. */
export const DEFECT_GRADES = Object.freeze(['A', 'B'] as const);
/** A级 (必须整改) or B级 (无需整改或者无法整改) (`DEF-GRADE`). */
export type DefectGrade = (typeof DEFECT_GRADES)[number];

/**
 * The feasibility factors weighed at the decision (`DEF-GRADE`, SOL 缺陷决策: 施工能力、工程
 * 技术可行性、工期控制).
 */
export const FEASIBILITY_FACTORS = Object.freeze(['constructionCapacity', 'technical', 'schedule'] as const);
/** 施工能力 (construction capacity), 工程技术可行性 (technical feasibility), 工期控制 (schedule). */
export type FeasibilityFactor = (typeof FEASIBILITY_FACTORS)[number];

/** The six stages of defect management (`DEF-FLOW`, SOL 缺陷的管理流程). */
export const DEFECT_STAGES = Object.freeze([
  'collect',
  'generate',
  'decide',
  'rectify',
  'track',
  'summarise',
] as const);
/** 缺陷收集, 缺陷生成, 缺陷决策, 缺陷整改, 缺陷跟踪, 缺陷总结 (`DEF-FLOW`). */
export type DefectStage = (typeof DEFECT_STAGES)[number];

/** How a rectification or prevention plan stands against its due day (`DEF-TRACK`). */
export const DEFECT_PLAN_OUTCOMES = Object.freeze(['pending', 'on-plan', 'missed'] as const);
/** 进行中 (due day not yet passed), 按计划完成, 未按计划完成 (`DEF-TRACK`). */
export type DefectPlanOutcome = (typeof DEFECT_PLAN_OUTCOMES)[number];

/** The fields a recurrence is matched on (`DEF-RECUR`), in the order reasons list them. */
export const RECURRENCE_FIELDS = Object.freeze([
  'description',
  'component',
  'discipline',
  'location',
] as const);
/** 描述, 部品部件, 专业, 位置 (`DEF-RECUR`). */
export type RecurrenceField = (typeof RECURRENCE_FIELDS)[number];
