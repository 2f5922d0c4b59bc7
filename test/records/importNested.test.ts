/**
 * The import machinery on the nested kinds: household deliveries (item columns that build
 * `repairItems`, free-text lists, day fields) and defects (the description's nested keys),
 * from table rows and JSON alike, with the records the retired CSV readers produced.
 */

import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { parseDefect } from '../../src/defects/parseDefect.js';
import { DEFECT_FIELD_TABLE } from '../../src/defects/tables/fields.js';
import { parseHouseholdDelivery } from '../../src/delivery/parseDeliveryRecords.js';
import { HOUSEHOLD_DELIVERY_FIELD_TABLE } from '../../src/delivery/tables/fields.js';
import { createRecordImporter } from '../../src/records/createRecordImporter.js';
import { parseFieldMapping } from '../../src/records/fieldMapping.js';

const H = HOUSEHOLD_DELIVERY_FIELD_TABLE;
const D = DEFECT_FIELD_TABLE;

/** One table row read under a header. */
function row(table: typeof H | typeof D, header: string[], cells: unknown[], options = {}) {
  const imp = createRecordImporter(table, { naiveTimes: 'asia-shanghai', ...options });
  imp.readHeader(header);
  const imported = imp.readRow(cells, 'text');
  if (imported === undefined) throw new Error('the row does not fit the header');
  return { imported, stats: imp.stats() };
}

describe('household delivery rows', () => {
  it('DLV-SUMMARY: Chinese headers, 是/否 and one count column per discipline give the record the old CSV reader gave', () => {
    const { imported, stats } = row(
      H,
      [
        '房号',
        '具备入住资格',
        '交付方式',
        '首次验房日期',
        '首次验房即收楼',
        '收楼日期',
        '给排水问题数',
        'repairs.hvac',
      ],
      ['A-1', '是', '集中', '2026-10-12', '是', '2026-10-12', '2', '1'],
    );
    expect(imported.issues).toBeUndefined();
    expect(imported.record).toEqual({
      householdId: 'A-1',
      eligible: true,
      mode: 'centralized',
      firstInspectedOn: '2026-10-12',
      keysTakenAtFirstInspection: true,
      keysTakenOn: '2026-10-12',
      repairItems: [{ discipline: 'plumbing' }, { discipline: 'plumbing' }, { discipline: 'hvac' }],
    });
    expect(parseHouseholdDelivery(imported.record).success).toBe(true);
    expect(stats.renamedColumns.map((c) => c.field)).toContain('repairs.plumbing');
  });

  it('DLV-SUMMARY: a row without item columns has an empty repairItems; a count of 0 adds none', () => {
    const none = row(H, ['householdId', 'eligible'], ['A-2', 'false']).imported;
    expect(none?.record).toEqual({ householdId: 'A-2', eligible: false, repairItems: [] });
    const zero = row(H, ['householdId', 'eligible', 'repairs.civil'], ['A-3', 'true', '0']).imported;
    expect(zero?.record).toEqual({ householdId: 'A-3', eligible: true, repairItems: [] });
  });

  it('DLV-SUMMARY: a negative, fractional or huge count is refused at its column, and no item is made of it', () => {
    for (const cell of ['-1', '2.5', '三', '1001']) {
      const { imported } = row(H, ['householdId', 'eligible', 'repairs.plumbing'], ['A-1', 'true', cell]);
      expect(
        imported.issues?.map((i) => i.field),
        cell,
      ).toEqual(['repairs.plumbing']);
      expect(imported.issues?.[0]?.message.en).toBe(
        'expected a whole number of items >= 0, at most 1000 in all',
      );
    }
    // 1000 items is the schema's most: read; 1000 + 1 over two columns is refused at the second.
    const full = row(
      H,
      ['householdId', 'eligible', 'repairs.plumbing', 'repairs.civil'],
      ['A-1', 'true', '1000', '1'],
    );
    expect((full.imported.record as { repairItems: unknown[] }).repairItems).toHaveLength(1000);
    expect(full.imported.issues?.map((i) => i.field)).toEqual(['repairs.civil']);
    expect(
      row(H, ['householdId', 'eligible', 'repairs.plumbing'], ['A-1', 'true', '1,000']).imported.issues,
    ).toBeUndefined();
  });

  it('DLV-SUMMARY: refusal reasons split on | and ；, never on a comma inside a reason', () => {
    const { imported } = row(
      H,
      ['householdId', 'eligible', '拒收原因'],
      ['A-1', 'true', '墙面开裂，需修补；门窗渗水|其他'],
    );
    expect((imported.record as { refusedReasons: string[] }).refusedReasons).toEqual([
      '墙面开裂，需修补',
      '门窗渗水',
      '其他',
    ]);
  });

  it('DLV-MODE: days written 2026/10/12 or 2026年10月12日 are read as days; 2026-02-30 is refused as a day that does not exist', () => {
    const ok = row(
      H,
      ['householdId', 'eligible', '验房日期', '交房日期'],
      ['A-1', '是', '2026/10/12', '2026年10月13日'],
    );
    expect(ok.imported.record).toMatchObject({ firstInspectedOn: '2026-10-12', keysTakenOn: '2026-10-13' });
    const bad = row(H, ['householdId', 'eligible', 'firstInspectedOn'], ['A-1', '是', '2026/2/30']);
    expect(bad.imported.issues?.[0]?.field).toBe('firstInspectedOn');
    expect(bad.imported.issues?.[0]?.message.en).toContain('does not exist');
    // A time of day in a day field is left for the schema to refuse.
    const time = row(H, ['householdId', 'eligible', 'firstInspectedOn'], ['A-1', '是', '2026-10-12 09:00']);
    expect((time.imported.record as { firstInspectedOn: string }).firstInspectedOn).toBe('2026-10-12 09:00');
  });

  it('DLV-SUMMARY: an unknown item column is reported once with the column it most likely means', () => {
    const imp = createRecordImporter(H);
    imp.readHeader(['householdId', 'eligible', 'repairs.plumbng']);
    imp.readRow(['A-1', 'true', '1'], 'text');
    imp.readRow(['A-2', 'true', '1'], 'text');
    expect(imp.stats().unknownColumns).toEqual([
      { header: 'repairs.plumbng', column: 2, suggestion: 'repairs.plumbing' },
    ]);
  });

  it('DLV-MODE: --map names a company’s own columns and values for a household file', () => {
    const mapping = parseFieldMapping(
      {
        columns: {
          业主房号: 'householdId',
          一次性收楼: 'keysTakenAtFirstInspection',
          渗漏数: 'repairs.waterproofing',
        },
        values: { mode: { 批量交付: 'centralized' } },
      },
      H,
    );
    const { imported } = row(
      H,
      ['业主房号', '具备入住资格', '交付方式', '首次验房日期', '一次性收楼', '渗漏数'],
      ['A-1', 'Y', '批量交付', '2026-10-12', 'N', '2'],
      { mapping },
    );
    expect(imported.record).toEqual({
      householdId: 'A-1',
      eligible: true,
      mode: 'centralized',
      firstInspectedOn: '2026-10-12',
      keysTakenAtFirstInspection: false,
      repairItems: [{ discipline: 'waterproofing' }, { discipline: 'waterproofing' }],
    });
    expect(() => parseFieldMapping({ values: { repairItems: { a: 'b' } } }, H)).toThrow(InvalidArgumentError);
  });

  it('DLV-SUMMARY: a JSON household written the canonical way is handed on as it is; item values written another way are read', () => {
    const canonical = {
      householdId: 'A-1',
      eligible: true,
      firstInspectedOn: '2026-10-12',
      repairItems: [{ discipline: 'plumbing', closedOn: '2026-10-20' }],
    };
    const imp = createRecordImporter(H);
    const same = imp.readObject(canonical);
    expect(same).toMatchObject({ record: canonical, changed: false, checked: true });
    expect(same.record).toBe(canonical);
    const other = imp.readObject({
      ...canonical,
      repairItems: [{ discipline: '给排水', closedOn: '2026/10/20' }],
    });
    expect(other.record).toEqual(canonical);
    expect(other.changed).toBe(true);
    // The item before the first inspection: every value good, the order rule says no.
    const early = imp.readObject({
      ...canonical,
      repairItems: [{ discipline: 'plumbing', closedOn: '2026-10-11' }],
    });
    expect(early.checked).toBe(false);
  });
});

describe('defect rows and objects', () => {
  const header = [
    '缺陷编号',
    '项目',
    '期',
    '缺陷来源',
    '专业',
    '缺陷描述',
    '英文描述',
    '重大缺陷',
    '发现时间',
    '涉及户数',
  ];

  it('DEF-WHAT: the description columns fill the nested description; 是/否 and a count are read', () => {
    const { imported, stats } = row(D, header, [
      'D-1',
      'P-01',
      '2',
      '巡检',
      '暖通',
      '空调百叶过密',
      'Louvres too dense',
      '否',
      '2026-03-02 10:00',
      '12户',
    ]);
    expect(imported.record).toEqual({
      id: 'D-1',
      project: 'P-01',
      phase: '2',
      source: 'patrol',
      discipline: 'hvac',
      description: { zh: '空调百叶过密', en: 'Louvres too dense' },
      major: false,
      reportedAt: '2026-03-02T10:00:00+08:00',
      householdsAffected: 12,
    });
    expect(stats.naiveTimes).toBe(1);
    expect(parseDefect(imported.record).success).toBe(true);
  });

  it('DEF-SOURCE: SOL’s own wording of a channel is read as its code; an unknown one is left for the schema', () => {
    const h = ['id', 'project', 'phase', 'source', 'discipline', 'description.zh', 'major', 'reportedAt'];
    const base = ['D-1', 'P', '1', '', 'hvac', '描述', 'false', '2026-03-02T10:00:00+08:00'];
    const read = (source: string) =>
      (
        row(
          D,
          h,
          base.map((c, i) => (i === 3 ? source : c)),
        ).imported.record as { source: unknown }
      ).source;
    expect(read('巡检时的缺陷发现')).toBe('patrol');
    expect(read('业主投诉')).toBe('complaint');
    expect(read('满意度')).toBe('satisfaction-survey');
    expect(read('hotline')).toBe('hotline');
  });

  it('DEF-WHAT: only an English description gives { en }; two columns for description.zh are an error', () => {
    const { imported } = row(D, ['id', 'description.en'], ['D-1', 'Louvres']);
    expect(imported.record).toEqual({ id: 'D-1', description: { en: 'Louvres' } });
    const imp = createRecordImporter(D);
    expect(() => imp.readHeader(['缺陷描述', 'description.zh'])).toThrow(/both give description\.zh/);
  });

  it('DEF-WHAT: JSON descriptions nested or flat are read to one nested object; an unknown nested key is reported once', () => {
    const good = {
      id: 'D-1',
      project: 'P-1',
      phase: '1',
      source: 'patrol',
      discipline: 'hvac',
      description: { zh: '空调百叶过密' },
      major: false,
      reportedAt: '2026-03-02T10:00:00+08:00',
    };
    const imp = createRecordImporter(D);
    expect(imp.readObject(good)).toMatchObject({ changed: false, checked: true });
    const { description: _, ...rest } = good;
    expect(imp.readObject({ ...rest, 'description.zh': '空调百叶过密' }).record).toEqual(good);
    expect(imp.readObject({ ...rest, 缺陷描述: '空调百叶过密', major: '否' }).record).toEqual(good);
    const odd = imp.readObject({ ...good, description: { zh: '空调百叶过密', fr: 'x' } });
    expect(odd.record).toEqual(good);
    imp.readObject({ ...good, description: { zh: 'y', fr: 'x' } });
    expect(imp.stats().unknownColumns).toEqual([
      { header: 'description.fr', column: undefined, suggestion: expect.anything() },
    ]);
    // Both ways of writing one field: which one holds the value cannot be told.
    const twice = imp.readObject({ ...good, 'description.zh': '另一个' });
    expect(twice.issues?.map((i) => i.field)).toEqual(['description.zh']);
    // A description that is not an object is left for the schema to report.
    expect(
      (imp.readObject({ ...rest, description: '空调' }).record as { description: unknown }).description,
    ).toBe('空调');
  });
});
