/**
 * The times of a record written without an offset (or with `+0800`, no seconds, a space
 * for the `T`), rewritten the canonical way before the record's schema reads it: the
 * explicit, per-call opt-in of a `parse*` boundary (`naiveTimes: 'asia-shanghai'`).
 *
 * @internal
 * @module
 */

import { isPlainObject } from '../core/checks.js';
import type { FieldTable } from './fieldTable.js';
import { type NaiveTimePolicy, readTime } from './readTime.js';

/**
 * A copy of `input` with the values of its time fields read under `naive`, or `input`
 * itself when nothing changes (or it is not a plain object). Never changes `input`;
 * a value it cannot read is left for the schema to report.
 */
export function readRecordTimes(input: unknown, table: FieldTable, naive: NaiveTimePolicy): unknown {
  if (!isPlainObject(input)) return input;
  let out: Record<string, unknown> | undefined;
  for (const row of Object.values(table)) {
    if (row.value !== 'instant' && row.value !== 'day-or-instant') continue;
    if (!Object.hasOwn(input, row.id)) continue;
    const value = input[row.id];
    const r = readTime(value, row.value === 'day-or-instant', naive);
    if (r === undefined || r.how === 'as-is' || r.how === 'refused') continue;
    out ??= { ...input };
    out[row.id] = r.value;
  }
  return out ?? input;
}
