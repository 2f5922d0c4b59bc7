/**
 * From a row or a JSON value to a valid record or its problems, for one record kind: the
 * import (headers, aliases, naive times), then the cheap check of the field table, and
 * only when that fails the record's schema, for its path-addressed messages in the
 * caller's language. Valid records skip the schema (the check accepts no more than it),
 * so a large file is validated once, cheaply.
 *
 * @internal
 * @module
 */

import type { Locale } from '../core/reason.js';
import { createRecordCheck } from './createRecordCheck.js';
import {
  createRecordImporter,
  type ImportedRecord,
  type RecordImporter,
  type RecordImportOptions,
} from './createRecordImporter.js';
import type { FieldTable } from './fieldTable.js';

/** A record kind as the intake needs it: its field table and its schema's parse. */
export interface RecordKindSpec<T> {
  /** The field table. */
  readonly fields: FieldTable;
  /** The schema's boundary: zod's result with path-addressed issues in the locale. */
  readonly parse: (
    input: unknown,
    options: { readonly locale: Locale },
  ) =>
    | { readonly success: true; readonly data: T }
    | {
        readonly success: false;
        readonly error: {
          readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
        };
      };
}

/** One problem of a record: the field path (`''` for the record) and the message in the intake's language. */
export interface RecordIssue {
  readonly path: string;
  readonly message: string;
}

/** A record taken in: valid, or its problems. */
export type IntakeOutcome<T> =
  | { readonly ok: true; readonly record: T }
  | { readonly ok: false; readonly problems: readonly RecordIssue[] };

/** The intake of one record kind. */
export interface RecordIntake<T> {
  /** The import underneath (headers, stats). */
  readonly importer: RecordImporter;
  /** A record the importer read, checked. */
  take(imported: ImportedRecord): IntakeOutcome<T>;
}

/** Builds the intake of a record kind. */
export function createRecordIntake<T>(
  spec: RecordKindSpec<T>,
  options: RecordImportOptions & { readonly locale: Locale },
): RecordIntake<T> {
  const importer = createRecordImporter(spec.fields, options);
  const check = createRecordCheck(spec.fields);
  const locale = options.locale;
  return {
    importer,
    take(imported) {
      const { record, issues } = imported;
      if (imported.checked === true || (issues === undefined && check.isValid(record)))
        return { ok: true, record: record as T };
      const parsed = spec.parse(record, { locale });
      if (parsed.success && issues === undefined) return { ok: true, record: parsed.data };
      const problems: RecordIssue[] = (issues ?? []).map((i) => ({
        path: i.field,
        message: i.message[locale],
      }));
      const refused = new Set((issues ?? []).map((i) => i.field));
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          if (issue.path.length > 0 && refused.has(String(issue.path[0]))) continue;
          problems.push({ path: issue.path.map(String).join('.'), message: issue.message });
        }
      }
      return { ok: false, problems };
    },
  };
}
