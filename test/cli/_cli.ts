/** Runs the CLI in process: its exit status, stdout and stderr. */

import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/runCli.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = `${ROOT}test/fixtures/imports/`;
export const NOW = '2026-11-20T10:00:00+08:00';

export async function cli(args: readonly string[], stdin: string | Buffer = '') {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    stdout: {
      write: (s: string) => {
        out += s;
        return true;
      },
    },
    stderr: {
      write: (s: string) => {
        err += s;
        return true;
      },
    },
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]),
  });
  return { code, out, err };
}

/** The lines a run printed, stdout then stderr. */
export const linesOf = (r: { out: string; err: string }) =>
  `${r.out}${r.err}`.split('\n').filter((l) => l !== '');

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

let bundled: Promise<string> | undefined;

/** The CLI bundled from src (as tsup bundles it), for runs in a real child process. */
export function cliBundle(): Promise<string> {
  bundled ??= (async () => {
    const dir = join(ROOT, '.artifacts', 'test-cli');
    mkdirSync(dir, { recursive: true });
    const outfile = join(dir, `main-${process.pid}.mjs`);
    await build({
      entryPoints: [join(ROOT, 'src/cli/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node18',
      outfile,
      packages: 'external',
      logLevel: 'error',
    });
    return outfile;
  })();
  return bundled;
}
