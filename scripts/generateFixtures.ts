/**
 * Writes test/fixtures/imports/: exports as data teams really have them, one file per
 * case the CLI must read (or refuse) well, each tested by test/cli/fixtures.test.ts:
 *
 * - crm-export-gbk.csv: a Chinese CRM's export saved by Excel in GBK, CRLF line ends,
 *   Chinese headers (项目名称, 楼栋房号, 客户姓名, 来电时间, 索赔金额（元）...), Chinese
 *   categories and channels (工程质量, 400热线, 来访, 微信, 12345), yes/no as 是/否, TRUE/FALSE
 *   and Y/N, amounts as `25,000`, `2.5万`, `¥18000`, naive times (`2026/11/2 9:30`), a
 *   remarks column the record does not have, a day that does not exist and an unknown channel;
 * - excel-utf8-bom.csv: Excel's "CSV UTF-8": a BOM, CRLF, TRUE/FALSE, a summary with a comma,
 *   quotes and a line break;
 * - crm-export.xlsx: the same kind of export as a workbook: date-time cells, booleans,
 *   numbers, a second sheet of notes;
 * - excel-unicode.txt: Excel's "Unicode Text": UTF-16LE with a BOM, tab-separated;
 * - times.jsonl: times every way exports write them (`+0800`, no seconds, naive, an Excel
 *   serial date, 02-30, a day with no time);
 * - company-export.csv and company-map.json: a company's own column names and values, read
 *   with --map;
 * - formula-ids.jsonl: ids a spreadsheet would run as formulas;
 * - empty.json, empty.csv, empty.jsonl, blank.jsonl, header-only.csv, empty-array.json: no records;
 * - binary.csv: not text; duplicate-headers.csv: two columns for one field;
 *   mixed-encoding.csv: UTF-8, then GBK;
 * - the household delivery and defect ledgers (scripts/fixtures/nestedKinds.ts).
 * - the repair order and customer exports of scripts/fixtures/flatKinds.ts.
 *
 * Usage: node scripts/run-ts.mjs scripts/generateFixtures.ts [--check]
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFlatKindFixtures } from './fixtures/flatKinds.js';
import { encodeGbk } from './fixtures/gbk.js';
import { renderNestedKindFixtures } from './fixtures/nestedKinds.js';
import { writeXlsx, type XlsxCell } from './fixtures/xlsx.js';
import { findRepoRoot } from './generateSchemas.js';

const crlf = (rows: readonly string[]) => `${rows.join('\r\n')}\r\n`;
const lf = (rows: readonly string[]) => `${rows.join('\n')}\n`;

const GBK_HEADER =
  '投诉编号,项目名称,楼栋房号,客户姓名,问题类型,投诉类别,投诉渠道,来电时间,索赔金额（元）,是否起诉,媒体曝光,解决时间,备注';
const GBK_ROWS = [
  'GD-2026-1101,滨江壹号院,3栋2803,张先生,屋面渗水,工程质量,400热线,2026/11/2 9:30,"25,000",否,FALSE,,已派单',
  'GD-2026-1102,滨江壹号院,5栋1202,李女士,屋面渗水,工程质量,来访,2026-11-03 10:15:00,2.5万,是,否,,',
  'GD-2026-1103,西溪云庐,8栋0203,王先生,合同条款,销售管理,微信,2026/11/5 14:00,￥18000,否,否,2026/11/8 17:00,',
  'GD-2026-1104,西溪云庐,2栋0401,赵女士,车库道闸,物业管理,12345,2026/11/10 8:45,,,,,市民热线转办',
  'GD-2026-1105,朝阳臻园,6栋0202,孙先生,采光遮挡,规划设计,信函,2026-02-30 10:00,,,,,',
  'GD-2026-1106,朝阳臻园,1栋0101,周女士,服务态度,客户服务,电话,2026/11/12 16:20,,N,Y,,',
  'GD-2026-1107,锦城天府,6栋1704,吴先生,工地噪音,其它,抖音,2026/11/13 11:00,,,,,直播间留言',
  'GD-2026-1108,锦城天府,3栋0808,郑女士,屋面渗水,工程质量,400热线,2026/11/16 9:05,,,,,',
];

const BOM_ROWS = [
  '投诉编号,项目,房号,投诉人,问题,投诉类别,投诉渠道,受理时间,投诉内容,是否起诉,媒体曝光,有联系方式',
  'C-1,P-SH-01,H-101,U-1,roof-leak,工程质量,400客服热线,2026/11/2 9:30,"顶层渗水，业主称""再不修就找媒体""\n已拍照",FALSE,FALSE,TRUE',
  'C-2,P-SH-01,H-102,U-2,roof-leak,工程质量,hotline,2026/11/3 10:00,屋面渗水,FALSE,TRUE,TRUE',
  'C-3,P-HZ-02,H-201,U-3,parking,物业管理,App,2026-11-04T15:20+0800,车位划线不清,FALSE,FALSE,FALSE',
];

const XLSX_ROWS: XlsxCell[][] = [
  [
    '投诉编号',
    '项目',
    '房号',
    '投诉人',
    '问题',
    '投诉类别',
    '投诉渠道',
    '受理时间',
    '索赔金额',
    '是否起诉',
    '解决时间',
    '集中交付日期',
  ],
  [
    1001,
    'P-BJ-03',
    1203,
    '钱先生',
    'wall-crack',
    '工程质量',
    '来访',
    { localDateTime: '2026-11-02 09:30' },
    20000,
    false,
    null,
    { localDate: '2026-06-30' },
  ],
  [
    1002,
    'P-BJ-03',
    1204,
    '冯女士',
    'wall-crack',
    '工程质量',
    '400热线',
    { localDateTime: '2026-11-03 14:05' },
    20000.01,
    false,
    null,
    { localDate: '2026-06-30' },
  ],
  [
    1003,
    'P-BJ-03',
    301,
    '陈先生',
    'heating',
    '物业管理',
    '微信',
    { localDateTime: '2026-11-05 08:00' },
    null,
    true,
    { localDateTime: '2026-11-06 18:30' },
    { localDate: '2026-06-30' },
  ],
  [null, null, null, null, null, null, null, null, null, null, null, null],
  [
    1004,
    'P-BJ-03',
    502,
    '褚女士',
    'noise',
    '规划设计',
    '12345',
    { localDateTime: '2026-11-18 20:45' },
    null,
    false,
    null,
    null,
  ],
];
const XLSX_NOTES: XlsxCell[][] = [['说明'], ['本表由CRM系统导出，时间为北京时间。']];

const UTF16_ROWS = [
  '投诉编号\t项目\t房号\t投诉人\t问题\t投诉类别\t投诉渠道\t受理时间',
  'T-1\tP-SH-01\tH-301\tU-31\tlift\t物业管理\t来电\t2026/11/9 11:00',
  'T-2\tP-SH-01\tH-302\tU-32\tlift\t物业管理\t来访\t2026/11/9 11:30',
];

const base = {
  projectId: 'P-1',
  householdId: 'H-1',
  complainantId: 'U-1',
  issue: 'roof-leak',
  category: 'engineering-quality',
  channel: 'hotline-400',
};
const TIMES = [
  { ...base, id: 'T-offset-compact', receivedAt: '2026-11-02T09:30:00+0800' },
  { ...base, id: 'T-no-seconds', receivedAt: '2026-11-02T09:30+08:00' },
  { ...base, id: 'T-naive-space', receivedAt: '2026-11-02 09:30' },
  { ...base, id: 'T-naive-slashes', receivedAt: '2026/11/2 9:30:00' },
  { ...base, id: 'T-excel-serial', receivedAt: 46328.395833333336 },
  { ...base, id: 'T-no-such-day', receivedAt: '2026-02-30T10:00:00+08:00' },
  { ...base, id: 'T-day-only', receivedAt: '2026-11-02' },
  { ...base, id: 'T-canonical', receivedAt: '2026-11-02T09:30:00+08:00' },
];

const FORMULAS = [
  '=HYPERLINK("http://example.com","click")',
  '+SUM(1,1)',
  '-1+1',
  '@cmd',
  '\tTAB',
  '\rCR',
  'C-plain',
].map((id, i) => ({ ...base, id, householdId: `H-${i}`, receivedAt: '2026-11-02T09:30:00+08:00' }));

const COMPANY_ROWS = [
  '工单号,楼盘,房间,业主,问题点,类别,来源,登记时间,是否已立案,处理时限',
  'W-1,P-SZ-06,A-1801,U-61,漏水,工程,物业前台,2026-11-10 09:00,已立案,3天',
  'W-2,P-SZ-06,A-1802,U-62,漏水,工程,物业前台,2026-11-10 09:40,未立案,3天',
];
const COMPANY_MAP = {
  columns: {
    工单号: 'id',
    房间: 'householdId',
    业主: 'complainantId',
    问题点: 'issue',
    来源: 'channel',
    是否已立案: 'lawsuitFiled',
    处理时限: null,
  },
  values: { channel: { 物业前台: 'visit' }, lawsuitFiled: { 已立案: true, 未立案: false } },
};

/** Every fixture: file name -> bytes. */
export function renderFixtures(): Record<string, Buffer> {
  const json = (v: unknown) => Buffer.from(`${JSON.stringify(v, null, 2)}\n`);
  const jsonl = (vs: readonly unknown[]) => Buffer.from(lf(vs.map((v) => JSON.stringify(v))));
  return {
    'crm-export-gbk.csv': encodeGbk(crlf([GBK_HEADER, ...GBK_ROWS])),
    'excel-utf8-bom.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf(BOM_ROWS))]),
    'crm-export.xlsx': writeXlsx([
      { name: '投诉台账', rows: XLSX_ROWS },
      { name: '说明', rows: XLSX_NOTES },
    ]),
    'excel-unicode.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf(UTF16_ROWS), 'utf16le')]),
    'times.jsonl': jsonl(TIMES),
    'formula-ids.jsonl': jsonl(FORMULAS),
    'company-export.csv': Buffer.from(lf(COMPANY_ROWS)),
    'company-map.json': json(COMPANY_MAP),
    'empty.json': Buffer.alloc(0),
    'empty.csv': Buffer.alloc(0),
    'empty.jsonl': Buffer.alloc(0),
    'blank.jsonl': Buffer.from('\n\n   \n'),
    'header-only.csv': Buffer.from(`${BOM_ROWS[0]}\r\n`),
    'empty-array.json': Buffer.from('[]\n'),
    'binary.csv': Buffer.from(
      Array.from({ length: 512 }, (_, i) =>
        i < 8 ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a][i] : (i * 37) % 256,
      ) as number[],
    ),
    'duplicate-headers.csv': Buffer.from(
      lf(['投诉编号,受理时间,投诉时间', 'C-1,2026-11-02 09:30,2026-11-02 09:31']),
    ),
    'mixed-encoding.csv': Buffer.concat([
      Buffer.from(
        lf([BOM_ROWS[0] as string, 'C-1,P-1,H-1,U-1,问题一,工程质量,来访,2026/11/2 9:30,内容,否,否,是']),
      ),
      encodeGbk(lf(['C-2,P-1,H-2,U-2,问题二,工程质量,来访,2026/11/2 9:30,内容,否,否,是'])),
    ]),
    ...renderNestedKindFixtures(),
    ...renderFlatKindFixtures(),
  };
}

/** `npm run fixtures` writes test/fixtures/imports/; `-- --check` exits 1 when a committed file is stale. */
export function main(args: readonly string[]): void {
  const dir = join(findRepoRoot(), 'test', 'fixtures', 'imports');
  const files = renderFixtures();
  if (args.includes('--check')) {
    const stale = Object.entries(files).filter(([name, bytes]) => {
      const file = join(dir, name);
      return !existsSync(file) || !readFileSync(file).equals(bytes);
    });
    if (stale.length > 0) {
      process.stderr.write(
        `stale fixtures: ${stale.map(([n]) => n).join(', ')}\nRun \`npm run fixtures\`.\n`,
      );
      process.exitCode = 1;
    } else process.stdout.write(`fixtures are up to date (${Object.keys(files).length} files)\n`);
    return;
  }
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  process.stdout.write(`wrote ${Object.keys(files).length} fixtures to test/fixtures/imports/\n`);
}
