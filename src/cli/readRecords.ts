/**
 * Records read as they are written, for the record kinds and commands that have no field
 * table yet (`customers due`, `defects recur`, `delivery kpis`, `validate --kind` of those
 * kinds): the same reading as the import (encodings, .xlsx, CSV by csv-parse, JSON arrays
 * streamed, the record-size limit, a binary file refused in one line), without header or
 * value aliases: a table's row is an object of its columns' own names, empty cells left out.
 *
 * @module
 */

import type { Readable } from 'node:stream';
import { assertNever } from '../core/assertNever.js';
import type { Locale } from '../core/reason.js';
import { headerText } from '../records/createRecordImporter.js';
import { UnreadableInputError } from './input/errors.js';
import { type OpenedInput, openRecords } from './input/openRecords.js';
import { DEFAULT_MAX_RECORD_CHARS } from './readImportOptions.js';

export { UnreadableInputError } from './input/errors.js';
export { checkReadable } from './input/openRecords.js';

/** The shape of what was read: a JSON array, JSON Lines, or a table (CSV, TSV, a sheet). */
export type PlainFormat = 'json' | 'jsonl' | 'csv';

/** One record read from an input: its position, and the value or why it could not be read. */
export interface ReadRecord {
  /** 0-based record index. */
  readonly index: number;
  /** The line it starts on (JSON Lines and tables), for messages. */
  readonly line?: number;
  /** The record, when it could be read. */
  readonly value?: unknown;
  /** Why it could not be read at all (not JSON, a wrong number of cells), in the locale. */
  readonly readError?: string;
}

/** An input opened for plain reading. */
export interface PlainInput {
  /** The input underneath (its name, format, encoding). */
  readonly input: OpenedInput;
  /** `csv` for every table (CSV, TSV, .xlsx): rows are objects of the header's names. */
  readonly format: PlainFormat;
  /** The records, one at a time. */
  readonly records: AsyncIterable<ReadRecord>;
}

/** How to read. */
export interface PlainReadOptions {
  readonly locale: Locale;
  readonly encoding?: string | undefined;
  readonly sheet?: string | undefined;
  readonly maxRecordChars?: number | undefined;
}

const wrongWidth = (width: number, found: number, locale: Locale) =>
  locale === 'en' ? `expected ${width} cells, found ${found}` : `应有${width}个单元格，实际${found}个`;

/** A table cell as text (a spreadsheet's numbers, booleans and dates as their text), or `undefined` when empty. */
function cellText(cell: unknown): string | undefined {
  if (typeof cell === 'string') return cell === '' ? undefined : cell;
  const t = headerText(cell);
  return t === '' ? undefined : t;
}

/** Opens `path` (or `-` for standard input) and reads its records as they are written. */
export async function openPlainRecords(
  path: string,
  stdin: Readable,
  options: PlainReadOptions,
): Promise<PlainInput> {
  const input = await openRecords(
    path,
    {
      encoding: options.encoding,
      sheet: options.sheet,
      maxRecordChars: options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS,
    },
    stdin,
  );
  const format: PlainFormat = input.format === 'json' || input.format === 'jsonl' ? input.format : 'csv';
  const { locale } = options;
  async function* records(): AsyncGenerator<ReadRecord> {
    let header: string[] | undefined;
    for await (const batch of input.batches) {
      for (const raw of batch) {
        switch (raw.kind) {
          case 'header': {
            header = raw.cells.map(headerText);
            const seen = new Set<string>();
            for (const name of header) {
              if (name !== '' && seen.has(name))
                throw new UnreadableInputError(`${input.name}: two columns are named ${name}`);
              seen.add(name);
            }
            break;
          }
          case 'row': {
            const names = header ?? [];
            if (raw.cells.length !== names.length) {
              yield {
                index: raw.index,
                line: raw.line,
                readError: wrongWidth(names.length, raw.cells.length, locale),
              };
              break;
            }
            const value: Record<string, unknown> = {};
            names.forEach((name, i) => {
              const text = cellText(raw.cells[i]);
              if (name !== '' && text !== undefined) value[name] = text;
            });
            yield { index: raw.index, line: raw.line, value };
            break;
          }
          case 'json':
            yield raw.line === undefined
              ? { index: raw.index, value: raw.value }
              : { index: raw.index, line: raw.line, value: raw.value };
            break;
          case 'unreadable':
            yield raw.line === undefined
              ? { index: raw.index, readError: raw.message[locale] }
              : { index: raw.index, line: raw.line, readError: raw.message[locale] };
            break;
          default:
            assertNever(raw, 'raw record');
        }
      }
    }
  }
  return { input, format, records: records() };
}
