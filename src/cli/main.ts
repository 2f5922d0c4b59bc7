/**
 * The `realty-crm` command line: a thin layer over the public API. The only place in
 * `src/` that uses Node built-ins or reads the clock.
 *
 * @module cli
 */

import { readFileSync, readlinkSync } from 'node:fs';
import process from 'node:process';
import { adjustHeapForLongRuns } from './heap.js';
import { runCli } from './runCli.js';

/**
 * Whether standard output was closed when the process started (`>&-`). Node gives a
 * closed descriptor `/dev/null` opened for reading and writing, and every write then
 * succeeds while the output is lost; a shell's `> /dev/null` opens it write-only. Linux
 * only (it reads /proc); elsewhere a write to a closed descriptor fails and is caught below.
 */
function stdoutClosedAtStart(): boolean {
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'));
    return flags !== null && (Number.parseInt(flags[1] as string, 8) & 3) === 2;
  } catch {
    return false;
  }
}

const fail = (message: string): never => {
  process.stderr.write(`realty-crm: ${message}\n`);
  process.exit(2);
};

if (stdoutClosedAtStart()) {
  fail(
    'standard output is closed (>&-), so the output would be lost: redirect it to a file, or to /dev/null to discard it on purpose',
  );
}

// A reader that stops early (`realty-crm triage big.jsonl | head`) ends the run at once; a
// write that fails otherwise (a closed descriptor) is exit status 2, never a lost output.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  fail(`cannot write to standard output (${error.code ?? error.name}): the output is lost`);
});

// Nothing escapes as a stack trace, whatever happens.
const internal = (error: unknown) =>
  fail(
    `an internal error stopped the run (${error instanceof Error ? error.name : typeof error}); please report it with the command you ran${process.env.REALTY_CRM_DEBUG ? `\n${error instanceof Error ? error.stack : String(error)}` : ' (REALTY_CRM_DEBUG=1 shows the details)'}`,
  );
process.on('uncaughtException', internal);
process.on('unhandledRejection', internal);

// This process only (the one the user started): V8 settings that keep a long run's memory bounded.
adjustHeapForLongRuns();

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  internal,
);
