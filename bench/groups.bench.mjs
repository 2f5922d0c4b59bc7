// detectGroupComplaints over 10^4, 10^5 and 10^6 complaint records, so the growth per record
// is visible, against a named floor: parsing every receivedAt and nothing else (what any
// correct implementation over ISO strings pays). Peak memory after the 10^6 run.

import { seeded } from './harness.mjs';

const complaints = await import('../dist/complaints/index.js');
let { detectGroupComplaints } = complaints;
if (detectGroupComplaints === undefined) {
  // Not exported from the built package yet: bundle it from source, in memory.
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [new URL('../src/complaints/detectGroupComplaints.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  ({ detectGroupComplaints } = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  ));
  console.log('\n(detectGroupComplaints is not in dist/complaints yet: bundled from src with esbuild)');
}

const DAY = 86_400_000;
const FROM = Date.parse('2025-01-01T00:00:00+08:00');
const TO = Date.parse('2026-12-31T18:00:00+08:00');
const NOW = '2026-12-31T18:00:00+08:00';
const iso = (ms) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;

// 20 projects of 1,000-5,000 households, 100 issue keys shared by every project (2,000
// project-issue pairs), a few issues much more common than the rest; households complain
// again; 85% resolved within 0-60 days; 5% suggestions or enquiries; a few % major facts.
const rand = seeded(20261231);
const PROJECTS = Array.from({ length: 20 }, (_, p) => {
  const id = `P-${String(p + 1).padStart(2, '0')}`;
  const size = 1000 + Math.floor(rand() * 4000);
  const households = Array.from({ length: size }, (_, h) => `${id}-H-${String(h + 1).padStart(4, '0')}`);
  const people = households.map((h) => [`${h}-U1`, `${h}-U2`]);
  return { id, households, people };
});
const ISSUES = Array.from({ length: 100 }, (_, k) => `issue-${String(k + 1).padStart(3, '0')}`);
const SIGNALS = ['brand-damaging-media', 'public-outrage', 'disaster', 'major-accident'];
const N = 1_000_000;
const records = new Array(N);
for (let i = 0; i < N; i++) {
  const project = PROJECTS[Math.floor(rand() ** 1.5 * PROJECTS.length)];
  const h = Math.floor(rand() * project.households.length);
  const received = FROM + Math.floor(rand() * (TO - FROM));
  const r = {
    id: `C-${i + 1}`,
    projectId: project.id,
    householdId: project.households[h],
    complainantId: project.people[h][rand() < 0.8 ? 0 : 1],
    issue: ISSUES[Math.floor(rand() ** 3 * ISSUES.length)],
    receivedAt: iso(received),
  };
  if (rand() < 0.85) r.resolvedAt = iso(received + Math.floor(rand() * 60 * DAY));
  const k = rand();
  if (k < 0.03) r.kind = 'suggestion';
  else if (k < 0.05) r.kind = 'enquiry';
  if (rand() < 0.03) r.compensationClaimed = Math.floor(rand() * 60_000);
  if (rand() < 0.005) r.lawsuitFiled = true;
  if (rand() < 0.005) r.mediaExposed = true;
  if (rand() < 0.005) r.demandsReturnOrLargeCompensation = true;
  if (rand() < 0.0005) r.crisisSignals = [SIGNALS[Math.floor(rand() * SIGNALS.length)]];
  records[i] = r;
}
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
function parseOnly(batch) {
  let sum = 0;
  for (const r of batch) {
    if (ISO_INSTANT.test(r.receivedAt)) sum += Date.parse(r.receivedAt);
  }
  return sum;
}
const rssAfterInput = process.memoryUsage().rss;

/** Median ms of whole runs: at least `minRuns`, and until `budgetMs` is spent. */
function time(fn, { minRuns, budgetMs }) {
  fn(); // warm-up
  const runs = [];
  const start = performance.now();
  while (runs.length < minRuns || performance.now() - start < budgetMs) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(runs.length / 2)], runs: runs.length };
}

const rows = [];
let findings = 0;
for (const size of [10_000, 100_000, 1_000_000]) {
  const batch = size === N ? records : records.slice(0, size);
  const budgetMs = size === N ? 0 : 2000;
  const minRuns = size === N ? 3 : 5;
  const ours = time(
    () => {
      findings = detectGroupComplaints(batch, { now: NOW }).length;
    },
    { minRuns, budgetMs },
  );
  const floor = time(() => parseOnly(batch), { minRuns, budgetMs });
  rows.push({ size, ours, floor, findings });
}
const rssAfter = process.memoryUsage().rss;
const maxRss = process.resourceUsage().maxRSS * 1024;

const mb = (b) => `${(b / 1_048_576).toFixed(0)} MB`;
const fmt = (n) => n.toLocaleString('en-US');
console.log('\n## detectGroupComplaints(records, { now }), ~20 projects x 100 issues, ISO +08:00 strings\n');
console.log(
  '| records | findings | ms/run (runs) | ns/record | floor: parse receivedAt only, ns/record | vs floor |',
);
console.log('|---:|---:|---:|---:|---:|---:|');
for (const { size, ours, floor, findings: f } of rows) {
  const ns = (ours.ms * 1e6) / size;
  const floorNs = (floor.ms * 1e6) / size;
  console.log(
    `| ${fmt(size)} | ${fmt(f)} | ${ours.ms.toFixed(1)} (${ours.runs}) | ${ns.toFixed(0)} | ${floorNs.toFixed(0)} | ${(ns / floorNs).toFixed(2)}x |`,
  );
}
const big = rows[rows.length - 1];
console.log(
  `\nmemory: rss ${mb(rssAfterInput)} with the 10^6 input built, ${mb(rssAfter)} after the 10^6 runs; ` +
    `peak rss (maxRSS) ${mb(maxRss)}.`,
);
console.log(
  `target: 10^6 complaints in a few seconds: ${(big.ours.ms / 1000).toFixed(2)} s (${big.ours.ms < 5000 ? 'met' : 'MISSED'}); ` +
    `ns/record from 10^4 to 10^6: ${rows.map((r) => ((r.ours.ms * 1e6) / r.size).toFixed(0)).join(' -> ')}`,
);
