/**
 * Generated complaint records for the group-detection parity test and measurement: many
 * (project, issue) groups of skewed sizes, bursts and slow trickles, open and resolved,
 * suggestions and enquiries, the money threshold on both sides (20,000 and 20,000.01 yuan),
 * lawsuits, media and crisis signals, some received after `now`. Deterministic for a seed.
 */

import type { GroupComplaintRecord } from '../../src/complaints/detectGroupComplaints.js';
import type { StoreQuery } from '../../src/postgres/types.js';

export const GROUPS_NOW = '2026-10-08T10:00:00+08:00';

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

const YEAR_START = Date.parse('2026-01-01T00:00:00+08:00');
const HOUR = 3_600_000;

export function generateComplaints(n: number, seed = 13): GroupComplaintRecord[] {
  const next = random(seed);
  const groups = Math.max(10, Math.round(n / 100));
  const out: GroupComplaintRecord[] = [];
  for (let k = 0; k < n; k++) {
    const g = Math.floor(next() ** 2 * groups);
    const project = `P-${String(g % 37).padStart(2, '0')}`;
    const issue = `issue-${g}`;
    // A burst (all within days) for one group in five, else spread over the year.
    const burst = g % 5 === 0;
    const base = YEAR_START + (g % 280) * 24 * HOUR;
    const receivedMs = burst
      ? base + Math.floor(next() * 96) * HOUR
      : YEAR_START + Math.floor(next() * 300 * 24) * HOUR;
    const household = `H-${Math.floor(next() * (8 + (g % 45)))}`;
    const r = next();
    const record: GroupComplaintRecord = {
      id: `C-${k}`,
      projectId: project,
      householdId: household,
      complainantId: `U-${Math.floor(next() * (10 + (g % 60)))}`,
      issue,
      receivedAt: new Date(receivedMs).toISOString(),
      ...(next() < 0.5
        ? { resolvedAt: new Date(receivedMs + Math.floor(next() * 90 * 24) * HOUR).toISOString() }
        : {}),
      ...(r < 0.03
        ? { kind: 'suggestion' as const }
        : r < 0.06
          ? { kind: 'enquiry' as const }
          : r < 0.5
            ? { kind: 'complaint' as const }
            : {}),
      ...(next() < 0.02 ? { lawsuitFiled: true } : {}),
      ...(next() < 0.01 ? { mediaExposed: true } : {}),
      ...(next() < 0.01 ? { demandsReturnOrLargeCompensation: true } : {}),
      ...(next() < 0.03 ? { compensationClaimed: next() < 0.5 ? 20_000 : 20_000.01 } : {}),
      ...(next() < 0.005 ? { crisisSignals: ['public-outrage' as const] } : {}),
    };
    out.push(record);
  }
  return out;
}

export const COMPLAINTS_DDL = (table: string) => `CREATE TABLE ${table} (
  id text PRIMARY KEY, project_id text NOT NULL, household_id text NOT NULL, complainant_id text NOT NULL,
  issue text NOT NULL, received_at timestamptz NOT NULL, resolved_at timestamptz, kind text,
  compensation_claimed numeric, lawsuit_filed boolean, media_exposed boolean,
  demands_return_or_large_compensation boolean, crisis_signals jsonb)`;

/** Loads records into `table`, 5,000 a statement. */
export async function loadComplaints(
  query: StoreQuery,
  table: string,
  records: readonly GroupComplaintRecord[],
) {
  for (let k = 0; k < records.length; k += 5000) {
    const batch = records.slice(k, k + 5000).map((c) => ({
      id: c.id,
      project_id: c.projectId,
      household_id: c.householdId,
      complainant_id: c.complainantId,
      issue: c.issue,
      received_at: c.receivedAt,
      resolved_at: c.resolvedAt ?? null,
      kind: c.kind ?? null,
      compensation_claimed: c.compensationClaimed ?? null,
      lawsuit_filed: c.lawsuitFiled ?? null,
      media_exposed: c.mediaExposed ?? null,
      demands_return_or_large_compensation: c.demandsReturnOrLargeCompensation ?? null,
      crisis_signals: c.crisisSignals ?? null,
    }));
    await query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [
      JSON.stringify(batch),
    ]);
  }
}
