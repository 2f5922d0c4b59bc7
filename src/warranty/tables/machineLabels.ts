import type { StateValueFrom } from 'xstate';
import { deepFreeze } from '../../core/deepFreeze.js';
import type { LocalizedText } from '../../core/reason.js';
import type { RuleId } from '../../core/rules.js';
import type { RepairOrderMachine } from '../repairOrderMachine.js';
import type { RepairOrderMachineEvent } from '../repairOrderMachineTypes.js';

/** The guards of the repair-order machine, by name. */
type RepairOrderGuard =
  | 'isOpen'
  | 'otherwise'
  | 'surveyDone'
  | 'isBeforeCompletion'
  | 'canStart'
  | 'canComplete'
  | 'isAccepted'
  | 'isRejected'
  | 'hasPendingVisit'
  | 'owesAuthorityReport'
  | 'hasReplacement'
  | 'canApproveCompensation'
  | 'canNotifyDeduction';

/**
 * The names of the repair-order machine's states, events and guards in Chinese and
 * English (`WAR-FLOW`): the one table that the state diagram (`scripts/machineDiagrams.ts`),
 * the docs and an app's status column all read (DESIGN convention 15). Keys are the
 * machine's own state values, event types and guard names; a state, event or guard the
 * machine gains without a row here fails the type check and the diagram generator. A state
 * is named by what the order waits for; the steps of `WAR-FLOW` themselves, with their
 * source sections, are `REPAIR_ORDER_STEP_LABELS`.
 *
 * @rule WAR-FLOW
 * @rule WAR-APPOINT
 * @rule WAR-CONTRACTOR
 * @rule WAR-COMP
 * @example
 * ```ts
 * REPAIR_ORDER_MACHINE_LABELS.states.acceptance['zh-CN']; // '待客户验收'
 * REPAIR_ORDER_MACHINE_LABELS.events['repair.completed'].en; // 'repair reported complete'
 * ```
 */
export const REPAIR_ORDER_MACHINE_LABELS: {
  /** The machine's name and the rule it implements. */
  readonly machine: LocalizedText & { readonly rule: RuleId };
  /** Every state, by its state value. */
  readonly states: Readonly<Record<StateValueFrom<RepairOrderMachine> & string, LocalizedText>>;
  /** Every event, by its type. */
  readonly events: Readonly<Record<RepairOrderMachineEvent['type'], LocalizedText>>;
  /** Every guard, by its name. */
  readonly guards: Readonly<Record<RepairOrderGuard, LocalizedText>>;
} = /* @__PURE__ */ deepFreeze({
  machine: { 'zh-CN': '工程维保修流程', en: 'Repair order', rule: 'WAR-FLOW' },
  states: {
    received: { 'zh-CN': '已受理登记', en: 'received' },
    classified: { 'zh-CN': '已分类', en: 'classified' },
    surveyed: { 'zh-CN': '已现场踏勘', en: 'surveyed on site' },
    planConfirmed: { 'zh-CN': '方案已与客户确认', en: 'plan confirmed' },
    repairing: { 'zh-CN': '维修施工中', en: 'repairing' },
    acceptance: { 'zh-CN': '待客户验收', en: 'awaiting acceptance' },
    callback: { 'zh-CN': '待回访', en: 'awaiting callback' },
    closed: { 'zh-CN': '已关闭', en: 'closed' },
  },
  events: {
    'order.classified': { 'zh-CN': '维保修类别分析', en: 'order classified' },
    'survey.completed': { 'zh-CN': '完成现场踏勘', en: 'survey completed' },
    'plan.confirmed': { 'zh-CN': '与客户确认方案', en: 'plan confirmed' },
    'charges.accepted': { 'zh-CN': '客户同意收费', en: 'charges accepted' },
    'repair.started': { 'zh-CN': '开始施工', en: 'repair started' },
    'hiddenWorks.recorded': { 'zh-CN': '记录隐蔽工序', en: 'hidden works recorded' },
    'hiddenWorks.inspected': { 'zh-CN': '隐蔽工序验收', en: 'hidden works inspected' },
    'repair.completed': { 'zh-CN': '报完工', en: 'repair reported complete' },
    'acceptance.recorded': { 'zh-CN': '客户验收', en: 'acceptance recorded' },
    'callback.completed': { 'zh-CN': '完成回访', en: 'callback completed' },
    'visit.agreed': { 'zh-CN': '预约上门时间', en: 'visit agreed' },
    'visit.rescheduled': { 'zh-CN': '经客户同意改约', en: 'visit rescheduled' },
    'visit.arrived': { 'zh-CN': '维修人员到场', en: 'staff arrived' },
    'authority.reported': { 'zh-CN': '已报告建设行政主管部门', en: 'authority reported' },
    'contractor.replaced': { 'zh-CN': '委托第三方维修', en: 'contractor replaced' },
    'evidence.recorded': { 'zh-CN': '现场证据记录确认', en: 'evidence recorded' },
    'penaltyNotice.issued': { 'zh-CN': '发出违约处理通知单', en: 'penalty notice issued' },
    'compensation.planned': { 'zh-CN': '编制补偿处理方案', en: 'compensation planned' },
    'compensation.approved': { 'zh-CN': '补偿方案报审通过', en: 'compensation approved' },
    'deduction.notified': { 'zh-CN': '工程扣款知会', en: 'deduction notified' },
    'clock.tick': { 'zh-CN': '时钟推进', en: 'clock tick' },
  },
  guards: {
    isOpen: { 'zh-CN': '未关闭', en: 'open' },
    otherwise: { 'zh-CN': '否则不能进行，记下原因', en: 'else refused, reasons kept' },
    surveyDone: { 'zh-CN': '无须踏勘或已踏勘', en: 'no survey owed' },
    isBeforeCompletion: { 'zh-CN': '尚未报完工', en: 'before completion' },
    canStart: { 'zh-CN': '可以开工', en: 'may start' },
    canComplete: { 'zh-CN': '隐蔽工序已验收', en: 'hidden works inspected' },
    isAccepted: { 'zh-CN': '客户满意', en: 'accepted' },
    isRejected: { 'zh-CN': '客户不满意，返工', en: 'rejected, rework' },
    hasPendingVisit: { 'zh-CN': '有待上门的预约', en: 'a visit pending' },
    owesAuthorityReport: { 'zh-CN': '须向主管部门报告', en: 'a report owed' },
    hasReplacement: { 'zh-CN': '已委托第三方', en: 'a third party engaged' },
    canApproveCompensation: { 'zh-CN': '有待审批的方案', en: 'a plan to approve' },
    canNotifyDeduction: { 'zh-CN': '方案已审批通过', en: 'the plan approved' },
  },
});
