import type { InstantInput } from '../calendar/days.js';
import { toInstantMs } from '../calendar/days.js';
import { expectNumber, expectOneOf, expectPlainObject, expectString } from '../core/checks.js';
import { InvalidArgumentError, RealtyCrmError } from '../core/errors.js';
import { applyEvent, nextDueOf, startSnapshot, stateOf } from './applyEvent.js';
import { collectNewReasons } from './collectReasons.js';
import { readEvent, readInstance } from './readRows.js';
import { runSnapshotMigration } from './runSnapshotMigration.js';
import { createStoreSql, STORE_SCHEMA_VERSION } from './storeSql.js';
import type {
  DueResult,
  MachineStore,
  MachineStoreOptions,
  SkippedInstance,
  StoredMachine,
  StoreQuery,
} from './types.js';

const ID_OPTIONS = { maxLength: 200 } as const;

/**
 * Makes a store of machine instances in the app's PostgreSQL (issue 13), over the app's
 * own driver: `query(text, params)` runs one statement (one dedicated connection: the store
 * runs its calls one at a time on it) and, with a pool, `transaction(fn)` runs `fn` on one
 * connection between `BEGIN` and `COMMIT`. No driver is a dependency of the package.
 *
 * `send` locks the instance's row (`SELECT ... FOR UPDATE`), restores the snapshot with the
 * machine's own restore (an older machine version fails with `SNAPSHOT_VERSION_MISMATCH`),
 * applies the pure `transition`, writes the snapshot with `revision + 1` and `next_due_at`
 * from the context's `nextDueAt`, and appends the event with the reasons it produced to
 * the log, all in one transaction. A malformed event (`INVALID_EVENT`), an event the state
 * does not take (`EVENT_NOT_ACCEPTED`), an unknown id (`INSTANCE_NOT_FOUND`) are refused
 * and nothing is written. Two workers sending to one instance at once are serialised by
 * the row lock: no event is lost and the log has no gap.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const db = new PGlite();
 * const store = createMachineStore({
 *   query: (text, params) => db.query(text, params as unknown[]),
 *   machines: { complaint: createComplaintStoredMachine() },
 * });
 * await store.migrate();
 * await store.start('complaint', 'C-1', { id: 'C-1', receivedAt: '2026-09-30T10:00:00+08:00', category: 'engineering-quality' });
 * await store.send('C-1', { type: 'form.completed', at: '2026-09-30T15:00:00+08:00' }); // revision 1, state 'verified'
 * await store.nextWakeUp(); // '2026-10-07T02:00:00.000Z'
 * ```
 */
export function createMachineStore(options: MachineStoreOptions): MachineStore {
  const opts = expectPlainObject(options, ['options']);
  if (typeof opts.query !== 'function') {
    throw new InvalidArgumentError(
      ['options', 'query'],
      'expected a function (text, params) => Promise<{ rows }>',
    );
  }
  if (opts.transaction !== undefined && typeof opts.transaction !== 'function') {
    throw new InvalidArgumentError(['options', 'transaction'], 'expected a function (fn) => Promise');
  }
  const machines = expectPlainObject(opts.machines, ['options', 'machines']) as Record<string, StoredMachine>;
  const names = Object.keys(machines);
  if (names.length === 0) {
    throw new InvalidArgumentError(
      ['options', 'machines'],
      'expected at least one machine: { complaint: ... }',
    );
  }
  for (const name of names) {
    const m = expectPlainObject(machines[name], ['options', 'machines', name]);
    if (typeof m.machine !== 'object' || m.machine === null || typeof m.restore !== 'function') {
      throw new InvalidArgumentError(['options', 'machines', name], 'expected { machine, version, restore }');
    }
    expectNumber(m.version, ['options', 'machines', name, 'version'], { integer: true, min: 1 });
  }
  const sql = createStoreSql(
    opts.schema === undefined ? 'public' : expectString(opts.schema, ['options', 'schema']),
  );
  const query = opts.query as StoreQuery;
  const transaction = opts.transaction as MachineStoreOptions['transaction'];
  // [machine, version, policy] of every machine given: the rows the store can advance.
  const current = JSON.stringify(
    names.map((n) => {
      const m = machines[n] as StoredMachine;
      return [n, m.version, String(m.machine.root.meta?.policyId)];
    }),
  );

  // One dedicated connection: the store's own calls run one at a time, so that no statement
  // of one call lands inside another's transaction.
  let chain: Promise<unknown> = Promise.resolve();
  const serially = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  };
  const inTransaction = <T>(fn: (q: StoreQuery) => Promise<T>): Promise<T> => {
    if (transaction !== undefined) return transaction(fn);
    return serially(async () => {
      await query('BEGIN');
      try {
        const result = await fn(query);
        await query('COMMIT');
        return result;
      } catch (error) {
        await query('ROLLBACK');
        throw error;
      }
    });
  };
  const read = <T>(fn: (q: StoreQuery) => Promise<T>): Promise<T> =>
    transaction !== undefined ? fn(query) : serially(() => fn(query));
  const expectId = (id: unknown) => expectString(id, ['id'], ID_OPTIONS);
  const expectLimit = (o: unknown, fallback: number) => {
    if (o === undefined) return fallback;
    const v = expectPlainObject(o, ['options']).limit;
    return v === undefined
      ? fallback
      : expectNumber(v, ['options', 'limit'], { integer: true, min: 1, max: 10_000 });
  };
  const instantOf = (now: unknown) => new Date(toInstantMs(now as InstantInput, ['now'])).toISOString();

  const claimDue = async (now: InstantInput, o?: { limit?: number }, exclude: readonly string[] = []) => {
    const at = instantOf(now);
    const limit = expectLimit(o, 100);
    return inTransaction(async (q): Promise<DueResult> => {
      const { rows } = await q(sql.claimDue, [at, limit, current, JSON.stringify(exclude)]);
      const ticked: string[] = [];
      const skipped: SkippedInstance[] = [];
      for (const r of rows) {
        const id = String(r.id);
        try {
          const written = await applyEvent(q, sql, machines, id, { type: 'clock.tick', now: at });
          ticked.push(id);
          if (written.nextDueAt !== null && written.nextDueAt <= at) {
            skipped.push({
              id,
              code: 'STILL_DUE',
              message: `still due at ${written.nextDueAt} after a tick at ${at}`,
            });
          }
        } catch (error) {
          if (!(error instanceof RealtyCrmError)) throw error;
          skipped.push({ id, code: error.code, message: error.message });
        }
      }
      return { ticked, skipped };
    });
  };

  return {
    migrate: () =>
      inTransaction(async (q) => {
        await q(sql.lockMigrations);
        await q(sql.createSchema);
        await q(sql.createMigrations);
        const found = Number((await q(sql.readVersion)).rows[0]?.version ?? 0);
        if (found > STORE_SCHEMA_VERSION) {
          throw new RealtyCrmError(
            'STORE_SCHEMA_MISMATCH',
            `The store's tables are at version ${found}, made by a newer realty-crm-rules; this one knows version ${STORE_SCHEMA_VERSION}.`,
          );
        }
        const applied: number[] = [];
        for (let v = found + 1; v <= STORE_SCHEMA_VERSION; v++) {
          for (const statement of sql.migrations[v - 1] ?? []) await q(statement);
          await q(sql.recordVersion, [v]);
          applied.push(v);
        }
        return { version: STORE_SCHEMA_VERSION, applied };
      }),

    start: async (name, id, input) => {
      const machineName = expectOneOf(name, names, ['name']);
      expectId(id);
      const entry = machines[machineName] as StoredMachine;
      const snapshot = startSnapshot(entry, input);
      const state = stateOf(snapshot.value);
      return inTransaction(async (q) => {
        const { rows } = await q(sql.insertInstance, [
          id,
          machineName,
          entry.version,
          String(entry.machine.root.meta?.policyId),
          state,
          JSON.stringify(snapshot),
          nextDueOf(snapshot.context),
        ]);
        if (rows[0] === undefined) {
          throw new RealtyCrmError(
            'INSTANCE_EXISTS',
            `The store already has an instance ${JSON.stringify(id)}.`,
          );
        }
        const reasons = collectNewReasons(undefined, snapshot.context);
        const init = JSON.stringify({ type: 'xstate.init', input });
        await q(sql.insertEvent, [id, 0, init, state, JSON.stringify(reasons), null]);
        return readInstance(rows[0]);
      });
    },

    send: (id, event) => {
      expectId(id);
      return inTransaction((q) => applyEvent(q, sql, machines, id, event));
    },

    get: (id) => {
      expectId(id);
      return read(async (q) => {
        const { rows } = await q(sql.selectInstance, [id]);
        return rows[0] === undefined ? null : readInstance(rows[0]);
      });
    },

    history: (id) => {
      expectId(id);
      return read(async (q) => (await q(sql.selectEvents, [id])).rows.map(readEvent));
    },

    claimDue: (now, o) => claimDue(now, o),

    tick: async (now, o) => {
      const at = instantOf(now);
      const ticked: string[] = [];
      const skipped: SkippedInstance[] = [];
      for (;;) {
        const r = await claimDue(
          at,
          o,
          skipped.map((s) => s.id),
        );
        ticked.push(...r.ticked);
        skipped.push(...r.skipped);
        if (r.ticked.length === 0 && r.skipped.length === 0) break;
      }
      const stuck = await read((q) => q(sql.selectStuck, [at, current, 1000]));
      for (const r of stuck.rows) {
        skipped.push({
          id: String(r.id),
          code: 'SNAPSHOT_VERSION_MISMATCH',
          message: `a ${String(r.machine)} snapshot of version ${String(r.machine_version)} and policy ${JSON.stringify(r.policy_id)}: no machine of the store restores it; upgrade it with migrateSnapshots`,
        });
      }
      return { ticked, skipped };
    },

    listDue: (now, o) => {
      const at = instantOf(now);
      const limit = expectLimit(o, 100);
      return read(async (q) => (await q(sql.listDue, [at, limit, current])).rows.map(readInstance));
    },

    nextWakeUp: () =>
      read(async (q) => {
        const at = (await q(sql.nextWakeUp, [current])).rows[0]?.at;
        return typeof at === 'string' ? at : null;
      }),

    migrateSnapshots: (name, upgrade, o) => {
      const machineName = expectOneOf(name, names, ['name']);
      if (typeof upgrade !== 'function') {
        throw new InvalidArgumentError(['upgrade'], 'expected a function (snapshot, row) => snapshot | null');
      }
      return runSnapshotMigration(inTransaction, sql, machines, machineName, upgrade, expectLimit(o, 100));
    },
  };
}
