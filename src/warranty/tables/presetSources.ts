/**
 * Where each preset's warranty settings come from (DESIGN convention 14): a section of its
 * source, a value borrowed from another preset (and that preset's section), or the
 * library's own default. The generated rules reference shows it next to each value, and
 * the decisions' reasons name it.
 *
 * @module
 */

import { deepFreeze } from '../../core/deepFreeze.js';
import type { LocalizedText } from '../../core/reason.js';
import type { RuleId } from '../../core/rules.js';
import type { WarrantyPolicy } from '../policy.js';

/** The settings of a warranty policy, by key. */
export type WarrantySettingKey = Exclude<keyof WarrantyPolicy, 'id'>;

/** Where one preset's value of a setting comes from. */
export type WarrantySettingSource =
  | { readonly kind: 'source'; readonly section: string }
  | { readonly kind: 'borrowed'; readonly from: string; readonly section: string }
  | { readonly kind: 'default'; readonly note: LocalizedText };

/** The presets whose warranty settings are cited. */
export type WarrantyPresetId = 'sinoOcean2008' | 'aoyuan2014' | 'generic';

/** One setting: the rules it serves and each preset's source. */
export interface WarrantySettingRow {
  readonly setting: WarrantySettingKey;
  readonly rules: readonly RuleId[];
  readonly presets: Readonly<Record<WarrantyPresetId, WarrantySettingSource>>;
}

const sol = (section: string): WarrantySettingSource => ({ kind: 'source', section: `SOL ${section}` });
const fromSol = (section: string): WarrantySettingSource => ({
  kind: 'borrowed',
  from: 'sinoOcean2008',
  section: `SOL ${section}`,
});
const NO_PROMISE: WarrantySettingSource = {
  kind: 'default',
  note: {
    'zh-CN': '来源未规定住宅质量保证书的期限：空表，只适用法定期限',
    en: 'the source sets no 住宅质量保证书 periods: empty, the statutory clocks alone apply',
  },
};

/**
 * Each warranty setting, the rules it serves and where each preset's value comes from.
 * AOY says nothing of repairs, so aoyuan2014 borrows Sino-Ocean's warranty settings;
 * generic borrows them where GEN is silent.
 *
 * @rule WAR-PHASE
 * @rule WAR-EXPIRY
 * @rule WAR-STORM
 * @rule WAR-CALLBACK-GEN
 * @rule WAR-APPOINT
 * @rule WAR-REWARD
 * @rule WAR-RPT-MONTHLY
 * @example
 * ```ts
 * WARRANTY_SETTING_SOURCES.callback.presets.generic; // { kind: 'source', section: 'GEN 回访 1.4' }
 * ```
 */
export const WARRANTY_SETTING_SOURCES: Readonly<Record<WarrantySettingKey, WarrantySettingRow>> = deepFreeze({
  promises: {
    setting: 'promises',
    rules: ['LAW-WARRANTY-BUYER'],
    presets: { sinoOcean2008: NO_PROMISE, aoyuan2014: NO_PROMISE, generic: NO_PROMISE },
  },
  phases: {
    setting: 'phases',
    rules: ['WAR-PHASE'],
    presets: {
      sinoOcean2008: sol('工程维保修 术语 3、6'),
      aoyuan2014: fromSol('工程维保修 术语 3、6'),
      generic: fromSol('工程维保修 术语 3、6'),
    },
  },
  notices: {
    setting: 'notices',
    rules: ['WAR-EXPIRY'],
    presets: {
      sinoOcean2008: sol('保修期满前集中维保修 1-2、物管中心职责'),
      aoyuan2014: fromSol('保修期满前集中维保修 1-2、物管中心职责'),
      generic: fromSol('保修期满前集中维保修 1-2、物管中心职责'),
    },
  },
  stormWarningHours: {
    setting: 'stormWarningHours',
    rules: ['WAR-STORM'],
    presets: {
      sinoOcean2008: sol('磨合期快速维修工作程序 1(3)'),
      aoyuan2014: fromSol('磨合期快速维修工作程序 1(3)'),
      generic: fromSol('磨合期快速维修工作程序 1(3)'),
    },
  },
  callback: {
    setting: 'callback',
    rules: ['WAR-FLOW', 'WAR-CALLBACK-GEN'],
    presets: {
      sinoOcean2008: sol('保修期满前的处理流程 8'),
      aoyuan2014: fromSol('保修期满前的处理流程 8'),
      generic: { kind: 'source', section: 'GEN 回访 1.4' },
    },
  },
  appointment: {
    setting: 'appointment',
    rules: ['WAR-APPOINT'],
    presets: {
      sinoOcean2008: { kind: 'borrowed', from: 'generic', section: 'GEN 报修服务规程 3.2' },
      aoyuan2014: { kind: 'borrowed', from: 'generic', section: 'GEN 报修服务规程 3.2' },
      generic: { kind: 'source', section: 'GEN 报修服务规程 3.2' },
    },
  },
  reward: {
    setting: 'reward',
    rules: ['WAR-REWARD'],
    presets: {
      sinoOcean2008: sol('供方维修人员即时奖励作业指引'),
      aoyuan2014: fromSol('供方维修人员即时奖励作业指引'),
      generic: fromSol('供方维修人员即时奖励作业指引'),
    },
  },
  reports: {
    setting: 'reports',
    rules: ['WAR-RPT-MONTHLY'],
    presets: {
      sinoOcean2008: sol('保修期满前的处理流程 13'),
      aoyuan2014: fromSol('保修期满前的处理流程 13'),
      generic: { kind: 'source', section: 'GEN 报修服务规程 3.8' },
    },
  },
});

/** A source in words: `SOL 保修期满前的处理流程 8`, `借用 sinoOcean2008（SOL ...）`. @internal */
export function describeSource(source: WarrantySettingSource): LocalizedText {
  switch (source.kind) {
    case 'source':
      return { 'zh-CN': source.section, en: source.section };
    case 'borrowed':
      return {
        'zh-CN': `借用${source.from}（${source.section}）`,
        en: `borrowed from ${source.from} (${source.section})`,
      };
    case 'default':
      return { 'zh-CN': `本库默认：${source.note['zh-CN']}`, en: `the library's default: ${source.note.en}` };
  }
}

/**
 * Where a policy's value of a setting comes from, for a reason: the preset's citation when
 * the policy is a preset, else the company policy's own setting (named by its id).
 *
 * @internal
 */
export function describeSettingSource(
  policy: WarrantyPolicy,
  setting: WarrantySettingKey,
): LocalizedText & { readonly source: string | null } {
  const row = WARRANTY_SETTING_SOURCES[setting];
  const presetId = (Object.keys(row.presets) as WarrantyPresetId[]).find((id) => policy.id === id);
  if (presetId !== undefined) {
    const words = describeSource(row.presets[presetId]);
    return { ...words, source: words.en };
  }
  return { 'zh-CN': `政策${policy.id}自定`, en: `set by policy ${policy.id}`, source: null };
}
