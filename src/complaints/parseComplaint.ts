import type * as z from 'zod';
import { createZodErrorMap } from '../calendar/zodErrorMap.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import { readRecordTimes } from '../records/readRecordTimes.js';
import { type NaiveTimePolicy, readNaiveTimePolicy } from '../records/readTime.js';
import { type Complaint, ComplaintSchema } from './schemas.js';
import { COMPLAINT_FIELD_TABLE } from './tables/fields.js';

/** The options of {@link parseComplaint} and {@link parseComplaints}. */
export interface ParseOptions {
  /** The language of the messages (default `zh-CN`). */
  readonly locale?: Locale;
}

/** The options of {@link parseComplaint}. */
export interface ParseComplaintOptions extends ParseOptions {
  /**
   * Times written without an offset (`2025-10-09 10:00`, `2025/10/9 10:00:00`, an Excel
   * serial date): `'reject'` (the default) leaves them for the schema to refuse, since they
   * do not say which instant they are; `'asia-shanghai'` reads them as Asia/Shanghai time
   * (UTC+8), and reads `+0800`, an offset without seconds and a space for the `T` as well.
   */
  readonly naiveTimes?: NaiveTimePolicy;
}

/**
 * Validates one complaint record: zod's result, with path-addressed issues in zh-CN or en.
 * The error map is passed per call; nothing global is configured. With
 * `naiveTimes: 'asia-shanghai'`, times without an offset are read as Asia/Shanghai time.
 *
 * @rule CMP-CATEGORY
 * @example
 * ```ts
 * const r = parseComplaint({ id: 'C-1' }, { locale: 'en' });
 * r.success; // false
 * r.error?.issues[0]?.path; // ['projectId']
 * ```
 */
export function parseComplaint(
  input: unknown,
  options?: ParseComplaintOptions,
): z.ZodSafeParseResult<Complaint> {
  const naive = readNaiveTimePolicy(options?.naiveTimes, ['options', 'naiveTimes']);
  const value = naive === 'asia-shanghai' ? readRecordTimes(input, COMPLAINT_FIELD_TABLE, naive) : input;
  return ComplaintSchema.safeParse(value, { error: createZodErrorMap(options?.locale ?? 'zh-CN') });
}

/** One bad record of a batch. */
export interface InvalidRecord {
  /** Its position in the batch (0-based). */
  readonly index: number;
  /** Where in the record the problem is, e.g. `['receivedAt']`. */
  readonly path: readonly PropertyKey[];
  /** What is wrong, in the chosen locale. */
  readonly message: string;
}

/** A batch split into its good records and every problem of the bad ones. */
export interface ParsedBatch {
  /** The valid records, in input order. */
  readonly valid: readonly Complaint[];
  /** The input index of each valid record. */
  readonly validIndexes: readonly number[];
  /** Every issue of every bad record, by record index then path. */
  readonly invalid: readonly InvalidRecord[];
}

/**
 * Validates a batch: every bad record is reported with its index and each issue's path
 * and message; the good ones are kept.
 *
 * @rule CMP-CATEGORY
 * @example
 * ```ts
 * const b = parseComplaints([goodRecord, { ...goodRecord, category: 'roof' }], { locale: 'en' });
 * b.valid.length; // 1
 * b.invalid[0]; // { index: 1, path: ['category'], message: 'Invalid option: expected one of ...' }
 * ```
 */
export function parseComplaints(inputs: readonly unknown[], options?: ParseOptions): ParsedBatch {
  if (!Array.isArray(inputs)) {
    throw new InvalidArgumentError(['inputs'], 'expected an array of complaint records');
  }
  const error = createZodErrorMap(options?.locale ?? 'zh-CN');
  const valid: Complaint[] = [];
  const validIndexes: number[] = [];
  const invalid: InvalidRecord[] = [];
  inputs.forEach((input, index) => {
    const r = ComplaintSchema.safeParse(input, { error });
    if (r.success) {
      valid.push(r.data);
      validIndexes.push(index);
    } else {
      for (const issue of r.error.issues) invalid.push({ index, path: issue.path, message: issue.message });
    }
  });
  return { valid, validIndexes, invalid };
}
