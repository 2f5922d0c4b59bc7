/**
 * The customer-file settings that differ between source rulebooks, and the default preset's
 * values (`sinoOcean2008`), here so that every customers function can default to it without
 * importing presets. Every value says where it comes from (DESIGN convention 14).
 *
 * @module
 */

import * as z from 'zod';
import { assertNever } from '../core/assertNever.js';
import { deepFreeze } from '../core/deepFreeze.js';
import type { LocalizedText } from '../core/reason.js';
import { RETENTION_ACTIONS, type RetentionAction, SETTING_BASES, type SettingBasis } from './types.js';

/**
 * Where a preset's value comes from (convention 14): its own source's section, a section
 * of another preset's source (borrowed), or the library's own default. It records the
 * value it vouches for: a company policy that overrides the value without restating the
 * source is reported as the company's own setting, never under the preset's citation.
 */
export interface CustomerSettingSource<T extends number | string> {
  /** The value the citation is for. */
  readonly value: T;
  readonly basis: SettingBasis;
  /** The section cited (`AOY 4.1.4`, `GEN 3.2.8`), or for a library default what it rests on. */
  readonly cite: string;
  /** For a borrowed value: the preset it is borrowed from. */
  readonly from?: string;
}

/** The customer-file settings of a policy. */
export interface CustomerPolicy {
  /** The preset or company policy this is (named in reasons). */
  readonly id: string;
  /** `CUS-REVIEW`: months between reviews of a customer file (原则上6个月增补或调节一次). */
  readonly reviewIntervalMonths: number;
  /** `CUS-RETENTION`: years a closed customer file is kept (保管期限为10年). */
  readonly retentionYears: number;
  /** `CUS-RETENTION`, `CUS-PIPL`: what happens to it then. */
  readonly retentionAction: RetentionAction;
  /** Where each value comes from; a value without one is the company policy's own. */
  readonly sources?: {
    readonly reviewIntervalMonths?: CustomerSettingSource<number>;
    readonly retentionYears?: CustomerSettingSource<number>;
    readonly retentionAction?: CustomerSettingSource<RetentionAction>;
  };
}

/**
 * The customer-file settings of Sino-Ocean 2008 (SOL), the library's default. SOL lists what
 * a customer file holds (客户文件信息管理: 姓名、住址、家庭结构、曾经投诉情况、入住时间) but sets no
 * review interval and no retention period, so all three values are borrowed, and say so:
 * the 6-month review from Aoyuan (AOY 4.1.4), the 10-year retention and destruction with
 * approval from the generic templates (GEN 3.2.8).
 *
 * @rule CUS-REVIEW
 * @rule CUS-RETENTION
 * @example
 * ```ts
 * SINO_OCEAN_2008_CUSTOMER_POLICY.retentionYears; // 10
 * SINO_OCEAN_2008_CUSTOMER_POLICY.sources?.retentionYears?.basis; // 'borrowed'
 * ```
 */
export const SINO_OCEAN_2008_CUSTOMER_POLICY: CustomerPolicy = deepFreeze({
  id: 'sinoOcean2008',
  reviewIntervalMonths: 6,
  retentionYears: 10,
  retentionAction: 'destroy-with-approval',
  sources: {
    reviewIntervalMonths: { value: 6, basis: 'borrowed', cite: 'AOY 4.1.4', from: 'aoyuan2014' },
    retentionYears: { value: 10, basis: 'borrowed', cite: 'GEN 3.2.8', from: 'generic' },
    retentionAction: {
      value: 'destroy-with-approval',
      basis: 'borrowed',
      cite: 'GEN 3.2.8',
      from: 'generic',
    },
  },
});

/** A policy as functions take it: the customer settings, or a whole policy that carries them. */
export type CustomerPolicyInput =
  | CustomerPolicy
  | { readonly id: string; readonly customers: CustomerPolicy };

const named = new WeakMap<object, CustomerPolicy>();

/**
 * The customer settings of a policy input; the default when absent. A whole policy lends
 * them its id, so reasons name the company policy rather than the preset it started from.
 * @internal
 */
export function resolveCustomerPolicy(input: CustomerPolicyInput | undefined): CustomerPolicy {
  if (input === undefined) return SINO_OCEAN_2008_CUSTOMER_POLICY;
  if (!('customers' in input)) return input;
  const slice = input.customers;
  if (slice.id === input.id) return slice;
  let out = named.get(input);
  if (out === undefined) {
    out = Object.freeze({ ...slice, id: input.id });
    named.set(input, out);
  }
  return out;
}

type SettingKey = 'reviewIntervalMonths' | 'retentionYears' | 'retentionAction';

/** Where a setting's current value comes from, as a basis, a citation and a phrase for messages. @internal */
export function describeSettingSource(
  policy: CustomerPolicy,
  key: SettingKey,
): { readonly basis: SettingBasis | 'company'; readonly cite: string; readonly text: LocalizedText } {
  const source = policy.sources?.[key];
  if (source === undefined || source.value !== policy[key]) {
    return {
      basis: 'company',
      cite: policy.id,
      text: { 'zh-CN': `公司政策${policy.id}自定`, en: `company policy ${policy.id}'s own setting` },
    };
  }
  switch (source.basis) {
    case 'source':
      return {
        basis: 'source',
        cite: source.cite,
        text: { 'zh-CN': `${policy.id}：${source.cite}`, en: `${policy.id}: ${source.cite}` },
      };
    case 'borrowed':
      return {
        basis: 'borrowed',
        cite: source.cite,
        text: {
          'zh-CN': `${policy.id}的制度未作规定，借用${source.from ?? '其他预设'}：${source.cite}`,
          en: `${policy.id}'s source sets none: borrowed from ${source.from ?? 'another preset'}, ${source.cite}`,
        },
      };
    case 'library-default':
      return {
        basis: 'library-default',
        cite: source.cite,
        text: { 'zh-CN': `本库默认值：${source.cite}`, en: `the library's own default: ${source.cite}` },
      };
    default:
      return assertNever(source.basis, 'setting basis');
  }
}

const settingSource = <T extends z.ZodType>(value: T) =>
  z
    .strictObject({
      value,
      basis: z.enum(SETTING_BASES),
      cite: z.string().min(1).max(200),
      from: z.string().min(1).max(100).optional(),
    })
    .refine((s) => (s.basis === 'borrowed') === (s.from !== undefined), {
      error: 'a borrowed value names the preset it is borrowed from (from), and only a borrowed one',
    });

/**
 * The customer-file settings, validated: whole months from 1 to 120 between reviews, whole
 * years from 1 to 100 of retention, a known retention action; unknown keys are errors.
 */
export const CustomerPolicySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().min(1),
    reviewIntervalMonths: z.number().int().min(1).max(120),
    retentionYears: z.number().int().min(1).max(100),
    retentionAction: z.enum(RETENTION_ACTIONS),
    sources: z
      .strictObject({
        reviewIntervalMonths: settingSource(z.number()).optional(),
        retentionYears: settingSource(z.number()).optional(),
        retentionAction: settingSource(z.enum(RETENTION_ACTIONS)).optional(),
      })
      .optional(),
  }))();
