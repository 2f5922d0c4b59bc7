import { expectArray, expectOneOf, expectPlainObject } from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';
import { CUSTOMER_FILE_ITEM_TABLE } from './tables/labels.js';
import { CUSTOMER_FILE_ITEMS, type CustomerFileItem } from './types.js';

/** The options of {@link assessCustomerFileCompleteness}. */
export interface CustomerFileCompletenessOptions {
  /**
   * The items the file must hold: all thirteen of AOY 4.1.2 by default. A company adjusts
   * the list (各公司可依照实际状况进行内容调节，提交集团客户关系部审批更改).
   */
  readonly items?: readonly CustomerFileItem[];
}

/** Which items of a customer file are missing (`CUS-FIELDS`). */
export type CustomerFileCompleteness = Decision<{
  readonly complete: boolean;
  /** The missing items, in the order of AOY 4.1.2. */
  readonly missing: readonly CustomerFileItem[];
}>;

/**
 * Which items of AOY 4.1.2's customer file a record still lacks (`CUS-FIELDS`: 姓名、电话、
 * 住所、籍贯、职业、产品需求、用途、意向面积大小、费用预算范畴、身份证、家庭构造、是否决策者、置业
 * 次数), for the review that completes it (`CUS-REVIEW`: 增补或调节). An item held by any of
 * its fields counts (the budget by either end of the range, the identity document by a
 * resident identity number or another document). Only the record's fields are read; the
 * reasons name the missing items, never a value.
 *
 * @rule CUS-FIELDS
 * @example
 * ```ts
 * const r = assessCustomerFileCompleteness({ id: 'K-1', name: '张三', phone: '13812345678', purchaseCount: 0 });
 * r.complete; // false
 * r.missing.includes('nativePlace'); // true
 * r.missing.includes('purchaseCount'); // false: 0 is an answer
 * ```
 */
export function assessCustomerFileCompleteness(
  record: Readonly<Record<string, unknown>>,
  options?: CustomerFileCompletenessOptions,
): CustomerFileCompleteness {
  const r = expectPlainObject(record, ['record']);
  let items: readonly CustomerFileItem[] = CUSTOMER_FILE_ITEMS;
  if (options !== undefined) {
    const o = expectPlainObject(options, ['options']);
    if (o.items !== undefined) {
      const asked = expectArray(o.items, ['options', 'items']).map((v, i) =>
        expectOneOf(v, CUSTOMER_FILE_ITEMS, ['options', 'items', i]),
      );
      items = CUSTOMER_FILE_ITEMS.filter((item) => asked.includes(item));
    }
  }
  const held = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
  const missing = items.filter((item) => !CUSTOMER_FILE_ITEM_TABLE[item].fields.some((f) => held(r[f])));
  const names = (locale: 'zh-CN' | 'en') =>
    missing.map((m) => CUSTOMER_FILE_ITEM_TABLE[m][locale]).join(locale === 'en' ? ', ' : '、');
  return {
    complete: missing.length === 0,
    missing,
    reasons: [
      createReason(
        'CUS-FIELDS',
        { items: items.length, missing: [...missing] },
        missing.length === 0
          ? {
              'zh-CN': `客户档案的${items.length}项资料齐全（AOY 4.1.2）`,
              en: `The customer file holds all ${items.length} items (AOY 4.1.2)`,
            }
          : {
              'zh-CN': `客户档案的${items.length}项资料中缺少${missing.length}项：${names('zh-CN')}（AOY 4.1.2；复核时增补）`,
              en: `The customer file lacks ${missing.length} of ${items.length} items: ${names('en')} (AOY 4.1.2; completed at the review)`,
            },
      ),
    ],
  };
}
