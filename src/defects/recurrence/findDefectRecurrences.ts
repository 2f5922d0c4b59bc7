import { expectArray } from '../../core/checks.js';
import { HANDBOOK_INDEXES } from './createDefectHandbookIndex.js';
import { prepareHandbook, prepareItem } from './prepare.js';
import type {
  DefectHandbookCase,
  DefectHandbookIndex,
  RecurrenceFindings,
  RecurrenceMatch,
  RecurrenceOptions,
  RecurrenceQuery,
} from './recurrenceTypes.js';
import { buildMatch, finishFindings, isMatch, readScoringSettings, scorePair } from './scoreRecurrence.js';

/**
 * The handbook cases a new defect repeats (`DEF-RECUR`): the "old problems" (老问题) the
 * handbook exists to stop. Descriptions are compared by character n-grams, no dictionary:
 * Chinese by two-character grams (Chinese matters most: it is used whenever both sides
 * have it), English by three-letter grams. Their similarity is the share of a text's
 * characters that lie inside grams both texts have, for whichever text is covered more, and
 * 0 unless they share at least 2 distinct grams (the policy's `minSharedGrams`): a missing
 * or extra character costs one character, a different word costs the whole word. The
 * component and location keys are compared the same way and the discipline by equality: a
 * key both sides have that differs lowers the score (a different component halves it);
 * keys that agree are named but add nothing. A case scoring at least the threshold (0.8 by
 * default; 0.5 screens more widely) is a match, and its reason lists the shared n-grams and
 * keys. So 空调百叶过密 finds 空调百叶扇过密 (6 of its 7 characters) and not 空调室外机狭窄
 * (only 空调), and 空调室外机漏水 is not taken for 空调室外机狭窄 (5 of 7). Deterministic; the
 * same whatever the handbook's order.
 *
 * For many defects, build the index once ({@link createDefectHandbookIndex}) and pass it
 * instead of the handbook.
 *
 * @rule DEF-RECUR
 * @throws {InvalidArgumentError} an empty description, an unknown discipline, a handbook
 * case without an id or with a repeated one, a threshold outside (0, 1].
 * @example
 * ```ts
 * const found = findDefectRecurrences({ description: { zh: '3号楼空调百叶过密' } }, SOL_DEFECT_HANDBOOK);
 * found.matches.map((m) => [m.caseId, m.score]); // [['ac-louvres-too-dense', 0.857]]
 * findDefectRecurrences({ description: '空调室外机漏水' }, SOL_DEFECT_HANDBOOK).matches; // []
 * ```
 */
export function findDefectRecurrences(
  defect: RecurrenceQuery,
  handbook: readonly DefectHandbookCase[] | DefectHandbookIndex,
  options?: RecurrenceOptions,
): RecurrenceFindings {
  if (typeof handbook === 'object' && handbook !== null && HANDBOOK_INDEXES.has(handbook)) {
    return (handbook as DefectHandbookIndex).findRecurrences(defect, options);
  }
  const cases = prepareHandbook(expectArray(handbook, ['handbook']), ['handbook']);
  const q = prepareItem(defect, ['defect'], false);
  const s = readScoringSettings(options);
  const matches: RecurrenceMatch[] = [];
  for (const c of cases) {
    const pair = scorePair(q, c, s);
    if (isMatch(pair, s)) matches.push(buildMatch(q, c, pair, s));
  }
  return finishFindings(q, matches, cases.length, s);
}
