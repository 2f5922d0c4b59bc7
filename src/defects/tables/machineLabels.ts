import type { StateValueFrom } from 'xstate';
import { deepFreeze } from '../../core/deepFreeze.js';
import type { LocalizedText } from '../../core/reason.js';
import type { RuleId } from '../../core/rules.js';
import type { DefectMachine } from '../defectMachine.js';
import type { DefectMachineEvent } from '../defectMachineTypes.js';
import type { DefectGrade } from '../types.js';
import { DEFECT_GRADE_TABLE } from './labels.js';

/**
 * The names of the defect machine's states, events and guards in Chinese and English
 * (`DEF-FLOW`): the one table that the state diagram (`scripts/machineDiagrams.ts`), the
 * docs and an app's status column all read (DESIGN convention 15). Keys are the machine's
 * own state values, event types and guard names; a state or event the machine gains
 * without a row here fails the type check and the diagram generator.
 *
 * @rule DEF-FLOW
 * @rule DEF-RECTIFY
 * @rule DEF-TRACK
 * @example
 * ```ts
 * DEFECT_MACHINE_LABELS.states.tracking['zh-CN']; // '缺陷跟踪中'
 * DEFECT_MACHINE_LABELS.events['confirmation.filed'].en; // 'confirmation form filed'
 * ```
 */
export const DEFECT_MACHINE_LABELS: {
  /** The machine's name and the rule it implements. */
  readonly machine: LocalizedText & { readonly rule: RuleId };
  /** Every state, by its state value. */
  readonly states: Readonly<Record<StateValueFrom<DefectMachine> & string, LocalizedText>>;
  /** Every event, by its type. */
  readonly events: Readonly<Record<DefectMachineEvent['type'], LocalizedText>>;
  /** Every guard, by its name; `{grade}` stands for the grade's label. */
  readonly guards: Readonly<
    Record<
      'isOpen' | 'hasGrade' | 'isPlanOpen' | 'canConfirm' | 'isPlanMissed' | 'canCompleteMissed',
      LocalizedText
    >
  >;
  /** The label table of each guard parameter's values: the grades of `DEFECT_GRADE_TABLE`. */
  readonly params: { readonly grade: Readonly<Record<DefectGrade, LocalizedText>> };
} = /* @__PURE__ */ deepFreeze({
  machine: { 'zh-CN': '缺陷管理流程', en: 'Defect lifecycle', rule: 'DEF-FLOW' },
  states: {
    collected: { 'zh-CN': '已收集', en: 'collected' },
    generated: { 'zh-CN': '已生成联系单', en: 'contact form generated' },
    decided: { 'zh-CN': '已决策', en: 'decided' },
    planned: { 'zh-CN': '已拟订整改措施', en: 'rectification planned' },
    carriedOut: { 'zh-CN': '已实施整改', en: 'rectification carried out' },
    accepted: { 'zh-CN': '已验收', en: 'accepted' },
    tracking: { 'zh-CN': '缺陷跟踪中', en: 'tracking' },
    summarising: { 'zh-CN': '缺陷总结中', en: 'summarising' },
    closed: { 'zh-CN': '已封闭', en: 'closed' },
  },
  events: {
    'contactForm.generated': { 'zh-CN': '形成《缺陷反馈联系单》', en: 'contact form generated' },
    'decision.made': { 'zh-CN': '填写《缺陷决策单》', en: 'decision made' },
    'rectification.planned': { 'zh-CN': '拟订整改措施（含计划完成日）', en: 'rectification planned' },
    'rectification.carriedOut': { 'zh-CN': '实施整改', en: 'rectification carried out' },
    'rectification.accepted': { 'zh-CN': '整改结果验收', en: 'rectification accepted' },
    'rectification.verified': { 'zh-CN': '项目客户服务部验证', en: 'verified by project customer service' },
    'prevention.filed': { 'zh-CN': '预防措施报项目客户服务部备案', en: 'preventive measures filed' },
    'prevention.implemented': { 'zh-CN': '预防措施落实', en: 'preventive measures implemented' },
    'confirmation.filed': { 'zh-CN': '填写并存档《缺陷反馈确认单》', en: 'confirmation form filed' },
    'miss.explained': { 'zh-CN': '责任部门说明未完成原因', en: 'miss explained' },
    'miss.evaluated': { 'zh-CN': '评议部门出具评估意见', en: 'miss evaluated' },
    'summary.recorded': { 'zh-CN': '缺陷总结归档', en: 'summary recorded' },
    'clock.tick': { 'zh-CN': '时钟推进', en: 'clock tick' },
  },
  guards: {
    isOpen: { 'zh-CN': '未封闭', en: 'open' },
    hasGrade: { 'zh-CN': '{grade}', en: '{grade}' },
    isPlanOpen: { 'zh-CN': '计划尚未完成', en: 'plan not completed' },
    canConfirm: { 'zh-CN': '按计划完成', en: 'on plan' },
    isPlanMissed: { 'zh-CN': '未按计划完成', en: 'plan missed' },
    canCompleteMissed: { 'zh-CN': '未按计划完成且已说明原因', en: 'missed, reason stated' },
  },
  params: { grade: DEFECT_GRADE_TABLE },
});
