// The complaint desk on PGlite: `npm run example:desk` (builds the package, then runs this).
// No database server, nothing to set up; the data lives in memory (PGLITE_DATA_DIR keeps it
// in a folder instead). PORT sets the port (3000).
import { createServer } from 'node:http';
import { PGlite } from '@electric-sql/pglite';
import { createComplaintStoredMachine, createMachineStore } from 'realty-crm-rules/postgres';
import { createDeskHandler } from './desk.mjs';

const db = new PGlite(process.env.PGLITE_DATA_DIR);
const store = createMachineStore({
  query: (text, params) => db.query(text, params),
  transaction: (fn) => db.transaction((tx) => fn((text, params) => tx.query(text, params))),
  machines: { complaint: createComplaintStoredMachine() },
});
await store.migrate();
const port = Number(process.env.PORT ?? 3000);
createServer(createDeskHandler(store)).listen(port, () => {
  console.log(`complaint desk on http://localhost:${port}`);
  console.log(
    `  curl -X POST localhost:${port}/complaints -d '{"id":"C-1","receivedAt":"2026-09-30T10:00:00+08:00","category":"engineering-quality"}'`,
  );
  console.log(
    `  curl -X POST localhost:${port}/complaints/C-1/events -d '{"type":"form.completed","at":"2026-09-30T15:00:00+08:00"}'`,
  );
  console.log(`  curl localhost:${port}/complaints/C-1/history?lang=zh-CN`);
  console.log(`  curl 'localhost:${port}/due?now=2026-10-07T10:00:00%2B08:00'`);
});
