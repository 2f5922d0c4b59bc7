import type { LocalizedText } from '../../core/reason.js';
import type { RuleId } from '../../core/rules.js';
import type { DefectGrade, DefectStage } from '../types.js';

/** The departments of defect management (SOL 缺陷反馈中各部门职责). */
export const DEFECT_DEPARTMENTS = Object.freeze([
  'project-customer-service',
  'property-engineering',
  'responsible-department',
  'reviewing-department',
  'hq-customer-relations',
] as const);
/** 项目客户服务部, 物管中心工程管理部, 责任部门, 评议部门, 本部客户关系部. */
export type DefectDepartment = (typeof DEFECT_DEPARTMENTS)[number];

/** Department labels (SOL 缺陷反馈中各部门职责). */
export const DEFECT_DEPARTMENT_LABELS: Readonly<Record<DefectDepartment, LocalizedText>> = Object.freeze({
  'project-customer-service': { 'zh-CN': '项目客户服务部', en: 'Project customer service' },
  'property-engineering': { 'zh-CN': '物管中心工程管理部', en: 'Property centre engineering' },
  'responsible-department': { 'zh-CN': '责任部门', en: 'Responsible department' },
  'reviewing-department': { 'zh-CN': '评议部门', en: 'Reviewing department' },
  'hq-customer-relations': { 'zh-CN': '本部客户关系部', en: 'HQ customer relations' },
});

/** The forms and the handbook of defect management. */
export const DEFECT_FORMS = Object.freeze([
  'contact-form',
  'decision-form',
  'confirmation-form',
  'handbook',
] as const);
/** 缺陷反馈联系单, 缺陷决策单, 缺陷反馈确认单, 产品服务缺陷反馈手册. */
export type DefectForm = (typeof DEFECT_FORMS)[number];

/** Form labels (SOL 缺陷生成, 缺陷决策, 缺陷跟踪, 缺陷总结). */
export const DEFECT_FORM_LABELS: Readonly<Record<DefectForm, LocalizedText>> = Object.freeze({
  'contact-form': { 'zh-CN': '《缺陷反馈联系单》', en: 'defect feedback contact form (缺陷反馈联系单)' },
  'decision-form': { 'zh-CN': '《缺陷决策单》', en: 'defect decision form (缺陷决策单)' },
  'confirmation-form': {
    'zh-CN': '《缺陷反馈确认单》',
    en: 'defect feedback confirmation form (缺陷反馈确认单)',
  },
  handbook: {
    'zh-CN': '《产品服务缺陷反馈手册》',
    en: 'product-and-service defect handbook (产品服务缺陷反馈手册)',
  },
});

/** One stage of the six (`DEF-FLOW`). */
export interface DefectStageRow extends LocalizedText {
  /** What happens in the stage. */
  readonly what: LocalizedText;
  /** Who does it. */
  readonly by: readonly DefectDepartment[];
  /** The form the stage produces, if any. */
  readonly form: DefectForm | null;
  readonly rule: RuleId;
  readonly source: string;
}

/**
 * The six stages (`DEF-FLOW`, SOL 缺陷的管理流程): collect, generate (the contact form; a
 * major defect reported to HQ at once), decide (the decision form, with the grade),
 * rectify, track (the confirmation form), summarise (the handbook).
 *
 * @rule DEF-FLOW
 * @example
 * ```ts
 * DEFECT_STAGE_TABLE.generate.form; // 'contact-form' (缺陷反馈联系单)
 * ```
 */
export const DEFECT_STAGE_TABLE: Readonly<Record<DefectStage, DefectStageRow>> = Object.freeze({
  collect: {
    'zh-CN': '缺陷收集',
    en: 'Collect',
    what: {
      'zh-CN': '站在客户的角度，通过各种渠道收集发现缺陷',
      en: "Find defects through every channel, from the customer's point of view",
    },
    by: ['project-customer-service', 'property-engineering'],
    form: null,
    rule: 'DEF-SOURCE',
    source: 'SOL 缺陷收集',
  },
  generate: {
    'zh-CN': '缺陷生成',
    en: 'Generate',
    what: {
      'zh-CN':
        '分析收集的信息及客户合理期望，提出缺陷问题，形成《缺陷反馈联系单》；重大缺陷及时上报本部客户关系部',
      en: "Analyse what was collected and the customers' reasonable expectations, state the defect on the contact form; a major defect is reported to HQ customer relations at once",
    },
    by: ['project-customer-service', 'property-engineering'],
    form: 'contact-form',
    rule: 'DEF-FLOW',
    source: 'SOL 缺陷生成',
  },
  decide: {
    'zh-CN': '缺陷决策',
    en: 'Decide',
    what: {
      'zh-CN': '缺陷反馈专题会议评议缺陷、分析原因与整改可行性，填写《缺陷决策单》，确定A级或B级',
      en: 'A defect meeting weighs the defect, its causes and the feasibility of rectifying it, fills in the decision form and grades it A or B',
    },
    by: ['project-customer-service', 'responsible-department'],
    form: 'decision-form',
    rule: 'DEF-GRADE',
    source: 'SOL 缺陷决策',
  },
  rectify: {
    'zh-CN': '缺陷整改',
    en: 'Rectify',
    what: {
      'zh-CN':
        'A级：责任部门拟订整改措施、实施整改并组织验收，项目客户服务部验证；B级：责任部门拟订预防措施，报项目客户服务部备案',
      en: 'Grade A: the responsible department plans, carries out and accepts the rectification, and project customer service verifies it; grade B: the department sets preventive measures, filed with project customer service',
    },
    by: ['responsible-department', 'project-customer-service'],
    form: null,
    rule: 'DEF-RECTIFY',
    source: 'SOL 缺陷整改',
  },
  track: {
    'zh-CN': '缺陷跟踪',
    en: 'Track',
    what: {
      'zh-CN':
        '按计划解决的，共同填写《缺陷反馈确认单》并存档；无法按计划完成的，责任部门说明原因，评议部门出具评估意见',
      en: 'Solved on plan: the confirmation form is filled in together and filed; missed: the department states why, and the reviewing department gives its evaluation',
    },
    by: ['project-customer-service', 'responsible-department', 'reviewing-department'],
    form: 'confirmation-form',
    rule: 'DEF-TRACK',
    source: 'SOL 缺陷跟踪',
  },
  summarise: {
    'zh-CN': '缺陷总结',
    en: 'Summarise',
    what: {
      'zh-CN': '缺陷封闭后验证整理，编制项目《产品服务缺陷反馈手册》；本部汇总为公司手册',
      en: "After closing, verify and file the defect and compile the project's defect handbook; HQ merges the projects' handbooks",
    },
    by: ['project-customer-service', 'hq-customer-relations'],
    form: 'handbook',
    rule: 'DEF-HANDBOOK',
    source: 'SOL 缺陷总结',
  },
});

/** One step of rectification or prevention (`DEF-RECTIFY`). */
export interface RectificationStepRow extends LocalizedText {
  readonly step: string;
  readonly by: DefectDepartment;
  readonly rule: RuleId;
  readonly source: string;
}

/**
 * The steps that follow each grade (`DEF-RECTIFY`, SOL 缺陷整改): grade A, plan (with a
 * due day), carry out, accept, verify; grade B, set preventive measures and file them.
 *
 * @rule DEF-RECTIFY
 */
export const RECTIFICATION_STEP_TABLE: Readonly<Record<DefectGrade, readonly RectificationStepRow[]>> =
  Object.freeze({
    A: [
      {
        step: 'plan',
        'zh-CN': '拟订整改措施（含计划完成日）',
        en: 'Plan the rectification, with its due day',
        by: 'responsible-department',
        rule: 'DEF-RECTIFY',
        source: 'SOL 缺陷整改',
      },
      {
        step: 'carry-out',
        'zh-CN': '实施整改',
        en: 'Carry out the rectification',
        by: 'responsible-department',
        rule: 'DEF-RECTIFY',
        source: 'SOL 缺陷整改',
      },
      {
        step: 'accept',
        'zh-CN': '组织整改结果的验收',
        en: 'Accept the result',
        by: 'responsible-department',
        rule: 'DEF-RECTIFY',
        source: 'SOL 缺陷整改',
      },
      {
        step: 'verify',
        'zh-CN': '验证整改结果并反馈',
        en: 'Verify the result and report back',
        by: 'project-customer-service',
        rule: 'DEF-RECTIFY',
        source: 'SOL 缺陷整改',
      },
    ],
    B: [
      {
        step: 'set-preventive-measures',
        'zh-CN': '拟订预防措施及本部门的缺陷预控计划',
        en: "Set preventive measures and the department's prevention plan",
        by: 'responsible-department',
        rule: 'DEF-RECTIFY',
        source: 'SOL 缺陷整改',
      },
      {
        step: 'file',
        'zh-CN': '反馈项目客户服务部备案',
        en: 'File them with project customer service',
        by: 'project-customer-service',
        rule: 'DEF-RECTIFY',
        source: 'SOL 缺陷整改',
      },
    ],
  });
