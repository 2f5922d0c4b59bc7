/**
 * The Chinese and English names of every warranty vocabulary, one table each (DESIGN
 * convention 15): the decisions' messages, the docs, the CLI and the coming repair-order
 * machine's diagram all read them from here.
 *
 * @module
 */

import { deepFreeze } from '../../core/deepFreeze.js';
import type { LocalizedText } from '../../core/reason.js';
import type { RuleId } from '../../core/rules.js';
import type {
  CallbackRateKind,
  CompensationStep,
  ContractorFailure,
  CostBearer,
  DefectCause,
  HiddenWorkKind,
  LeadTeam,
  QuickRepairEvent,
  RepairOrderStep,
  RepairUrgency,
  SeasonKind,
  SurveyProblem,
  WarrantyClock,
  WarrantyPhase,
} from '../types.js';

/** A label with the rule and source section it comes from. */
export interface SourcedLabel extends LocalizedText {
  /** The rule that names it. */
  readonly rule: RuleId;
  /** The section of the source it comes from. */
  readonly source: string;
}

/** A clock's name and where it starts. */
export interface ClockLabel extends LocalizedText {
  /** Where it is counted from. */
  readonly from: LocalizedText;
}

/** The three clocks (`LAW-WARRANTY-MIN`, `LAW-WARRANTY-BUYER`): their names, short enough for a table column, and where each starts. */
export const WARRANTY_CLOCK_LABELS: Readonly<Record<WarrantyClock, ClockLabel>> = deepFreeze({
  contractor: {
    'zh-CN': '施工单位保修期',
    en: "the contractor's period",
    from: { 'zh-CN': '自竣工验收合格之日', en: 'from the completion acceptance' },
  },
  'buyer-minimum': {
    'zh-CN': '1998年最低保修期',
    en: 'the 1998 minimum',
    from: { 'zh-CN': '自交付之日', en: 'from delivery' },
  },
  developer: {
    'zh-CN': '开发商承诺',
    en: "the developer's promise",
    from: { 'zh-CN': '住宅质量保证书，自交付之日', en: '住宅质量保证书, from delivery' },
  },
});

/** 采暖期 / 供冷期 (`LAW-WARRANTY-SEASON`). */
export const SEASON_KIND_LABELS: Readonly<Record<SeasonKind, LocalizedText>> = deepFreeze({
  heating: { 'zh-CN': '采暖期', en: 'heating season' },
  cooling: { 'zh-CN': '供冷期', en: 'cooling season' },
});

/** The phases after delivery (`WAR-PHASE`). */
export const WARRANTY_PHASE_LABELS: Readonly<Record<WarrantyPhase, SourcedLabel>> = deepFreeze({
  'centralized-delivery': {
    'zh-CN': '集中交付期（集中交付后3个月）',
    en: 'centralized-delivery period (3 months after the centralized delivery)',
    rule: 'WAR-PHASE',
    source: 'SOL 工程维保修 术语 3',
  },
  routine: {
    'zh-CN': '日常维保修期（交付3个月以上）',
    en: 'routine period (more than 3 months after delivery)',
    rule: 'WAR-PHASE',
    source: 'SOL 分阶段的维保修责任划分 3',
  },
});

/** Who leads a repair (`WAR-TEAM`). */
export const LEAD_TEAM_LABELS: Readonly<Record<LeadTeam, SourcedLabel>> = deepFreeze({
  'joint-team-engineering-executive': {
    'zh-CN': '集中交付期联合维保修小组（项目公司分管工程领导任组长）',
    en: "the centralized-delivery joint repair team, led by the project company's engineering executive",
    rule: 'WAR-TEAM',
    source: 'SOL 分阶段的维保修责任划分 1',
  },
  'joint-team-engineering-manager': {
    'zh-CN': '磨合期快速维保修小组（项目工程部经理任组长）',
    en: 'the break-in quick-repair joint team, led by the project engineering manager',
    rule: 'WAR-TEAM',
    source: 'SOL 分阶段的维保修责任划分 2',
  },
  'property-engineering': {
    'zh-CN': '物业公司工程部（物业公司客户服务部配合）',
    en: "the property company's engineering department (its customer service assisting)",
    rule: 'WAR-TEAM',
    source: 'SOL 分阶段的维保修责任划分 3',
  },
  'property-company': {
    'zh-CN': '物业公司（保修期满）',
    en: 'the property company (warranty expired)',
    rule: 'WAR-TEAM',
    source: 'SOL 分阶段的维保修责任划分 4',
  },
});

/** The events that call the break-in quick-repair team (`WAR-PHASE`). */
export const QUICK_REPAIR_EVENT_LABELS: Readonly<Record<QuickRepairEvent, LocalizedText>> = deepFreeze({
  storm: { 'zh-CN': '暴雨', en: 'a rainstorm' },
  snow: { 'zh-CN': '大雪', en: 'heavy snow' },
  'heating-start': { 'zh-CN': '集中供暖开始', en: 'the start of central heating' },
});

/** The kinds of problem of an on-site survey (`WAR-ONSITE`). */
export const SURVEY_PROBLEM_LABELS: Readonly<Record<SurveyProblem, LocalizedText>> = deepFreeze({
  leak: { 'zh-CN': '渗漏水', en: 'a leak' },
  'structural-crack': { 'zh-CN': '结构裂缝', en: 'a structural crack' },
  'plaster-hollow-or-crack': { 'zh-CN': '室内空鼓裂缝', en: 'hollow or cracked plaster indoors' },
  other: { 'zh-CN': '其他问题', en: 'another problem' },
});

/** What a callback rate is assessed for. */
export const CALLBACK_RATE_KIND_LABELS: Readonly<Record<CallbackRateKind, LocalizedText>> = deepFreeze({
  repair: { 'zh-CN': '维修回访', en: 'repair callbacks' },
  complaint: { 'zh-CN': '投诉回访', en: 'complaint callbacks' },
});

/** The hidden works inspected before they are covered (`WAR-FLOW` step 5). */
export const HIDDEN_WORK_LABELS: Readonly<Record<HiddenWorkKind, LocalizedText>> = deepFreeze({
  leak: { 'zh-CN': '渗漏水', en: 'leak repair' },
  crack: { 'zh-CN': '裂缝', en: 'crack repair' },
  pipe: { 'zh-CN': '管道', en: 'pipes' },
  line: { 'zh-CN': '线路', en: 'lines' },
  'anti-rust': { 'zh-CN': '防锈', en: 'anti-rust' },
});

/** How a contractor failed a repair (`WAR-CONTRACTOR`, `LAW-WARRANTY-REPLACE`). */
export const CONTRACTOR_FAILURE_LABELS: Readonly<Record<ContractorFailure, LocalizedText>> = deepFreeze({
  refused: { 'zh-CN': '施工单位拒绝保修期内的维保修', en: 'the contractor refused the warranty repair' },
  'missed-agreed-time': {
    'zh-CN': '施工单位不能依照正常的时间到场',
    en: 'the contractor did not arrive in the agreed time',
  },
  'not-repaired-as-agreed': {
    'zh-CN': '施工单位未按约定维修',
    en: 'the contractor did not repair as agreed',
  },
});

/** Who caused a defect (`LAW-WARRANTY-REPLACE`). */
export const DEFECT_CAUSE_LABELS: Readonly<Record<DefectCause, LocalizedText>> = deepFreeze({
  construction: { 'zh-CN': '施工质量原因', en: 'the construction' },
  'owner-use': { 'zh-CN': '业主使用不当', en: "the owner's use" },
  'third-party': { 'zh-CN': '第三方原因', en: 'a third party' },
  unclear: { 'zh-CN': '责任界限不清', en: 'unclear' },
});

/** Who bears a repair's cost (`LAW-WARRANTY-REPLACE`). */
export const COST_BEARER_LABELS: Readonly<Record<CostBearer, LocalizedText>> = deepFreeze({
  contractor: { 'zh-CN': '原施工单位', en: 'the original contractor' },
  owner: { 'zh-CN': '业主（有偿维修）', en: 'the owner (a paid repair)' },
  'third-party': { 'zh-CN': '造成损坏的第三方', en: 'the third party that caused it' },
  'to-be-determined': {
    'zh-CN': '待现场踏勘界定责任后确定',
    en: 'to be decided once responsibility is settled on site',
  },
});

/** How urgent a repair is (`LAW-WARRANTY-REPLACE`). */
export const REPAIR_URGENCY_LABELS: Readonly<Record<RepairUrgency, LocalizedText>> = deepFreeze({
  'structural-safety': { 'zh-CN': '涉及结构安全', en: 'touches structural safety' },
  emergency: { 'zh-CN': '紧急（影响安全或使用）', en: 'an emergency (safety or use)' },
  normal: { 'zh-CN': '一般', en: 'normal' },
});

/** The steps of a repair order (`WAR-FLOW`): the repair-order machine's states, in order. */
export const REPAIR_ORDER_STEP_LABELS: Readonly<Record<RepairOrderStep, SourcedLabel>> = deepFreeze({
  received: {
    'zh-CN': '受理登记（《维修任务记录表》）',
    en: 'received and recorded (维修任务记录表)',
    rule: 'WAR-FLOW',
    source: 'SOL 保修期满前的处理流程 1',
  },
  classified: {
    'zh-CN': '维保修类别分析',
    en: 'classified',
    rule: 'WAR-FLOW',
    source: 'SOL 保修期满前的处理流程 1',
  },
  surveyed: {
    'zh-CN': '现场踏勘',
    en: 'surveyed on site',
    rule: 'WAR-ONSITE',
    source: 'SOL 保修期满前的处理流程 2-3',
  },
  'plan-confirmed': {
    'zh-CN': '方案与客户沟通确认',
    en: 'plan confirmed with the customer',
    rule: 'WAR-FLOW',
    source: 'SOL 保修期满前的处理流程 3',
  },
  repairing: {
    'zh-CN': '维修施工（隐蔽工序隐蔽前验收）',
    en: 'repairing (hidden works inspected before they are covered)',
    rule: 'WAR-FLOW',
    source: 'SOL 保修期满前的处理流程 4-6',
  },
  acceptance: {
    'zh-CN': '组织客户验收（不满意则整改）',
    en: 'acceptance with the customer (reworked until satisfied)',
    rule: 'WAR-FLOW',
    source: 'SOL 保修期满前的处理流程 7',
  },
  callback: {
    'zh-CN': '回访（维保修结束后5个工作日内）',
    en: 'callback (within 5 working days of completion)',
    rule: 'WAR-FLOW',
    source: 'SOL 保修期满前的处理流程 8',
  },
  closed: { 'zh-CN': '关闭', en: 'closed', rule: 'WAR-FLOW', source: 'SOL 保修期满前的处理流程 8' },
});

/** The steps of compensation caused by engineering quality (`WAR-COMP`). */
export const COMPENSATION_STEP_LABELS: Readonly<Record<CompensationStep, SourcedLabel>> = deepFreeze({
  plan: {
    'zh-CN': '与客户及项目客户服务部充分沟通，编制处理方案',
    en: 'a plan agreed with the customer and project customer service',
    rule: 'WAR-COMP',
    source: 'SOL 保修期满前的处理流程 9',
  },
  approved: {
    'zh-CN': '项目客服报审通过',
    en: 'approved through project customer service',
    rule: 'WAR-COMP',
    source: 'SOL 保修期满前的处理流程 9',
  },
  'deduction-notice': {
    'zh-CN': '项目工程部做好工程扣款知会',
    en: 'the engineering deduction notice to the contractor',
    rule: 'WAR-COMP',
    source: 'SOL 保修期满前的处理流程 9',
  },
});
