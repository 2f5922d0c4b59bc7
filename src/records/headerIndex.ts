/**
 * Which field a column header (or a JSON key) names: the field's own key, its names in
 * both languages, the headers of its table row, and a company's mapping on top; an
 * unknown header with the closest known name ("did you mean").
 *
 * @internal
 * @module
 */

import { suggestClosest } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { FieldMapping } from './fieldMapping.js';
import type { FieldTable } from './fieldTable.js';
import { normalizeLabel, stripTrailingNote } from './normalizeLabel.js';

/** What a header names. */
export type HeaderMeaning =
  /** A field: `alias` when the header is not the field's own key. */
  | { readonly kind: 'field'; readonly field: string; readonly alias: boolean }
  /** A column the mapping leaves out (`null`). */
  | { readonly kind: 'ignored' }
  /** Not a field: the closest field key when there is a likely one. */
  | { readonly kind: 'unknown'; readonly suggestion: string | undefined };

/**
 * The names close enough to be suggested for `input`: within a third of its length of it
 * (an edit distance is at least the difference in length), or containing it or contained
 * in it, as `suggestClosest` counts them; the rest cannot win, so they are not compared.
 */
function candidatesFor(input: string, names: readonly string[]): string[] {
  const lower = input.toLowerCase();
  const slack = Math.max(1, Math.floor(input.length / 3));
  return names.filter((n) => {
    if (Math.abs(n.length - input.length) <= slack) return true;
    const l = n.toLowerCase();
    return l.includes(lower) || lower.includes(l);
  });
}

/** The headers of a record kind, with a company's mapping. */
export interface HeaderIndex {
  /** What one header names. */
  resolve(header: string): HeaderMeaning;
}

/**
 * Builds the header lookup of a field table. Two fields sharing a name is an
 * {@link InvalidArgumentError} (a table error, caught by the table's tests).
 */
export function createHeaderIndex(table: FieldTable, mapping?: FieldMapping): HeaderIndex {
  const byKey = new Map<string, string>();
  const names: string[] = [];
  const nameToField = new Map<string, string>();
  const add = (name: string, field: string) => {
    const key = normalizeLabel(name);
    if (key === '') return;
    const seen = byKey.get(key);
    if (seen !== undefined && seen !== field) {
      throw new InvalidArgumentError(
        ['headers', name],
        `the header '${name}' names both ${seen} and ${field}`,
      );
    }
    byKey.set(key, field);
    names.push(name);
    nameToField.set(name, field);
  };
  for (const row of Object.values(table)) {
    add(row.id, row.id);
    add(row.label['zh-CN'], row.id);
    add(row.label.en, row.id);
    for (const h of row.headers) add(h, row.id);
  }
  const mapped = new Map<string, string | null>();
  for (const [header, target] of Object.entries(mapping?.columns ?? {}))
    mapped.set(normalizeLabel(header), target);

  const lookup = (text: string): HeaderMeaning | undefined => {
    const key = normalizeLabel(text);
    if (mapped.has(key)) {
      const target = mapped.get(key);
      return target === null || target === undefined
        ? { kind: 'ignored' }
        : { kind: 'field', field: target, alias: target !== text };
    }
    const field = byKey.get(key);
    return field === undefined ? undefined : { kind: 'field', field, alias: field !== text };
  };

  return {
    resolve(header: string): HeaderMeaning {
      const text = header.replace(/^\uFEFF/, '').trim();
      const direct = lookup(text);
      if (direct !== undefined) return direct;
      const bare = stripTrailingNote(text);
      const viaBare = bare === undefined ? undefined : lookup(bare);
      if (viaBare !== undefined) return viaBare;
      // A likely typo is short; a long or odd header gets no hint (and costs no search).
      const near =
        text.length <= 40 ? suggestClosest(bare ?? text, candidatesFor(bare ?? text, names)) : undefined;
      return { kind: 'unknown', suggestion: near === undefined ? undefined : nameToField.get(near) };
    },
  };
}
