import { deepFreeze } from '../../core/deepFreeze.js';
import type { RuleId } from '../../core/rules.js';

/** One field of a repair order: its names in both languages and the rule it serves. */
export interface RepairOrderFieldLabel {
  readonly 'zh-CN': string;
  readonly en: string;
  readonly rule: RuleId;
}

/**
 * The fields of a repair order (维修任务记录表 and what the repair flow adds to it), their
 * Chinese and English names and the rule each serves: one table for the schema's
 * descriptions, the docs and the CLI's column headers (DESIGN convention 15), ready to
 * become the record kind's field table in the import machinery.
 *
 * @rule WAR-FLOW
 * @example
 * ```ts
 * REPAIR_ORDER_FIELDS.agreedVisitAt; // { 'zh-CN': '预约上门时间', en: 'Agreed visit time', rule: 'WAR-APPOINT' }
 * ```
 */
export const REPAIR_ORDER_FIELDS = deepFreeze({
  id: { 'zh-CN': '维修单号', en: 'Repair order id', rule: 'WAR-FLOW' },
  projectId: { 'zh-CN': '项目', en: 'Project', rule: 'WAR-FLOW' },
  householdId: { 'zh-CN': '房号', en: 'Household (home)', rule: 'WAR-FLOW' },
  customerId: { 'zh-CN': '客户编号', en: 'Customer id', rule: 'CUS-FIELDS' },
  receivedAt: { 'zh-CN': '报修时间', en: 'Received at', rule: 'WAR-FLOW' },
  summary: { 'zh-CN': '报修内容', en: 'What was reported', rule: 'WAR-FLOW' },
  component: { 'zh-CN': '维保修类别', en: 'Warranty component', rule: 'LAW-WARRANTY-BUYER' },
  problem: { 'zh-CN': '问题性质', en: 'Kind of problem', rule: 'WAR-ONSITE' },
  deliveredOn: { 'zh-CN': '交付日期', en: 'Delivered on', rule: 'LAW-WARRANTY-BUYER' },
  completionAcceptedOn: {
    'zh-CN': '竣工验收合格日期',
    en: 'Completion accepted on',
    rule: 'LAW-WARRANTY-MIN',
  },
  centralizedDeliveryOn: { 'zh-CN': '集中交付日期', en: 'Centralized delivery on', rule: 'WAR-PHASE' },
  city: { 'zh-CN': '城市（采暖期）', en: 'City (heating season)', rule: 'LAW-WARRANTY-SEASON' },
  inWarranty: { 'zh-CN': '是否在保修期内', en: 'In warranty', rule: 'LAW-WARRANTY-BUYER' },
  largeArea: { 'zh-CN': '大面积', en: 'Over a large area', rule: 'WAR-ONSITE' },
  previousRepairsAtSameLocation: {
    'zh-CN': '同一部位已维修次数',
    en: 'Previous repairs at the same location',
    rule: 'WAR-ONSITE',
  },
  responsibilityUnclear: { 'zh-CN': '责任界限不清', en: 'Responsibility unclear', rule: 'WAR-ONSITE' },
  ownerRefusesHome: { 'zh-CN': '业主拒绝接受房屋', en: 'Owner refuses the home', rule: 'WAR-ONSITE' },
  structuralSafety: {
    'zh-CN': '涉及结构安全',
    en: 'Touches structural safety',
    rule: 'LAW-WARRANTY-REPLACE',
  },
  emergency: { 'zh-CN': '紧急抢修', en: 'Emergency', rule: 'LAW-WARRANTY-REPLACE' },
  authorityReportedAt: {
    'zh-CN': '向建设主管部门报告时间',
    en: 'Reported to the construction authority at',
    rule: 'LAW-WARRANTY-REPLACE',
  },
  contractorId: { 'zh-CN': '施工单位', en: 'Contractor', rule: 'LAW-WARRANTY-REPLACE' },
  agreedVisitAt: { 'zh-CN': '预约上门时间', en: 'Agreed visit time', rule: 'WAR-APPOINT' },
  rescheduledTo: { 'zh-CN': '经客户同意改约时间', en: 'Rescheduled to (with consent)', rule: 'WAR-APPOINT' },
  arrivedAt: { 'zh-CN': '到场时间', en: 'Arrived at', rule: 'WAR-APPOINT' },
  contractorFailure: { 'zh-CN': '施工单位违约情形', en: 'Contractor failure', rule: 'WAR-CONTRACTOR' },
  thirdPartyId: { 'zh-CN': '第三方维修单位', en: 'Third-party contractor', rule: 'WAR-CONTRACTOR' },
  onSiteEvidenceRecorded: {
    'zh-CN': '现场证据已记录确认',
    en: 'On-site evidence recorded',
    rule: 'WAR-CONTRACTOR',
  },
  penaltyNoticeIssuedAt: {
    'zh-CN': '违约处理通知单时间',
    en: 'Penalty notice issued at',
    rule: 'WAR-CONTRACTOR',
  },
  cause: { 'zh-CN': '缺陷原因', en: 'Cause of the defect', rule: 'LAW-WARRANTY-REPLACE' },
  chargesYuan: { 'zh-CN': '维修费用（元）', en: 'Charges (yuan)', rule: 'WAR-APPOINT' },
  chargesAcceptedAt: { 'zh-CN': '客户同意收费时间', en: 'Charges accepted at', rule: 'WAR-APPOINT' },
  planConfirmedAt: { 'zh-CN': '方案确认时间', en: 'Plan confirmed at', rule: 'WAR-FLOW' },
  hiddenWorks: { 'zh-CN': '隐蔽工序', en: 'Hidden works', rule: 'WAR-FLOW' },
  hiddenWorksInspectedAt: { 'zh-CN': '隐蔽工序验收时间', en: 'Hidden works inspected at', rule: 'WAR-FLOW' },
  repairStartedAt: { 'zh-CN': '开工时间', en: 'Repair started at', rule: 'WAR-FLOW' },
  completedAt: { 'zh-CN': '完工时间', en: 'Completed at', rule: 'WAR-FLOW' },
  acceptedAt: { 'zh-CN': '客户验收时间', en: 'Accepted by the customer at', rule: 'WAR-FLOW' },
  reworkCount: { 'zh-CN': '返工次数', en: 'Reworks', rule: 'WAR-FLOW' },
  calledBackAt: { 'zh-CN': '回访时间', en: 'Called back at', rule: 'WAR-FLOW' },
  closedAt: { 'zh-CN': '关闭时间', en: 'Closed at', rule: 'WAR-FLOW' },
  compensationYuan: { 'zh-CN': '补偿金额（元）', en: 'Compensation (yuan)', rule: 'WAR-COMP' },
  compensationPlanAgreedAt: {
    'zh-CN': '补偿方案确定时间',
    en: 'Compensation plan agreed at',
    rule: 'WAR-COMP',
  },
  compensationApprovedAt: { 'zh-CN': '补偿方案审批时间', en: 'Compensation approved at', rule: 'WAR-COMP' },
  deductionNoticeAt: { 'zh-CN': '工程扣款知会时间', en: 'Deduction notice issued at', rule: 'WAR-COMP' },
} as const satisfies Record<string, RepairOrderFieldLabel>);

/** A field of a repair order. */
export type RepairOrderField = keyof typeof REPAIR_ORDER_FIELDS;
