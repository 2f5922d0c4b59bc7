import { deepFreeze } from '../../core/deepFreeze.js';
import type { LocalizedText } from '../../core/reason.js';
import type { RuleId } from '../../core/rules.js';
import type { DeliveryStep } from '../types.js';

/** One row of the step table. */
export interface DeliveryStepRow extends LocalizedText {
  readonly id: DeliveryStep;
  /** Its number in the source (Step1 ... Step6). */
  readonly number: number;
  readonly rule: RuleId;
  readonly source: string;
}

/**
 * The six steps of a delivery (`DLV-STEPS`, SOL 房屋交付管理 3): the plan, the risk check,
 * the owners' pre-inspection (where the policy asks for it), the handover to the property
 * company, the delivery (centralized, then sporadic: `DLV-MODE`) and the summary.
 *
 * @rule DLV-STEPS
 */
export const DELIVERY_STEP_TABLE: Readonly<Record<DeliveryStep, DeliveryStepRow>> = deepFreeze({
  plan: {
    id: 'plan',
    number: 1,
    'zh-CN': '编制房屋交付方案',
    en: 'Delivery plan',
    rule: 'DLV-STEPS',
    source: 'SOL 房屋交付管理 3',
  },
  'risk-check': {
    id: 'risk-check',
    number: 2,
    'zh-CN': '交付前风险检查',
    en: 'Pre-delivery risk check',
    rule: 'DLV-STEPS',
    source: 'SOL 房屋交付管理 3',
  },
  'owner-pre-inspection': {
    id: 'owner-pre-inspection',
    number: 3,
    'zh-CN': '业主预验收',
    en: "Owners' pre-inspection",
    rule: 'DLV-STEPS',
    source: 'SOL 房屋交付管理 3',
  },
  handover: {
    id: 'handover',
    number: 4,
    'zh-CN': '物业移交',
    en: 'Handover to the property company',
    rule: 'DLV-STEPS',
    source: 'SOL 房屋交付管理 3',
  },
  delivery: {
    id: 'delivery',
    number: 5,
    'zh-CN': '交付阶段工作',
    en: 'Delivery',
    rule: 'DLV-STEPS',
    source: 'SOL 房屋交付管理 3',
  },
  summary: {
    id: 'summary',
    number: 6,
    'zh-CN': '交付总结及评价',
    en: 'Summary and evaluation',
    rule: 'DLV-STEPS',
    source: 'SOL 房屋交付管理 3',
  },
});
