/**
 * The complaint module's vocabularies: string-literal unions backed by frozen arrays, so
 * a schema, a table and a `switch` can all be checked against the same list.
 *
 * @module
 */

/** The six content categories of a complaint (`CMP-CATEGORY`). */
export const COMPLAINT_CATEGORIES = Object.freeze([
  'engineering-quality',
  'planning-design',
  'sales-management',
  'property-management',
  'customer-service',
  'other',
] as const);
/** A complaint category: 工程质量, 规划设计, 销售管理, 物业管理, 客户服务, 其他 (`CMP-CATEGORY`). */
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** What a record on the complaint form is: a complaint, or a suggestion (建议) or enquiry (咨询) recorded on the same form (`CMP-CATEGORY`). */
export const RECORD_KINDS = Object.freeze(['complaint', 'suggestion', 'enquiry'] as const);
/** The kind of a record on the complaint form. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Severity levels, highest first: 危机事件, 重大投诉, 热点投诉, 一般投诉. */
export const SEVERITY_LEVELS = Object.freeze(['crisis', 'major', 'hot', 'general'] as const);
/** A complaint's severity (投诉重要性). */
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

/** The signals of a crisis event (`CMP-SEV-CRISIS`). */
export const CRISIS_SIGNALS = Object.freeze([
  'brand-damaging-media',
  'public-outrage',
  'disaster',
  'major-accident',
] as const);
/** A crisis signal: negative media exposure, public outrage, a sudden disaster, a major accident. */
export type CrisisSignal = (typeof CRISIS_SIGNALS)[number];

/** Who follows a complaint up (`CMP-ROUTE-ROLE`). */
export const FOLLOW_UP_ROLES = Object.freeze([
  'project-leader',
  'marketing-leader',
  'customer-service-head',
] as const);
/** 项目负责人, 营销负责人, 客服部负责人. */
export type FollowUpRole = (typeof FOLLOW_UP_ROLES)[number];

/** Which unit handles a complaint (`CMP-ROUTE-PHASE`). */
export const HANDLING_UNITS = Object.freeze(['project-customer-service', 'property-company'] as const);
/** 项目客户服务部, 物业公司. */
export type HandlingUnit = (typeof HANDLING_UNITS)[number];

/** The channels a complaint arrives by (`CMP-CHANNEL`). */
export const COMPLAINT_CHANNELS = Object.freeze([
  'hotline-400',
  'project-service-line',
  'project-mailbox',
  'hq-supervision-hotline',
  'hq-supervision-mailbox',
  'members-club-line',
  'public-forum',
  'visit',
  'letter',
  'wechat',
  'app',
  'web-form',
  'gov-hotline-12345',
] as const);
/** A complaint channel. */
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** The outcome of a callback (回访) (`CMP-FLOW` step 7, `CMP-REOPEN`). */
export const CALLBACK_OUTCOMES = Object.freeze([
  'satisfied',
  'not-satisfied',
  'no-answer',
  'refused',
] as const);
/** 满意, 不满意, 无人接听, 拒绝回访. */
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

/** Who calls back (`CMP-CALLBACK-BY`, `CMP-DL-CALLBACK`). */
export const CALLBACK_CALLERS = Object.freeze([
  'project-customer-service',
  'designated-staff',
  'property-assistant',
  'department-supervisor',
  'company-manager',
] as const);
/** 客服部, 指定专人, 物业助理, 部门主管, 公司经理. */
export type CallbackCaller = (typeof CALLBACK_CALLERS)[number];
