/**
 * The concurrency workload of the machine store (issue 13), shared by the CI test
 * (`test/postgres/concurrency.test.ts`, a small size) and the full-size script
 * (`scripts/storeConcurrency.ts`: 8 processes, 10^4 events each, 10^3 complaints).
 *
 * Simulated time runs `speed` times faster than the wall clock from a common start, so the
 * complaints' deadlines fall due during the run and the due-queue has work. A worker sends
 * events to complaints chosen at random (70 % `delay.attributed`, which every open state
 * takes; 30 % a flow step, which only its own state takes, so many are refused), ticks the
 * due-queue every `tickEvery` events, and counts what each complaint accepted.
 */

import { complaintMachine } from '../src/complaints/complaintMachine.js';
import { restoreComplaintSnapshot } from '../src/complaints/restoreComplaintSnapshot.js';
import type { MachineStore, StoreQuery } from '../src/postgres/types.js';

/** A Monday in November 2026, clear of holidays. */
export const SIM_START_MS = Date.parse('2026-11-02T10:00:00+08:00');
/**
 * Simulated time stops here: the deadlines of a complaint handled later fall in 2027, which
 * the built-in calendar does not cover yet (the store refuses those events: CALENDAR_NOT_COVERED).
 */
export const SIM_END_MS = Date.parse('2026-12-15T10:00:00+08:00');

export interface WorkloadOptions {
  readonly complaints: number;
  readonly events: number;
  readonly tickEvery: number;
  /** Simulated ms per wall-clock ms. */
  readonly speed: number;
  /** The wall-clock ms the run started (shared by all workers). */
  readonly startedAt: number;
  /** A seed for the worker's choices. */
  readonly seed: number;
}

export interface WorkerReport {
  /** Accepted events per complaint id (sends and ticks). */
  readonly accepted: Record<string, number>;
  readonly refused: Record<string, number>;
  /** Wall-clock ms of each send, accepted or refused. */
  readonly latencies: number[];
  readonly ticks: number;
}

export const complaintId = (k: number) => `C-${String(k).padStart(5, '0')}`;

/** The simulated instant now, as ISO. */
export function simNow(o: Pick<WorkloadOptions, 'speed' | 'startedAt'>): string {
  return new Date(Math.min(SIM_END_MS, SIM_START_MS + (Date.now() - o.startedAt) * o.speed)).toISOString();
}

/** Starts the complaints (received at the simulated start, spread over the first hours). */
export async function seedComplaints(store: MachineStore, complaints: number): Promise<void> {
  for (let k = 0; k < complaints; k++) {
    const id = complaintId(k);
    await store.start('complaint', id, {
      id,
      receivedAt: new Date(SIM_START_MS - (k % 60) * 60_000).toISOString(),
      category: 'engineering-quality',
    });
  }
}

const FLOW = [
  { type: 'form.completed' },
  { type: 'department.assigned', department: 'engineering' },
  { type: 'plan.issued' },
  { type: 'plan.communicated' },
  { type: 'handling.completed' },
  { type: 'callback.completed', outcome: 'not-satisfied' },
] as const;

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One worker's run. */
export async function runWorker(store: MachineStore, o: WorkloadOptions): Promise<WorkerReport> {
  const next = random(o.seed);
  const accepted: Record<string, number> = {};
  const refused: Record<string, number> = {};
  const latencies: number[] = [];
  let ticks = 0;
  for (let n = 0; n < o.events; n++) {
    if (n % o.tickEvery === 0) {
      const r = await store.tick(simNow(o), { limit: 10 });
      ticks++;
      for (const id of r.ticked) accepted[id] = (accepted[id] ?? 0) + 1;
      const stuck = r.skipped.filter((s) => s.code !== 'INVALID_EVENT');
      if (stuck.length > 0) throw new Error(`tick skipped ${JSON.stringify(stuck[0])}`);
    }
    const id = complaintId(Math.floor(next() * o.complaints));
    const at = simNow(o);
    const step =
      next() < 0.7
        ? { type: 'delay.attributed', side: next() < 0.5 ? 'company' : 'customer' }
        : FLOW[Math.floor(next() * FLOW.length)];
    const t0 = performance.now();
    try {
      await store.send(id, { ...step, at });
      accepted[id] = (accepted[id] ?? 0) + 1;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== 'EVENT_NOT_ACCEPTED' && code !== 'INVALID_EVENT' && code !== 'CALENDAR_NOT_COVERED')
        throw e;
      refused[code] = (refused[code] ?? 0) + 1;
    }
    latencies.push(performance.now() - t0);
  }
  return { accepted, refused, latencies, ticks };
}

/** What the end state must be; returns the problems found (none when the store held). */
export async function checkEndState(
  query: StoreQuery,
  schema: string,
  reports: readonly WorkerReport[],
  now: string,
): Promise<string[]> {
  const problems: string[] = [];
  const accepted = new Map<string, number>();
  for (const r of reports)
    for (const [id, n] of Object.entries(r.accepted)) accepted.set(id, (accepted.get(id) ?? 0) + n);
  const { rows } = await query(
    `SELECT i.id, i.revision, i.snapshot, i.next_due_at <= $1::timestamptz AS past_due,
       count(e.revision)::int AS entries, min(e.revision) AS first, max(e.revision) AS last
     FROM ${schema}.realty_crm_machine_instances i JOIN ${schema}.realty_crm_machine_events e ON e.instance_id = i.id
     GROUP BY i.id ORDER BY i.id`,
    [now],
  );
  for (const row of rows) {
    const id = String(row.id);
    const revision = Number(row.revision);
    if (revision !== (accepted.get(id) ?? 0))
      problems.push(`${id}: revision ${revision}, accepted ${accepted.get(id) ?? 0}`);
    if (Number(row.entries) !== revision + 1 || Number(row.first) !== 0 || Number(row.last) !== revision) {
      problems.push(`${id}: log ${row.entries} entries ${row.first}..${row.last} for revision ${revision}`);
    }
    if (row.past_due === true) problems.push(`${id}: past due at ${now}`);
    try {
      const snapshot = typeof row.snapshot === 'string' ? JSON.parse(row.snapshot) : row.snapshot;
      restoreComplaintSnapshot(complaintMachine, snapshot);
    } catch (e) {
      problems.push(`${id}: snapshot does not restore: ${(e as Error).message}`);
    }
  }
  return problems;
}

/** The p-th percentile of `values` (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
