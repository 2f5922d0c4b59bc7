import { readFileSync } from 'node:fs';
import { InvalidArgumentError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import { type FieldMapping, parseFieldMapping } from '../records/fieldMapping.js';
import type { FieldTable } from '../records/fieldTable.js';
import { NAIVE_TIME_POLICIES, type NaiveTimePolicy } from '../records/readTime.js';
import { UnreadableInputError } from './input/errors.js';
import { checkReadable } from './input/openRecords.js';

/** The record-size limit when `--max-record-size` is not given: 1 Mi characters. */
export const DEFAULT_MAX_RECORD_CHARS = 1024 * 1024;

/** Reads `--max-record-size`: a number of characters, `k` or `m` for thousands (1024) or millions (1024²). */
export function readMaxRecordSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_RECORD_CHARS;
  const m = /^(\d{1,9})([km]?)$/i.exec(value.trim());
  const n =
    m === null
      ? Number.NaN
      : Number(m[1]) * (m[2]?.toLowerCase() === 'm' ? 1024 * 1024 : m[2] === '' ? 1 : 1024);
  if (!(n >= 1024 && n <= 256 * 1024 * 1024)) {
    throw new UnreadableInputError(
      `--max-record-size: expected a size from 1k to 256m characters (such as 512k or 4m), got '${value}'`,
    );
  }
  return n;
}

/** Reads `--naive-times`: `asia-shanghai` (the CLI's default) or `reject`. */
export function readNaiveTimes(value: string | undefined): NaiveTimePolicy {
  if (value === undefined) return 'asia-shanghai';
  if ((NAIVE_TIME_POLICIES as readonly string[]).includes(value)) return value as NaiveTimePolicy;
  throw new UnreadableInputError(`--naive-times: expected asia-shanghai or reject, got '${value}'`);
}

/** Reads and checks `--map mapping.json` against a record kind's field table. */
export function readMappingOption(
  path: string | undefined,
  table: FieldTable | undefined,
  locale: Locale,
): FieldMapping | undefined {
  if (path === undefined) return undefined;
  if (table === undefined)
    throw new UnreadableInputError(
      '--map: this record kind has no field table yet: name the columns as its fields',
    );
  checkReadable(path);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new UnreadableInputError(`--map: ${path} is not valid JSON`);
  }
  try {
    return parseFieldMapping(data, table, locale);
  } catch (error) {
    if (error instanceof InvalidArgumentError)
      throw new UnreadableInputError(`--map ${path}: ${error.message}`);
    throw error;
  }
}
