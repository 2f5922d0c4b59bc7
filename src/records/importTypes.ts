/**
 * What an import hands on and reports: records as it read them, what it refused, and the
 * columns it read, renamed or did not know.
 *
 * @internal
 * @module
 */

import type { LocalizedText } from '../core/reason.js';

/** A value the import refused, by field (a naive time under `reject`, a day that does not exist). */
export interface ImportIssue {
  /** The field key. */
  readonly field: string;
  /** Why, in both languages. */
  readonly message: LocalizedText;
}

/** One record as the import read it. */
export interface ImportedRecord {
  /** The record: field keys, values read; what it could not read left as it was. */
  readonly record: unknown;
  /** What the import refused, or `undefined` when nothing. */
  readonly issues: readonly ImportIssue[] | undefined;
  /** Whether the record differs from the value read (a JSON object not written the canonical way). */
  readonly changed?: boolean;
  /** Whether the import found the record valid as it was (every field known, canonical and good, none missing). */
  readonly checked?: boolean;
}

/** A column (or JSON key) the import did not know, reported once per file. */
export interface UnknownColumn {
  /** The header as written. */
  readonly header: string;
  /** Its 0-based position in a table, or `undefined` for a JSON key. */
  readonly column: number | undefined;
  /** The field it most likely means, when one is close. */
  readonly suggestion: string | undefined;
}

/** What an import has read so far. */
export interface ImportStats {
  /** Values read through an alias (是, `25,000`, 400热线, `+0800` ...). */
  readonly aliases: number;
  /** Times without an offset read as Asia/Shanghai. */
  readonly naiveTimes: number;
  /** Headers read as a field under another name (投诉编号 -> id), once each. */
  readonly renamedColumns: readonly { readonly header: string; readonly field: string }[];
  /** Headers and keys that name no field, once each (the first 100); their values are left out. */
  readonly unknownColumns: readonly UnknownColumn[];
  /** Further unknown headers and keys, counted, not listed (a file of ever new keys stays bounded). */
  readonly moreUnknownColumns: number;
  /** Columns the mapping leaves out. */
  readonly ignoredColumns: readonly string[];
}
