/**
 * A company's own names for the fields of a record kind (`--map mapping.json`): which
 * column is which field (or `null`: a column to leave out without a warning), and the
 * company's own words for a field's codes.
 *
 * ```json
 * {
 *   "columns": { "工单号": "id", "业主房号": "householdId", "备注": null },
 *   "values": { "channel": { "物业前台": "visit" }, "lawsuitFiled": { "已立案": true } }
 * }
 * ```
 *
 * @internal
 * @module
 */

import * as z from 'zod';
import { createZodErrorMap } from '../calendar/zodErrorMap.js';
import { expectOneOf } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import type { FieldTable } from './fieldTable.js';
import { createVocabularyIndex } from './vocabularyIndex.js';

/** A checked mapping: column names to field keys (or `null`), and values per field. */
export interface FieldMapping {
  /** Column header (as written) -> field key, or `null` to leave the column out. */
  readonly columns: Readonly<Record<string, string | null>>;
  /** Field key -> (the company's word -> the code, or `true`/`false` for a yes/no field). */
  readonly values: Readonly<Record<string, Readonly<Record<string, string | boolean>>>>;
}

const FieldMappingSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    columns: z.record(z.string().min(1).max(200), z.string().min(1).nullable()).optional(),
    values: z
      .record(
        z.string().min(1),
        z.record(z.string().min(1).max(200), z.union([z.string().min(1), z.boolean()])),
      )
      .optional(),
  }))();

/**
 * Checks a mapping read from JSON against a record kind's field table: every target is a
 * field of the table, every value a code of its field (or a boolean for a yes/no field).
 * Throws an {@link InvalidArgumentError} with the path inside the mapping.
 */
export function parseFieldMapping(input: unknown, table: FieldTable, locale: Locale = 'en'): FieldMapping {
  const parsed = FieldMappingSchema.safeParse(input, { error: createZodErrorMap(locale) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidArgumentError(
      (issue?.path ?? []).map((p) => (typeof p === 'number' ? p : String(p))),
      issue?.message ?? 'not a mapping',
    );
  }
  const fields = Object.keys(table);
  const columns: Record<string, string | null> = {};
  for (const [header, target] of Object.entries(parsed.data.columns ?? {})) {
    columns[header] = target === null ? null : expectOneOf(target, fields, ['columns', header]);
  }
  const values: Record<string, Record<string, string | boolean>> = {};
  for (const [field, words] of Object.entries(parsed.data.values ?? {})) {
    const row = table[expectOneOf(field, fields, ['values', field])];
    if (row === undefined) continue;
    if (row.value === 'boolean') {
      for (const [word, v] of Object.entries(words)) {
        if (typeof v !== 'boolean')
          throw new InvalidArgumentError(
            ['values', field, word],
            'a yes/no field maps a word to true or false',
          );
      }
    } else if ((row.value === 'enum' || row.value === 'enum-list') && row.vocabulary !== undefined) {
      const codes: Record<string, string> = {};
      for (const [word, v] of Object.entries(words)) {
        if (typeof v !== 'string')
          throw new InvalidArgumentError(['values', field, word], `expected a code of ${field}`);
        codes[word] = v;
      }
      createVocabularyIndex(row.vocabulary, codes, ['values', field]);
    } else {
      throw new InvalidArgumentError(
        ['values', field],
        `${field} holds ${row.value} values: only fields with codes or yes/no take a value mapping`,
      );
    }
    values[field] = { ...words };
  }
  return Object.freeze({ columns: Object.freeze(columns), values: Object.freeze(values) });
}
