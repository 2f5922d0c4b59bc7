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
 * - a full collection whenever the heap has grown by {@link GARBAGE_BUDGET} since the last
 *   one (looked at every {@link CHECK_EVERY} records): the live data are small (the group
 *   counts), but garbage that reaches the old generation would otherwise pile up to several
 *   times their size before V8 collects it. What JSON parsing leaves there (V8 interns short
 *   strings in it) is little; an invalid record leaves far more: a failing zod parse (the
 *   record check's messages) promotes about 450 bytes of short-lived objects to the old
 *   generation (measured alone: 200,000 failing `safeParse` calls promote 92 MB, 200,000
 *   passing ones 3 MB), so a file of 10^6 records half invalid piled up 100 MB and more
 *   between collections at a fixed count of records. A budget of bytes bounds it whatever
 *   share is invalid, and collects less often than a fixed count when little is left behind.
 *
 * Costs about 1% of the run. If V8 refuses either flag, the run goes on unadjusted.
 *
 * @module
 */

import v8 from 'node:v8';
import vm from 'node:vm';

/** Records between two looks at the heap's size (a power of two). */
export const CHECK_EVERY = 4096;
/** Growth of the heap, in bytes, since the last full collection that starts the next. */
export const GARBAGE_BUDGET = 40 * 1024 * 1024;

let collect: (() => void) | undefined;
let count = 0;
/** The heap's size after the last full collection. */
let base = 0;

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
 * Counts one record; every {@link CHECK_EVERY} records, collects the whole heap when it has
 * grown by {@link GARBAGE_BUDGET} since the last collection and {@link adjustHeapForLongRuns}
 * was called (otherwise it only counts).
 */
export function tickHeap(): void {
  if (collect === undefined || (++count & (CHECK_EVERY - 1)) !== 0) return;
  if (v8.getHeapStatistics().used_heap_size - base < GARBAGE_BUDGET) return;
  collect();
  base = v8.getHeapStatistics().used_heap_size;
}
