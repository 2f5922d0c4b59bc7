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
import { type DefectPolicyInput, type RecurrenceKeyPenalties, resolveDefectPolicy } from '../policy.js';
import { DEFECT_DISCIPLINE_LABELS } from '../tables/labels.js';
import type { RecurrenceField } from '../types.js';
import type { Prepared, PreparedKey } from './prepare.js';
import type { RecurrenceFindings, RecurrenceMatch, RecurrenceOptions } from './recurrenceTypes.js';
import { compareTexts, listSharedGrams, type TextSimilarity } from './textFeatures.js';

/** The settings one matching run uses. */
export interface ScoringSettings {
  readonly policyId: string;
  readonly threshold: number;
  readonly minShared: number;
  readonly penalties: RecurrenceKeyPenalties;
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
  const kp = expectPlainObject(r.keyPenalties, [...path, 'keyPenalties']);
  const penalty = (k: keyof RecurrenceKeyPenalties) =>
    expectNumber(kp[k], [...path, 'keyPenalties', k], { min: 0, max: 1 });
  const penalties = {
    component: penalty('component'),
    discipline: penalty('discipline'),
    location: penalty('location'),
  };
  return {
    policyId: policy.id,
    threshold,
    minShared: expectNumber(r.minSharedGrams, [...path, 'minSharedGrams'], {
      integer: true,
      min: 1,
      max: 10,
    }),
    penalties,
    limit:
      expectOptional(o?.limit, ['options', 'limit'], (v, p) =>
        expectNumber(v, p, { integer: true, min: 1 }),
      ) ?? Number.POSITIVE_INFINITY,
  };
}

/** The language two descriptions are compared in: Chinese when both have it, else English, else none. */
export function comparedLanguage(q: Prepared, c: Prepared): 'zh' | 'en' | null {
  if (q.text.zh.chars > 0 && c.text.zh.chars > 0) return 'zh';
  if (q.text.en.chars > 0 && c.text.en.chars > 0) return 'en';
  return null;
}

/** A pair's score and its parts. */
export interface PairScore {
  readonly score: number;
  readonly language: 'zh' | 'en' | null;
  /** The descriptions compared in `language`; `null` when they have no language in common. */
  readonly text: TextSimilarity | null;
  readonly defectChars: number;
  readonly caseChars: number;
  readonly description: number;
  readonly component: number | null;
  readonly discipline: 0 | 1 | null;
  readonly location: number | null;
  /** What the differing keys multiply the description's similarity by (1 when none differs). */
  readonly factor: number;
}

function keySimilarity(a: PreparedKey | null, b: PreparedKey | null, minShared: number): number | null {
  if (a === null || b === null) return null;
  if (a.normal === b.normal) return 1;
  return compareTexts(a.grams, a.set, b.grams, b.set, minShared).similarity;
}

/**
 * The score of a pair: the descriptions' similarity ({@link compareTexts}, in Chinese when
 * both have it), lowered for each key both sides have and that differs (a different
 * component halves it by default). Keys that agree neither lower nor raise it, and a pair
 * whose descriptions are not alike at all scores 0: keys alone never make a recurrence.
 */
export function scorePair(q: Prepared, c: Prepared, s: ScoringSettings): PairScore {
  const language = comparedLanguage(q, c);
  const text =
    language === null
      ? null
      : language === 'zh'
        ? compareTexts(q.text.zh, q.text.zhSet, c.text.zh, c.text.zhSet, s.minShared)
        : compareTexts(q.text.en, q.text.enSet, c.text.en, c.text.enSet, s.minShared);
  const description = text === null ? 0 : text.similarity;
  const component = keySimilarity(q.component, c.component, s.minShared);
  const location = keySimilarity(q.location, c.location, s.minShared);
  const discipline =
    q.discipline === null || c.discipline === null ? null : q.discipline === c.discipline ? 1 : 0;
  let factor = 1;
  const p = s.penalties;
  if (component !== null) factor *= 1 - p.component * (1 - component);
  if (discipline !== null) factor *= 1 - p.discipline * (1 - discipline);
  if (location !== null) factor *= 1 - p.location * (1 - location);
  const score = description === 0 ? 0 : Math.round(description * factor * 1000) / 1000;
  return {
    score,
    language,
    text,
    defectChars: language === null ? 0 : q.text[language].chars,
    caseChars: language === null ? 0 : c.text[language].chars,
    description,
    component,
    discipline,
    location,
    factor,
  };
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

/** The multiplier a differing key applies (1 - penalty x (1 - similarity)), rounded for the messages. */
const multiplier = (penalty: number, similarity: number) =>
  Math.round((1 - penalty * (1 - similarity)) * 1000) / 1000;

function describeKeyZh(
  label: string,
  a: PreparedKey,
  b: PreparedKey,
  similarity: number,
  penalty: number,
): string {
  if (a.normal === b.normal) return `${label}相同（${b.raw}）`;
  const times = multiplier(penalty, similarity);
  return similarity === 0
    ? `${label}不同（${a.raw}、${b.raw}），得分乘以${times}`
    : `${label} ${a.raw} 与 ${b.raw} 相近（${pct(similarity)}），得分乘以${times}`;
}

function describeKeyEn(
  label: string,
  a: PreparedKey,
  b: PreparedKey,
  similarity: number,
  penalty: number,
): string {
  if (a.normal === b.normal) return `same ${label} (${b.raw})`;
  const times = multiplier(penalty, similarity);
  return similarity === 0
    ? `different ${label}s (${a.raw}, ${b.raw}): score times ${times}`
    : `${label} ${a.raw} is like ${b.raw} (${pct(similarity)}): score times ${times}`;
}

/** The match of a pair that is one, with its `DEF-RECUR` reason. */
export function buildMatch(q: Prepared, c: Prepared, pair: PairScore, s: ScoringSettings): RecurrenceMatch {
  const lang = pair.language as 'zh' | 'en';
  const text = pair.text as TextSimilarity;
  const grams = listSharedGrams(q.text[lang], lang === 'zh' ? c.text.zhSet : c.text.enSet);
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
    defectChars: pair.defectChars,
    defectCharsCovered: text.coveredA,
    caseChars: pair.caseChars,
    caseCharsCovered: text.coveredB,
    descriptionSimilarity: Math.round(pair.description * 1000) / 1000,
    keyFactor: Math.round(pair.factor * 1000) / 1000,
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
  const unit = lang === 'zh' ? { zh: '个字', en: 'characters' } : { zh: '个字母', en: 'letters' };
  const zh: string[] = [
    `重复发生的老问题：与手册案例“${caseId}”的得分${pair.score}，达到阈值${s.threshold}`,
    `${lang === 'zh' ? '中文描述共有双字片段' : '英文描述共有三字母片段'}${grams.length}个（${listGrams(grams, '、')}），覆盖案例描述${pair.caseChars}${unit.zh}中的${text.coveredB}个、新缺陷描述${pair.defectChars}${unit.zh}中的${text.coveredA}个，取较高的${pct(pair.description)}`,
  ];
  const en: string[] = [
    `A recurrence of handbook case "${caseId}": score ${pair.score}, at or above the threshold ${s.threshold}`,
    `the ${lang === 'zh' ? 'Chinese' : 'English'} descriptions share ${grams.length} ${lang === 'zh' ? 'two-character' : 'three-letter'} n-grams (${listGrams(grams, ', ')}), covering ${text.coveredB} of the case's ${pair.caseChars} ${unit.en} and ${text.coveredA} of the new defect's ${pair.defectChars}: ${pct(pair.description)}, the higher`,
  ];
  if (pair.component !== null && q.component !== null && c.component !== null) {
    zh.push(describeKeyZh('部品部件', q.component, c.component, pair.component, s.penalties.component));
    en.push(describeKeyEn('component', q.component, c.component, pair.component, s.penalties.component));
  }
  if (pair.discipline !== null && q.discipline !== null && c.discipline !== null) {
    const a = DEFECT_DISCIPLINE_LABELS[q.discipline];
    const b = DEFECT_DISCIPLINE_LABELS[c.discipline];
    const times = multiplier(s.penalties.discipline, 0);
    zh.push(
      pair.discipline === 1
        ? `专业相同（${a['zh-CN']}）`
        : `专业不同（${a['zh-CN']}、${b['zh-CN']}），得分乘以${times}`,
    );
    en.push(
      pair.discipline === 1
        ? `same discipline (${q.discipline})`
        : `different disciplines (${q.discipline}, ${c.discipline}): score times ${times}`,
    );
  }
  if (pair.location !== null && q.location !== null && c.location !== null) {
    zh.push(describeKeyZh('位置', q.location, c.location, pair.location, s.penalties.location));
    en.push(describeKeyEn('location', q.location, c.location, pair.location, s.penalties.location));
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
  const noText = q.text.zh.chars === 0 && q.text.en.chars === 0;
  const facts = {
    defectId: q.id,
    casesCompared: compared,
    matches: matches.length,
    shown: kept.length,
    threshold: s.threshold,
    policy: s.policyId,
    zhChars: q.text.zh.chars,
    enLetters: q.text.en.chars,
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
