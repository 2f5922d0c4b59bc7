import { deepFreeze } from '../../core/deepFreeze.js';
import type { LocalizedText } from '../../core/reason.js';
import type { RuleId } from '../../core/rules.js';
import type { DeliveryKpi } from '../types.js';

/** One figure of the delivery summary: its name, its formula's numerator and denominator, whether it is a rate. */
export interface DeliveryKpiRow extends LocalizedText {
  readonly id: DeliveryKpi;
  readonly numerator: LocalizedText;
  readonly denominator: LocalizedText;
  /** A share in [0, 1] (shown as a percentage), or a count per household. */
  readonly unit: 'rate' | 'per-household';
  readonly rule: RuleId;
  readonly source: string;
}

/**
 * The figures of the delivery summary (`DLV-SUMMARY`, SOL 房屋交付管理 Step6: 一次交付成功率,
 * 集中交付收楼率, 户均返修数（条/户）, 整体及主要专业维修率, 交楼验房质量满意率（交楼验房无维修问题所占比率）)
 * with their formulas. The per-discipline repair rate has the repair rate's denominator and,
 * as numerator, the households inspected with an item of that discipline.
 *
 * @rule DLV-SUMMARY
 */
export const DELIVERY_KPI_TABLE: Readonly<Record<DeliveryKpi, DeliveryKpiRow>> = deepFreeze({
  oneTimeSuccessRate: {
    id: 'oneTimeSuccessRate',
    'zh-CN': '一次交付成功率',
    en: 'One-time delivery success rate',
    numerator: {
      'zh-CN': '首次验房即收楼的户数',
      en: 'households that took the keys at their first inspection',
    },
    denominator: { 'zh-CN': '验房户数', en: 'households inspected' },
    unit: 'rate',
    rule: 'DLV-SUMMARY',
    source: 'SOL 房屋交付管理 Step6 (1)',
  },
  takeOverRate: {
    id: 'takeOverRate',
    'zh-CN': '集中交付收楼率',
    en: 'Centralized take-over rate',
    numerator: {
      'zh-CN': '集中交付期内（含首尾两日）收楼的户数',
      en: 'eligible households that took the keys within the centralized period (both ends included)',
    },
    denominator: { 'zh-CN': '具备入住资格的户数', en: 'eligible households' },
    unit: 'rate',
    rule: 'DLV-SUMMARY',
    source: 'SOL 房屋交付管理 Step6 (1)',
  },
  repairItemsPerHousehold: {
    id: 'repairItemsPerHousehold',
    'zh-CN': '户均返修数（条/户）',
    en: 'Repair items per household',
    numerator: { 'zh-CN': '验房发现的维修问题条数', en: 'repair items found at the inspections' },
    denominator: { 'zh-CN': '验房户数', en: 'households inspected' },
    unit: 'per-household',
    rule: 'DLV-SUMMARY',
    source: 'SOL 房屋交付管理 Step6 (2)',
  },
  repairRate: {
    id: 'repairRate',
    'zh-CN': '维修率',
    en: 'Repair rate',
    numerator: { 'zh-CN': '有维修问题的验房户数', en: 'households inspected with at least one repair item' },
    denominator: { 'zh-CN': '验房户数', en: 'households inspected' },
    unit: 'rate',
    rule: 'DLV-SUMMARY',
    source: 'SOL 房屋交付管理 Step6 (2)',
  },
  inspectionSatisfactionRate: {
    id: 'inspectionSatisfactionRate',
    'zh-CN': '交楼验房质量满意率',
    en: 'Inspection satisfaction rate',
    numerator: { 'zh-CN': '验房无维修问题的户数', en: 'households inspected with no repair item' },
    denominator: { 'zh-CN': '验房户数', en: 'households inspected' },
    unit: 'rate',
    rule: 'DLV-SUMMARY',
    source: 'SOL 房屋交付管理 Step6 (2)',
  },
});
