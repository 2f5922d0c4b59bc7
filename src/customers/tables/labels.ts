import type { RuleId } from '../../core/rules.js';
import type {
  AccessApprovalStatus,
  CustomerDuty,
  CustomerFileItem,
  OtherIdType,
  RetentionAction,
  SettingBasis,
} from '../types.js';

/** A name in both languages. */
export interface CustomerLabel {
  readonly 'zh-CN': string;
  readonly en: string;
}

/**
 * Retention actions (`CUS-RETENTION`, `CUS-PIPL`).
 *
 * @rule CUS-RETENTION
 * @rule CUS-PIPL
 */
export const RETENTION_ACTION_LABELS: Readonly<Record<RetentionAction, CustomerLabel>> = Object.freeze({
  'destroy-with-approval': {
    'zh-CN': '经审批后销毁，并做好销毁记录',
    en: 'destroyed with approval and a destruction record',
  },
  anonymise: {
    'zh-CN': '匿名化处理（处理后无法识别特定个人且不能复原）',
    en: 'anonymised (no longer identifies anyone, and cannot be restored)',
  },
});

/** Identity documents other than resident identity numbers (`CUS-FIELDS`). */
export const OTHER_ID_TYPE_LABELS: Readonly<Record<OtherIdType, CustomerLabel>> = Object.freeze({
  passport: { 'zh-CN': '护照', en: 'Passport' },
  'hong-kong-macao-travel-permit': {
    'zh-CN': '港澳居民来往内地通行证',
    en: 'Mainland travel permit for Hong Kong and Macao residents',
  },
  'taiwan-travel-permit': {
    'zh-CN': '台湾居民来往大陆通行证',
    en: 'Mainland travel permit for Taiwan residents',
  },
  other: { 'zh-CN': '其他证件', en: 'Other document' },
});

/** States of a request to use another project's customer data (`CUS-PRIVACY`). */
export const ACCESS_APPROVAL_STATUS_LABELS: Readonly<Record<AccessApprovalStatus, CustomerLabel>> =
  Object.freeze({
    approved: { 'zh-CN': '已批准', en: 'approved' },
    pending: { 'zh-CN': '审批中', en: 'pending' },
    rejected: { 'zh-CN': '已驳回', en: 'rejected' },
    revoked: { 'zh-CN': '已撤销', en: 'revoked' },
  });

/** Where a preset's value comes from (DESIGN convention 14). */
export const SETTING_BASIS_LABELS: Readonly<Record<SettingBasis, CustomerLabel>> = Object.freeze({
  source: { 'zh-CN': '出自本预设的制度原文', en: "from the preset's own source" },
  borrowed: { 'zh-CN': '借用其他预设的制度', en: "borrowed from another preset's source" },
  'library-default': { 'zh-CN': '本库默认值', en: "the library's own default" },
});

/** What a customer file is due for (`CUS-REVIEW`, `CUS-RETENTION`). */
export const CUSTOMER_DUTY_LABELS: Readonly<Record<CustomerDuty, CustomerLabel>> = Object.freeze({
  review: { 'zh-CN': '档案复核更新', en: 'File review' },
  disposal: { 'zh-CN': '销毁或匿名化', en: 'Destruction or anonymisation' },
});

/** One item of a customer file (`CUS-FIELDS`): its name and the record fields that hold it. */
export interface CustomerFileItemRow extends CustomerLabel {
  /** The fields of the customer record that hold the item (any one of them is enough). */
  readonly fields: readonly string[];
  readonly rule: RuleId;
  readonly source: string;
}

/**
 * The items of a customer file as AOY 4.1.2 lists them (`CUS-FIELDS`: 录入资料包括但不限于
 * 基本信息，姓名、电话、住所、籍贯、职业、产品需求、用途、意向面积大小、费用预算范畴、身份证，
 * 家庭构造，是否决策者、置业次数等), and the record fields that hold each.
 *
 * @rule CUS-FIELDS
 * @example
 * ```ts
 * CUSTOMER_FILE_ITEM_TABLE.budgetRange.fields; // ['budgetMinYuan', 'budgetMaxYuan']
 * ```
 */
export const CUSTOMER_FILE_ITEM_TABLE: Readonly<Record<CustomerFileItem, CustomerFileItemRow>> =
  Object.freeze({
    name: item('姓名', 'Name', ['name']),
    phone: item('电话', 'Phone', ['phone']),
    address: item('住所', 'Address', ['address']),
    nativePlace: item('籍贯', 'Native place', ['nativePlace']),
    occupation: item('职业', 'Occupation', ['occupation']),
    productNeed: item('产品需求', 'Product need', ['productNeed']),
    purpose: item('用途', 'Purpose', ['purpose']),
    intendedArea: item('意向面积', 'Intended area', ['intendedAreaMinSqm', 'intendedAreaMaxSqm']),
    budgetRange: item('费用预算范围', 'Budget range', ['budgetMinYuan', 'budgetMaxYuan']),
    idDocument: item('身份证件', 'Identity document', ['idNumber', 'otherIdNumber']),
    familyStructure: item('家庭结构', 'Family structure', ['familyStructure']),
    isDecisionMaker: item('是否决策者', 'Decision maker', ['isDecisionMaker']),
    purchaseCount: item('置业次数', 'Number of purchases', ['purchaseCount']),
  });

function item(zh: string, en: string, fields: readonly string[]): CustomerFileItemRow {
  return Object.freeze({
    'zh-CN': zh,
    en,
    fields: Object.freeze([...fields]),
    rule: 'CUS-FIELDS',
    source: 'AOY 4.1.2',
  });
}
