import type { RuleId } from '../../core/rules.js';
import type { SeverityLevel } from '../types.js';

/** The conditions of complaint severity, one per `CMP-SEV-*` rule. */
export const SEVERITY_CONDITIONS = Object.freeze([
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
  Object.freeze({
    crisis: {
      condition: 'crisis',
      level: 'crisis',
      rule: 'CMP-SEV-CRISIS',
      text: {
        'zh-CN': '危机事件：{signals}',
        en: 'Crisis: {signals}',
      },
      source: 'SOL 投诉管理 3(2); SOL 危机事件',
    },
    'major-compensation': {
      condition: 'major-compensation',
      level: 'major',
      rule: 'CMP-SEV-MAJOR-COMP',
      text: {
        'zh-CN': '赔偿金额{threshold}/每户：重大投诉',
        en: 'Compensation claimed {threshold} per household: major complaint',
      },
      source: 'SOL 投诉管理 3(2)',
    },
    'major-legal': {
      condition: 'major-legal',
      level: 'major',
      rule: 'CMP-SEV-MAJOR-LEGAL',
      text: {
        'zh-CN': '已经引发法律诉讼或已经被媒体曝光：重大投诉',
        en: 'A lawsuit has been filed or the media have exposed it: major complaint',
      },
      source: 'SOL 投诉管理 3(2)',
    },
    'major-count': {
      condition: 'major-count',
      level: 'major',
      rule: 'CMP-SEV-MAJOR-COUNT',
      text: {
        'zh-CN': '就同一问题累计投诉{threshold}：重大投诉',
        en: 'The same issue complained about by {threshold} in total: major complaint',
      },
      source: 'SOL 投诉管理 3(2)',
    },
    'major-claim': {
      condition: 'major-claim',
      level: 'major',
      rule: 'CMP-SEV-MAJOR-CLAIM',
      text: {
        'zh-CN': '客户指控造成重大损失并提出退房或巨额赔偿要求：重大投诉',
        en: 'The customer claims serious loss and demands to return the home or a very large compensation: major complaint',
      },
      source: 'SOL 投诉管理 3(2)',
    },
    'major-group': {
      condition: 'major-group',
      level: 'major',
      rule: 'CMP-SEV-GROUP',
      text: {
        'zh-CN': '{reading}：重大群诉，按危机事件程序处理',
        en: '{reading}: major group complaint, handled with the crisis procedure',
      },
      source: 'SOL 投诉管理 3(2); SOL 危机事件',
    },
    'hot-risk': {
      condition: 'hot-risk',
      level: 'hot',
      rule: 'CMP-SEV-HOT-RISK',
      text: {
        'zh-CN': '可能引发法律诉讼或被媒体曝光：热点投诉',
        en: 'May lead to a lawsuit or media exposure: hot complaint',
      },
      source: 'SOL 投诉管理 3(2)',
    },
    'hot-repeat': {
      condition: 'hot-repeat',
      level: 'hot',
      rule: 'CMP-SEV-HOT-REPEAT',
      text: {
        'zh-CN': '{window}日内累计{threshold}不同投诉人的相同投诉：热点投诉',
        en: 'The same complaint from {threshold} within {window} days: hot complaint',
      },
      source: 'SOL 投诉管理 3(2)',
    },
    'hot-collective': {
      condition: 'hot-collective',
      level: 'hot',
      rule: 'CMP-SEV-HOT-COLLECTIVE',
      text: {
        'zh-CN': '{threshold}的集体投诉：热点投诉',
        en: 'A collective complaint by {threshold}: hot complaint',
      },
      source: 'SOL 投诉管理 3(2)',
    },
    'hot-stale': {
      condition: 'hot-stale',
      level: 'hot',
      rule: 'CMP-SEV-HOT-STALE',
      text: {
        'zh-CN': '投诉受理{days}日（{hours}小时）后由于我方原因仍未解决：热点投诉',
        en: 'Still unresolved {days} days ({hours} h) after it was received, for reasons on the company side: hot complaint',
      },
      source: 'SOL 投诉管理 3(2)',
    },
    general: {
      condition: 'general',
      level: 'general',
      rule: 'CMP-SEV-GENERAL',
      text: {
        'zh-CN': '不属于危机、重大或热点投诉的其他情况：一般投诉',
        en: 'None of the crisis, major or hot conditions holds: general complaint',
      },
      source: 'SOL 投诉管理 3(2)',
    },
  });
