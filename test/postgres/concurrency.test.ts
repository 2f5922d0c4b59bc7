/**
 * Workers sending to the same complaints at once while ticking the due-queue (issue 13), at
 * a CI size: on the real server (REALTY_CRM_PG_URL), 8 workers on 8 connections of their
 * own, 250 events each at 50 complaints; on PGlite (one connection), 4 workers sharing it
 * through its transactions, 60 events each at 20 complaints. The full size (8 processes,
 * 10^4 events each, 10^3 complaints) is `scripts/storeConcurrency.ts`.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEndState, runWorker, seedComplaints, simNow } from '../../scripts/storeWorkload.js';
import { createComplaintStoredMachine } from '../../src/postgres/createComplaintStoredMachine.js';
import { createMachineStore } from '../../src/postgres/createMachineStore.js';
import { freshSchema, ON_SERVER, openTestDb, type TestDb } from './_db.js';

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
}, 120_000);
afterAll(async () => {
  await db?.close();
});

const SIZE = ON_SERVER
  ? { workers: 8, events: 250, complaints: 50, speed: 100_000 }
  : { workers: 4, events: 60, complaints: 20, speed: 150_000 };

describe('concurrent workers', () => {
  it(`CMP-FLOW: ${SIZE.workers} workers x ${SIZE.events} events at ${SIZE.complaints} complaints: revisions, gapless logs, restorable snapshots, nothing past due`, async () => {
    const schema = freshSchema();
    const machines = { complaint: createComplaintStoredMachine() };
    const seeder = createMachineStore({ query: db.query, machines, schema });
    await seeder.migrate();
    await seedComplaints(seeder, SIZE.complaints);
    const connections = ON_SERVER
      ? await Promise.all(Array.from({ length: SIZE.workers }, () => db.connect()))
      : [];
    const stores = Array.from({ length: SIZE.workers }, (_, w) =>
      ON_SERVER
        ? createMachineStore({
            query: (connections[w] as { query: typeof db.query }).query,
            machines,
            schema,
          })
        : createMachineStore({ query: db.query, transaction: db.transaction, machines, schema }),
    );
    const startedAt = Date.now();
    const options = {
      complaints: SIZE.complaints,
      events: SIZE.events,
      tickEvery: 10,
      speed: SIZE.speed,
      startedAt,
    };
    const reports = await Promise.all(
      stores.map((store, w) => runWorker(store, { ...options, seed: w + 1 })),
    );
    const end = simNow(options);
    const last = await seeder.tick(end);
    expect(last.skipped).toEqual([]);
    const all = [
      ...reports,
      {
        accepted: Object.fromEntries(last.ticked.map((id) => [id, 1])),
        refused: {},
        latencies: [],
        ticks: 1,
      },
    ];
    expect(await checkEndState(db.query, schema, all, end)).toEqual([]);
    const sends = reports.reduce((n, r) => n + Object.values(r.accepted).reduce((a, b) => a + b, 0), 0);
    expect(sends).toBeGreaterThan(SIZE.workers * SIZE.events * 0.5);
    for (const c of connections) await c.close();
  }, 300_000);
});
