/**
 * The lookup of a field's vocabulary: every code, name and alias by its comparison key
 * ({@link normalizeLabel}), so that `400热线`, `400 Hotline` and `hotline-400` are one code.
 *
 * @internal
 * @module
 */

import { InvalidArgumentError } from '../core/errors.js';
import type { VocabularyEntry } from './fieldTable.js';
import { normalizeLabel } from './normalizeLabel.js';

/** A vocabulary's lookup: the code of a written value, or `undefined`. */
export interface VocabularyIndex {
  /** The codes, in the table's order. */
  readonly ids: readonly string[];
  /** The code a value is written for (its own code, a name or an alias), or `undefined`. */
  find(text: string): string | undefined;
}

/**
 * Builds the lookup of a vocabulary, with a company's own values (`extra`, from a
 * mapping file) on top. Two codes that share a name or alias are an
 * {@link InvalidArgumentError}: a value must never be read two ways.
 */
export function createVocabularyIndex(
  entries: readonly VocabularyEntry[],
  extra?: Readonly<Record<string, string>>,
  path: readonly (string | number)[] = [],
): VocabularyIndex {
  const byKey = new Map<string, string>();
  const ids = entries.map((e) => e.id);
  const add = (text: string, id: string, where: readonly (string | number)[]) => {
    const key = normalizeLabel(text);
    if (key === '') return;
    const seen = byKey.get(key);
    if (seen !== undefined && seen !== id) {
      throw new InvalidArgumentError(
        where,
        `'${text}' would be read both as ${seen} and as ${id}: a value must name one code`,
      );
    }
    byKey.set(key, id);
  };
  for (const e of entries) {
    add(e.id, e.id, path);
    add(e.label['zh-CN'], e.id, path);
    add(e.label.en, e.id, path);
    for (const a of e.aliases) add(a, e.id, path);
  }
  if (extra !== undefined) {
    for (const [text, id] of Object.entries(extra)) {
      if (!ids.includes(id)) {
        throw new InvalidArgumentError(
          [...path, text],
          `'${id}' is not a code of this field (expected one of ${ids.join(', ')})`,
        );
      }
      // A company's own value may override the package's alias of the same text.
      byKey.set(normalizeLabel(text), id);
    }
  }
  return {
    ids,
    find(text: string): string | undefined {
      if (text.length > 200) return undefined;
      return byKey.get(normalizeLabel(text));
    },
  };
}
