/**
 * The import of the flat record kinds (repair orders, customers) on their field tables:
 * the headers real exports use, value aliases from the modules' label tables, days as
 * exports write them, and the schema's rules across fields in the cheap check, on both
 * sides of every bound.
 */

import { describe, expect, it } from 'vitest';
import { CustomerSchema } from '../../src/customers/schemas.js';
import { CUSTOMER_FIELD_TABLE } from '../../src/customers/tables/fields.js';
import { CUSTOMER_RECORD_FIELD_TABLE } from '../../src/customers/tables/recordFieldTable.js';
import { createRecordCheck } from '../../src/records/createRecordCheck.js';
import { createRecordImporter } from '../../src/records/createRecordImporter.js';
import type { FieldTable } from '../../src/records/fieldTable.js';
import { normalizeLabel } from '../../src/records/normalizeLabel.js';
import { RepairOrderSchema } from '../../src/warranty/schemas.js';
import { REPAIR_ORDER_FIELDS } from '../../src/warranty/tables/repairOrderFields.js';
import { REPAIR_ORDER_FIELD_TABLE } from '../../src/warranty/tables/repairOrderFieldTable.js';

const R = REPAIR_ORDER_FIELD_TABLE;
const C = CUSTOMER_RECORD_FIELD_TABLE;

/** One CSV row under `header` through a table's import (naive times read as Asia/Shanghai). */
const readRow = (table: FieldTable, header: readonly string[], cells: readonly string[]) => {
  const imp = createRecordImporter(table, { naiveTimes: 'asia-shanghai' });
  imp.readHeader(header);
  const r = imp.readRow(cells, 'text');
  return { record: r?.record as Record<string, unknown>, issues: r?.issues, stats: imp.stats() };
};

const ORDER = {
  id: 'R-1',
  projectId: 'P-1',
  householdId: 'H-101',
  receivedAt: '2026-10-09T10:00:00+08:00',
};
const CUSTOMER = {
  id: 'K-1',
  projectId: 'P-1',
  name: '张三',
  phone: '13812345678',
  createdOn: '2025-08-31',
};

/** The check and the schema give the same verdict on a record. */
const agree = (table: FieldTable, schema: typeof RepairOrderSchema | typeof CustomerSchema, r: object) => {
  const ok = createRecordCheck(table).isValid(r);
  expect(schema.safeParse(r).success).toBe(ok);
  return ok;
};

describe.each([
  ['WAR-FLOW', R, Object.keys(RepairOrderSchema.shape)],
  ['CUS-FIELDS', C, Object.keys(CustomerSchema.shape)],
] as const)('%s: the field table', (rule, table, keys) => {
  it(`${rule}: every name and header of the field table names one field only, and every field of the record has a row`, () => {
    const seen = new Map<string, string>();
    for (const row of Object.values(table)) {
      for (const name of [row.id, row.label['zh-CN'], row.label.en, ...row.headers]) {
        const key = normalizeLabel(name);
        expect(seen.get(key) ?? row.id, `${name} names ${seen.get(key)} and ${row.id}`).toBe(row.id);
        seen.set(key, row.id);
      }
    }
    expect(Object.keys(table)).toEqual(keys);
  });
});

describe('repair orders', () => {
  it('WAR-FLOW: the Chinese headers of a repair export name their fields: 维修单号, 报修时间, 报修内容, 预约上门时间, 完工时间', () => {
    const { record, issues } = readRow(
      R,
      [
        '维修单号',
        '项目名称',
        '楼栋房号',
        '报修时间',
        '报修内容',
        '预约上门时间',
        '到场时间',
        '完工时间',
        '维修费用（元）',
      ],
      [
        'WX-1',
        '滨江壹号院',
        '3栋2803',
        '2026/10/9 10:00',
        '卫生间渗水',
        '2026-10-10 09:00',
        '2026/10/10 9:11',
        '2026/10/12 17:00',
        '1,200',
      ],
    );
    expect(issues).toBeUndefined();
    expect(record).toEqual({
      id: 'WX-1',
      projectId: '滨江壹号院',
      householdId: '3栋2803',
      receivedAt: '2026-10-09T10:00:00+08:00',
      summary: '卫生间渗水',
      agreedVisitAt: '2026-10-10T09:00:00+08:00',
      arrivedAt: '2026-10-10T09:11:00+08:00',
      completedAt: '2026-10-12T17:00:00+08:00',
      chargesYuan: 1200,
    });
    expect(RepairOrderSchema.safeParse(record).success).toBe(true);
  });

  it('LAW-WARRANTY-BUYER: components, problems, causes, cities and hidden works by their Chinese names', () => {
    const { record, stats } = readRow(
      R,
      [
        '维修单号',
        '项目',
        '房号',
        '报修时间',
        '维保修类别',
        '问题性质',
        '缺陷原因',
        '城市',
        '隐蔽工序',
        '施工单位违约情形',
      ],
      [
        'WX-2',
        'P-1',
        'H-1',
        '2026-10-09 10:00',
        '屋面防水',
        '渗漏水',
        '业主使用不当',
        '北京市',
        '渗漏水、管道',
        '施工单位拒绝保修期内的维保修',
      ],
    );
    expect(record).toMatchObject({
      component: 'roof-waterproofing',
      problem: 'leak',
      cause: 'owner-use',
      city: 'beijing',
      hiddenWorks: ['leak', 'pipe'],
      contractorFailure: 'refused',
    });
    expect(stats.aliases).toBe(6);
    expect(RepairOrderSchema.safeParse(record).success).toBe(true);
  });

  it('LAW-WARRANTY-MIN: the short names repair desks write for a component read as it; a name that fits none stays for the schema to refuse', () => {
    const component = (cell: string) => readRow(R, ['报修部位'], [cell]).record.component;
    expect(component('门窗')).toBe('doors-and-windows');
    expect(component('屋面漏水')).toBe('roof-waterproofing');
    expect(component('卫生间渗漏')).toBe('leakage');
    expect(component('暖气')).toBe('heating');
    expect(component('屋顶')).toBe('屋顶');
    expect(readRow(R, ['缺陷原因'], ['使用不当']).record.cause).toBe('owner-use');
  });

  it('LAW-WARRANTY-BUYER: a day field reads 2025/6/30, 2025年6月30日 and an Excel serial date; refuses 2025-02-30 and leaves a time of day to the schema', () => {
    const day = (cell: string) => readRow(R, ['交付日期'], [cell]);
    expect(day('2025/6/30').record.deliveredOn).toBe('2025-06-30');
    expect(day('2025年6月30日').record.deliveredOn).toBe('2025-06-30');
    expect(day('45838').record.deliveredOn).toBe('2025-06-30');
    expect(day('2025-06-30').stats.aliases).toBe(0);
    const bad = day('2025-02-30');
    expect(bad.issues?.[0]?.message.en).toMatch(/day does not exist/);
    expect(day('2025-06-30 10:00').record.deliveredOn).toBe('2025-06-30 10:00');
    expect(RepairOrderSchema.safeParse({ ...ORDER, deliveredOn: '2025-06-30T10:00:00+08:00' }).success).toBe(
      false,
    );
    expect(createRecordCheck(R).isValid({ ...ORDER, deliveredOn: '2025-06-30T10:00:00+08:00' })).toBe(false);
  });

  it('WAR-FLOW: a repair completed a minute before it was received, or before it was started, is refused by the check as by the schema', () => {
    expect(agree(R, RepairOrderSchema, { ...ORDER, completedAt: '2026-10-09T10:00:00+08:00' })).toBe(true);
    expect(agree(R, RepairOrderSchema, { ...ORDER, completedAt: '2026-10-09T09:59:00+08:00' })).toBe(false);
    const started = { ...ORDER, repairStartedAt: '2026-10-12T09:00:00+08:00' };
    expect(agree(R, RepairOrderSchema, { ...started, completedAt: '2026-10-12T09:00:00+08:00' })).toBe(true);
    expect(agree(R, RepairOrderSchema, { ...started, completedAt: '2026-10-12T08:59:59+08:00' })).toBe(false);
    expect(
      createRecordCheck(R).findProblem({ ...started, completedAt: '2026-10-12T08:59:59+08:00' }),
    ).toEqual({
      field: 'completedAt',
      message: 'is before repairStartedAt',
    });
  });

  it('WAR-FLOW: acceptance and callback after completion, the plan after receipt, approval after the plan, the deduction after approval', () => {
    const done = { ...ORDER, completedAt: '2026-10-12T17:00:00+08:00' };
    for (const f of ['acceptedAt', 'calledBackAt'] as const) {
      expect(agree(R, RepairOrderSchema, { ...done, [f]: '2026-10-12T17:00:00+08:00' })).toBe(true);
      expect(agree(R, RepairOrderSchema, { ...done, [f]: '2026-10-12T16:59:00+08:00' })).toBe(false);
    }
    expect(agree(R, RepairOrderSchema, { ...ORDER, planConfirmedAt: '2026-10-09T09:00:00+08:00' })).toBe(
      false,
    );
    expect(agree(R, RepairOrderSchema, { ...ORDER, closedAt: '2026-10-09T09:00:00+08:00' })).toBe(false);
    const plan = { ...ORDER, compensationPlanAgreedAt: '2026-10-20T10:00:00+08:00' };
    expect(
      agree(R, RepairOrderSchema, { ...plan, compensationApprovedAt: '2026-10-20T09:00:00+08:00' }),
    ).toBe(false);
    expect(
      agree(R, RepairOrderSchema, { ...plan, compensationApprovedAt: '2026-10-21T09:00:00+08:00' }),
    ).toBe(true);
  });

  it('LAW-WARRANTY-MIN: delivery on the day of the completion acceptance passes, the day before does not', () => {
    const accepted = { ...ORDER, completionAcceptedOn: '2025-06-30' };
    expect(agree(R, RepairOrderSchema, { ...accepted, deliveredOn: '2025-06-30' })).toBe(true);
    expect(agree(R, RepairOrderSchema, { ...accepted, deliveredOn: '2025-06-29' })).toBe(false);
  });

  it('WAR-ONSITE: counts up to the schema bound pass and one more does not (10,000 previous repairs, 1,000 reworks, 5 hidden works)', () => {
    expect(agree(R, RepairOrderSchema, { ...ORDER, previousRepairsAtSameLocation: 10_000 })).toBe(true);
    expect(agree(R, RepairOrderSchema, { ...ORDER, previousRepairsAtSameLocation: 10_001 })).toBe(false);
    expect(agree(R, RepairOrderSchema, { ...ORDER, reworkCount: 1000 })).toBe(true);
    expect(agree(R, RepairOrderSchema, { ...ORDER, reworkCount: 1001 })).toBe(false);
    const five = ['leak', 'crack', 'pipe', 'line', 'anti-rust'];
    expect(agree(R, RepairOrderSchema, { ...ORDER, hiddenWorks: five })).toBe(true);
    expect(agree(R, RepairOrderSchema, { ...ORDER, hiddenWorks: [...five, 'leak'] })).toBe(false);
  });

  it('WAR-FLOW: REPAIR_ORDER_FIELDS is read from the field table: the same names and first rule', () => {
    for (const row of Object.values(R)) {
      const label = REPAIR_ORDER_FIELDS[row.id as keyof typeof REPAIR_ORDER_FIELDS];
      expect(label).toEqual({ 'zh-CN': row.label['zh-CN'], en: row.label.en, rule: row.rules?.[0] });
    }
    expect(REPAIR_ORDER_FIELDS.agreedVisitAt).toEqual({
      'zh-CN': '预约上门时间',
      en: 'Agreed visit time',
      rule: 'WAR-APPOINT',
    });
  });
});

describe('customers', () => {
  it('CUS-FIELDS: the Chinese headers of a customer export name their fields, 是/否 and 2025/8/31 read', () => {
    const { record, issues } = readRow(
      C,
      [
        '客户编号',
        '所属项目',
        '客户姓名',
        '手机号',
        '身份证号',
        '是否决策者',
        '置业次数',
        '建档日期',
        '意向面积下限',
        '预算上限',
      ],
      ['K-1', 'P-1', '张三', '13812345678', '11010519491231002X', '是', '1', '2025/8/31', '89.5', '300万'],
    );
    expect(issues).toBeUndefined();
    expect(record).toEqual({
      id: 'K-1',
      projectId: 'P-1',
      name: '张三',
      phone: '13812345678',
      idNumber: '11010519491231002X',
      isDecisionMaker: true,
      purchaseCount: 1,
      createdOn: '2025-08-31',
      intendedAreaMinSqm: 89.5,
      budgetMaxYuan: 3_000_000,
    });
    expect(CustomerSchema.safeParse(record).success).toBe(true);
    expect(C.name.label['zh-CN']).toBe(CUSTOMER_FIELD_TABLE.name['zh-CN']);
  });

  it('CUS-FIELDS: an area above 0 and at most 100,000 m²; a range whose upper end is below its lower end is refused by the check as by the schema', () => {
    expect(agree(C, CustomerSchema, { ...CUSTOMER, intendedAreaMinSqm: 100_000 })).toBe(true);
    expect(agree(C, CustomerSchema, { ...CUSTOMER, intendedAreaMinSqm: 100_000.01 })).toBe(false);
    expect(agree(C, CustomerSchema, { ...CUSTOMER, intendedAreaMinSqm: 0 })).toBe(false);
    expect(
      agree(C, CustomerSchema, { ...CUSTOMER, budgetMinYuan: 2_000_000, budgetMaxYuan: 2_000_000 }),
    ).toBe(true);
    expect(
      agree(C, CustomerSchema, { ...CUSTOMER, budgetMinYuan: 2_000_000, budgetMaxYuan: 1_999_999.99 }),
    ).toBe(false);
    expect(agree(C, CustomerSchema, { ...CUSTOMER, purchaseCount: 1000 })).toBe(true);
    expect(agree(C, CustomerSchema, { ...CUSTOMER, purchaseCount: 1001 })).toBe(false);
  });

  it("CUS-FIELDS: another document's type and number go together; a name may not be empty", () => {
    expect(
      agree(C, CustomerSchema, { ...CUSTOMER, otherIdType: 'passport', otherIdNumber: 'E12345678' }),
    ).toBe(true);
    expect(agree(C, CustomerSchema, { ...CUSTOMER, otherIdType: 'passport' })).toBe(false);
    expect(agree(C, CustomerSchema, { ...CUSTOMER, otherIdNumber: 'E12345678' })).toBe(false);
    expect(agree(C, CustomerSchema, { ...CUSTOMER, name: '' })).toBe(false);
  });

  it('CUS-REVIEW: a review on the day the file was opened passes, the day before does not', () => {
    expect(agree(C, CustomerSchema, { ...CUSTOMER, lastReviewedOn: '2025-08-31' })).toBe(true);
    expect(agree(C, CustomerSchema, { ...CUSTOMER, lastReviewedOn: '2025-08-30' })).toBe(false);
    expect(agree(C, CustomerSchema, { ...CUSTOMER, closedOn: '2025-08-30' })).toBe(false);
  });

  it('CUS-PHONE: a phone as stored passes the check; written another way it goes to the schema, which says how to store it', () => {
    expect(agree(C, CustomerSchema, { ...CUSTOMER, phone: '010-65529988' })).toBe(true);
    expect(agree(C, CustomerSchema, { ...CUSTOMER, phone: '138-1234-5678' })).toBe(false);
    expect(agree(C, CustomerSchema, { ...CUSTOMER, phone: '1381234567' })).toBe(false);
  });

  it('CUS-ID: an identity number with its check character passes the check; a wrong check character or a lower-case x does not', () => {
    expect(agree(C, CustomerSchema, { ...CUSTOMER, idNumber: '11010519491231002X' })).toBe(true);
    expect(agree(C, CustomerSchema, { ...CUSTOMER, idNumber: '110105194912310021' })).toBe(false);
    expect(agree(C, CustomerSchema, { ...CUSTOMER, idNumber: '11010519491231002x' })).toBe(false);
  });
});
