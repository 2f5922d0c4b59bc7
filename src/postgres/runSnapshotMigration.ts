/**
 * `migrateSnapshots`: the rows of one machine written by another machine version or policy,
 * in batches by id, each handed to the app's upgrade and restored whole before it is
 * written.
 *
 * @internal
 * @module
 */

import { RealtyCrmError } from '../core/errors.js';
import { nextDueOf, persist, stateOf } from './applyEvent.js';
import { readInstance } from './readRows.js';
import type { StoreSql } from './storeSql.js';
import type {
  MigrationResult,
  SkippedInstance,
  SnapshotUpgrade,
  StoredMachine,
  StoreQuery,
  StoreTransaction,
} from './types.js';

export async function runSnapshotMigration(
  inTransaction: StoreTransaction,
  sql: StoreSql,
  machines: Readonly<Record<string, StoredMachine>>,
  name: string,
  upgrade: SnapshotUpgrade,
  limit: number,
): Promise<MigrationResult> {
  const entry = machines[name] as StoredMachine;
  const policyId = String(entry.machine.root.meta?.policyId);
  const result = { migrated: [] as string[], left: [] as string[], failed: [] as SkippedInstance[] };
  let after = '';
  for (;;) {
    const batch = await inTransaction(async (q: StoreQuery) => {
      const { rows } = await q(sql.claimOutdated, [name, entry.version, policyId, after, limit]);
      for (const raw of rows) {
        const row = readInstance(raw);
        const upgraded = upgrade(row.snapshot, {
          id: row.id,
          machineVersion: row.machineVersion,
          policyId: row.policyId,
        });
        if (upgraded === null || upgraded === undefined) {
          result.left.push(row.id);
          continue;
        }
        let snapshot: ReturnType<typeof persist>;
        try {
          snapshot = persist(entry.restore(entry.machine, upgraded));
        } catch (error) {
          if (!(error instanceof RealtyCrmError)) throw error;
          result.failed.push({ id: row.id, code: error.code, message: error.message });
          continue;
        }
        const state = stateOf(snapshot.value);
        const written = await q(sql.updateInstance, [
          row.id,
          row.revision,
          entry.version,
          policyId,
          state,
          JSON.stringify(snapshot),
          nextDueOf(snapshot.context),
        ]);
        const revision = readInstance(written.rows[0] as Record<string, unknown>).revision;
        const event = { type: 'store.migrated', fromVersion: row.machineVersion, toVersion: entry.version };
        await q(sql.insertEvent, [row.id, revision, JSON.stringify(event), state, '[]', null]);
        result.migrated.push(row.id);
      }
      return rows.map((r) => String(r.id));
    });
    if (batch.length === 0) break;
    after = batch[batch.length - 1] as string;
  }
  return result;
}
