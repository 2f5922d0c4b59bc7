/**
 * The `realty-crm` command line: a thin layer over the public API. The only place in
 * `src/` that uses Node built-ins.
 *
 * @module cli
 */

import process from 'node:process';
import { runCli } from './runCli.js';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`realty-crm: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
