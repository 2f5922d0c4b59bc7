/**
 * The machine store under concurrent worker processes, at full size (issue 13): 8 processes,
 * each on a connection of its own, send 10^4 events each at 10^3 complaints chosen at
 * random and tick the due-queue meanwhile; then the end state is checked (revisions equal
 * the events accepted, gapless logs, restorable snapshots, nothing past due) and events per
 * second and the latency per event (p50, p99) are printed and written to
 * `.artifacts/store-concurrency.json`. Needs a server: `npm run bench:store` starts one.
 *
 * Usage: node scripts/run-ts.mjs scripts/storeConcurrency.ts [--workers 8] [--events 10000] [--complaints 1000]
 */

import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { createComplaintStoredMachine } from '../src/postgres/createComplaintStoredMachine.js';
import { createMachineStore } from '../src/postgres/createMachineStore.js';
import {
  checkEndState,
  percentile,
  runWorker,
  seedComplaints,
  simNow,
  type WorkerReport,
  type WorkloadOptions,
} from './storeWorkload.js';

const url = process.env.REALTY_CRM_PG_URL;
const machines = { complaint: createComplaintStoredMachine() };

async function connect(): Promise<pg.Client> {
  if (url === undefined || url === '') {
    process.stderr.write(
      'storeConcurrency: REALTY_CRM_PG_URL is not set (npm run bench:store starts a server)\n',
    );
    process.exit(2);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

const arg = (name: string, fallback: number) => {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? Number(process.argv[k + 1]) : fallback;
};

export async function main(args: string[]): Promise<void> {
  if (args[0] === 'worker') {
    const { schema, ...options } = JSON.parse(args[1] as string) as WorkloadOptions & { schema: string };
    const client = await connect();
    const store = createMachineStore({ query: (t, p) => client.query(t, p as unknown[]), machines, schema });
    const report = await runWorker(store, options);
    await client.end();
    await new Promise<void>((done) => process.send?.(report, () => done()));
    return;
  }
  const workers = arg('workers', 8);
  const events = arg('events', 10_000);
  const complaints = arg('complaints', 1000);
  const client = await connect();
  const query = (t: string, p?: readonly unknown[]) => client.query(t, p as unknown[]);
  const schema = `concurrency_${process.pid}`;
  const store = createMachineStore({ query, machines, schema });
  await store.migrate();
  await seedComplaints(store, complaints);
  // About an hour of simulated time per second, so that deadlines fall due while the workers work.
  const speed = arg('speed', 4000);
  const startedAt = Date.now();
  const options: WorkloadOptions = { complaints, events, tickEvery: 20, speed, startedAt, seed: 0 };
  const script = resolve(process.argv[1] as string);
  const runTs = join(import.meta.dirname ?? '.', '..', '..', 'scripts', 'run-ts.mjs');
  const reports = await Promise.all(
    Array.from(
      { length: workers },
      (_, w) =>
        new Promise<WorkerReport>((done, fail) => {
          const child = fork(resolve(runTs), [
            script,
            'worker',
            JSON.stringify({ ...options, seed: w + 1, schema }),
          ]);
          child.once('message', (m) => done(m as WorkerReport));
          child.once('exit', (code) =>
            code === 0 ? undefined : fail(new Error(`worker ${w} exited ${code}`)),
          );
        }),
    ),
  );
  const wallMs = Date.now() - startedAt;
  const end = simNow(options);
  const last = await store.tick(end);
  const all = [
    ...reports,
    { accepted: Object.fromEntries(last.ticked.map((id) => [id, 1])), refused: {}, latencies: [], ticks: 1 },
  ];
  const problems = [
    ...last.skipped.map((s) => `final tick skipped ${s.id}: ${s.code}`),
    ...(await checkEndState(query, schema, all, end)),
  ];
  const latencies = reports.flatMap((r) => r.latencies);
  const accepted = reports.reduce((n, r) => n + Object.values(r.accepted).reduce((a, b) => a + b, 0), 0);
  const refused: Record<string, number> = {};
  for (const r of reports)
    for (const [code, n] of Object.entries(r.refused)) refused[code] = (refused[code] ?? 0) + n;
  const { rows } = await query(`SELECT count(*)::int AS n FROM ${schema}.realty_crm_machine_events`);
  const result = {
    workers,
    eventsPerWorker: events,
    complaints,
    wallSeconds: wallMs / 1000,
    sends: latencies.length,
    sendsPerSecond: Math.round(latencies.length / (wallMs / 1000)),
    accepted,
    refused,
    ticks: reports.reduce((n, r) => n + r.ticks, 0),
    logRows: rows[0]?.n,
    latencyMs: {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: percentile(latencies, 100),
    },
    simulatedDays: Math.round((Date.parse(end) - Date.parse('2026-11-02T02:00:00Z')) / 86_400_000),
    problems: problems.slice(0, 20),
    problemCount: problems.length,
  };
  await query(`DROP SCHEMA ${schema} CASCADE`);
  await client.end();
  const out = join(import.meta.dirname ?? '.', '..', '..', '.artifacts');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'store-concurrency.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (problems.length > 0) process.exit(1);
}
