/**
 * Writes the sample customer files of `examples/` (JSON and CSV) from a seeded PRNG: the
 * same seed gives the same bytes. Invented people with real-format data, made so that none
 * can be a real person's:
 *
 * - identity numbers with a valid GB 11643-1999 check character, but with a city-level
 *   region code (440100 广州市, 310100 上海市, ...: the "市辖区" codes ending in 00 that no
 *   county assigns to a person), so they pass the library's check (which reads only the
 *   province, since revoked county codes remain valid) without being anyone's number; a few
 *   15-digit and residence-permit numbers built the same way;
 * - mobile numbers in blocks that were never allocated (160, 161, 163, 164, 168, 169, 194):
 *   11 digits beginning 1[3-9], valid by the default lenient check, reaching no one;
 *   landlines with a real area code and an invented local number;
 * - names from common surnames and given-name characters, compound surnames among them.
 *
 * Built in (see {@link CUSTOMER_SAMPLE_SCENARIOS}): at {@link CUSTOMER_SAMPLE_NOW}, reviews
 * overdue, due today (one moved back from a Saturday and one from a Sunday), due on the next
 * working day, one due on National Day moved back to 09-30; files whose 10-year retention
 * ended, ends today and ends tomorrow; a withdrawn consent; and bad records
 * ({@link CUSTOMER_SAMPLE_BAD_RECORDS}).
 *
 *   npm run samples:customers              writes examples/customers.sample.{json,csv}
 *   npm run samples:customers -- --check   exits 1 when a committed file is stale
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUSTOMER_FIELDS, CustomerSchema, computeIdCheckCharacter } from '../src/index.js';
import { findRepoRoot } from './generateSchemas.js';

/** The moment the samples are judged at (a Friday). */
export const CUSTOMER_SAMPLE_NOW = '2026-11-20T10:00:00+08:00';
const SEED = 20261120;
const MS_DAY = 86_400_000;

/** The records built in on purpose, by id. */
export const CUSTOMER_SAMPLE_SCENARIOS = Object.freeze({
  reviewOverdue: ['K-0001', 'K-0002'],
  reviewDueToday: ['K-0003', 'K-0004', 'K-0005'],
  reviewNextWorkingDay: ['K-0006'],
  reviewMovedBeforeNationalDay: ['K-0007'],
  retentionEnded: ['K-0008'],
  retentionEndsToday: ['K-0009'],
  retentionEndsTomorrow: ['K-0010'],
  consentWithdrawn: ['K-0011'],
});

/** The bad records: their id, the field at fault and what is wrong. */
export const CUSTOMER_SAMPLE_BAD_RECORDS: readonly { id: string; field: string; defect: string }[] =
  Object.freeze([
    { id: 'K-0901', field: 'idNumber', defect: 'a wrong check character' },
    { id: 'K-0902', field: 'phone', defect: 'a mobile number of 10 digits' },
    { id: 'K-0903', field: 'phone', defect: 'a landline without its area code' },
    { id: 'K-0904', field: 'budgetMinYuan', defect: 'a budget whose lower end is above its upper end' },
    { id: 'K-0905', field: 'idNumber', defect: 'a birth date of 1999-02-29' },
    { id: 'K-0906', field: 'lastReviewedOn', defect: 'reviewed before the file was opened' },
  ]);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The PRNG, started afresh by each {@link generateCustomerSamples} call. */
let next = mulberry32(SEED);
const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const addDays = (day: string, n: number): string => dayOf(dayMs(day) + n * MS_DAY);

/** City-level region codes (市辖区, ending in 00): a real province, never a person's county. */
const CITY_REGIONS = [
  '110100',
  '310100',
  '440100',
  '440300',
  '510100',
  '330100',
  '420100',
  '320100',
  '500100',
  '610100',
];
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
];
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '慕容'];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀',
  '霞',
  '平',
  '刚',
  '桂',
  '英',
  '华',
  '文',
  '晨',
  '宇',
  '欣',
  '怡',
  '浩',
];
const UNALLOCATED_BLOCKS = ['160', '161', '163', '164', '168', '169', '194'];
const AREA_CODES = ['010', '020', '021', '0571', '0755', '028', '027', '025'];
const PROJECTS = ['P-GZ-01', 'P-SZ-02', 'P-SH-01', 'P-CD-03'];

function idNumber(birth: string, male: boolean, region = pick(CITY_REGIONS)): string {
  const seq = int(0, 99) * 10 + (male ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
  const d17 = `${region}${birth.replace(/-/g, '')}${pad(seq, 3)}`;
  return `${d17}${computeIdCheckCharacter(d17)}`;
}
const mobile = (): string => `${pick(UNALLOCATED_BLOCKS)}${pad(int(0, 99_999_999), 8)}`;
function landline(): string {
  const area = pick(AREA_CODES);
  return `${area}-${int(2, 8)}${pad(int(0, area.length === 3 ? 9_999_999 : 999_999), area.length === 3 ? 7 : 6)}`;
}
function name(): string {
  const surname = next() < 0.1 ? pick(COMPOUND) : pick(SURNAMES);
  return `${surname}${pick(GIVEN)}${next() < 0.6 ? pick(GIVEN) : ''}`;
}

type Sample = Record<string, string | number | boolean>;

function person(id: string, extra: Sample = {}): Sample {
  const male = next() < 0.5;
  const birth = dayOf(Date.UTC(int(1955, 2000), 0, 1) + int(0, 364) * MS_DAY);
  const record: Sample = {
    id,
    projectId: pick(PROJECTS),
    name: name(),
    phone: next() < 0.9 ? mobile() : landline(),
    createdOn: '2025-03-01',
  };
  if (next() < 0.7) record.idNumber = idNumber(birth, male);
  if (next() < 0.6)
    record.occupation = pick(['教师', '医生', '工程师', '个体经营', '公务员', '自由职业', '退休']);
  if (next() < 0.6) record.purpose = pick(['自住', '投资', '改善', '为父母购置']);
  if (next() < 0.5) {
    const lo = pick([60, 80, 90, 110, 130]);
    record.intendedAreaMinSqm = lo;
    record.intendedAreaMaxSqm = lo + pick([20, 30, 40]);
  }
  if (next() < 0.5) {
    const lo = pick([150, 200, 300, 450]) * 10_000;
    record.budgetMinYuan = lo;
    record.budgetMaxYuan = lo + pick([50, 100, 150]) * 10_000;
  }
  if (next() < 0.5) record.isDecisionMaker = next() < 0.7;
  if (next() < 0.5) record.purchaseCount = int(0, 3);
  return { ...record, ...extra };
}

/** The sample records, in file order: the scenarios, a background, then the bad ones. */
export function generateCustomerSamples(): Sample[] {
  next = mulberry32(SEED);
  const records: Sample[] = [
    person('K-0001', { lastReviewedOn: '2026-05-19' }), // due 11-19: overdue 1 day
    person('K-0002', { createdOn: '2026-03-31' }), // never reviewed: due 09-30 (Wednesday)
    person('K-0003', { lastReviewedOn: '2026-05-20' }), // due 11-20
    person('K-0004', { lastReviewedOn: '2026-05-21' }), // 11-21 is a Saturday: due 11-20
    person('K-0005', { lastReviewedOn: '2026-05-22' }), // 11-22 is a Sunday: due 11-20
    person('K-0006', { lastReviewedOn: '2026-05-23' }), // due Monday 11-23
    person('K-0007', { lastReviewedOn: '2026-04-01' }), // 10-01 National Day: due 09-30
    person('K-0008', { createdOn: '2008-05-04', closedOn: '2016-03-15' }), // kept through 2026-03-15
    person('K-0009', { createdOn: '2009-06-01', closedOn: '2016-11-19' }), // disposal from 2026-11-20
    person('K-0010', { createdOn: '2009-06-01', closedOn: '2016-11-20' }), // disposal from 2026-11-21
    person('K-0011', { lastReviewedOn: '2026-08-31', consentWithdrawnOn: '2026-11-02' }),
    person('K-0012', { lastReviewedOn: '2026-07-01', idNumber: idNumber('1968-07-12', true, '810000') }),
    person('K-0013', {
      lastReviewedOn: '2026-07-02',
      idNumber: `${'440100'}${'720315'}${pad(int(100, 999), 3)}`,
    }), // 15 digits
  ];
  for (let i = 14; i <= 60; i++) {
    const reviewed = addDays('2026-05-24', int(0, 170));
    const closed = next() < 0.15 ? addDays('2017-01-01', int(0, 3000)) : undefined;
    records.push(
      person(`K-${pad(i, 4)}`, {
        lastReviewedOn: reviewed,
        ...(closed === undefined
          ? {}
          : { createdOn: '2012-04-01', closedOn: closed, lastReviewedOn: '2015-06-01' }),
      }),
    );
  }
  const good = person('K-0900');
  const wrongCheck = (id: string) => `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`;
  records.push(
    { ...good, id: 'K-0901', idNumber: wrongCheck(idNumber('1980-01-01', true)) },
    { ...good, id: 'K-0902', phone: mobile().slice(0, 10) },
    { ...good, id: 'K-0903', phone: `${int(2, 8)}${pad(int(0, 9_999_999), 7)}` },
    { ...good, id: 'K-0904', budgetMinYuan: 3_000_000, budgetMaxYuan: 2_000_000 },
    { ...good, id: 'K-0905', idNumber: idNumber('1999-02-29', false) },
    { ...good, id: 'K-0906', createdOn: '2026-01-10', lastReviewedOn: '2025-12-01' },
  );
  return records;
}

const cell = (v: unknown): string => {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The sample files by name. */
export function renderCustomerSamples(): Record<string, string> {
  const records = generateCustomerSamples();
  const csv = [
    CUSTOMER_FIELDS.join(','),
    ...records.map((r) => CUSTOMER_FIELDS.map((f) => cell(r[f])).join(',')),
  ].join('\n');
  return {
    'customers.sample.json': `${JSON.stringify(records, null, 2)}\n`,
    'customers.sample.csv': `${csv}\n`,
  };
}

/** Exactly the listed records are bad, at the listed field. */
function assertSamples(records: readonly Sample[]): void {
  const bad = new Map(CUSTOMER_SAMPLE_BAD_RECORDS.map((b) => [b.id, b.field]));
  for (const r of records) {
    const parsed = CustomerSchema.safeParse(r);
    const field = bad.get(String(r.id));
    if (parsed.success !== (field === undefined))
      throw new Error(`sample ${r.id}: expected ${field ? 'bad' : 'good'}`);
    if (field !== undefined && parsed.error?.issues[0]?.path[0] !== field)
      throw new Error(`sample ${r.id}: expected a problem at ${field}`);
  }
}

export function main(args: readonly string[]): void {
  assertSamples(generateCustomerSamples());
  const dir = join(findRepoRoot(), 'examples');
  const files = renderCustomerSamples();
  if (args.includes('--check')) {
    const stale = Object.keys(files).filter(
      (n) => !existsSync(join(dir, n)) || readFileSync(join(dir, n), 'utf8') !== files[n],
    );
    if (stale.length > 0) {
      process.stderr.write(
        `${stale.map((n) => `examples/${n} is stale`).join('\n')}\nRun \`npm run samples:customers\`.\n`,
      );
      process.exitCode = 1;
    }
    return;
  }
  mkdirSync(dir, { recursive: true });
  for (const [n, text] of Object.entries(files)) writeFileSync(join(dir, n), text);
  process.stdout.write(
    `wrote ${Object.keys(files)
      .map((n) => `examples/${n}`)
      .join(', ')}\n`,
  );
}
