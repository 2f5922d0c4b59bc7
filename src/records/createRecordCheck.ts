/**
 * A cheap check of a whole record against its field table (DESIGN convention 13: a typed
 * guard, not a zod parse on the hot path): what a batch function runs on every record it
 * is given, and what the CLI runs before it asks the schema for messages. It accepts no
 * more than the record's zod schema does (a property test holds the two together); what
 * it refuses, the schema explains. Nested rows are checked inside their objects, `records`
 * rows item by item with their own table, and the cross-field rows (`notBefore`,
 * `requires`, `requiredGroup`) after every value is good.
 *
 * @internal
 * @module
 */

import { tryParseDayString, tryParseInstant } from '../calendar/days.js';
import { describeCode, describeType, isPlainObject } from '../core/checks.js';
import { STORED_PHONE, STORED_PHONE_EXPECTED } from '../core/personal/storedPhone.js';
import { createOrderCheck } from './createOrderCheck.js';
import { type FieldRow, type FieldTable, fieldPath } from './fieldTable.js';

export { createOrderCheck, valueAt } from './createOrderCheck.js';

/** Where a record fails the check, and why (the message quotes no value but codes). */
export interface RecordProblem {
  /** The field key (dotted for a nested one), or `undefined` for the record itself. */
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

/** A key of a record's shape: a field, or an object of nested fields. */
type ShapeNode =
  | {
      readonly kind: 'leaf';
      readonly required: boolean;
      readonly good: (value: unknown) => string | undefined;
    }
  | { readonly kind: 'group'; readonly required: boolean; readonly shape: Shape };

/** The keys of one object of a record, with the ones it must have. */
interface Shape {
  readonly nodes: ReadonlyMap<string, ShapeNode>;
  readonly required: readonly string[];
}

const isBlank = (s: string) => !/\S/.test(s);

function textProblem(row: FieldRow, v: unknown, what: string): string | undefined {
  const max = row.maxLength ?? 10_000;
  const min = row.minLength ?? 0;
  if (typeof v === 'string' && v.length <= max && v.length >= min && !(row.nonBlank === true && isBlank(v)))
    return undefined;
  const least =
    row.nonBlank === true ? ' holding a non-space character' : min > 0 ? ` of at least ${min}` : '';
  return `expected ${what}${least} of at most ${max} characters, got ${describeType(v)}`;
}

/** The message for an item sharing its `key` with an earlier one (the value not quoted), or `undefined`. */
function repeatProblem(items: readonly unknown[], key: string): string | undefined {
  const seen = new Set<unknown>();
  for (let i = 0; i < items.length; i++) {
    const v = (items[i] as Record<string, unknown>)[key];
    if (seen.has(v)) return `item ${i}.${key}: the same as an earlier item's`;
    seen.add(v);
  }
  return undefined;
}

/** The message for a bad value of a field, or `undefined` when the value is good. */
function problemOf(
  row: FieldRow,
  v: unknown,
  ids: ReadonlySet<string> | undefined,
  items: Shape | undefined,
): string | undefined {
  const problem = kindProblemOf(row, v, ids, items);
  if (problem !== undefined || row.accepts === undefined) return problem;
  return row.accepts(v) ? undefined : `not a value the record allows here (${describeType(v)})`;
}

/** The message for a value that is not of its field's kind, or `undefined`. */
function kindProblemOf(
  row: FieldRow,
  v: unknown,
  ids: ReadonlySet<string> | undefined,
  items: Shape | undefined,
): string | undefined {
  switch (row.value) {
    case 'id':
      return typeof v === 'string' && v.length >= 1 && v.length <= (row.maxLength ?? 200)
        ? undefined
        : `expected a non-empty string of at most ${row.maxLength ?? 200} characters, got ${describeType(v)}`;
    case 'text':
      return textProblem(row, v, 'a string');
    case 'enum':
      return typeof v === 'string' && ids?.has(v) === true
        ? undefined
        : `expected one of ${[...(ids ?? [])].join(', ')}, got ${describeCode(v)}`;
    case 'enum-list': {
      if (!Array.isArray(v)) return `expected an array, got ${describeType(v)}`;
      if (v.length > (row.maxItems ?? Number.POSITIVE_INFINITY))
        return `expected at most ${row.maxItems} items`;
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (!(typeof x === 'string' && ids?.has(x) === true))
          return `item ${i}: expected one of ${[...(ids ?? [])].join(', ')}, got ${describeCode(x)}`;
        if (row.distinct === true && v.indexOf(x) < i) return `item ${i}: ${describeCode(x)} given twice`;
      }
      return undefined;
    }
    case 'text-list': {
      if (!Array.isArray(v)) return `expected an array, got ${describeType(v)}`;
      if (v.length > (row.maxItems ?? Number.POSITIVE_INFINITY))
        return `expected at most ${row.maxItems} items`;
      for (let i = 0; i < v.length; i++) {
        const p = textProblem(row, v[i], 'a string');
        if (p !== undefined) return `item ${i}: ${p}`;
      }
      return undefined;
    }
    case 'day-list': {
      if (!Array.isArray(v)) return `expected an array, got ${describeType(v)}`;
      if (v.length > (row.maxItems ?? Number.POSITIVE_INFINITY))
        return `expected at most ${row.maxItems} items`;
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (!(typeof x === 'string' && tryParseDayString(x) !== undefined))
          return `item ${i}: expected a day YYYY-MM-DD, got ${describeType(x)}`;
      }
      return undefined;
    }
    case 'records': {
      if (!Array.isArray(v)) return `expected an array, got ${describeType(v)}`;
      if (v.length > (row.maxItems ?? Number.POSITIVE_INFINITY))
        return `expected at most ${row.maxItems} items`;
      for (let i = 0; i < v.length; i++) {
        const p = shapeProblem(items as Shape, v[i]);
        if (p !== undefined) return `item ${i}${p.field === undefined ? '' : `.${p.field}`}: ${p.message}`;
      }
      return row.uniqueBy === undefined ? undefined : repeatProblem(v, row.uniqueBy);
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
    case 'day':
      return typeof v === 'string' && tryParseDayString(v) !== undefined
        ? undefined
        : `expected a day YYYY-MM-DD, got ${describeType(v)}`;
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

/** The shape of a table's records (the `expands` rows are columns, not fields: left out). */
function shapeOf(table: FieldTable): Shape {
  interface Building {
    nodes: Map<string, ShapeNode | Building>;
    required: Set<string>;
  }
  const top: Building = { nodes: new Map(), required: new Set() };
  for (const row of Object.values(table)) {
    if (row.expands !== undefined) continue;
    const path = fieldPath(row);
    const needed = (row.required && row.objectOptional !== true) || row.requiredGroup !== undefined;
    let at = top;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i] as string;
      let next = at.nodes.get(key) as Building | undefined;
      if (next === undefined) {
        next = { nodes: new Map(), required: new Set() };
        at.nodes.set(key, next);
      }
      if (needed) at.required.add(key);
      at = next;
    }
    const leaf = path[path.length - 1] as string;
    if (row.required) at.required.add(leaf);
    const check = createValueProblem(row);
    at.nodes.set(leaf, { kind: 'leaf', required: row.required, good: check });
  }
  const freeze = (b: Building): Shape => ({
    nodes: new Map(
      [...b.nodes].map(([k, n]): [string, ShapeNode] => [
        k,
        'kind' in n ? n : { kind: 'group', required: b.required.has(k), shape: freeze(n) },
      ]),
    ),
    required: [...b.required],
  });
  return freeze(top);
}

const join = (key: string, inner: string | undefined) => (inner === undefined ? key : `${key}.${inner}`);

/** The first problem of one object against its shape: unknown keys, bad values, missing keys. */
function shapeProblem(shape: Shape, record: unknown): RecordProblem | undefined {
  if (!isPlainObject(record))
    return { field: undefined, message: `expected a record object, got ${describeType(record)}` };
  let found = 0;
  for (const key in record) {
    const v = record[key];
    const node = shape.nodes.get(key);
    if (node === undefined) return { field: key, message: 'not a field of this record' };
    if (v === undefined) continue;
    if (node.kind === 'leaf') {
      const problem = node.good(v);
      if (problem !== undefined) return { field: key, message: problem };
    } else {
      const inner = shapeProblem(node.shape, v);
      if (inner !== undefined) return { field: join(key, inner.field), message: inner.message };
    }
    if (node.required) found++;
  }
  if (found < shape.required.length) {
    for (const key of shape.required)
      if (record[key] === undefined) return { field: key, message: 'required, and missing' };
  }
  return undefined;
}

/** The check of one field's value, with its message: `undefined` when good. */
function createValueProblem(row: FieldRow): (value: unknown) => string | undefined {
  const ids = row.vocabulary === undefined ? undefined : new Set(row.vocabulary.map((e) => e.id));
  const items = row.value === 'records' && row.items !== undefined ? shapeOf(row.items) : undefined;
  return (value) => problemOf(row, value, ids, items);
}

/**
 * The check of one field's value, as a yes/no (no message): what the import runs on a
 * value it hands on as it is, so that a record already written the canonical way is
 * checked in the same walk.
 */
export function createValueCheck(row: FieldRow): (value: unknown) => boolean {
  const problem = createValueProblem(row);
  return (value) => problem(value) === undefined;
}

/**
 * The check of each top-level key of a table's records, as a yes/no, with whether the
 * record must have it: a field's value check, or a nested object's whole check.
 */
export function createKeyChecks(
  table: FieldTable,
): ReadonlyMap<string, { readonly good: (value: unknown) => boolean; readonly required: boolean }> {
  const checks = new Map<
    string,
    { readonly good: (value: unknown) => boolean; readonly required: boolean }
  >();
  for (const [key, node] of shapeOf(table).nodes) {
    const good =
      node.kind === 'leaf'
        ? (v: unknown) => node.good(v) === undefined
        : (v: unknown) => shapeProblem(node.shape, v) === undefined;
    checks.set(key, { good, required: node.required });
  }
  return checks;
}

/** Builds the check of a field table. */
export function createRecordCheck(table: FieldTable): RecordCheck {
  const shape = shapeOf(table);
  const order = createOrderCheck(table);
  const findProblem = (record: unknown): RecordProblem | undefined =>
    shapeProblem(shape, record) ?? order(record as Record<string, unknown>);
  return { isValid: (record) => findProblem(record) === undefined, findProblem };
}
