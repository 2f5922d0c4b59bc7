/**
 * How one new defect scores against one handbook case (`DEF-RECUR`), and the reasons that
 * explain a match. Shared by the all-pairs matcher and the index, so that both give the
 * same result to the last digit.
 *
 * @internal
 * @module
 */

import { expectNumber, expectOptional, expectPlainObject } from '../../core/checks.js';
import { InvalidArgumentError } from '../../core/errors.js';
import { createReason, type Reason } from '../../core/reason.js';
import { atLeast, meetsThreshold } from '../../core/thresholds.js';
import { type DefectPolicyInput, type RecurrenceWeights, resolveDefectPolicy } from '../policy.js';
import { DEFECT_DISCIPLINE_LABELS } from '../tables/labels.js';
import type { RecurrenceField } from '../types.js';
import type { Prepared, PreparedKey } from './prepare.js';
import type { RecurrenceFindings, RecurrenceMatch, RecurrenceOptions } from './recurrenceTypes.js';
import { overlapSimilarity } from './textFeatures.js';

/** The settings one matching run uses. */
export interface ScoringSettings {
  readonly policyId: string;
  readonly threshold: number;
  readonly minShared: number;
  readonly weights: RecurrenceWeights;
  readonly limit: number;
}

/** Reads the options (and the policy's recurrence settings) once per call. */
export function readScoringSettings(options: RecurrenceOptions | undefined): ScoringSettings {
  const o = expectOptional(options, ['options'], expectPlainObject) as RecurrenceOptions | undefined;
  const policy = resolveDefectPolicy(o?.policy as DefectPolicyInput | undefined);
  const r = policy.recurrence;
  const path = ['options', 'policy', 'recurrence'];
  const threshold =
    o?.threshold === undefined
      ? expectNumber(r.threshold, [...path, 'threshold'], { min: 0, max: 1 })
      : expectNumber(o.threshold, ['options', 'threshold'], { min: 0, max: 1 });
  if (threshold === 0) {
    const where = o?.threshold === undefined ? [...path, 'threshold'] : ['options', 'threshold'];
    throw new InvalidArgumentError(where, 'expected a threshold above 0 (0 would match every case)');
  }
  const w = expectPlainObject(r.weights, [...path, 'weights']);
  const weight = (k: keyof RecurrenceWeights) =>
    expectNumber(w[k], [...path, 'weights', k], { min: 0, max: 1 });
  const weights = {
    description: weight('description'),
    component: weight('component'),
    discipline: weight('discipline'),
    location: weight('location'),
  };
  if (weights.description === 0) {
    throw new InvalidArgumentError([...path, 'weights', 'description'], 'expected a weight above 0');
  }
  return {
    policyId: policy.id,
    threshold,
    minShared: expectNumber(r.minSharedGrams, [...path, 'minSharedGrams'], {
      integer: true,
      min: 1,
      max: 10,
    }),
    weights,
    limit:
      expectOptional(o?.limit, ['options', 'limit'], (v, p) =>
        expectNumber(v, p, { integer: true, min: 1 }),
      ) ?? Number.POSITIVE_INFINITY,
  };
}

/** The language two descriptions are compared in: Chinese when both have it, else English, else none. */
export function comparedLanguage(q: Prepared, c: Prepared): 'zh' | 'en' | null {
  if (q.text.zh.length > 0 && c.text.zh.length > 0) return 'zh';
  if (q.text.en.length > 0 && c.text.en.length > 0) return 'en';
  return null;
}

/** The grams two sets share, in the order the first lists them. */
export function sharedGrams(list: readonly string[], other: ReadonlySet<string>): string[] {
  return list.filter((g) => other.has(g));
}

/** A pair's score and its parts. */
export interface PairScore {
  readonly score: number;
  readonly language: 'zh' | 'en' | null;
  readonly shared: number;
  readonly defectGrams: number;
  readonly caseGrams: number;
  readonly description: number;
  readonly component: number | null;
  readonly discipline: 0 | 1 | null;
  readonly location: number | null;
}

function keySimilarity(a: PreparedKey | null, b: PreparedKey | null, minShared: number): number | null {
  if (a === null || b === null) return null;
  if (a.normal === b.normal) return 1;
  let shared = 0;
  for (const g of a.grams) if (b.set.has(g)) shared++;
  return overlapSimilarity(shared, a.grams.length, b.grams.length, minShared);
}

/**
 * The score of a pair whose descriptions share `shared` grams in `language`: the weighted
 * mean of the description's similarity and of the keys both sides have. A pair whose
 * descriptions are not similar at all scores 0: keys alone never make a recurrence.
 */
export function scorePair(
  q: Prepared,
  c: Prepared,
  language: 'zh' | 'en' | null,
  shared: number,
  s: ScoringSettings,
): PairScore {
  const defectGrams = language === null ? 0 : q.text[language].length;
  const caseGrams = language === null ? 0 : c.text[language].length;
  const description = overlapSimilarity(shared, defectGrams, caseGrams, s.minShared);
  const component = keySimilarity(q.component, c.component, s.minShared);
  const location = keySimilarity(q.location, c.location, s.minShared);
  const discipline =
    q.discipline === null || c.discipline === null ? null : q.discipline === c.discipline ? 1 : 0;
  let score = 0;
  if (description > 0) {
    const w = s.weights;
    let num = w.description * description;
    let den = w.description;
    if (component !== null) {
      num += w.component * component;
      den += w.component;
    }
    if (discipline !== null) {
      num += w.discipline * discipline;
      den += w.discipline;
    }
    if (location !== null) {
      num += w.location * location;
      den += w.location;
    }
    score = Math.round((num / den) * 1000) / 1000;
  }
  return { score, language, shared, defectGrams, caseGrams, description, component, discipline, location };
}

/** Whether a pair's score makes it a recurrence. */
export function isMatch(pair: PairScore, s: ScoringSettings): boolean {
  return pair.description > 0 && meetsThreshold(atLeast(s.threshold), pair.score);
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const LIST_MAX = 12;

function listGrams(grams: readonly string[], sep: string): string {
  const shown = grams.slice(0, LIST_MAX).join(sep);
  return grams.length > LIST_MAX ? `${shown}${sep}…` : shown;
}

function describeKeyZh(label: string, a: PreparedKey, b: PreparedKey, similarity: number): string {
  if (a.normal === b.normal) return `${label}相同（${b.raw}）`;
  return similarity === 0
    ? `${label}不同（${a.raw}、${b.raw}）`
    : `${label} ${a.raw} 与 ${b.raw} 相近（${pct(similarity)}）`;
}

function describeKeyEn(label: string, a: PreparedKey, b: PreparedKey, similarity: number): string {
  if (a.normal === b.normal) return `same ${label} (${b.raw})`;
  return similarity === 0
    ? `different ${label}s (${a.raw}, ${b.raw})`
    : `${label} ${a.raw} is like ${b.raw} (${pct(similarity)})`;
}

/** The match of a pair that is one, with its `DEF-RECUR` reason. */
export function buildMatch(q: Prepared, c: Prepared, pair: PairScore, s: ScoringSettings): RecurrenceMatch {
  const lang = pair.language as 'zh' | 'en';
  const grams = sharedGrams(q.text[lang], lang === 'zh' ? c.text.zhSet : c.text.enSet);
  const matchedOn: RecurrenceField[] = ['description'];
  if (pair.component !== null && pair.component > 0) matchedOn.push('component');
  if (pair.discipline === 1) matchedOn.push('discipline');
  if (pair.location !== null && pair.location > 0) matchedOn.push('location');
  const caseId = c.id as string;
  const key = (k: PreparedKey | null) => (k === null ? null : k.raw);
  const facts = {
    defectId: q.id,
    caseId,
    score: pair.score,
    threshold: s.threshold,
    policy: s.policyId,
    language: lang,
    sharedGrams: grams,
    defectGramCount: pair.defectGrams,
    caseGramCount: pair.caseGrams,
    descriptionSimilarity: Math.round(pair.description * 1000) / 1000,
    component:
      pair.component === null
        ? null
        : { defect: key(q.component), case: key(c.component), similarity: pair.component },
    discipline:
      pair.discipline === null
        ? null
        : { defect: q.discipline, case: c.discipline, same: pair.discipline === 1 },
    location:
      pair.location === null
        ? null
        : { defect: key(q.location), case: key(c.location), similarity: pair.location },
    matchedOn,
  };
  const smaller = Math.min(pair.defectGrams, pair.caseGrams);
  const zh: string[] = [
    `重复发生的老问题：与手册案例“${caseId}”的得分${pair.score}，达到阈值${s.threshold}`,
    `${lang === 'zh' ? '中文描述共有双字片段' : '英文描述共有三字母片段'}${grams.length}个（${listGrams(grams, '、')}），占较短一方${smaller}个的${pct(pair.description)}`,
  ];
  const en: string[] = [
    `A recurrence of handbook case "${caseId}": score ${pair.score}, at or above the threshold ${s.threshold}`,
    `the ${lang === 'zh' ? 'Chinese' : 'English'} descriptions share ${grams.length} ${lang === 'zh' ? 'two-character' : 'three-letter'} n-grams (${listGrams(grams, ', ')}), ${pct(pair.description)} of the shorter one's ${smaller}`,
  ];
  if (pair.component !== null && q.component !== null && c.component !== null) {
    zh.push(describeKeyZh('部品部件', q.component, c.component, pair.component));
    en.push(describeKeyEn('component', q.component, c.component, pair.component));
  }
  if (pair.discipline !== null && q.discipline !== null && c.discipline !== null) {
    const a = DEFECT_DISCIPLINE_LABELS[q.discipline];
    const b = DEFECT_DISCIPLINE_LABELS[c.discipline];
    zh.push(pair.discipline === 1 ? `专业相同（${a['zh-CN']}）` : `专业不同（${a['zh-CN']}、${b['zh-CN']}）`);
    en.push(
      pair.discipline === 1
        ? `same discipline (${q.discipline})`
        : `different disciplines (${q.discipline}, ${c.discipline})`,
    );
  }
  if (pair.location !== null && q.location !== null && c.location !== null) {
    zh.push(describeKeyZh('位置', q.location, c.location, pair.location));
    en.push(describeKeyEn('location', q.location, c.location, pair.location));
  }
  const reason: Reason = createReason('DEF-RECUR', facts, { 'zh-CN': zh.join('；'), en: en.join('; ') });
  return { caseId, score: pair.score, matchedOn, reasons: [reason] };
}

/** Sorts the matches (score, then case id: never the handbook's order), keeps the best `limit`, and sums up. */
export function finishFindings(
  q: Prepared,
  matches: RecurrenceMatch[],
  compared: number,
  s: ScoringSettings,
): RecurrenceFindings {
  matches.sort((a, b) => b.score - a.score || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  const kept = matches.length > s.limit ? matches.slice(0, s.limit) : matches;
  const noText = q.text.zh.length === 0 && q.text.en.length === 0;
  const facts = {
    defectId: q.id,
    casesCompared: compared,
    matches: matches.length,
    shown: kept.length,
    threshold: s.threshold,
    policy: s.policyId,
    zhGrams: q.text.zh.length,
    enGrams: q.text.en.length,
  };
  const message = noText
    ? {
        'zh-CN': '描述中没有可比较的汉字或英文单词：无法判断是否为老问题',
        en: 'The description has no Chinese characters or English words to compare: no recurrence can be found',
      }
    : matches.length === 0
      ? {
          'zh-CN': `与手册中${compared}个案例比较，没有得分达到阈值${s.threshold}的案例：未发现重复发生的老问题`,
          en: `Compared with the handbook's ${compared} cases: none scores ${s.threshold} or more, so this is not a known old problem`,
        }
      : {
          'zh-CN': `与手册中${compared}个案例比较，${matches.length}个案例得分达到阈值${s.threshold}：重复发生的老问题`,
          en: `Compared with the handbook's ${compared} cases: ${matches.length} ${matches.length === 1 ? 'scores' : 'score'} ${s.threshold} or more, so this repeats a known old problem`,
        };
  return { matches: kept, reasons: [createReason('DEF-RECUR', facts, message)] };
}
