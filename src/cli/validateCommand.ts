import type { Readable } from 'node:stream';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import type { Locale } from '../core/reason.js';
import { checkReadable, formatOf, openInput, readRecords, UnreadableInputError } from './readRecords.js';
import { findRecordKind, RECORD_KIND_ENTRIES } from './recordKinds.js';
import type { CliIo } from './runCli.js';
import { sniffStdin } from './stdin.js';

/** The options of `realty-crm validate`. */
export interface ValidateOptions {
  readonly kind: string;
  /** The working-day calendar (`--calendar`), for record kinds whose checks count days. */
  readonly calendar?: WorkCalendar;
  readonly locale: Locale;
  readonly format: 'text' | 'json';
}

/**
 * `realty-crm validate FILE --kind complaint`: every bad record with its index (and line),
 * the field path and a message in the chosen locale; the good ones counted. Exit status 1
 * when any record is bad, 2 when the file cannot be read or parsed at all, 0 otherwise.
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
  checkReadable(path);
  const { stream, firstChar } =
    path === '-' ? await sniffStdin(stdin) : { stream: openInput(path, stdin), firstChar: undefined };
  const format = formatOf(path, firstChar);
  let valid = 0;
  let invalidRecords = 0;
  const problems: { index: number; line?: number; path: string; message: string }[] = [];
  const report = (p: { index: number; line?: number; path: string; message: string }) => {
    if (options.format === 'json') problems.push(p);
    else
      io.stdout.write(
        `${options.locale === 'en' ? 'record' : '记录'} ${p.index}${p.line === undefined ? '' : ` (${options.locale === 'en' ? 'line' : '行'} ${p.line})`}: ${p.path === '' ? '(record)' : p.path}: ${p.message}\n`,
      );
  };
  for await (const r of readRecords(stream, format)) {
    const where = r.line === undefined ? { index: r.index } : { index: r.index, line: r.line };
    if (r.readError !== undefined) {
      invalidRecords++;
      report({ ...where, path: '', message: r.readError });
      continue;
    }
    let value =
      format === 'csv' && entry.fromCsv !== undefined
        ? entry.fromCsv(r.value as Record<string, unknown>)
        : r.value;
    if (format === 'csv' && entry.fromCsvRow !== undefined) {
      const converted = entry.fromCsvRow(value as Record<string, unknown>, options.locale);
      if (converted.problems.length > 0) {
        invalidRecords++;
        for (const p of converted.problems) report({ ...where, path: p.path, message: p.message });
        continue;
      }
      value = converted.value;
    }
    const parsed = entry.parse(value, { locale: options.locale });
    if (parsed.success) {
      valid++;
      continue;
    }
    invalidRecords++;
    for (const issue of parsed.error.issues)
      report({ ...where, path: issue.path.map(String).join('.'), message: issue.message });
  }
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify({ valid, invalid: invalidRecords, problems }, null, 2)}\n`);
  } else {
    io.stdout.write(
      options.locale === 'en'
        ? `${valid} valid, ${invalidRecords} invalid ${invalidRecords === 1 ? 'record' : 'records'}\n`
        : `有效记录 ${valid} 条，无效记录 ${invalidRecords} 条\n`,
    );
  }
  return invalidRecords > 0 ? 1 : 0;
}
