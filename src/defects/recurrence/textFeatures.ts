/**
 * Character n-grams of a text, for recurrence matching (`DEF-RECUR`): no word-segmentation
 * dictionary. Chinese (Han) runs give their two-character n-grams (a one-character run gives
 * itself); English words give their three-letter n-grams (a two-letter word such as `ac`
 * gives itself), lower-cased after NFKC (full-width letters read as ASCII), with a short list
 * of English function words left out. Digits and punctuation separate runs and count for
 * nothing. Each gram is listed once, in the order it first appears.
 *
 * @internal
 * @module
 */

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /[a-z]+/g;

/** English function words that carry no defect: left out of the n-grams. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'been',
  'by',
  'for',
  'from',
  'has',
  'have',
  'in',
  'into',
  'is',
  'it',
  'its',
  'not',
  'of',
  'on',
  'or',
  'so',
  'than',
  'that',
  'the',
  'this',
  'to',
  'too',
  'very',
  'was',
  'were',
  'with',
]);

/** The n-grams of a text by script: Chinese two-character grams, English three-letter grams. */
export interface TextGrams {
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

function pushUnique(out: string[], seen: Set<string>, gram: string): void {
  if (!seen.has(gram)) {
    seen.add(gram);
    out.push(gram);
  }
}

/** The Chinese and English n-grams of a text. */
export function extractTextGrams(text: string): TextGrams {
  const normal = text.normalize('NFKC').toLowerCase();
  const zh: string[] = [];
  const zhSeen = new Set<string>();
  for (const m of normal.matchAll(HAN_RUN)) {
    const chars = Array.from(m[0]);
    if (chars.length === 1) pushUnique(zh, zhSeen, chars[0] as string);
    for (let i = 0; i + 1 < chars.length; i++) pushUnique(zh, zhSeen, `${chars[i]}${chars[i + 1]}`);
  }
  const en: string[] = [];
  const enSeen = new Set<string>();
  for (const m of normal.matchAll(LATIN_WORD)) {
    const word = m[0];
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    if (word.length <= 3) pushUnique(en, enSeen, word);
    else for (let i = 0; i + 3 <= word.length; i++) pushUnique(en, enSeen, word.slice(i, i + 3));
  }
  return { zh, en };
}

/** A key as compared: NFKC, lower case, trimmed, runs of spaces and underscores as `-`. */
export function normalizeKey(key: string): string {
  return key
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');
}

/**
 * The similarity of two gram sets (`DEF-RECUR`): the shared grams over the smaller set's
 * size (the overlap coefficient), so that a short description inside a longer one scores
 * high; 0 unless they share at least `minShared` grams (or every gram of a set smaller than
 * that). Exact: a fraction of whole numbers.
 */
export function overlapSimilarity(shared: number, sizeA: number, sizeB: number, minShared: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  if (shared < Math.min(minShared, smaller)) return 0;
  return shared / smaller;
}
