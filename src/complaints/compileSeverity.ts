/**
 * What severity judgements of one policy share: the messages with the policy's thresholds
 * in words, the shared result of a general complaint, the staleness age. Built once per
 * policy and kept in a WeakMap, so a hot loop over a million complaints builds nothing.
 *
 * @internal
 * @module
 */

import { deepFreeze } from '../core/deepFreeze.js';
import { createReason, type Decision, type LocalizedText } from '../core/reason.js';
import { atLeast, describeThreshold, type Threshold } from '../core/thresholds.js';
import { type ComplaintPolicy, SINO_OCEAN_2008_COMPLAINT_POLICY } from './policy.js';
import { SEVERITY_CONDITION_TABLE, type SeverityCondition } from './tables/severityConditions.js';
import type { SeverityLevel } from './types.js';

/** Messages and shared results of one policy, built once. */
export interface CompiledSeverity {
  readonly messages: Readonly<Record<SeverityCondition, LocalizedText>>;
  readonly general: Decision<{ readonly level: SeverityLevel; readonly majorGroup: boolean }>;
  readonly staleMs: number;
  /** `CMP-SEV-HOT-STALE`: 一周以后 — reached at the instant itself (届满, `LAW-THRESHOLD`). */
  readonly staleAge: Threshold;
}

const HOUSEHOLDS = { 'zh-CN': '户', en: 'households' } as const;
const PEOPLE = { 'zh-CN': '人', en: 'people' } as const;
const COMPLAINANTS = { 'zh-CN': '次', en: 'different complainants' } as const;
const YUAN = { 'zh-CN': '元', en: 'yuan' } as const;

function fill(text: LocalizedText, values: Readonly<Record<string, LocalizedText>>): LocalizedText {
  const sub = (s: string, locale: 'zh-CN' | 'en') =>
    s.replace(/\{(\w+)\}/g, (_, k: string) => values[k]?.[locale] ?? `{${k}}`);
  return { 'zh-CN': sub(text['zh-CN'], 'zh-CN'), en: sub(text.en, 'en') };
}

function compile(policy: ComplaintPolicy): CompiledSeverity {
  const s = policy.severity;
  const same = (v: string) => ({ 'zh-CN': v, en: v });
  const text = (c: SeverityCondition) => SEVERITY_CONDITION_TABLE[c].text;
  const messages: Record<SeverityCondition, LocalizedText> = {
    crisis: text('crisis'),
    'major-compensation': fill(text('major-compensation'), {
      threshold: describeThreshold(s.majorCompensationPerHouseholdYuan, YUAN),
    }),
    'major-legal': text('major-legal'),
    'major-count': fill(text('major-count'), {
      threshold: describeThreshold(s.majorSameIssueHouseholds, HOUSEHOLDS),
    }),
    'major-claim': text('major-claim'),
    'major-group': fill(text('major-group'), {
      threshold: describeThreshold(s.majorGroupHouseholds, HOUSEHOLDS),
    }),
    'hot-risk': text('hot-risk'),
    'hot-repeat': fill(text('hot-repeat'), {
      threshold: describeThreshold(s.hotRepeatComplainants, COMPLAINANTS),
      window: same(String(s.hotRepeatWindowDays)),
    }),
    'hot-collective': fill(text('hot-collective'), {
      threshold: describeThreshold(s.hotCollectiveComplainants, PEOPLE),
    }),
    'hot-stale': fill(text('hot-stale'), {
      days: same(String(s.hotStaleAfterDays)),
      hours: same(String(s.hotStaleAfterDays * 24)),
    }),
    general: text('general'),
  };
  const general = deepFreeze({
    level: 'general' as const,
    majorGroup: false,
    reasons: [createReason('CMP-SEV-GENERAL', { policy: policy.id }, messages.general)],
  });
  const staleMs = s.hotStaleAfterDays * 86_400_000;
  return { messages: deepFreeze(messages), general, staleMs, staleAge: atLeast(staleMs) };
}

const DEFAULT_COMPILED = compile(SINO_OCEAN_2008_COMPLAINT_POLICY);
const compiledByPolicy = new WeakMap<ComplaintPolicy, CompiledSeverity>();

export function compiledFor(policy: ComplaintPolicy): CompiledSeverity {
  if (policy === SINO_OCEAN_2008_COMPLAINT_POLICY) return DEFAULT_COMPILED;
  let c = compiledByPolicy.get(policy);
  if (c === undefined) {
    c = compile(policy);
    compiledByPolicy.set(policy, c);
  }
  return c;
}
