import type { Readable } from 'node:stream';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import type { Locale } from '../core/reason.js';
import { createProblemTally } from '../records/createProblemTally.js';
import type { FieldMapping } from '../records/fieldMapping.js';
import type { NaiveTimePolicy } from '../records/readTime.js';
import { importNotes, importReport } from './importNotes.js';
import { UnreadableInputError } from './input/errors.js';
import { createOutput } from './output.js';
import { problemLines } from './problemLines.js';
import { readValidRecords } from './readValidRecords.js';
import { findRecordKind, RECORD_KIND_ENTRIES } from './recordKinds.js';
import type { CliIo } from './runCli.js';

/** The options of `realty-crm validate`. */
export interface ValidateOptions {
  readonly kind: string;
  readonly locale: Locale;
  readonly format: 'text' | 'json';
  readonly naiveTimes?: NaiveTimePolicy | undefined;
  readonly mapping?: FieldMapping | undefined;
  readonly encoding?: string | undefined;
  readonly sheet?: string | undefined;
  readonly maxRecordChars: number;
  /** The working-day calendar (for kinds whose checks count days; none of the complaint's do). */
  readonly calendar?: WorkCalendar | undefined;
}

/**
 * `realty-crm validate FILE --kind complaint`: the problems of the bad records grouped by
 * field and message, each with how many records have it and where (text), or every problem
 * of every bad record streamed as JSON; then what the import interpreted and the counts.
 * Exit status 1 when any record is bad, 2 when the file cannot be read at all, 0 otherwise
 * (an input with no records is not an error).
 */
export async function runValidateCommand(
  path: string | undefined,
  options: ValidateOptions,
  io: CliIo,
  stdin: Readable,
): Promise<number> {
  if (path === undefined) throw new UnreadableInputError('give the file to validate (or - for stdin)');
  const entry = findRecordKind(options.kind);
  if (entry === undefined) {
    const kinds = RECORD_KIND_ENTRIES.map((e) => e.kind).join(', ');
    throw new UnreadableInputError(`--kind must be one of ${kinds}, got '${options.kind}'`);
  }
  const json = options.format === 'json';
  const out = createOutput(io.stdout);
  const tally = createProblemTally();
  let first = true;
  const read = await readValidRecords(
    path,
    entry,
    { ...options, naiveTimes: options.naiveTimes ?? 'asia-shanghai' },
    stdin,
    {
      valid: () => undefined,
      invalid(problems, place) {
        let wait: Promise<void> | undefined;
        for (const p of problems) {
          tally.add(p.path, p.message, place);
          if (!json) continue;
          // Every problem, streamed as it is found: memory stays bounded whatever the file.
          const item = JSON.stringify(
            {
              index: place.index,
              ...(place.line === undefined ? {} : { line: place.line }),
              path: p.path,
              message: p.message,
            },
            null,
            2,
          ).replace(/\n/g, '\n    ');
          wait = out.push(`${first ? '{\n  "problems": [\n    ' : ',\n    '}${item}`) ?? wait;
          first = false;
        }
        return wait;
      },
    },
  );
  if (json) {
    const byField = JSON.stringify(tally.groups(), null, 2).replace(/\n/g, '\n  ');
    const report = JSON.stringify(importReport(read.input, read.stats), null, 2).replace(/\n/g, '\n  ');
    await out.push(
      `${first ? '{\n  "problems": [' : '\n  '}],\n  "valid": ${read.valid},\n  "invalid": ${read.invalid},\n  "byField": ${byField},\n  "import": ${report}\n}\n`,
    );
    await out.flush();
  } else {
    const lines = problemLines(tally.groups(), options.locale, '');
    for (const n of importNotes(read.input, read.stats, options.locale)) lines.push(n);
    lines.push(
      options.locale === 'en'
        ? `${read.valid} valid, ${read.invalid} invalid ${read.invalid === 1 ? 'record' : 'records'}`
        : `有效记录 ${read.valid} 条，无效记录 ${read.invalid} 条`,
    );
    await out.push(`${lines.join('\n')}\n`);
    await out.flush();
  }
  return read.invalid > 0 ? 1 : 0;
}
