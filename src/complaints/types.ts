/**
 * The complaint module's vocabularies: string-literal unions backed by frozen arrays, so
 * a schema, a table and a `switch` can all be checked against the same list.
 *
 * @module
 */

/** The six content categories of a complaint (`CMP-CATEGORY`). */
export const COMPLAINT_CATEGORIES = /* @__PURE__ */ Object.freeze([
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
export const RECORD_KINDS = /* @__PURE__ */ Object.freeze(['complaint', 'suggestion', 'enquiry'] as const);
/** The kind of a record on the complaint form. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Severity levels, highest first: 危机事件, 重大投诉, 热点投诉, 一般投诉. */
export const SEVERITY_LEVELS = /* @__PURE__ */ Object.freeze(['crisis', 'major', 'hot', 'general'] as const);
/** A complaint's severity (投诉重要性). */
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

/** The signals of a crisis event (`CMP-SEV-CRISIS`). */
export const CRISIS_SIGNALS = /* @__PURE__ */ Object.freeze([
  'brand-damaging-media',
  'public-outrage',
  'disaster',
  'major-accident',
] as const);
/** A crisis signal: negative media exposure, public outrage, a sudden disaster, a major accident. */
export type CrisisSignal = (typeof CRISIS_SIGNALS)[number];

/** Who follows a complaint up (`CMP-ROUTE-ROLE`). */
export const FOLLOW_UP_ROLES = /* @__PURE__ */ Object.freeze([
  'project-leader',
  'marketing-leader',
  'customer-service-head',
] as const);
/** 项目负责人, 营销负责人, 客服部负责人. */
export type FollowUpRole = (typeof FOLLOW_UP_ROLES)[number];

/** Which unit handles a complaint (`CMP-ROUTE-PHASE`). */
export const HANDLING_UNITS = /* @__PURE__ */ Object.freeze([
  'project-customer-service',
  'property-company',
  'company-customer-service',
] as const);
/** 项目客户服务部, 物业公司 (SOL); 各公司客户服务部 (AOY 3.2). */
export type HandlingUnit = (typeof HANDLING_UNITS)[number];

/** The channels a complaint arrives by (`CMP-CHANNEL`). */
export const COMPLAINT_CHANNELS = /* @__PURE__ */ Object.freeze([
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
export const CALLBACK_OUTCOMES = /* @__PURE__ */ Object.freeze([
  'satisfied',
  'not-satisfied',
  'no-answer',
  'refused',
] as const);
/** 满意, 不满意, 无人接听, 拒绝回访. */
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

/** Who calls back (`CMP-CALLBACK-BY`, `CMP-DL-CALLBACK`). */
export const CALLBACK_CALLERS = /* @__PURE__ */ Object.freeze([
  'project-customer-service',
  'designated-staff',
  'property-assistant',
  'department-supervisor',
  'company-manager',
] as const);
/** 客服部, 指定专人, 物业助理, 部门主管, 公司经理. */
export type CallbackCaller = (typeof CALLBACK_CALLERS)[number];

/**
 * The two readings of "同时有10户以上的重大投诉事件" (`CMP-SEV-GROUP`), a policy setting:
 * `simultaneous-open-major`, 10 or more households whose complaints on the issue are each
 * major and open at the same moment; `complaining-together`, 10 or more households
 * complaining about the same issue within the policy's window, whatever each complaint's
 * own facts.
 */
export const MAJOR_GROUP_READINGS = /* @__PURE__ */ Object.freeze([
  'simultaneous-open-major',
  'complaining-together',
] as const);
/** A reading of the major group complaint rule (`CMP-SEV-GROUP`). */
export type MajorGroupReading = (typeof MAJOR_GROUP_READINGS)[number];

/**
 * What meets the reply deadline (`CMP-DL-REPLY`): the handling opinion given to the customer
 * (SOL 回复处理意见), or the result and its opinion (AOY 解决成果及意见).
 */
export const REPLY_MILESTONES = /* @__PURE__ */ Object.freeze(['opinion', 'result'] as const);
/** What meets the reply deadline. */
export type ReplyMilestone = (typeof REPLY_MILESTONES)[number];

/** How the phase of a complaint picks its handling unit (`CMP-ROUTE-PHASE`): SOL's delivery window, or AOY's handover. */
export const ROUTING_SCHEMES = /* @__PURE__ */ Object.freeze(['delivery-window', 'handover'] as const);
/** A routing scheme. */
export type RoutingScheme = (typeof ROUTING_SCHEMES)[number];

/** How the written handling opinion was served (`CMP-CLOSE`): 挂号信函, EMS, or another traceable way. */
export const SERVICE_METHODS = /* @__PURE__ */ Object.freeze([
  'registered-mail',
  'ems',
  'other-traceable',
] as const);
/** A traceable way of serving the written opinion (挂号信函等方式). */
export type ServiceMethod = (typeof SERVICE_METHODS)[number];

/** Why a complaint needs no callback (`CMP-CLOSE`, GEN 回访 1.13; AOY 4.2.3). */
export const NO_CALLBACK_GROUNDS = /* @__PURE__ */ Object.freeze([
  'no-contact',
  'anonymous',
  'reply-letter-only',
] as const);
/** No contact left, no name left, or a higher authority asks only for a reply letter. */
export type NoCallbackGround = (typeof NO_CALLBACK_GROUNDS)[number];

/**
 * Why the customer's acceptance is not to be expected, which opens the alternative
 * closures (`CMP-CLOSE`): the customer never accepts (客户始终不认可) or the demand is
 * beyond the company's authority or capacity (超出公司管理权限或能力范围).
 */
export const IMPASSE_GROUNDS = /* @__PURE__ */ Object.freeze([
  'customer-never-accepts',
  'beyond-authority-or-capacity',
] as const);
/** The grounds of an impasse. */
export type ImpasseGrounds = (typeof IMPASSE_GROUNDS)[number];

/**
 * What shows a risk (隐患) of a major group complaint or a crisis before it happens
 * (`CMP-WARN`): the caller says so, the issue reached the policy's share of the group
 * threshold, or a hot complaint may lead to the media or a lawsuit.
 */
export const ESCALATION_GROUNDS = /* @__PURE__ */ Object.freeze([
  'risk-reported',
  'group-share',
  'hot-risk',
] as const);
/** A ground of an escalation warning. */
export type EscalationGround = (typeof ESCALATION_GROUNDS)[number];
