import type * as z from 'zod';
import { describeType, expectOneOf, isPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { LOCALES, type Locale } from '../core/reason.js';
import { readRecordTimes } from '../records/readRecordTimes.js';
import { type NaiveTimePolicy, readNaiveTimePolicy } from '../records/readTime.js';
import { createComplaintErrorMap } from './complaintErrorMap.js';
import { type Complaint, ComplaintSchema } from './schemas.js';
import { COMPLAINT_FIELD_TABLE } from './tables/fields.js';

/** The options of {@link parseComplaint} and {@link parseComplaints}. */
export interface ParseOptions {
  /** The language of the messages (default `zh-CN`). */
  readonly locale?: Locale;
}

/** The locale of a parse's options, checked (an unknown locale is an error, not a crash). */
function localeOf(options: unknown): Locale {
  if (options === undefined) return 'zh-CN';
  if (!isPlainObject(options)) {
    throw new InvalidArgumentError(
      ['options'],
      `expected an options object { locale }, got ${describeType(options)}`,
    );
  }
  return options.locale === undefined ? 'zh-CN' : expectOneOf(options.locale, LOCALES, ['options', 'locale']);
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
 * The error map is passed per call; nothing global is configured. A time before the
 * receipt (`repliedAt` before `receivedAt`) is an issue at the later field. With
 * `naiveTimes: 'asia-shanghai'`, times without an offset are read as Asia/Shanghai time.
 *
 * @rule CMP-CATEGORY
 * @throws {InvalidArgumentError} `options` is not an object, or its `locale` is neither `zh-CN` nor `en`.
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
  const locale = localeOf(options);
  const naive = readNaiveTimePolicy(options?.naiveTimes, ['options', 'naiveTimes']);
  const value = naive === 'asia-shanghai' ? readRecordTimes(input, COMPLAINT_FIELD_TABLE, naive) : input;
  return ComplaintSchema.safeParse(value, { error: createComplaintErrorMap(locale) });
}

/** One problem of one bad record of a batch. */
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
  /** The input index of each invalid record, in order: `valid.length + invalidIndexes.length` is the input's length. */
  readonly invalidIndexes: readonly number[];
  /** Every issue of every bad record, by record index then path (a bad record has one or more). */
  readonly invalid: readonly InvalidRecord[];
}

const HOLE = {
  'zh-CN': '数组中的空位（缺少记录）',
  en: 'a hole in the array (a missing record)',
} as const;
const UNREADABLE = {
  'zh-CN': '无法读取的记录',
  en: 'a record that cannot be read',
} as const;

/**
 * Validates a batch: every bad record is reported with its index and each issue's path
 * and message; the good ones are kept. Every index is either valid or invalid, so the two
 * counts add up to the input's length; a hole (`[a, , b]`) is an invalid record at its
 * index. It never throws for an array, whatever its elements.
 *
 * @rule CMP-CATEGORY
 * @throws {InvalidArgumentError} `inputs` is not an array, or the options are malformed.
 * @example
 * ```ts
 * const b = parseComplaints([goodRecord, { ...goodRecord, category: 'roof' }], { locale: 'en' });
 * b.valid.length; // 1
 * b.invalidIndexes; // [1]
 * b.invalid[0]; // { index: 1, path: ['category'], message: 'Invalid option: expected one of ...' }
 * ```
 */
export function parseComplaints(inputs: readonly unknown[], options?: ParseOptions): ParsedBatch {
  if (!Array.isArray(inputs)) {
    throw new InvalidArgumentError(
      ['inputs'],
      `expected an array of complaint records, got ${describeType(inputs)}`,
    );
  }
  const locale = localeOf(options);
  const error = createComplaintErrorMap(locale);
  const valid: Complaint[] = [];
  const validIndexes: number[] = [];
  const invalidIndexes: number[] = [];
  const invalid: InvalidRecord[] = [];
  for (let index = 0; index < inputs.length; index++) {
    if (!(index in inputs)) {
      invalidIndexes.push(index);
      invalid.push({ index, path: [], message: HOLE[locale] });
      continue;
    }
    let r: z.ZodSafeParseResult<Complaint>;
    try {
      r = ComplaintSchema.safeParse(inputs[index], { error });
    } catch {
      // A value zod cannot walk (a getter that throws, a revoked proxy): an invalid record, not a crash.
      invalidIndexes.push(index);
      invalid.push({ index, path: [], message: UNREADABLE[locale] });
      continue;
    }
    if (r.success) {
      valid.push(r.data);
      validIndexes.push(index);
    } else {
      invalidIndexes.push(index);
      for (const issue of r.error.issues) invalid.push({ index, path: issue.path, message: issue.message });
    }
  }
  return { valid, validIndexes, invalidIndexes, invalid };
}
