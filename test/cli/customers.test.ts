/**
 * The customers CLI (`customers due`, `validate --kind customer`) on the sample data, whose
 * identity numbers and phones are real in form (valid check characters, 11-digit mobiles):
 * none of them, and no customer's name, appears unmasked in anything the CLI prints, unless
 * --show-personal-info asks for it (CUS-PRIVACY).
 */

import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_SAMPLE_BAD_RECORDS,
  CUSTOMER_SAMPLE_NOW,
  CUSTOMER_SAMPLE_SCENARIOS,
  renderCustomerSamples,
} from '../../scripts/generateCustomerSamples.js';
import { runCli } from '../../src/cli/runCli.js';
import { validateResidentIdNumber } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const JSON_FILE = `${ROOT}examples/customers.sample.json`;
const CSV_FILE = `${ROOT}examples/customers.sample.csv`;
const samples = JSON.parse(readFileSync(JSON_FILE, 'utf8')) as Record<string, string>[];

async function cli(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await runCli(
    args,
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
      stdin: Readable.from([Buffer.from(stdin)]),
    },
    () => new Date(CUSTOMER_SAMPLE_NOW),
  );
  return { code, out, err };
}

/** Every personal value of the samples, in the forms it could be printed in. */
const PERSONAL: readonly string[] = samples.flatMap((r) => {
  const values: string[] = [];
  if (r.name !== undefined) values.push(r.name);
  if (r.idNumber !== undefined) values.push(r.idNumber, r.idNumber.slice(6, 14));
  if (r.phone !== undefined) {
    const digits = r.phone.replace(/\D/g, '');
    values.push(r.phone, digits, digits.slice(-8, -4) + digits.slice(-4));
  }
  return values;
});

function expectNothingPersonal(text: string) {
  const leaked = PERSONAL.filter((v) => text.includes(v));
  expect(leaked).toEqual([]);
}

const RUNS: readonly string[][] = [
  ['customers', 'due', JSON_FILE, '--now', CUSTOMER_SAMPLE_NOW],
  ['customers', 'due', CSV_FILE, '--now', CUSTOMER_SAMPLE_NOW, '--within', '400', '--fallback'],
  ['customers', 'due', JSON_FILE, '--now', CUSTOMER_SAMPLE_NOW, '--format', 'json', '--within', '30'],
  ['customers', 'due', CSV_FILE, '--now', CUSTOMER_SAMPLE_NOW, '--format', 'csv', '--locale', 'en'],
  ['customers', 'due', JSON_FILE, '--now', CUSTOMER_SAMPLE_NOW, '--policy', 'generic', '--locale', 'en'],
  ['validate', JSON_FILE, '--kind', 'customer'],
  ['validate', CSV_FILE, '--kind', 'customer', '--locale', 'en', '--format', 'json'],
];

describe('CUS-PRIVACY: the customers CLI never prints personal data unmasked', () => {
  it('CUS-PRIVACY: the samples hold real-format identity numbers (valid check characters) and 11-digit mobiles', () => {
    const ids = samples.map((r) => r.idNumber).filter((v): v is string => v !== undefined);
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id) => validateResidentIdNumber(id).valid).length).toBe(ids.length - 2);
    expect(samples.filter((r) => /^1[3-9]\d{9}$/.test(r.phone ?? '')).length).toBeGreaterThan(40);
  });

  it.each(RUNS.map((args) => [args.slice(0, 2).join(' '), args] as const))(
    'CUS-PRIVACY: %s prints no unmasked identity number, phone or name (%j)',
    async (_, args) => {
      const { code, out, err } = await cli([...args]);
      expect(code).toBe(1); // the samples hold bad records on purpose
      expect(out.length).toBeGreaterThan(100);
      expectNothingPersonal(out);
      expectNothingPersonal(err);
    },
  );

  it('CUS-PRIVACY: --show-personal-info shows names and phones (the check above can fail)', async () => {
    const { out } = await cli([
      'customers',
      'due',
      JSON_FILE,
      '--now',
      CUSTOMER_SAMPLE_NOW,
      '--show-personal-info',
    ]);
    const k3 = samples.find((r) => r.id === 'K-0003') as Record<string, string>;
    expect(out).toContain(k3.name);
    expect(out).toContain(k3.phone);
    expect(out).not.toContain(k3.idNumber ?? 'no id number');
  });
});

/** The `$ realty-crm ...` sessions of a customers guide, each with the lines it shows. */
function sessions(lang: 'en' | 'zh-CN'): { command: string; shown: string[] }[] {
  const text = readFileSync(`${ROOT}docs/${lang}/customers.md`, 'utf8');
  const found: { command: string; shown: string[] }[] = [];
  for (const block of text.matchAll(/```text\n([\s\S]*?)```/g)) {
    for (const line of (block[1] as string).replace(/\n$/, '').split('\n')) {
      if (line.startsWith('$ ')) found.push({ command: line.slice(2), shown: [] });
      else found.at(-1)?.shown.push(line);
    }
  }
  return found;
}

describe('CUS-PRIVACY: the sessions of the customers guides print what the CLI prints', () => {
  it.each(['en', 'zh-CN'] as const)('CUS-PRIVACY: docs/%s/customers.md', async (lang) => {
    const all = sessions(lang);
    expect(all.length).toBeGreaterThan(1);
    let last: number | undefined;
    for (const { command, shown } of all) {
      if (command === 'echo $?') {
        expect(shown).toEqual([String(last)]);
        continue;
      }
      const [program, ...args] = command.split(/\s+/);
      expect(program).toBe('realty-crm');
      const { code, out, err } = await cli(args.map((a) => (a.startsWith('examples/') ? `${ROOT}${a}` : a)));
      last = code;
      expect(`${out}${err}`.replace(/\n$/, '').split('\n'), command).toEqual(shown);
    }
  });
});

describe('CUS-REVIEW, CUS-RETENTION: customers due', () => {
  it('CUS-REVIEW: lists the reviews due today or overdue (moved back from the weekend) and the files due for disposal', async () => {
    const { out, err } = await cli([
      'customers',
      'due',
      JSON_FILE,
      '--now',
      CUSTOMER_SAMPLE_NOW,
      '--format',
      'json',
    ]);
    const j = JSON.parse(out);
    const ids = (list: { customerId: string }[]) => list.map((e) => e.customerId);
    const s = CUSTOMER_SAMPLE_SCENARIOS;
    expect(ids(j.review)).toEqual(
      expect.arrayContaining([...s.reviewOverdue, ...s.reviewDueToday, ...s.reviewMovedBeforeNationalDay]),
    );
    expect(ids(j.review)).not.toContain(s.reviewNextWorkingDay[0]);
    expect(j.review.find((e: { customerId: string }) => e.customerId === 'K-0004')).toMatchObject({
      dueOn: '2026-11-20',
      status: 'due-today',
    });
    expect(j.review.find((e: { customerId: string }) => e.customerId === 'K-0007')).toMatchObject({
      dueOn: '2026-09-30',
      status: 'overdue',
    });
    expect(ids(j.disposal)).toEqual([...s.retentionEnded, ...s.consentWithdrawn, ...s.retentionEndsToday]);
    expect(j.records).toEqual({
      valid: samples.length - CUSTOMER_SAMPLE_BAD_RECORDS.length,
      invalid: CUSTOMER_SAMPLE_BAD_RECORDS.length,
    });
    expect(err.split('\n').filter(Boolean)).toHaveLength(CUSTOMER_SAMPLE_BAD_RECORDS.length);
  });

  it('CUS-RETENTION: the CSV and the JSON sample give the same list; --within 1 adds the file whose retention ends today', async () => {
    const fromJson = await cli([
      'customers',
      'due',
      JSON_FILE,
      '--now',
      CUSTOMER_SAMPLE_NOW,
      '--format',
      'csv',
    ]);
    const fromCsv = await cli([
      'customers',
      'due',
      CSV_FILE,
      '--now',
      CUSTOMER_SAMPLE_NOW,
      '--format',
      'csv',
    ]);
    expect(fromCsv.out).toBe(fromJson.out);
    const within = await cli([
      'customers',
      'due',
      CSV_FILE,
      '--now',
      CUSTOMER_SAMPLE_NOW,
      '--within',
      '1',
      '--format',
      'csv',
    ]);
    expect(within.out).toContain(CUSTOMER_SAMPLE_SCENARIOS.retentionEndsTomorrow[0]);
    expect(within.out.split('\n')[0]).toBe(
      'duty,customerId,projectId,name,phone,dueOn,status,daysOverdue,action',
    );
  });

  it('CUS-REVIEW: the table names both duties in Chinese, and the bad records on stderr by field, without values', async () => {
    const { out, err } = await cli(['customers', 'due', CSV_FILE, '--now', CUSTOMER_SAMPLE_NOW]);
    expect(out).toContain('档案复核更新 (CUS-REVIEW)');
    expect(out).toContain('销毁或匿名化 (CUS-RETENTION, CUS-PIPL)');
    expect(out).toContain('经审批后销毁');
    for (const bad of CUSTOMER_SAMPLE_BAD_RECORDS) expect(err).toContain(`: ${bad.field}: `);
  });

  it('CUS-REVIEW: bad arguments exit 2 with one line', async () => {
    for (const args of [
      ['customers', 'list', JSON_FILE],
      ['customers', 'due'],
      ['customers', 'due', JSON_FILE, '--now', 'tomorrow'],
      ['customers', 'due', JSON_FILE, '--within=-3'],
      ['customers', 'due', JSON_FILE, '--within', '1.5'],
      ['customers', 'due', JSON_FILE, '--format', 'xml'],
    ]) {
      const { code, err } = await cli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('CUS-FIELDS: the committed samples are what scripts/generateCustomerSamples.ts writes', () => {
    for (const [name, text] of Object.entries(renderCustomerSamples())) {
      expect(
        readFileSync(`${ROOT}examples/${name}`, 'utf8'),
        `examples/${name}: run npm run samples:customers`,
      ).toBe(text);
    }
  });
});
