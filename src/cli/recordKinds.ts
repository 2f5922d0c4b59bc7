/**
 * The record kinds the CLI reads (`validate --kind`, `schema --kind`): one row per kind,
 * each module adding its own. A row says how to validate one record of the kind and which
 * JSON Schema files describe it.
 *
 * @module
 */

import type * as z from 'zod';
import { parseComplaint } from '../complaints/parseComplaint.js';
import { COMPLAINT_FIELD_TABLE } from '../complaints/tables/fields.js';
import type { Locale } from '../core/reason.js';
import type { FieldTable } from '../records/fieldTable.js';

/** One record kind of the CLI. */
export interface RecordKindEntry {
  /** The `--kind` value, also the stem of its schema file (`complaint.schema.json`). */
  readonly kind: string;
  /** Its name in both languages. */
  readonly label: { readonly 'zh-CN': string; readonly en: string };
  /** Validates one record: zod's result with path-addressed issues in the locale. */
  readonly parse: (input: unknown, options: { readonly locale: Locale }) => z.ZodSafeParseResult<unknown>;
  /** The JSON Schema files of the kind under `schemas/` (the record, and a batch of them where there is one). */
  readonly schemaFiles: readonly string[];
  /**
   * The kind's field table: how the import reads its columns (header aliases, `--map`),
   * its values (value aliases, naive times) and checks a record cheaply before `parse`.
   */
  readonly fields: FieldTable;
}

/** Every record kind, in the order the help lists them. */
export const RECORD_KIND_ENTRIES: readonly RecordKindEntry[] = Object.freeze([
  {
    kind: 'complaint',
    label: { 'zh-CN': '投诉', en: 'complaint' },
    parse: parseComplaint,
    schemaFiles: ['complaint', 'complaint-batch'],
    fields: COMPLAINT_FIELD_TABLE,
  },
]);

/** The entry of a `--kind` value, or `undefined`. */
export function findRecordKind(kind: string): RecordKindEntry | undefined {
  return RECORD_KIND_ENTRIES.find((e) => e.kind === kind);
}
