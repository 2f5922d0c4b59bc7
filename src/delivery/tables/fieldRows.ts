/**
 * The builders the delivery module's field tables share: a vocabulary from a label table,
 * and a row from its names and description.
 *
 * @internal
 * @module
 */

import type { FieldRow, VocabularyEntry } from '../../records/fieldTable.js';

/** The codes of a label table, with the aliases exports write for some of them. */
export const codes = (
  table: Readonly<Record<string, { readonly 'zh-CN': string; readonly en: string }>>,
  aliases: Readonly<Record<string, readonly string[]>> = {},
): readonly VocabularyEntry[] =>
  Object.entries(table).map(([id, l]) => ({
    id,
    label: { 'zh-CN': l['zh-CN'], en: l.en },
    aliases: aliases[id] ?? [],
  }));

/** A row from its key, its names, what it holds (zh-CN, en) and the rest. */
export const row = (
  id: string,
  zh: string,
  en: string,
  about: readonly [string, string],
  rest: Omit<FieldRow, 'id' | 'label' | 'description'>,
): FieldRow => ({
  id,
  label: { 'zh-CN': zh, en },
  description: { 'zh-CN': about[0], en: about[1] },
  ...rest,
});
