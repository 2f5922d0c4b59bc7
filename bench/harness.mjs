// A small benchmark harness: every candidate runs in this one process, interleaved over
// several rounds, so a noisy machine slows all of them alike and the ratios hold.

/** Runs `fn(i)` for about `ms` milliseconds; returns nanoseconds per call. */
function sample(fn, ms) {
  let n = 0;
  let sink = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(ms) * 1_000_000n;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let k = 0; k < 1000; k++) sink ^= fn(n++) === undefined ? 0 : 1;
    elapsed = process.hrtime.bigint() - start;
  }
  globalThis.__benchSink = sink;
  return Number(elapsed) / n;
}

/**
 * Measures each candidate `rounds` times (interleaved) and returns the median ns per call.
 * @param {{ name: string, fn: (i: number) => unknown }[]} candidates
 */
export function measure(candidates, { rounds = 7, ms = 300, warmupMs = 300 } = {}) {
  for (const c of candidates) sample(c.fn, warmupMs);
  const times = candidates.map(() => []);
  for (let r = 0; r < rounds; r++) {
    candidates.forEach((c, i) => {
      times[i].push(sample(c.fn, ms));
    });
  }
  return candidates.map((c, i) => {
    const sorted = times[i].sort((a, b) => a - b);
    return { name: c.name, nsPerCall: sorted[Math.floor(sorted.length / 2)] };
  });
}

/** Prints a table of results with each candidate's ratio to `reference`. */
export function report(title, results, reference) {
  const ref = results.find((r) => r.name === reference);
  console.log(`\n## ${title}\n`);
  console.log(`| candidate | ns/call | calls/s | vs ${reference} |`);
  console.log('|---|---:|---:|---:|');
  for (const r of results) {
    const ratio = r.nsPerCall / ref.nsPerCall;
    console.log(
      `| ${r.name} | ${r.nsPerCall.toFixed(1)} | ${Math.round(1e9 / r.nsPerCall).toLocaleString('en-US')} | ${ratio >= 1 ? `${ratio.toFixed(2)}x slower` : `${(1 / ratio).toFixed(2)}x faster`} |`,
    );
  }
}

/** A seeded pseudo-random generator (mulberry32), so every run measures the same inputs. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
