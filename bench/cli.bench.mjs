// `realty-crm triage` on large JSON Lines files: time and peak RSS at 10^4, 10^5 and 10^6
// complaints. The records come from a fixed pool (50 projects x 40 issues, 20,000
// households, 30,000 complainants), so the group state is bounded and memory should not
// grow with the file: the file is streamed in two passes and the output streamed out.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from './harness.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, '.artifacts', 'bench');
mkdirSync(dir, { recursive: true });
const CATEGORIES = [
  'engineering-quality',
  'planning-design',
  'sales-management',
  'property-management',
  'customer-service',
  'other',
];
const CHANNELS = ['hotline-400', 'project-service-line', 'project-mailbox', 'visit', 'letter'];

async function writeFile(n) {
  const file = join(dir, `complaints-${n}.jsonl`);
  const rand = seeded(n);
  const out = createWriteStream(file);
  const start = Date.parse('2025-01-02T01:00:00Z');
  const span = Date.parse('2026-11-15T01:00:00Z') - start;
  for (let i = 0; i < n; i++) {
    const p = Math.floor(rand() * 50);
    const record = {
      id: `C-${i}`,
      projectId: `P-${p}`,
      householdId: `H-${p}-${Math.floor(rand() * 400)}`,
      complainantId: `U-${Math.floor(rand() * 30000)}`,
      issue: `issue-${Math.floor(rand() * 40)}`,
      category: CATEGORIES[Math.floor(rand() * CATEGORIES.length)],
      receivedAt: new Date(start + Math.floor(rand() * span)).toISOString().replace('Z', '+00:00'),
      channel: CHANNELS[Math.floor(rand() * CHANNELS.length)],
      ...(rand() < 0.05 ? { compensationClaimed: Math.round(rand() * 50000) } : {}),
      ...(rand() < 0.7 ? { resolvedAt: new Date(start + Math.floor(rand() * span)).toISOString() } : {}),
    };
    if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return file;
}

console.log('\n## realty-crm triage on JSON Lines (streamed, two passes)\n');
console.log('| complaints | file MB | format | seconds | µs/complaint | peak RSS MB |');
console.log('|---:|---:|---|---:|---:|---:|');
const runs = [];
for (const n of [10_000, 100_000, 1_000_000])
  runs.push(...['csv', 'json'].map((format) => ({ n, format, heap: [] })));
// The proof that memory does not grow with the file: the 10^6 run again with V8's heap capped at 64 MB.
runs.push({ n: 1_000_000, format: 'csv', heap: ['--max-old-space-size=64', '--max-semi-space-size=4'] });
const files = new Map();
for (const { n, format, heap } of runs) {
  if (!files.has(n)) files.set(n, await writeFile(n));
  const file = files.get(n);
  const mb = (statSync(file).size / 1e6).toFixed(1);
  {
    const t = process.hrtime.bigint();
    const r = spawnSync(
      process.execPath,
      [
        ...heap,
        '--import',
        join(root, 'bench/report-rss.mjs'),
        join(root, 'dist/cli/main.js'),
        'triage',
        file,
        '--now',
        '2026-11-20T10:00:00+08:00',
        '--format',
        format,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const seconds = Number(process.hrtime.bigint() - t) / 1e9;
    if (r.status !== 0) throw new Error(`triage failed (${r.status}): ${r.stderr}`);
    const rss = Number(/@@maxRSS (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
    const label = heap.length > 0 ? `${format}, heap capped at 64 MB` : format;
    console.log(
      `| ${n.toLocaleString('en-US')} | ${mb} | ${label} | ${seconds.toFixed(2)} | ${((seconds * 1e6) / n).toFixed(1)} | ${rss.toFixed(0)} |`,
    );
  }
}
