/**
 * What an import builds from a field table (and a mapping) before it reads a record: the
 * header lookup, one slot per field (where its value goes, how it is read and checked),
 * the nested objects a JSON record may hold, and the lists a table row always gives.
 * Without a mapping the same for every import of a table: built once per table and
 * naive-time policy.
 *
 * @internal
 * @module
 */

import { createKeyChecks, createValueCheck } from './createRecordCheck.js';
import type { FieldMapping } from './fieldMapping.js';
import { type FieldRow, type FieldTable, fieldPath } from './fieldTable.js';
import { createHeaderIndex, type HeaderIndex } from './headerIndex.js';
import type { NaiveTimePolicy } from './readTime.js';
import { createValueReader, type ValueReader } from './readValue.js';
import { createVocabularyIndex } from './vocabularyIndex.js';

/** Where a field's value goes in the record, and how it is read and checked. */
export interface Slot {
  /** The row's key (dotted for a nested field), or the key of a nested object. */
  readonly field: string;
  /** Where the value sits in the record. */
  readonly path: readonly string[];
  readonly read: ValueReader;
  /** Whether a value is good as it is (the field table's check). */
  readonly good: (value: unknown) => boolean;
  /** Whether the record must have it (at its top level). */
  readonly required: boolean;
  /** A nested object's key: its own keys are read as the fields below it. */
  readonly group?: boolean;
  /** A column that builds list items: the list's path, its most items, and the item. */
  readonly expands?: {
    readonly path: readonly string[];
    readonly maxItems: number;
    readonly item: Readonly<Record<string, unknown>>;
  };
}

/** What an import builds from a table. */
export interface Prepared {
  readonly headerIndex: HeaderIndex;
  /** The slot of each row, by its key. */
  readonly slots: ReadonlyMap<string, Slot>;
  /** The slot of each nested object's top-level key (`description`). */
  readonly groups: ReadonlyMap<string, Slot>;
  /** How many top-level keys a record must have. */
  readonly requiredCount: number;
  /** The paths of required `records` fields, an empty list when a table row gives no item. */
  readonly emptyLists: readonly (readonly string[])[];
}

/** The most items a list holds when its row says nothing. */
const MAX_ITEMS = 10_000;

const preparedByTable = new WeakMap<FieldTable, Map<NaiveTimePolicy, Prepared>>();

const never = () => false;

/** Builds (or finds) what an import of `table` needs. */
export function prepareImport(
  table: FieldTable,
  naive: NaiveTimePolicy,
  mapping: FieldMapping | undefined,
): Prepared {
  if (mapping === undefined) {
    const cached = preparedByTable.get(table)?.get(naive);
    if (cached !== undefined) return cached;
  }
  const keyChecks = createKeyChecks(table);
  const slots = new Map<string, Slot>();
  const groups = new Map<string, Slot>();
  const emptyLists: (readonly string[])[] = [];
  for (const row of Object.values(table) as FieldRow[]) {
    const extra = mapping?.values[row.id];
    const vocabulary =
      row.vocabulary === undefined
        ? undefined
        : createVocabularyIndex(row.vocabulary, extra as Readonly<Record<string, string>> | undefined, [
            'values',
            row.id,
          ]);
    const path = fieldPath(row);
    const into = row.expands === undefined ? undefined : table[row.expands.into];
    slots.set(row.id, {
      field: row.id,
      path,
      read: createValueReader(row, naive, vocabulary, extra),
      good: row.expands === undefined ? createValueCheck(row) : never,
      required: path.length === 1 && row.required,
      ...(into === undefined || row.expands === undefined
        ? {}
        : {
            expands: {
              path: fieldPath(into),
              maxItems: into.maxItems ?? MAX_ITEMS,
              item: row.expands.item,
            },
          }),
    });
    if (row.value === 'records' && row.required && path.length === 1) emptyLists.push(path);
    const top = path[0] as string;
    if (path.length > 1 && !groups.has(top)) {
      const check = keyChecks.get(top);
      groups.set(top, {
        field: top,
        path: [top],
        read: never as unknown as ValueReader,
        good: check?.good ?? never,
        required: check?.required ?? false,
        group: true,
      });
    }
  }
  let requiredCount = 0;
  for (const c of keyChecks.values()) if (c.required) requiredCount++;
  const prepared: Prepared = {
    headerIndex: createHeaderIndex(table, mapping),
    slots,
    groups,
    requiredCount,
    emptyLists,
  };
  if (mapping === undefined) {
    let byNaive = preparedByTable.get(table);
    if (byNaive === undefined) {
      byNaive = new Map();
      preparedByTable.set(table, byNaive);
    }
    byNaive.set(naive, prepared);
  }
  return prepared;
}
