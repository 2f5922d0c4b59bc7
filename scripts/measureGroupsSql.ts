/**
 * Group detection on 10^6 complaints: the SQL of `createGroupComplaintsQuery` on a real
 * server against `detectGroupComplaints` in this process, on the same generated records
 * (issue 13). Needs a server: `scripts/with-postgres.sh node scripts/run-ts.mjs scripts/measureGroupsSql.ts`.
 * Usage: ... [--n 1000000]
 */

import pg from 'pg';
import { detectGroupComplaints } from '../src/complaints/detectGroupComplaints.js';
import { createGroupComplaintsQuery } from '../src/postgres/createGroupComplaintsQuery.js';
import {
  COMPLAINTS_DDL,
  GROUPS_NOW,
  generateComplaints,
  loadComplaints,
} from '../test/postgres/_complaints.js';

export async function main(): Promise<void> {
  const k = process.argv.indexOf('--n');
  const n = k > 0 ? Number(process.argv[k + 1]) : 1_000_000;
  const client = new pg.Client({ connectionString: process.env.REALTY_CRM_PG_URL });
  await client.connect();
  const query = (t: string, p?: readonly unknown[]) => client.query(t, p as unknown[]);
  const records = generateComplaints(n);
  const table = `groups_${process.pid}`;
  await query(COMPLAINTS_DDL(table));
  let t = performance.now();
  await loadComplaints(query, table, records);
  await query(`ANALYZE ${table}`);
  const loadMs = performance.now() - t;
  const q = createGroupComplaintsQuery({ now: GROUPS_NOW, table });
  const sqlRuns: number[] = [];
  let sql: ReturnType<typeof q.read> = [];
  for (let r = 0; r < 3; r++) {
    t = performance.now();
    sql = q.read((await query(q.text, q.values)).rows);
    sqlRuns.push(performance.now() - t);
  }
  const jsRuns: number[] = [];
  let js: ReturnType<typeof detectGroupComplaints> = [];
  for (let r = 0; r < 3; r++) {
    t = performance.now();
    js = detectGroupComplaints(records, { now: GROUPS_NOW });
    jsRuns.push(performance.now() - t);
  }
  const same = JSON.stringify(sql) === JSON.stringify(js);
  await query(`DROP TABLE ${table}`);
  await client.end();
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[1] as number;
  const result = {
    complaints: n,
    findings: js.length,
    loadSeconds: Math.round(loadMs) / 1000,
    sqlMs: Math.round(median(sqlRuns)),
    jsMs: Math.round(median(jsRuns)),
    same,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  if (!same) process.exit(1);
}
