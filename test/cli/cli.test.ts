import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(ROOT, 'examples/complaints.sample');
const NOW = '2026-11-20T10:00:00+08:00';

async function cli(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await runCli(args, {
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
    stdin: Readable.from([Buffer.from(stdin)]),
  });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'realty-crm-cli-'));
const at = (day: string) => `${day}T09:00:00+08:00`;
const record = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `C-${i}`,
  projectId: 'P-1',
  householdId: `H-${i}`,
  complainantId: `U-${i}`,
  issue: 'roof-leak',
  category: 'engineering-quality',
  receivedAt: at('2026-11-02'),
  channel: 'hotline-400',
  ...extra,
});

describe('realty-crm triage', () => {
  it('CMP-SEV-DETECT: the group findings of the whole file are folded into each complaint: 20 households make each one major', async () => {
    const file = join(dir, 'twenty.jsonl');
    writeFileSync(
      file,
      `${Array.from({ length: 20 }, (_, i) => JSON.stringify(record(i, { receivedAt: at('2026-06-02'), resolvedAt: at('2026-06-05') }))).join('\n')}\n`,
    );
    // The 20-household threshold alone (CMP-SEV-MAJOR-COUNT), under the reading of CMP-SEV-GROUP
    // that needs major complaints open at once: these were resolved in June.
    const readingA = join(dir, 'reading-a-count.json');
    writeFileSync(
      readingA,
      '{ "id": "reading-a", "complaints": { "severity": { "majorGroupReading": "simultaneous-open-major" } } }',
    );
    const { code, out } = await cli(['triage', file, '--now', NOW, '--format', 'json', '--policy', readingA]);
    expect(code).toBe(0);
    const j = JSON.parse(out);
    expect(j.complaints).toHaveLength(20);
    expect(j.complaints.every((c: { level: string }) => c.level === 'major')).toBe(true);
    expect(j.groups[0]).toMatchObject({
      projectId: 'P-1',
      issue: 'roof-leak',
      households: 20,
      level: 'major',
      majorGroup: false,
    });
    // sinoOcean2008 reads CMP-SEV-GROUP as 10 households complaining together (72 h): 20 the same day are one.
    const sol = JSON.parse((await cli(['triage', file, '--now', NOW, '--format', 'json'])).out);
    expect(sol.groups[0]).toMatchObject({ households: 20, level: 'major', majorGroup: true });
    // 19 households stay general by the count.
    writeFileSync(
      file,
      `${Array.from({ length: 19 }, (_, i) => JSON.stringify(record(i, { receivedAt: at('2026-06-02'), resolvedAt: at('2026-06-05') }))).join('\n')}\n`,
    );
    const j19 = JSON.parse(
      (await cli(['triage', file, '--now', NOW, '--format', 'json', '--policy', readingA])).out,
    );
    expect(j19.groups[0]).toMatchObject({ households: 19, level: 'general' });
  });

  it('CMP-DL-REPLY: each complaint has its deadlines as calendar Deadlines, with overdue flags at --now', async () => {
    const file = join(dir, 'one.json');
    writeFileSync(file, JSON.stringify([record(1, { receivedAt: '2026-09-30T10:00:00+08:00' })]));
    const j = JSON.parse(
      (await cli(['triage', file, '--now', '2026-10-09T23:00:00+08:00', '--format', 'json'])).out,
    );
    expect(j.complaints[0].replyBy).toMatchObject({
      lastDay: '2026-10-09',
      endsAt: '2026-10-09T16:00:00.000Z',
      fallbackUsed: false,
    });
    expect(j.complaints[0].overdue).toEqual({ reply: false, callback: null, close: null });
    const late = JSON.parse(
      (await cli(['triage', file, '--now', '2026-10-10T00:00:00+08:00', '--format', 'json'])).out,
    );
    expect(late.complaints[0].overdue.reply).toBe(true);
    const aoy = JSON.parse(
      (await cli(['triage', file, '--now', NOW, '--format', 'json', '--policy', 'aoyuan2014'])).out,
    );
    expect(aoy.complaints[0].replyBy.lastDay).toBe('2026-10-13');
  });

  it('CMP-ROUTE-PHASE: the sample file routes both sides of its 3-month window, in all three formats', async () => {
    for (const ext of ['json', 'jsonl', 'csv']) {
      const { code, out } = await cli(['triage', `${SAMPLE}.${ext}`, '--now', NOW, '--format', 'json']);
      // The sample holds records that stay invalid: triage says so by its exit status, as validate does.
      expect(code, ext).toBe(1);
      const j = JSON.parse(out);
      expect(j.summary.valid, ext).toBeGreaterThan(300);
      expect(j.invalid.length, ext).toBeGreaterThan(0);
      // 24 households on one issue: major (CMP-SEV-MAJOR-COUNT); a major group only under the
      // reading of households with a major complaint open at once, not sinoOcean2008's.
      expect(
        j.groups.some((g: { level: string; majorGroup: boolean }) => g.level === 'major' && !g.majorGroup),
        ext,
      ).toBe(true);
      const units = new Set(j.complaints.map((c: { unit: string }) => c.unit));
      expect(units, ext).toEqual(new Set(['project-customer-service', 'property-company']));
    }
    const readingA = join(dir, 'reading-a.json');
    writeFileSync(
      readingA,
      '{ "id": "reading-a", "complaints": { "severity": { "majorGroupReading": "simultaneous-open-major" } } }',
    );
    const a = JSON.parse(
      (await cli(['triage', `${SAMPLE}.json`, '--now', NOW, '--format', 'json', '--policy', readingA])).out,
    );
    expect(a.groups.some((g: { majorGroup: boolean }) => g.majorGroup)).toBe(true);
  });

  it('CMP-SEV-DETECT: stdin in each format gives the same triage as the file', async () => {
    const fromFile = (await cli(['triage', `${SAMPLE}.jsonl`, '--now', NOW, '--format', 'csv'])).out;
    for (const ext of ['json', 'jsonl', 'csv']) {
      const { code, out } = await cli(
        ['triage', '-', '--now', NOW, '--format', 'csv'],
        readFileSync(`${SAMPLE}.${ext}`, 'utf8'),
      );
      expect(code, ext).toBe(1);
      expect(out, ext).toBe(fromFile);
    }
  });

  it('CMP-CATEGORY: the table format summarises by category and level, in zh-CN or en', async () => {
    const zh = (await cli(['triage', `${SAMPLE}.json`, '--now', NOW])).out;
    expect(zh).toContain('按类别：工程质量');
    expect(zh).toContain('重大群诉');
    const en = (await cli(['triage', `${SAMPLE}.json`, '--now', NOW, '--locale', 'en'])).out;
    expect(en).toContain('by category: Engineering quality');
  });

  it('CMP-CATEGORY: bad input is a one-line error and exit status 2, never a stack trace', async () => {
    for (const args of [
      ['triage', join(dir, 'missing.json'), '--now', NOW],
      ['triage', `${SAMPLE}.json`, '--now', 'yesterday'],
      ['triage', `${SAMPLE}.json`, '--now', NOW, '--policy', 'vanke'],
      ['triage', `${SAMPLE}.json`, '--now', NOW, '--format', 'xml'],
      ['triage', `${SAMPLE}.json`, '--bogus'],
      ['triage', join(ROOT, 'README.md')],
    ]) {
      const { code, err, out } = await cli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(err.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(err).toMatch(/^realty-crm: /);
      expect(out).toBe('');
    }
    const policy = join(dir, 'policy.json');
    writeFileSync(
      policy,
      '{"extends":"generic","complaints":{"severity":{"majorSameIssueHouseholds":{"value":-1}}}}',
    );
    const bad = await cli(['triage', `${SAMPLE}.json`, '--now', NOW, '--policy', policy]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('complaints.severity.majorSameIssueHouseholds.value');
  });

  it('CMP-DL-CLOSE: a policy.json file extends a preset', async () => {
    const policy = join(dir, 'acme.json');
    writeFileSync(
      policy,
      '{"extends":"generic","id":"acme","complaints":{"deadlines":{"close":{"days":10}}}}',
    );
    const file = join(dir, 'one.json');
    writeFileSync(file, JSON.stringify([record(1, { receivedAt: '2026-03-02T10:00:00+08:00' })]));
    const j = JSON.parse(
      (await cli(['triage', file, '--now', NOW, '--format', 'json', '--policy', policy])).out,
    );
    expect(j.complaints[0].closeBy.lastDay).toBe('2026-03-12');
  });
});

describe('realty-crm validate', () => {
  it('CMP-CATEGORY: the bad records grouped by field, with a count and where; exit 1; the good ones counted', async () => {
    const { code, out } = await cli(['validate', `${SAMPLE}.csv`, '--kind', 'complaint', '--locale', 'en']);
    expect(code).toBe(1);
    expect(out).toMatch(/^category: Invalid option: .*\n {2}1 record: #35 \(line 37\)\n/m);
    expect(out).toMatch(/\d+ valid, \d+ invalid records\n$/);
    const json = JSON.parse((await cli(['validate', `${SAMPLE}.jsonl`, '--format', 'json'])).out);
    expect(
      json.problems.every(
        (p: { index: number; path: string }) => Number.isInteger(p.index) && typeof p.path === 'string',
      ),
    ).toBe(true);
  });

  it('CMP-CATEGORY: a clean file exits 0; an unreadable one exits 2', async () => {
    const file = join(dir, 'clean.jsonl');
    writeFileSync(file, `${JSON.stringify(record(1))}\n\n${JSON.stringify(record(2))}\n`);
    expect((await cli(['validate', file])).code).toBe(0);
    writeFileSync(file, 'not json at all\n');
    expect((await cli(['validate', file])).code).toBe(1);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[{"id": ');
    expect((await cli(['validate', broken])).code).toBe(2);
    const csv = join(dir, 'quote.csv');
    writeFileSync(csv, 'id,projectId\n"C-1,P-1\n');
    expect((await cli(['validate', csv])).code).toBe(2);
    expect((await cli(['validate', file, '--kind', 'repair'])).code).toBe(2);
  });
});

describe('realty-crm calendar and schema', () => {
  it('LAW-WORKDAY-PERIOD: the calendar command shows the deadline and the holidays it skipped', async () => {
    const { code, out } = await cli([
      'calendar',
      '2026-09-30',
      '--add-working-days',
      '5',
      '--explain',
      '--locale',
      'en',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('2026-09-30 -> 2026-10-13');
    expect(out).toContain('National Day');
    const period = await cli(['calendar', '2026-01-31', '--add-period', '1m']);
    expect(period.out).toContain('2026-01-31 -> 2026-02-28');
    expect((await cli(['calendar', '2026-02-14'])).out).toContain('调休上班日');
    expect((await cli(['calendar', '2026-12-30', '--add-working-days', '5'])).code).toBe(2);
    expect((await cli(['calendar', '2026-12-30', '--add-working-days', '5', '--fallback'])).out).toContain(
      '2027-01-06',
    );
  });
});
