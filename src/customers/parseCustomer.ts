import type * as z from 'zod';
import { expectArray, expectOneOf, expectPlainObject } from '../core/checks.js';
import { readNowDay } from '../core/personal/today.js';
import { validateResidentIdNumber } from '../core/personal/validateResidentIdNumber.js';
import { LOCALES, type Locale } from '../core/reason.js';
import { createCustomerErrorMap } from './errorMap.js';
import { type Customer, CustomerSchema } from './schemas.js';

/** The options of {@link parseCustomer} and {@link parseCustomers}. */
export interface CustomerParseOptions {
  /** The language of the messages (default `zh-CN`). */
  readonly locale?: Locale;
  /**
   * The moment to judge birth dates by (a `Date`, a day or an ISO instant with an offset):
   * an identity number whose birth date is after its day is refused (`CUS-ID`). Without it
   * that check is skipped.
   */
  readonly now?: Date | string;
}

/** One bad customer record of a batch. */
export interface InvalidCustomerRecord {
  /** Its position in the batch (0-based). */
  readonly index: number;
  /** The field at fault, e.g. `['idNumber']`. */
  readonly path: readonly PropertyKey[];
  /** What is wrong, in the chosen locale; never the value itself. */
  readonly message: string;
}

/** A batch of customer records split into the good ones and every problem of the bad ones. */
export interface ParsedCustomerBatch {
  readonly valid: readonly Customer[];
  /** The input index of each valid record. */
  readonly validIndexes: readonly number[];
  readonly invalid: readonly InvalidCustomerRecord[];
}

function readOptions(options: CustomerParseOptions | undefined): {
  locale: Locale;
  schema: z.ZodType<Customer>;
} {
  if (options === undefined) return { locale: 'zh-CN', schema: CustomerSchema };
  const o = expectPlainObject(options, ['options']);
  const locale = o.locale === undefined ? 'zh-CN' : expectOneOf(o.locale, LOCALES, ['options', 'locale']);
  if (o.now === undefined) return { locale, schema: CustomerSchema };
  const now = o.now as Date | string;
  readNowDay(now, ['options', 'now']);
  // The birth-date check needs `now`: a schema for this call (or this batch) only.
  // A number that fails without `now` is reported by the schema already; only the birth
  // date's own verdict is added here.
  const schema = CustomerSchema.superRefine((c, ctx) => {
    if (c.idNumber === undefined || !validateResidentIdNumber(c.idNumber).valid) return;
    const r = validateResidentIdNumber(c.idNumber, { now });
    const first = r.reasons[0];
    if (!r.valid && first !== undefined)
      ctx.addIssue({ code: 'custom', path: ['idNumber'], params: { text: first.message } });
  });
  return { locale, schema };
}

/**
 * Validates one customer record (`CUS-FIELDS`, `CUS-ID`, `CUS-PHONE`): zod's result, with
 * path-addressed issues in zh-CN or en that never quote the value they reject (a bad
 * identity number is reported by the part that fails, never by its digits). The error map
 * is passed per call; nothing global is configured.
 *
 * @rule CUS-FIELDS
 * @rule CUS-ID
 * @rule CUS-PHONE
 * @example
 * ```ts
 * const r = parseCustomer(
 *   { id: 'K-1', projectId: 'P-1', name: '张三', phone: '13812345678', createdOn: '2025-08-31', idNumber: '110105194912310021' },
 *   { locale: 'en' },
 * );
 * r.success; // false
 * r.error?.issues[0]?.path; // ['idNumber']
 * ```
 */
export function parseCustomer(
  input: unknown,
  options?: CustomerParseOptions,
): z.ZodSafeParseResult<Customer> {
  const { locale, schema } = readOptions(options);
  return schema.safeParse(input, { error: createCustomerErrorMap(locale) });
}

/**
 * Validates a batch of customer records: every bad record reported with its index and each
 * issue's path and message (never the value); the good ones kept, in input order.
 *
 * @rule CUS-FIELDS
 * @example
 * ```ts
 * const b = parseCustomers([goodRecord, { ...goodRecord, phone: '1381234567' }], { locale: 'en' });
 * b.valid.length; // 1
 * b.invalid[0]?.path; // ['phone']
 * ```
 */
export function parseCustomers(
  inputs: readonly unknown[],
  options?: CustomerParseOptions,
): ParsedCustomerBatch {
  const records = expectArray(inputs, ['inputs']);
  const { locale, schema } = readOptions(options);
  const error = createCustomerErrorMap(locale);
  const valid: Customer[] = [];
  const validIndexes: number[] = [];
  const invalid: InvalidCustomerRecord[] = [];
  records.forEach((input, index) => {
    const r = schema.safeParse(input, { error });
    if (r.success) {
      valid.push(r.data);
      validIndexes.push(index);
    } else {
      for (const i of r.error.issues) invalid.push({ index, path: i.path, message: i.message });
    }
  });
  return { valid, validIndexes, invalid };
}
