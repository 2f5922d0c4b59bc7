/**
 * The field table of a record kind: one row per field of the record, with its names in
 * both languages, the headers an export may give it, and the kind of value it holds
 * (DESIGN convention 15: one table per vocabulary). Header resolution, value aliases, the
 * fast record check, the docs' field reference and the CLI's column names are all read
 * from it, so a record kind plugs into the import by writing its table.
 *
 * @internal
 * @module
 */

import type { LocalizedText } from '../core/reason.js';

/**
 * The kind of value a field holds, which says how a cell is read:
 *
 * - `id`: a non-empty string up to `maxLength` characters (a number in a spreadsheet cell is read as its digits);
 * - `text`: a string up to `maxLength` characters;
 * - `enum`: one code of `vocabulary`, or one of its names and aliases;
 * - `enum-list`: a list of such codes (`|`, `、`, `,` or `;` between them in a cell);
 * - `boolean`: `true`/`false`, or 是/否, TRUE/FALSE, Y/N, yes/no, 1/0, 有/无;
 * - `amount`: a sum in yuan, finite and not negative (`25,000`, `2.5万`, `¥25000` read);
 * - `count`: a whole number not below zero (`1,200` read);
 * - `instant`: an ISO 8601 instant with an offset (`+0800`, no seconds, naive times and
 *   Excel serial dates read as the options say);
 * - `day-or-instant`: a day `YYYY-MM-DD` (`2025/3/1`, `2025年3月1日` read) or an instant;
 * - `phone`: a phone as stored (`CUS-PHONE`): a mobile number as 11 digits or a landline as
 *   `0AA-NNNNNNNN` (`+86 138-1234-5678`, `(010) 6552 9988` and a spreadsheet's number read).
 */
export type FieldValueKind =
  | 'id'
  | 'text'
  | 'enum'
  | 'enum-list'
  | 'boolean'
  | 'amount'
  | 'count'
  | 'instant'
  | 'day-or-instant'
  | 'phone';

/** One code of a field's vocabulary, with the names and aliases read as it. */
export interface VocabularyEntry {
  /** The code the record holds. */
  readonly id: string;
  /** Its names in both languages (read as the code). */
  readonly label: LocalizedText;
  /** Other ways exports write it (read as the code, and counted as read through an alias). */
  readonly aliases: readonly string[];
}

/** One field of a record kind. */
export interface FieldRow {
  /** The record's key. */
  readonly id: string;
  /** Its name in both languages: the column header the CLI writes, and the first header read. */
  readonly label: LocalizedText;
  /** What it holds, in both languages (the docs' field reference). */
  readonly description: LocalizedText;
  /** Other column headers read as this field (Chinese CRM exports, English variants). */
  readonly headers: readonly string[];
  /** The kind of value, which says how a cell is read. */
  readonly value: FieldValueKind;
  /** Whether every record must have it. */
  readonly required: boolean;
  /** For `id` and `text`: the longest value allowed. */
  readonly maxLength?: number;
  /** For `enum` and `enum-list`: the codes, with their names and aliases. */
  readonly vocabulary?: readonly VocabularyEntry[];
  /** The rule ids the field serves, for the docs. */
  readonly rules?: readonly string[];
  /**
   * For `instant`: the field (also an instant) this one may not come before, as the
   * record's schema requires (a complaint is replied to after it is received).
   */
  readonly notBefore?: string;
}

/** The field table of a record kind: its fields in the record's order, by key. */
export type FieldTable = Readonly<Record<string, FieldRow>>;
