import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CsvError as CsvErrorType } from 'csv-parse';
import { UnreadableInputError } from './errors.js';
import type { RawRecord, ReaderOptions } from './rawRecord.js';

/** The delimiter of a table told from its first line: the most frequent of `,`, tab and `;` (comma on a tie). */
export function detectDelimiter(firstLine: string): ',' | '\t' | ';' {
  const count = (c: string) => firstLine.split(c).length - 1;
  const comma = count(',');
  const tab = count('\t');
  const semi = count(';');
  if (tab > comma && tab >= semi) return '\t';
  if (semi > comma && semi > tab) return ';';
  return ',';
}

function countNewlines(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    let at = c.indexOf('\n');
    while (at !== -1) {
      n++;
      at = c.indexOf('\n', at + 1);
    }
  }
  return n;
}

/**
 * The rows of CSV (or TSV) text, by `csv-parse`, streamed: the first row is the header;
 * quoted fields, doubled quotes, CRLF or LF, line breaks inside quotes. Each row carries the
 * line it starts on. A record over the size limit, or text that ends inside quotes, makes
 * the file unreadable (where the next record starts can no longer be told).
 */
export async function* readCsv(
  text: AsyncIterable<string>,
  options: ReaderOptions & { readonly delimiter?: ',' | '\t' | ';' },
): AsyncGenerator<RawRecord[]> {
  const it = text[Symbol.asyncIterator]();
  const firstChunk = await it.next();
  if (firstChunk.done === true) return;
  let head = firstChunk.value as string;
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  const nl = head.indexOf('\n');
  const delimiter = options.delimiter ?? detectDelimiter(nl === -1 ? head : head.slice(0, nl));
  async function* all(): AsyncGenerator<string> {
    yield head;
    for (;;) {
      const r = await it.next();
      if (r.done === true) return;
      yield r.value;
    }
  }
  // Loaded when a CSV is read: JSON and workbooks never pay for it.
  const { parse, CsvError } = await import('csv-parse');
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: options.maxRecordChars,
  });
  const feeding = pipeline(Readable.from(all(), { objectMode: false }), parser);
  feeding.catch(() => undefined);
  let endLine = 0;
  let emptyLines = 0;
  let index = 0;
  let header = true;
  let batch: RawRecord[] = [];
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { empty_lines: number } }>) {
      const cells = item.record;
      const line = endLine + 1 + (item.info.empty_lines - emptyLines);
      emptyLines = item.info.empty_lines;
      endLine = line + countNewlines(cells);
      if (header) {
        header = false;
        batch.push({ kind: 'header', cells, line });
        continue;
      }
      batch.push({ kind: 'row', index: index++, line, cells, source: 'text' });
      if (batch.length >= 512) {
        yield batch;
        batch = [];
      }
    }
    await feeding;
  } catch (error) {
    if (error instanceof UnreadableInputError) throw error;
    if (error instanceof CsvError) {
      const e = error as CsvErrorType;
      const at = endLine + 1;
      switch (e.code) {
        case 'CSV_QUOTE_NOT_CLOSED':
          throw new UnreadableInputError(
            `${options.name}: the CSV ends inside a quoted field (opened near line ${at})`,
          );
        case 'CSV_MAX_RECORD_SIZE':
          throw new UnreadableInputError(
            `${options.name}: the record at line ${at} is larger than the limit of ${options.maxRecordChars.toLocaleString('en-US')} characters (--max-record-size): the file cannot be read as records`,
          );
        default:
          throw new UnreadableInputError(`${options.name} is not valid CSV near line ${at} (${e.code})`);
      }
    }
    throw error;
  }
  if (batch.length > 0) yield batch;
}
