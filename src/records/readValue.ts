/**
 * How one value of a field is read, by the field's kind: the value as the record holds it,
 * and how it was read (as it was, through an alias, as a naive time, or refused). A value
 * that is not recognised is kept as it is, so that the record's schema says what is wrong
 * with it, in its own words.
 *
 * @internal
 * @module
 */

import { assertNever } from '../core/assertNever.js';
import { STORED_PHONE } from '../core/personal/storedPhone.js';
import { validateLandlineNumber, validateMobileNumber } from '../core/personal/validatePhone.js';
import type { LocalizedText } from '../core/reason.js';
import type { FieldRow } from './fieldTable.js';
import { normalizeLabel } from './normalizeLabel.js';
import { createDayListReader } from './readDayList.js';
import { readRecords } from './readRecords.js';
import { type NaiveTimePolicy, readTime, TIME_MESSAGES } from './readTime.js';
import type { VocabularyIndex } from './vocabularyIndex.js';

/** How a value was read. */
export type ReadHow = 'as-is' | 'alias' | 'naive' | 'refused' | 'absent';

/** The result of reading one value: one object, reused from value to value. */
export interface ReadResult {
  value: unknown;
  how: ReadHow;
  message: LocalizedText | undefined;
}

/**
 * Where a value comes from: `text` a CSV cell (a string: numbers and booleans written as
 * text are the plain way); `cell` a spreadsheet cell (strings, numbers, booleans, dates);
 * `json` a JSON value (its type is its own: a number in an id field stays a number).
 */
export type ValueSource = 'text' | 'cell' | 'json';

/** Reads one value into `out`. */
export type ValueReader = (value: unknown, source: ValueSource, out: ReadResult) => void;

/** The words read as yes in a yes/no field (case folded): one list, read by the import and the docs. */
export const YES_WORDS: readonly string[] = Object.freeze([
  'true',
  'yes',
  'y',
  '1',
  '是',
  '有',
  '对',
  '√',
  '✓',
  '✔',
]);
/** The words read as no in a yes/no field (case folded). */
export const NO_WORDS: readonly string[] = Object.freeze([
  'false',
  'no',
  'n',
  '0',
  '否',
  '无',
  '没有',
  '错',
  '×',
  '✗',
  '✘',
]);
const TRUE_WORDS = new Set(YES_WORDS);
const FALSE_WORDS = new Set(NO_WORDS);

const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
const AMOUNT =
  /^(?:(?:¥|RMB|CNY)\s*)?([+-])?\s*(?:¥\s*)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|万|元|RMB|CNY)?$/u;
const COUNT = /^(\d{1,3}(?:,\d{3})+|\d+)\s*(人|户|位|个|次)?$/u;
const LIST_SEPARATORS = /\s*[|、,，;；]\s*/u;
/** Between the items of a free-text list in a cell: a comma stays text. */
const TEXT_LIST_SEPARATORS = /\s*[|;；]\s*/u;

function set(out: ReadResult, value: unknown, how: ReadHow): void {
  out.value = value;
  out.how = how;
  out.message = undefined;
}

/** The text of a value for alias matching: strings as they are, NFKC for full-width digits. */
function folded(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range check
  return /^[\x00-\x7f]*$/.test(text) ? text.trim() : text.normalize('NFKC').trim();
}

/** `2.5` `万` -> `25000` without floating-point error: the decimal point moved in the text. */
function shiftDecimal(intPart: string, fracPart: string, places: number): number {
  const digits = intPart + fracPart.padEnd(places, '0');
  const point = intPart.length + places;
  return Number(`${digits.slice(0, point)}.${digits.slice(point) || '0'}`);
}

const readId: ValueReader = (value, source, out) => {
  // A spreadsheet types 1203 as a number: in an id column it is the text 1203.
  if (source === 'cell' && typeof value === 'number' && Number.isFinite(value)) {
    set(out, String(value), 'as-is');
    return;
  }
  set(out, value, 'as-is');
};

const readText: ValueReader = (value, source, out) => {
  if (source === 'cell' && (typeof value === 'number' || typeof value === 'boolean')) {
    set(out, String(value), 'as-is');
    return;
  }
  set(out, value, 'as-is');
};

const readBoolean =
  (extra: ReadonlyMap<string, boolean>): ValueReader =>
  (value, source, out) => {
    if (typeof value === 'boolean') return set(out, value, 'as-is');
    if (typeof value === 'number' && (value === 1 || value === 0)) return set(out, value === 1, 'alias');
    if (typeof value === 'string') {
      if (value === 'true' || value === 'false') {
        // The plain way in a CSV cell; a string in JSON is read through an alias.
        return set(out, value === 'true', source === 'text' ? 'as-is' : 'alias');
      }
      const w = folded(value).toLowerCase();
      const own = extra.get(normalizeLabel(value));
      if (own !== undefined) return set(out, own, 'alias');
      if (TRUE_WORDS.has(w)) return set(out, true, 'alias');
      if (FALSE_WORDS.has(w)) return set(out, false, 'alias');
    }
    set(out, value, 'as-is');
  };

const readAmount: ValueReader = (value, source, out) => {
  if (typeof value !== 'string') return set(out, value, 'as-is');
  const t = value.trim();
  if (source !== 'json' && PLAIN_NUMBER.test(t)) return set(out, Number(t), 'as-is');
  const m = AMOUNT.exec(folded(value));
  if (m === null) return set(out, value, 'as-is');
  const intPart = (m[2] as string).replace(/,/g, '');
  const n = shiftDecimal(intPart, m[3] ?? '', m[4] === '万' || m[4] === '万元' ? 4 : 0);
  set(out, m[1] === '-' ? -n : n, 'alias');
};

const readCount: ValueReader = (value, source, out) => {
  if (typeof value !== 'string') return set(out, value, 'as-is');
  const t = value.trim();
  if (source !== 'json' && PLAIN_NUMBER.test(t)) return set(out, Number(t), 'as-is');
  const m = COUNT.exec(folded(value));
  if (m === null) return set(out, value, 'as-is');
  set(out, Number((m[1] as string).replace(/,/g, '')), 'alias');
};

const readEnum =
  (index: VocabularyIndex): ValueReader =>
  (value, _source, out) => {
    if (typeof value !== 'string') return set(out, value, 'as-is');
    if (index.ids.includes(value)) return set(out, value, 'as-is');
    const id = index.find(value);
    if (id === undefined) return set(out, value, 'as-is');
    set(out, id, 'alias');
  };

const readEnumList =
  (index: VocabularyIndex): ValueReader =>
  (value, source, out) => {
    let items: readonly unknown[];
    let how: ReadHow = 'as-is';
    if (Array.isArray(value)) items = value;
    else if (typeof value === 'string' && source !== 'json') {
      // `a|b` is the plain way in a cell; other separators are read as well.
      const plain = value.split('|').map((s) => s.trim());
      const parts = value.split(LIST_SEPARATORS).map((s) => s.trim());
      if (parts.length !== plain.length || parts.some((p, i) => p !== plain[i])) how = 'alias';
      items = parts.filter((s) => s !== '');
    } else return set(out, value, 'as-is');
    let changed = false;
    const mapped = items.map((item) => {
      if (typeof item !== 'string' || index.ids.includes(item)) return item;
      const id = index.find(item);
      if (id === undefined) return item;
      changed = true;
      return id;
    });
    set(out, mapped, changed ? 'alias' : how);
  };

const readInstant =
  (dayAllowed: boolean, naive: NaiveTimePolicy): ValueReader =>
  (value, _source, out) => {
    const r = readTime(value, dayAllowed, naive);
    if (r === undefined) return set(out, value, 'as-is');
    if (r.how === 'refused') {
      out.value = value;
      out.how = 'refused';
      out.message = r.message;
      return;
    }
    set(out, r.value, r.how);
  };

const readDay =
  (naive: NaiveTimePolicy): ValueReader =>
  (value, _source, out) => {
    const r = readTime(value, true, naive);
    // A time of day in a day field is left for the schema to report (it is not a day).
    if (r === undefined || (r.how !== 'refused' && r.value.length !== 10) || r.how === 'naive')
      return set(out, value, 'as-is');
    if (r.how === 'refused') {
      if (r.message === TIME_MESSAGES.naive) return set(out, value, 'as-is');
      out.value = value;
      out.how = 'refused';
      out.message = r.message;
      return;
    }
    set(out, r.value, r.how);
  };

const readTextList: ValueReader = (value, source, out) => {
  if (typeof value !== 'string' || source === 'json') return set(out, value, 'as-is');
  const parts = value.split(TEXT_LIST_SEPARATORS).map((s) => s.trim());
  const plain = value.split('|').map((s) => s.trim());
  const how = parts.length !== plain.length ? 'alias' : 'as-is';
  set(
    out,
    parts.filter((s) => s !== ''),
    how,
  );
};

/**
 * A phone: as stored, as it is; written another way (`+86 138-1234-5678`, `(010) 6552
 * 9988`, a spreadsheet's number 13812345678) and valid, as its stored form (`CUS-PHONE`);
 * anything else as it is, for the schema to refuse without quoting it.
 */
const readPhone: ValueReader = (value, source, out) => {
  const text =
    source === 'cell' && typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || STORED_PHONE.test(text))
    return set(out, text, text === value ? 'as-is' : 'alias');
  const mobile = validateMobileNumber(text);
  if (mobile.valid) return set(out, mobile.normalized, 'alias');
  const landline = validateLandlineNumber(text);
  if (landline.valid) return set(out, landline.normalized, 'alias');
  set(out, value, 'as-is');
};

/** The reader of a field, built once per import. */
export function createValueReader(
  row: FieldRow,
  naive: NaiveTimePolicy,
  vocabulary: VocabularyIndex | undefined,
  extra?: Readonly<Record<string, string | boolean>>,
): ValueReader {
  switch (row.value) {
    case 'id':
      return readId;
    case 'text':
      return readText;
    case 'boolean': {
      const words = new Map<string, boolean>();
      for (const [w, v] of Object.entries(extra ?? {}))
        if (typeof v === 'boolean') words.set(normalizeLabel(w), v);
      return readBoolean(words);
    }
    case 'amount':
      return readAmount;
    case 'count':
      return readCount;
    case 'enum':
      return vocabulary === undefined ? readText : readEnum(vocabulary);
    case 'enum-list':
      return vocabulary === undefined ? readText : readEnumList(vocabulary);
    case 'instant':
      return readInstant(false, naive);
    case 'day-or-instant':
      return readInstant(true, naive);
    case 'day':
      return readDay(naive);
    case 'text-list':
      return readTextList;
    case 'day-list':
      return createDayListReader(readDay(naive));
    case 'records':
      return row.items === undefined ? readText : readRecords(row.items, naive, createValueReader);
    case 'phone':
      return readPhone;
    default:
      return assertNever(row.value);
  }
}
