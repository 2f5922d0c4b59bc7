/**
 * Thresholds read the law's way (`LAW-THRESHOLD`, Civil Code art. 1259): 以上, 以下,
 * 以内 and 届满 include the number itself; 不满, 超过 and 以外 exclude it. A rule table
 * holds a {@link Threshold}; code asks {@link meetsThreshold} and never writes a bare `>`.
 *
 * @rule LAW-THRESHOLD
 * @module
 */

import { describeCode, describeNumber } from './checks.js';
import { InvalidArgumentError } from './errors.js';
import type { LocalizedText } from './reason.js';

/** How a threshold compares: 以上 (at-least), 超过 (more-than), 以下/以内 (at-most), 不满 (less-than). */
export type ThresholdKind = 'at-least' | 'more-than' | 'at-most' | 'less-than';

/** A number and the way the law reads it. Plain frozen data, so a table can hold it. */
export type Threshold = {
  readonly kind: ThresholdKind;
  readonly value: number;
};

function make(kind: ThresholdKind, value: number): Threshold {
  if (!Number.isFinite(value))
    throw new InvalidArgumentError(
      ['value'],
      `a threshold needs a finite number, got ${typeof value === 'number' ? describeNumber(value) : describeCode(value)}`,
    );
  return Object.freeze({ kind, value });
}

/**
 * 以上: `x >= value` (the number itself counts).
 *
 * @rule LAW-THRESHOLD
 * @example
 * ```ts
 * meetsThreshold(atLeast(20), 20); // true: "20户以上" includes 20
 * ```
 */
export function atLeast(value: number): Threshold {
  return make('at-least', value);
}

/**
 * 超过: `x > value` (the number itself does not count).
 *
 * @rule LAW-THRESHOLD
 * @example
 * ```ts
 * meetsThreshold(moreThan(20000), 20000); // false: "超过2万元" excludes 20,000
 * ```
 */
export function moreThan(value: number): Threshold {
  return make('more-than', value);
}

/**
 * 以下 / 以内: `x <= value`.
 *
 * @rule LAW-THRESHOLD
 * @example
 * ```ts
 * meetsThreshold(atMost(3), 3); // true
 * ```
 */
export function atMost(value: number): Threshold {
  return make('at-most', value);
}

/**
 * 不满: `x < value`.
 *
 * @rule LAW-THRESHOLD
 * @example
 * ```ts
 * meetsThreshold(lessThan(10), 10); // false
 * ```
 */
export function lessThan(value: number): Threshold {
  return make('less-than', value);
}

/**
 * Whether `x` meets the threshold, read the law's way.
 *
 * @rule LAW-THRESHOLD
 * @example
 * ```ts
 * meetsThreshold(atLeast(20), 19); // false
 * meetsThreshold(moreThan(20000), 20000.01); // true
 * ```
 */
export function meetsThreshold(threshold: Threshold, x: number): boolean {
  switch (threshold.kind) {
    case 'at-least':
      return x >= threshold.value;
    case 'more-than':
      return x > threshold.value;
    case 'at-most':
      return x <= threshold.value;
    case 'less-than':
      return x < threshold.value;
  }
}

const ZH: Record<ThresholdKind, string> = {
  'at-least': '以上',
  'more-than': '超过',
  'at-most': '以下',
  'less-than': '不满',
};
const EN: Record<ThresholdKind, string> = {
  'at-least': 'or more',
  'more-than': 'more than',
  'at-most': 'or fewer',
  'less-than': 'fewer than',
};

/**
 * The threshold in words, with the unit given in each language.
 *
 * @example
 * ```ts
 * describeThreshold(atLeast(20), { 'zh-CN': '户', en: 'households' });
 * // { 'zh-CN': '20户以上', en: '20 households or more' }
 * describeThreshold(moreThan(20000), { 'zh-CN': '元', en: 'yuan' });
 * // { 'zh-CN': '超过20000元', en: 'more than 20000 yuan' }
 * ```
 */
export function describeThreshold(threshold: Threshold, unit: LocalizedText): LocalizedText {
  const { kind, value } = threshold;
  const zh =
    kind === 'more-than' || kind === 'less-than'
      ? `${ZH[kind]}${value}${unit['zh-CN']}`
      : `${value}${unit['zh-CN']}${ZH[kind]}`;
  const en =
    kind === 'more-than' || kind === 'less-than'
      ? `${EN[kind]} ${value} ${unit.en}`
      : `${value} ${unit.en} ${EN[kind]}`;
  return { 'zh-CN': zh, en };
}

/**
 * The words of the law and how each reads (`LAW-THRESHOLD`, Civil Code art. 1259):
 * 以上, 以下, 以内 and 届满 include the number itself; 不满, 超过 and 以外 exclude it.
 *
 * @rule LAW-THRESHOLD
 */
export const THRESHOLD_WORDS = /* @__PURE__ */ Object.freeze({
  以上: { kind: 'at-least', includesNumber: true, rule: 'LAW-THRESHOLD' },
  以下: { kind: 'at-most', includesNumber: true, rule: 'LAW-THRESHOLD' },
  以内: { kind: 'at-most', includesNumber: true, rule: 'LAW-THRESHOLD' },
  届满: { kind: 'at-least', includesNumber: true, rule: 'LAW-THRESHOLD' },
  不满: { kind: 'less-than', includesNumber: false, rule: 'LAW-THRESHOLD' },
  超过: { kind: 'more-than', includesNumber: false, rule: 'LAW-THRESHOLD' },
  以外: { kind: 'more-than', includesNumber: false, rule: 'LAW-THRESHOLD' },
} as const);

/** A word of the law that fixes how a number reads. */
export type ThresholdWord = keyof typeof THRESHOLD_WORDS;

/**
 * The threshold a phrase of the law sets: `readThresholdWord('超过', 20000)` is
 * `moreThan(20000)`, `readThresholdWord('以上', 20)` is `atLeast(20)`.
 *
 * @rule LAW-THRESHOLD
 * @example
 * ```ts
 * meetsThreshold(readThresholdWord('以上', 20), 20); // true
 * meetsThreshold(readThresholdWord('超过', 20000), 20000); // false
 * ```
 */
export function readThresholdWord(word: ThresholdWord, value: number): Threshold {
  const entry = THRESHOLD_WORDS[word];
  if (entry === undefined || !Object.hasOwn(THRESHOLD_WORDS, word)) {
    throw new InvalidArgumentError(
      ['word'],
      `unknown threshold word ${describeCode(word)}; expected one of ${Object.keys(THRESHOLD_WORDS).join(' ')}`,
    );
  }
  return make(entry.kind, value);
}
