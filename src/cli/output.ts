import type { CliIo } from './runCli.js';

/** Text written to a stream in blocks, waiting for 'drain' when its buffer is full: memory stays bounded on big outputs. */
export interface Output {
  /** Adds text; writes a block when enough has gathered. */
  push(text: string): Promise<void> | undefined;
  /** Writes what has gathered. */
  flush(): Promise<void> | undefined;
}

const BLOCK = 64 * 1024;

/** Writes to a stream, waiting for 'drain' when its buffer is full: memory stays bounded on big outputs. */
export function createWriter(stream: CliIo['stdout']): (text: string) => Promise<void> | undefined {
  const s = stream as CliIo['stdout'] & { once?: (event: 'drain', cb: () => void) => unknown };
  return (text: string) => {
    if (s.write(text) === false && typeof s.once === 'function') {
      return new Promise<void>((resolve) => s.once?.('drain', resolve));
    }
    return undefined;
  };
}

/** A block writer over a stream. */
export function createOutput(stream: CliIo['stdout']): Output {
  const s = stream as CliIo['stdout'] & { once?: (event: 'drain', cb: () => void) => unknown };
  let parts: string[] = [];
  let size = 0;
  const write = (text: string): Promise<void> | undefined => {
    if (s.write(text) === false && typeof s.once === 'function') {
      return new Promise<void>((resolve) => s.once?.('drain', resolve));
    }
    return undefined;
  };
  const flush = () => {
    if (size === 0) return undefined;
    const text = parts.length === 1 ? (parts[0] as string) : parts.join('');
    parts = [];
    size = 0;
    return write(text);
  };
  return {
    push(text) {
      parts.push(text);
      size += text.length;
      return size >= BLOCK ? flush() : undefined;
    },
    flush,
  };
}

/** Shows `label count` on stderr when it is a terminal and the work has taken over a second. */
export function createProgress(io: CliIo, label: string): { tick(count: number): void; done(): void } {
  const started = Date.now();
  let last = 0;
  let shown = false;
  const enabled = io.stderr.isTTY === true;
  return {
    tick(count: number) {
      if (!enabled || (count & 1023) !== 0) return;
      const t = Date.now();
      if (t - started < 1000 || t - last < 250) return;
      last = t;
      shown = true;
      io.stderr.write(`\r${label} ${count.toLocaleString('en-US')}`);
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[K');
    },
  };
}
