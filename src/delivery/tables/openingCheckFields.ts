/**
 * The sales-opening risk check's fields (开盘风险检查的字段), one row each (DESIGN convention
 * 15): the names in both languages, the column headers a check's export gives them, the
 * kind of value each holds with the codes of the aspect and reporting-cadence label tables,
 * and the cross-field rules of `OpeningRiskCheckSchema` (finding ids unique, a finding closed
 * not before it was found, no aspect twice). The findings are a list of objects with a
 * table of their own.
 *
 * @module
 */

import { deepFreeze } from '../../core/deepFreeze.js';
import type { FieldRow, FieldTable } from '../../records/fieldTable.js';
import type { OpeningRiskCheck } from '../schemas.js';
import { OPENING_ASPECTS } from '../types.js';
import { codes, row } from './fieldRows.js';
import { OPENING_ASPECT_LABELS, OPENING_REPORT_CADENCE_LABELS } from './openingLabels.js';

const day = (
  headers: readonly string[],
  required = false,
): Omit<FieldRow, 'id' | 'label' | 'description'> => ({
  headers,
  value: 'day',
  required,
  rules: ['DLV-OPENING'],
});

/** The five aspects as check exports write them: their short forms. */
const ASPECTS = codes(OPENING_ASPECT_LABELS, {
  'sales-contracts': ['销售合同', '合同类'],
  advertising: ['广告宣传', '宣传资料'],
  'on-site-display': ['现场展示'],
  'product-technical': ['产品技术'],
  'physical-quality': ['实体质量', '样板房'],
});

/** One finding (检查发现的问题), read from a JSON check's `findings`. */
const FINDING_FIELDS: FieldTable = {
  id: row(
    'id',
    '问题编号',
    'Finding id',
    ['问题的编号，一次检查内不重复', 'The finding id, unique in the check'],
    {
      headers: ['序号', '编号'],
      value: 'id',
      required: true,
      maxLength: 200,
      rules: ['DLV-OPENING'],
    },
  ),
  aspect: row('aspect', '检查方面', 'Aspect', ['五个检查方面之一', 'One of the five aspects'], {
    headers: ['问题类别', '检查类别'],
    value: 'enum',
    required: true,
    vocabulary: ASPECTS,
    rules: ['DLV-OPENING'],
  }),
  description: row('description', '问题描述', 'Description', ['发现的问题', 'What was found'], {
    headers: ['问题内容'],
    value: 'text',
    required: false,
    minLength: 1,
    maxLength: 2000,
  }),
  foundOn: row(
    'foundOn',
    '发现日期',
    'Found on',
    ['发现问题的日期', 'The day it was found'],
    day(['检查日期'], true),
  ),
  closedOn: row(
    'closedOn',
    '关闭日期',
    'Closed on',
    [
      '问题关闭的日期：不早于发现日期；空表示未关闭',
      'The day it was closed: not before it was found; empty: still open',
    ],
    { ...day(['整改完成日期']), notBefore: 'foundOn' },
  ),
};

/**
 * The fields of the sales-opening risk check (`OpeningRiskCheckSchema`), in the record's
 * order: the findings as a list with its own table (JSON only; each finding id once per
 * check), the aspects checked each once, the report days a list of days.
 *
 * @rule DLV-OPENING
 * @example
 * ```ts
 * OPENING_RISK_CHECK_FIELD_TABLE.preparationMeetingOn.label['zh-CN']; // '开盘准备会日期'
 * OPENING_RISK_CHECK_FIELD_TABLE.findings.items?.closedOn?.notBefore; // 'foundOn'
 * OPENING_RISK_CHECK_FIELD_TABLE.aspectsChecked.distinct; // true
 * ```
 */
export const OPENING_RISK_CHECK_FIELD_TABLE: Readonly<Record<keyof OpeningRiskCheck, FieldRow>> = deepFreeze({
  projectId: row('projectId', '项目编号', 'Project', ['检查的项目', 'The project checked'], {
    headers: ['项目', '项目名称', 'project', 'project id'],
    value: 'id',
    required: true,
    maxLength: 200,
    rules: ['DLV-OPENING'],
  }),
  newCompany: row('newCompany', '新公司', 'New company', ['是否新公司', 'A new company'], {
    headers: ['是否新公司'],
    value: 'boolean',
    required: true,
    rules: ['DLV-OPENING'],
  }),
  newProject: row('newProject', '新项目', 'New project', ['是否新项目', 'A new project'], {
    headers: ['是否新项目'],
    value: 'boolean',
    required: true,
    rules: ['DLV-OPENING'],
  }),
  firstOpening: row('firstOpening', '首次开盘', 'First opening', ['是否首次开盘', 'Its first opening'], {
    headers: ['是否首次开盘'],
    value: 'boolean',
    required: true,
    rules: ['DLV-OPENING'],
  }),
  openingOn: row(
    'openingOn',
    '开盘日期',
    'Opening day',
    ['开盘的日期', 'The opening day'],
    day(['开盘时间']),
  ),
  assessmentStartsOn: row(
    'assessmentStartsOn',
    '风险评估开始日期',
    'Assessment starts on',
    ['开盘风险评估开始的日期', 'The day the risk assessment starts'],
    day(['评估开始日期']),
  ),
  preparationMeetingOn: row(
    'preparationMeetingOn',
    '开盘准备会日期',
    'Preparation meeting on',
    ['开盘准备会的日期', 'The day of the preparation meeting'],
    day(['准备会日期']),
  ),
  reportingCadence: row(
    'reportingCadence',
    '报告频率',
    'Reporting cadence',
    ['未关闭问题的报告频率：周报或日报', 'How often open findings are reported: weekly or daily'],
    {
      headers: ['汇报频率', '报告方式'],
      value: 'enum',
      required: true,
      vocabulary: codes(OPENING_REPORT_CADENCE_LABELS, { weekly: ['每周'], daily: ['每日', '每天'] }),
      rules: ['DLV-OPENING'],
    },
  ),
  aspectsChecked: row(
    'aspectsChecked',
    '已检查方面',
    'Aspects checked',
    ['检查了的方面（各一次）', 'The aspects checked, each once'],
    {
      headers: ['检查内容', '检查范围'],
      value: 'enum-list',
      required: true,
      distinct: true,
      maxItems: OPENING_ASPECTS.length,
      vocabulary: ASPECTS,
      rules: ['DLV-OPENING'],
    },
  ),
  findings: row(
    'findings',
    '检查发现',
    'Findings',
    ['检查发现的问题（仅JSON）；编号不重复', 'The findings (JSON only), each id once'],
    {
      headers: ['问题清单', '发现问题'],
      value: 'records',
      required: true,
      maxItems: 5000,
      items: FINDING_FIELDS,
      valueNote: { 'zh-CN': '条目列表（仅JSON，字段见下表）', en: 'list of items (JSON only; fields below)' },
      uniqueBy: 'id',
      rules: ['DLV-OPENING'],
    },
  ),
  reportsSubmittedOn: row(
    'reportsSubmittedOn',
    '报告提交日期',
    'Reports submitted on',
    [
      '各次周报或日报发出的日期（多项以“|”“、”或“；”分隔）',
      'The days reports were sent (several split by |, a comma or ;)',
    ],
    {
      headers: ['报告日期', '汇报日期'],
      value: 'day-list',
      required: false,
      maxItems: 2000,
      rules: ['DLV-OPENING'],
    },
  ),
});
