import type { PersonalInfoKind } from '../../core/personal/maskPersonalInfo.js';
import type { RuleId } from '../../core/rules.js';

/** The fields of a customer record, in the order of the schema. */
export const CUSTOMER_FIELDS = Object.freeze([
  'id',
  'projectId',
  'name',
  'phone',
  'address',
  'nativePlace',
  'occupation',
  'productNeed',
  'purpose',
  'intendedAreaMinSqm',
  'intendedAreaMaxSqm',
  'budgetMinYuan',
  'budgetMaxYuan',
  'idNumber',
  'otherIdType',
  'otherIdNumber',
  'familyStructure',
  'isDecisionMaker',
  'purchaseCount',
  'createdOn',
  'lastReviewedOn',
  'closedOn',
  'consentWithdrawnOn',
] as const);
/** A field of the customer record. */
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

/** One row of {@link CUSTOMER_FIELD_TABLE}. */
export interface CustomerFieldRow {
  readonly 'zh-CN': string;
  readonly en: string;
  /** What it holds (English; the JSON Schema's description). */
  readonly description: string;
  /** Other column headers that name it in exports (Chinese first). */
  readonly aliases: readonly string[];
  /** Its kind of personal information, masked in every output (`CUS-PRIVACY`); absent when it is none. */
  readonly personal?: PersonalInfoKind;
  readonly rule: RuleId;
}

const row = (
  zh: string,
  en: string,
  rule: RuleId,
  description: string,
  aliases: readonly string[],
  personal?: PersonalInfoKind,
): CustomerFieldRow =>
  Object.freeze({
    'zh-CN': zh,
    en,
    description,
    aliases: Object.freeze([...aliases]),
    ...(personal === undefined ? {} : { personal }),
    rule,
  });

/**
 * The fields of a customer record (`CUS-FIELDS`, AOY 4.1.2): their names in both languages,
 * what they hold, the column headers that name them in exports, and which are personal
 * information masked in every output. The one table the schema, the docs and the CLI read
 * (convention 15).
 *
 * @rule CUS-FIELDS
 * @example
 * ```ts
 * CUSTOMER_FIELD_TABLE.nativePlace['zh-CN']; // '籍贯'
 * CUSTOMER_FIELD_TABLE.idNumber.personal; // 'id-number'
 * ```
 */
export const CUSTOMER_FIELD_TABLE: Readonly<Record<CustomerField, CustomerFieldRow>> = Object.freeze({
  id: row(
    '客户编号',
    'Customer id',
    'CUS-FIELDS',
    'The customer id; complaint, repair and household records refer to it',
    ['客户编号', '客户ID', 'customerId'],
  ),
  projectId: row(
    '项目',
    'Project',
    'CUS-PRIVACY',
    'The project whose file holds the customer: using it from another project needs an approved request (CUS-PRIVACY)',
    ['项目', '项目编号', '所属项目'],
  ),
  name: row(
    '姓名',
    'Name',
    'CUS-FIELDS',
    "The customer's name (AOY 4.1.2 姓名)",
    ['姓名', '客户姓名', 'customerName'],
    'name',
  ),
  phone: row(
    '电话',
    'Phone',
    'CUS-PHONE',
    'A mobile number as 11 digits (13812345678) or a landline with its area code (010-65529988, 0571-8702123, an extension after a second hyphen)',
    ['电话', '手机', '手机号', '联系电话', 'mobile'],
    'phone',
  ),
  address: row(
    '住所',
    'Address',
    'CUS-FIELDS',
    'Where the customer lives (AOY 4.1.2 住所)',
    ['住所', '地址', '住址', '联系地址'],
    'address',
  ),
  nativePlace: row('籍贯', 'Native place', 'CUS-FIELDS', 'Native place (AOY 4.1.2 籍贯)', ['籍贯']),
  occupation: row('职业', 'Occupation', 'CUS-FIELDS', 'Occupation (AOY 4.1.2 职业)', ['职业']),
  productNeed: row(
    '产品需求',
    'Product need',
    'CUS-FIELDS',
    'What the customer looks for: home type, layout (AOY 4.1.2 产品需求)',
    ['产品需求', '需求'],
  ),
  purpose: row(
    '用途',
    'Purpose',
    'CUS-FIELDS',
    'What the home is for: to live in, to invest, for parents (AOY 4.1.2 用途)',
    ['用途', '置业用途', '购房用途'],
  ),
  intendedAreaMinSqm: row(
    '意向面积下限（平方米）',
    'Intended area from (m²)',
    'CUS-FIELDS',
    'Intended floor area, lower end, in square metres (AOY 4.1.2 意向面积大小)',
    ['意向面积下限', '最小面积'],
  ),
  intendedAreaMaxSqm: row(
    '意向面积上限（平方米）',
    'Intended area to (m²)',
    'CUS-FIELDS',
    'Intended floor area, upper end, in square metres',
    ['意向面积上限', '最大面积'],
  ),
  budgetMinYuan: row(
    '预算下限（元）',
    'Budget from (yuan)',
    'CUS-FIELDS',
    'Budget, lower end, in yuan (AOY 4.1.2 费用预算范畴)',
    ['预算下限', '最低预算'],
  ),
  budgetMaxYuan: row('预算上限（元）', 'Budget to (yuan)', 'CUS-FIELDS', 'Budget, upper end, in yuan', [
    '预算上限',
    '最高预算',
  ]),
  idNumber: row(
    '身份证号码',
    'Identity number',
    'CUS-ID',
    'A resident identity number (18 characters, or 15 digits), a residence permit number of a Hong Kong, Macao or Taiwan resident or a 2023 permanent residence ID card number of a foreigner, checked by GB 11643-1999; upper-case X',
    ['身份证号码', '身份证号', '身份证', '证件号码'],
    'id-number',
  ),
  otherIdType: row(
    '其他证件类型',
    'Other document type',
    'CUS-FIELDS',
    'The type of another identity document (passport, travel permit), when there is no resident identity number',
    ['其他证件类型', '证件类型'],
  ),
  otherIdNumber: row(
    '其他证件号码',
    'Other document number',
    'CUS-FIELDS',
    'The number of that other document, as written on it (not checked)',
    ['其他证件号码', '护照号码'],
    'id-number',
  ),
  familyStructure: row(
    '家庭结构',
    'Family structure',
    'CUS-FIELDS',
    'Family structure (AOY 4.1.2 家庭构造)',
    ['家庭结构', '家庭构成', '家庭构造'],
  ),
  isDecisionMaker: row(
    '是否决策者',
    'Decision maker',
    'CUS-FIELDS',
    'Whether this customer makes the buying decision (AOY 4.1.2 是否决策者)',
    ['是否决策者', '决策者'],
  ),
  purchaseCount: row(
    '置业次数',
    'Number of purchases',
    'CUS-FIELDS',
    'How many homes the customer has bought before (AOY 4.1.2 置业次数; 0 for a first-time buyer)',
    ['置业次数'],
  ),
  createdOn: row(
    '建档日期',
    'File opened on',
    'CUS-REVIEW',
    'The day the file was opened; a file never reviewed counts its first review from here (CUS-REVIEW)',
    ['建档日期', '登记日期'],
  ),
  lastReviewedOn: row(
    '上次复核日期',
    'Last reviewed on',
    'CUS-REVIEW',
    'The day the file was last reviewed and updated (CUS-REVIEW)',
    ['上次复核日期', '复核日期', '更新日期'],
  ),
  closedOn: row(
    '结档日期',
    'File closed on',
    'CUS-RETENTION',
    'The day the file was closed and archived; its retention period counts from here (CUS-RETENTION)',
    ['结档日期', '归档日期'],
  ),
  consentWithdrawnOn: row(
    '撤回同意日期',
    'Consent withdrawn on',
    'CUS-PIPL',
    'The day the customer withdrew consent to the processing; the file is then due for deletion (CUS-PIPL, PIPL art. 47)',
    ['撤回同意日期'],
  ),
});
