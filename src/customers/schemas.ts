/**
 * The customer record (客户档案), as zod schemas: the boundary where customer data from
 * forms, files and other systems is checked before the decision functions trust it.
 * Identity numbers and phones are checked by the personal-information validators; no
 * message quotes the value it rejects (`CUS-PRIVACY`).
 *
 * @module
 */

import * as z from 'zod';
import { DayStringSchema } from '../calendar/schemas.js';
import { validateLandlineNumber, validateMobileNumber } from '../core/personal/validatePhone.js';
import { validateResidentIdNumber } from '../core/personal/validateResidentIdNumber.js';
import type { LocalizedText } from '../core/reason.js';
import { CUSTOMER_FIELD_TABLE, type CustomerField } from './tables/fields.js';
import { OTHER_ID_TYPES } from './types.js';

const describe = (field: CustomerField): string => {
  const row = CUSTOMER_FIELD_TABLE[field];
  return `${row.en} (${row['zh-CN']}): ${row.description}`;
};
const issue = (zh: string, en: string): { params: { text: LocalizedText } } => ({
  params: { text: { 'zh-CN': zh, en } },
});
const id = () => z.string().min(1).max(200);
const text = (max: number) => z.string().min(1).max(max);

/**
 * An identity number as stored (`CUS-ID`): 18 characters by GB 11643-1999 (upper-case `X`)
 * or a 15-digit first-generation number, checked by {@link validateResidentIdNumber}.
 *
 * @rule CUS-ID
 * @example
 * ```ts
 * IdNumberSchema.safeParse('11010519491231002X').success; // true
 * IdNumberSchema.safeParse('110105194912310021').success; // false: check character
 * ```
 */
export const IdNumberSchema = /* @__PURE__ */ (() =>
  z.string().superRefine((value, ctx) => {
    const r = validateResidentIdNumber(value);
    if (!r.valid) {
      const first = r.reasons[0];
      ctx.addIssue({ code: 'custom', ...(first === undefined ? {} : { params: { text: first.message } }) });
    } else if (r.normalized !== value) {
      ctx.addIssue({
        code: 'custom',
        ...issue(
          '身份证号码应按存储格式书写：半角数字、大写X、前后无空格',
          'Write the identity number as stored: half-width digits, an upper-case X, no surrounding spaces',
        ),
      });
    }
  }))();

/**
 * A phone as stored (`CUS-PHONE`): a mobile number as its 11 digits (any `1[3-9]` block),
 * or a landline with its area code, `0AA-NNNNNNNN` with `-EXT` for an extension, as
 * {@link validateMobileNumber} and {@link validateLandlineNumber} normalise them.
 *
 * @rule CUS-PHONE
 * @example
 * ```ts
 * PhoneNumberSchema.safeParse('13812345678').success; // true
 * PhoneNumberSchema.safeParse('0571-8702123').success; // true
 * PhoneNumberSchema.safeParse('+86 138 1234 5678').success; // false: store it as 13812345678
 * ```
 */
export const PhoneNumberSchema = /* @__PURE__ */ (() =>
  z.string().superRefine((value, ctx) => {
    const mobile = validateMobileNumber(value);
    if (mobile.valid && mobile.normalized === value) return;
    const landline = validateLandlineNumber(value);
    if (landline.valid && landline.normalized === value) return;
    if (mobile.valid || landline.valid) {
      ctx.addIssue({
        code: 'custom',
        ...issue(
          '电话号码应按存储格式书写：手机号码为11位数字（不带+86、空格或连字符），固定电话为“区号-号码”（如010-12345678）',
          'Write the phone as stored: a mobile number as 11 digits (no +86, spaces or hyphens), a landline as area code, hyphen, number (010-12345678)',
        ),
      });
      return;
    }
    // The more telling of the two verdicts: a mobile's when it begins with 1, else a landline's.
    const compact = value.replace(/[\s\-()（）]/g, '').replace(/^(?:\+86|0086)/, '');
    const verdict = compact.startsWith('1') ? mobile : landline;
    const first = verdict.reasons[0];
    ctx.addIssue({ code: 'custom', ...(first === undefined ? {} : { params: { text: first.message } }) });
  }))();

const area = () => z.number().finite().positive().max(100_000);
const yuan = () => z.number().finite().min(0).max(1e12);

/**
 * A customer record (客户档案, `CUS-FIELDS`): every item AOY 4.1.2 lists (name, phone,
 * address, native place, occupation, product need, purpose, intended area, budget range,
 * identity document, family structure, whether decision maker, number of purchases), the
 * project that holds the file (`CUS-PRIVACY`) and the days its review and retention count
 * from (`CUS-REVIEW`, `CUS-RETENTION`, `CUS-PIPL`). Only the id, project, name, phone and
 * opening day are required: a file is completed over time (AOY 4.1.4 增补), and an identity
 * number is collected when a purpose needs it (PIPL art. 6).
 *
 * Checked across fields: a range's lower end not above its upper end; another document's
 * type and number given together; no day before the file was opened.
 *
 * @rule CUS-FIELDS
 * @rule CUS-ID
 * @rule CUS-PHONE
 * @example
 * ```ts
 * CustomerSchema.safeParse({
 *   id: 'K-1', projectId: 'P-1', name: '张三', phone: '13812345678', createdOn: '2025-08-31',
 * }).success; // true
 * ```
 */
export const CustomerSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: id().describe(describe('id')),
      projectId: id().describe(describe('projectId')),
      name: text(100).describe(describe('name')),
      phone: PhoneNumberSchema.describe(describe('phone')),
      address: text(500).optional().describe(describe('address')),
      nativePlace: text(100).optional().describe(describe('nativePlace')),
      occupation: text(100).optional().describe(describe('occupation')),
      productNeed: text(500).optional().describe(describe('productNeed')),
      purpose: text(200).optional().describe(describe('purpose')),
      intendedAreaMinSqm: area().optional().describe(describe('intendedAreaMinSqm')),
      intendedAreaMaxSqm: area().optional().describe(describe('intendedAreaMaxSqm')),
      budgetMinYuan: yuan().optional().describe(describe('budgetMinYuan')),
      budgetMaxYuan: yuan().optional().describe(describe('budgetMaxYuan')),
      idNumber: IdNumberSchema.optional().describe(describe('idNumber')),
      otherIdType: z.enum(OTHER_ID_TYPES).optional().describe(describe('otherIdType')),
      otherIdNumber: text(40).optional().describe(describe('otherIdNumber')),
      familyStructure: text(200).optional().describe(describe('familyStructure')),
      isDecisionMaker: z.boolean().optional().describe(describe('isDecisionMaker')),
      purchaseCount: z.number().int().min(0).max(1000).optional().describe(describe('purchaseCount')),
      createdOn: DayStringSchema.describe(describe('createdOn')),
      lastReviewedOn: DayStringSchema.optional().describe(describe('lastReviewedOn')),
      closedOn: DayStringSchema.optional().describe(describe('closedOn')),
      consentWithdrawnOn: DayStringSchema.optional().describe(describe('consentWithdrawnOn')),
    })
    .superRefine((c, ctx) => {
      const range = (
        lo: number | undefined,
        hi: number | undefined,
        path: CustomerField,
        what: LocalizedText,
      ) => {
        if (lo !== undefined && hi !== undefined && lo > hi)
          ctx.addIssue({
            code: 'custom',
            path: [path],
            ...issue(
              `${what['zh-CN']}下限大于上限`,
              `The lower end of the ${what.en} is above its upper end`,
            ),
          });
      };
      range(c.intendedAreaMinSqm, c.intendedAreaMaxSqm, 'intendedAreaMinSqm', {
        'zh-CN': '意向面积',
        en: 'intended area',
      });
      range(c.budgetMinYuan, c.budgetMaxYuan, 'budgetMinYuan', { 'zh-CN': '预算', en: 'budget' });
      if ((c.otherIdType === undefined) !== (c.otherIdNumber === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [c.otherIdType === undefined ? 'otherIdType' : 'otherIdNumber'],
          ...issue('其他证件的类型和号码须同时填写', "Another document's type and number go together"),
        });
      }
      for (const field of ['lastReviewedOn', 'closedOn', 'consentWithdrawnOn'] as const) {
        const day = c[field];
        if (day !== undefined && day < c.createdOn) {
          const label = CUSTOMER_FIELD_TABLE[field];
          ctx.addIssue({
            code: 'custom',
            path: [field],
            ...issue(`${label['zh-CN']}早于建档日期`, `${label.en} is before the file was opened`),
          });
        }
      }
    }))();

/** A customer record (the output of {@link CustomerSchema}). */
export type Customer = z.infer<typeof CustomerSchema>;
