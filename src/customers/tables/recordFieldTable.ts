/**
 * The customer record's field table for the import (`validate --kind customer`,
 * `customers due`): the names, descriptions and headers of {@link CUSTOMER_FIELD_TABLE}
 * (written once, there: DESIGN convention 15) with what the import needs besides: the kind
 * of value each field holds and the schema's limits, so that the cheap record check accepts
 * no more than `CustomerSchema` does.
 *
 * @module
 */

import { validateLandlineNumber, validateMobileNumber } from '../../core/personal/validatePhone.js';
import { validateResidentIdNumber } from '../../core/personal/validateResidentIdNumber.js';
import type { FieldRow, FieldValueKind } from '../../records/fieldTable.js';
import { vocabularyOf } from '../../records/vocabularyOf.js';
import { CUSTOMER_FIELD_TABLE, CUSTOMER_FIELDS, type CustomerField } from './fields.js';
import { OTHER_ID_TYPE_LABELS } from './labels.js';

type Spec = Omit<FieldRow, 'id' | 'label' | 'description' | 'headers' | 'rules' | 'required' | 'value'> & {
  readonly required?: boolean;
};
const text = (maxLength: number): Spec => ({ minLength: 1, maxLength });
const up = (max: number) => (v: unknown) => typeof v === 'number' && v <= max;
const AREA: Spec = {
  accepts: (v) => typeof v === 'number' && v > 0 && v <= 100_000,
  valueNote: { 'zh-CN': '面积（平方米，大于0，至多10万）', en: 'area (m², above 0, at most 100,000)' },
};

/** A phone as stored: an 11-digit mobile, or a landline `0AA-NNNNNNNN` (`PhoneNumberSchema`). */
function isStoredPhone(v: unknown): boolean {
  if (typeof v !== 'string' || v.length > 40) return false;
  const mobile = validateMobileNumber(v);
  if (mobile.valid && mobile.normalized === v) return true;
  const landline = validateLandlineNumber(v);
  return landline.valid && landline.normalized === v;
}

/** An identity number as stored, with its check character (`IdNumberSchema`, without a `now`). */
function isStoredIdNumber(v: unknown): boolean {
  if (typeof v !== 'string' || v.length > 40) return false;
  const r = validateResidentIdNumber(v);
  return r.valid && r.normalized === v;
}

const KINDS: Readonly<Record<CustomerField, readonly [FieldValueKind, Spec]>> = {
  id: ['id', { required: true }],
  projectId: ['id', { required: true }],
  name: ['text', { ...text(100), required: true }],
  phone: [
    'text',
    {
      required: true,
      accepts: isStoredPhone,
      valueNote: {
        'zh-CN': '手机号11位数字，或固定电话“区号-号码”',
        en: 'a mobile as 11 digits, or a landline as area code, hyphen, number',
      },
    },
  ],
  address: ['text', text(500)],
  nativePlace: ['text', text(100)],
  occupation: ['text', text(100)],
  productNeed: ['text', text(500)],
  purpose: ['text', text(200)],
  intendedAreaMinSqm: ['amount', AREA],
  intendedAreaMaxSqm: ['amount', { ...AREA, notBelow: 'intendedAreaMinSqm' }],
  budgetMinYuan: ['amount', { accepts: up(1e12) }],
  budgetMaxYuan: ['amount', { accepts: up(1e12), notBelow: 'budgetMinYuan' }],
  idNumber: [
    'text',
    {
      accepts: isStoredIdNumber,
      valueNote: {
        'zh-CN': '身份证号码（18位，末位X大写；或15位）',
        en: 'identity number (18 characters, upper-case X; or 15 digits)',
      },
    },
  ],
  otherIdType: [
    'enum',
    { vocabulary: vocabularyOf(OTHER_ID_TYPE_LABELS), requires: [{ field: 'otherIdNumber', is: 'given' }] },
  ],
  otherIdNumber: ['text', { ...text(40), requires: [{ field: 'otherIdType', is: 'given' }] }],
  familyStructure: ['text', text(200)],
  isDecisionMaker: ['boolean', {}],
  purchaseCount: ['count', { accepts: up(1000) }],
  createdOn: ['day', { required: true }],
  lastReviewedOn: ['day', { notBefore: 'createdOn' }],
  closedOn: ['day', { notBefore: 'createdOn' }],
  consentWithdrawnOn: ['day', { notBefore: 'createdOn' }],
};

/**
 * The fields of a customer record as the import reads them (`CUS-FIELDS`): the names and
 * headers of {@link CUSTOMER_FIELD_TABLE} (姓名, 客户姓名, 手机号, 身份证号 ...), the kind of
 * value, the schema's limits and its checks across fields (a range's upper end not below its
 * lower end, another document's type and number together, no day before the file was
 * opened). Values quoted in the import's messages are masked (`CUS-PRIVACY`).
 *
 * @rule CUS-FIELDS
 * @rule CUS-PRIVACY
 * @example
 * ```ts
 * CUSTOMER_RECORD_FIELD_TABLE.phone.headers.includes('手机号'); // true
 * CUSTOMER_RECORD_FIELD_TABLE.createdOn.value; // 'day'
 * CUSTOMER_RECORD_FIELD_TABLE.closedOn.notBefore; // 'createdOn'
 * ```
 */
export const CUSTOMER_RECORD_FIELD_TABLE: Readonly<Record<CustomerField, FieldRow>> = /* @__PURE__ */ (() =>
  Object.freeze(
    Object.fromEntries(
      CUSTOMER_FIELDS.map((field) => {
        const row = CUSTOMER_FIELD_TABLE[field];
        const [value, spec] = KINDS[field];
        const { required = false, ...rest } = spec;
        const out: FieldRow = {
          id: field,
          label: { 'zh-CN': row['zh-CN'], en: row.en },
          description: { 'zh-CN': row['zh-CN'], en: row.description },
          headers: row.aliases,
          value,
          required,
          rules: [row.rule],
          ...rest,
        };
        return [field, Object.freeze(out)];
      }),
    ) as Record<CustomerField, FieldRow>,
  ))();
