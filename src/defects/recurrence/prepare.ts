/**
 * The checked, prepared form of a new defect or a handbook case for matching (`DEF-RECUR`):
 * its n-grams by language and its keys, read once.
 *
 * @internal
 * @module
 */

import { type ArgumentPath, expectOneOf, expectPlainObject, expectString } from '../../core/checks.js';
import { InvalidArgumentError } from '../../core/errors.js';
import { DEFECT_DISCIPLINES, type DefectDiscipline } from '../types.js';
import { extractTextGrams, type LanguageGrams, normalizeKey } from './textFeatures.js';

/** A text's n-grams by language, with each language's distinct grams as a set. */
export interface PreparedText {
  readonly zh: LanguageGrams;
  readonly en: LanguageGrams;
  readonly zhSet: ReadonlySet<string>;
  readonly enSet: ReadonlySet<string>;
}

/** A key as given, normalised, and its n-grams (Chinese and English together). */
export interface PreparedKey {
  readonly raw: string;
  readonly normal: string;
  readonly grams: LanguageGrams;
  readonly set: ReadonlySet<string>;
}

/** A new defect or a handbook case, ready to compare. */
export interface Prepared {
  readonly id: string | null;
  readonly text: PreparedText;
  readonly discipline: DefectDiscipline | null;
  readonly component: PreparedKey | null;
  readonly location: PreparedKey | null;
}

const MAX_TEXT = 10_000;
const MAX_KEY = 200;

function nonBlank(value: unknown, path: ArgumentPath, max: number): string {
  const s = expectString(value, path, { maxLength: max });
  if (s.trim().length === 0) throw new InvalidArgumentError(path, 'expected text, got only spaces');
  return s;
}

/** The text of a description: a string, or `{ zh?, en? }` with at least one given. */
function readDescription(value: unknown, path: ArgumentPath): string {
  if (typeof value === 'string') return nonBlank(value, path, MAX_TEXT);
  if (value === undefined) {
    throw new InvalidArgumentError(
      path,
      'a description is required: a text, or { zh, en } with at least one',
    );
  }
  const d = expectPlainObject(value, path);
  for (const key of Object.keys(d)) {
    if (key !== 'zh' && key !== 'en') {
      throw new InvalidArgumentError([...path, key], 'unknown key; a description has zh and en');
    }
  }
  const parts: string[] = [];
  if (d.zh !== undefined) parts.push(nonBlank(d.zh, [...path, 'zh'], MAX_TEXT));
  if (d.en !== undefined) parts.push(nonBlank(d.en, [...path, 'en'], MAX_TEXT));
  if (parts.length === 0) {
    throw new InvalidArgumentError(path, 'the description is empty: give zh, en or both');
  }
  return parts.join('\n');
}

function prepareText(text: string): PreparedText {
  const g = extractTextGrams(text);
  return { zh: g.zh, en: g.en, zhSet: new Set(g.zh.distinct), enSet: new Set(g.en.distinct) };
}

function readKey(value: unknown, path: ArgumentPath): PreparedKey | null {
  if (value === undefined) return null;
  const raw = nonBlank(value, path, MAX_KEY);
  const normal = normalizeKey(raw);
  const g = extractTextGrams(normal);
  const grams = {
    runs: [...g.zh.runs, ...g.en.runs],
    distinct: [...g.zh.distinct, ...g.en.distinct],
    chars: g.zh.chars + g.en.chars,
    occurrences: g.zh.occurrences + g.en.occurrences,
  };
  return { raw, normal, grams, set: new Set(grams.distinct) };
}

/** Checks and prepares a new defect (`path` is where the caller passed it, e.g. `['defect']`). */
export function prepareItem(value: unknown, path: ArgumentPath, idRequired: boolean): Prepared {
  const v = expectPlainObject(value, path);
  const id =
    v.id === undefined && !idRequired ? null : expectString(v.id, [...path, 'id'], { maxLength: MAX_KEY });
  return {
    id,
    text: prepareText(readDescription(v.description, [...path, 'description'])),
    discipline:
      v.discipline === undefined
        ? null
        : expectOneOf(v.discipline, DEFECT_DISCIPLINES, [...path, 'discipline']),
    component: readKey(v.component, [...path, 'component']),
    location: readKey(v.location, [...path, 'location']),
  };
}

/**
 * Checks and prepares every case of a handbook: an array of cases with unique ids
 * (a repeated id would make the result depend on the handbook's order).
 */
export function prepareHandbook(handbook: readonly unknown[], path: ArgumentPath): Prepared[] {
  const seen = new Map<string, number>();
  return handbook.map((c, i) => {
    const p = prepareItem(c, [...path, i], true);
    const id = p.id as string;
    const first = seen.get(id);
    if (first !== undefined) {
      throw new InvalidArgumentError([...path, i, 'id'], `the case id is already used by case ${first}`);
    }
    seen.set(id, i);
    return p;
  });
}
