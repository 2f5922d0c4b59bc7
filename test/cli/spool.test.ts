/**
 * The records `realty-crm triage` keeps between its two passes (issue 8, the CPU target;
 * issue 15, memory): kept as they are while the file is small, written out as JSON Lines and
 * released past a size, in the same order either way, and the temporary file removed.
 */

import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { RecordSpool } from '../../src/cli/spool.js';
import { runTriageCommand } from '../../src/cli/triageCommand.js';
import { NOW, ROOT } from './_cli.js';

const complaint = (i: number) => ({
  id: `C-${i}`,
  projectId: 'P-1',
  householdId: `H-${i % 7}`,
  complainantId: `U-${i}`,
  issue: 'roof-leak',
  category: 'engineering-quality',
  receivedAt: '2026-09-30T16:00:00+08:00',
  channel: 'visit',
});

/** The spool's temporary directories that exist now (other tests' directories have longer names). */
const spoolFiles = () =>
  readdirSync(tmpdir())
    .filter((n) => /^realty-crm-[A-Za-z0-9]{6}$/.test(n))
    .map((n) => join(tmpdir(), n));

async function readAll(spool: RecordSpool) {
  const kept: unknown[] = [];
  for await (const batch of spool.read()) kept.push(...batch);
  return kept;
}

describe('RecordSpool', () => {
  it('CMP-SEV-GROUP: a small file stays in memory: the records come back as the very objects added, in order, with no temporary file', async () => {
    const before = spoolFiles();
    const spool = new RecordSpool();
    const records = Array.from({ length: 600 }, (_, i) => complaint(i));
    for (const r of records) expect(spool.add(r, JSON.stringify(r))).toBeUndefined();
    expect(spoolFiles()).toEqual(before);
    const kept = await readAll(spool);
    expect(kept).toHaveLength(600);
    for (const [i, k] of kept.entries()) expect(k).toBe(records[i]);
    spool.remove();
  });

  it('CMP-SEV-GROUP: past its size the spool writes every record out as JSON Lines, those kept before and after, in order, then removes the file', async () => {
    const before = spoolFiles();
    const spool = new RecordSpool(2_000);
    const records = Array.from({ length: 300 }, (_, i) => complaint(i));
    for (const [i, r] of records.entries()) {
      // Some records have their text from the input, some are written by the spool.
      const wait = spool.add(r, i % 3 === 0 ? undefined : JSON.stringify(r));
      if (wait !== undefined) await wait;
    }
    expect(spool.count).toBe(300);
    const added = spoolFiles().filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    const kept = await readAll(spool);
    expect(kept.every((k) => typeof k === 'string')).toBe(true);
    expect(kept.map((k) => JSON.parse(k as string))).toEqual(records);
    spool.remove();
    expect(existsSync(added[0] as string)).toBe(false);
  });
});

describe('triage through the temporary file', () => {
  it('CMP-SEV-GROUP: the sample complaints triaged through the temporary file print exactly what they print from memory', async () => {
    const run = async (spoolChars: number | undefined) => {
      let out = '';
      let err = '';
      const code = await runTriageCommand(
        join(ROOT, 'examples/complaints.sample.jsonl'),
        {
          now: NOW,
          policy: 'sinoOcean2008',
          format: 'csv',
          locale: 'en',
          maxRecordChars: 1_000_000,
          spoolChars,
        },
        {
          stdout: {
            write: (s: string) => {
              out += s;
              return true;
            },
          },
          stderr: {
            write: (s: string) => {
              err += s;
              return true;
            },
          },
        },
        Readable.from([]),
      );
      return { code, out, err };
    };
    const inMemory = await run(undefined);
    const throughFile = await run(0);
    expect(inMemory.out.split('\n').length).toBeGreaterThan(20);
    expect(throughFile).toEqual(inMemory);
  });
});
