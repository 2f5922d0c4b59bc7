import { expectArray } from '../../core/checks.js';
import { type Prepared, prepareHandbook, prepareItem } from './prepare.js';
import type {
  DefectHandbookCase,
  DefectHandbookIndex,
  RecurrenceFindings,
  RecurrenceMatch,
  RecurrenceOptions,
  RecurrenceQuery,
} from './recurrenceTypes.js';
import { buildMatch, finishFindings, isMatch, readScoringSettings, scorePair } from './scoreRecurrence.js';
import { boundCoverage } from './textFeatures.js';

/** The indexes this module made, so that {@link findDefectRecurrences} knows one from a handbook. @internal */
export const HANDBOOK_INDEXES: WeakSet<object> = new WeakSet();

function postingsOf(cases: readonly Prepared[], lang: 'zh' | 'en'): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  cases.forEach((c, i) => {
    for (const g of c.text[lang].distinct) {
      const list = lists.get(g);
      if (list === undefined) lists.set(g, [i]);
      else list.push(i);
    }
  });
  const out = new Map<string, Int32Array>();
  for (const [g, list] of lists) out.set(g, Int32Array.from(list));
  return out;
}

/**
 * Indexes a defect handbook once (`DEF-RECUR`): an inverted index from each Chinese and
 * English n-gram to the cases that hold it, so that a new defect is scored only against
 * the cases it shares an n-gram with, never against every case. Matching 10^4 new defects
 * against a 10^4-case handbook takes well under a second this way (see `bench/`). The
 * result is the same as {@link findDefectRecurrences} on the handbook itself, to the last
 * digit, whatever the handbook's order. The handbook is checked and copied: changing it
 * afterwards does not change the index.
 *
 * @rule DEF-RECUR
 * @throws {InvalidArgumentError} the handbook is not an array of cases, a case has no id
 * or description, or two cases share an id (path `['handbook', i, ...]`).
 * @example
 * ```ts
 * const index = createDefectHandbookIndex(SOL_DEFECT_HANDBOOK);
 * index.findRecurrences({ description: '空调百叶过密' }).matches.map((m) => m.caseId); // ['ac-louvres-too-dense']
 * ```
 */
export function createDefectHandbookIndex(handbook: readonly DefectHandbookCase[]): DefectHandbookIndex {
  const cases = prepareHandbook(expectArray(handbook, ['handbook']), ['handbook']);
  const n = cases.length;
  const zhPostings = postingsOf(cases, 'zh');
  const enPostings = postingsOf(cases, 'en');
  const hasZh = Uint8Array.from(cases, (c) => (c.text.zh.chars > 0 ? 1 : 0));
  const zhDistinct = Int32Array.from(cases, (c) => c.text.zh.distinct.length);
  const enDistinct = Int32Array.from(cases, (c) => c.text.en.distinct.length);
  const zhChars = Int32Array.from(cases, (c) => c.text.zh.chars);
  const enChars = Int32Array.from(cases, (c) => c.text.en.chars);
  const zhRepeats = Int32Array.from(cases, (c) => c.text.zh.occurrences - c.text.zh.distinct.length);
  const enRepeats = Int32Array.from(cases, (c) => c.text.en.occurrences - c.text.en.distinct.length);
  const counts = new Int32Array(n);
  const touched: number[] = [];

  const add = (list: Int32Array | undefined, skipCasesWithZh: boolean) => {
    if (list === undefined) return;
    for (let k = 0; k < list.length; k++) {
      const c = list[k] as number;
      if (skipCasesWithZh && hasZh[c] === 1) continue;
      if (counts[c] === 0) touched.push(c);
      counts[c] = (counts[c] as number) + 1;
    }
  };

  const findRecurrences = (defect: RecurrenceQuery, options?: RecurrenceOptions): RecurrenceFindings => {
    const q = prepareItem(defect, ['defect'], false);
    const s = readScoringSettings(options);
    const qHasZh = q.text.zh.chars > 0;
    // Cases compared in Chinese share Chinese grams; the others (no Chinese on one side) share English ones.
    if (qHasZh) for (const g of q.text.zh.distinct) add(zhPostings.get(g), false);
    for (const g of q.text.en.distinct) add(enPostings.get(g), qHasZh);
    const matches: RecurrenceMatch[] = [];
    const qz = q.text.zh;
    const qe = q.text.en;
    const qzRepeats = qz.occurrences - qz.distinct.length;
    const qeRepeats = qe.occurrences - qe.distinct.length;
    // Skip a pair whose score cannot reach the threshold: the score is at most the descriptions'
    // similarity, which is at most boundCoverage on either side (rounding to 3 decimals allowed for).
    const floor = s.threshold - 0.0005;
    try {
      for (const i of touched) {
        const shared = counts[i] as number;
        if (qHasZh && hasZh[i] === 1) {
          if (shared < Math.min(s.minShared, qz.distinct.length, zhDistinct[i] as number)) continue;
          if (
            boundCoverage(qz.chars, qzRepeats, shared, 2) < floor &&
            boundCoverage(zhChars[i] as number, zhRepeats[i] as number, shared, 2) < floor
          )
            continue;
        } else {
          if (shared < Math.min(s.minShared, qe.distinct.length, enDistinct[i] as number)) continue;
          if (
            boundCoverage(qe.chars, qeRepeats, shared, 3) < floor &&
            boundCoverage(enChars[i] as number, enRepeats[i] as number, shared, 3) < floor
          )
            continue;
        }
        const c = cases[i] as Prepared;
        const pair = scorePair(q, c, s);
        if (isMatch(pair, s)) matches.push(buildMatch(q, c, pair, s));
      }
    } finally {
      for (const i of touched) counts[i] = 0;
      touched.length = 0;
    }
    return finishFindings(q, matches, n, s);
  };

  const index: DefectHandbookIndex = Object.freeze({ size: n, findRecurrences });
  HANDBOOK_INDEXES.add(index);
  return index;
}
