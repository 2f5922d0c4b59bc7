import { PassThrough, type Readable } from 'node:stream';

/**
 * Reads stdin until its first non-blank character (to tell JSON from JSON Lines from
 * CSV), then hands back a stream that replays what was read and continues with the rest.
 */
export async function sniffStdin(
  stdin: Readable,
): Promise<{ stream: Readable; firstChar: string | undefined }> {
  const head: Buffer[] = [];
  let firstChar: string | undefined;
  const it = stdin[Symbol.asyncIterator]();
  for (;;) {
    const { value, done } = await it.next();
    if (done) break;
    const buf = Buffer.isBuffer(value) ? value : Buffer.from(String(value));
    head.push(buf);
    const text = buf
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart();
    if (text.length > 0) {
      firstChar = text[0];
      break;
    }
  }
  const out = new PassThrough();
  (async () => {
    for (const b of head) out.write(b);
    for (;;) {
      const { value, done } = await it.next();
      if (done) break;
      if (!out.write(value)) await new Promise((resolve) => out.once('drain', resolve));
    }
    out.end();
  })().catch((error: unknown) => out.destroy(error as Error));
  return { stream: out, firstChar };
}
