/**
 * The field table of a record kind: one row per field of the record, with its names in
 * both languages, the headers an export may give it, and the kind of value it holds
 * (DESIGN convention 15: one table per vocabulary). Header resolution, value aliases, the
 * fast record check, the docs' field reference and the CLI's column names are all read
 * from it, so a record kind plugs into the import by writing its table.
 *
 * Nested records: a row may sit below the record's top level (`path`: `['description',
 * 'zh']` for the key `description.zh`, read from a `description.zh` column or from the
 * `zh` key of a JSON `description` object); a `records` row holds a list of objects whose
 * own fields are a table of their own (`items`); and an `expands` row is a column that is
 * not a field at all but builds list items (a count column `repairs.plumbing: 3` adds three
 * items `{ discipline: 'plumbing' }` to `repairItems`). Cross-field rules the schema has
 * are rows' data too: `notBefore` (an instant or day not before another), `notBelow` (a
 * number not below another), `requires` (a
 * value given only with another field given, or true, or not true) and `requiredGroup`
 * (at least one of the rows sharing it), `uniqueBy` (no two items of a list sharing a key's
 * value), `distinct` (no code twice in a list) and `objectOptional` (a nested object that
 * may be absent, its `required` rows required when it is given), so the cheap check
 * accepts no more than the schema.
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
 * - `day`: a day `YYYY-MM-DD` only (`2025/3/1`, `2025年3月1日`, an Excel serial day read);
 * - `text-list`: a list of strings (`|`, `;` or `；` between them in a cell: a comma stays text);
 * - `day-list`: a list of days, each read as a `day` (`|`, `、`, `,` or `;` between them in a cell);
 * - `records`: a list of objects, each read and checked by the row's own table (`items`);
 *   a table's cell cannot hold one (its items come from `expands` columns).
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
  | 'day'
  | 'text-list'
  | 'day-list'
  | 'records'
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

/**
 * A rule between two fields of a record, held by the row it constrains: when this row's
 * value is given (`when: 'given'`, the default: present, and not an empty list) or is
 * `true` (`when: 'true'`), the `field` of the same record must be given, be `true`, or not
 * be `true` (absent or false).
 */
export interface FieldRequirement {
  /** When the rule applies: this row's value given (the default), or true. */
  readonly when?: 'given' | 'true';
  /** The other field (a key of the same table). */
  readonly field: string;
  /** What the other field must be. */
  readonly is: 'given' | 'true' | 'not-true';
}

/**
 * A column that builds list items instead of holding a field: its cell is a count (`3`),
 * and the import adds that many copies of `item` to the `records` row `into`.
 */
export interface FieldExpansion {
  /** The key of the `records` row the items go to. */
  readonly into: string;
  /** The item each counted unit becomes (plain JSON, copied for each). */
  readonly item: Readonly<Record<string, string | number | boolean>>;
}

/** One field of a record kind. */
export interface FieldRow {
  /**
   * The row's key: the record's key, or the keys of a nested field joined by dots
   * (`description.zh`), also read as a column header.
   */
  readonly id: string;
  /** Where the value sits in the record, when not at the top level under `id` (`['description', 'zh']`). */
  readonly path?: readonly string[];
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
  /** For `id`, `text` and `text-list` (each item): the longest value allowed. */
  readonly maxLength?: number;
  /** For `text` and `text-list` (each item): the shortest value allowed (0 when absent). */
  readonly minLength?: number;
  /** For `text`: the value must hold a character other than a space. */
  readonly nonBlank?: boolean;
  /** For `text-list`, `enum-list`, `day-list` and `records`: the most items allowed. */
  readonly maxItems?: number;
  /** For `records`: the table of each item's fields. */
  readonly items?: FieldTable;
  /** For `records`: the item key whose value no two items may share (a checklist item's `id`). */
  readonly uniqueBy?: string;
  /** For `enum-list`: no code may be given twice (the HQ departments of a check). */
  readonly distinct?: boolean;
  /**
   * For a nested row that is `required`: required in its object only, which may itself be
   * absent (`hqCheck.checkedOn`: an HQ check has a day, a risk check need not have one).
   */
  readonly objectOptional?: boolean;
  /** For a `count` row that is a column, not a field: the list items it builds. */
  readonly expands?: FieldExpansion;
  /** Rules between this field and others (`keysTakenOn` given only when `eligible` is true). */
  readonly requires?: readonly FieldRequirement[];
  /** At least one of the rows sharing this name must be given (`description.zh` or `description.en`). */
  readonly requiredGroup?: string;
  /** For `enum` and `enum-list`: the codes, with their names and aliases. */
  readonly vocabulary?: readonly VocabularyEntry[];
  /** The rule ids the field serves, for the docs. */
  readonly rules?: readonly string[];
  /**
   * For `instant`, `day` and `day-or-instant`: the field (a time too) this one may not come
   * before, as the record's schema requires (a complaint is replied to after it is
   * received), or several such fields (a repair is completed after it was received and
   * after it was started). Days compare with days, instants with instants. In an `items`
   * table, a field of the same item when the items table has it (a finding closed not before
   * it was found), else a field of the record that holds the list.
   */
  readonly notBefore?: string | readonly string[];
  /** For `amount` and `count`: the field this one may not be less than (a range's upper end, its lower end). */
  readonly notBelow?: string;
  /**
   * A further check of a value the kind's own check has passed, as the record's schema makes
   * it (an area above 0 and at most 100,000 m², a phone written as stored, an identity number
   * with its check character). What it refuses goes to the schema for the message.
   */
  readonly accepts?: (value: unknown) => boolean;
  /** What the docs say the value is, where the kind's own words are not enough (an area in m², a phone). */
  readonly valueNote?: LocalizedText;
}

/** The field table of a record kind: its fields in the record's order, by key. */
export type FieldTable = Readonly<Record<string, FieldRow>>;

/** Where a row's value sits in the record: its `path`, or its key at the top level. */
export function fieldPath(row: FieldRow): readonly string[] {
  return row.path ?? [row.id];
}
