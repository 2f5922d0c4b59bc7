/**
 * The realistic exports of test/fixtures/imports (written by scripts/generateFixtures.ts):
 * what the CLI prints and exits with for each.
 */

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, NOW, ROOT } from './_cli.js';

const F = (name: string) => `${FIXTURES}${name}`;

describe('exports as data teams have them', () => {
  it('CMP-CHANNEL: a GBK CRM export with Chinese headers, categories and channels, CRLF, 是/否, 2.5万 and naive times goes in cleanly', async () => {
    const r = await cli([
      'triage',
      F('crm-export-gbk.csv'),
      '--now',
      NOW,
      '--format',
      'json',
      '--locale',
      'en',
    ]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.complaints.map((c: { id: string }) => c.id)).toEqual([
      'GD-2026-1101',
      'GD-2026-1102',
      'GD-2026-1103',
      'GD-2026-1104',
      'GD-2026-1106',
      'GD-2026-1108',
    ]);
    // 25,000 and 2.5万 are over 20,000 yuan (CMP-SEV-MAJOR-COMP); ￥18000 is not; Y for media is CMP-SEV-MAJOR-LEGAL.
    const level = (id: string) => j.complaints.find((c: { id: string }) => c.id === id).level;
    expect(level('GD-2026-1101')).toBe('major');
    expect(level('GD-2026-1102')).toBe('major');
    expect(level('GD-2026-1103')).toBe('general');
    expect(level('GD-2026-1106')).toBe('major');
    // 2026/11/2 9:30 read as Asia/Shanghai: 2 working days to the reply, the end of 11-04.
    expect(j.complaints[0].replyBy).toMatchObject({
      lastDay: '2026-11-04',
      endsAt: '2026-11-04T16:00:00.000Z',
    });
    expect(j.invalid).toEqual([
      {
        path: 'receivedAt',
        message: 'the day does not exist in the calendar (such as February 30 or April 31)',
        count: 1,
        examples: [{ index: 4, line: 6 }],
      },
      expect.objectContaining({ path: 'channel', count: 1, examples: [{ index: 6, line: 8 }] }),
    ]);
    expect(j.import).toMatchObject({ format: 'csv', encoding: 'gb18030', naiveTimes: 8 });
    expect(j.import.aliases).toBeGreaterThan(20);
    expect(j.import.columns.unknown).toEqual([{ header: '备注', column: 13 }]);
    expect(j.import.columns.renamed).toContainEqual({ header: '来电时间', field: 'receivedAt' });
    expect(j.import.columns.renamed).toContainEqual({
      header: '索赔金额（元）',
      field: 'compensationClaimed',
    });
  });

  it('CMP-CATEGORY: the GBK export as a Chinese table: aligned, the import read out once, the bad rows grouped', async () => {
    const r = await cli(['triage', F('crm-export-gbk.csv'), '--now', NOW]);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[2]).toMatch(/^投诉编号 {6}投诉类别 {2}重要性/);
    // Every row's columns start at the same display column, CJK characters counted two wide.
    const starts = (l: string) =>
      [...l.matchAll(/ {2}(?=\S)/g)].map((m) => displayWidth(l.slice(0, (m.index ?? 0) + 2)));
    expect(starts(lines[3] as string).slice(0, 4)).toEqual(starts(lines[2] as string).slice(0, 4));
    expect(r.out).toContain('  按GB18030/GBK编码读取\n');
    expect(r.out).toContain('  未识别的列，未读取：备注\n');
    expect(r.out).toContain('  8个未带时区的时间按北京时间（UTC+8）读取（--naive-times reject 则拒绝）\n');
    expect(r.out).toContain(
      '无效记录（2条）：\n  receivedAt：日期不存在（如2月30日、4月31日）\n    1条：#4（行 6）\n',
    );
    expect(r.out).not.toMatch(/�/);
  });

  it('CMP-DL-FORM: --naive-times reject refuses times without an offset, and says why', async () => {
    const r = await cli(['validate', F('crm-export-gbk.csv'), '--naive-times', 'reject', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'receivedAt: a time without an offset (such as +08:00) does not say which instant it is',
    );
    expect(r.out).toMatch(/\n {2}7 records, such as #0 \(line 2\), #1 \(line 3\), #2 \(line 4\), …\n/);
    expect(r.out).toMatch(/\n0 valid, 8 invalid records\n$/);
  });

  it("CMP-CATEGORY: Excel's CSV UTF-8 (BOM, CRLF, TRUE/FALSE, a quoted summary over two lines) is read whole", async () => {
    const r = await cli(['validate', F('excel-utf8-bom.csv'), '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\n3 valid, 0 invalid records\n$/);
    const t = JSON.parse(
      (await cli(['triage', F('excel-utf8-bom.csv'), '--now', NOW, '--format', 'json'])).out,
    );
    // TRUE for media exposure: major (CMP-SEV-MAJOR-LEGAL); the +0800 offset is read.
    expect(t.complaints.map((c: { level: string }) => c.level)).toEqual(['hot', 'major', 'hot']);
    expect(t.complaints[2].replyBy.lastDay).toBe('2026-11-06');
  });

  it('CMP-SEV-MAJOR-COMP: an .xlsx workbook: date-time cells read as Asia/Shanghai, 20,000 and 20,000.01 on both sides', async () => {
    const r = await cli(['triage', F('crm-export.xlsx'), '--now', NOW, '--format', 'json', '--locale', 'en']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.complaints.map((c: { id: string; level: string }) => [c.id, c.level])).toEqual([
      ['1001', 'hot'],
      ['1002', 'major'],
      ['1003', 'major'],
      ['1004', 'general'],
    ]);
    expect(j.complaints[0].replyBy.lastDay).toBe('2026-11-04');
    // Delivered 2026-06-30: the 3-month window ended 2026-09-30, so the property company handles (CMP-ROUTE-PHASE).
    expect(j.complaints[0].unit).toBe('property-company');
    expect(j.import).toMatchObject({ format: 'xlsx', naiveTimes: 5 });
    expect(j.import).not.toHaveProperty('encoding');
  });

  it('CMP-CATEGORY: --sheet picks a sheet by name or number; a sheet of notes or a missing one is exit 2', async () => {
    expect((await cli(['validate', F('crm-export.xlsx'), '--sheet', '1'])).code).toBe(0);
    const notes = await cli(['validate', F('crm-export.xlsx'), '--sheet', '说明']);
    expect(notes.code).toBe(2);
    expect(notes.err).toMatch(
      /^realty-crm: .*no column is a field of a complaint record \(the first row has 说明\)/,
    );
    const missing = await cli(['validate', F('crm-export.xlsx'), '--sheet', '9']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('has no sheet "9"');
  });

  it("CMP-CHANNEL: Excel's Unicode Text (UTF-16LE, tabs): 来电 is the 400 hotline; an unknown channel stays an error", async () => {
    const r = await cli(['validate', F('excel-unicode.txt'), '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('read as UTF-16LE text');
    expect(r.out).toMatch(/\n2 valid, 0 invalid records\n$/);
  });

  it('CMP-DL-REPLY: times as exports write them: +0800, no seconds, naive, an Excel serial; 02-30 and a bare day refused', async () => {
    const r = await cli(['triage', F('times.jsonl'), '--now', NOW, '--format', 'json', '--locale', 'en']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.complaints.map((c: { id: string }) => c.id)).toEqual([
      'T-offset-compact',
      'T-no-seconds',
      'T-naive-space',
      'T-naive-slashes',
      'T-excel-serial',
      'T-canonical',
    ]);
    // Every one is 2026-11-02 09:30 Asia/Shanghai: the same reply deadline.
    for (const c of j.complaints) expect(c.replyBy.lastDay, c.id).toBe('2026-11-04');
    expect(j.invalid.map((g: { path: string; message: string }) => [g.path, g.message])).toEqual([
      ['receivedAt', 'the day does not exist in the calendar (such as February 30 or April 31)'],
      ['receivedAt', 'a day without a time of day: this field needs the time too (such as 2025-10-09 10:00)'],
    ]);
    expect(j.import).toMatchObject({ naiveTimes: 3, aliases: 2 });
  });

  it("CMP-CHANNEL: --map reads a company's own columns and values (物业前台 is a visit, 已立案 a lawsuit filed)", async () => {
    const bare = await cli(['validate', F('company-export.csv'), '--locale', 'en']);
    expect(bare.code).toBe(1);
    const r = await cli([
      'triage',
      F('company-export.csv'),
      '--map',
      F('company-map.json'),
      '--now',
      NOW,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.complaints.map((c: { id: string; level: string }) => [c.id, c.level])).toEqual([
      ['W-1', 'major'],
      ['W-2', 'hot'],
    ]);
    expect(j.import.columns.ignored).toEqual(['处理时限']);
    const bad = await cli(['validate', F('company-export.csv'), '--map', F('times.jsonl')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^realty-crm: --map: .* is not valid JSON\n$/);
  });

  it('CMP-CATEGORY: ids a spreadsheet would run as formulas are written as text in every CSV', async () => {
    const r = await cli(['triage', F('formula-ids.jsonl'), '--now', NOW, '--format', 'csv']);
    expect(r.code).toBe(0);
    const ids = r.out
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.slice(0, l.indexOf(',engineering-quality,')));
    expect(ids).toEqual([
      `"'=HYPERLINK(""http://example.com"",""click"")"`,
      `"'+SUM(1,1)"`,
      `'-1+1`,
      `'@cmd`,
      `"'\tTAB"`,
      `"'\rCR"`,
      'C-plain',
    ]);
  });

  it('CMP-CATEGORY: no records is not an error, in every format; the run says 0', async () => {
    for (const name of [
      'empty.json',
      'empty.csv',
      'empty.jsonl',
      'blank.jsonl',
      'header-only.csv',
      'empty-array.json',
    ]) {
      const v = await cli(['validate', F(name), '--locale', 'en']);
      expect(v.code, name).toBe(0);
      expect(v.out, name).toMatch(/(^|\n)0 valid, 0 invalid records\n$/);
      const t = await cli(['triage', F(name), '--now', NOW, '--format', 'json']);
      expect(t.code, name).toBe(0);
      expect(JSON.parse(t.out).summary.valid, name).toBe(0);
    }
  });

  it('CMP-CATEGORY: what cannot be read is one line and exit 2: binary, two columns for one field, two encodings', async () => {
    const cases: [string, RegExp][] = [
      ['binary.csv', /is not a text file \(it holds binary data\)$/],
      ['duplicate-headers.csv', /columns 2 \('受理时间'\) and 3 \('投诉时间'\) both give receivedAt/],
      ['mixed-encoding.csv', /starts as UTF-8 text and then is not/],
    ];
    for (const [name, message] of cases) {
      for (const command of ['validate', 'triage']) {
        const r = await cli(command === 'triage' ? [command, F(name), '--now', NOW] : [command, F(name)]);
        expect(r.code, name).toBe(2);
        expect(r.out, name).toBe('');
        expect(r.err.trim().split('\n'), name).toHaveLength(1);
        expect(r.err.trim(), name).toMatch(message);
      }
    }
  });

  it('DLV-SUMMARY: a GBK handover ledger (Chinese headers, counts per discipline, 是/否, TRUE/FALSE, Y) is validated as household deliveries', async () => {
    const r = await cli([
      'validate',
      F('household-ledger-gbk.csv'),
      '--kind',
      'household-delivery',
      '--locale',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      [
        'keysTakenOn: the keys cannot be taken before the first inspection',
        '  1 record: #4 (line 6)',
        'firstInspectedOn: the day does not exist in the calendar (such as February 30 or April 31)',
        '  1 record: #5 (line 7)',
        'mode: Invalid option: expected one of "centralized"|"sporadic"',
        '  1 record: #6 (line 8)',
        'read as GB18030/GBK text',
        'columns read by another name: 房号 → householdId, 具备入住资格 → eligible, 交付方式 → mode, 通知日期 → notifiedOn, 首次验房日期 → firstInspectedOn, 首次验房即收楼 → keysTakenAtFirstInspection, 收楼日期 → keysTakenOn, 拒收原因 → refusedReasons, 给排水问题数 → repairs.plumbing, 门窗问题数 → repairs.doors-and-windows, 防水问题数 → repairs.waterproofing',
        'columns not read (no such field): 备注',
        '34 values read through an alias (such as 是/否, 400热线, 2.5万)',
        '4 valid, 3 invalid records',
        '',
      ].join('\n'),
    );
    // The valid households feed the summary: 3 plumbing + 2 doors-and-windows + 1 waterproofing items.
    const k = await cli([
      'delivery',
      'kpis',
      F('household-ledger-gbk.csv'),
      '--from',
      '2026-10-10',
      '--to',
      '2026-10-18',
      '--format',
      'json',
    ]);
    expect(k.code).toBe(1);
    expect(k.err).toContain('记录 4 (行 6): keysTakenOn: ');
  });

  it("DEF-WHAT: Excel's CSV UTF-8 defect ledger (BOM, CRLF, description in two columns, naive times) is validated as defects", async () => {
    const r = await cli([
      'validate',
      F('defects-bom.csv'),
      '--kind',
      'defect',
      '--locale',
      'en',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ valid: 3, invalid: 3 });
    expect(j.problems.map((p: { index: number; path: string }) => [p.index, p.path])).toEqual([
      [3, 'description'],
      [4, 'source'],
      [5, 'householdsAffected'],
    ]);
    expect(j.import).toMatchObject({ format: 'csv', encoding: 'utf-8', naiveTimes: 4 });
    expect(j.import.columns.renamed).toContainEqual({ header: '缺陷描述', field: 'description.zh' });
    expect(j.import.columns.renamed).toContainEqual({ header: '英文描述', field: 'description.en' });
    const rejected = await cli([
      'validate',
      F('defects-bom.csv'),
      '--kind',
      'defect',
      '--naive-times',
      'reject',
    ]);
    expect(rejected.code).toBe(1);
    expect(rejected.out).toContain('有效记录 1 条，无效记录 5 条');
    expect(rejected.out).toContain('reportedAt：时间未带时区偏移');
  });

  it('DLV-RISK-HQ: delivery risk checks exported as JSON lines with Chinese keys, in the items too, are validated: repeated ids and departments and an HQ check without its day refused', async () => {
    const r = await cli([
      'validate',
      F('delivery-risk-checks.jsonl'),
      '--kind',
      'delivery-risk-check',
      '--locale',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      [
        'items.1.id: the id is used twice',
        '  1 record: #1 (line 2)',
        'hqCheck.checkedOn: Invalid input: expected string, received undefined',
        '  1 record: #2 (line 3)',
        'hqCheck.departments: a department is listed twice',
        '  1 record: #3 (line 4)',
        'columns read by another name: 项目编号 → projectId, 交付批次 → batch, 交付日期 → deliveryOn, 是否首次交付 → firstDelivery, 风险检查小组成立日期 → teamFormedOn, 自查完成日期 → selfCheckCompletedOn, 自评报告提交日期 → reportSubmittedOn, 检查项 → items',
        '16 values read through an alias (such as 是/否, 400热线, 2.5万)',
        '1 valid, 3 invalid records',
        '',
      ].join('\n'),
    );
    const zh = await cli(['validate', F('delivery-risk-checks.jsonl'), '--kind', 'delivery-risk-check']);
    expect(zh.code).toBe(1);
    expect(zh.out).toContain('items.1.id：编号重复\n  1条：#1（行 2）\n');
    expect(zh.out).toContain('有效记录 1 条，无效记录 3 条');
  });

  it('DLV-OPENING: an opening risk check table (Chinese headers, aspects split by 、, report days by 、 and ；) is validated: an aspect twice, 2026/2/30 and 月报 refused', async () => {
    const r = await cli([
      'validate',
      F('opening-risk-checks.csv'),
      '--kind',
      'opening-risk-check',
      '--locale',
      'en',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ valid: 2, invalid: 3 });
    expect(j.problems.map((p: { index: number; path: string }) => [p.index, p.path])).toEqual([
      [2, 'aspectsChecked'],
      [3, 'reportsSubmittedOn'],
      [4, 'reportingCadence'],
    ]);
    expect(j.import.columns.renamed).toContainEqual({ header: '报告提交日期', field: 'reportsSubmittedOn' });
    const zh = await cli(['validate', F('opening-risk-checks.csv'), '--kind', 'opening-risk-check']);
    expect(zh.code).toBe(1);
    expect(zh.out).toBe(
      [
        'aspectsChecked：检查方面重复',
        '  1条：#2（行 4）',
        'reportsSubmittedOn：日期不存在（如2月30日、4月31日）',
        '  1条：#3（行 5）',
        'reportingCadence：无效选项：期望以下之一 "weekly"|"daily"',
        '  1条：#4（行 6）',
        '按列名别名读取：项目编号 → projectId，新公司 → newCompany，新项目 → newProject，首次开盘 → firstOpening，开盘日期 → openingOn，开盘准备会日期 → preparationMeetingOn，报告频率 → reportingCadence，已检查方面 → aspectsChecked，报告提交日期 → reportsSubmittedOn',
        '33个值按别名读取（如“是/否”“400热线”“2.5万”）',
        '有效记录 2 条，无效记录 3 条',
        '',
      ].join('\n'),
    );
  });

  it("DLV-MODE: --map reads a company's own household columns and values (批量收楼 is centralized, 已收楼 a yes)", async () => {
    const r = await cli([
      'validate',
      F('household-company.csv'),
      '--kind',
      'household-delivery',
      '--map',
      F('household-map.json'),
      '--locale',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('columns left out by the mapping: 经办人');
    expect(r.out).toContain('2 valid, 0 invalid records');
    const without = await cli([
      'validate',
      F('household-company.csv'),
      '--kind',
      'household-delivery',
      '--locale',
      'en',
    ]);
    expect(without.code).toBe(1);
    expect(without.out).toContain('columns not read (no such field): 业主房号');
  });

  it('CMP-CATEGORY: the committed fixtures are what scripts/generateFixtures.ts writes', () => {
    const out = execFileSync(
      process.execPath,
      ['scripts/run-ts.mjs', 'scripts/generateFixtures.ts', '--check'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(out).toMatch(/fixtures are up to date/);
  });
});

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

describe('repair order and customer exports as teams have them', () => {
  it('WAR-FLOW: a GBK repair export with Chinese headers, components by name, FALSE/是/Y, 1,200 and naive times: the bad rows grouped by field', async () => {
    const r = await cli(['validate', F('repair-orders-gbk.csv'), '--kind', 'repair-order', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'completedAt: Completed at (completedAt) is before received at (receivedAt)\n  1 record: #2 (line 4)\n',
    );
    expect(r.out).toMatch(/component: .*\n {2}1 record: #3 \(line 5\)\n/);
    expect(r.out).toContain(
      'receivedAt: the day does not exist in the calendar (such as February 30 or April 31)\n  1 record: #4 (line 6)\n',
    );
    expect(r.out).toContain('read as GB18030/GBK text');
    expect(r.out).toContain('columns not read (no such field): 备注');
    expect(r.out).toContain('维修单号 → id');
    expect(r.out).toContain('报修时间 → receivedAt');
    expect(r.out).toContain('12 times without an offset read as Asia/Shanghai time');
    expect(r.out).toContain('17 values read through an alias');
    expect(r.out).toMatch(/2 valid, 3 invalid records\n$/);
    expect(r.out).not.toMatch(/�/);
  });

  it('WAR-APPOINT: the repair export as JSON: the naive visit times read as Asia/Shanghai, the valid records and the grouped problems', async () => {
    const r = await cli([
      'validate',
      F('repair-orders-gbk.csv'),
      '--kind',
      'repair-order',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ valid: 2, invalid: 3 });
    expect(j.byField.map((g: { path: string }) => g.path)).toEqual([
      'completedAt',
      'component',
      'receivedAt',
    ]);
    expect(j.import).toMatchObject({ format: 'csv', encoding: 'gb18030', naiveTimes: 12, aliases: 17 });
    expect(j.import.columns.renamed).toContainEqual({ header: '预约上门时间', field: 'agreedVisitAt' });
    expect(j.import.columns.renamed).toContainEqual({ header: '维修费用（元）', field: 'chargesYuan' });
  });

  it('WAR-FLOW: --naive-times reject refuses the repair export’s times without an offset, each with why', async () => {
    const r = await cli([
      'validate',
      F('repair-orders-gbk.csv'),
      '--kind',
      'repair-order',
      '--naive-times',
      'reject',
      '--locale',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/0 valid, 5 invalid records\n$/);
    expect(r.out).toContain('receivedAt: a time without an offset');
  });

  it("LAW-WARRANTY-BUYER: --map reads a company's own repair columns and words (防水 is roof waterproofing, 水管 a pipe leak)", async () => {
    const r = await cli([
      'validate',
      F('repair-orders-company.csv'),
      '--kind',
      'repair-order',
      '--map',
      F('repair-orders-map.json'),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ valid: 2, invalid: 0 });
    expect(j.import.columns.ignored).toEqual(['处理人']);
    expect(j.import.columns.renamed).toContainEqual({ header: '部位', field: 'component' });
    expect(j.import.aliases).toBe(2);
    const without = await cli(['validate', F('repair-orders-company.csv'), '--kind', 'repair-order']);
    expect(without.code).toBe(1);
  });

  it('CUS-FIELDS: a customer file in CSV UTF-8 with Chinese headers, 是/否, TRUE/FALSE, 300万 and 2025/8/31: one valid, four refused by field, no personal data printed', async () => {
    const r = await cli(['validate', F('customers-bom.csv'), '--kind', 'customer', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^phone: .*\n {2}1 record: #1 \(line 3\)\n/m);
    expect(r.out).toMatch(/^lastReviewedOn: .*\n {2}1 record: #2 \(line 4\)\n/m);
    expect(r.out).toMatch(/^idNumber: .*\n {2}1 record: #3 \(line 5\)\n/m);
    expect(r.out).toMatch(/^intendedAreaMinSqm: .*\n {2}1 record: #4 \(line 6\)\n/m);
    expect(r.out).toContain('客户姓名 → name');
    expect(r.out).toContain('身份证号 → idNumber');
    expect(r.out).toContain('columns not read (no such field): 备注');
    expect(r.out).toMatch(/1 valid, 4 invalid records\n$/);
    for (const v of ['欧阳娜娜', '13812345678', '139 1234 5678', '110105194912310021', '11010519491231002X'])
      expect(`${r.out}${r.err}`).not.toContain(v);
  });

  it('CUS-REVIEW: customers due reads the same file through the field table: the valid file due for review, name and phone masked', async () => {
    const r = await cli([
      'customers',
      'due',
      F('customers-bom.csv'),
      '--now',
      '2026-08-28',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.records).toEqual({ valid: 1, invalid: 4 });
    expect(j.review).toEqual([
      expect.objectContaining({
        customerId: 'K-1001',
        dueOn: '2026-08-28',
        name: '欧阳**',
        phone: '138****5678',
      }),
    ]);
    expect(r.err).toContain('记录 1 (行 3): phone:');
  });
});
