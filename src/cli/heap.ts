/**
 * Memory of a long run, kept bounded (issue 15: under 200 MB at 10^6 records, without a
 * heap cap). Two adjustments of V8, made only by {@link adjustHeapForLongRuns}, which only
 * the bin entry (`main.ts`, the process the user started) calls: importing `runCli` (a test,
 * a bench, an app that embeds the CLI) changes nothing in the importing process.
 *
 * - allocation-site pretenuring off: a triage makes a few long-lived objects (shared
 *   deadlines, group findings) at the same places in the code as millions of short-lived
 *   ones; with pretenuring, V8 then allocates all of them in the old generation, which fills
 *   with garbage (300 MB and more at 10^6 records);
 * - a full collection every {@link COMPACT_EVERY} records: the live data are small (the group
 *   counts), but what JSON parsing leaves in the old generation (V8 interns short strings
 *   there) would otherwise pile up to several times their size before V8 collects it.
 *
 * Costs about 1% of the run. If V8 refuses either flag, the run goes on unadjusted.
 *
 * @module
 */

import v8 from 'node:v8';
import vm from 'node:vm';

/** Records between two full collections. */
export const COMPACT_EVERY = 200_000;

let collect: (() => void) | undefined;
let count = 0;

/**
 * Applies the two adjustments to this process. Called by the bin entry only, before the run;
 * never at import.
 */
export function adjustHeapForLongRuns(): void {
  try {
    v8.setFlagsFromString('--no-allocation-site-pretenuring');
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    collect = typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    collect = undefined;
  } finally {
    // The flag gives later contexts a `gc`; nothing else of this process needs it.
    v8.setFlagsFromString('--no-expose-gc');
  }
}

/**
 * Counts one record; every {@link COMPACT_EVERY} records, collects the whole heap when
 * {@link adjustHeapForLongRuns} was called (otherwise it only counts).
 */
export function tickHeap(): void {
  if (collect !== undefined && ++count % COMPACT_EVERY === 0) collect();
}
