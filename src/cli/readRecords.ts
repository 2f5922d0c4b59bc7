import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { ComplaintSchema } from '../complaints/schemas.js';
import { RealtyCrmError } from '../core/errors.js';
import { CsvReader } from './csv.js';

/** The formats the CLI reads. */
export type InputFormat = 'json' | 'jsonl' | 'csv';

/** One record read from a file: its position, and the value or why it could not be read. */
export interface ReadRecord {
  /** 0-based record index. */
  readonly index: number;
  /** The line it starts on (JSON Lines and CSV), for messages. */
  readonly line?: number;
  /** The record, when it could be read. */
  readonly value?: unknown;
  /** Why it could not be read at all (not JSON, wrong number of CSV cells). */
  readonly readError?: string;
}

/** The file cannot be read or parsed at all: exit status 2. */
export class UnreadableInputError extends RealtyCrmError {
  constructor(message: string) {
    super('INVALID_ARGUMENT', message);
  }
}

/** The input format of a path: by extension, or sniffed from the first character for stdin. */
export function formatOf(path: string, firstChar?: string): InputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  if (path === '-' && firstChar !== undefined)
    return firstChar === '[' ? 'json' : firstChar === '{' ? 'jsonl' : 'csv';
  throw new UnreadableInputError(`cannot tell the format of ${path}: use a .json, .jsonl or .csv file`);
}

/** Checks that a path names a readable file (or `-`). */
export function checkReadable(path: string): void {
  if (path === '-') return;
  if (!existsSync(path)) throw new UnreadableInputError(`no such file: ${path}`);
  if (!statSync(path).isFile()) throw new UnreadableInputError(`not a file: ${path}`);
}

/** How each field of a complaint is typed, read from the schema, to turn CSV text into values. */
const FIELD_KINDS: Readonly<Record<string, 'string' | 'number' | 'boolean' | 'array'>> = (() => {
  const kinds: Record<string, 'string' | 'number' | 'boolean' | 'array'> = {};
  for (const [key, schema] of Object.entries(ComplaintSchema.shape)) {
    let def = (schema as { def: { type: string; innerType?: { def: unknown } } }).def;
    while (def.type === 'optional' && def.innerType !== undefined) def = def.innerType.def as typeof def;
    kinds[key] =
      def.type === 'number'
        ? 'number'
        : def.type === 'boolean'
          ? 'boolean'
          : def.type === 'array'
            ? 'array'
            : 'string';
  }
  return kinds;
})();

/** A CSV row as a record: empty cells are absent fields; numbers, booleans and `|` lists typed by the schema. */
export function csvRowToRecord(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const text = cells[i] ?? '';
    if (text === '') return;
    const kind = FIELD_KINDS[name] ?? 'string';
    if (kind === 'number')
      record[name] = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text.trim()) ? Number(text) : text;
    else if (kind === 'boolean') record[name] = text === 'true' ? true : text === 'false' ? false : text;
    else if (kind === 'array')
      record[name] = text
        .split('|')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    else record[name] = text;
  });
  return record;
}

/**
 * Reads the records of a JSON array, JSON Lines or CSV stream. JSON Lines and CSV are
 * streamed: memory stays bounded whatever the file's size. A JSON array is read whole.
 */
export async function* readRecords(stream: Readable, format: InputFormat): AsyncGenerator<ReadRecord> {
  const decoder = new StringDecoder('utf8');
  if (format === 'json') {
    let text = '';
    for await (const chunk of stream) text += decoder.write(chunk as Buffer);
    text += decoder.end();
    let data: unknown;
    try {
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      throw new UnreadableInputError(`not valid JSON: ${(error as Error).message}`);
    }
    if (!Array.isArray(data))
      throw new UnreadableInputError('a .json file must hold an array of complaint records');
    for (let i = 0; i < data.length; i++) yield { index: i, value: data[i] };
    return;
  }
  if (format === 'jsonl') {
    let rest = '';
    let line = 0;
    let index = 0;
    const handle = (text: string): ReadRecord | undefined => {
      line++;
      const t = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1).trim() : text.trim();
      if (t === '') return undefined;
      const at = index++;
      try {
        return { index: at, line, value: JSON.parse(t) };
      } catch {
        return { index: at, line, readError: 'not a valid JSON line' };
      }
    };
    for await (const chunk of stream) {
      rest += decoder.write(chunk as Buffer);
      // Walk the lines by position; slice the remainder once per chunk, not once per line.
      let start = 0;
      let nl = rest.indexOf('\n', start);
      while (nl !== -1) {
        const r = handle(rest.slice(start, nl));
        if (r !== undefined) yield r;
        start = nl + 1;
        nl = rest.indexOf('\n', start);
      }
      rest = rest.slice(start);
    }
    rest += decoder.end();
    if (rest !== '') {
      const r = handle(rest);
      if (r !== undefined) yield r;
    }
    return;
  }
  const csv = new CsvReader();
  let header: string[] | undefined;
  let index = 0;
  const rowsOf = function* (
    rows: { readonly cells: string[]; readonly line: number }[],
  ): Generator<ReadRecord> {
    for (const row of rows) {
      if (header === undefined) {
        header = row.cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c).trim());
        continue;
      }
      if (row.cells.length !== header.length) {
        yield {
          index: index++,
          line: row.line,
          readError: `expected ${header.length} cells, found ${row.cells.length}`,
        };
      } else {
        yield { index: index++, line: row.line, value: csvRowToRecord(header, row.cells) };
      }
    }
  };
  for await (const chunk of stream) yield* rowsOf(csv.push(decoder.write(chunk as Buffer)));
  yield* rowsOf(csv.push(decoder.end()));
  yield* rowsOf(csv.end());
  if (csv.unterminated) throw new UnreadableInputError('the CSV ends inside a quoted field');
  if (header === undefined) throw new UnreadableInputError('the CSV file is empty: it needs a header row');
}

/** Opens a path (or stdin for `-`) as a stream. */
export function openInput(path: string, stdin: Readable): Readable {
  return path === '-' ? stdin : createReadStream(path);
}
