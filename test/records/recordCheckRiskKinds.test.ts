/**
 * The field tables of the two risk checks (delivery, sales opening): the cross-field rules
 * of their schemas held as row data (item ids unique, no HQ department or aspect twice, an
 * HQ check with its day, a finding closed not before it was found), and what the import
 * reads from a checklist export's Chinese headers and values.
 */

import { describe, expect, it } from 'vitest';
import { DeliveryRiskCheckSchema, OpeningRiskCheckSchema } from '../../src/delivery/schemas.js';
import { OPENING_RISK_CHECK_FIELD_TABLE } from '../../src/delivery/tables/openingCheckFields.js';
import { DELIVERY_RISK_CHECK_FIELD_TABLE } from '../../src/delivery/tables/riskCheckFields.js';
import { createRecordCheck } from '../../src/records/createRecordCheck.js';
import { createRecordImporter } from '../../src/records/createRecordImporter.js';

const risk = createRecordCheck(DELIVERY_RISK_CHECK_FIELD_TABLE);
const opening = createRecordCheck(OPENING_RISK_CHECK_FIELD_TABLE);

const check = {
  projectId: 'P-1',
  deliveryOn: '2026-10-12',
  firstDelivery: true,
  items: [
    { id: 'R-1', class: 'engineering-quality', result: 'passed' },
    {
      id: 'R-2',
      class: 'sales-promises',
      result: 'failed',
      major: true,
      dispositions: [{ kind: 'contingency-plan', on: '2026-09-10' }],
    },
  ],
};

const openingCheck = {
  projectId: 'P-9',
  newCompany: true,
  newProject: true,
  firstOpening: true,
  reportingCadence: 'weekly',
  aspectsChecked: ['sales-contracts', 'advertising'],
  findings: [{ id: 'F-1', aspect: 'advertising', foundOn: '2026-09-28', closedOn: '2026-09-28' }],
};

/** The check and the schema give the same answer. */
const both = (
  c: ReturnType<typeof createRecordCheck>,
  schema: typeof DeliveryRiskCheckSchema | typeof OpeningRiskCheckSchema,
  r: unknown,
) => {
  const ok = schema.safeParse(r).success;
  expect(c.isValid(r)).toBe(ok);
  return ok;
};

describe('the delivery risk check field table', () => {
  it('DLV-RISK-SCOPE: a check with two items passes; the same item id twice is refused at the list, as the schema refuses it', () => {
    expect(both(risk, DeliveryRiskCheckSchema, check)).toBe(true);
    const twice = { ...check, items: [check.items[0], { ...check.items[1], id: 'R-1' }] };
    expect(both(risk, DeliveryRiskCheckSchema, twice)).toBe(false);
    expect(risk.findProblem(twice)).toEqual({
      field: 'items',
      message: "item 1.id: the same as an earlier item's",
    });
    expect(risk.findProblem({ ...check, items: [{ ...check.items[0], class: 'marketing' }] })?.field).toBe(
      'items',
    );
  });

  it('DLV-RISK-HQ: the HQ check may be absent; when given it needs its day, and each department once', () => {
    const hq = {
      checkedOn: '2026-09-11',
      departments: ['customer-relations', 'quality', 'contracts', 'project'],
    };
    expect(both(risk, DeliveryRiskCheckSchema, { ...check, hqCheck: hq })).toBe(true);
    expect(
      both(risk, DeliveryRiskCheckSchema, {
        ...check,
        hqCheck: { checkedOn: '2026-09-11', departments: [] },
      }),
    ).toBe(true);
    const noDay = { ...check, hqCheck: { departments: ['quality'] } };
    expect(both(risk, DeliveryRiskCheckSchema, noDay)).toBe(false);
    expect(risk.findProblem(noDay)).toEqual({ field: 'hqCheck.checkedOn', message: 'required, and missing' });
    const twice = { ...check, hqCheck: { checkedOn: '2026-09-11', departments: ['quality', 'quality'] } };
    expect(both(risk, DeliveryRiskCheckSchema, twice)).toBe(false);
    expect(risk.findProblem(twice)).toEqual({
      field: 'hqCheck.departments',
      message: 'item 1: "quality" given twice',
    });
    expect(both(risk, DeliveryRiskCheckSchema, { ...check, hqCheck: {} })).toBe(false);
  });

  it('DLV-RISK-HQ: a disposition needs its day, and is one of the three kinds', () => {
    const withDisposition = (d: unknown) => ({ ...check, items: [{ ...check.items[1], dispositions: [d] }] });
    expect(
      both(risk, DeliveryRiskCheckSchema, withDisposition({ kind: 'rectified', on: '2026-09-15' })),
    ).toBe(true);
    expect(risk.findProblem(withDisposition({ kind: 'rectified' }))).toEqual({
      field: 'items',
      message: 'item 0.dispositions: item 0.on: required, and missing',
    });
    expect(both(risk, DeliveryRiskCheckSchema, withDisposition({ kind: 'ignored', on: '2026-09-15' }))).toBe(
      false,
    );
  });

  it("DLV-RISK-TEAM: a checklist export's Chinese keys and values, in the items too, are read as the record's codes and days", () => {
    const imported = createRecordImporter(DELIVERY_RISK_CHECK_FIELD_TABLE).readObject({
      项目编号: 'P-1',
      是否首次交付: '是',
      交付日期: '2026/10/12',
      风险检查小组成立日期: '2026年8月28日',
      hqCheck: { checkedOn: '2026/9/11', departments: ['客户关系部', '质量部'] },
      检查项: [
        {
          检查项编号: 'R-1',
          检查类别: '工程质量类',
          检查结果: '不合格',
          处置: [{ 处置方式: '已整改', 处置日期: '2026/9/15' }],
        },
      ],
    });
    expect(imported.issues).toBeUndefined();
    expect(imported.record).toEqual({
      projectId: 'P-1',
      firstDelivery: true,
      deliveryOn: '2026-10-12',
      teamFormedOn: '2026-08-28',
      hqCheck: { checkedOn: '2026-09-11', departments: ['customer-relations', 'quality'] },
      items: [
        {
          id: 'R-1',
          class: 'engineering-quality',
          result: 'failed',
          dispositions: [{ kind: 'rectified', on: '2026-09-15' }],
        },
      ],
    });
    expect(DeliveryRiskCheckSchema.safeParse(imported.record).success).toBe(true);
    // An item giving its id twice (检查项编号 and id) keeps both keys: the schema refuses it.
    const twice = createRecordImporter(DELIVERY_RISK_CHECK_FIELD_TABLE).readObject({
      ...check,
      items: [{ ...check.items[0], 检查项编号: 'R-9' }],
    });
    expect((twice.record as { items: object[] }).items[0]).toHaveProperty('检查项编号', 'R-9');
    expect(DeliveryRiskCheckSchema.safeParse(twice.record).success).toBe(false);
  });
});

describe('the opening risk check field table', () => {
  it('DLV-OPENING: a finding closed the day it was found passes; closed the day before is refused at its path in the list', () => {
    expect(both(opening, OpeningRiskCheckSchema, openingCheck)).toBe(true);
    const early = { ...openingCheck, findings: [{ ...openingCheck.findings[0], closedOn: '2026-09-27' }] };
    expect(both(opening, OpeningRiskCheckSchema, early)).toBe(false);
    expect(opening.findProblem(early)).toEqual({
      field: 'findings.0.closedOn',
      message: 'is before foundOn',
    });
  });

  it('DLV-OPENING: the same finding id twice, or an aspect checked twice, is refused as the schema refuses it', () => {
    const f = openingCheck.findings[0];
    const twice = { ...openingCheck, findings: [f, { ...f, aspect: 'on-site-display' }] };
    expect(both(opening, OpeningRiskCheckSchema, twice)).toBe(false);
    expect(opening.findProblem(twice)?.field).toBe('findings');
    const aspects = { ...openingCheck, aspectsChecked: ['advertising', 'sales-contracts', 'advertising'] };
    expect(both(opening, OpeningRiskCheckSchema, aspects)).toBe(false);
    expect(opening.findProblem(aspects)?.field).toBe('aspectsChecked');
    const all = [
      'sales-contracts',
      'advertising',
      'on-site-display',
      'product-technical',
      'physical-quality',
    ];
    expect(both(opening, OpeningRiskCheckSchema, { ...openingCheck, aspectsChecked: all })).toBe(true);
  });

  it('DLV-OPENING: the report days are read as days from a cell (2026/10/9、2026/10/16) and a day that does not exist is refused', () => {
    const importer = createRecordImporter(OPENING_RISK_CHECK_FIELD_TABLE);
    importer.readHeader([
      '项目编号',
      '新公司',
      '新项目',
      '首次开盘',
      '报告频率',
      '已检查方面',
      '报告提交日期',
    ]);
    const row = (days: string) =>
      importer.readRow(['P-9', '是', '是', '是', '周报', '销售合同类、广告宣传', days], 'text');
    const good = row('2026/10/9、2026/10/16；2026-10-23');
    expect(good?.issues).toBeUndefined();
    expect(good?.record).toEqual({
      projectId: 'P-9',
      newCompany: true,
      newProject: true,
      firstOpening: true,
      reportingCadence: 'weekly',
      aspectsChecked: ['sales-contracts', 'advertising'],
      findings: [],
      reportsSubmittedOn: ['2026-10-09', '2026-10-16', '2026-10-23'],
    });
    expect(OpeningRiskCheckSchema.safeParse(good?.record).success).toBe(true);
    expect(row('2026/10/9|2026/2/30')?.issues?.map((i) => i.field)).toEqual(['reportsSubmittedOn']);
    expect(opening.findProblem({ ...openingCheck, reportsSubmittedOn: ['2026-02-30'] })?.field).toBe(
      'reportsSubmittedOn',
    );
  });
});
