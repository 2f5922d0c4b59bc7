import { describeType, expectOneOf, isPlainObject } from './checks.js';
import { InvalidArgumentError } from './errors.js';
import type { RuleId } from './rules.js';

/** The two languages every message is written in. */
export type Locale = 'zh-CN' | 'en';

/** Every supported locale. */
export const LOCALES: readonly Locale[] = /* @__PURE__ */ Object.freeze(['zh-CN', 'en'] as const);

/** A message in both languages. */
export interface LocalizedText {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** A fact a reason used: plain JSON data. */
export type FactValue =
  | string
  | number
  | boolean
  | null
  | readonly FactValue[]
  | { readonly [key: string]: FactValue };

/**
 * Why a decision came out as it did: the rule applied, the facts it used and a
 * message in zh-CN and en. Plain readonly data that survives `JSON.stringify`.
 *
 * @example
 * ```ts
 * const reason: Reason = {
 *   rule: 'CMP-SEV-MAJOR-COUNT',
 *   facts: { householdsWithSameIssue: 20, threshold: 20 },
 *   message: { 'zh-CN': '同一问题累计投诉20户，达到20户以上：重大投诉', en: '20 households ... major' },
 * };
 * ```
 */
export interface Reason {
  /** The rule id of `RULES.md`. */
  readonly rule: RuleId;
  /** The facts the rule used, as plain JSON. */
  readonly facts: { readonly [key: string]: FactValue };
  /** What happened, in both languages. */
  readonly message: LocalizedText;
}

/**
 * A decision: the value's own fields plus the reasons that explain it.
 *
 * @example
 * ```ts
 * type Severity = Decision<{ level: 'major' }>; // { level: 'major'; reasons: readonly Reason[] }
 * ```
 */
export type Decision<T extends object> = T & { readonly reasons: readonly Reason[] };

/**
 * Builds a reason. The facts object is kept as given: pass a fresh object.
 *
 * @example
 * ```ts
 * createReason('LAW-WORKDAY', { day: '2026-10-01' }, { 'zh-CN': '国庆节放假', en: 'National Day off' });
 * // { rule: 'LAW-WORKDAY', facts: { day: '2026-10-01' }, message: { 'zh-CN': '国庆节放假', en: 'National Day off' } }
 * ```
 */
export function createReason(rule: RuleId, facts: Reason['facts'], message: LocalizedText): Reason {
  return { rule, facts, message };
}

/**
 * A text that opens a sentence: the English with its first letter capitalized (labels are
 * written to stand mid-sentence, "reading (b), …"), the Chinese as it is.
 *
 * @internal
 */
export function sentenceStart(text: LocalizedText): LocalizedText {
  return { 'zh-CN': text['zh-CN'], en: `${text.en.charAt(0).toUpperCase()}${text.en.slice(1)}` };
}

/**
 * The message of a reason in one locale. Not a reason, or a locale other than `zh-CN` and
 * `en`, is an {@link InvalidArgumentError} (quoting no value that could be personal data).
 */
export function formatReason(reason: Reason, locale: Locale = 'zh-CN'): string {
  const message = isPlainObject(reason) ? reason.message : undefined;
  if (!isPlainObject(message))
    throw new InvalidArgumentError(
      ['reason'],
      `expected a reason { rule, facts, message }, got ${describeType(reason)}`,
    );
  return message[expectOneOf(locale, LOCALES, ['locale'])] as string;
}
