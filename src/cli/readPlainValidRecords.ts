/**
 * Pass 1 of `validate` for a record kind without a field table: its records read as they
 * are written ({@link openPlainRecords}), a table's row turned into the record by the
 * kind's own `fromCsv`, then checked by its schema; each valid one handed
 * on and each bad one's problems reported, one record at a time, never held.
 *
 * @module
 */

import type { Readable } from 'node:stream';
import type { ProblemPlace } from '../records/createProblemTally.js';
import type { ImportStats } from '../records/createRecordImporter.js';
import { maskQuotedValues } from './maskQuotedValues.js';
import { openPlainRecords } from './readRecords.js';
import type { ReadHandlers, ReadOptions, ReadResult } from './readValidRecords.js';
import type { RecordKindEntry } from './recordKinds.js';

/** No alias, naive time or renamed column: what a kind without a field table reports. */
const NO_IMPORT: ImportStats = Object.freeze({
  aliases: 0,
  naiveTimes: 0,
  renamedColumns: [],
  unknownColumns: [],
  moreUnknownColumns: 0,
  ignoredColumns: [],
});

/** Reads every record of `path` as `entry`'s kind (which has no field table), handing each on. */
export async function readPlainValidRecords(
  path: string,
  entry: RecordKindEntry,
  options: ReadOptions,
  stdin: Readable,
  handlers: ReadHandlers,
  tick?: (count: number) => void,
): Promise<ReadResult> {
  const { locale } = options;
  const plain = await openPlainRecords(path, stdin, options);
  let valid = 0;
  let invalid = 0;
  let count = 0;
  for await (const r of plain.records) {
    tick?.(++count);
    const place: ProblemPlace = r.line === undefined ? { index: r.index } : { index: r.index, line: r.line };
    let wait: Promise<void> | undefined;
    if (r.readError !== undefined) {
      invalid++;
      wait = handlers.invalid([{ path: '', message: r.readError }], place);
      if (wait !== undefined) await wait;
      continue;
    }
    const value =
      plain.format === 'csv' && entry.fromCsv !== undefined
        ? entry.fromCsv(r.value as Record<string, unknown>)
        : r.value;
    const parsed = entry.parse(value, { locale });
    if (parsed.success) {
      valid++;
      wait = handlers.valid(parsed.data, place, undefined);
    } else {
      invalid++;
      wait = handlers.invalid(
        parsed.error.issues.map((i) => ({
          path: i.path.map(String).join('.'),
          message: maskQuotedValues(i.message),
        })),
        place,
      );
    }
    if (wait !== undefined) await wait;
  }
  return { input: plain.input, stats: NO_IMPORT, valid, invalid };
}
