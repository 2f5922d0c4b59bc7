/**
 * Character n-grams of a text, for recurrence matching (`DEF-RECUR`): no word-segmentation
 * dictionary. Chinese (Han) runs give their two-character n-grams (a one-character run gives
 * itself); English words give their three-letter n-grams (a word of two or three letters,
 * such as `ac`, gives itself), lower-cased after NFKC (full-width letters read as ASCII),
 * with a short list of English function words left out. Digits and punctuation separate
 * runs and count for nothing.
 *
 * @internal
 * @module
 */

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /[a-z]+/g;

/** English function words that carry no defect: left out of the n-grams. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been by for from has have in into is it its not of on or so than that the ' +
    'this to too very was were with'
  ).split(' '),
);

/** One run of a text (a run of Chinese characters, or an English word) as its grams in order. */
export interface GramRun {
  /** The grams from the run's first character to its last. */
  readonly grams: readonly string[];
  /** Characters each gram spans (2 for Chinese, 3 for English; the run's length when it is one gram). */
  readonly span: number;
  /** Characters in the run. */
  readonly chars: number;
}

/** A text's grams in one language: its runs, its distinct grams in first-seen order, its characters. */
export interface LanguageGrams {
  readonly runs: readonly GramRun[];
  readonly distinct: readonly string[];
  readonly chars: number;
  /** Grams counted with their repeats (at least `distinct.length`). */
  readonly occurrences: number;
}

/** The n-grams of a text by script: Chinese two-character grams, English three-letter grams. */
export interface TextGrams {
  readonly zh: LanguageGrams;
  readonly en: LanguageGrams;
}

function runOf(run: string, n: number): GramRun {
  // Most runs are in the Basic Multilingual Plane: slice the string; split by code points only when not.
  const astral = /[\uD800-\uDBFF]/.test(run);
  const chars = astral ? Array.from(run) : null;
  const length = chars === null ? run.length : chars.length;
  if (length <= n) return { grams: [run], span: length, chars: length };
  const grams: string[] = new Array(length - n + 1);
  for (let i = 0; i + n <= length; i++) {
    grams[i] = chars === null ? run.slice(i, i + n) : chars.slice(i, i + n).join('');
  }
  return { grams, span: n, chars: length };
}

function finish(runs: GramRun[]): LanguageGrams {
  const seen = new Set<string>();
  const distinct: string[] = [];
  let chars = 0;
  let occurrences = 0;
  for (const r of runs) {
    chars += r.chars;
    occurrences += r.grams.length;
    for (const g of r.grams) {
      if (!seen.has(g)) {
        seen.add(g);
        distinct.push(g);
      }
    }
  }
  return { runs, distinct, chars, occurrences };
}

/** The Chinese and English n-grams of a text. */
export function extractTextGrams(text: string): TextGrams {
  const normal = text.normalize('NFKC').toLowerCase();
  const zh: GramRun[] = [];
  for (const m of normal.matchAll(HAN_RUN)) zh.push(runOf(m[0], 2));
  const en: GramRun[] = [];
  for (const m of normal.matchAll(LATIN_WORD)) {
    const word = m[0];
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    en.push(runOf(word, 3));
  }
  return { zh: finish(zh), en: finish(en) };
}

/**
 * The characters of a text that lie inside one of the grams of `shared` (the other text's set): a missing or extra
 * character costs one character, where it would cost two or three grams.
 */
export function countCoveredChars(text: LanguageGrams, shared: ReadonlySet<string>): number {
  let covered = 0;
  for (const run of text.runs) {
    // `end` is the first position not yet counted.
    let end = 0;
    run.grams.forEach((g, i) => {
      if (!shared.has(g)) return;
      const to = i + run.span;
      covered += to - Math.max(end, i);
      end = to;
    });
  }
  return covered;
}

/** A key as compared: NFKC, lower case, trimmed, runs of spaces and underscores as `-`. */
export function normalizeKey(key: string): string {
  return key
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');
}

/** How alike two texts are in one language (`DEF-RECUR`). */
export interface TextSimilarity {
  /** Distinct grams both texts have. */
  readonly sharedGrams: number;
  /** Characters of each text inside a shared gram. */
  readonly coveredA: number;
  readonly coveredB: number;
  /** 0-1: the larger share of a text's characters covered; 0 when too few grams are shared. */
  readonly similarity: number;
}

/**
 * The similarity of two texts in one language: the share of a text's characters that lie
 * inside grams both texts have, for whichever text is covered more (so that a short
 * description inside a longer one is alike), and 0 unless they share at least `minShared`
 * distinct grams (or every gram of a text that has fewer). A fraction of whole numbers:
 * exact, and the same whatever else is compared. A gram of one text is shared when the
 * other text has it, so each side is counted against the other's set: nothing is allocated.
 */
export function compareTexts(
  a: LanguageGrams,
  aSet: ReadonlySet<string>,
  b: LanguageGrams,
  bSet: ReadonlySet<string>,
  minShared: number,
): TextSimilarity {
  let sharedGrams = 0;
  for (const g of a.distinct) if (bSet.has(g)) sharedGrams++;
  const need = Math.min(minShared, a.distinct.length, b.distinct.length);
  if (a.chars === 0 || b.chars === 0 || sharedGrams < need) {
    return { sharedGrams, coveredA: 0, coveredB: 0, similarity: 0 };
  }
  const coveredA = countCoveredChars(a, bSet);
  const coveredB = countCoveredChars(b, aSet);
  return { sharedGrams, coveredA, coveredB, similarity: Math.max(coveredA / a.chars, coveredB / b.chars) };
}

/** The distinct grams of `a` that `bSet` holds, in the order `a` lists them (for the reasons). */
export function listSharedGrams(a: LanguageGrams, bSet: ReadonlySet<string>): string[] {
  return a.distinct.filter((g) => bSet.has(g));
}

/**
 * A bound that {@link compareTexts} never exceeds, from the number of distinct grams two
 * texts share alone: each occurrence of a shared gram covers at most `span` characters, and
 * a text holds at most `shared + (occurrences - distinct)` occurrences of shared grams. Lets
 * an index skip pairs that cannot reach a threshold without changing any result.
 */
export function boundSimilarity(a: LanguageGrams, b: LanguageGrams, shared: number, span: number): number {
  return Math.max(
    boundCoverage(a.chars, a.occurrences - a.distinct.length, shared, span),
    boundCoverage(b.chars, b.occurrences - b.distinct.length, shared, span),
  );
}

/** One side of {@link boundSimilarity}: a text of `chars` characters whose grams repeat `repeats` times. */
export function boundCoverage(chars: number, repeats: number, shared: number, span: number): number {
  return chars === 0 ? 0 : Math.min(1, ((shared + repeats) * span) / chars);
}
