/**
 * The `realty-crm` command line: a thin layer over the public API. The only place in
 * `src/` that uses Node built-ins or reads the clock.
 *
 * @module cli
 */

import process from 'node:process';
import { runCli } from './runCli.js';

// A reader that stops early (`realty-crm triage big.jsonl | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`realty-crm: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
