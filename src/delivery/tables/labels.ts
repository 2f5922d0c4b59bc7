/**
 * The Chinese and English names of the delivery vocabularies (convention 15): one table per
 * vocabulary, read by the reasons, the docs, the diagrams and the CLI alike.
 *
 * @module
 */

import { deepFreeze } from '../../core/deepFreeze.js';
import type { LocalizedText } from '../../core/reason.js';
import type { RuleId } from '../../core/rules.js';
import type {
  DeliveryMode,
  DeliveryRepairDiscipline,
  DeliveryRole,
  HqCheckDepartment,
  RiskCheckClass,
  RiskDispositionKind,
  RiskFindingStatus,
  RiskItemResult,
} from '../types.js';

/** A vocabulary entry with the rule it belongs to and the source section that names it. */
export interface DeliveryLabelRow extends LocalizedText {
  readonly rule: RuleId;
  readonly source: string;
}

/**
 * Who owns a milestone: the departments SOL names (房屋交付管理 2 各部门职责; 风险预防管理
 * 房屋交付风险检查 各部门职责).
 *
 * @rule DLV-PLAN
 * @rule DLV-HANDOVER
 */
export const DELIVERY_ROLE_LABELS: Readonly<Record<DeliveryRole, DeliveryLabelRow>> = deepFreeze({
  'project-customer-service': {
    'zh-CN': '项目客户服务部',
    en: 'Project customer-service department',
    rule: 'DLV-PLAN',
    source: 'SOL 房屋交付管理 2',
  },
  'hq-customer-relations': {
    'zh-CN': '本部客户关系部',
    en: 'HQ customer relations',
    rule: 'DLV-RISK-HQ',
    source: 'SOL 房屋交付风险检查 3',
  },
  'design-management': {
    'zh-CN': '设计管理部',
    en: 'Design management department',
    rule: 'DLV-PREP',
    source: 'SOL 房屋交付管理 第一部分 1',
  },
  'engineering-management': {
    'zh-CN': '工程管理部',
    en: 'Engineering management department',
    rule: 'DLV-HANDOVER',
    source: 'SOL 物业移交 工作职责',
  },
  'property-company': {
    'zh-CN': '物业公司',
    en: 'Property company',
    rule: 'DLV-PREP',
    source: 'SOL 房屋交付管理 第一部分 10',
  },
  'project-company': {
    'zh-CN': '控股公司/项目部',
    en: 'Subsidiary / project',
    rule: 'DLV-PREP',
    source: 'SOL 房屋交付管理 第一部分 3, 4, 9',
  },
});

/**
 * The disciplines of repair items (维修专业), for the per-discipline repair rate
 * (`DLV-SUMMARY`: 整体及主要专业维修率). SOL names no list; these are the usual divisions of a
 * handover inspection (交楼验房).
 *
 * @rule DLV-SUMMARY
 */
export const DELIVERY_REPAIR_DISCIPLINE_LABELS: Readonly<Record<DeliveryRepairDiscipline, DeliveryLabelRow>> =
  deepFreeze({
    civil: { 'zh-CN': '土建', en: 'Civil works', rule: 'DLV-SUMMARY', source: 'library' },
    decoration: { 'zh-CN': '装饰装修', en: 'Decoration', rule: 'DLV-SUMMARY', source: 'library' },
    'doors-and-windows': { 'zh-CN': '门窗', en: 'Doors and windows', rule: 'DLV-SUMMARY', source: 'library' },
    plumbing: { 'zh-CN': '给排水', en: 'Plumbing', rule: 'DLV-SUMMARY', source: 'library' },
    electrical: { 'zh-CN': '电气', en: 'Electrical', rule: 'DLV-SUMMARY', source: 'library' },
    hvac: {
      'zh-CN': '暖通',
      en: 'HVAC',
      rule: 'DLV-SUMMARY',
      source: 'library',
    },
    waterproofing: { 'zh-CN': '防水', en: 'Waterproofing', rule: 'DLV-SUMMARY', source: 'library' },
    other: { 'zh-CN': '其他', en: 'Other', rule: 'DLV-SUMMARY', source: 'library' },
  });

/**
 * The four classes of the delivery risk check (`DLV-RISK-SCOPE`, SOL 房屋交付风险检查 2(2)),
 * with what each class checks.
 *
 * @rule DLV-RISK-SCOPE
 */
export const RISK_CHECK_CLASS_LABELS: Readonly<
  Record<RiskCheckClass, DeliveryLabelRow & { readonly checks: LocalizedText }>
> = deepFreeze({
  'contracts-regulations': {
    'zh-CN': '合同、法规类',
    en: 'Contracts and regulations',
    checks: {
      'zh-CN': '各项交付证明文件以及单项验收文件的办理情况',
      en: 'Delivery certificates and single-item acceptances',
    },
    rule: 'DLV-RISK-SCOPE',
    source: 'SOL 房屋交付风险检查 2(2)',
  },
  'design-changes': {
    'zh-CN': '设计变更类',
    en: 'Design changes',
    checks: {
      'zh-CN': '设计变更台账、变更落实、客户反馈信息及遗漏情况',
      en: 'Change ledgers, changes carried out, customer notices and omissions',
    },
    rule: 'DLV-RISK-SCOPE',
    source: 'SOL 房屋交付风险检查 2(2)',
  },
  'sales-promises': {
    'zh-CN': '销售承诺类',
    en: 'Sales promises',
    checks: {
      'zh-CN': '所有销售承诺（含客户提出的变更）的实现情况',
      en: 'Every sales promise kept, changes customers asked for included',
    },
    rule: 'DLV-RISK-SCOPE',
    source: 'SOL 房屋交付风险检查 2(2)',
  },
  'engineering-quality': {
    'zh-CN': '工程质量类',
    en: 'Engineering quality',
    checks: {
      'zh-CN': '房屋和公共部位的观感和细部质量',
      en: 'The look and detail of the homes and the common areas',
    },
    rule: 'DLV-RISK-SCOPE',
    source: 'SOL 房屋交付风险检查 2(2)',
  },
});

/**
 * The HQ departments of the joint check of a subsidiary's first delivery (`DLV-RISK-HQ`,
 * SOL 房屋交付风险检查 交付风险检查流程及要求 1).
 *
 * @rule DLV-RISK-HQ
 */
export const HQ_CHECK_DEPARTMENT_LABELS: Readonly<Record<HqCheckDepartment, DeliveryLabelRow>> = deepFreeze({
  'customer-relations': {
    'zh-CN': '客户关系部',
    en: 'Customer relations',
    rule: 'DLV-RISK-HQ',
    source: 'SOL 房屋交付风险检查 1',
  },
  quality: { 'zh-CN': '质量部', en: 'Quality', rule: 'DLV-RISK-HQ', source: 'SOL 房屋交付风险检查 1' },
  contracts: {
    'zh-CN': '经济合同部',
    en: 'Contracts',
    rule: 'DLV-RISK-HQ',
    source: 'SOL 房屋交付风险检查 1',
  },
  project: { 'zh-CN': '项目部', en: 'The project', rule: 'DLV-RISK-HQ', source: 'SOL 房屋交付风险检查 1' },
});

/**
 * What was done about a failed item (`DLV-RISK-HQ`, SOL 房屋交付风险检查 整改、处理、关闭).
 *
 * @rule DLV-RISK-HQ
 */
export const RISK_DISPOSITION_LABELS: Readonly<Record<RiskDispositionKind, DeliveryLabelRow>> = deepFreeze({
  rectified: { 'zh-CN': '已整改', en: 'Rectified', rule: 'DLV-RISK-HQ', source: 'SOL 房屋交付风险检查 整改' },
  'contingency-plan': {
    'zh-CN': '已制定预案并报本部客户关系部备案',
    en: 'Contingency plan filed with HQ',
    rule: 'DLV-RISK-HQ',
    source: 'SOL 房屋交付风险检查 针对重大风险制定预案',
  },
  'customer-explanation': {
    'zh-CN': '无法整改，已准备好向客户说明的说辞',
    en: 'Cannot be fixed: an explanation for customers prepared',
    rule: 'DLV-RISK-HQ',
    source: 'SOL 房屋交付风险检查 对于无法整改的问题',
  },
});

/** The result of a checklist item (`DLV-RISK-SCOPE`). */
export const RISK_ITEM_RESULT_LABELS: Readonly<Record<RiskItemResult, LocalizedText>> = deepFreeze({
  passed: { 'zh-CN': '合格', en: 'Passed' },
  failed: { 'zh-CN': '不合格', en: 'Failed' },
  'not-checked': { 'zh-CN': '未检查', en: 'Not checked' },
});

/** The status of a finding of a risk check. */
export const RISK_FINDING_STATUS_LABELS: Readonly<Record<RiskFindingStatus, LocalizedText>> = deepFreeze({
  passed: { 'zh-CN': '合格', en: 'Passed' },
  resolved: { 'zh-CN': '已处置', en: 'Resolved' },
  blocking: { 'zh-CN': '阻碍交付', en: 'Blocks delivery' },
  'on-time': { 'zh-CN': '按时完成', en: 'Done on time' },
  late: { 'zh-CN': '逾期完成', en: 'Done late' },
  overdue: { 'zh-CN': '已逾期未完成', en: 'Overdue' },
  pending: { 'zh-CN': '未到期', en: 'Not yet due' },
});

/**
 * The two ways a household takes its home (`DLV-MODE`, SOL 房屋交付管理 第二部分).
 *
 * @rule DLV-MODE
 */
export const DELIVERY_MODE_LABELS: Readonly<
  Record<DeliveryMode, DeliveryLabelRow & { readonly about: LocalizedText }>
> = deepFreeze({
  centralized: {
    'zh-CN': '集中交付',
    en: 'Centralized delivery',
    about: {
      'zh-CN': '项目部和物管中心联合办公：身份审查、协议签署、费用结算、发放住宅两书、房屋验收、客户资料收集',
      en: 'The project and the property centre together: identity check, agreements, fees, the two housing documents, inspection, records',
    },
    rule: 'DLV-MODE',
    source: 'SOL 房屋交付管理 第二部分 1',
  },
  sporadic: {
    'zh-CN': '零星交付',
    en: 'Sporadic delivery',
    about: {
      'zh-CN': '未能参加集中交付的客户，由项目客户服务部或物管中心另行办理',
      en: 'For owners who could not come to the centralized delivery, arranged by project customer service or the property centre',
    },
    rule: 'DLV-MODE',
    source: 'SOL 房屋交付管理 第二部分 2',
  },
});
