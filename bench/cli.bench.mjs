// `realty-crm triage` against its I/O floors (issue 8), side by side in this one process,
// interleaved over rounds so a busy machine slows every candidate alike; then peak RSS of
// the CLI in child processes (issue 15: under 200 MB at 10^6 records whatever share is
// invalid, no heap cap).
//
// Inputs: JSON Lines complaints from a fixed pool (50 projects x 40 issues, 20,000
// households, 30,000 complainants), at 10^5 and 10^6 records; and 10^6 of which half are
// invalid (a bad category, a missing id, a time that does not exist, a line that is not
// JSON, in turn).
//
// Candidates, each a full run over the file:
// - floor (read, parse, write): stream the file, decode it, JSON.parse each line and write it
//   back out with JSON.stringify: the least a program that reads records and writes records does;
// - triage --format csv: the whole CLI, in process (runCli over the same streams);
// - floor (same output bytes): read the same input and write the text triage --format json
//   writes (read back as text from a file written once: the text a JavaScript program must
//   hold and encode to write it);
// - triage --format json.
// Targets: csv at most 3x its floor, json at most 2x its floor.
//
// Usage: node bench/run.mjs cli   (BENCH_SIZES=100000 to skip 10^6; BENCH_PARTS=cpu or rss for
// one part only; BENCH_RSS_REPEAT=2 runs each RSS measurement twice, to see its spread;
// BENCH_ROUNDS=1 for fewer rounds of the CPU part on a busy machine)
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, createWriteStream, mkdirSync, openSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { seeded } from './harness.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, '.artifacts', 'bench');
mkdirSync(dir, { recursive: true });
const NOW = '2026-11-20T10:00:00+08:00';
const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const parts = (process.env.BENCH_PARTS ?? 'cpu,rss').split(',');
const rssRepeat = Number(process.env.BENCH_RSS_REPEAT ?? 1);
const roundsOverride = process.env.BENCH_ROUNDS === undefined ? undefined : Number(process.env.BENCH_ROUNDS);

// The CLI's runCli, bundled as tsup bundles it (esbuild, packages external).
const bundle = join(dir, 'runCli.mjs');
await build({
  entryPoints: [join(root, 'src/cli/runCli.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  outfile: bundle,
  packages: 'external',
  logLevel: 'error',
});
// runCli only: the heap settings of the bin entry (src/cli/heap.ts) are not applied here; the RSS runs below use the bin.
const { runCli } = await import(pathToFileURL(bundle).href);

const CATEGORIES = [
  'engineering-quality',
  'planning-design',
  'sales-management',
  'property-management',
  'customer-service',
  'other',
];
const CHANNELS = ['hotline-400', 'project-service-line', 'project-mailbox', 'visit', 'letter', 'wechat'];

async function writeFile(n, invalidShare) {
  const file = join(dir, `complaints-${n}${invalidShare > 0 ? '-half-invalid' : ''}.jsonl`);
  try {
    if (statSync(file).size > 0) return file;
  } catch {}
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
    // A complaint is resolved after it is received (the schema refuses otherwise): a draw
    // before the receipt is moved to within 60 days after it.
    if (record.resolvedAt !== undefined) {
      const received = Date.parse(record.receivedAt);
      const resolved = Date.parse(record.resolvedAt);
      if (resolved < received)
        record.resolvedAt = new Date(received + ((received - resolved) % (60 * 86_400_000))).toISOString();
    }
    let line = JSON.stringify(record);
    if (invalidShare > 0 && i % 2 === 1) {
      switch ((i >> 1) % 4) {
        case 0:
          line = JSON.stringify({ ...record, category: 'roof' });
          break;
        case 1:
          line = JSON.stringify({ ...record, id: undefined });
          break;
        case 2:
          line = JSON.stringify({ ...record, receivedAt: '2026-02-30T10:00:00+08:00' });
          break;
        default:
          line = `${line.slice(0, 40)}`;
      }
    }
    if (!out.write(`${line}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return file;
}

const nullSink = () => createWriteStream('/dev/null');
const quiet = { write: () => true, isTTY: false };

async function triage(file, format) {
  const sink = nullSink();
  const code = await runCli(['triage', file, '--now', NOW, '--format', format], {
    stdout: sink,
    stderr: quiet,
  });
  await new Promise((r) => sink.end(r));
  if (code !== 0 && code !== 1) throw new Error(`triage exited ${code}`);
}

async function floorReadParseWrite(file) {
  const sink = nullSink();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let out = '';
    let start = 0;
    let nl = text.indexOf('\n');
    while (nl !== -1) {
      out += `${JSON.stringify(JSON.parse(text.slice(start, nl)))}\n`;
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    rest = text.slice(start);
    if (!sink.write(out)) await new Promise((r) => sink.once('drain', r));
  }
  await new Promise((r) => sink.end(r));
}

async function floorSameBytes(file, outputFile) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }))
    decoder.decode(chunk, { stream: true });
  const sink = nullSink();
  for await (const chunk of createReadStream(outputFile, { highWaterMark: 256 * 1024, encoding: 'utf8' })) {
    if (!sink.write(chunk)) await new Promise((r) => sink.once('drain', r));
  }
  await new Promise((r) => sink.end(r));
}

/** Wall and CPU seconds of one run (CPU: this process's user and system time, GC and I/O threads included). */
async function seconds(fn) {
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(c);
  return { wall: Number(process.hrtime.bigint() - t) / 1e9, cpu: (used.user + used.system) / 1e6 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (parts.includes('cpu')) {
  console.log('\n## realty-crm triage against its I/O floors (one process, interleaved rounds, medians)\n');
  console.log(
    'The ratio is of CPU time (user + system of this process), which a machine shared with other work inflates far less than wall time; wall time is shown too.\n',
  );
  console.log(
    '| records | file MB | candidate | CPU s | wall s | CPU µs/record | vs floor (CPU) | vs floor (wall) | target |',
  );
  console.log('|---:|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    const file = await writeFile(n, 0);
    const mb = (statSync(file).size / 1e6).toFixed(1);
    const jsonOut = join(dir, `triage-${n}.json`);
    {
      const fd = openSync(jsonOut, 'w');
      const sink = createWriteStream('', { fd });
      await runCli(['triage', file, '--now', NOW, '--format', 'json'], { stdout: sink, stderr: quiet });
      await new Promise((r) => sink.end(r));
    }
    const candidates = [
      { name: 'floor (read, parse, write)', fn: () => floorReadParseWrite(file) },
      { name: 'triage --format csv', fn: () => triage(file, 'csv'), floor: 0, target: 3 },
      {
        name: `floor (same ${(statSync(jsonOut).size / 1e6).toFixed(0)} MB of output)`,
        fn: () => floorSameBytes(file, jsonOut),
      },
      { name: 'triage --format json', fn: () => triage(file, 'json'), floor: 2, target: 2 },
    ];
    const rounds = roundsOverride ?? (n >= 1_000_000 ? 3 : 5);
    const times = candidates.map(() => []);
    await candidates[0].fn(); // warm-up
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < candidates.length; i++) times[i].push(await seconds(candidates[i].fn));
    }
    const cpu = times.map((ts) => median(ts.map((t) => t.cpu)));
    const wall = times.map((ts) => median(ts.map((t) => t.wall)));
    candidates.forEach((c, i) => {
      const ratio = (m) => (c.floor === undefined ? '' : `${(m[i] / m[c.floor]).toFixed(2)}x`);
      console.log(
        `| ${n.toLocaleString('en-US')} | ${mb} | ${c.name} | ${cpu[i].toFixed(2)} | ${wall[i].toFixed(2)} | ${((cpu[i] * 1e6) / n).toFixed(1)} | ${ratio(cpu)} | ${ratio(wall)} | ${c.target === undefined ? '' : `≤ ${c.target}x`} |`,
      );
    });
  }
}

if (parts.includes('rss')) {
  console.log('\n## Peak RSS of the CLI (child processes, no heap cap; output to /dev/null)\n');
  console.log('| records | invalid | command | seconds | peak RSS MB | target | load (1 min) |');
  console.log('|---:|---:|---|---:|---:|---:|---:|');
}
const big = Math.max(...sizes);
const runs = [
  { invalid: 0, args: ['triage', '--format', 'csv'] },
  { invalid: 0, args: ['triage', '--format', 'json'] },
  { invalid: 0.5, args: ['triage', '--format', 'csv'] },
  { invalid: 0.5, args: ['triage'] },
  { invalid: 0.5, args: ['validate', '--format', 'json'] },
  { invalid: 0.5, args: ['validate'] },
];
for (const { invalid, args } of parts.includes('rss') ? runs : []) {
  for (let repeat = 0; repeat < rssRepeat; repeat++) {
    const file = await writeFile(big, invalid);
    const load = loadavg()[0];
    const out = openSync('/dev/null', 'w');
    const t = process.hrtime.bigint();
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        join(root, 'bench/report-rss.mjs'),
        join(root, 'dist/cli/main.js'),
        args[0],
        file,
        ...(args[0] === 'triage' ? ['--now', NOW] : []),
        ...args.slice(1),
      ],
      { stdio: ['ignore', out, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 22 },
    );
    closeSync(out);
    const s = Number(process.hrtime.bigint() - t) / 1e9;
    if (r.status !== 0 && r.status !== 1)
      throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
    const rss = Number(/@@maxRSS (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
    console.log(
      `| ${big.toLocaleString('en-US')} | ${invalid * 100}% | ${args.join(' ')} | ${s.toFixed(1)} | ${rss.toFixed(0)} | < 200 | ${load.toFixed(1)} |`,
    );
  }
}
