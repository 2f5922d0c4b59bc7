/**
 * The machine store on a real PostgreSQL: PGlite in-process by default, the server of
 * `.ci/run` when REALTY_CRM_PG_URL is set. Complaints on real 2026 dates (National Day
 * 10-01..10-07, makeup day 10-10).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComplaintMachine } from '../../src/complaints/complaintMachine.js';
import { createComplaintStoredMachine } from '../../src/postgres/createComplaintStoredMachine.js';
import { createMachineStore } from '../../src/postgres/createMachineStore.js';
import { aoyuan2014 } from '../../src/presets/aoyuan2014.js';
import { ON_SERVER, openStore, openTestDb, type TestDb } from './_db.js';

const sh = (s: string) => `2026-${s}:00+08:00`;
const SEP30 = { id: 'C-1', receivedAt: sh('09-30T10:00'), category: 'engineering-quality' } as const;

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
}, 120_000);
afterAll(async () => {
  await db?.close();
});

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'no error';
};

describe('createMachineStore', { timeout: 60_000 }, () => {
  it('CMP-FLOW: migrate() makes the tables once and is idempotent', async () => {
    const store = await openStore(db);
    expect(await store.migrate()).toEqual({ version: 1, applied: [] });
    const { rows } = await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
      [store.schema],
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      'realty_crm_machine_events',
      'realty_crm_machine_instances',
      'realty_crm_store_migrations',
    ]);
  });

  it('CMP-FLOW: start, send, get and history keep the snapshot, the revision and the log in step', async () => {
    const store = await openStore(db);
    const started = await store.start('complaint', 'C-1', SEP30);
    expect(started).toMatchObject({
      id: 'C-1',
      machine: 'complaint',
      machineVersion: 2,
      revision: 0,
      state: 'registered',
    });
    expect(started.policyId).toBe('sinoOcean2008');
    // CMP-DL-REPLY under sinoOcean2008: 2 working days from 09-30, National Day skipped: 10-09;
    // before it, the complaint turns stale 7 x 24 h after receipt (CMP-SEV-HOT-STALE).
    expect(started.nextDueAt).toBe('2026-10-07T02:00:00.000Z');
    const sent = await store.send('C-1', { type: 'form.completed', at: sh('09-30T15:00') });
    expect(sent).toMatchObject({ revision: 1, state: 'verified' });
    const got = await store.get('C-1');
    expect(got?.snapshot.context.formCompletedAt).toBe('2026-09-30T07:00:00.000Z');
    expect(got?.revision).toBe(1);
    expect(await store.get('C-404')).toBeNull();
    const log = await store.history('C-1');
    expect(log.map((e) => [e.revision, e.event.type, e.state, e.occurredAt])).toEqual([
      [0, 'xstate.init', 'registered', null],
      [1, 'form.completed', 'verified', '2026-09-30T07:00:00.000Z'],
    ]);
    expect(log[0]?.event.input).toEqual(SEP30);
  });
});

describe('a complaint from receipt to closure', { timeout: 60_000 }, () => {
  it('CMP-FLOW: each event is logged with the reasons it produced; a closed complaint is never due', async () => {
    const store = await openStore(db);
    await store.start('complaint', 'C-1', SEP30);
    const steps = [
      { type: 'form.completed', at: sh('09-30T15:00') },
      { type: 'department.assigned', at: sh('10-08T09:00'), department: 'engineering' },
      { type: 'plan.issued', at: sh('10-08T14:00') },
      { type: 'plan.communicated', at: sh('10-09T10:00') },
      { type: 'handling.completed', at: sh('10-12T10:00') },
      { type: 'callback.completed', at: sh('10-13T10:00'), outcome: 'satisfied' },
    ];
    for (const e of steps) await store.send('C-1', e);
    const got = await store.get('C-1');
    expect(got).toMatchObject({ state: 'closed', revision: 6, nextDueAt: null });
    expect(got?.snapshot.status).toBe('done');
    expect(await store.nextWakeUp()).toBeNull();
    const log = await store.history('C-1');
    expect(log.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // The round that handling.completed opened carries its reason (CMP-DL-CALLBACK's last day
    // 10-14); no other step made a reason.
    expect(log.map((e) => e.reasons.map((r) => r.rule))).toEqual([[], [], [], [], [], ['CMP-FLOW'], []]);
    expect(log[5]?.reasons[0]?.facts).toMatchObject({ round: 1, callbackLastDay: '2026-10-14' });
    expect(await store.tick(sh('12-31T00:00'))).toEqual({ ticked: [], skipped: [] });
    expect(await codeOf(store.send('C-1', { type: 'clock.tick', now: sh('12-31T00:00') }))).toBe(
      'EVENT_NOT_ACCEPTED',
    );
  });
});

describe('refusals: nothing written', { timeout: 60_000 }, () => {
  it('CMP-FLOW: a malformed event, an event the state does not take, an unknown id, a second start', async () => {
    const store = await openStore(db);
    await store.start('complaint', 'C-1', SEP30);
    const before = await store.get('C-1');
    // INVALID_EVENT: unknown field, no offset, dated before the receipt.
    expect(await codeOf(store.send('C-1', { type: 'form.completed', at: sh('09-30T15:00'), extra: 1 }))).toBe(
      'INVALID_EVENT',
    );
    expect(await codeOf(store.send('C-1', { type: 'form.completed', at: '2026-09-30T15:00:00' }))).toBe(
      'INVALID_EVENT',
    );
    expect(await codeOf(store.send('C-1', { type: 'form.completed', at: sh('09-30T09:59') }))).toBe(
      'INVALID_EVENT',
    );
    expect(await codeOf(store.send('C-1', 'form.completed'))).toBe('INVALID_ARGUMENT');
    // A well-formed event the state does not take: a plan before the department is assigned.
    const notNow = store.send('C-1', { type: 'plan.issued', at: sh('09-30T15:00') });
    await expect(notNow).rejects.toThrow(/in state registered does not take "plan.issued"/);
    expect(await codeOf(store.send('C-1', { type: 'plan.issued', at: sh('09-30T15:00') }))).toBe(
      'EVENT_NOT_ACCEPTED',
    );
    expect(await codeOf(store.send('C-404', { type: 'form.completed', at: sh('09-30T15:00') }))).toBe(
      'INSTANCE_NOT_FOUND',
    );
    expect(await codeOf(store.start('complaint', 'C-1', SEP30))).toBe('INSTANCE_EXISTS');
    expect(await store.get('C-1')).toEqual(before);
    expect((await store.history('C-1')).length).toBe(1);
  });

  it('CMP-FLOW: a bad name, id, input or now is an InvalidArgumentError at its path, and nothing is started', async () => {
    const store = await openStore(db);
    await expect(store.start('complain', 'C-2', SEP30)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['name'],
      message: expect.stringMatching(/complaint/),
    });
    await expect(store.start('complaint', '', SEP30)).rejects.toMatchObject({ path: ['id'] });
    await expect(store.start('complaint', 'C-2', { ...SEP30, category: 'garbage' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['input', 'category'],
    });
    await expect(store.tick('2026-10-07T10:00:00')).rejects.toMatchObject({ path: ['now'] });
    await expect(store.claimDue(sh('10-07T10:00'), { limit: 0 })).rejects.toMatchObject({
      path: ['options', 'limit'],
    });
    expect(await store.get('C-2')).toBeNull();
  });

  it('CMP-FLOW: bad options are refused before any statement runs', () => {
    const query = async () => ({ rows: [] });
    const machines = { complaint: createComplaintStoredMachine() };
    expect(() => createMachineStore({ query, machines, schema: 'Robert"; drop' })).toThrow(/schema name/);
    expect(() => createMachineStore({ query, machines: {} })).toThrow(/at least one machine/);
    expect(() => createMachineStore({ query: 'db' as never, machines })).toThrow(/options.query|query/);
  });
});

describe('the due-queue', { timeout: 60_000 }, () => {
  it('CMP-SEV-HOT-STALE: the stale instant ticks at 7 x 24 h after receipt, not a minute before', async () => {
    const store = await openStore(db);
    await store.start('complaint', 'C-1', SEP30);
    expect(await store.nextWakeUp()).toBe('2026-10-07T02:00:00.000Z');
    expect(await store.tick(sh('10-07T09:59'))).toEqual({ ticked: [], skipped: [] });
    expect(await store.tick(sh('10-07T10:00'))).toEqual({ ticked: ['C-1'], skipped: [] });
    const got = await store.get('C-1');
    expect(got?.snapshot.context.severity).toEqual({ level: 'hot', majorGroup: false });
    // CMP-DL-REPLY: the reply's last day is 10-09 (National Day skipped): the next wake-up.
    expect(got?.nextDueAt).toBe('2026-10-09T16:00:00.000Z');
    expect(await store.nextWakeUp()).toBe('2026-10-09T16:00:00.000Z');
    const last = (await store.history('C-1')).at(-1);
    expect(last?.event).toEqual({ type: 'clock.tick', now: '2026-10-07T02:00:00.000Z' });
    expect(last?.occurredAt).toBe('2026-10-07T02:00:00.000Z');
  });

  it('CMP-DL-REPLY: the reply deadline (10-09 end of day, Shanghai) is overdue on the tick at its end, and nothing stays past due', async () => {
    const store = await openStore(db);
    await store.start('complaint', 'C-1', SEP30);
    await store.start('complaint', 'C-2', { ...SEP30, id: 'C-2', receivedAt: sh('10-09T10:00') });
    const r = await store.tick(sh('10-10T00:00'));
    expect([...r.ticked].sort()).toEqual(['C-1']);
    const c1 = await store.get('C-1');
    expect(c1?.snapshot.context.overdue).toMatchObject({ reply: true });
    expect(c1?.revision).toBe(1); // one tick caught up on both the stale instant and the reply
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM ${store.schema}.realty_crm_machine_instances WHERE next_due_at <= $1`,
      ['2026-10-09T16:00:00.000Z'],
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('CMP-FLOW: listDue reads and claimDue takes at most limit instances, earliest first', async () => {
    const store = await openStore(db);
    for (let d = 1; d <= 5; d++) {
      await store.start('complaint', `C-${d}`, { ...SEP30, id: `C-${d}`, receivedAt: sh(`09-0${d}T10:00`) });
    }
    expect((await store.listDue(sh('10-31T00:00'), { limit: 3 })).map((r) => [r.id, r.revision])).toEqual([
      ['C-1', 0],
      ['C-2', 0],
      ['C-3', 0],
    ]);
    const first = await store.claimDue(sh('10-31T00:00'), { limit: 2 });
    expect(first).toEqual({ ticked: ['C-1', 'C-2'], skipped: [] });
    const rest = await store.tick(sh('10-31T00:00'), { limit: 2 });
    expect(rest.ticked).toEqual(['C-3', 'C-4', 'C-5']);
    expect(await store.listDue(sh('10-31T00:00'))).toEqual([]);
  });
});

describe('older machine versions', { timeout: 60_000 }, () => {
  /** Rewrites a stored row as if an older package (machine version 1) had written it. */
  const age = async (schema: string, id: string) => {
    await db.query(
      `UPDATE ${schema}.realty_crm_machine_instances SET machine_version = 1,
         snapshot = jsonb_set(snapshot, '{context,machineVersion}', '1') WHERE id = $1`,
      [id],
    );
  };

  it('CMP-FLOW: a snapshot of version 1 is never restored: send fails, tick leaves it and reports it, the wake-up ignores it', async () => {
    const store = await openStore(db);
    await store.start('complaint', 'C-1', SEP30);
    await store.start('complaint', 'C-2', { ...SEP30, id: 'C-2' });
    await age(store.schema, 'C-1');
    const before = await store.get('C-1');
    expect(await codeOf(store.send('C-1', { type: 'form.completed', at: sh('09-30T15:00') }))).toBe(
      'SNAPSHOT_VERSION_MISMATCH',
    );
    const r = await store.tick(sh('10-07T10:00'));
    expect(r.ticked).toEqual(['C-2']);
    expect(r.skipped).toEqual([
      { id: 'C-1', code: 'SNAPSHOT_VERSION_MISMATCH', message: expect.stringMatching(/version 1/) },
    ]);
    expect(await store.get('C-1')).toEqual(before);
    expect(await store.nextWakeUp()).toBe('2026-10-09T16:00:00.000Z'); // C-2's reply, not C-1's past stale instant
  });

  it('CMP-FLOW: migrateSnapshots upgrades what the hook knows, restores it whole before writing, and logs it', async () => {
    const store = await openStore(db);
    for (const id of ['C-1', 'C-2', 'C-3']) await store.start('complaint', id, { ...SEP30, id });
    for (const id of ['C-1', 'C-2', 'C-3']) await age(store.schema, id);
    const result = await store.migrateSnapshots('complaint', (snapshot, row) => {
      expect(row.machineVersion).toBe(1);
      if (row.id === 'C-2') return null; // not known how: left alone
      const context = { ...snapshot.context, machineVersion: 2 };
      // C-3's upgrade is wrong: its nextDueAt no longer follows from the context.
      return { ...snapshot, context: row.id === 'C-3' ? { ...context, nextDueAt: null } : context };
    });
    expect(result.migrated).toEqual(['C-1']);
    expect(result.left).toEqual(['C-2']);
    expect(result.failed).toEqual([{ id: 'C-3', code: 'INVALID_SNAPSHOT', message: expect.any(String) }]);
    expect(await store.get('C-1')).toMatchObject({ machineVersion: 2, revision: 1 });
    expect(await store.get('C-3')).toMatchObject({ machineVersion: 1, revision: 0 });
    expect((await store.history('C-1')).at(-1)?.event).toEqual({
      type: 'store.migrated',
      fromVersion: 1,
      toVersion: 2,
    });
    expect(await store.send('C-1', { type: 'form.completed', at: sh('09-30T15:00') })).toMatchObject({
      revision: 2,
    });
  });

  it('CMP-FLOW: a row of another policy is refused by send and reported by tick', async () => {
    const schema = (await openStore(db)).schema;
    const aoyuan = await openStore(db, {
      schema,
      machines: { complaint: createComplaintStoredMachine(createComplaintMachine({ policy: aoyuan2014 })) },
    });
    await aoyuan.start('complaint', 'C-1', SEP30);
    const sino = await openStore(db, { schema });
    expect(await codeOf(sino.send('C-1', { type: 'form.completed', at: sh('09-30T15:00') }))).toBe(
      'SNAPSHOT_VERSION_MISMATCH',
    );
    expect((await sino.tick(sh('12-31T00:00'))).skipped.map((s) => s.id)).toEqual(['C-1']);
    expect(await sino.nextWakeUp()).toBeNull();
    expect(await aoyuan.send('C-1', { type: 'form.completed', at: sh('09-30T15:00') })).toMatchObject({
      policyId: 'aoyuan2014',
      revision: 1,
    });
  });
});

describe('one row, several callers at once', { timeout: 120_000 }, () => {
  it('CMP-FLOW: the tests run on the database they say (PGlite, or the server of REALTY_CRM_PG_URL)', async () => {
    const { rows } = await db.query('SELECT version() AS v');
    expect(String(rows[0]?.v)).toMatch(/^PostgreSQL \d+/);
    expect(db.kind).toBe(ON_SERVER ? 'server' : 'pglite');
  });

  it('CMP-FLOW: 40 events sent at once to one complaint through a pool are all kept, revisions 1..40 without gap', async () => {
    const store = await openStore(db, { pooled: true });
    await store.start('complaint', 'C-1', SEP30);
    // delay.attributed is taken in every open state; each a minute after the previous one.
    const at = (k: number) => new Date(Date.parse(sh('10-01T00:00')) + k * 60_000).toISOString();
    const sends = Array.from({ length: 40 }, (_, k) =>
      store.send('C-1', { type: 'delay.attributed', at: at(k), side: k % 2 === 0 ? 'company' : 'customer' }),
    );
    const results = await Promise.allSettled(sends);
    const accepted = results.filter((r) => r.status === 'fulfilled').length;
    // Sent at once, they may reach the row out of order: a later one first refuses the earlier (INVALID_EVENT).
    for (const r of results) if (r.status === 'rejected') expect(r.reason.code).toBe('INVALID_EVENT');
    const got = await store.get('C-1');
    expect(got?.revision).toBe(accepted);
    expect((await store.history('C-1')).map((e) => e.revision)).toEqual(
      Array.from({ length: accepted + 1 }, (_, k) => k),
    );
  });

  it.runIf(ON_SERVER)(
    'CMP-FLOW: claimDue skips a row another connection holds (SKIP LOCKED) and takes it once released',
    async () => {
      const store = await openStore(db);
      await store.start('complaint', 'C-1', SEP30);
      await store.start('complaint', 'C-2', { ...SEP30, id: 'C-2' });
      const other = await db.connect();
      await other.query('BEGIN');
      await other.query(
        `SELECT id FROM ${store.schema}.realty_crm_machine_instances WHERE id = 'C-1' FOR UPDATE`,
      );
      expect(await store.claimDue(sh('10-07T10:00'))).toEqual({ ticked: ['C-2'], skipped: [] });
      await other.query('COMMIT');
      await other.close();
      expect(await store.claimDue(sh('10-07T10:00'))).toEqual({ ticked: ['C-1'], skipped: [] });
    },
  );
});
