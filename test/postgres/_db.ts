/**
 * The database the store tests run on: PGlite in-process by default (no server), or a real
 * PostgreSQL server through `pg` when `REALTY_CRM_PG_URL` is set (`.ci/run` starts one and
 * sets it). The same tests run on both.
 */

import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createComplaintStoredMachine } from '../../src/postgres/createComplaintStoredMachine.js';
import { createMachineStore } from '../../src/postgres/createMachineStore.js';
import type {
  MachineStore,
  MachineStoreOptions,
  StoreQuery,
  StoreTransaction,
} from '../../src/postgres/types.js';

export const SERVER_URL = process.env.REALTY_CRM_PG_URL;
export const ON_SERVER = SERVER_URL !== undefined && SERVER_URL !== '';

export interface TestDb {
  /** A dedicated connection's query. */
  readonly query: StoreQuery;
  /** A transaction on one connection (a pool's, on a server). */
  readonly transaction: StoreTransaction;
  /** Another dedicated connection (a server only): for holding locks while the store works. */
  readonly connect: () => Promise<{ query: StoreQuery; close: () => Promise<void> }>;
  readonly close: () => Promise<void>;
  readonly kind: 'pglite' | 'server';
}

export async function openTestDb(): Promise<TestDb> {
  if (ON_SERVER) {
    const client = new pg.Client({ connectionString: SERVER_URL });
    await client.connect();
    const pool = new pg.Pool({ connectionString: SERVER_URL, max: 8 });
    const others: pg.Client[] = [];
    return {
      kind: 'server',
      query: (text, params) => client.query(text, params as unknown[]),
      transaction: async (fn) => {
        const c = await pool.connect();
        try {
          await c.query('BEGIN');
          const result = await fn((text, params) => c.query(text, params as unknown[]));
          await c.query('COMMIT');
          return result;
        } catch (error) {
          await c.query('ROLLBACK');
          throw error;
        } finally {
          c.release();
        }
      },
      connect: async () => {
        const c = new pg.Client({ connectionString: SERVER_URL });
        await c.connect();
        others.push(c);
        return { query: (text, params) => c.query(text, params as unknown[]), close: () => c.end() };
      },
      close: async () => {
        await client.end();
        await pool.end();
      },
    };
  }
  const db = new PGlite();
  await db.waitReady;
  return {
    kind: 'pglite',
    query: (text, params) => db.query(text, params as unknown[]),
    transaction: (fn) => db.transaction((tx) => fn((text, params) => tx.query(text, params as unknown[]))),
    connect: () => Promise.reject(new Error('PGlite has one connection')),
    close: () => db.close(),
  };
}

let schemas = 0;
/** A fresh schema per test, so that tests on one database never see each other's rows. */
export function freshSchema(): string {
  schemas++;
  return `t${process.pid}_${schemas}`;
}

/** A migrated store of the complaint machine in a fresh schema. */
export async function openStore(
  db: TestDb,
  options: Partial<MachineStoreOptions> & { pooled?: boolean } = {},
): Promise<MachineStore & { schema: string }> {
  const schema = options.schema ?? freshSchema();
  const store = createMachineStore({
    query: db.query,
    ...(options.pooled === true ? { transaction: db.transaction } : {}),
    machines: options.machines ?? { complaint: createComplaintStoredMachine() },
    schema,
  });
  await store.migrate();
  return Object.assign(store, { schema });
}
