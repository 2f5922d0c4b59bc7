import type * as z from 'zod';
import { createZodErrorMap } from '../calendar/zodErrorMap.js';
import { expectArray } from '../core/checks.js';
import type { Locale } from '../core/reason.js';
import {
  type DeliveryRiskCheck,
  DeliveryRiskCheckSchema,
  type HouseholdDelivery,
  HouseholdDeliverySchema,
  type OpeningRiskCheck,
  OpeningRiskCheckSchema,
} from './schemas.js';

/** The options of the delivery `parse*` functions. */
export interface DeliveryParseOptions {
  /** The language of the messages (default `zh-CN`). */
  readonly locale?: Locale;
}

/** The delivery records' own validation messages, by the `params.key` of a custom issue. */
const MESSAGES: Readonly<Record<string, { readonly 'zh-CN': string; readonly en: string }>> = Object.freeze({
  firstInspectionNeeded: {
    'zh-CN': '给出“首次验房即收楼”时须有首次验房日期',
    en: 'keysTakenAtFirstInspection needs the first inspection day (firstInspectedOn)',
  },
  keysDayNeeded: {
    'zh-CN': '首次验房即收楼的户须有收楼日期',
    en: 'a household that took the keys at its first inspection needs keysTakenOn',
  },
  keysBeforeInspection: {
    'zh-CN': '收楼日期不能早于首次验房日期',
    en: 'the keys cannot be taken before the first inspection',
  },
  keysNotEligible: {
    'zh-CN': '不具备入住资格的户不能有收楼日期（资格具备后请将 eligible 设为 true）',
    en: 'a household not eligible cannot take the keys (set eligible to true once it is)',
  },
  refusedButTaken: {
    'zh-CN': '首次验房即收楼的户不应有拒收原因',
    en: 'a household that took the keys at its first inspection has no refusal reasons',
  },
  itemsWithoutInspection: {
    'zh-CN': '维修问题在验房时记录：有维修问题的户须有首次验房日期',
    en: 'repair items are recorded at the inspection: a household with items needs firstInspectedOn',
  },
  closedBeforeInspection: {
    'zh-CN': '维修关闭日期不能早于首次验房日期',
    en: 'a repair cannot be closed before the first inspection',
  },
  closedBeforeFound: {
    'zh-CN': '问题关闭日期不能早于发现日期',
    en: 'a finding cannot be closed before it was found',
  },
  duplicateId: { 'zh-CN': '编号重复', en: 'the id is used twice' },
  duplicateDepartment: { 'zh-CN': '部门重复', en: 'a department is listed twice' },
  duplicateAspect: { 'zh-CN': '检查方面重复', en: 'an aspect is listed twice' },
});

/**
 * A zod error map for the delivery records: their own messages for their cross-field
 * checks, the calendar's and zod's for the rest. Per call, never global. @internal
 */
export function createDeliveryErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const base = createZodErrorMap(locale);
  return (issue) => {
    if (issue.code === 'custom') {
      const key = (issue.params as { key?: string } | undefined)?.key;
      const text = key === undefined ? undefined : MESSAGES[key];
      if (text !== undefined) return text[locale === 'en' ? 'en' : 'zh-CN'];
    }
    return base(issue);
  };
}

/** One bad record of a batch. */
export interface InvalidHouseholdRecord {
  /** Its position in the batch (0-based). */
  readonly index: number;
  /** Where in the record the problem is, e.g. `['repairItems', 2, 'discipline']`. */
  readonly path: readonly PropertyKey[];
  /** What is wrong, in the chosen locale. */
  readonly message: string;
}

/** A batch of household records split into the good ones and every problem of the bad ones. */
export interface ParsedHouseholdBatch {
  /** The valid records, in input order. */
  readonly valid: readonly HouseholdDelivery[];
  /** The input index of each valid record. */
  readonly validIndexes: readonly number[];
  /** Every issue of every bad record, by record index then path. */
  readonly invalid: readonly InvalidHouseholdRecord[];
}

/**
 * Validates one household delivery record: zod's result, with path-addressed issues in
 * zh-CN or en (an unknown discipline, a negative count, keys taken before the inspection).
 *
 * @rule DLV-SUMMARY
 * @example
 * ```ts
 * const r = parseHouseholdDelivery(
 *   { householdId: 'B3-1201', eligible: true, firstInspectedOn: '2026-10-12', repairItems: [{ discipline: 'roof' }] },
 *   { locale: 'en' },
 * );
 * r.success; // false
 * r.error?.issues[0]?.path; // ['repairItems', 0, 'discipline']
 * ```
 */
export function parseHouseholdDelivery(
  input: unknown,
  options?: DeliveryParseOptions,
): z.ZodSafeParseResult<HouseholdDelivery> {
  return HouseholdDeliverySchema.safeParse(input, {
    error: createDeliveryErrorMap(options?.locale ?? 'zh-CN'),
  });
}

/**
 * Validates a batch of household delivery records: every bad record is reported with its
 * index and each issue's path and message; the good ones are kept.
 *
 * @rule DLV-SUMMARY
 * @throws {InvalidArgumentError} `inputs` is not an array (path `['inputs']`).
 * @example
 * ```ts
 * const b = parseHouseholdDeliveries([{ householdId: 'A-101', eligible: true, repairItems: [] }, { householdId: 'A-102' }], { locale: 'en' });
 * b.valid.length; // 1
 * b.invalid[0]?.index; // 1
 * ```
 */
export function parseHouseholdDeliveries(
  inputs: readonly unknown[],
  options?: DeliveryParseOptions,
): ParsedHouseholdBatch {
  expectArray(inputs, ['inputs']);
  const error = createDeliveryErrorMap(options?.locale ?? 'zh-CN');
  const valid: HouseholdDelivery[] = [];
  const validIndexes: number[] = [];
  const invalid: InvalidHouseholdRecord[] = [];
  inputs.forEach((input, index) => {
    const r = HouseholdDeliverySchema.safeParse(input, { error });
    if (r.success) {
      valid.push(r.data);
      validIndexes.push(index);
    } else {
      for (const issue of r.error.issues) invalid.push({ index, path: issue.path, message: issue.message });
    }
  });
  return { valid, validIndexes, invalid };
}

/**
 * Validates a delivery risk check record, with path-addressed issues in zh-CN or en.
 *
 * @rule DLV-RISK-SCOPE
 * @example
 * ```ts
 * parseDeliveryRiskCheck({ projectId: 'P-1', firstDelivery: false, items: [{ id: 'R-1', class: 'roof', result: 'passed' }] }, { locale: 'en' })
 *   .error?.issues[0]?.path; // ['items', 0, 'class']
 * ```
 */
export function parseDeliveryRiskCheck(
  input: unknown,
  options?: DeliveryParseOptions,
): z.ZodSafeParseResult<DeliveryRiskCheck> {
  return DeliveryRiskCheckSchema.safeParse(input, {
    error: createDeliveryErrorMap(options?.locale ?? 'zh-CN'),
  });
}

/**
 * Validates a sales-opening risk check record, with path-addressed issues in zh-CN or en.
 *
 * @rule DLV-OPENING
 * @example
 * ```ts
 * parseOpeningRiskCheck({ projectId: 'P-9' }, { locale: 'en' }).success; // false
 * ```
 */
export function parseOpeningRiskCheck(
  input: unknown,
  options?: DeliveryParseOptions,
): z.ZodSafeParseResult<OpeningRiskCheck> {
  return OpeningRiskCheckSchema.safeParse(input, {
    error: createDeliveryErrorMap(options?.locale ?? 'zh-CN'),
  });
}
