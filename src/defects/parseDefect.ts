import type * as z from 'zod';
import { createZodErrorMap } from '../calendar/zodErrorMap.js';
import {
  expectArray,
  expectOneOf,
  expectOptional,
  expectPlainObject,
  suggestClosest,
} from '../core/checks.js';
import { LOCALES, type Locale } from '../core/reason.js';
import { type Defect, DefectSchema } from './schemas.js';

/** The options of {@link parseDefect} and {@link parseDefects}. */
export interface DefectParseOptions {
  /** The language of the messages (default `zh-CN`). */
  readonly locale?: Locale;
}

/** The module's own validation messages, by the `params.key` of a custom issue. */
const MESSAGES: Readonly<Record<string, { readonly 'zh-CN': string; readonly en: string }>> = Object.freeze({
  defectDescription: {
    'zh-CN': '缺陷描述不能为空：请填写中文描述（zh）或英文描述（en），至少一项',
    en: 'the description is empty: give a Chinese (zh) or an English (en) description, or both',
  },
});

/** The library's error map, with this module's messages first. */
function errorMap(locale: Locale): z.core.$ZodErrorMap {
  const base = createZodErrorMap(locale);
  return (issue) => {
    if (issue.code === 'custom') {
      const key = (issue.params as { key?: string } | undefined)?.key;
      const text = key === undefined ? undefined : MESSAGES[key];
      if (text !== undefined) return text[locale];
    }
    if (issue.code === 'invalid_format' && issue.format === 'regex' && issue.pattern === '/\\S/') {
      return locale === 'en' ? 'must not be blank' : '不能为空白';
    }
    const message = base(issue);
    // A misspelt source or discipline gets a did-you-mean: the input is a code, not personal data.
    if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
      const hint = suggestClosest(issue.input, issue.values.map(String));
      const text = typeof message === 'string' ? message : (message?.message ?? '');
      if (hint !== undefined)
        return `${text}${locale === 'en' ? ` (did you mean '${hint}'?)` : `（是否应为 '${hint}'？）`}`;
    }
    return message;
  };
}

function readLocale(options: DefectParseOptions | undefined): Locale {
  const o = expectOptional(options, ['options'], expectPlainObject);
  return expectOptional(o?.locale, ['options', 'locale'], (v, p) => expectOneOf(v, LOCALES, p)) ?? 'zh-CN';
}

/**
 * Validates one defect record: zod's result, with path-addressed issues in zh-CN or en
 * (an unknown source or discipline, an empty description, a time without an offset). The
 * error map is passed per call; nothing global is configured.
 *
 * @rule DEF-WHAT
 * @rule DEF-SOURCE
 * @example
 * ```ts
 * const r = parseDefect({ id: 'D-1', project: 'P-1', phase: '1', source: 'hotline', discipline: 'hvac',
 *   description: {}, major: false, reportedAt: '2026-03-02T10:00:00+08:00' }, { locale: 'en' });
 * r.error?.issues.map((i) => i.path.join('.')); // ['source', 'description']
 * ```
 */
export function parseDefect(input: unknown, options?: DefectParseOptions): z.ZodSafeParseResult<Defect> {
  return DefectSchema.safeParse(input, { error: errorMap(readLocale(options)) });
}

/** One bad record of a batch. */
export interface InvalidDefectRecord {
  /** Its position in the batch (0-based). */
  readonly index: number;
  /** Where in the record the problem is, e.g. `['description']`. */
  readonly path: readonly PropertyKey[];
  /** What is wrong, in the chosen locale. */
  readonly message: string;
}

/** A batch of defect records split into the good ones and every problem of the bad ones. */
export interface ParsedDefects {
  /** The valid records, in input order. */
  readonly valid: readonly Defect[];
  /** The input index of each valid record. */
  readonly validIndexes: readonly number[];
  /** Every issue of every bad record, by record index then path. */
  readonly invalid: readonly InvalidDefectRecord[];
}

/**
 * Validates a batch of defect records: every bad record is reported with its index and
 * each issue's path and message; the good ones are kept.
 *
 * @rule DEF-WHAT
 * @example
 * ```ts
 * const b = parseDefects([goodDefect, { ...goodDefect, discipline: 'roofing' }], { locale: 'en' });
 * b.valid.length; // 1
 * b.invalid[0]?.path; // ['discipline']
 * ```
 */
export function parseDefects(inputs: readonly unknown[], options?: DefectParseOptions): ParsedDefects {
  const list = expectArray(inputs, ['inputs']);
  const error = errorMap(readLocale(options));
  const valid: Defect[] = [];
  const validIndexes: number[] = [];
  const invalid: InvalidDefectRecord[] = [];
  list.forEach((input, index) => {
    const r = DefectSchema.safeParse(input, { error });
    if (r.success) {
      valid.push(r.data);
      validIndexes.push(index);
    } else {
      for (const issue of r.error.issues) invalid.push({ index, path: issue.path, message: issue.message });
    }
  });
  return { valid, validIndexes, invalid };
}
