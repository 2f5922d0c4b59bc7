import { createReadStream, existsSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { type DecodeReport, decodeText } from './decodeText.js';
import { UnreadableInputError } from './errors.js';
import type { RawRecord } from './rawRecord.js';
import { readCsv } from './readCsv.js';
import { readJsonArray } from './readJsonArray.js';
import { readJsonLines } from './readJsonLines.js';
import { MAX_XLSX_BYTES, readXlsx } from './readXlsx.js';
import { type InputFormat, readHead, sniffInput, sniffStream } from './sniffInput.js';

/** How to read an input. */
export interface OpenOptions {
  /** `--encoding`, when given. */
  readonly encoding?: string | undefined;
  /** `--sheet`, for a workbook. */
  readonly sheet?: string | undefined;
  /** The record-size limit, in characters. */
  readonly maxRecordChars: number;
}

/** An input opened for reading. */
export interface OpenedInput {
  /** The format read. */
  readonly format: InputFormat;
  /** The input's name in messages. */
  readonly name: string;
  /** The text encoding, decided as the text is read (`undefined` for a workbook). */
  readonly decoding: DecodeReport | undefined;
  /** The records, in batches. */
  readonly batches: AsyncIterable<RawRecord[]>;
}

/** Checks that a path names a readable file (or `-`). */
export function checkReadable(path: string): void {
  if (path === '-') return;
  if (!existsSync(path)) throw new UnreadableInputError(`no such file: ${path}`);
  if (!statSync(path).isFile()) throw new UnreadableInputError(`not a file: ${path}`);
}

async function readAll(chunks: AsyncIterable<Buffer>, name: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of chunks) {
    size += c.length;
    if (size > MAX_XLSX_BYTES) throw new UnreadableInputError(tooBigWorkbook(name));
    parts.push(c);
  }
  return Buffer.concat(parts);
}

const tooBigWorkbook = (name: string) =>
  `${name} is a workbook over ${MAX_XLSX_BYTES / 1024 / 1024} MB: .xlsx is read whole, so save a sheet this large as CSV UTF-8`;

/** Opens a file (or `-` for standard input): sniffs what it holds, and reads its records. */
export async function openRecords(path: string, options: OpenOptions, stdin: Readable): Promise<OpenedInput> {
  checkReadable(path);
  const name = path === '-' ? 'standard input' : path;
  let head: Buffer;
  let rest: AsyncIterable<Buffer>;
  if (path === '-') {
    ({ head, rest } = await sniffStream(stdin));
  } else {
    head = await readHead(path);
    rest = (async function* () {
      yield* createReadStream(path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>;
    })();
  }
  const sniffed = sniffInput(head, path, options.encoding);
  if (sniffed.format === 'xlsx') {
    if (path !== '-' && statSync(path).size > MAX_XLSX_BYTES)
      throw new UnreadableInputError(tooBigWorkbook(name));
    const source = path === '-' ? await readAll(rest, name) : path;
    return {
      format: 'xlsx',
      name,
      decoding: undefined,
      batches: readXlsx(source, { name, sheet: options.sheet }),
    };
  }
  const decoding: DecodeReport = { encoding: sniffed.encoding ?? 'utf-8' };
  const text = decodeText(rest, sniffed.encoding ?? 'utf-8', sniffed.bomLength, name, decoding);
  const readerOptions = { maxRecordChars: options.maxRecordChars, name };
  const batches =
    sniffed.format === 'json'
      ? readJsonArray(text, readerOptions)
      : sniffed.format === 'jsonl'
        ? readJsonLines(text, readerOptions)
        : readCsv(text, sniffed.format === 'tsv' ? { ...readerOptions, delimiter: '\t' } : readerOptions);
  return { format: sniffed.format, name, decoding, batches };
}
