import type { StateValueFrom } from 'xstate';
import { deepFreeze } from '../../core/deepFreeze.js';
import type { LocalizedText } from '../../core/reason.js';
import type { RuleId } from '../../core/rules.js';
import type { DeliveryBatchMachine } from '../deliveryBatchMachine.js';
import type { DeliveryBatchMachineEvent } from '../deliveryBatchMachineTypes.js';
import type { HouseholdDeliveryMachine } from '../householdDeliveryMachine.js';
import type { HouseholdDeliveryMachineEvent } from '../householdDeliveryMachineTypes.js';

/**
 * The names of the delivery batch machine's states, events and guards in Chinese and
 * English (`DLV-STEPS`): the one table that the state diagrams, the docs and an app's
 * status column read (DESIGN convention 15). Keys are the machine's own state values,
 * event types and guard names; a state or event the machine gains without a row here
 * fails the type check and the diagram generator.
 *
 * @rule DLV-STEPS
 * @example
 * ```ts
 * DELIVERY_BATCH_MACHINE_LABELS.states.handingOver['zh-CN']; // '物业移交'
 * DELIVERY_BATCH_MACHINE_LABELS.events['centralized.ended'].en; // 'centralized delivery ended'
 * ```
 */
export const DELIVERY_BATCH_MACHINE_LABELS: {
  /** The machine's name and the rule it implements. */
  readonly machine: LocalizedText & { readonly rule: RuleId };
  /** Every state, by its state value. */
  readonly states: Readonly<Record<StateValueFrom<DeliveryBatchMachine> & string, LocalizedText>>;
  /** Every event, by its type. */
  readonly events: Readonly<Record<DeliveryBatchMachineEvent['type'], LocalizedText>>;
  /** Every guard, by its name. */
  readonly guards: Readonly<
    Record<'isOpen' | 'isRiskCheckReady' | 'needsPreInspection' | 'isSummarySubmitted', LocalizedText>
  >;
} = /* @__PURE__ */ deepFreeze({
  machine: { 'zh-CN': '房屋交付批次流程', en: 'Delivery batch', rule: 'DLV-STEPS' },
  states: {
    planning: { 'zh-CN': '编制交付方案', en: 'planning' },
    riskChecking: { 'zh-CN': '交付前风险检查', en: 'risk check' },
    preInspecting: { 'zh-CN': '业主预验收', en: "owners' pre-inspection" },
    handingOver: { 'zh-CN': '物业移交', en: 'handover to the property company' },
    centralizedDelivery: { 'zh-CN': '集中交付', en: 'centralized delivery' },
    sporadicDelivery: { 'zh-CN': '零星交付', en: 'sporadic delivery' },
    summarizing: { 'zh-CN': '交付总结', en: 'summary' },
    closed: { 'zh-CN': '已结束', en: 'closed' },
  },
  events: {
    'plan.approved': { 'zh-CN': '交付方案审核通过', en: 'plan approved' },
    'riskCheck.assessed': { 'zh-CN': '完成风险检查评估', en: 'risk check assessed' },
    'preInspection.completed': { 'zh-CN': '业主预验收完成', en: 'pre-inspection completed' },
    'handover.completed': { 'zh-CN': '物业承接查验完成', en: 'handover completed' },
    'centralized.ended': { 'zh-CN': '集中交付结束', en: 'centralized delivery ended' },
    'sporadic.ended': { 'zh-CN': '零星交付结束', en: 'sporadic delivery ended' },
    'summary.submitted': { 'zh-CN': '交付总结报备本部', en: 'summary submitted' },
    'milestone.completed': { 'zh-CN': '完成一项节点工作', en: 'milestone completed' },
    'clock.tick': { 'zh-CN': '时钟推进', en: 'clock tick' },
  },
  guards: {
    isOpen: { 'zh-CN': '未结束', en: 'open' },
    isRiskCheckReady: { 'zh-CN': '无阻碍交付的风险', en: 'nothing blocks delivery' },
    needsPreInspection: { 'zh-CN': '须组织业主预验收', en: 'pre-inspection applies' },
    isSummarySubmitted: { 'zh-CN': '总结已报备', en: 'summary submitted' },
  },
});

/**
 * The names of the household delivery machine's states, events and guards in Chinese and
 * English (`DLV-MODE`), read by the diagrams, the docs and an app's status column.
 *
 * @rule DLV-MODE
 * @example
 * ```ts
 * HOUSEHOLD_DELIVERY_MACHINE_LABELS.states.keysTaken['zh-CN']; // '已收楼'
 * HOUSEHOLD_DELIVERY_MACHINE_LABELS.events['keys.refused'].en; // 'keys refused'
 * ```
 */
export const HOUSEHOLD_DELIVERY_MACHINE_LABELS: {
  readonly machine: LocalizedText & { readonly rule: RuleId };
  readonly states: Readonly<Record<StateValueFrom<HouseholdDeliveryMachine> & string, LocalizedText>>;
  readonly events: Readonly<Record<HouseholdDeliveryMachineEvent['type'], LocalizedText>>;
  readonly guards: Readonly<
    Record<
      'isOpen' | 'needsPreInspection' | 'isEligible' | 'hasOpenRepairs' | 'hasOpenPreInspectionRepairs',
      LocalizedText
    >
  >;
} = /* @__PURE__ */ deepFreeze({
  machine: { 'zh-CN': '业主收楼流程', en: 'Household delivery', rule: 'DLV-MODE' },
  states: {
    notified: { 'zh-CN': '已通知', en: 'notified' },
    preInspected: { 'zh-CN': '已预验收', en: 'pre-inspected' },
    inspected: { 'zh-CN': '已验房', en: 'inspected' },
    refused: { 'zh-CN': '拒收', en: 'keys refused' },
    keysTaken: { 'zh-CN': '已收楼', en: 'keys taken' },
    delivered: { 'zh-CN': '交付完成', en: 'delivered' },
  },
  events: {
    'preInspection.completed': { 'zh-CN': '业主预验收完成', en: 'pre-inspection completed' },
    'preInspectionRepairs.closed': { 'zh-CN': '预验收问题整改完毕', en: 'pre-inspection repairs closed' },
    'inspection.completed': { 'zh-CN': '交付验房完成', en: 'inspection completed' },
    'keys.taken': { 'zh-CN': '收楼', en: 'keys taken' },
    'keys.refused': { 'zh-CN': '拒绝收楼', en: 'keys refused' },
    'repairs.closed': { 'zh-CN': '维修问题全部关闭', en: 'repairs closed' },
    'eligibility.confirmed': { 'zh-CN': '确认具备入住资格', en: 'eligibility confirmed' },
    'clock.tick': { 'zh-CN': '时钟推进', en: 'clock tick' },
  },
  guards: {
    isOpen: { 'zh-CN': '未完成交付', en: 'open' },
    needsPreInspection: { 'zh-CN': '须组织业主预验收', en: 'pre-inspection applies' },
    isEligible: { 'zh-CN': '具备入住资格', en: 'eligible' },
    hasOpenRepairs: { 'zh-CN': '有未关闭的维修问题', en: 'repairs open' },
    hasOpenPreInspectionRepairs: { 'zh-CN': '有未整改的预验收问题', en: 'pre-inspection repairs open' },
  },
});
