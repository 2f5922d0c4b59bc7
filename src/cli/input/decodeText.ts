/**
 * Bytes to text in the input's encoding, chunk by chunk, strictly: a byte sequence the
 * encoding does not allow stops the run with one line naming where, never mojibake.
 * While every byte so far is ASCII (which UTF-8 and GB18030 write alike), the encoding is
 * decided at the first chunk that is not.
 *
 * @module
 */

import { UnreadableInputError } from './errors.js';
import { detectEncoding, type TextEncoding } from './sniffInput.js';

/** What the decoding found, filled in as it goes: the encoding it decided on. */
export interface DecodeReport {
  encoding: TextEncoding;
}

const NAMES: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030/GBK',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

function firstNonAscii(b: Buffer): number {
  for (let i = 0; i < b.length; i++) if ((b[i] as number) >= 0x80) return i;
  return -1;
}

/**
 * The text of `chunks`, a BOM of `bomLength` bytes skipped. `name` names the input in
 * messages; `report.encoding` is updated when an `undecided` encoding is decided.
 */
export async function* decodeText(
  chunks: AsyncIterable<Buffer>,
  encoding: TextEncoding,
  bomLength: number,
  name: string,
  report: DecodeReport,
): AsyncGenerator<string> {
  let decoder = encoding === 'undecided' ? undefined : new TextDecoder(encoding, { fatal: true });
  report.encoding = encoding;
  let offset = 0;
  let skip = bomLength;
  const fail = (at: number): never => {
    throw new UnreadableInputError(
      `${name} is not valid ${NAMES[report.encoding] ?? report.encoding} text near byte ${at}: give its encoding with --encoding (utf-8 or gb18030)`,
    );
  };
  for await (const raw of chunks) {
    let chunk = raw;
    if (skip > 0) {
      const n = Math.min(skip, chunk.length);
      chunk = chunk.subarray(n);
      skip -= n;
      offset += n;
    }
    if (chunk.length === 0) continue;
    if (decoder === undefined) {
      const at = firstNonAscii(chunk);
      if (at === -1) {
        offset += chunk.length;
        yield chunk.toString('latin1');
        continue;
      }
      const found = detectEncoding(chunk.subarray(at));
      if (found === undefined || found === 'undecided' || found === 'mixed') fail(offset + at);
      report.encoding = found as TextEncoding;
      decoder = new TextDecoder(found as string, { fatal: true });
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      fail(offset);
    }
    offset += chunk.length;
    // biome-ignore lint/style/noNonNullAssertion: assigned above or fail() threw
    yield text!;
  }
  if (decoder !== undefined) {
    let tail: string;
    try {
      tail = decoder.decode();
    } catch {
      fail(offset);
    }
    // biome-ignore lint/style/noNonNullAssertion: assigned above or fail() threw
    if (tail! !== '') yield tail!;
  }
}
