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
import { STORED_PHONE, STORED_PHONE_EXPECTED } from '../core/personal/storedPhone.js';
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
  switch (row.value) {
    case 'id':
      return typeof v === 'string' && v.length >= 1 && v.length <= (row.maxLength ?? 200)
        ? undefined
        : `expected a non-empty string of at most ${row.maxLength ?? 200} characters, got ${describeType(v)}`;
    case 'text':
      return typeof v === 'string' && v.length <= (row.maxLength ?? 10_000)
        ? undefined
        : `expected a string of at most ${row.maxLength ?? 10_000} characters, got ${describeType(v)}`;
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
    case 'phone':
      return typeof v === 'string' && STORED_PHONE.test(v)
        ? undefined
        : `expected ${STORED_PHONE_EXPECTED}, got ${describeType(v)}`;
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

/**
 * The check across fields of a record whose values are each good: no instant comes before
 * the field its row names in `notBefore` (a complaint is replied to after it is received),
 * as the record's schema requires.
 */
export function createOrderCheck(
  table: FieldTable,
): (record: Readonly<Record<string, unknown>>) => RecordProblem | undefined {
  const ordered = Object.values(table).filter(
    (r): r is FieldRow & { readonly notBefore: string } => r.notBefore !== undefined,
  );
  return (record) => {
    for (const row of ordered) {
      const v = record[row.id];
      const before = record[row.notBefore];
      if (v === undefined || before === undefined) continue;
      const at = tryParseInstant(v);
      const from = tryParseInstant(before);
      if (at !== undefined && from !== undefined && at < from)
        return { field: row.id, message: `is before ${row.notBefore}` };
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
