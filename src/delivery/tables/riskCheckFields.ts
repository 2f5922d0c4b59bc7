/**
 * The delivery risk check's fields (交付风险检查的字段), one row each (DESIGN convention 15):
 * the names in both languages, the column headers a checklist export (《交付风险检查工作
 * 一览表》) gives them, the kind of value each holds with the codes of the class, result,
 * disposition and HQ-department label tables, and the cross-field rules of
 * `DeliveryRiskCheckSchema` (item ids unique, no HQ department twice). The HQ check is a
 * nested object (`hqCheck.checkedOn`, `hqCheck.departments`); the checklist items and their
 * dispositions are lists of objects with tables of their own.
 *
 * @module
 */

import { deepFreeze } from '../../core/deepFreeze.js';
import type { FieldRow, FieldTable } from '../../records/fieldTable.js';
import type { DeliveryRiskCheck } from '../schemas.js';
import { HQ_CHECK_DEPARTMENTS } from '../types.js';
import { codes, row } from './fieldRows.js';
import {
  HQ_CHECK_DEPARTMENT_LABELS,
  RISK_CHECK_CLASS_LABELS,
  RISK_DISPOSITION_LABELS,
  RISK_ITEM_RESULT_LABELS,
} from './labels.js';

/** The key of a field of the delivery risk check: the record's own keys, the HQ check's joined by a dot. */
export type DeliveryRiskCheckFieldKey =
  | Exclude<keyof DeliveryRiskCheck, 'hqCheck'>
  | 'hqCheck.checkedOn'
  | 'hqCheck.departments';

const day = (
  headers: readonly string[],
  rules: readonly string[],
  required = false,
): Omit<FieldRow, 'id' | 'label' | 'description'> => ({ headers, value: 'day', required, rules });

/** What was done about a failed item (处置), read from an item's `dispositions`. */
const DISPOSITION_FIELDS: FieldTable = {
  kind: row(
    'kind',
    '处置方式',
    'Disposition',
    ['整改、预案报备或对客说辞', 'Rectified, contingency plan filed, or an explanation for customers'],
    {
      headers: ['处置类型', '处理方式'],
      value: 'enum',
      required: true,
      vocabulary: codes(RISK_DISPOSITION_LABELS, {
        rectified: ['整改', '整改完成'],
        'contingency-plan': ['预案', '预案备案', '制定预案'],
        'customer-explanation': ['对客说辞', '客户说辞', '无法整改'],
      }),
      rules: ['DLV-RISK-HQ'],
    },
  ),
  on: row(
    'on',
    '处置日期',
    'On',
    ['整改、备案或说辞准备好的日期', 'The day it was rectified, filed or prepared'],
    day(['处理日期', '完成日期'], ['DLV-RISK-HQ'], true),
  ),
  note: row('note', '备注', 'Note', ['处置说明', 'A note on it'], {
    headers: ['说明'],
    value: 'text',
    required: false,
    minLength: 1,
    maxLength: 2000,
  }),
};

/** One checklist item (检查项), read from a JSON check's `items`. */
const ITEM_FIELDS: FieldTable = {
  id: row(
    'id',
    '检查项编号',
    'Item id',
    ['检查项的编号，一次检查内不重复', 'The item id, unique in the check'],
    {
      headers: ['序号', '编号'],
      value: 'id',
      required: true,
      maxLength: 200,
      rules: ['DLV-RISK-SCOPE'],
    },
  ),
  class: row('class', '检查类别', 'Class', ['四类检查内容之一', 'One of the four classes'], {
    headers: ['类别', '风险类别'],
    value: 'enum',
    required: true,
    vocabulary: codes(RISK_CHECK_CLASS_LABELS, {
      'contracts-regulations': ['合同法规类', '合同、法规'],
      'design-changes': ['设计变更'],
      'sales-promises': ['销售承诺'],
      'engineering-quality': ['工程质量'],
    }),
    rules: ['DLV-RISK-SCOPE'],
  }),
  description: row('description', '检查内容', 'Description', ['检查的事项', 'What is checked'], {
    headers: ['检查事项', '风险描述'],
    value: 'text',
    required: false,
    minLength: 1,
    maxLength: 2000,
  }),
  result: row('result', '检查结果', 'Result', ['合格、不合格或未检查', 'Passed, failed or not checked'], {
    headers: ['结果', '是否合格'],
    value: 'enum',
    required: true,
    vocabulary: codes(RISK_ITEM_RESULT_LABELS, {
      passed: ['通过', '符合'],
      failed: ['不通过', '未通过', '不符合'],
      'not-checked': ['未查', '待检查'],
    }),
    rules: ['DLV-RISK-SCOPE'],
  }),
  major: row(
    'major',
    '重大风险',
    'Major risk',
    ['重大风险（如延期交付）：须制定预案', 'A major risk such as late delivery: needs a contingency plan'],
    {
      headers: ['是否重大风险'],
      value: 'boolean',
      required: false,
      rules: ['DLV-RISK-HQ'],
    },
  ),
  dispositions: row(
    'dispositions',
    '处置',
    'Dispositions',
    ['不合格项的整改、预案或对客说辞', 'What was done about a failed item'],
    {
      headers: ['处置情况'],
      value: 'records',
      required: false,
      maxItems: 20,
      items: DISPOSITION_FIELDS,
      valueNote: { 'zh-CN': '条目列表（仅JSON，字段见下表）', en: 'list of items (JSON only; fields below)' },
      rules: ['DLV-RISK-HQ'],
    },
  ),
};

/**
 * The fields of the delivery risk check (`DeliveryRiskCheckSchema`), in the record's order:
 * the HQ check as two nested fields (an HQ check, when given, has its day and its
 * departments), the checklist items as a list with its own table (JSON only; each item id
 * once per check).
 *
 * @rule DLV-RISK-SCOPE
 * @rule DLV-RISK-TEAM
 * @rule DLV-RISK-REPORT
 * @rule DLV-RISK-HQ
 * @example
 * ```ts
 * DELIVERY_RISK_CHECK_FIELD_TABLE.teamFormedOn.label['zh-CN']; // '风险检查小组成立日期'
 * DELIVERY_RISK_CHECK_FIELD_TABLE['hqCheck.departments'].path; // ['hqCheck', 'departments']
 * DELIVERY_RISK_CHECK_FIELD_TABLE.items.uniqueBy; // 'id'
 * ```
 */
export const DELIVERY_RISK_CHECK_FIELD_TABLE: Readonly<Record<DeliveryRiskCheckFieldKey, FieldRow>> =
  deepFreeze({
    projectId: row('projectId', '项目编号', 'Project', ['检查的项目', 'The project checked'], {
      headers: ['项目', '项目名称', 'project', 'project id'],
      value: 'id',
      required: true,
      maxLength: 200,
      rules: ['DLV-RISK-SCOPE'],
    }),
    batch: row('batch', '交付批次', 'Batch', ['交付的批次', 'The batch delivered'], {
      headers: ['批次', '交付分期'],
      value: 'text',
      required: false,
      minLength: 1,
      maxLength: 200,
    }),
    deliveryOn: row(
      'deliveryOn',
      '交付日期',
      'Delivery day',
      ['该批次的交付日期', 'The delivery day of the batch'],
      day(['计划交付日期', '交楼日期'], ['DLV-RISK-TEAM', 'DLV-RISK-REPORT', 'DLV-RISK-HQ']),
    ),
    firstDelivery: row(
      'firstDelivery',
      '首次交付',
      'First delivery',
      ['控股公司的首次交付：须本部联合检查', "A subsidiary's first delivery: the joint HQ check is required"],
      { headers: ['是否首次交付', '公司首次交付'], value: 'boolean', required: true, rules: ['DLV-RISK-HQ'] },
    ),
    teamFormedOn: row(
      'teamFormedOn',
      '风险检查小组成立日期',
      'Team formed on',
      ['交付风险检查小组成立的日期', 'The day the risk-check team was formed'],
      day(['检查小组成立日期', '小组成立日期'], ['DLV-RISK-TEAM']),
    ),
    selfCheckCompletedOn: row(
      'selfCheckCompletedOn',
      '自查完成日期',
      'Self-check completed on',
      ['项目自查完成的日期', 'The day the self-check was completed'],
      day(['自检完成日期'], ['DLV-RISK-REPORT']),
    ),
    reportSubmittedOn: row(
      'reportSubmittedOn',
      '自评报告提交日期',
      'Report submitted on',
      ['自评报告报本部客户关系部的日期', 'The day the self-assessment report reached HQ customer relations'],
      day(['报告提交日期', '自评报告报送日期'], ['DLV-RISK-REPORT']),
    ),
    'hqCheck.checkedOn': row(
      'hqCheck.checkedOn',
      '本部检查日期',
      'HQ checked on',
      ['本部联合检查的日期；有本部检查时必填', 'The day HQ checked; required when there is an HQ check'],
      {
        path: ['hqCheck', 'checkedOn'],
        headers: ['总部检查日期', '联合检查日期'],
        value: 'day',
        required: true,
        objectOptional: true,
        rules: ['DLV-RISK-HQ'],
      },
    ),
    'hqCheck.departments': row(
      'hqCheck.departments',
      '本部参检部门',
      'HQ departments',
      [
        '参加本部检查的部门（各一次）；有本部检查时必填',
        'The HQ departments that took part, each once; required when there is an HQ check',
      ],
      {
        path: ['hqCheck', 'departments'],
        headers: ['参检部门', '联合检查部门'],
        value: 'enum-list',
        required: true,
        objectOptional: true,
        distinct: true,
        maxItems: HQ_CHECK_DEPARTMENTS.length,
        vocabulary: codes(HQ_CHECK_DEPARTMENT_LABELS, {
          'customer-relations': ['客户关系'],
          quality: ['质量管理部'],
          contracts: ['合同部', '经济合同'],
          project: ['项目'],
        }),
        rules: ['DLV-RISK-HQ'],
      },
    ),
    items: row(
      'items',
      '检查项',
      'Checklist items',
      ['检查一览表的各项（仅JSON）；编号不重复', 'The checklist items (JSON only), each id once'],
      {
        headers: ['检查项目', '风险检查项'],
        value: 'records',
        required: true,
        maxItems: 5000,
        items: ITEM_FIELDS,
        valueNote: {
          'zh-CN': '条目列表（仅JSON，字段见下表）',
          en: 'list of items (JSON only; fields below)',
        },
        uniqueBy: 'id',
        rules: ['DLV-RISK-SCOPE'],
      },
    ),
  });
