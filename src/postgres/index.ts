/**
 * Machines stored in PostgreSQL (`realty-crm-rules/postgres`, issue 13): one row per
 * machine instance with its snapshot, revision and `next_due_at`, an append-only event log
 * with the reasons each event produced, one due-queue for every timer, and group detection
 * in SQL. Over the app's own driver (PGlite, `pg`, ...): no driver is a dependency.
 *
 * @module
 */

export { createComplaintStoredMachine } from './createComplaintStoredMachine.js';
export {
  createGroupComplaintsQuery,
  type GroupComplaintsQuery,
  type GroupComplaintsQueryOptions,
} from './createGroupComplaintsQuery.js';
export { createMachineStore } from './createMachineStore.js';
export type {
  DueResult,
  MachineStore,
  MachineStoreOptions,
  MigrationResult,
  SkippedInstance,
  SnapshotUpgrade,
  StoredEvent,
  StoredInstance,
  StoredMachine,
  StoreQuery,
  StoreTransaction,
} from './types.js';
