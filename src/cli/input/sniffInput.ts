/**
 * What a file (or standard input) holds, told from its first bytes: a workbook (`.xlsx`,
 * a zip), an old `.xls`, binary data, or text in an encoding (a BOM, UTF-8, GB18030/GBK,
 * UTF-16, or `--encoding`); and the record format, from the extension or, for standard
 * input, the first character.
 *
 * @module
 */

import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { UnreadableInputError } from './errors.js';

/** The record formats the CLI reads. */
export type InputFormat = 'json' | 'jsonl' | 'csv' | 'tsv' | 'xlsx';

/** How text bytes are decoded: a TextDecoder label, or `undecided` while every byte so far is ASCII. */
export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'undecided';

/** What the first bytes say. */
export interface SniffedInput {
  /** The format to read. */
  readonly format: InputFormat;
  /** The text encoding (`undefined` for a workbook). */
  readonly encoding: TextEncoding | undefined;
  /** Bytes of a byte-order mark to skip. */
  readonly bomLength: number;
  /** The encoding as the summary names it (`UTF-8 (BOM)`, `GB18030`), when it was detected rather than given. */
  readonly detected: string | undefined;
}

const HEAD_BYTES = 64 * 1024;

/** The first bytes of a file. */
export async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Reads standard input until `HEAD_BYTES` (or its end): the head, and a stream that replays it then goes on. */
export async function sniffStream(stream: Readable): Promise<{ head: Buffer; rest: AsyncIterable<Buffer> }> {
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const r = await it.next();
    if (r.done === true) {
      done = true;
      break;
    }
    const b = Buffer.isBuffer(r.value) ? r.value : Buffer.from(String(r.value));
    chunks.push(b);
    size += b.length;
  }
  const head = Buffer.concat(chunks);
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done === true) return;
      yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(String(r.value));
    }
  }
  return { head, rest: rest() };
}

const isZip = (b: Buffer) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Buffer) =>
  b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** Decodes `bytes` strictly, ignoring a sequence cut at the end; whether it is valid. */
function decodes(bytes: Buffer, label: string): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Whether the bytes look like binary data rather than text: NULs or many control characters. */
function looksBinary(b: Buffer): boolean {
  let controls = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i] as number;
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) controls++;
  }
  return controls > 8 && controls * 100 > b.length;
}

/** UTF-16 without a BOM: ASCII text has a NUL in every other byte. */
function utf16Without(b: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (b.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  const n = Math.min(b.length, 4096) & ~1;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  if (odd > n / 4 && even < n / 40) return 'utf-16le';
  if (even > n / 4 && odd < n / 40) return 'utf-16be';
  return undefined;
}

/**
 * How many multi-byte UTF-8 characters the bytes start with before the first byte that is
 * not UTF-8. GBK text breaks UTF-8 at its first or second character; four good ones mean
 * the text was written as UTF-8.
 */
function utf8MultibytePrefix(b: Buffer): number {
  let n = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    const len =
      c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > b.length) return n;
    for (let k = 1; k < len; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return n;
    if (len > 1) n++;
    i += len;
  }
  return n;
}

/**
 * The encoding of text bytes without a BOM: ASCII so far, UTF-8, or GB18030 (which reads
 * GBK and GB2312); `mixed` when it starts as UTF-8 and then breaks (read either way, part
 * of it would be mojibake); `undefined` when it is neither.
 */
export function detectEncoding(b: Buffer): 'utf-8' | 'gb18030' | 'undecided' | 'mixed' | undefined {
  let ascii = true;
  for (let i = 0; i < b.length; i++) {
    if ((b[i] as number) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return 'undecided';
  if (decodes(b, 'utf-8')) return 'utf-8';
  if (utf8MultibytePrefix(b) >= 4) return 'mixed';
  if (decodes(b, 'gb18030')) return 'gb18030';
  return undefined;
}

/** The format a path's extension names, or `undefined`. */
export function formatOfExtension(path: string): InputFormat | undefined {
  switch (extname(path).toLowerCase()) {
    case '.json':
      return 'json';
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    case '.csv':
    case '.txt':
      return 'csv';
    case '.tsv':
    case '.tab':
      return 'tsv';
    case '.xlsx':
    case '.xlsm':
      return 'xlsx';
    default:
      return undefined;
  }
}

const ENCODING_NAMES: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

/**
 * What the head of an input holds. `path` names the input in messages and gives the
 * format by its extension (`-` for standard input: the format is told from the first
 * character); `encoding` is `--encoding`, if given.
 */
export function sniffInput(head: Buffer, path: string, encoding: string | undefined): SniffedInput {
  const name = path === '-' ? 'standard input' : path;
  if (isZip(head)) return { format: 'xlsx', encoding: undefined, bomLength: 0, detected: undefined };
  if (isOle(head)) {
    throw new UnreadableInputError(
      `${name} is an old Excel .xls workbook: save it as .xlsx (or CSV UTF-8) and read that`,
    );
  }
  let enc: TextEncoding;
  let bom = 0;
  let detected: string | undefined;
  if (encoding !== undefined) {
    const label = encoding.toLowerCase();
    let normal: string;
    try {
      normal = new TextDecoder(label).encoding;
    } catch {
      throw new UnreadableInputError(`--encoding: unknown encoding '${encoding}' (try utf-8 or gb18030)`);
    }
    if (normal === 'gbk' || normal === 'gb2312') normal = 'gb18030';
    if (!['utf-8', 'gb18030', 'utf-16le', 'utf-16be'].includes(normal)) {
      throw new UnreadableInputError(
        `--encoding: ${encoding} is not supported (use utf-8, gb18030/gbk or utf-16le)`,
      );
    }
    enc = normal as TextEncoding;
    if (enc === 'utf-8' && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) bom = 3;
    if (enc === 'utf-16le' && head[0] === 0xff && head[1] === 0xfe) bom = 2;
    if (enc === 'utf-16be' && head[0] === 0xfe && head[1] === 0xff) bom = 2;
  } else if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    enc = 'utf-8';
    bom = 3;
    detected = 'UTF-8 (BOM)';
  } else if (head[0] === 0xff && head[1] === 0xfe) {
    enc = 'utf-16le';
    bom = 2;
    detected = 'UTF-16LE (BOM)';
  } else if (head[0] === 0xfe && head[1] === 0xff) {
    enc = 'utf-16be';
    bom = 2;
    detected = 'UTF-16BE (BOM)';
  } else {
    const utf16 = utf16Without(head);
    if (utf16 !== undefined) {
      enc = utf16;
      detected = ENCODING_NAMES[utf16];
    } else {
      if (looksBinary(head))
        throw new UnreadableInputError(`${name} is not a text file (it holds binary data)`);
      const found = detectEncoding(head);
      if (found === undefined || found === 'mixed') {
        throw new UnreadableInputError(
          found === 'mixed'
            ? `${name} starts as UTF-8 text and then is not (two encodings in one file?): give its encoding with --encoding, or re-save it as UTF-8`
            : `${name} is neither UTF-8 nor GB18030/GBK text: give its encoding with --encoding`,
        );
      }
      enc = found;
      detected = found === 'undecided' ? undefined : ENCODING_NAMES[found];
    }
  }
  const format = formatOfExtension(path) ?? formatOfText(head.subarray(bom), enc, name);
  if (format === 'xlsx') {
    throw new UnreadableInputError(`${name} is named as a workbook but is not one (no .xlsx zip inside)`);
  }
  return { format, encoding: enc, bomLength: bom, detected };
}

/** The format of text told from its first non-blank character: `[` JSON, `{` JSON Lines, else CSV (tabs: TSV). */
function formatOfText(head: Buffer, enc: TextEncoding, name: string): InputFormat {
  let text: string;
  try {
    text = new TextDecoder(enc === 'undecided' ? 'utf-8' : enc).decode(head.subarray(0, 4096));
  } catch {
    text = '';
  }
  if (name !== 'standard input') {
    throw new UnreadableInputError(
      `cannot tell the format of ${name}: use a .json, .jsonl, .csv, .tsv or .xlsx file`,
    );
  }
  const t = text.trimStart();
  if (t.startsWith('[')) return 'json';
  if (t.startsWith('{')) return 'jsonl';
  return 'csv';
}
