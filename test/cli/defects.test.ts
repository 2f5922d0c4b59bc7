import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFECTS = join(ROOT, 'examples/defects.sample');
const HANDBOOK = join(ROOT, 'examples/defect-handbook.sample.json');

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

const dir = mkdtempSync(join(tmpdir(), 'realty-crm-defects-'));

describe('realty-crm defects recur', () => {
  it('DEF-RECUR: lists each new defect’s handbook matches with scores and shared n-grams', async () => {
    const { code, out } = await cli(['defects', 'recur', `${DEFECTS}.json`, '--handbook', HANDBOOK]);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      `手册：6个案例（${HANDBOOK}）；阈值0.8（sinoOcean2008）`,
      '记录 0（D-2026-001）：重复发生的老问题，1个手册案例',
      '  ac-louvres-too-dense  得分0.857  依据：描述、部品部件  共有片段：空调、调百、百叶、过密',
      '记录 1（D-2026-002）：重复发生的老问题，1个手册案例',
      '  pump-room-noise  得分1  依据：描述、部品部件  共有片段：泵房、房噪、噪音、音扰、扰民',
      '记录 2（D-2026-003）：未发现老问题',
      '记录 3（D-2026-004）：重复发生的老问题，1个手册案例',
      '  public-valves-in-homes  得分1  依据：描述、部品部件  共有片段：公共、共阀、阀门、门设、设在、在业、业主、主户、户内',
      '记录 4（D-2026-005）：重复发生的老问题，1个手册案例',
      '  P01-bathroom-drain-odour  得分0.95  依据：描述  共有片段：卫生、生间、间地、地漏、漏反、反味',
      '有效记录 5 条，无效记录 0 条；其中 4 条是手册中的老问题',
      '',
    ]);
  });

  it('DEF-RECUR: --handbook sol uses SOL’s four old problems; --threshold 0.5 screens wider', async () => {
    const strict = await cli([
      'defects',
      'recur',
      `${DEFECTS}.json`,
      '--handbook',
      'sol',
      '--format',
      'json',
    ]);
    const j = JSON.parse(strict.out);
    expect(j.handbook).toEqual({ source: 'SOL_DEFECT_HANDBOOK', cases: 4 });
    expect(j.threshold).toBe(0.8);
    expect(j.results.map((r: { matches: { caseId: string }[] }) => r.matches.map((m) => m.caseId))).toEqual([
      ['ac-louvres-too-dense'],
      ['pump-room-noise'],
      [],
      ['public-valves-in-homes'],
      [],
    ]);
    expect(j.results[0].matches[0]).toMatchObject({
      score: 0.857,
      matchedOn: ['description', 'component'],
      sharedGrams: ['空调', '调百', '百叶', '过密'],
    });
    const wide = JSON.parse(
      (
        await cli([
          'defects',
          'recur',
          `${DEFECTS}.json`,
          '--handbook',
          'sol',
          '--threshold',
          '0.5',
          '--format',
          'json',
        ])
      ).out,
    );
    expect(
      wide.results[2].matches.map((m: { caseId: string; score: number }) => [m.caseId, m.score]),
    ).toEqual([['ac-outdoor-unit-cramped', 0.714]]);
  });

  it('DEF-RECUR: a CSV with Chinese headers is read; a record without a description is reported and exits 1', async () => {
    const { code, out } = await cli([
      'defects',
      'recur',
      `${DEFECTS}.csv`,
      '--handbook',
      HANDBOOK,
      '--locale',
      'en',
    ]);
    expect(code).toBe(1);
    expect(out).toContain('record 0 (D-2026-001): repeats 1 handbook case(s)');
    expect(out).toContain('record 5 (line 7): description: a description is required');
    expect(out).toContain('5 valid, 1 invalid; 4 repeat an old problem of the handbook');
  });

  it('DEF-RECUR: CSV output has one row per match, and one with no case for a defect without any', async () => {
    const { code, out } = await cli([
      'defects',
      'recur',
      `${DEFECTS}.json`,
      '--handbook',
      'sol',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('index,id,caseId,score,matchedOn,sharedGrams');
    expect(lines[1]).toBe(
      '0,D-2026-001,ac-louvres-too-dense,0.857,description|component,空调|调百|百叶|过密',
    );
    expect(lines[3]).toBe('2,D-2026-003,,,,');
  });

  it('DEF-RECUR: a bad handbook, a missing one or a bad threshold is a one-line error and exit 2', async () => {
    const dup = join(dir, 'dup.json');
    writeFileSync(
      dup,
      JSON.stringify([
        { id: 'a', description: '漏水' },
        { id: 'a', description: '渗水' },
      ]),
    );
    const bad = await cli(['defects', 'recur', `${DEFECTS}.json`, '--handbook', dup]);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('realty-crm: handbook.1.id: the case id is already used by case 0\n');
    const none = await cli(['defects', 'recur', `${DEFECTS}.json`]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('--handbook');
    const threshold = await cli([
      'defects',
      'recur',
      `${DEFECTS}.json`,
      '--handbook',
      'sol',
      '--threshold',
      '2',
    ]);
    expect(threshold.code).toBe(2);
    expect(threshold.err).toContain('options.threshold');
    const sub = await cli(['defects', 'match', `${DEFECTS}.json`]);
    expect(sub.code).toBe(2);
  });
});

describe('realty-crm validate --kind defect', () => {
  it('DEF-WHAT: the sample defects are valid; a CSV with Chinese headers is read by the field table', async () => {
    const json = await cli(['validate', `${DEFECTS}.json`, '--kind', 'defect', '--locale', 'en']);
    expect(json).toMatchObject({ code: 0, out: '5 valid, 0 invalid records\n' });
    const csv = await cli([
      'validate',
      `${DEFECTS}.csv`,
      '--kind',
      'defect',
      '--locale',
      'en',
      '--format',
      'json',
    ]);
    expect(csv.code).toBe(1);
    const j = JSON.parse(csv.out);
    expect(j).toMatchObject({ valid: 5, invalid: 1 });
    // The naive time 2026-03-21 09:00 is read as Asia/Shanghai by default, refused under reject.
    expect(j.problems.map((p: { index: number; path: string }) => [p.index, p.path])).toEqual([
      [5, 'source'],
      [5, 'description'],
    ]);
    expect(j.import.naiveTimes).toBe(1);
    const reject = await cli([
      'validate',
      `${DEFECTS}.csv`,
      '--kind',
      'defect',
      '--locale',
      'en',
      '--format',
      'json',
      '--naive-times',
      'reject',
    ]);
    expect(
      JSON.parse(reject.out).problems.map((p: { index: number; path: string }) => [p.index, p.path]),
    ).toEqual([
      [5, 'reportedAt'],
      [5, 'source'],
      [5, 'description'],
    ]);
  });

  it('DEF-SOURCE: schema --kind defect prints the defect JSON Schema', async () => {
    const { code, out } = await cli(['schema', '--kind', 'defect']);
    expect(code).toBe(0);
    expect(JSON.parse(out).$id).toBe('https://realty-crm-rules.dev/schemas/defect.schema.json');
  });
});
