import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  rmSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

/**
 * Records kept in memory as they are, while their JSON text adds up to less than this: a
 * file of this size (about 10^5 typical complaints) is triaged without a temporary file and
 * without parsing each record a second time. The records then take about two to three times
 * this in the heap (tens of MB); past it, they are written out as text and released, so a
 * large file's peak memory does not grow with it (issue 15).
 */
const IN_MEMORY_CHARS = 32 * 1024 * 1024;
/**
 * The in-memory size for reading `path`: none for a file known to be larger (its records go to
 * the temporary file from the first one, so that a large file pays neither for holding the
 * first records in the old generation nor for writing them out later: measured, 6% more CPU
 * at 10^6 records); the default for a smaller file or standard input.
 */
export function spoolSizeFor(path: string): number {
  if (path === '-') return IN_MEMORY_CHARS;
  try {
    return statSync(path).size > IN_MEMORY_CHARS ? 0 : IN_MEMORY_CHARS;
  } catch {
    return IN_MEMORY_CHARS;
  }
}

/** What a record read from a table (no JSON text of its own) is counted as. */
const ESTIMATED_CHARS = 256;
/** Once in a file, text is written in blocks of this size: the lines die young, never held. */
const BLOCK_CHARS = 64 * 1024;

/**
 * The valid records of pass 1, kept for pass 2: in memory while the file is small, then as
 * JSON Lines in a temporary file (a record the input wrote the canonical way is kept as its
 * own text, not written again; the file is removed at the end, also on exit), so that pass 2
 * reads the records already imported and checked (no second decode or validation, and
 * standard input needs no second reading).
 */
export class RecordSpool {
  /** The records kept in memory (before the first spill). */
  private records: Readonly<Record<string, unknown>>[] = [];
  private lines: string[] = [];
  private size = 0;
  private dir: string | undefined;
  private file: string | undefined;
  private out: WriteStream | undefined;
  private failed: Error | undefined;
  private readonly cleanup = () => this.remove();
  count = 0;

  /** `inMemoryChars`: the text size past which records go to the temporary file. */
  constructor(private readonly inMemoryChars = IN_MEMORY_CHARS) {}

  /** Adds one record; `text`, its JSON on one line, when the caller has it already. */
  add(record: Readonly<Record<string, unknown>>, text?: string): Promise<void> | undefined {
    this.count++;
    if (this.out === undefined) {
      this.records.push(record);
      // The text's length, or a cheap estimate of it (a record imported from a table).
      this.size += text === undefined ? ESTIMATED_CHARS : text.length + 1;
      if (this.size < this.inMemoryChars) return undefined;
      return this.spillRecords();
    }
    const line = `${text ?? JSON.stringify(record)}\n`;
    this.lines.push(line);
    this.size += line.length;
    if (this.size < BLOCK_CHARS) return undefined;
    return this.spill();
  }

  /** The first spill: the records kept in memory, written out in blocks and released. */
  private async spillRecords(): Promise<void> {
    const records = this.records;
    this.records = [];
    this.size = 0;
    for (const r of records) {
      const line = `${JSON.stringify(r)}\n`;
      this.lines.push(line);
      this.size += line.length;
      if (this.size >= BLOCK_CHARS) await this.spill();
    }
    // The file exists from here on, so later records go to it.
    await this.spill();
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
   * The records in the order added, in batches: the records themselves while they were kept
   * in memory, else their JSON texts, which the caller parses as it goes, so that no batch of
   * parsed records outlives the young generation. Read in 64 KB
   * pieces: text under V8's large-object size stays young and dies young.
   */
  async *read(): AsyncGenerator<readonly (string | Readonly<Record<string, unknown>>)[]> {
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
    for (let i = 0; i < this.records.length; i += 256) yield this.records.slice(i, i + 256);
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
