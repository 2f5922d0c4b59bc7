/**
 * What severity judgements of one policy share: the messages with the policy's thresholds
 * in words and the source of each value (convention 14), the shared result of a general
 * complaint, the staleness age. Built once per policy and kept in a WeakMap, so a hot loop
 * over a million complaints builds nothing.
 *
 * @internal
 * @module
 */

import { deepFreeze } from '../core/deepFreeze.js';
import { createReason, type Decision, type LocalizedText, sentenceStart } from '../core/reason.js';
import type { SettingSource } from '../core/settingSource.js';
import { describeSettingSource } from '../core/settingSource.js';
import { atLeast, describeThreshold, type Threshold } from '../core/thresholds.js';
import type { ComplaintSettingKey } from './policy.js';
import { type SeverityPolicy, SINO_OCEAN_2008_SEVERITY_POLICY } from './severityPolicy.js';
import { MAJOR_GROUP_READING_LABELS } from './tables/labels.js';
import { SEVERITY_CONDITION_TEXT, type SeverityCondition } from './tables/severityConditions.js';
import type { SeverityLevel } from './types.js';

/** Messages and shared results of one policy, built once. */
export interface CompiledSeverity {
  readonly messages: Readonly<Record<SeverityCondition, LocalizedText>>;
  readonly general: Decision<{ readonly level: SeverityLevel; readonly majorGroup: boolean }>;
  readonly staleMs: number;
  /** `CMP-SEV-HOT-STALE`: 一周以后 — reached at the instant itself (届满, `LAW-THRESHOLD`). */
  readonly staleAge: Threshold;
  /** The stale message when nobody said whose side the delay is on (the company's, presumed). */
  readonly stalePresumed: LocalizedText;
}

const HOUSEHOLDS = { 'zh-CN': '户', en: 'households' } as const;
const PEOPLE = { 'zh-CN': '人', en: 'people' } as const;
const COMPLAINANTS = { 'zh-CN': '次', en: 'different complainants' } as const;
const YUAN = { 'zh-CN': '元', en: 'yuan' } as const;

/** `{name}` placeholders filled in both languages. @internal */
export function fill(text: LocalizedText, values: Readonly<Record<string, LocalizedText>>): LocalizedText {
  const sub = (s: string, locale: 'zh-CN' | 'en') =>
    s.replace(/\{(\w+)\}/g, (_, k: string) => values[k]?.[locale] ?? `{${k}}`);
  return { 'zh-CN': sub(text['zh-CN'], 'zh-CN'), en: sub(text.en, 'en') };
}

/**
 * A message followed by the source of the policy's value for it (convention 14):
 * `…（出处：SOL 投诉管理 3(2)）`, `… (borrowed from sinoOcean2008 (SOL 投诉管理 3(2)))`;
 * with `why`, the source's note too (why the value reads as it does).
 *
 * @internal
 */
export function citing<K extends ComplaintSettingKey>(
  text: LocalizedText,
  policy: { readonly id: string; readonly sources: Readonly<Record<K, SettingSource>> },
  key: K,
  why = false,
): LocalizedText {
  const source = policy.sources[key];
  const where = describeSettingSource(source);
  const note = why ? source.note : undefined;
  return {
    'zh-CN': `${text['zh-CN']}（${policy.id}，${where['zh-CN']}${note === undefined ? '' : `；${note['zh-CN']}`}）`,
    en: `${text.en} (${policy.id}, ${where.en}${note === undefined ? '' : `; ${note.en}`})`,
  };
}

function compile(policy: SeverityPolicy): CompiledSeverity {
  const s = policy.severity;
  const same = (v: string) => ({ 'zh-CN': v, en: v });
  const text = (c: SeverityCondition) => SEVERITY_CONDITION_TEXT[c];
  const groupThreshold = describeThreshold(s.majorGroupHouseholds, HOUSEHOLDS);
  const reading = fill(MAJOR_GROUP_READING_LABELS[s.majorGroupReading], {
    threshold: groupThreshold,
    window: same(String(s.majorGroupWindowHours)),
  });
  const messages: Record<SeverityCondition, LocalizedText> = {
    crisis: text('crisis'),
    'major-compensation': citing(
      fill(text('major-compensation'), {
        threshold: describeThreshold(s.majorCompensationPerHouseholdYuan, YUAN),
      }),
      policy,
      'severity.majorCompensationPerHouseholdYuan',
    ),
    'major-legal': text('major-legal'),
    'major-count': citing(
      fill(text('major-count'), { threshold: describeThreshold(s.majorSameIssueHouseholds, HOUSEHOLDS) }),
      policy,
      'severity.majorSameIssueHouseholds',
    ),
    'major-claim': text('major-claim'),
    // The reading's label opens the English sentence: capitalized there, as a sentence starts.
    'major-group': citing(
      sentenceStart(fill(text('major-group'), { reading })),
      policy,
      'severity.majorGroupReading',
      true,
    ),
    'hot-risk': text('hot-risk'),
    'hot-repeat': citing(
      fill(text('hot-repeat'), {
        threshold: describeThreshold(s.hotRepeatComplainants, COMPLAINANTS),
        window: same(String(s.hotRepeatWindowDays)),
      }),
      policy,
      'severity.hotRepeatComplainants',
    ),
    'hot-collective': citing(
      fill(text('hot-collective'), { threshold: describeThreshold(s.hotCollectiveComplainants, PEOPLE) }),
      policy,
      'severity.hotCollectiveComplainants',
    ),
    'hot-stale': citing(
      fill(text('hot-stale'), {
        days: same(String(s.hotStaleAfterDays)),
        hours: same(String(s.hotStaleAfterDays * 24)),
      }),
      policy,
      'severity.hotStaleAfterDays',
    ),
    general: text('general'),
  };
  const general = deepFreeze({
    level: 'general' as const,
    majorGroup: false,
    reasons: [createReason('CMP-SEV-GENERAL', { policy: policy.id }, messages.general)],
  });
  const staleMs = s.hotStaleAfterDays * 86_400_000;
  const stale = messages['hot-stale'];
  const stalePresumed = Object.freeze({
    'zh-CN': `${stale['zh-CN']}（未说明延误原因，按我方原因计）`,
    en: `${stale.en} (no side was given for the delay: taken as the company's)`,
  });
  return { messages: deepFreeze(messages), general, staleMs, staleAge: atLeast(staleMs), stalePresumed };
}

const DEFAULT_COMPILED = /* @__PURE__ */ compile(SINO_OCEAN_2008_SEVERITY_POLICY);
const compiledByPolicy = /* @__PURE__ */ new WeakMap<SeverityPolicy, CompiledSeverity>();

/** The compiled messages of a policy: the default's built once, another's built on first use and kept. */
export function compiledFor(policy: SeverityPolicy): CompiledSeverity {
  if (policy === SINO_OCEAN_2008_SEVERITY_POLICY) return DEFAULT_COMPILED;
  let c = compiledByPolicy.get(policy);
  if (c === undefined) {
    c = compile(policy);
    compiledByPolicy.set(policy, c);
  }
  return c;
}
