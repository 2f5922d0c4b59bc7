/**
 * The warranty module's vocabularies: string-literal unions backed by frozen arrays, so a
 * schema, a table and a `switch` can all be checked against the same list. Their Chinese
 * and English names live in `tables/labels.ts` (one table per vocabulary).
 *
 * @module
 */

/**
 * What a repair is classified into (维保修类别), each mapped in {@link WARRANTY_COMPONENTS}
 * to its art. 40 item (`LAW-WARRANTY-MIN`) and its 1998 minimum (`LAW-WARRANTY-BUYER`).
 */
export const WARRANTY_COMPONENT_IDS = Object.freeze([
  'foundation-and-structure',
  'roof-waterproofing',
  'leakage',
  'pipe-leakage',
  'plaster',
  'floor',
  'doors-and-windows',
  'pipe-blockage',
  'heating',
  'cooling',
  'sanitary-fittings',
  'lamps-and-switches',
  'electrical-lines',
  'equipment-installation',
] as const);
/** A warranty component: 地基基础和主体结构, 屋面防水, 渗漏, ... (see {@link WARRANTY_COMPONENTS}). */
export type WarrantyComponent = (typeof WARRANTY_COMPONENT_IDS)[number];

/** The three clocks of a sold home's warranty (`LAW-WARRANTY-MIN`, `LAW-WARRANTY-BUYER`). */
export const WARRANTY_CLOCKS = Object.freeze(['contractor', 'buyer-minimum', 'developer'] as const);
/** 施工单位保修期 (from the completion acceptance), 1998年最低保修期 (from delivery), 开发商承诺 (住宅质量保证书). */
export type WarrantyClock = (typeof WARRANTY_CLOCKS)[number];

/** The kinds of season a warranty is counted in (`LAW-WARRANTY-SEASON`). */
export const SEASON_KINDS = Object.freeze(['heating', 'cooling'] as const);
/** 采暖期 or 供冷期. */
export type SeasonKind = (typeof SEASON_KINDS)[number];

/** The phases after delivery that decide who leads a repair (`WAR-PHASE`). */
export const WARRANTY_PHASES = Object.freeze(['centralized-delivery', 'routine'] as const);
/** 集中交付期 (the 3 months after the centralized delivery) or 日常 (after that). */
export type WarrantyPhase = (typeof WARRANTY_PHASES)[number];

/** Who leads a repair (`WAR-TEAM`). */
export const LEAD_TEAMS = Object.freeze([
  'joint-team-engineering-executive',
  'joint-team-engineering-manager',
  'property-engineering',
  'property-company',
] as const);
/** 集中交付期联合维保修小组, 磨合期快速维保修小组, 物业公司工程部, 物业公司. */
export type LeadTeam = (typeof LEAD_TEAMS)[number];

/** The events that call the break-in quick-repair team (`WAR-PHASE`, `WAR-TEAM`). */
export const QUICK_REPAIR_EVENTS = Object.freeze(['storm', 'snow', 'heating-start'] as const);
/** 暴雨, 大雪, 集中供暖开始. */
export type QuickRepairEvent = (typeof QUICK_REPAIR_EVENTS)[number];

/** The kinds of problem that decide an on-site survey (`WAR-ONSITE`). */
export const SURVEY_PROBLEMS = Object.freeze([
  'leak',
  'structural-crack',
  'plaster-hollow-or-crack',
  'other',
] as const);
/** 渗漏水, 结构裂缝, 室内空鼓裂缝, 其他. */
export type SurveyProblem = (typeof SURVEY_PROBLEMS)[number];

/** What a callback rate is assessed for (`WAR-CALLBACK-GEN`, `CMP-DL-CALLBACK`). */
export const CALLBACK_RATE_KINDS = Object.freeze(['repair', 'complaint'] as const);
/** 维修回访 or 投诉回访. */
export type CallbackRateKind = (typeof CALLBACK_RATE_KINDS)[number];

/** The hidden works that are inspected before they are covered (`WAR-FLOW` step 5). */
export const HIDDEN_WORK_KINDS = Object.freeze(['leak', 'crack', 'pipe', 'line', 'anti-rust'] as const);
/** 渗漏水, 裂缝, 管道, 线路, 防锈. */
export type HiddenWorkKind = (typeof HIDDEN_WORK_KINDS)[number];

/** How a contractor failed a repair (`WAR-CONTRACTOR`, `LAW-WARRANTY-REPLACE`). */
export const CONTRACTOR_FAILURES = Object.freeze([
  'refused',
  'missed-agreed-time',
  'not-repaired-as-agreed',
] as const);
/** 拒绝保修, 未按约定时间到场, 未按约定维修. */
export type ContractorFailure = (typeof CONTRACTOR_FAILURES)[number];

/** Who caused a defect, for who bears a repair's cost (`LAW-WARRANTY-REPLACE`). */
export const DEFECT_CAUSES = Object.freeze(['construction', 'owner-use', 'third-party', 'unclear'] as const);
/** 施工质量, 业主使用不当, 第三方, 责任不清. */
export type DefectCause = (typeof DEFECT_CAUSES)[number];

/** Who bears a repair's cost (`LAW-WARRANTY-REPLACE`, `WAR-CONTRACTOR`, `WAR-APPOINT`). */
export const COST_BEARERS = Object.freeze([
  'contractor',
  'owner',
  'third-party',
  'to-be-determined',
] as const);
/** 施工单位, 业主, 第三方责任人, 待定 (责任界定后). */
export type CostBearer = (typeof COST_BEARERS)[number];

/** How urgent a repair is (`LAW-WARRANTY-REPLACE`). */
export const REPAIR_URGENCIES = Object.freeze(['structural-safety', 'emergency', 'normal'] as const);
/** 涉及结构安全, 紧急, 一般. */
export type RepairUrgency = (typeof REPAIR_URGENCIES)[number];

/** The steps of a repair order (`WAR-FLOW`), the states the repair-order machine will have. */
export const REPAIR_ORDER_STEPS = Object.freeze([
  'received',
  'classified',
  'surveyed',
  'plan-confirmed',
  'repairing',
  'acceptance',
  'callback',
  'closed',
] as const);
/** 受理登记, 分类, 现场踏勘, 方案确认, 维修, 验收, 回访, 关闭. */
export type RepairOrderStep = (typeof REPAIR_ORDER_STEPS)[number];

/** The steps of compensation caused by engineering quality (`WAR-COMP`). */
export const COMPENSATION_STEPS = Object.freeze(['plan', 'approved', 'deduction-notice'] as const);
/** 处理方案, 审批通过, 工程扣款知会. */
export type CompensationStep = (typeof COMPENSATION_STEPS)[number];
