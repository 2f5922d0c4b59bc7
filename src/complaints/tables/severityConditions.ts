import type { RuleId } from '../../core/rules.js';
import type { SeverityLevel } from '../types.js';

/** The conditions of complaint severity, one per `CMP-SEV-*` rule. */
export const SEVERITY_CONDITIONS = /* @__PURE__ */ Object.freeze([
  'crisis',
  'major-compensation',
  'major-legal',
  'major-count',
  'major-claim',
  'major-group',
  'hot-risk',
  'hot-repeat',
  'hot-collective',
  'hot-stale',
  'general',
] as const);
/** A severity condition id. */
export type SeverityCondition = (typeof SEVERITY_CONDITIONS)[number];

/** One row of the severity table. */
export interface SeverityConditionRow {
  readonly condition: SeverityCondition;
  readonly level: SeverityLevel;
  readonly rule: RuleId;
  /**
   * What the condition is, in both languages; `{threshold}` stands for the policy's
   * threshold in words, `{reading}` for the policy's reading of `CMP-SEV-GROUP`.
   */
  readonly text: { readonly 'zh-CN': string; readonly en: string };
  readonly source: string;
}

/**
 * What each severity condition is, in both languages: the texts of
 * {@link SEVERITY_CONDITION_TABLE}, apart so that a bundle of `assessComplaintSeverity`
 * carries the texts it writes and not the rest of the table (issue 14). `{threshold}` stands
 * for the policy's threshold in words, `{reading}` for the policy's reading of
 * `CMP-SEV-GROUP`.
 *
 * @internal
 */
export const SEVERITY_CONDITION_TEXT: Readonly<
  Record<SeverityCondition, { readonly 'zh-CN': string; readonly en: string }>
> = /* @__PURE__ */ Object.freeze({
  crisis: {
    'zh-CN': '危机事件：{signals}',
    en: 'Crisis: {signals}',
  },
  'major-compensation': {
    'zh-CN': '赔偿金额{threshold}/每户：重大投诉',
    en: 'Compensation claimed {threshold} per household: major complaint',
  },
  'major-legal': {
    'zh-CN': '已经引发法律诉讼或已经被媒体曝光：重大投诉',
    en: 'A lawsuit has been filed or the media have exposed it: major complaint',
  },
  'major-count': {
    'zh-CN': '就同一问题累计投诉{threshold}：重大投诉',
    en: 'The same issue complained about by {threshold} in total: major complaint',
  },
  'major-claim': {
    'zh-CN': '客户指控造成重大损失并提出退房或巨额赔偿要求：重大投诉',
    en: 'The customer claims serious loss and demands to return the home or a very large compensation: major complaint',
  },
  'major-group': {
    'zh-CN': '{reading}：重大群诉，按危机事件程序处理',
    en: '{reading}: major group complaint, handled with the crisis procedure',
  },
  'hot-risk': {
    'zh-CN': '可能引发法律诉讼或被媒体曝光：热点投诉',
    en: 'May lead to a lawsuit or media exposure: hot complaint',
  },
  'hot-repeat': {
    'zh-CN': '{window}日内累计{threshold}不同投诉人的相同投诉：热点投诉',
    en: 'The same complaint from {threshold} within {window} days: hot complaint',
  },
  'hot-collective': {
    'zh-CN': '{threshold}的集体投诉：热点投诉',
    en: 'A collective complaint by {threshold}: hot complaint',
  },
  'hot-stale': {
    'zh-CN': '投诉受理{days}日（{hours}小时）后由于我方原因仍未解决：热点投诉',
    en: 'Still unresolved {days} days ({hours} h) after it was received, for reasons on the company side: hot complaint',
  },
  general: {
    'zh-CN': '不属于危机、重大或热点投诉的其他情况：一般投诉',
    en: 'None of the crisis, major or hot conditions holds: general complaint',
  },
});

function row(
  condition: SeverityCondition,
  level: SeverityLevel,
  rule: RuleId,
  source: string,
): [SeverityCondition, SeverityConditionRow] {
  return [condition, { condition, level, rule, text: SEVERITY_CONDITION_TEXT[condition], source }];
}

/**
 * The severity conditions, highest level first (`CMP-SEV-*`, SOL 投诉管理 3(2)). A
 * complaint takes the highest level whose condition holds, and every condition that
 * holds is a reason.
 *
 * @rule CMP-SEV-CRISIS
 * @rule CMP-SEV-MAJOR-COMP
 * @rule CMP-SEV-MAJOR-LEGAL
 * @rule CMP-SEV-MAJOR-COUNT
 * @rule CMP-SEV-MAJOR-CLAIM
 * @rule CMP-SEV-GROUP
 * @rule CMP-SEV-HOT-RISK
 * @rule CMP-SEV-HOT-REPEAT
 * @rule CMP-SEV-HOT-COLLECTIVE
 * @rule CMP-SEV-HOT-STALE
 * @rule CMP-SEV-GENERAL
 */
export const SEVERITY_CONDITION_TABLE: Readonly<Record<SeverityCondition, SeverityConditionRow>> =
  /* @__PURE__ */ (() =>
    Object.freeze(
      Object.fromEntries([
        row('crisis', 'crisis', 'CMP-SEV-CRISIS', 'SOL 投诉管理 3(2); SOL 危机事件'),
        row('major-compensation', 'major', 'CMP-SEV-MAJOR-COMP', 'SOL 投诉管理 3(2)'),
        row('major-legal', 'major', 'CMP-SEV-MAJOR-LEGAL', 'SOL 投诉管理 3(2)'),
        row('major-count', 'major', 'CMP-SEV-MAJOR-COUNT', 'SOL 投诉管理 3(2)'),
        row('major-claim', 'major', 'CMP-SEV-MAJOR-CLAIM', 'SOL 投诉管理 3(2)'),
        row('major-group', 'major', 'CMP-SEV-GROUP', 'SOL 投诉管理 3(2); SOL 危机事件'),
        row('hot-risk', 'hot', 'CMP-SEV-HOT-RISK', 'SOL 投诉管理 3(2)'),
        row('hot-repeat', 'hot', 'CMP-SEV-HOT-REPEAT', 'SOL 投诉管理 3(2)'),
        row('hot-collective', 'hot', 'CMP-SEV-HOT-COLLECTIVE', 'SOL 投诉管理 3(2)'),
        row('hot-stale', 'hot', 'CMP-SEV-HOT-STALE', 'SOL 投诉管理 3(2)'),
        row('general', 'general', 'CMP-SEV-GENERAL', 'SOL 投诉管理 3(2)'),
      ]) as Record<SeverityCondition, SeverityConditionRow>,
    ))();
