import { deepFreeze } from '../../core/deepFreeze.js';
import type { LocalizedText } from '../../core/reason.js';
import type { HouseholdDelivery } from '../schemas.js';

/** How a field of the household record is written in a flat file (CSV): the value kind. */
export type HouseholdFieldKind = 'text' | 'boolean' | 'day' | 'mode' | 'list' | 'repair-items';

/** One field of the household delivery record: its names and its kind. */
export interface HouseholdFieldRow extends LocalizedText {
  readonly kind: HouseholdFieldKind;
  /** Other column headers people use for it. */
  readonly aliases: readonly string[];
}

/**
 * The fields of the household delivery record (`HouseholdDeliverySchema`) with their Chinese
 * and English names (convention 15): the column headers of the CLI and the docs, and the seed
 * of the import machinery's field table. In a CSV file the repair items are one column per
 * discipline holding a count (`repairs.plumbing`, or `给排水问题数`): see
 * `DELIVERY_REPAIR_DISCIPLINE_LABELS`.
 *
 * @rule DLV-SUMMARY
 */
export const HOUSEHOLD_DELIVERY_FIELD_TABLE: Readonly<Record<keyof HouseholdDelivery, HouseholdFieldRow>> =
  deepFreeze({
    householdId: { 'zh-CN': '房号', en: 'Household', kind: 'text', aliases: ['户号', '楼栋房号', '房间号'] },
    customerId: { 'zh-CN': '客户编号', en: 'Customer id', kind: 'text', aliases: ['业主编号', '客户ID'] },
    eligible: {
      'zh-CN': '具备入住资格',
      en: 'Eligible',
      kind: 'boolean',
      aliases: ['是否具备入住资格', '入住资格'],
    },
    mode: { 'zh-CN': '交付方式', en: 'Delivery mode', kind: 'mode', aliases: ['集中/零星'] },
    notifiedOn: { 'zh-CN': '通知日期', en: 'Notified on', kind: 'day', aliases: ['电话通知日期'] },
    preInspectedOn: {
      'zh-CN': '预验收日期',
      en: 'Pre-inspected on',
      kind: 'day',
      aliases: ['业主预验收日期'],
    },
    firstInspectedOn: {
      'zh-CN': '首次验房日期',
      en: 'First inspected on',
      kind: 'day',
      aliases: ['验房日期'],
    },
    keysTakenAtFirstInspection: {
      'zh-CN': '首次验房即收楼',
      en: 'Keys taken at first inspection',
      kind: 'boolean',
      aliases: ['一次收楼', '一次交付成功'],
    },
    keysTakenOn: { 'zh-CN': '收楼日期', en: 'Keys taken on', kind: 'day', aliases: ['交房日期'] },
    refusedReasons: { 'zh-CN': '拒收原因', en: 'Refusal reasons', kind: 'list', aliases: ['未收楼原因'] },
    repairItems: { 'zh-CN': '维修问题', en: 'Repair items', kind: 'repair-items', aliases: ['返修项'] },
    repairsClosedOn: {
      'zh-CN': '维修关闭日期',
      en: 'Repairs closed on',
      kind: 'day',
      aliases: ['整改完成日期'],
    },
  });
