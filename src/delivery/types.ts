/**
 * The delivery module's vocabularies: string-literal unions backed by frozen arrays, so a
 * schema, a label table and a `switch` are all checked against the same list.
 *
 * @module
 */

/** The stable ids of the schedule's milestones (`DLV-PLAN` ... `DLV-SUMMARY`), in the order of the work. */
export const DELIVERY_MILESTONES = Object.freeze([
  'delivery-plan',
  'risk-team',
  'risk-self-check',
  'risk-report',
  'hq-check',
  'owner-pre-inspection',
  'area-measurement',
  'title-agency',
  'documents',
  'handover-inspection',
  'notice-pack-mailed',
  'owner-calls',
  'cleaning-keys-packs',
  'site-dressing',
  'rehearsals',
  'pre-inspection-repairs',
  'delivery-summary',
] as const);
/** A milestone id of the delivery schedule. */
export type DeliveryMilestoneId = (typeof DELIVERY_MILESTONES)[number];

/** The milestones counted back from the delivery day (`LAW-BEFORE`): every one but the owner calls and the summary. */
export type DeliveryBeforeMilestoneId = Exclude<DeliveryMilestoneId, 'owner-calls' | 'delivery-summary'>;

/** Who owns a milestone (`DLV-*`). */
export const DELIVERY_ROLES = Object.freeze([
  'project-customer-service',
  'hq-customer-relations',
  'design-management',
  'engineering-management',
  'property-company',
  'project-company',
] as const);
/** 项目客户服务部, 本部客户关系部, 设计管理部, 工程管理部, 物业公司, 控股公司/项目部. */
export type DeliveryRole = (typeof DELIVERY_ROLES)[number];

/** The six steps of a delivery (`DLV-STEPS`). */
export const DELIVERY_STEPS = Object.freeze([
  'plan',
  'risk-check',
  'owner-pre-inspection',
  'handover',
  'delivery',
  'summary',
] as const);
/** A step of the delivery: 编制交付方案, 交付前风险检查, 业主预验收, 物业移交, 交付阶段工作, 交付总结及评价. */
export type DeliveryStep = (typeof DELIVERY_STEPS)[number];

/** How a household takes its home (`DLV-MODE`). */
export const DELIVERY_MODES = Object.freeze(['centralized', 'sporadic'] as const);
/** 集中交付 or 零星交付. */
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** The disciplines a repair item found at the handover inspection belongs to (`DLV-SUMMARY`: per-discipline repair rate). */
export const DELIVERY_REPAIR_DISCIPLINES = Object.freeze([
  'civil',
  'decoration',
  'doors-and-windows',
  'plumbing',
  'electrical',
  'hvac',
  'waterproofing',
  'other',
] as const);
/** 土建, 装饰装修, 门窗, 给排水, 电气, 暖通, 防水, 其他. */
export type DeliveryRepairDiscipline = (typeof DELIVERY_REPAIR_DISCIPLINES)[number];

/** The four classes of the delivery risk check (`DLV-RISK-SCOPE`). */
export const RISK_CHECK_CLASSES = Object.freeze([
  'contracts-regulations',
  'design-changes',
  'sales-promises',
  'engineering-quality',
] as const);
/** 合同、法规类; 设计变更类; 销售承诺类; 工程质量类. */
export type RiskCheckClass = (typeof RISK_CHECK_CLASSES)[number];

/** The HQ departments of the joint check of a subsidiary's first delivery (`DLV-RISK-HQ`). */
export const HQ_CHECK_DEPARTMENTS = Object.freeze([
  'customer-relations',
  'quality',
  'contracts',
  'project',
] as const);
/** 客户关系部, 质量部, 经济合同部, 项目部. */
export type HqCheckDepartment = (typeof HQ_CHECK_DEPARTMENTS)[number];

/** What was done about a failed item of the risk check (`DLV-RISK-HQ`). */
export const RISK_DISPOSITION_KINDS = Object.freeze([
  'rectified',
  'contingency-plan',
  'customer-explanation',
] as const);
/** 已整改; 预案已报本部备案; 已准备对客户的说辞 (cannot be fixed). */
export type RiskDispositionKind = (typeof RISK_DISPOSITION_KINDS)[number];

/** The result of one checklist item. */
export const RISK_ITEM_RESULTS = Object.freeze(['passed', 'failed', 'not-checked'] as const);
/** 合格, 不合格, 未检查. */
export type RiskItemResult = (typeof RISK_ITEM_RESULTS)[number];

/** The five aspects of the sales-opening risk check (`DLV-OPENING`). */
export const OPENING_ASPECTS = Object.freeze([
  'sales-contracts',
  'advertising',
  'on-site-display',
  'product-technical',
  'physical-quality',
] as const);
/** 销售合同类, 广告宣传资料类, 现场展示类, 产品技术类, 项目实体质量. */
export type OpeningAspect = (typeof OPENING_ASPECTS)[number];

/** How often the open findings of an opening check are reported (`DLV-OPENING`). */
export const OPENING_REPORT_CADENCES = Object.freeze(['weekly', 'daily'] as const);
/** 周报 or 日报. */
export type OpeningReportCadence = (typeof OPENING_REPORT_CADENCES)[number];

/** The status of a finding of a risk check. */
export const RISK_FINDING_STATUSES = Object.freeze([
  'passed',
  'resolved',
  'blocking',
  'on-time',
  'late',
  'overdue',
  'pending',
] as const);
/**
 * 合格 (an item passed), 已处置 (a failed item with an acceptable disposition), 阻碍交付,
 * 按时, 逾期完成, 已逾期未完成, 未到期.
 */
export type RiskFindingStatus = (typeof RISK_FINDING_STATUSES)[number];

/** The figures of the delivery summary (`DLV-SUMMARY`). */
export const DELIVERY_KPIS = Object.freeze([
  'oneTimeSuccessRate',
  'takeOverRate',
  'repairItemsPerHousehold',
  'repairRate',
  'inspectionSatisfactionRate',
] as const);
/** 一次交付成功率, 集中交付收楼率, 户均返修数, 维修率, 交楼验房质量满意率. */
export type DeliveryKpi = (typeof DELIVERY_KPIS)[number];
