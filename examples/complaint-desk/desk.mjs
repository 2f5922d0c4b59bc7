// The complaint desk's HTTP routes over a machine store (realty-crm-rules/postgres). The
// store is passed in, so that the same routes run on PGlite (main.mjs) or on a server.
//
//   POST /complaints                register a complaint (the machine's input)
//   POST /complaints/:id/events     send an event ({ type, at, ... })
//   GET  /complaints/:id            the complaint now
//   GET  /complaints/:id/history    its events, each with the reasons it produced (?lang=zh-CN)
//   GET  /due?now=...               the complaints due at `now`
//   POST /tick                      advance the due-queue ({ now })
//   GET  /wake-up                   when to tick next

/** HTTP status by the store's error code. */
const STATUS = {
  INVALID_ARGUMENT: 400,
  INVALID_EVENT: 400,
  INVALID_JSON: 400,
  INSTANCE_NOT_FOUND: 404,
  INSTANCE_EXISTS: 409,
  EVENT_NOT_ACCEPTED: 409,
  SNAPSHOT_VERSION_MISMATCH: 409,
  CALENDAR_NOT_COVERED: 422,
};

/** What a desk shows of a stored complaint. */
function summary(row) {
  const c = row.snapshot.context;
  return {
    id: row.id,
    state: row.state,
    revision: row.revision,
    category: c.category,
    severity: c.severity,
    overdue: c.overdue,
    replyBy: c.deadlines.replyBy.lastDay,
    nextDueAt: row.nextDueAt,
  };
}

async function readJson(req) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 65_536)
      throw Object.assign(new Error('the body is over 64 KB'), { code: 'INVALID_JSON' });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw Object.assign(new Error('the body is not JSON'), { code: 'INVALID_JSON' });
  }
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** The request handler of the desk over `store`. */
export function createDeskHandler(store) {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://desk');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    try {
      if (req.method === 'POST' && parts.length === 1 && parts[0] === 'complaints') {
        const input = await readJson(req);
        return send(res, 201, summary(await store.start('complaint', input?.id, input)));
      }
      if (parts[0] === 'complaints' && parts.length >= 2) {
        const id = parts[1];
        if (req.method === 'POST' && parts[2] === 'events' && parts.length === 3) {
          return send(res, 200, summary(await store.send(id, await readJson(req))));
        }
        if (req.method === 'GET' && parts.length === 2) {
          const row = await store.get(id);
          return row === null
            ? send(res, 404, { code: 'INSTANCE_NOT_FOUND', message: 'no such complaint' })
            : send(res, 200, summary(row));
        }
        if (req.method === 'GET' && parts[2] === 'history' && parts.length === 3) {
          const lang = url.searchParams.get('lang') === 'zh-CN' ? 'zh-CN' : 'en';
          const log = await store.history(id);
          if (log.length === 0)
            return send(res, 404, { code: 'INSTANCE_NOT_FOUND', message: 'no such complaint' });
          return send(
            res,
            200,
            log.map((e) => ({
              revision: e.revision,
              type: e.event.type,
              state: e.state,
              occurredAt: e.occurredAt,
              reasons: e.reasons.map((r) => ({ rule: r.rule, message: r.message[lang] })),
            })),
          );
        }
      }
      if (req.method === 'GET' && url.pathname === '/due') {
        const rows = await store.listDue(url.searchParams.get('now') ?? '');
        return send(res, 200, rows.map(summary));
      }
      if (req.method === 'POST' && url.pathname === '/tick') {
        return send(res, 200, await store.tick((await readJson(req))?.now));
      }
      if (req.method === 'GET' && url.pathname === '/wake-up') {
        return send(res, 200, { at: await store.nextWakeUp() });
      }
      return send(res, 404, { code: 'NOT_FOUND', message: `no route ${req.method} ${url.pathname}` });
    } catch (error) {
      const status = STATUS[error?.code];
      if (status === undefined) {
        send(res, 500, { code: 'INTERNAL', message: 'the desk failed; see its log' });
        console.error(error);
        return;
      }
      send(res, status, {
        code: error.code,
        message: error.message,
        ...(error.path ? { path: error.path } : {}),
      });
    }
  };
}
