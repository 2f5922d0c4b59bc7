/**
 * A field's vocabulary read from a module's label table (DESIGN convention 15: the codes'
 * names are written once, in the label table, and the field table reads them), with the
 * other ways exports write a code.
 *
 * @internal
 * @module
 */

import type { VocabularyEntry } from './fieldTable.js';

/** A label row: its names in both languages (and, where the table has them, aliases). */
interface LabelRow {
  readonly 'zh-CN': string;
  readonly en: string;
  readonly aliases?: readonly string[];
}

/**
 * The vocabulary of a field: one entry per code of `labels`, in its order, with the row's
 * aliases and `more` of them by code.
 */
export function vocabularyOf<T extends string>(
  labels: Readonly<Record<T, LabelRow>>,
  more?: Readonly<Partial<Record<T, readonly string[]>>>,
): readonly VocabularyEntry[] {
  return Object.freeze(
    (Object.keys(labels) as T[]).map((id) => {
      const row = labels[id];
      return Object.freeze({
        id,
        label: Object.freeze({ 'zh-CN': row['zh-CN'], en: row.en }),
        aliases: Object.freeze([...(row.aliases ?? []), ...(more?.[id] ?? [])]),
      });
    }),
  );
}
