/**
 * Pass 1 of `triage` and `validate`: an input opened, its records imported (headers,
 * aliases, naive times) and checked, each valid one handed on and each bad one's problems
 * reported, one record at a time, never held.
 *
 * @module
 */

import type { Readable } from 'node:stream';
import { InvalidArgumentError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import type { ProblemPlace } from '../records/createProblemTally.js';
import { headerText, type ImportStats } from '../records/createRecordImporter.js';
import { createRecordIntake, type RecordIssue } from '../records/createRecordIntake.js';
import type { FieldMapping } from '../records/fieldMapping.js';
import type { NaiveTimePolicy } from '../records/readTime.js';
import { tickHeap } from './heap.js';
import { UnreadableInputError } from './input/errors.js';
import { type OpenedInput, openRecords } from './input/openRecords.js';
import { maskCellText } from './maskCellText.js';
import { maskQuotedValues } from './maskQuotedValues.js';
import { readPlainValidRecords } from './readPlainValidRecords.js';
import type { RecordKindEntry } from './recordKinds.js';

/** How pass 1 reads. */
export interface ReadOptions {
  readonly locale: Locale;
  readonly naiveTimes: NaiveTimePolicy;
  readonly mapping?: FieldMapping | undefined;
  readonly encoding?: string | undefined;
  readonly sheet?: string | undefined;
  readonly maxRecordChars: number;
}

/** What pass 1 hands on. */
export interface ReadHandlers {
  /** A valid record, and its JSON text on one line when it is the input's own, unchanged. */
  valid(record: unknown, place: ProblemPlace, text: string | undefined): Promise<void> | undefined;
  /** A bad record and every problem of it. */
  invalid(problems: readonly RecordIssue[], place: ProblemPlace): Promise<void> | undefined;
}

/** What pass 1 read. */
export interface ReadResult {
  readonly input: OpenedInput;
  readonly stats: ImportStats;
  readonly valid: number;
  readonly invalid: number;
}

const shape = (width: number, found: number) => ({
  'zh-CN': `应有${width}个单元格，实际${found}个`,
  en: `expected ${width} cells, found ${found}`,
});

/** Reads every record of `path` as `entry`'s kind, handing each on; resolves when the input ends. */
export async function readValidRecords(
  path: string,
  entry: RecordKindEntry,
  options: ReadOptions,
  stdin: Readable,
  handlers: ReadHandlers,
  tick?: (count: number) => void,
): Promise<ReadResult> {
  const fields = entry.fields;
  if (fields === undefined) return readPlainValidRecords(path, entry, options, stdin, handlers, tick);
  const input = await openRecords(path, options, stdin);
  const intake = createRecordIntake(
    { fields, parse: entry.parse },
    {
      locale: options.locale,
      naiveTimes: options.naiveTimes,
      ...(options.mapping === undefined ? {} : { mapping: options.mapping }),
    },
  );
  const importer = intake.importer;
  let valid = 0;
  let invalid = 0;
  let count = 0;
  for await (const batch of input.batches) {
    for (const raw of batch) {
      if (raw.kind === 'header') {
        try {
          importer.readHeader(raw.cells);
        } catch (error) {
          if (error instanceof InvalidArgumentError) {
            throw new UnreadableInputError(`${input.name}: ${error.message.replace(/^header: /, '')}`);
          }
          throw error;
        }
        if (!importer.knowsAnyColumn) {
          const first = raw.cells
            .slice(0, 5)
            .map(headerText)
            .filter((c) => c !== '')
            .map((c) => (entry.personal === true ? maskCellText(c) : c));
          throw new UnreadableInputError(
            `${input.name}: no column is a field of a ${entry.label.en} record (the first row has ${first.length === 0 ? 'no names' : first.join(', ')}): is the header row missing, or are the columns named another way (--map)?`,
          );
        }
        continue;
      }
      tick?.(++count);
      tickHeap();
      // The raw record is its own place (index and line): no object per record for it.
      const place: ProblemPlace = raw;
      if (raw.kind === 'unreadable') {
        invalid++;
        const wait = handlers.invalid([{ path: '', message: raw.message[options.locale] }], place);
        if (wait !== undefined) await wait;
        continue;
      }
      const imported =
        raw.kind === 'json' ? importer.readObject(raw.value) : importer.readRow(raw.cells, raw.source);
      if (imported === undefined) {
        invalid++;
        const found = raw.kind === 'row' ? raw.cells.length : 0;
        const wait = handlers.invalid(
          [{ path: '', message: shape(importer.width, found)[options.locale] }],
          place,
        );
        if (wait !== undefined) await wait;
        continue;
      }
      const outcome = intake.take(imported);
      if (outcome.ok) {
        valid++;
        const text =
          raw.kind === 'json' && imported.changed !== true && outcome.record === imported.record
            ? raw.text
            : undefined;
        const wait = handlers.valid(outcome.record, place, text);
        if (wait !== undefined) await wait;
      } else {
        invalid++;
        // A value a message quotes may be a name or a phone typed in the wrong column (CUS-PRIVACY).
        const problems = outcome.problems.map((p) => ({
          path: p.path,
          message: maskQuotedValues(p.message),
        }));
        const wait = handlers.invalid(problems, place);
        if (wait !== undefined) await wait;
      }
    }
  }
  return { input, stats: importer.stats(), valid, invalid };
}
