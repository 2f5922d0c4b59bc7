/**
 * The import of one record kind, built from its field table: rows of a table (a CSV file,
 * a spreadsheet) or JSON objects in, records with the field keys and values the record's
 * schema reads out, with what the import had to interpret (values read through aliases,
 * naive times read as Asia/Shanghai, columns it did not know). It decides nothing and
 * drops nothing silently: every unknown column is reported once, every value it cannot
 * read is left as it was for the schema to report.
 *
 * @internal
 * @module
 */

import { InvalidArgumentError } from '../core/errors.js';
import type { LocalizedText } from '../core/reason.js';
import { createOrderCheck, valueAt } from './createRecordCheck.js';
import type { FieldMapping } from './fieldMapping.js';
import type { FieldTable } from './fieldTable.js';
import type { HeaderMeaning } from './headerIndex.js';
import type { ImportedRecord, ImportIssue, ImportStats, UnknownColumn } from './importTypes.js';
import { prepareImport, type Slot } from './prepareImport.js';
import type { NaiveTimePolicy } from './readTime.js';
import type { ReadResult, ValueSource } from './readValue.js';
import { expandItems, setAt } from './recordPaths.js';

export type { ImportedRecord, ImportIssue, ImportStats, UnknownColumn } from './importTypes.js';

/** The options of an import. */
export interface RecordImportOptions {
  /** Times without an offset: refused (the default) or read as Asia/Shanghai. */
  readonly naiveTimes?: NaiveTimePolicy;
  /** A company's own column names and values. */
  readonly mapping?: FieldMapping;
}

/** The import of one record kind. */
export interface RecordImporter {
  /**
   * Reads a table's header row. Two columns for one field, or two columns of one name,
   * are an {@link InvalidArgumentError}: which one holds the value cannot be told.
   */
  readHeader(cells: readonly unknown[]): void;
  /** Whether a header row has been read. */
  readonly hasHeader: boolean;
  /** How many columns the header row has. */
  readonly width: number;
  /** Whether at least one column of the header names a field. */
  readonly knowsAnyColumn: boolean;
  /**
   * One row of cells under the header: `text` cells from CSV, `cell` values from a
   * spreadsheet. `undefined` when the row does not fit the header (more non-empty cells
   * than columns, or, in CSV, fewer cells).
   */
  readRow(cells: readonly unknown[], source: 'text' | 'cell'): ImportedRecord | undefined;
  /** A JSON value: an object's keys read like headers, its values by field; anything else as it is. */
  readObject(value: unknown): ImportedRecord;
  /** What the import has read so far. */
  stats(): ImportStats;
}

/** Unknown columns listed by name; the rest are counted. */
const MAX_LISTED = 100;
/** JSON keys remembered with what they name. */
const MAX_KEYS = 10_000;

const TWO_KEYS: LocalizedText = {
  'zh-CN': '同一字段出现了两个列名（如“受理时间”和receivedAt），无法判断以哪个为准',
  en: 'two keys give this field (such as 受理时间 and receivedAt): which one holds the value cannot be told',
};

/** The text of a header cell: text as it is, numbers and dates written out; anything else names no column. */
export function headerText(cell: unknown): string {
  if (typeof cell === 'string') return cell.replace(/^\uFEFF/, '').trim();
  if (typeof cell === 'number' || typeof cell === 'bigint' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return cell.toISOString();
  return '';
}

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Builds the import of a record kind from its field table. */
export function createRecordImporter(table: FieldTable, options?: RecordImportOptions): RecordImporter {
  const naive = options?.naiveTimes ?? 'reject';
  const mapping = options?.mapping;
  const { headerIndex, slots, groups, requiredCount, emptyLists } = prepareImport(table, naive, mapping);
  const order = createOrderCheck(table);

  let aliases = 0;
  let naiveTimes = 0;
  let moreUnknown = 0;
  const renamed: { header: string; field: string }[] = [];
  const unknown: UnknownColumn[] = [];
  const ignored: string[] = [];
  const out: ReadResult = { value: undefined, how: 'as-is', message: undefined };

  // The slots of a table's columns, and of the JSON keys seen so far (null: not a field).
  let columns: (Slot | null)[] | undefined;
  let knowsAny = false;
  const keys = new Map<string, Slot | null>();

  const slotOf = (meaning: HeaderMeaning, header: string, column: number | undefined): Slot | null => {
    if (meaning.kind === 'ignored') {
      ignored.push(header);
      return null;
    }
    if (meaning.kind === 'unknown') {
      if (unknown.length < MAX_LISTED) unknown.push({ header, column, suggestion: meaning.suggestion });
      else moreUnknown++;
      return null;
    }
    if (meaning.alias) renamed.push({ header, field: meaning.field });
    return slots.get(meaning.field) as Slot;
  };
  /** A JSON key: a nested object's key, or what its header names. */
  const slotOfKey = (key: string, prefix: string): Slot | null => {
    const name = prefix + key;
    let slot = keys.get(name);
    if (slot === undefined) {
      slot =
        (prefix === '' ? groups.get(key) : undefined) ?? slotOf(headerIndex.resolve(name), name, undefined);
      // Keys are remembered up to a bound: a file of ever new keys cannot grow the memory.
      if (keys.size < MAX_KEYS) keys.set(name, slot);
    }
    return slot;
  };

  const put = (
    record: Record<string, unknown>,
    slot: Slot,
    value: unknown,
    source: ValueSource,
    issues: ImportIssue[] | undefined,
  ): ImportIssue[] | undefined => {
    slot.read(value, source, out);
    if (out.how === 'alias') aliases++;
    else if (out.how === 'naive') naiveTimes++;
    else if (out.how === 'refused') {
      const list = issues ?? [];
      list.push({ field: slot.field, message: out.message as LocalizedText });
      if (slot.expands === undefined) setAt(record, slot.path, value);
      return list;
    }
    if (slot.expands !== undefined) return expandItems(record, slot.field, slot.expands, out.value, issues);
    setAt(record, slot.path, out.value);
    return issues;
  };

  /** A nested object of a JSON record: its keys read as the fields below it; anything else left as it is. */
  const putGroup = (
    record: Record<string, unknown>,
    key: string,
    v: unknown,
    issues: ImportIssue[] | undefined,
  ): ImportIssue[] | undefined => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      record[key] = v;
      return issues;
    }
    let found = issues;
    const inner = v as Record<string, unknown>;
    if (!Object.hasOwn(record, key)) record[key] = {};
    for (const sub of Object.keys(inner)) {
      const value = inner[sub];
      const slot = slotOfKey(sub, `${key}.`);
      if (slot === null || value === undefined || value === null || value === '') continue;
      if (valueAt(record, slot.path) !== undefined) {
        found = [...(found ?? []), { field: slot.field, message: TWO_KEYS }];
        continue;
      }
      found = put(record, slot, value, 'json', found);
    }
    return found;
  };

  return {
    readHeader(cells) {
      const seen = new Map<string, number>();
      const byField = new Map<string, number>();
      const names = cells.map(headerText);
      columns = cells.map((_, i) => {
        const header = names[i] as string;
        if (header === '') return null;
        const again = seen.get(header);
        if (again !== undefined) {
          throw new InvalidArgumentError(
            ['header'],
            `columns ${again + 1} and ${i + 1} are both named '${header}': which one holds the value cannot be told`,
          );
        }
        seen.set(header, i);
        const slot = slotOf(headerIndex.resolve(header), header, i);
        if (slot !== null) {
          const other = byField.get(slot.field);
          if (other !== undefined) {
            throw new InvalidArgumentError(
              ['header'],
              `columns ${other + 1} ('${names[other]}') and ${i + 1} ('${header}') both give ${slot.field}: which one holds the value cannot be told`,
            );
          }
          byField.set(slot.field, i);
          knowsAny = true;
        }
        return slot;
      });
    },
    get hasHeader() {
      return columns !== undefined;
    },
    get width() {
      return columns?.length ?? 0;
    },
    get knowsAnyColumn() {
      return knowsAny;
    },
    readRow(cells, source) {
      const cols = columns ?? [];
      if (cells.length < cols.length && source === 'text') return undefined;
      for (let i = cols.length; i < cells.length; i++) if (!isEmpty(cells[i])) return undefined;
      const record: Record<string, unknown> = {};
      let issues: ImportIssue[] | undefined;
      for (let i = 0; i < cols.length; i++) {
        const slot = cols[i];
        if (slot === null || slot === undefined) continue;
        let v = cells[i];
        if (isEmpty(v)) continue;
        if (typeof v === 'string') v = v.trim();
        issues = put(record, slot, v, source, issues);
      }
      // A table gives a required list only through its item columns: none is an empty list.
      for (const path of emptyLists) if (valueAt(record, path) === undefined) setAt(record, path, []);
      return { record, issues };
    },
    readObject(value) {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { record: value, issues: undefined };
      const input = value as Record<string, unknown>;
      const names = Object.keys(input);
      // A record already written the canonical way is handed on as it is, not copied.
      let record: Record<string, unknown> | undefined;
      let issues: ImportIssue[] | undefined;
      let requiredSeen = 0;
      for (let k = 0; k < names.length; k++) {
        const key = names[k] as string;
        const slot = keys.get(key) ?? slotOfKey(key, '');
        const v = input[key];
        if (record === undefined) {
          // Known, canonical and good: checked here, in the same walk, and handed on as it is.
          if (
            slot !== null &&
            slot.field === key &&
            slot.path.length === 1 &&
            v !== undefined &&
            v !== null &&
            v !== '' &&
            slot.good(v)
          ) {
            if (slot.required) requiredSeen++;
            continue;
          }
          // The first change: copy what came before, then go on field by field.
          record = {};
          for (let j = 0; j < k; j++) record[names[j] as string] = input[names[j] as string];
        }
        if (slot === null) continue;
        if (v === undefined || v === null || v === '') continue;
        if (slot.group === true) {
          issues = putGroup(record, key, v, issues);
          continue;
        }
        if (slot.expands === undefined && valueAt(record, slot.path) !== undefined) {
          issues = [...(issues ?? []), { field: slot.field, message: TWO_KEYS }];
          continue;
        }
        issues = put(record, slot, v, 'json', issues);
      }
      if (record === undefined)
        return {
          record: input,
          issues,
          changed: false,
          checked: requiredSeen === requiredCount && order(input) === undefined,
        };
      return { record, issues, changed: true };
    },
    stats() {
      return {
        aliases,
        naiveTimes,
        renamedColumns: [...renamed],
        unknownColumns: [...unknown],
        moreUnknownColumns: moreUnknown,
        ignoredColumns: [...ignored],
      };
    },
  };
}
