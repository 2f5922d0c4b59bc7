import type { StateValueFrom } from 'xstate';
import { deepFreeze } from '../../core/deepFreeze.js';
import type { RuleId } from '../../core/rules.js';
import type { ComplaintMachine } from '../complaintMachine.js';
import type { ComplaintMachineEvent } from '../complaintMachineTypes.js';
import type { CallbackOutcome } from '../types.js';
import { CALLBACK_OUTCOME_LABELS, type Label } from './labels.js';

/**
 * The names of the complaint machine's states, events and guards in Chinese and English
 * (`CMP-FLOW`): the one table that the state diagrams (`scripts/machineDiagrams.ts`), the
 * docs and an app's status column all read (DESIGN convention 15). Keys are the machine's
 * own state values, event types and guard names; a state or event the machine gains
 * without a row here fails the type check and the diagram generator.
 *
 * A guard with parameters names them in braces (`{outcome}`); `params` says which label
 * table each parameter's values come from (the callback outcomes of `CALLBACK_OUTCOME_LABELS`).
 *
 * @rule CMP-FLOW
 * @rule CMP-REOPEN
 * @rule CMP-CLOSE
 * @example
 * ```ts
 * COMPLAINT_MACHINE_LABELS.states.callingBack['zh-CN']; // '回访中'
 * COMPLAINT_MACHINE_LABELS.events['callback.completed'].en; // 'callback completed'
 * ```
 */
export const COMPLAINT_MACHINE_LABELS: {
  /** The machine's name and the rule it implements. */
  readonly machine: Label & { readonly rule: RuleId };
  /** Every state, by its state value. */
  readonly states: Readonly<Record<StateValueFrom<ComplaintMachine> & string, Label>>;
  /** Every event, by its type. */
  readonly events: Readonly<Record<ComplaintMachineEvent['type'], Label>>;
  /** Every guard, by its name; `{param}` stands for a parameter's label. */
  readonly guards: Readonly<
    Record<'isOpen' | 'canClose' | 'hasCallbackOutcome' | 'isLastCallbackAttempt', Label>
  >;
  /** The label table of each guard parameter's values. */
  readonly params: { readonly outcome: Readonly<Record<CallbackOutcome, Label>> };
} = /* @__PURE__ */ deepFreeze({
  machine: { 'zh-CN': '投诉处理流程', en: 'Complaint lifecycle', rule: 'CMP-FLOW' },
  states: {
    registered: { 'zh-CN': '已登记', en: 'registered' },
    verified: { 'zh-CN': '已核实', en: 'verified' },
    assigned: { 'zh-CN': '已分派责任部门', en: 'department assigned' },
    planned: { 'zh-CN': '已出具处理方案', en: 'plan issued' },
    handling: { 'zh-CN': '处理中', en: 'handling' },
    callingBack: { 'zh-CN': '回访中', en: 'calling back' },
    unreachable: { 'zh-CN': '联系不上', en: 'unreachable' },
    disputed: { 'zh-CN': '有争议', en: 'disputed' },
    closed: { 'zh-CN': '已封闭', en: 'closed' },
  },
  events: {
    'form.completed': { 'zh-CN': '填写投诉处理单', en: 'form completed' },
    'department.assigned': { 'zh-CN': '分派责任部门', en: 'department assigned' },
    'plan.issued': { 'zh-CN': '出具处理方案', en: 'plan issued' },
    'plan.communicated': { 'zh-CN': '与客户沟通方案', en: 'plan communicated' },
    'handling.completed': { 'zh-CN': '处理完毕', en: 'handling completed' },
    'callback.completed': { 'zh-CN': '完成回访', en: 'callback completed' },
    'reply.attached': { 'zh-CN': '附上答复情况', en: 'reply attached' },
    'impasse.recorded': { 'zh-CN': '记录无法解决的情形', en: 'impasse recorded' },
    'lawsuit.filed': { 'zh-CN': '客户提起诉讼或仲裁', en: 'lawsuit filed' },
    'opinion.served': { 'zh-CN': '送达书面处理意见', en: 'opinion served' },
    'clock.tick': { 'zh-CN': '时钟推进', en: 'clock tick' },
    'severity.assessed': { 'zh-CN': '重新判定重要性', en: 'severity assessed' },
    'delay.attributed': { 'zh-CN': '认定延误责任', en: 'delay attributed' },
    'warning.sent': { 'zh-CN': '报送预警单', en: 'warning sent' },
    'event.reported': { 'zh-CN': '报送事件报表', en: 'event reported' },
  },
  guards: {
    isOpen: { 'zh-CN': '未封闭', en: 'open' },
    canClose: { 'zh-CN': '符合封闭条件', en: 'can close' },
    hasCallbackOutcome: { 'zh-CN': '{outcome}', en: '{outcome}' },
    isLastCallbackAttempt: { 'zh-CN': '已是最后一次尝试', en: 'last attempt' },
  },
  params: { outcome: CALLBACK_OUTCOME_LABELS },
});
