/**
 * Issue 12, the CLI part: no command prints a person's name, phone or identity number from
 * the files it reads, in any output format or error line. The files here hold real-format
 * personal data where exports put it: columns of their own (客户姓名, 联系电话, 身份证号), a
 * phone used as the complainant id, a phone or a name typed into a coded column (渠道,
 * 投诉类别), a phone inside a JSON text that does not parse, a name in a defect's
 * description key; a customer export with Chinese headers (客户姓名, 手机号, 身份证号) with a
 * name and a phone in the wrong columns, and one without its header row; the complaint's own
 * contact columns (联系人, 手机号码: contactName and contactPhone), good and bad, in CSV and
 * JSON. (The customers commands have their own test: test/cli/customers.test.ts.)
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateResidentIdNumber } from '../../src/index.js';
import { cli, NOW } from './_cli.js';

const NAME = '欧阳娜娜';
const PHONE = '13812345678';
const ID = '11010519491231002X';
const OTHER_PHONE = '15987654321';
/** Every form a value could be printed in. */
const SHORT_PHONE = '1381234567';
const LANDLINE = '010-65529988';
const PERSONAL = [
  NAME,
  PHONE,
  ID,
  OTHER_PHONE,
  '138-1234-5678',
  '1234 5678',
  ID.slice(6, 14),
  SHORT_PHONE,
  LANDLINE,
  '65529988',
  '张三丰',
];

const dir = mkdtempSync(join(tmpdir(), 'realty-crm-personal-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const CSV = file(
  'complaints.csv',
  [
    '投诉编号,项目,房号,投诉人,客户姓名,联系电话,身份证号,问题,投诉类别,投诉渠道,受理时间',
    `C-1,P-1,H-101,${PHONE},${NAME},138-1234-5678,${ID},roof-leak,工程质量,400热线,2026-11-02 09:30`,
    `C-2,P-1,H-102,U-2,${NAME},${PHONE},${ID},roof-leak,${NAME},${OTHER_PHONE},2026-11-03 09:30`,
    `C-3,P-1,H-103,U-3,${NAME},${PHONE},${ID},roof-leak,${ID},来访,2026-02-30 09:30`,
  ].join('\n'),
);
/** The complaint's contact columns: a good mobile written with +86, a landline, a 10-digit number, a mobile in a name column. */
const CONTACTS = file(
  'contacts.csv',
  [
    '投诉编号,项目,房号,投诉人,联系人,手机号码,问题,投诉类别,投诉渠道,受理时间',
    `C-1,P-1,H-101,U-1,${NAME},+86 138 1234 5678,roof-leak,工程质量,400热线,2026-11-02T09:30:00+08:00`,
    `C-2,P-1,H-102,U-2,张三丰,${LANDLINE},roof-leak,工程质量,400热线,2026-11-02T09:30:00+08:00`,
    `C-3,P-1,H-103,U-3,${NAME},${SHORT_PHONE},roof-leak,工程质量,400热线,2026-11-02T09:30:00+08:00`,
    `C-4,P-1,H-104,U-4,${OTHER_PHONE},(010) 6552 9988,roof-leak,工程质量,400热线,2026-11-02T09:30:00+08:00`,
  ].join('\n'),
);
const record = (i: number, extra: Record<string, unknown>) => ({
  id: `C-${i}`,
  projectId: 'P-1',
  householdId: `H-${i}`,
  complainantId: PHONE,
  issue: 'roof-leak',
  category: 'engineering-quality',
  receivedAt: '2026-11-02T09:30:00+08:00',
  channel: 'visit',
  ...extra,
});
const JSONL = file(
  'complaints.jsonl',
  [
    JSON.stringify(record(1, { contactName: NAME, contactPhone: PHONE, idNumber: ID })),
    JSON.stringify(record(2, { channel: OTHER_PHONE, category: NAME })),
    `{"id":"C-3","complainantId":"${PHONE}", "name": "${NAME}" oops`,
  ].join('\n'),
);
const JSON_ARRAY = file(
  'complaints.json',
  `[${JSON.stringify(record(1, { contactPhone: PHONE }))}, {"id": "${ID}" "name": "${NAME}"}]`,
);
const DEFECTS = file(
  'defects.jsonl',
  `${JSON.stringify({ id: 'D-1', project: 'P-1', phase: '1', source: 'owner-complaint', discipline: NAME, major: false, reportedAt: '2026-11-02T09:30:00+08:00', description: { zh: '阳台渗水' }, ownerPhone: PHONE })}\n`,
);
const HOUSEHOLDS = file(
  'households.csv',
  `householdId,eligible,ownerName,ownerPhone,firstInspectedOn\nA-1,true,${NAME},${PHONE},2026-10-12\nA-2,${PHONE},${NAME},${PHONE},2026-10-12\n`,
);
const CUSTOMERS = file(
  'customers.csv',
  [
    '客户编号,所属项目,客户姓名,手机号,身份证号,是否决策者,建档日期,其他证件类型',
    `K-1,P-1,${NAME},${PHONE},${ID},是,2025/8/31,`,
    `K-2,P-1,${NAME},138-1234-5678,${ID.slice(0, 17)}1,否,2025/9/1,`,
    `K-3,P-1,${OTHER_PHONE},${NAME},${ID},${PHONE},2025/9/1,${NAME}`,
  ].join('\r\n'),
);
const CUSTOMERS_NO_HEADER = file('customers-no-header.csv', `K-1,P-1,${NAME},${PHONE},${ID},是,2025/8/31\n`);
const HANDBOOK = file('handbook.json', `[{"id": "K-1", "description": "${NAME} ${PHONE}"`);
const NOTICE = file('notice-2027.json', `{"year": 2027, "issuedBy": "${NAME}", "phone": ${PHONE}x}`);

const RUNS: readonly (readonly string[])[] = [
  ...[CSV, JSONL, JSON_ARRAY, CONTACTS].flatMap((f) => [
    ['triage', f, '--now', NOW],
    ['triage', f, '--now', NOW, '--format', 'json', '--locale', 'en'],
    ['triage', f, '--now', NOW, '--format', 'csv'],
    ['triage', f, '--now', NOW, '--summary-only', '--locale', 'en'],
    ['validate', f],
    ['validate', f, '--format', 'json', '--locale', 'en'],
  ]),
  ['validate', DEFECTS, '--kind', 'defect', '--locale', 'en'],
  ['validate', HOUSEHOLDS, '--kind', 'household-delivery', '--format', 'json'],
  ['validate', CUSTOMERS, '--kind', 'customer'],
  ['validate', CUSTOMERS, '--kind', 'customer', '--format', 'json', '--locale', 'en'],
  ['validate', CUSTOMERS_NO_HEADER, '--kind', 'customer', '--locale', 'en'],
  ['customers', 'due', CUSTOMERS, '--now', NOW, '--format', 'json'],
  ['customers', 'due', CUSTOMERS_NO_HEADER, '--now', NOW],
  ['defects', 'recur', DEFECTS, '--handbook', 'sol', '--format', 'json'],
  ['defects', 'recur', DEFECTS, '--handbook', HANDBOOK],
  ['delivery', 'kpis', HOUSEHOLDS, '--from', '2026-10-01', '--to', '2026-10-31'],
  ['calendar', '2026-12-28', '--add-working-days', '5', '--calendar', NOTICE, '--locale', 'en'],
  ['triage', CSV, '--now', NOW, '--calendar', NOTICE],
];

describe('CUS-PRIVACY: no CLI command prints the personal data of the files it reads', () => {
  it('CUS-PRIVACY: the fixture holds real-format personal data (a valid identity number, 11-digit mobiles)', () => {
    expect(validateResidentIdNumber(ID).valid).toBe(true);
    expect(PHONE).toMatch(/^1[3-9]\d{9}$/);
    expect(OTHER_PHONE).toMatch(/^1[3-9]\d{9}$/);
  });

  it('CUS-PRIVACY: the contact columns are read (a contact phone in its stored form) and a bad phone is refused at contactPhone', async () => {
    const { out } = await cli(['validate', CONTACTS, '--format', 'json', '--locale', 'en']);
    expect(out).toContain('contactPhone');
    const triage = await cli(['triage', CONTACTS, '--now', NOW, '--format', 'json']);
    // Three of four are valid: the 10-digit number is refused, without being shown.
    expect((JSON.parse(triage.out) as { complaints: unknown[] }).complaints).toHaveLength(3);
  });

  it.each(RUNS.map((args) => [args.filter((a) => !a.startsWith('/')).join(' '), args] as const))(
    'CUS-PRIVACY: %s prints no name, phone or identity number',
    async (_, args) => {
      const { code, out, err } = await cli(args);
      // Each run did something (a result, a problem or a refusal), and showed none of it.
      expect(`${out}${err}`.length).toBeGreaterThan(0);
      expect([0, 1, 2]).toContain(code);
      expect(PERSONAL.filter((v) => out.includes(v) || err.includes(v))).toEqual([]);
    },
  );
});
