/**
 * The records import machinery on the complaint field table: headers, value aliases and
 * times as exports write them, read as the record's codes, each refusal with its reason.
 */

import { describe, expect, it } from 'vitest';
import { parseComplaint } from '../../src/complaints/parseComplaint.js';
import { ComplaintSchema } from '../../src/complaints/schemas.js';
import { COMPLAINT_FIELD_TABLE } from '../../src/complaints/tables/fields.js';
import { COMPLAINT_CHANNEL_LABELS } from '../../src/complaints/tables/labels.js';
import { COMPLAINT_CHANNELS } from '../../src/complaints/types.js';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { createProblemTally } from '../../src/records/createProblemTally.js';
import { createRecordImporter } from '../../src/records/createRecordImporter.js';
import { createRecordIntake } from '../../src/records/createRecordIntake.js';
import { parseFieldMapping } from '../../src/records/fieldMapping.js';
import { createHeaderIndex } from '../../src/records/headerIndex.js';
import { normalizeLabel } from '../../src/records/normalizeLabel.js';
import { readTime } from '../../src/records/readTime.js';

const T = COMPLAINT_FIELD_TABLE;
const importer = (options?: Parameters<typeof createRecordImporter>[1]) => createRecordImporter(T, options);
const read = (
  field: string,
  value: unknown,
  source: 'text' | 'cell' | 'json' = 'text',
  naive: 'reject' | 'asia-shanghai' = 'asia-shanghai',
) => {
  const imp = importer({ naiveTimes: naive });
  if (source === 'json') return imp.readObject({ [field]: value });
  imp.readHeader([field]);
  return imp.readRow([value], source) ?? { record: undefined, issues: undefined };
};
const readField = (field: string, value: unknown, source: 'text' | 'cell' | 'json' = 'text') =>
  (read(field, value, source).record as Record<string, unknown>)[field];

describe('headers', () => {
  it("CMP-CATEGORY: the issue's Chinese column names, and their usual variants, name their fields", () => {
    const index = createHeaderIndex(T);
    const expected: Record<string, string> = {
      投诉编号: 'id',
      项目: 'projectId',
      房号: 'householdId',
      投诉人: 'complainantId',
      问题: 'issue',
      投诉类别: 'category',
      投诉渠道: 'channel',
      受理时间: 'receivedAt',
      索赔金额: 'compensationClaimed',
      是否起诉: 'lawsuitFiled',
      媒体曝光: 'mediaExposed',
      解决时间: 'resolvedAt',
      投诉时间: 'receivedAt',
      来电时间: 'receivedAt',
      客户姓名: 'complainantId',
      楼栋房号: 'householdId',
      '索赔金额（元）': 'compensationClaimed',
      'Received At': 'receivedAt',
      received_at: 'receivedAt',
      RECEIVEDAT: 'receivedAt',
      '\uFEFFid': 'id',
    };
    for (const [header, field] of Object.entries(expected)) {
      expect(index.resolve(header), header).toMatchObject({ kind: 'field', field });
    }
    expect(index.resolve('receivedAt')).toEqual({ kind: 'field', field: 'receivedAt', alias: false });
    expect(index.resolve('来电时间')).toEqual({ kind: 'field', field: 'receivedAt', alias: true });
  });

  it('CMP-CATEGORY: every name and header of the field table names one field only, and every field of the record has a row', () => {
    const seen = new Map<string, string>();
    for (const row of Object.values(T)) {
      for (const name of [row.id, row.label['zh-CN'], row.label.en, ...row.headers]) {
        const key = normalizeLabel(name);
        expect(seen.get(key) ?? row.id, `${name} names ${seen.get(key)} and ${row.id}`).toBe(row.id);
        seen.set(key, row.id);
      }
    }
    expect(Object.keys(T)).toEqual(Object.keys(ComplaintSchema.shape));
  });

  it("CMP-CATEGORY: an unknown column says which field it most likely means; a mapping names a company's own", () => {
    const index = createHeaderIndex(T);
    expect(index.resolve('recievedAt')).toEqual({ kind: 'unknown', suggestion: 'receivedAt' });
    expect(index.resolve('备注')).toEqual({ kind: 'unknown', suggestion: undefined });
    const mapped = createHeaderIndex(T, parseFieldMapping({ columns: { 工单号: 'id', 备注: null } }, T));
    expect(mapped.resolve('工单号')).toMatchObject({ kind: 'field', field: 'id' });
    expect(mapped.resolve('备注')).toEqual({ kind: 'ignored' });
  });

  it('CMP-CATEGORY: two columns for one field, or two of one name, are an error: which holds the value cannot be told', () => {
    expect(() => importer().readHeader(['受理时间', 'id', '投诉时间'])).toThrow(
      /columns 1 \('受理时间'\) and 3 \('投诉时间'\) both give receivedAt/,
    );
    expect(() => importer().readHeader(['备注', '备注'])).toThrow(/columns 1 and 2 are both named '备注'/);
  });
});

describe('values through aliases', () => {
  it('CMP-SEV-MAJOR-LEGAL: yes and no as exports write them: 是/否, TRUE/FALSE, Y/N, yes/no, 1/0, 有/无', () => {
    for (const yes of ['是', 'TRUE', 'True', 'Y', 'y', 'yes', '1', '有', '√'])
      expect(readField('lawsuitFiled', yes), yes).toBe(true);
    for (const no of ['否', 'FALSE', 'N', 'no', '0', '无', '×'])
      expect(readField('lawsuitFiled', no), no).toBe(false);
    expect(read('lawsuitFiled', 'true').record).toEqual({ lawsuitFiled: true });
    expect(readField('lawsuitFiled', 1, 'cell')).toBe(true);
    // Not a yes or a no: left as it is, for the schema to refuse.
    expect(readField('lawsuitFiled', '可能')).toBe('可能');
  });

  it('CMP-SEV-MAJOR-COMP: amounts as exports write them: 25,000, 2.5万, ¥25000, ￥25,000.00, 25000元, 1.23456万 exactly', () => {
    const cases: [string, number][] = [
      ['25,000', 25000],
      ['2.5万', 25000],
      ['¥25000', 25000],
      ['￥25,000.00', 25000],
      ['25000元', 25000],
      ['2.5万元', 25000],
      ['1.23456万', 12345.6],
      ['20,000.01', 20000.01],
      ['-5000', -5000],
      ['2e4', 20000],
    ];
    for (const [text, value] of cases) expect(readField('compensationClaimed', text), text).toBe(value);
    expect(readField('compensationClaimed', '两万')).toBe('两万');
    // In JSON a number is a number; a string is read through an alias.
    expect(read('compensationClaimed', '25,000', 'json')).toMatchObject({
      record: { compensationClaimed: 25000 },
    });
    // 20,000 is not over 20,000 and 20,000.01 is (超过, CMP-SEV-MAJOR-COMP): the values arrive exact.
    expect(readField('compensationClaimed', '2万')).toBe(20000);
  });

  it("CMP-CHANNEL: every channel's Chinese name and aliases, and the channels people use now, read as the channel", () => {
    for (const id of COMPLAINT_CHANNELS) {
      const row = COMPLAINT_CHANNEL_LABELS[id];
      for (const text of [id, row['zh-CN'], row.en, ...row.aliases])
        expect(readField('channel', text), text).toBe(id);
    }
    const cases: [string, string][] = [
      ['400热线', 'hotline-400'],
      ['热线', 'hotline-400'],
      ['电话', 'hotline-400'],
      ['phone', 'hotline-400'],
      ['Hotline', 'hotline-400'],
      ['来访', 'visit'],
      ['信函', 'letter'],
      ['微信', 'wechat'],
      ['12345', 'gov-hotline-12345'],
      ['１２３４５', 'gov-hotline-12345'],
      ['APP', 'app'],
      ['官网', 'web-form'],
    ];
    for (const [text, id] of cases) expect(readField('channel', text), text).toBe(id);
    expect(readField('channel', '抖音')).toBe('抖音');
  });

  it('CMP-CATEGORY: categories by their Chinese names and usual variants; record kinds, outcomes and crisis signals too', () => {
    const cases: [string, string][] = [
      ['工程质量', 'engineering-quality'],
      ['工程', 'engineering-quality'],
      ['规划设计', 'planning-design'],
      ['销售管理', 'sales-management'],
      ['物业管理', 'property-management'],
      ['物业', 'property-management'],
      ['客户服务', 'customer-service'],
      ['其他', 'other'],
      ['其它', 'other'],
    ];
    for (const [text, id] of cases) expect(readField('category', text), text).toBe(id);
    expect(readField('category', 'roof')).toBe('roof');
    expect(readField('kind', '咨询')).toBe('enquiry');
    expect(readField('callbackOutcome', '满意')).toBe('satisfied');
    expect(readField('crisisSignals', '媒体负面曝光、台风')).toEqual(['brand-damaging-media', 'disaster']);
    expect(readField('crisisSignals', 'disaster|major-accident')).toEqual(['disaster', 'major-accident']);
  });

  it('CMP-SEV-HOT-COLLECTIVE: counts written with separators or a unit are read as whole numbers', () => {
    expect(readField('collectiveComplainants', '12人')).toBe(12);
    expect(readField('collectiveComplainants', '1,200')).toBe(1200);
    expect(readField('collectiveComplainants', '3')).toBe(3);
    expect(readField('collectiveComplainants', '3.5')).toBe(3.5);
  });

  it('CMP-CHANNEL: the import counts what it read through an alias, and leaves a canonical record as it is', () => {
    const imp = importer();
    const canonical = { id: 'C-1', channel: 'visit', lawsuitFiled: true };
    const r = imp.readObject(canonical);
    expect(r.record).toBe(canonical);
    expect(r.changed).toBe(false);
    const aliased = imp.readObject({ 投诉编号: 'C-2', 投诉渠道: '微信', 是否起诉: '是', 备注: 'x' });
    expect(aliased.record).toEqual({ id: 'C-2', channel: 'wechat', lawsuitFiled: true });
    expect(imp.stats()).toMatchObject({
      aliases: 2,
      unknownColumns: [{ header: '备注', column: undefined, suggestion: undefined }],
    });
    expect(imp.stats().renamedColumns).toEqual([
      { header: '投诉编号', field: 'id' },
      { header: '投诉渠道', field: 'channel' },
      { header: '是否起诉', field: 'lawsuitFiled' },
    ]);
  });
});

describe('times', () => {
  const at = '2025-10-09T10:00:00+08:00';
  it('CMP-DL-FORM: an offset without seconds, +0800 and +08 are read; so is a space for the T', () => {
    expect(readTime(at, false, 'reject')).toEqual({ how: 'as-is', value: at });
    expect(readTime('2025-10-09T10:00+08:00', false, 'reject')).toEqual({ how: 'alias', value: at });
    expect(readTime('2025-10-09T10:00:00+0800', false, 'reject')).toEqual({ how: 'alias', value: at });
    expect(readTime('2025-10-09 10:00:00 +08', false, 'reject')).toEqual({ how: 'alias', value: at });
    expect(readTime('2025-10-09 02:00Z', false, 'reject')).toEqual({
      how: 'alias',
      value: '2025-10-09T02:00:00Z',
    });
  });

  it('CMP-DL-FORM: a naive time is refused unless read as Asia/Shanghai: 2025-10-09 10:00, 2025/10/9 10:00:00, 下午, an Excel serial', () => {
    for (const naive of [
      '2025-10-09 10:00',
      '2025/10/9 10:00:00',
      '2025-10-09T10:00:00',
      '2025年10月9日 10:00',
      '2025/10/9 上午10:00',
    ]) {
      expect(readTime(naive, false, 'reject'), naive).toMatchObject({ how: 'refused' });
      expect(readTime(naive, false, 'asia-shanghai'), naive).toEqual({ how: 'naive', value: at });
    }
    expect(readTime('2025/10/9 下午3:05', false, 'asia-shanghai')).toEqual({
      how: 'naive',
      value: '2025-10-09T15:05:00+08:00',
    });
    expect(readTime('2025/10/9 12:30 AM', false, 'asia-shanghai')).toEqual({
      how: 'naive',
      value: '2025-10-09T00:30:00+08:00',
    });
    // 45939 is 2025-10-09 in Excel's 1900 system; .41666... is 10:00.
    expect(readTime(45939 + 10 / 24, false, 'asia-shanghai')).toEqual({ how: 'naive', value: at });
    expect(readTime('45939.416666667', false, 'asia-shanghai')).toEqual({ how: 'naive', value: at });
    expect(readTime(45939, true, 'reject')).toEqual({ how: 'alias', value: '2025-10-09' });
    expect(readTime(12, false, 'asia-shanghai')).toMatchObject({ how: 'refused' });
    // A spreadsheet's date-time cell: its UTC fields are the wall clock.
    expect(readTime(new Date(Date.UTC(2025, 9, 9, 10)), false, 'asia-shanghai')).toEqual({
      how: 'naive',
      value: at,
    });
    expect(readTime(new Date(Date.UTC(2025, 9, 9)), true, 'asia-shanghai')).toEqual({
      how: 'alias',
      value: '2025-10-09',
    });
  });

  it('CMP-DL-FORM: 02-30 is a day that does not exist, and the message says so; so are 25:00 and a bad offset', () => {
    const noDay = readTime('2026-02-30 10:00', false, 'asia-shanghai');
    expect(noDay).toEqual({
      how: 'refused',
      message: expect.objectContaining({
        en: 'the day does not exist in the calendar (such as February 30 or April 31)',
      }),
    });
    expect(readTime('2026-02-30T10:00:00+08:00', false, 'reject')).toMatchObject({ how: 'refused' });
    expect(readTime('2024-02-29 10:00', false, 'asia-shanghai')).toMatchObject({ how: 'naive' });
    expect(readTime('2025-10-09 25:00', false, 'asia-shanghai')).toMatchObject({
      how: 'refused',
      message: { en: expect.stringContaining('time of day does not exist') },
    });
    expect(readTime('2025-10-09 10:00+25:00', false, 'asia-shanghai')).toMatchObject({
      how: 'refused',
      message: { en: expect.stringContaining('offset') },
    });
  });

  it('CMP-ROUTE-PHASE: a day field takes 2026/6/30 and 2026年6月30日; an instant field refuses a day without a time', () => {
    expect(readTime('2026/6/30', true, 'reject')).toEqual({ how: 'alias', value: '2026-06-30' });
    expect(readTime('2026年6月30日', true, 'reject')).toEqual({ how: 'alias', value: '2026-06-30' });
    expect(readTime('2026-06-30', true, 'reject')).toEqual({ how: 'as-is', value: '2026-06-30' });
    expect(readTime('2026-06-30', false, 'asia-shanghai')).toMatchObject({
      how: 'refused',
      message: { en: expect.stringContaining('a day without a time of day') },
    });
    expect(readTime('tomorrow', false, 'asia-shanghai')).toBeUndefined();
  });

  it('CMP-DL-FORM: parseComplaint refuses a naive time by default and reads it as Asia/Shanghai when asked', () => {
    const rec = {
      id: 'C-1',
      projectId: 'P-1',
      householdId: 'H-1',
      complainantId: 'U-1',
      issue: 'x',
      category: 'other',
      channel: 'visit',
      receivedAt: '2025-10-09 10:00',
    };
    expect(parseComplaint(rec).success).toBe(false);
    expect(parseComplaint(rec, { naiveTimes: 'reject' }).success).toBe(false);
    const r = parseComplaint(rec, { naiveTimes: 'asia-shanghai' });
    expect(r.success && r.data.receivedAt).toBe('2025-10-09T10:00:00+08:00');
    expect(rec.receivedAt).toBe('2025-10-09 10:00');
    expect(() => parseComplaint(rec, { naiveTimes: 'shanghai' as never })).toThrow(InvalidArgumentError);
    expect(() => parseComplaint(rec, { naiveTimes: 'shanghai' as never })).toThrow(
      /options\.naiveTimes: expected one of reject, asia-shanghai, got "shanghai" \(did you mean 'asia-shanghai'\?\)/,
    );
  });
});

describe('problems', () => {
  it('CMP-DL-FORM: a refused value is one problem at its field, and the schema adds the others, not the same again', () => {
    const intake = createRecordIntake(
      { fields: T, parse: parseComplaint },
      { locale: 'en', naiveTimes: 'reject' },
    );
    intake.importer.readHeader(['id', 'receivedAt', 'category']);
    const row = intake.importer.readRow(['C-1', '2025-10-09 10:00', 'roof'], 'text');
    const outcome = intake.take(row as NonNullable<typeof row>);
    expect(outcome.ok).toBe(false);
    const paths = outcome.ok ? [] : outcome.problems.map((p) => p.path);
    expect(paths[0]).toBe('receivedAt');
    expect(paths.filter((p) => p === 'receivedAt')).toHaveLength(1);
    expect(paths).toContain('category');
    expect(paths).toContain('projectId');
  });

  it('CMP-CATEGORY: the problem tally is bounded: a million problems are groups with counts and three examples each', () => {
    const tally = createProblemTally();
    for (let i = 0; i < 1_000_000; i++)
      tally.add(i % 2 === 0 ? 'channel' : 'category', `bad ${i % 500}`, { index: i, line: i + 2 });
    const groups = tally.groups();
    expect(groups).toHaveLength(101);
    expect(groups.every((g) => g.examples.length <= 3)).toBe(true);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(1_000_000);
    expect(groups.at(-1)).toMatchObject({ path: '*', message: 'other problems' });
    expect(tally.total).toBe(1_000_000);
  });

  it('CMP-CHANNEL: a mapping names fields and codes of the table, or is an error at its path', () => {
    expect(() => parseFieldMapping({ columns: { 工单号: 'ids' } }, T)).toThrow(
      /columns\.工单号: expected one of .* \(did you mean 'id'\?\)/,
    );
    expect(() => parseFieldMapping({ values: { channel: { 前台: 'front-desk' } } }, T)).toThrow(
      /'front-desk' is not a code of this field/,
    );
    expect(() => parseFieldMapping({ values: { receivedAt: { x: 'y' } } }, T)).toThrow(
      /only fields with codes or yes\/no take a value mapping/,
    );
    expect(() => parseFieldMapping({ values: { lawsuitFiled: { 已立案: 'yes' } } }, T)).toThrow(
      /a yes\/no field maps a word to true or false/,
    );
    expect(() => parseFieldMapping({ colums: {} }, T)).toThrow(InvalidArgumentError);
    expect(() => parseFieldMapping([], T)).toThrow(InvalidArgumentError);
  });
});
