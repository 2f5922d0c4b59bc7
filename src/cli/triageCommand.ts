import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { toInstantMs } from '../calendar/days.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import type { Complaint } from '../complaints/schemas.js';
import { createComplaintTriageOfCheckedRecords } from '../complaints/triageComplaints.js';
import type { Locale } from '../core/reason.js';
import { PRESETS } from '../presets/index.js';
import { parsePolicy } from '../presets/parsePolicy.js';
import type { Policy } from '../presets/types.js';
import { createProblemTally } from '../records/createProblemTally.js';
import type { FieldMapping } from '../records/fieldMapping.js';
import type { NaiveTimePolicy } from '../records/readTime.js';
import { tickHeap } from './heap.js';
import { importNotes, importReport } from './importNotes.js';
import { UnreadableInputError } from './input/errors.js';
import { checkReadable } from './input/openRecords.js';
import { createOutput, createProgress } from './output.js';
import { readValidRecords } from './readValidRecords.js';
import { findRecordKind, type RecordKindEntry } from './recordKinds.js';
import type { CliIo } from './runCli.js';
import { RecordSpool, spoolSizeFor } from './spool.js';
import { textWidth } from './textWidth.js';
import { footer, header, row, type TriageFormat, tableWidths } from './triageOutput.js';

/** The options of `realty-crm triage`. */
export interface TriageOptions {
  readonly now: string;
  readonly policy: string;
  readonly format: 'table' | 'json' | 'csv';
  readonly locale: Locale;
  /** Print the groups, the invalid records and the summary only (table format). */
  readonly summaryOnly?: boolean | undefined;
  /** Times without an offset: read as Asia/Shanghai (the default) or refused. */
  readonly naiveTimes?: NaiveTimePolicy | undefined;
  /** A company's own column names and values (`--map`), checked. */
  readonly mapping?: FieldMapping | undefined;
  /** `--encoding`, `--sheet`, the record-size limit. */
  readonly encoding?: string | undefined;
  readonly sheet?: string | undefined;
  readonly maxRecordChars: number;
  /** The working-day calendar for every day count (the built-in one when absent). */
  readonly calendar?: WorkCalendar | undefined;
  /**
   * The text size past which pass 1 keeps the valid records in a temporary file instead of in
   * memory (`RecordSpool`'s default when absent). For tests of the temporary-file path.
   * @internal
   */
  readonly spoolChars?: number | undefined;
}

/** Reads `--policy`: a preset id or a policy.json file. */
export function readPolicyOption(value: string): Policy {
  if (Object.hasOwn(PRESETS, value)) return PRESETS[value as keyof typeof PRESETS];
  if (!value.endsWith('.json')) {
    throw new UnreadableInputError(
      `--policy must be one of ${Object.keys(PRESETS).join(', ')} or a .json file, got '${value}'`,
    );
  }
  checkReadable(value);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(value, 'utf8'));
  } catch {
    throw new UnreadableInputError(`${value} is not valid JSON`);
  }
  return parsePolicy(data);
}

/**
 * `realty-crm triage FILE`: every valid complaint with its category, follow-up role and
 * handling unit, deadlines with overdue flags at `--now`, and its severity with the group
 * findings of the whole file folded in (`triageComplaints` in two passes); then the group
 * findings, what the import interpreted, the invalid records grouped by field, and a
 * summary. Pass 1 reads, imports and validates each record once and keeps the valid ones
 * (in memory while small, then in a temporary file); pass 2 triages them and streams the
 * output. Exit status 1 when any record is invalid, 2 when the input cannot be read.
 */
export async function runTriageCommand(
  path: string | undefined,
  options: TriageOptions,
  io: CliIo,
  stdin: Readable,
): Promise<number> {
  if (path === undefined)
    throw new UnreadableInputError('give the complaints file to triage (or - for stdin)');
  const policy = readPolicyOption(options.policy);
  try {
    toInstantMs(options.now, ['--now']);
  } catch (error) {
    throw new UnreadableInputError(`--now: ${(error as Error).message.replace(/^--now: /, '')}`);
  }
  if (options.summaryOnly === true && options.format !== 'table') {
    throw new UnreadableInputError(
      "--summary-only prints the table format's summary: leave out --format json|csv",
    );
  }
  const entry = findRecordKind('complaint') as RecordKindEntry;
  const { now, locale } = options;
  const triage = createComplaintTriageOfCheckedRecords({
    now,
    policy,
    fallback: 'weekends-only',
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
  });
  const tally = createProblemTally();
  const spool = new RecordSpool(options.spoolChars ?? spoolSizeFor(path));
  const progress = createProgress(io, locale === 'en' ? 'reading' : '读取');
  let idWidth = 0;
  try {
    // Pass 1: import and validate each record once; count the groups; keep the valid ones.
    const read = await readValidRecords(
      path,
      entry,
      { ...options, naiveTimes: options.naiveTimes ?? 'asia-shanghai' },
      stdin,
      {
        valid(record, place, text) {
          const c = record as Complaint;
          triage.add(c, place.index);
          if (options.format === 'table') idWidth = Math.max(idWidth, textWidth(c.id));
          return spool.add(c, text);
        },
        invalid(problems, place) {
          for (const p of problems) tally.add(p.path, p.message, place);
          return undefined;
        },
      },
      progress.tick,
    );
    // Pass 2: triage each valid complaint, streamed out.
    const out = createOutput(io.stdout);
    const format: TriageFormat = {
      format: options.format,
      locale,
      now,
      summaryOnly: options.summaryOnly === true,
    };
    const widths = options.format === 'table' ? tableWidths(locale, idWidth) : [];
    await header(out, format, policy.id, widths);
    let first = true;
    for await (const batch of spool.read()) {
      for (const kept of batch) {
        tickHeap();
        const t = triage.triage((typeof kept === 'string' ? JSON.parse(kept) : kept) as Complaint);
        const wait = row(out, t, format, first, widths);
        if (wait !== undefined) await wait;
        first = false;
      }
    }
    progress.done();
    const s = triage.summary();
    await footer(out, (text) => io.stderr.write(text), {
      ...format,
      groups: triage.groups(),
      problems: tally.groups(),
      summary: {
        valid: s.complaints,
        invalid: read.invalid,
        byCategory: s.byCategory,
        byLevel: s.byLevel,
        majorGroups: s.majorGroups,
        overdue: s.overdue,
        fallbackUsed: s.fallbackUsed,
      },
      notes: importNotes(read.input, read.stats, locale),
      report: importReport(read.input, read.stats),
    });
    return read.invalid > 0 ? 1 : 0;
  } finally {
    spool.remove();
  }
}
