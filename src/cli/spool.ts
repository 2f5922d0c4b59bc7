import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

/** Spooled text kept in memory up to this size; beyond it, it goes to a temporary file. */
const IN_MEMORY_CHARS = 1024 * 1024;
/** Once in a file, text is written in blocks of this size: the lines die young, never held. */
const BLOCK_CHARS = 64 * 1024;

/**
 * The valid records of pass 1, kept for pass 2 as JSON Lines (a record the input wrote the
 * canonical way is kept as its own text, not written again): in memory while small, in a
 * temporary file (removed at the end, also on exit) once large, so that pass 2 reads the
 * records already imported and checked (no second decode or validation, and standard
 * input needs no second reading).
 */
export class RecordSpool {
  private lines: string[] = [];
  private size = 0;
  private dir: string | undefined;
  private file: string | undefined;
  private out: WriteStream | undefined;
  private failed: Error | undefined;
  private readonly cleanup = () => this.remove();
  count = 0;

  /** Adds one record; `text`, its JSON on one line, when the caller has it already. */
  add(record: Readonly<Record<string, unknown>>, text?: string): Promise<void> | undefined {
    const line = `${text ?? JSON.stringify(record)}\n`;
    this.count++;
    this.lines.push(line);
    this.size += line.length;
    if (this.size < (this.out === undefined ? IN_MEMORY_CHARS : BLOCK_CHARS)) return undefined;
    return this.spill();
  }

  private spill(): Promise<void> | undefined {
    if (this.out === undefined) {
      this.dir = mkdtempSync(join(tmpdir(), 'realty-crm-'));
      this.file = join(this.dir, 'records.jsonl');
      this.out = createWriteStream(this.file);
      this.out.on('error', (error) => {
        this.failed = error;
      });
      process.once('exit', this.cleanup);
    }
    const text = this.lines.join('');
    this.lines = [];
    this.size = 0;
    const out = this.out;
    if (this.failed !== undefined) throw this.failed;
    if (out.write(text)) return undefined;
    return drained(out).then(() => {
      if (this.failed !== undefined) throw this.failed;
    });
  }

  /**
   * The records' JSON texts, in the order added, in batches of lines: the caller parses each
   * as it goes, so no batch of parsed records outlives the young generation. Read in 64 KB
   * pieces: text under V8's large-object size stays young and dies young.
   */
  async *read(): AsyncGenerator<readonly string[]> {
    if (this.out !== undefined) {
      await this.spill();
      const out = this.out;
      await new Promise<void>((resolve) => {
        out.once('close', resolve);
        out.end();
      });
      if (this.failed !== undefined) throw this.failed;
      let rest = '';
      for await (const chunk of createReadStream(this.file as string, {
        encoding: 'utf8',
        highWaterMark: 64 * 1024,
      })) {
        const text = rest === '' ? (chunk as string) : rest + (chunk as string);
        const batch: string[] = [];
        let start = 0;
        let nl = text.indexOf('\n');
        while (nl !== -1) {
          batch.push(text.slice(start, nl));
          start = nl + 1;
          nl = text.indexOf('\n', start);
        }
        rest = text.slice(start);
        yield batch;
      }
      return;
    }
    for (let i = 0; i < this.lines.length; i += 256) yield this.lines.slice(i, i + 256);
  }

  /** Removes the temporary file, if any. */
  remove(): void {
    if (this.dir !== undefined) {
      this.out?.destroy();
      rmSync(this.dir, { recursive: true, force: true });
      this.dir = undefined;
      process.removeListener('exit', this.cleanup);
    }
  }
}

/** Resolves when a stream has drained, or has failed or closed (then nothing more drains). */
function drained(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}
