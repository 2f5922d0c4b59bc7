/**
 * The household delivery record's fields (户交付记录的字段), one row each (DESIGN convention
 * 15): the names in both languages, the column headers handover ledgers give them, the
 * kind of value each holds with the codes of the delivery-mode and discipline tables, and
 * the cross-field rules of `HouseholdDeliverySchema`. The import (header and value
 * aliases), the CLI's columns and the docs' field reference read this one table.
 *
 * @module
 */

import { deepFreeze } from '../../core/deepFreeze.js';
import type { FieldRow, FieldTable } from '../../records/fieldTable.js';
import type { HouseholdDelivery } from '../schemas.js';
import { DELIVERY_REPAIR_DISCIPLINES, type DeliveryRepairDiscipline } from '../types.js';
import { codes, row } from './fieldRows.js';
import { DELIVERY_MODE_LABELS, DELIVERY_REPAIR_DISCIPLINE_LABELS } from './labels.js';

/** One field (or item column) of the household delivery record: a {@link FieldRow}. */
export type HouseholdFieldRow = FieldRow;

/** The key of an item column: one per repair discipline (`repairs.plumbing`). */
export type HouseholdRepairColumn = `repairs.${DeliveryRepairDiscipline}`;

const day = (
  headers: readonly string[],
  rest: Partial<Omit<FieldRow, 'id' | 'label' | 'description' | 'value' | 'headers'>> = {},
): Omit<FieldRow, 'id' | 'label' | 'description'> => ({
  headers,
  value: 'day',
  required: false,
  rules: ['DLV-SUMMARY'],
  ...rest,
});

/** The fields of a repair item (验房问题), read from a JSON record's `repairItems`. */
const REPAIR_ITEM_FIELDS: FieldTable = {
  discipline: row('discipline', '专业', 'Discipline', ['问题所属专业', 'The discipline of the item'], {
    headers: ['维修专业'],
    value: 'enum',
    required: true,
    vocabulary: codes(DELIVERY_REPAIR_DISCIPLINE_LABELS),
    rules: ['DLV-SUMMARY'],
  }),
  description: row('description', '问题描述', 'Description', ['发现的问题', 'What was found'], {
    headers: [],
    value: 'text',
    required: false,
    minLength: 1,
    maxLength: 2000,
  }),
  closedOn: row('closedOn', '关闭日期', 'Closed on', ['维修关闭的日期', 'The day the repair was closed'], {
    headers: [],
    value: 'day',
    required: false,
    notBefore: 'firstInspectedOn',
  }),
};

/** One count column per discipline: `repairs.plumbing` (or 给排水问题数) of 3 is three plumbing items. */
const repairColumns = Object.fromEntries(
  DELIVERY_REPAIR_DISCIPLINES.map((d) => {
    const l = DELIVERY_REPAIR_DISCIPLINE_LABELS[d];
    const key: HouseholdRepairColumn = `repairs.${d}`;
    return [
      key,
      row(
        key,
        `${l['zh-CN']}问题数`,
        `${l.en} items`,
        [
          `验房发现的${l['zh-CN']}问题条数（表格中每个专业一列）`,
          `How many ${l.en.toLowerCase()} items the inspection found (one column per discipline in a table)`,
        ],
        {
          // 其他问题 is too often a free-text column to be read as a count.
          headers: [
            `${l['zh-CN']}维修数`,
            ...(d === 'other' ? [] : [`${l['zh-CN']}问题`]),
            `${l.en} repairs`,
          ],
          value: 'count',
          required: false,
          rules: ['DLV-SUMMARY'],
          expands: { into: 'repairItems', item: { discipline: d } },
        },
      ),
    ];
  }),
) as Record<HouseholdRepairColumn, FieldRow>;

/**
 * The fields of the household delivery record (`HouseholdDeliverySchema`), in the record's
 * order, then one item column per repair discipline: in a table the repair items are counts
 * (`repairs.plumbing`, or 给排水问题数), each becoming that many items of `repairItems`.
 *
 * @rule DLV-SUMMARY
 * @rule DLV-MODE
 * @example
 * ```ts
 * HOUSEHOLD_DELIVERY_FIELD_TABLE.keysTakenOn.label['zh-CN']; // '收楼日期'
 * HOUSEHOLD_DELIVERY_FIELD_TABLE.mode.vocabulary?.map((e) => e.id); // ['centralized', 'sporadic']
 * HOUSEHOLD_DELIVERY_FIELD_TABLE['repairs.plumbing'].expands?.item; // { discipline: 'plumbing' }
 * ```
 */
export const HOUSEHOLD_DELIVERY_FIELD_TABLE: Readonly<
  Record<keyof HouseholdDelivery | HouseholdRepairColumn, HouseholdFieldRow>
> = deepFreeze({
  householdId: row(
    'householdId',
    '房号',
    'Household',
    ['交付的房屋（户），如楼栋-单元-房号', 'The household (户), e.g. a building-unit-room number'],
    {
      headers: ['户号', '楼栋房号', '房间号', '房屋编号', 'room', 'room no', 'household id'],
      value: 'id',
      required: true,
      maxLength: 200,
      rules: ['DLV-SUMMARY'],
    },
  ),
  customerId: row(
    'customerId',
    '客户编号',
    'Customer id',
    ['业主的客户档案编号（不含个人信息）', "The owner's customer record by its id (no personal data)"],
    {
      headers: ['业主编号', '客户ID', 'customer id'],
      value: 'id',
      required: false,
      maxLength: 200,
      rules: ['CUS-FIELDS'],
    },
  ),
  eligible: row(
    'eligible',
    '具备入住资格',
    'Eligible',
    ['是否具备入住（收楼）资格：计入集中收楼率', 'Eligible to take the home: counts in the take-over rate'],
    {
      headers: ['是否具备入住资格', '入住资格', '具备收楼条件'],
      value: 'boolean',
      required: true,
      rules: ['DLV-SUMMARY'],
    },
  ),
  mode: row('mode', '交付方式', 'Delivery mode', ['集中交付或零星交付', 'Centralized or sporadic delivery'], {
    headers: ['集中/零星', '交付类型'],
    value: 'enum',
    required: false,
    vocabulary: codes(DELIVERY_MODE_LABELS, { centralized: ['集中'], sporadic: ['零星'] }),
    rules: ['DLV-MODE'],
  }),
  notifiedOn: row(
    'notifiedOn',
    '通知日期',
    'Notified on',
    ['电话通知业主收楼的日期', 'The day the owner was notified (phoned) of the delivery'],
    day(['电话通知日期', '入伙通知日期']),
  ),
  preInspectedOn: row(
    'preInspectedOn',
    '预验收日期',
    'Pre-inspected on',
    ['业主预验收的日期（如有）', "The owners' pre-inspection day, where held"],
    day(['业主预验收日期']),
  ),
  firstInspectedOn: row(
    'firstInspectedOn',
    '首次验房日期',
    'First inspected on',
    ['首次验房的日期；空表示未验房', 'The first handover inspection; empty: not inspected'],
    day(['验房日期', '首验日期']),
  ),
  keysTakenAtFirstInspection: row(
    'keysTakenAtFirstInspection',
    '首次验房即收楼',
    'Keys taken at first inspection',
    [
      '首次验房即收楼（一次交付成功）；须有首次验房日期，为“是”时须有收楼日期',
      'Took the keys at the first inspection; needs the first inspection, and when yes the keys day',
    ],
    {
      headers: ['一次收楼', '一次交付成功', '是否一次交付成功'],
      value: 'boolean',
      required: false,
      rules: ['DLV-SUMMARY'],
      requires: [
        { field: 'firstInspectedOn', is: 'given' },
        { when: 'true', field: 'keysTakenOn', is: 'given' },
      ],
    },
  ),
  keysTakenOn: row(
    'keysTakenOn',
    '收楼日期',
    'Keys taken on',
    [
      '业主收楼的日期：不早于首次验房，且须具备入住资格',
      'The day the keys were taken: not before the first inspection, and only when eligible',
    ],
    day(['交房日期', '收房日期'], {
      notBefore: 'firstInspectedOn',
      requires: [{ field: 'eligible', is: 'true' }],
    }),
  ),
  refusedReasons: row(
    'refusedReasons',
    '拒收原因',
    'Refusal reasons',
    [
      '首次验房未收楼的原因（多项以“|”或“；”分隔）',
      'Why the keys were refused at the first inspection (several split by | or ;)',
    ],
    {
      headers: ['未收楼原因', '拒收理由'],
      value: 'text-list',
      required: false,
      minLength: 1,
      maxLength: 500,
      maxItems: 50,
      rules: ['DLV-SUMMARY'],
      requires: [{ field: 'keysTakenAtFirstInspection', is: 'not-true' }],
    },
  ),
  repairItems: row(
    'repairItems',
    '维修问题',
    'Repair items',
    [
      '验房发现的维修问题；表格中按专业分列计数',
      'The repair items the inspection found; in a table, counted per discipline',
    ],
    {
      headers: ['返修项'],
      value: 'records',
      required: true,
      maxItems: 1000,
      items: REPAIR_ITEM_FIELDS,
      rules: ['DLV-SUMMARY'],
      requires: [{ field: 'firstInspectedOn', is: 'given' }],
    },
  ),
  repairsClosedOn: row(
    'repairsClosedOn',
    '维修关闭日期',
    'Repairs closed on',
    [
      '全部维修问题关闭的日期：不早于首次验房',
      'The day every repair item was closed: not before the first inspection',
    ],
    day(['整改完成日期', '维修完成日期'], { notBefore: 'firstInspectedOn' }),
  ),
  ...repairColumns,
});
