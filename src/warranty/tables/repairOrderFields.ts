import type { RuleId } from '../../core/rules.js';
import { REPAIR_ORDER_FIELD_TABLE, type RepairOrderField } from './repairOrderFieldTable.js';

export type { RepairOrderField } from './repairOrderFieldTable.js';

/** One field of a repair order: its names in both languages and the rule it serves. */
export interface RepairOrderFieldLabel {
  readonly 'zh-CN': string;
  readonly en: string;
  readonly rule: RuleId;
}

/**
 * The fields of a repair order (维修任务记录表 and what the repair flow adds to it), their
 * Chinese and English names and the rule each serves first: read from
 * {@link REPAIR_ORDER_FIELD_TABLE} (DESIGN convention 15: the names are written once, there),
 * for the schema's descriptions and the messages of its checks.
 *
 * @rule WAR-FLOW
 * @example
 * ```ts
 * REPAIR_ORDER_FIELDS.agreedVisitAt; // { 'zh-CN': '预约上门时间', en: 'Agreed visit time', rule: 'WAR-APPOINT' }
 * ```
 */
export const REPAIR_ORDER_FIELDS: Readonly<Record<RepairOrderField, RepairOrderFieldLabel>> =
  /* @__PURE__ */ (() =>
    Object.freeze(
      Object.fromEntries(
        Object.values(REPAIR_ORDER_FIELD_TABLE).map((row) => [
          row.id,
          Object.freeze({
            'zh-CN': row.label['zh-CN'],
            en: row.label.en,
            rule: (row.rules?.[0] ?? 'WAR-FLOW') as RuleId,
          }),
        ]),
      ) as Record<RepairOrderField, RepairOrderFieldLabel>,
    ))();
