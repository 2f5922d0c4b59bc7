/**
 * Group detection in SQL against `detectGroupComplaints`, row by row, on 10^5 generated
 * complaints, under each reading of CMP-SEV-GROUP. 10^5 on the real server (`.ci/run`) and
 * under TZ=UTC; 2 x 10^4 under the suite's other two time zones, where PGlite would spend
 * a minute a zone for what the UTC run already showed (neither side reads the host's zone).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectGroupComplaints } from '../../src/complaints/detectGroupComplaints.js';
import { createGroupComplaintsQuery } from '../../src/postgres/createGroupComplaintsQuery.js';
import { aoyuan2014 } from '../../src/presets/aoyuan2014.js';
import { createPolicy } from '../../src/presets/createPolicy.js';
import { sinoOcean2008 } from '../../src/presets/sinoOcean2008.js';
import { COMPLAINTS_DDL, GROUPS_NOW, generateComplaints, loadComplaints } from './_complaints.js';
import { freshSchema, ON_SERVER, openTestDb, type TestDb } from './_db.js';

const READING_A = createPolicy(sinoOcean2008, {
  id: 'reading-a',
  complaints: { severity: { majorGroupReading: 'simultaneous-open-major' } },
});

let db: TestDb;
let table: string;
const SIZE = ON_SERVER || process.env.TZ === 'UTC' || process.env.TZ === undefined ? 100_000 : 20_000;
const records = generateComplaints(SIZE);
beforeAll(async () => {
  db = await openTestDb();
  const schema = freshSchema();
  table = `${schema}.complaints`;
  await db.query(`CREATE SCHEMA ${schema}`);
  await db.query(COMPLAINTS_DDL(table));
  await loadComplaints(db.query, table, records);
}, 300_000);
afterAll(async () => {
  await db?.close();
});

describe('createGroupComplaintsQuery', { timeout: 300_000 }, () => {
  it.each([
    ['complaining-together (sinoOcean2008)', sinoOcean2008],
    ['simultaneous-open-major', READING_A],
    ['aoyuan2014', aoyuan2014],
  ])(
    `CMP-SEV-GROUP: on ${SIZE} complaints the SQL findings equal detectGroupComplaints row by row, reading %s`,
    async (_, policy) => {
      const q = createGroupComplaintsQuery({ now: GROUPS_NOW, policy, table });
      const sql = q.read((await db.query(q.text, q.values)).rows);
      const js = detectGroupComplaints(records, { now: GROUPS_NOW, policy });
      expect(sql.length).toBe(js.length);
      for (let k = 0; k < js.length; k++)
        expect(sql[k], `${js[k]?.projectId} ${js[k]?.issue}`).toEqual(js[k]);
      // The data reaches every level and both sides of the group threshold.
      const levels = new Set(js.map((f) => f.level));
      expect([...levels].sort()).toEqual(['general', 'hot', 'major']);
      expect(js.some((f) => f.majorGroup)).toBe(true);
      expect(js.some((f) => !f.majorGroup)).toBe(true);
    },
  );
});
