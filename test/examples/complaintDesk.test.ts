/**
 * The complaint-desk example (examples/complaint-desk) driven over HTTP, on the test
 * database (PGlite, or the server of REALTY_CRM_PG_URL): register, send, refuse, history
 * with reasons, due list, tick, wake-up. A complaint received 2026-09-30 10:00 (Shanghai),
 * before National Day 2026 (10-01..10-07).
 */

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the example is plain JavaScript, without declarations.
import { createDeskHandler } from '../../examples/complaint-desk/desk.mjs';
import { openStore, openTestDb, type TestDb } from '../postgres/_db.js';

let db: TestDb;
let server: Server;
let base: string;
beforeAll(async () => {
  db = await openTestDb();
  const store = await openStore(db, { pooled: true });
  server = createServer(createDeskHandler(store));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await new Promise((done) => server?.close(done));
  await db?.close();
});

const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${base}${path}`, {
    method,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as unknown };
};

describe('the complaint desk over HTTP', { timeout: 60_000 }, () => {
  it('CMP-FLOW: register, send, refuse, history with reasons, due list, tick and wake-up', async () => {
    const created = await call('POST', '/complaints', {
      id: 'C-1',
      receivedAt: '2026-09-30T10:00:00+08:00',
      category: 'engineering-quality',
    });
    expect(created).toMatchObject({
      status: 201,
      body: { id: 'C-1', state: 'registered', revision: 0, replyBy: '2026-10-09' },
    });
    expect(
      (
        await call('POST', '/complaints', {
          id: 'C-1',
          receivedAt: '2026-09-30T10:00:00+08:00',
          category: 'engineering-quality',
        })
      ).body,
    ).toMatchObject({ code: 'INSTANCE_EXISTS' });
    expect((await call('POST', '/complaints', '{"id":')).body).toMatchObject({ code: 'INVALID_JSON' });

    const steps = [
      { type: 'form.completed', at: '2026-09-30T15:00:00+08:00' },
      { type: 'department.assigned', at: '2026-10-08T09:00:00+08:00', department: 'engineering' },
      { type: 'plan.issued', at: '2026-10-08T14:00:00+08:00' },
      { type: 'plan.communicated', at: '2026-10-09T10:00:00+08:00' },
      { type: 'handling.completed', at: '2026-10-12T10:00:00+08:00' },
    ];
    for (const e of steps) expect((await call('POST', '/complaints/C-1/events', e)).status).toBe(200);
    // Refused: the plan again, in callingBack; a malformed event; an unknown complaint.
    const again = await call('POST', '/complaints/C-1/events', {
      type: 'plan.issued',
      at: '2026-10-12T11:00:00+08:00',
    });
    expect(again).toMatchObject({ status: 409, body: { code: 'EVENT_NOT_ACCEPTED' } });
    const bad = await call('POST', '/complaints/C-1/events', { type: 'plan.issued', at: '2026-10-12' });
    expect(bad).toMatchObject({ status: 400, body: { code: 'INVALID_EVENT' } });
    expect((await call('GET', '/complaints/C-404')).status).toBe(404);
    expect((await call('GET', '/complaints/C-1')).body).toMatchObject({ state: 'callingBack', revision: 5 });

    const history = await call('GET', '/complaints/C-1/history?lang=zh-CN');
    const log = history.body as { type: string; reasons: unknown }[];
    expect(log.map((e) => e.type)).toEqual([
      'xstate.init',
      'form.completed',
      'department.assigned',
      'plan.issued',
      'plan.communicated',
      'handling.completed',
    ]);
    expect(log[5]?.reasons).toEqual([
      { rule: 'CMP-FLOW', message: expect.stringContaining('最迟2026-10-14回访') },
    ]);

    // CMP-DL-CALLBACK: the callback is due by the end of 10-14 (Shanghai): not due at 23:59, due at 10-15 00:00.
    expect((await call('GET', '/wake-up')).body).toEqual({ at: '2026-10-14T16:00:00.000Z' });
    expect((await call('GET', `/due?now=${encodeURIComponent('2026-10-14T23:59:00+08:00')}`)).body).toEqual(
      [],
    );
    const due = await call('GET', `/due?now=${encodeURIComponent('2026-10-15T00:00:00+08:00')}`);
    expect((due.body as { id: string }[]).map((c) => c.id)).toEqual(['C-1']);
    expect(await call('POST', '/tick', { now: '2026-10-15T00:00:00+08:00' })).toEqual({
      status: 200,
      body: { ticked: ['C-1'], skipped: [] },
    });
    expect((await call('GET', '/complaints/C-1')).body).toMatchObject({ overdue: { callback: true } });
    expect((await call('GET', '/due?now=garbage')).body).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['now'],
    });
  });
});
