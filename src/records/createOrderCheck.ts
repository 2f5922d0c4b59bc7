/**
 * The check across the fields of a record whose values are each good (the field table's
 * `notBefore`, `notBelow`, `requires` and `requiredGroup` rows, and the same inside the items of its
 * `records` rows), as the record's schema refines it: part of the cheap record check.
 *
 * @internal
 * @module
 */

import { tryParseInstant } from '../calendar/days.js';
import type { RecordProblem } from './createRecordCheck.js';
import { type FieldRow, type FieldTable, fieldPath } from './fieldTable.js';

/** The value at a path of a record (`undefined` when a step is missing or not an object). */
export function valueAt(record: unknown, path: readonly string[]): unknown {
  let at = record;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

const given = (v: unknown) => v !== undefined && !(Array.isArray(v) && v.length === 0);

/**
 * Whether `v` comes before `before`: two days by their text, two instants by their time, else
 * not. Both are good values of their fields (the check runs after the field checks). Two
 * instants written alike (the same offset, `Z` and `+00:00` alike, and the same fraction
 * digits) compare as their text, without being parsed: the common case of an export, on
 * every record.
 */
export function comesBefore(v: unknown, before: unknown): boolean {
  if (typeof v !== 'string' || typeof before !== 'string') return false;
  if (v.length === 10 && before.length === 10) return v < before;
  if (v.length === 10 || before.length === 10) return false;
  const alike = compareWrittenAlike(v, before);
  if (alike !== undefined) return alike < 0;
  const at = tryParseInstant(v);
  const from = tryParseInstant(before);
  return at !== undefined && from !== undefined && at < from;
}

/** Where an instant's offset starts (`Z`, or `±hh:mm`), or -1 when it has neither there. */
function offsetStart(s: string): number {
  const n = s.length;
  if (s.charCodeAt(n - 1) === 90) return n - 1;
  const c = s.charCodeAt(n - 6);
  return (c === 43 || c === 45) && s.charCodeAt(n - 3) === 58 ? n - 6 : -1;
}

/** Whether the offset at `at` is UTC: `Z`, `+00:00` or `-00:00`. */
function isUtc(s: string, at: number): boolean {
  return at === s.length - 1 || s.endsWith('00:00');
}

/**
 * The order of two instants written alike by their text (negative, 0 or positive), or
 * `undefined` when they are not written alike: an upper-case `T`, date and time parts of the
 * same length (so the same fraction digits), and the same offset (`Z` and `±00:00` alike).
 */
function compareWrittenAlike(a: string, b: string): number | undefined {
  const i = offsetStart(a);
  if (i < 0 || i !== offsetStart(b) || a.charCodeAt(10) !== 84 || b.charCodeAt(10) !== 84) return undefined;
  const utc = isUtc(a, i);
  if (utc !== isUtc(b, i)) return undefined;
  if (!utc) for (let k = i; k < i + 6; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return undefined;
  for (let k = 0; k < i; k++) {
    const d = a.charCodeAt(k) - b.charCodeAt(k);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The check across fields of a record whose values are each good, as the record's schema
 * requires: no time before the field its row names in `notBefore` (a complaint is replied
 * to after it is received), the `requires` of each row, one of each `requiredGroup`, and
 * the same for the items of `records` rows (whose `notBefore` names a field of the item, or
 * else of the record).
 */
export function createOrderCheck(
  table: FieldTable,
): (
  record: Readonly<Record<string, unknown>>,
  root?: Readonly<Record<string, unknown>>,
) => RecordProblem | undefined {
  const rows = Object.values(table).filter((r) => r.expands === undefined);
  const ordered: { readonly row: FieldRow; readonly other: string }[] = [];
  for (const row of rows) {
    const before = row.notBefore;
    if (typeof before === 'string') ordered.push({ row, other: before });
    else if (before !== undefined) for (const other of before) ordered.push({ row, other });
  }
  const below = rows.filter((r): r is FieldRow & { readonly notBelow: string } => r.notBelow !== undefined);
  const requiring = rows.filter((r) => r.requires !== undefined);
  const groups = new Map<string, FieldRow[]>();
  for (const r of rows)
    if (r.requiredGroup !== undefined)
      groups.set(r.requiredGroup, [...(groups.get(r.requiredGroup) ?? []), r]);
  const lists = rows
    .filter((r) => r.value === 'records' && r.items !== undefined)
    .map((r) => ({ row: r, check: createOrderCheck(r.items as FieldTable) }));
  const pathOf = (key: string) => {
    const r = table[key];
    return r === undefined ? [key] : fieldPath(r);
  };
  return (record, root = record) => {
    for (const { row, other } of ordered) {
      const v = valueAt(record, fieldPath(row));
      const before = table[other] === undefined ? root[other] : valueAt(record, pathOf(other));
      if (v !== undefined && before !== undefined && comesBefore(v, before))
        return { field: row.id, message: `is before ${other}` };
    }
    for (const row of below) {
      const v = valueAt(record, fieldPath(row));
      const other = valueAt(record, pathOf(row.notBelow));
      if (typeof v === 'number' && typeof other === 'number' && v < other)
        return { field: row.id, message: `is less than ${row.notBelow}` };
    }
    for (const row of requiring) {
      const v = valueAt(record, fieldPath(row));
      for (const need of row.requires ?? []) {
        if (need.when === 'true' ? v !== true : !given(v)) continue;
        const other = valueAt(record, pathOf(need.field));
        const ok = need.is === 'given' ? given(other) : need.is === 'true' ? other === true : other !== true;
        if (!ok) {
          const cond = need.is === 'given' ? 'given' : need.is === 'true' ? 'true' : 'not true';
          return { field: row.id, message: `needs ${need.field} ${cond}` };
        }
      }
    }
    for (const [name, members] of groups) {
      if (!members.some((r) => valueAt(record, fieldPath(r)) !== undefined))
        return { field: name, message: `needs one of ${members.map((r) => r.id).join(', ')}` };
    }
    for (const { row, check } of lists) {
      const items = valueAt(record, fieldPath(row));
      if (!Array.isArray(items)) continue;
      for (let i = 0; i < items.length; i++) {
        const p = check(items[i] as Record<string, unknown>, root);
        if (p !== undefined) return { field: `${row.id}.${i}.${p.field}`, message: p.message };
      }
    }
    return undefined;
  };
}
