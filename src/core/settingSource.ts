/**
 * Where a policy's setting comes from (DESIGN convention 14): the source's own section, a
 * value borrowed from another preset, the library's own default, or a company's policy.
 * Every setting of every preset carries one, reasons cite it, and the rules reference
 * shows it, so no preset borrows a value silently.
 *
 * @module
 */

import type { LocalizedText } from './reason.js';

/**
 * The provenance of one policy setting.
 *
 * - `source`: the value is the source's own; `section` cites it (`SOL 投诉管理 6`), also where
 *   the source sets none (the value is then `null`).
 * - `borrowed`: the source sets none, so the preset takes the value of preset `from`, whose
 *   source `section` sets it.
 * - `library-default`: no source sets it; the library chose it, and `note` says why.
 * - `company`: set by a company's own policy (`createPolicy`).
 *
 * @example
 * ```ts
 * const s: SettingSource = { kind: 'borrowed', from: 'sinoOcean2008', section: 'SOL 投诉管理 6' };
 * ```
 */
export type SettingSource =
  | { readonly kind: 'source'; readonly section: string; readonly note?: LocalizedText }
  | {
      readonly kind: 'borrowed';
      readonly from: string;
      readonly section: string;
      readonly note?: LocalizedText;
    }
  | { readonly kind: 'library-default'; readonly note: LocalizedText }
  | { readonly kind: 'company'; readonly policy: string; readonly note?: LocalizedText };

/** The kinds of {@link SettingSource}. */
export const SETTING_SOURCE_KINDS = Object.freeze([
  'source',
  'borrowed',
  'library-default',
  'company',
] as const);

/**
 * A setting's provenance in words, short enough for a reason's message.
 *
 * @example
 * ```ts
 * describeSettingSource({ kind: 'borrowed', from: 'sinoOcean2008', section: 'SOL 投诉管理 6' });
 * // { 'zh-CN': '借用sinoOcean2008的取值（SOL 投诉管理 6）', en: 'borrowed from sinoOcean2008 (SOL 投诉管理 6)' }
 * describeSettingSource({ kind: 'source', section: 'AOY 4.2.1' }); // { 'zh-CN': '出处：AOY 4.2.1', en: 'source: AOY 4.2.1' }
 * ```
 */
export function describeSettingSource(source: SettingSource): LocalizedText {
  switch (source.kind) {
    case 'source':
      return { 'zh-CN': `出处：${source.section}`, en: `source: ${source.section}` };
    case 'borrowed':
      return {
        'zh-CN': `借用${source.from}的取值（${source.section}）`,
        en: `borrowed from ${source.from} (${source.section})`,
      };
    case 'library-default':
      return { 'zh-CN': '本库默认值', en: "the library's own default" };
    case 'company':
      return { 'zh-CN': `公司政策${source.policy}设定`, en: `set by the company policy ${source.policy}` };
  }
}
