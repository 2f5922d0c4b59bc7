import type * as z from 'zod';
import { createZodErrorMap } from '../calendar/zodErrorMap.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import { type RepairOrder, RepairOrderSchema } from './schemas.js';
import { REPAIR_ORDER_FIELDS, type RepairOrderField } from './tables/repairOrderFields.js';

/** The options of {@link parseRepairOrder} and {@link parseRepairOrders}. */
export interface RepairOrderParseOptions {
  /** The language of the messages (default `zh-CN`). */
  readonly locale?: Locale;
}

/** One problem of a bad repair order of a batch. */
export interface InvalidRepairOrder {
  /** Its position in the batch (0-based). */
  readonly index: number;
  /** Where in the record the problem is, e.g. `['completedAt']`. */
  readonly path: readonly PropertyKey[];
  /** What is wrong, in the chosen locale. */
  readonly message: string;
}

/** A batch of repair orders split into the good ones and every problem of the bad ones. */
export interface RepairOrderBatch {
  /** The valid orders, in input order. */
  readonly valid: readonly RepairOrder[];
  /** The input index of each valid order. */
  readonly validIndexes: readonly number[];
  /** Every problem of every bad order, by index then path. */
  readonly invalid: readonly InvalidRepairOrder[];
}

/** The error map of one parse: the order check's own message, the calendar's map for the rest. */
function errorMap(locale: Locale): z.core.$ZodErrorMap {
  const base = createZodErrorMap(locale);
  return (issue) => {
    const params = (
      issue as { params?: { key?: string; earlier?: RepairOrderField; later?: RepairOrderField } }
    ).params;
    if (issue.code === 'custom' && params?.key === 'repairOrderOrder' && params.earlier && params.later) {
      const a = REPAIR_ORDER_FIELDS[params.earlier];
      const b = REPAIR_ORDER_FIELDS[params.later];
      return locale === 'en'
        ? `${b.en} (${params.later}) is before ${a.en.toLowerCase()} (${params.earlier})`
        : `${b['zh-CN']}（${params.later}）早于${a['zh-CN']}（${params.earlier}）`;
    }
    return base(issue);
  };
}

/**
 * Validates one repair order: zod's result, with path-addressed issues in zh-CN or en. The
 * error map is passed per call; nothing global is configured.
 *
 * @rule WAR-FLOW
 * @example
 * ```ts
 * const r = parseRepairOrder({ id: 'R-1', projectId: 'P-1', householdId: 'H-101', receivedAt: '2026-03-02T09:30:00+08:00',
 *   completedAt: '2026-03-01T09:30:00+08:00' }, { locale: 'en' });
 * r.error?.issues[0]?.message; // 'Completed at (completedAt) is before received at (receivedAt)'
 * ```
 */
export function parseRepairOrder(
  input: unknown,
  options?: RepairOrderParseOptions,
): z.ZodSafeParseResult<RepairOrder> {
  return RepairOrderSchema.safeParse(input, { error: errorMap(options?.locale ?? 'zh-CN') });
}

/**
 * Validates a batch of repair orders: every bad order with its index and each problem's
 * path and message; the good ones kept. A hole in the array (`[a, , b]`) is a bad order at
 * its index; the valid and invalid orders always add up to the input.
 *
 * @rule WAR-FLOW
 * @throws {InvalidArgumentError} `inputs` is not an array.
 * @example
 * ```ts
 * const b = parseRepairOrders([good, { ...good, component: 'roof' }], { locale: 'en' });
 * b.valid.length; // 1
 * b.invalid[0]?.path; // ['component']
 * ```
 */
export function parseRepairOrders(
  inputs: readonly unknown[],
  options?: RepairOrderParseOptions,
): RepairOrderBatch {
  if (!Array.isArray(inputs)) {
    throw new InvalidArgumentError(['inputs'], 'expected an array of repair orders');
  }
  const locale = options?.locale ?? 'zh-CN';
  const error = errorMap(locale);
  const valid: RepairOrder[] = [];
  const validIndexes: number[] = [];
  const invalid: InvalidRepairOrder[] = [];
  for (let index = 0; index < inputs.length; index++) {
    if (!(index in inputs)) {
      invalid.push({
        index,
        path: [],
        message: locale === 'en' ? 'a hole in the array (no record)' : '数组中此处缺少记录',
      });
      continue;
    }
    const r = RepairOrderSchema.safeParse(inputs[index], { error });
    if (r.success) {
      valid.push(r.data);
      validIndexes.push(index);
    } else {
      for (const issue of r.error.issues) invalid.push({ index, path: issue.path, message: issue.message });
    }
  }
  return { valid, validIndexes, invalid };
}
