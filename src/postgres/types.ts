/**
 * The machine store's types: what it needs from the app's database driver, what it knows
 * of each machine, and what it returns.
 *
 * @module
 */

import type { AnyStateMachine, SnapshotFrom } from 'xstate';
import type { InstantInput } from '../calendar/days.js';
import type { Reason } from '../core/reason.js';

/**
 * One SQL statement with `$1, $2, ...` parameters, run on the app's connection; the rows
 * come back as objects keyed by column name. A `pg` Client or Pool, PGlite and most
 * drivers fit through a one-line adapter (`(text, params) => client.query(text, params)`).
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const query: StoreQuery = (text, params) => pgClient.query(text, params as unknown[]);
 * ```
 */
export type StoreQuery = (
  text: string,
  params?: readonly unknown[],
) => Promise<{ readonly rows: readonly Record<string, unknown>[] }>;

/**
 * Runs `fn` in one transaction on one connection (`BEGIN` ... `COMMIT`, `ROLLBACK` when
 * `fn` throws) and passes it that connection's query. Needed with a pool, where two
 * statements may otherwise land on two connections.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const transaction: StoreTransaction = (fn) => pglite.transaction((tx) => fn((t, p) => tx.query(t, p as unknown[])));
 * ```
 */
export type StoreTransaction = <T>(fn: (query: StoreQuery) => Promise<T>) => Promise<T>;

/**
 * A machine the store can hold: the machine, the version its snapshots carry in
 * `context.machineVersion`, and its restore function (which refuses a snapshot of another
 * version or policy, and checks the snapshot whole). Its context has `nextDueAt` (a
 * canonical UTC instant or `null`), `machineVersion` and `policyId`, as every machine of
 * the kit has.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const complaint: StoredMachine = { machine: complaintMachine, version: COMPLAINT_MACHINE_VERSION, restore: restoreComplaintSnapshot };
 * ```
 */
export interface StoredMachine<M extends AnyStateMachine = AnyStateMachine> {
  /** The machine, with its policy (`machine.root.meta.policyId`). */
  readonly machine: M;
  /** The machine version its snapshots carry (`COMPLAINT_MACHINE_VERSION`). */
  readonly version: number;
  /** Restores a stored snapshot, checked whole (`restoreComplaintSnapshot`). */
  // A method (not a function property), so that a StoredMachine of one machine is a StoredMachine.
  restore(machine: M, json: unknown): SnapshotFrom<M>;
}

/**
 * The options of `createMachineStore`.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const options: MachineStoreOptions = { query, machines: { complaint: complaintStoredMachine() } };
 * ```
 */
export interface MachineStoreOptions {
  /** Runs one statement (on one dedicated connection when `transaction` is absent). */
  readonly query: StoreQuery;
  /** Runs a transaction on one connection: needed with a pool. */
  readonly transaction?: StoreTransaction;
  /** The machines by name: the name is stored with each instance (`complaint`). */
  readonly machines: Readonly<Record<string, StoredMachine>>;
  /** The PostgreSQL schema of the store's tables (default `public`): lower-case letters, digits, `_`. */
  readonly schema?: string;
}

/**
 * One stored instance, as `get` returns it.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const row: StoredInstance = await store.get('C-1'); // { id: 'C-1', machine: 'complaint', revision: 2, state: 'assigned', ... }
 * ```
 */
export interface StoredInstance {
  readonly id: string;
  /** The machine's name in the store's map. */
  readonly machine: string;
  readonly machineVersion: number;
  readonly policyId: string;
  /** The number of events it accepted (0 when started). */
  readonly revision: number;
  /** The state's name (`snapshot.value`). */
  readonly state: string;
  /** The persisted snapshot (`{ status, value, context }`), as plain JSON. */
  readonly snapshot: {
    readonly status: string;
    readonly value: unknown;
    readonly context: Record<string, unknown>;
  };
  /** When something next falls due (canonical UTC), or `null`. */
  readonly nextDueAt: string | null;
  /** The database's own time when the row was made and last written. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * One entry of an instance's event log, as `history` returns it.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const [start, first]: StoredEvent[] = await store.history('C-1'); // revision 0: the start
 * ```
 */
export interface StoredEvent {
  /** 0 for the start (`{ type: 'xstate.init', input }`), then 1, 2, ... without gap. */
  readonly revision: number;
  /** The event as sent. */
  readonly event: Record<string, unknown>;
  /** The state after it. */
  readonly state: string;
  /** The reasons it produced: the reasons in the context after it that were not there before. */
  readonly reasons: readonly Reason[];
  /** The event's own instant (`at`, or `now` of `clock.tick`), canonical UTC; `null` if it has none. */
  readonly occurredAt: string | null;
  /** The database's time when it was written. */
  readonly recordedAt: string;
}

/**
 * An instance the due-queue could not advance: left as it is and reported.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const s: SkippedInstance = { id: 'C-9', code: 'SNAPSHOT_VERSION_MISMATCH', message: '...' };
 * ```
 */
export interface SkippedInstance {
  readonly id: string;
  /** The error's code, or `STILL_DUE` when a tick left it due. */
  readonly code: string;
  readonly message: string;
}

/**
 * What `claimDue` and `tick` did: the instances ticked and the ones left alone.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const r: DueResult = await store.tick('2026-10-10T00:00:00+08:00'); // { ticked: ['C-1'], skipped: [] }
 * ```
 */
export interface DueResult {
  readonly ticked: readonly string[];
  readonly skipped: readonly SkippedInstance[];
}

/**
 * What `migrateSnapshots` did.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const r: MigrationResult = await store.migrateSnapshots('complaint', upgrade); // { migrated: ['C-1'], left: [], failed: [] }
 * ```
 */
export interface MigrationResult {
  /** Rows upgraded and written. */
  readonly migrated: readonly string[];
  /** Rows the upgrade returned `null` for: left as they are. */
  readonly left: readonly string[];
  /** Rows whose upgraded snapshot did not restore: left as they are. */
  readonly failed: readonly SkippedInstance[];
}

/**
 * Upgrades one stored snapshot of an older machine version to the current one, or returns
 * `null` to leave it alone.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const upgrade: SnapshotUpgrade = (snapshot, row) => row.machineVersion === 1 ? toVersion2(snapshot) : null;
 * ```
 */
export type SnapshotUpgrade = (
  snapshot: StoredInstance['snapshot'],
  row: { readonly id: string; readonly machineVersion: number; readonly policyId: string },
) => unknown;

/**
 * A store of machine instances in PostgreSQL, as `createMachineStore` makes it.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const store: MachineStore = createMachineStore({ query, machines: { complaint: createComplaintStoredMachine() } });
 * ```
 */
export interface MachineStore {
  /** Creates or upgrades the store's tables (versioned, idempotent, safe to run from several processes). */
  migrate(): Promise<{ readonly version: number; readonly applied: readonly number[] }>;
  /** Starts instance `id` of machine `name` from `input`: revision 0, logged as `{ type: 'xstate.init', input }`. */
  start(name: string, id: string, input: unknown): Promise<StoredInstance>;
  /** Applies one event in one transaction, or refuses it and writes nothing. */
  send(id: string, event: unknown): Promise<StoredInstance>;
  /** The stored instance, or `null`. */
  get(id: string): Promise<StoredInstance | null>;
  /** Its event log, by revision from 0. */
  history(id: string): Promise<StoredEvent[]>;
  /** Claims up to `limit` due instances (`FOR UPDATE SKIP LOCKED`) and sends each `clock.tick { now }`. */
  claimDue(now: InstantInput, options?: { readonly limit?: number }): Promise<DueResult>;
  /** Claims until nothing it can advance is due; never twice the same row; reports the rows it cannot advance. */
  tick(now: InstantInput, options?: { readonly limit?: number }): Promise<DueResult>;
  /** Up to `limit` (100) instances due at `now` that it can advance, earliest first: read, not claimed. */
  listDue(now: InstantInput, options?: { readonly limit?: number }): Promise<StoredInstance[]>;
  /** The earliest `next_due_at` of the instances it can advance (canonical UTC), or `null`: the app's one timer. */
  nextWakeUp(): Promise<string | null>;
  /** Upgrades rows of machine `name` of another version or policy with `upgrade`; the result is restored whole before it is written. */
  migrateSnapshots(
    name: string,
    upgrade: SnapshotUpgrade,
    options?: { readonly limit?: number },
  ): Promise<MigrationResult>;
}
