/**
 * The reader of a `records` field (a list of objects, such as a household's repair items):
 * each item's keys read by the readers of the row's own `items` table.
 *
 * @internal
 * @module
 */

import type { FieldRow, FieldTable } from './fieldTable.js';
import { normalizeLabel } from './normalizeLabel.js';
import type { NaiveTimePolicy } from './readTime.js';
import type { ReadHow, ReadResult, ValueReader } from './readValue.js';
import { createVocabularyIndex, type VocabularyIndex } from './vocabularyIndex.js';

function setResult(out: ReadResult, value: unknown, how: ReadHow): void {
  out.value = value;
  out.how = how;
  out.message = undefined;
}

/**
 * The reader of a `records` field: each item an object whose keys are the fields of the
 * row's `items` table (or their names and headers), read by their own readers; anything
 * else left as it is.
 */
export function readRecords(
  items: FieldTable,
  naive: NaiveTimePolicy,
  createValueReader: (
    row: FieldRow,
    naive: NaiveTimePolicy,
    vocabulary: VocabularyIndex | undefined,
  ) => ValueReader,
): ValueReader {
  const readers = new Map<string, ValueReader>();
  for (const row of Object.values(items)) {
    const vocabulary = row.vocabulary === undefined ? undefined : createVocabularyIndex(row.vocabulary);
    readers.set(row.id, createValueReader(row, naive, vocabulary));
  }
  // An item's keys may be its fields' names or headers (检查项编号 for `id`), read as the field.
  const names = new Map<string, string>();
  for (const row of Object.values(items))
    for (const name of [row.id, row.label['zh-CN'], row.label.en, ...row.headers]) {
      const k = normalizeLabel(name);
      if (!names.has(k)) names.set(k, row.id);
    }
  const inner: ReadResult = { value: undefined, how: 'as-is', message: undefined };
  return (value, source, out) => {
    if (!Array.isArray(value)) return setResult(out, value, 'as-is');
    let how: ReadHow = 'as-is';
    const list = value.map((item) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
      const copy: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(item as Record<string, unknown>)) {
        let field = key;
        if (!readers.has(key)) {
          const named = names.get(normalizeLabel(key));
          // Two keys for one field stay as they are: which one holds the value cannot be told.
          if (named !== undefined && !(named in item) && !(named in copy)) {
            field = named;
            how = 'alias';
          }
        }
        const read = readers.get(field);
        if (read === undefined || v === undefined || v === null) {
          copy[field] = v;
          continue;
        }
        read(v, source, inner);
        if (inner.how === 'refused') copy[field] = v;
        else {
          copy[field] = inner.value;
          if (inner.how === 'alias' || inner.how === 'naive') how = 'alias';
        }
      }
      return copy;
    });
    setResult(out, list, how);
  };
}
