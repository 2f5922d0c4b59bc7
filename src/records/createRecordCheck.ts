/**
 * A cheap check of a whole record against its field table (DESIGN convention 13: a typed
 * guard, not a zod parse on the hot path): what a batch function runs on every record it
 * is given, and what the CLI runs before it asks the schema for messages. It accepts no
 * more than the record's zod schema does (a property test holds the two together); what
 * it refuses, the schema explains.
 *
 * @internal
 * @module
 */

import { tryParseDayString, tryParseInstant } from '../calendar/days.js';
import { describeCode, describeType, isPlainObject } from '../core/checks.js';
import type { FieldRow, FieldTable } from './fieldTable.js';

/** Where a record fails the check, and why (the message quotes no value but codes). */
export interface RecordProblem {
  /** The field key, or `undefined` for the record itself. */
  readonly field: string | undefined;
  /** What is wrong. */
  readonly message: string;
}

/** The check of one record kind. */
export interface RecordCheck {
  /** Whether the record is valid. */
  isValid(record: unknown): boolean;
  /** The first problem of a record, or `undefined` when it is valid. */
  findProblem(record: unknown): RecordProblem | undefined;
}

/** The message for a bad value of a field, or `undefined` when the value is good. */
function problemOf(row: FieldRow, v: unknown, ids: ReadonlySet<string> | undefined): string | undefined {
  const problem = kindProblemOf(row, v, ids);
  if (problem !== undefined || row.accepts === undefined) return problem;
  return row.accepts(v) ? undefined : `not a value the record allows here (${describeType(v)})`;
}

/** The message for a value that is not of its field's kind, or `undefined`. */
function kindProblemOf(row: FieldRow, v: unknown, ids: ReadonlySet<string> | undefined): string | undefined {
  switch (row.value) {
    case 'id':
      return typeof v === 'string' && v.length >= 1 && v.length <= (row.maxLength ?? 200)
        ? undefined
        : `expected a non-empty string of at most ${row.maxLength ?? 200} characters, got ${describeType(v)}`;
    case 'text':
      return typeof v === 'string' &&
        v.length <= (row.maxLength ?? 10_000) &&
        v.length >= (row.minLength ?? 0)
        ? undefined
        : `expected a string of ${row.minLength ?? 0} to ${row.maxLength ?? 10_000} characters, got ${describeType(v)}`;
    case 'enum':
      return typeof v === 'string' && ids?.has(v) === true
        ? undefined
        : `expected one of ${[...(ids ?? [])].join(', ')}, got ${describeCode(v)}`;
    case 'enum-list': {
      if (!Array.isArray(v)) return `expected an array, got ${describeType(v)}`;
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (!(typeof x === 'string' && ids?.has(x) === true))
          return `item ${i}: expected one of ${[...(ids ?? [])].join(', ')}, got ${describeCode(x)}`;
      }
      return undefined;
    }
    case 'boolean':
      return typeof v === 'boolean' ? undefined : `expected true or false, got ${describeType(v)}`;
    case 'amount':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0
        ? undefined
        : `expected a finite number of yuan >= 0, got ${describeType(v)}`;
    case 'count':
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
        ? undefined
        : `expected a whole number >= 0, got ${describeType(v)}`;
    case 'instant':
      return typeof v === 'string' && tryParseInstant(v) !== undefined
        ? undefined
        : `expected an ISO 8601 instant with an offset, got ${describeType(v)}`;
    case 'day-or-instant':
      return typeof v === 'string' &&
        (v.length === 10 ? tryParseDayString(v) !== undefined : tryParseInstant(v) !== undefined)
        ? undefined
        : `expected a day YYYY-MM-DD or an ISO 8601 instant with an offset, got ${describeType(v)}`;
    case 'day':
      return typeof v === 'string' && v.length === 10 && tryParseDayString(v) !== undefined
        ? undefined
        : `expected a day YYYY-MM-DD, got ${describeType(v)}`;
    default:
      return `unknown value kind ${String((row as { value: unknown }).value)}`;
  }
}

/**
 * The check of one field's value, as a yes/no (no message): what the import runs on a
 * value it hands on as it is, so that a record already written the canonical way is
 * checked in the same walk.
 */
export function createValueCheck(row: FieldRow): (value: unknown) => boolean {
  const ids = row.vocabulary === undefined ? undefined : new Set(row.vocabulary.map((e) => e.id));
  return (value) => problemOf(row, value, ids) === undefined;
}

/** A time as a number to compare: a day at its start (UTC), an instant as its milliseconds. */
function timeOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.length === 10) {
    const day = tryParseDayString(value);
    return day === undefined ? undefined : day * 86_400_000;
  }
  return tryParseInstant(value);
}

/** One rule across two fields of a record. */
interface Across {
  readonly field: string;
  readonly other: string;
  readonly kind: 'not-before' | 'not-below' | 'requires';
}

/**
 * The check across fields of a record whose values are each good: no time comes before a
 * field its row names in `notBefore` (a complaint is replied to after it is received), no
 * number is less than the field its row names in `notBelow` (a range's upper end, its lower
 * end), no field is given without the one its row `requires`, as the record's schema
 * requires.
 */
export function createOrderCheck(
  table: FieldTable,
): (record: Readonly<Record<string, unknown>>) => RecordProblem | undefined {
  const rules: Across[] = [];
  for (const r of Object.values(table)) {
    const before = r.notBefore;
    if (typeof before === 'string') rules.push({ field: r.id, other: before, kind: 'not-before' });
    else if (before !== undefined)
      for (const other of before) rules.push({ field: r.id, other, kind: 'not-before' });
    if (r.notBelow !== undefined) rules.push({ field: r.id, other: r.notBelow, kind: 'not-below' });
    if (r.requires !== undefined) rules.push({ field: r.id, other: r.requires, kind: 'requires' });
  }
  return (record) => {
    for (const rule of rules) {
      const v = record[rule.field];
      if (v === undefined) continue;
      const other = record[rule.other];
      if (rule.kind === 'requires') {
        if (other === undefined) return { field: rule.field, message: `given without ${rule.other}` };
        continue;
      }
      if (other === undefined) continue;
      if (rule.kind === 'not-below') {
        if (typeof v === 'number' && typeof other === 'number' && v < other)
          return { field: rule.field, message: `is less than ${rule.other}` };
        continue;
      }
      const at = timeOf(v);
      const from = timeOf(other);
      if (at !== undefined && from !== undefined && at < from)
        return { field: rule.field, message: `is before ${rule.other}` };
    }
    return undefined;
  };
}

/** Builds the check of a field table. */
export function createRecordCheck(table: FieldTable): RecordCheck {
  const rows = new Map<string, FieldRow>(Object.entries(table));
  const codes = new Map<string, ReadonlySet<string>>();
  for (const row of rows.values())
    if (row.vocabulary !== undefined) codes.set(row.id, new Set(row.vocabulary.map((e) => e.id)));
  const required = [...rows.values()].filter((r) => r.required).map((r) => r.id);
  const order = createOrderCheck(table);

  const findProblem = (record: unknown): RecordProblem | undefined => {
    if (!isPlainObject(record))
      return { field: undefined, message: `expected a record object, got ${describeType(record)}` };
    let found = 0;
    for (const key in record) {
      const v = record[key];
      const row = rows.get(key);
      if (row === undefined) return { field: key, message: 'not a field of this record' };
      if (v === undefined) continue;
      const problem = problemOf(row, v, codes.get(key));
      if (problem !== undefined) return { field: key, message: problem };
      if (row.required) found++;
    }
    if (found < required.length) {
      for (const key of required)
        if (record[key] === undefined) return { field: key, message: 'required, and missing' };
    }
    return order(record);
  };
  return { isValid: (record) => findProblem(record) === undefined, findProblem };
}
