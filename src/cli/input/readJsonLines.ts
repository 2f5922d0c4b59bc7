import { NOT_JSON, type RawRecord, type ReaderOptions, tooLarge } from './rawRecord.js';

/**
 * The records of JSON Lines text, one per non-blank line, in batches (one per chunk of
 * text). Linear in the input, memory bounded by the record-size limit: a line over it
 * is dropped as it streams past and reported as unreadable, and the next line is read.
 */
export async function* readJsonLines(
  text: AsyncIterable<string>,
  options: ReaderOptions,
): AsyncGenerator<RawRecord[]> {
  const limit = options.maxRecordChars;
  let pending = '';
  let skipping = false;
  let line = 1;
  let index = 0;
  let first = true;
  const emit = (out: RawRecord[], t: string, at: number) => {
    const s = first && t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
    first = false;
    // Blank lines are skipped; a line of spaces is blank.
    let i = 0;
    while (i < s.length && (s.charCodeAt(i) <= 32 || s.charCodeAt(i) === 0xfeff)) i++;
    if (i === s.length) return;
    const n = index++;
    let value: unknown;
    try {
      value = JSON.parse(s);
    } catch {
      out.push({ kind: 'unreadable', index: n, line: at, message: NOT_JSON });
      return;
    }
    out.push({ kind: 'json', index: n, line: at, value, text: s });
  };
  for await (const chunk of text) {
    const out: RawRecord[] = [];
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', start);
      if (nl === -1) {
        if (!skipping) {
          if (pending.length + (chunk.length - start) > limit) {
            pending = '';
            skipping = true;
          } else pending += chunk.slice(start);
        }
        break;
      }
      if (skipping) {
        out.push({ kind: 'unreadable', index: index++, line, message: tooLarge(limit) });
        skipping = false;
        first = false;
      } else {
        const piece = chunk.slice(start, nl);
        const t = pending === '' ? piece : pending + piece;
        pending = '';
        if (t.length > limit) {
          out.push({ kind: 'unreadable', index: index++, line, message: tooLarge(limit) });
          first = false;
        } else emit(out, t, line);
      }
      line++;
      start = nl + 1;
    }
    if (out.length > 0) yield out;
  }
  const out: RawRecord[] = [];
  if (skipping) out.push({ kind: 'unreadable', index: index++, line, message: tooLarge(limit) });
  else if (pending !== '') emit(out, pending, line);
  if (out.length > 0) yield out;
}
