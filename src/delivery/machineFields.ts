/**
 * Field checks the two delivery machines share, beyond the kit's: a day, a non-empty list,
 * a repair item, and a whole risk check record (checked by its zod schema).
 *
 * @internal
 * @module
 */

import { tryParseDayString } from '../calendar/days.js';
import { createZodErrorMap } from '../calendar/zodErrorMap.js';
import { describeType } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import {
  arrayField,
  type FieldCheck,
  objectField,
  oneOfField,
  optional,
  textField,
} from '../machine/fields.js';
import { type DeliveryRiskCheck, DeliveryRiskCheckSchema } from './schemas.js';
import { DELIVERY_REPAIR_DISCIPLINES } from './types.js';

/** A day `YYYY-MM-DD` that exists. */
export function dayField(): FieldCheck<string> {
  return Object.freeze({
    kind: 'a day YYYY-MM-DD',
    optional: false,
    check: (value, path, code) => {
      if (typeof value === 'string' && value.length === 10 && tryParseDayString(value) !== undefined)
        return value;
      throw new InvalidArgumentError(path, `expected a day YYYY-MM-DD, got ${describeType(value)}`, code);
    },
  } satisfies FieldCheck<string>);
}

/** A list of 1 to `maxLength` items: an empty list is refused. */
export function nonEmptyListField<T>(item: FieldCheck<T>, maxLength: number): FieldCheck<readonly T[]> {
  const list = arrayField(item, maxLength);
  return Object.freeze({
    kind: `a list of 1 to ${maxLength} of ${item.kind}`,
    optional: false,
    check: (value, path, code) => {
      const out = list.check(value, path, code);
      if (out.length === 0)
        throw new InvalidArgumentError(path, 'expected at least one item, got none', code);
      return out;
    },
  } satisfies FieldCheck<readonly T[]>);
}

/** One repair item found at an inspection: its discipline, and what it is. */
export const REPAIR_ITEM_FIELDS = {
  discipline: oneOfField(DELIVERY_REPAIR_DISCIPLINES),
  description: optional(textField(2000)),
} as const;

/** The repair items of an inspection: 0 to 1,000. */
export const repairItemsField = () => arrayField(objectField(REPAIR_ITEM_FIELDS), 1000);

/** A delivery risk check record, checked by `DeliveryRiskCheckSchema`: an issue comes out at its path under the field. */
export function riskCheckField(): FieldCheck<DeliveryRiskCheck> {
  const errorMap = createZodErrorMap('en');
  return Object.freeze({
    kind: 'a delivery risk check record',
    optional: false,
    check: (value, path, code) => {
      const parsed = DeliveryRiskCheckSchema.safeParse(value, { error: errorMap });
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      const sub = (issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
      throw new InvalidArgumentError([...path, ...sub], issue?.message ?? 'not a risk check record', code);
    },
  } satisfies FieldCheck<DeliveryRiskCheck>);
}
