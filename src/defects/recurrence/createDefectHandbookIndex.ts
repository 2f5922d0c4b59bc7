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
import {
  buildMatch,
  comparedLanguage,
  finishFindings,
  isMatch,
  readScoringSettings,
  scorePair,
} from './scoreRecurrence.js';

/** The indexes this module made, so that {@link findDefectRecurrences} knows one from a handbook. @internal */
export const HANDBOOK_INDEXES: WeakSet<object> = new WeakSet();

function postingsOf(cases: readonly Prepared[], lang: 'zh' | 'en'): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  cases.forEach((c, i) => {
    for (const g of c.text[lang]) {
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
  const hasZh = Uint8Array.from(cases, (c) => (c.text.zh.length > 0 ? 1 : 0));
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
    const qHasZh = q.text.zh.length > 0;
    // Cases compared in Chinese share Chinese grams; the others (no Chinese on one side) share English ones.
    if (qHasZh) for (const g of q.text.zh) add(zhPostings.get(g), false);
    for (const g of q.text.en) add(enPostings.get(g), qHasZh);
    const matches: RecurrenceMatch[] = [];
    try {
      for (const i of touched) {
        const c = cases[i] as Prepared;
        const pair = scorePair(q, c, comparedLanguage(q, c), counts[i] as number, s);
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
