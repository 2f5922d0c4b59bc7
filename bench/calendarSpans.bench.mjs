// Long spans (issue 8: 33 of 93,699 fuzzed addWorkingDays calls took over a second, walking
// day by day). addWorkingDays and countWorkingDays now count in constant time; the named
// baseline is the day-by-day walk they replaced (isWorkingDay per day, weekends-only outside
// the notices), in this one process.

import { addWorkingDays, countWorkingDays, isWorkingDay } from '../dist/calendar/index.js';
import { measure, report, seeded } from './harness.mjs';

const fallback = { fallback: 'weekends-only' };
const DAY = 86_400_000;
const rand = seeded(20261130);
const starts = Array.from({ length: 256 }, () =>
  new Date(Date.UTC(1990, 0, 1) + Math.floor(rand() * 40 * 365) * DAY).toISOString().slice(0, 10),
);

/** The replaced algorithm: one day at a time. */
function walk(start, n) {
  let t = Date.parse(`${start}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    t += DAY;
    if (isWorkingDay(new Date(t).toISOString().slice(0, 10), fallback)) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}

for (const n of [250, 5000]) {
  const results = measure(
    [
      { name: `day-by-day walk, n = ${n}`, fn: (i) => walk(starts[i % 256], n) },
      { name: `addWorkingDays, n = ${n}`, fn: (i) => addWorkingDays(starts[i % 256], n, fallback).lastDay },
    ],
    { rounds: 3, ms: 200, warmupMs: 100 },
  );
  report(
    `addWorkingDays over ${n} working days from 1990-2029 (weekends-only outside 2008-2026)`,
    results,
    `day-by-day walk, n = ${n}`,
  );
}

const t0 = process.hrtime.bigint();
let errors = 0;
for (let i = 0; i < 1000; i++) {
  try {
    addWorkingDays(starts[i % 256], 1e9);
  } catch {
    errors++;
  }
}
const t1 = process.hrtime.bigint();
countWorkingDays('1901-01-01', '9999-12-31', fallback);
const t2 = process.hrtime.bigint();
console.log(
  `\naddWorkingDays(d, 1e9) without the fallback: ${errors} coverage errors in ${(Number(t1 - t0) / 1e6).toFixed(1)} ms for 1,000 calls; countWorkingDays over 1901-9999 with the fallback: ${(Number(t2 - t1) / 1e6).toFixed(2)} ms`,
);
