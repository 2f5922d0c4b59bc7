import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { computeDeliverySchedule } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'realty-crm-delivery-'));

async function cli(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await runCli(
    args,
    {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
      stdin: Readable.from([Buffer.from(stdin)]),
    },
    () => new Date('2026-07-01T01:00:00Z'),
  );
  return { code, out, err };
}
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const PERIOD = ['--from', '2026-10-12', '--to', '2026-10-18'];

describe('realty-crm delivery schedule', () => {
  it('DLV-PREP: the table shows each milestone with its owner and rule, and why the notice pack moved before National Day', async () => {
    const { code, out } = await cli([
      'delivery',
      'schedule',
      '2026-10-12',
      '--first-delivery',
      '--centralized-ends',
      '2026-10-18',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('房屋交付计划：交付日 2026-10-12（sinoOcean2008）；首次交付；业主预验收：否');
    expect(out).toMatch(/2026-09-30 +邮寄入住文件 +项目客户服务部 +DLV-PREP/);
    expect(out).toContain('2026-10-12前7日的对应日为2026-10-05，该日是国庆节放假日');
    expect(out).toMatch(/2026-10-02~2026-10-03 +电话通知业主/);
    expect(out).toMatch(/2026-10-23 +交付总结报备 +项目客户服务部 +DLV-SUMMARY/);
  });

  it('DLV-PLAN: --format json is the library result; --region beijing adds the pre-inspection', async () => {
    const { out } = await cli([
      'delivery',
      'schedule',
      '2026-10-12',
      '--region',
      'beijing',
      '--format',
      'json',
    ]);
    expect(JSON.parse(out)).toEqual(
      JSON.parse(JSON.stringify(computeDeliverySchedule({ deliveryOn: '2026-10-12', region: 'beijing' }))),
    );
    expect(out).toContain('"owner-pre-inspection"');
  });

  it('DLV-PREP: --format ics writes a calendar file a parser opens, stamped with --now or the clock', async () => {
    const { code, out } = await cli([
      'delivery',
      'schedule',
      '2026-10-12',
      '--format',
      'ics',
      '--uid-prefix',
      'P-1',
      '--now',
      '2026-08-01T08:00:00+08:00',
    ]);
    expect(code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(out)).getAllSubcomponents('vevent');
    expect(events.length).toBe(computeDeliverySchedule({ deliveryOn: '2026-10-12' }).milestones.length);
    expect(out).toContain('DTSTAMP:20260801T000000Z');
    expect((await cli(['delivery', 'schedule', '2026-10-12', '--format', 'ics'])).out).toContain(
      'DTSTAMP:20260701T010000Z',
    );
  });

  it('DLV-PLAN: bad input is one line on stderr and exit 2', async () => {
    for (const args of [
      ['delivery', 'schedule'],
      ['delivery', 'schedule', '2026-02-30'],
      ['delivery', 'schedule', '2026-10-12', '--format', 'pdf'],
      ['delivery', 'schedule', '2026-10-12', '--pre-inspection', 'maybe'],
      ['delivery', 'plan', '2026-10-12'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n').filter((l) => l !== '').length, args.join(' ')).toBe(1);
    }
    expect((await cli(['delivery', 'schedule', '2008-01-20'])).err).toContain('does not cover 2007');
  });
});

describe('realty-crm delivery kpis', () => {
  it('DLV-SUMMARY: the CSV and the JSON sample give the same figures', async () => {
    const csv = await cli([
      'delivery',
      'kpis',
      join(ROOT, 'examples/households.sample.csv'),
      ...PERIOD,
      '--format',
      'json',
    ]);
    const json = await cli([
      'delivery',
      'kpis',
      join(ROOT, 'examples/households.sample.json'),
      ...PERIOD,
      '--format',
      'json',
    ]);
    expect(csv.code).toBe(0);
    const strip = (s: string) => {
      const { reasons: _, ...rest } = JSON.parse(s);
      return rest;
    };
    expect(strip(csv.out)).toEqual(strip(json.out));
    expect(strip(csv.out).households).toBe(360);
  });

  it('DLV-SUMMARY: the table names each figure with its counts and formula', async () => {
    const { out } = await cli(['delivery', 'kpis', join(ROOT, 'examples/households.sample.csv'), ...PERIOD]);
    expect(out).toMatch(/一次交付成功率 +\d+\.\d% +\d+ \/ \d+ +首次验房即收楼的户数 ÷ 验房户数/);
    expect(out).toContain('集中交付期 2026-10-12 至 2026-10-18');
  });

  it('DLV-SUMMARY: a negative count, an unknown column or an unknown discipline is reported at its column and no figure is printed', async () => {
    const header = 'householdId,eligible,firstInspectedOn,repairs.plumbing\n';
    const neg = await cli([
      'delivery',
      'kpis',
      file('neg.csv', `${header}A-1,true,2026-10-12,-1\n`),
      ...PERIOD,
      '--locale',
      'en',
    ]);
    expect(neg.code).toBe(1);
    expect(neg.out).toBe('');
    expect(neg.err).toContain(
      'record 0 (line 2): repairs.plumbing: expected a whole number of items >= 0, at most 1000 in all',
    );
    const unknown = await cli([
      'delivery',
      'kpis',
      file('unknown.csv', 'householdId,eligible,repairs.plumbng\nA-1,true,1\n'),
      ...PERIOD,
      '--locale',
      'en',
    ]);
    expect(unknown.err).toContain("repairs.plumbng: unknown column (did you mean 'repairs.plumbing'?)");
    const bad = [
      {
        householdId: 'A-1',
        eligible: true,
        firstInspectedOn: '2026-10-12',
        repairItems: [{ discipline: 'roof' }],
      },
    ];
    const json = await cli(['delivery', 'kpis', file('bad.json', JSON.stringify(bad)), ...PERIOD]);
    expect(json.code).toBe(1);
    expect(json.err).toContain('记录 0: repairItems.0.discipline: ');
  });

  it('DLV-SUMMARY: Chinese headers and yes/no cells are read; a missing period is exit 2', async () => {
    const text =
      '房号,具备入住资格,首次验房日期,首次验房即收楼,收楼日期,给排水问题数\nA-1,是,2026-10-12,是,2026-10-12,2\nA-2,是,2026-10-13,否,,0\n';
    const r = await cli(['delivery', 'kpis', file('zh.csv', text), ...PERIOD, '--format', 'json']);
    expect(r.code).toBe(0);
    const k = JSON.parse(r.out);
    expect(k.oneTimeSuccessRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(k.repairItemsPerHousehold).toEqual({ value: 1, numerator: 2, denominator: 2 });
    expect((await cli(['delivery', 'kpis', file('zh2.csv', text)])).code).toBe(2);
  });
});

describe('realty-crm validate --kind household-delivery | delivery-risk-check', () => {
  it('DLV-SUMMARY: the household samples, CSV and JSON, are valid', async () => {
    for (const f of ['households.sample.csv', 'households.sample.json']) {
      const r = await cli([
        'validate',
        join(ROOT, 'examples', f),
        '--kind',
        'household-delivery',
        '--locale',
        'en',
      ]);
      expect(r.out, f).toBe('360 valid, 0 invalid records\n');
      expect(r.code).toBe(0);
    }
  });

  it('DLV-RISK-SCOPE: the risk check sample is valid; a bad check names the item and field', async () => {
    const ok = await cli([
      'validate',
      join(ROOT, 'examples/delivery-risk-check.sample.json'),
      '--kind',
      'delivery-risk-check',
    ]);
    expect(ok.code).toBe(0);
    const check = {
      projectId: 'P',
      firstDelivery: true,
      items: [{ id: 'X', class: 'quality', result: 'passed' }],
    };
    const r = await cli([
      'validate',
      file('check.jsonl', `${JSON.stringify(check)}\n`),
      '--kind',
      'delivery-risk-check',
      '--locale',
      'en',
    ]);
    expect(r.code).toBe(1);
    // Problems grouped by field, each with its count and example rows (issue 8).
    expect(r.out).toMatch(/^items\.0\.class: .*\n {2}1 record: #0 \(line 1\)$/m);
  });

  it('DLV-SUMMARY: a CSV household with keys before its inspection is invalid at keysTakenOn', async () => {
    const f = file(
      'h.csv',
      'householdId,eligible,firstInspectedOn,keysTakenOn\nA-1,true,2026-10-12,2026-10-11\n',
    );
    const r = await cli(['validate', f, '--kind', 'household-delivery', '--locale', 'en']);
    expect(r.out).toContain(
      'keysTakenOn: the keys cannot be taken before the first inspection\n  1 record: #0 (line 2)',
    );
  });
});
