import process from 'node:process';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { CalendarCoverageError, InvalidArgumentError, RealtyCrmError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import { runCalendarCommand } from './calendarCommand.js';
import { UnreadableInputError } from './input/errors.js';
import { readMappingOption, readMaxRecordSize, readNaiveTimes } from './readImportOptions.js';
import { findRecordKind, RECORD_KIND_ENTRIES } from './recordKinds.js';
import { runSchemaCommand } from './schemaCommand.js';
import { runTriageCommand } from './triageCommand.js';
import { runValidateCommand } from './validateCommand.js';

/** Where the CLI reads and writes. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stdin?: Readable;
}

const USAGE = `Usage: realty-crm <command> [options]

Commands:
  triage FILE [--now ISO] [--policy sinoOcean2008|aoyuan2014|generic|policy.json]
              [--format table|json|csv] [--summary-only] [--locale zh-CN|en]
      Triage complaints from a JSON array, JSON Lines, CSV/TSV or .xlsx file (- for
      stdin): category, follow-up role, handling unit, deadlines with overdue flags,
      severity with the group findings of the whole file; then the groups, the invalid
      records grouped by field, and a summary. Exit 1 if any record is invalid.
  validate FILE --kind complaint [--locale zh-CN|en] [--format text|json]
      The bad records' problems grouped by field, with counts and example rows (json:
      every problem). Exit 1 if any record is bad, 2 if the file cannot be read at all.
  calendar DAY... [--add-working-days N | --add-period 3m|7d|1w|1y] [--explain] [--fallback]
                  [--format text|json]
      The kind of each day, or the deadline after it with the holidays it skipped;
      --fallback counts weekends only in years without a State Council notice.
  schema [--kind complaint|complaint-batch]
      The JSON Schema of a record kind (or of a batch of them).

Reading files (triage and validate):
  --encoding utf-8|gb18030       the text encoding (default: detected; GBK is read as GB18030)
  --sheet NAME|N                 the sheet of an .xlsx workbook (default: the first)
  --map mapping.json             a company's own column names and values
  --naive-times asia-shanghai|reject
                                 times without an offset: read as Asia/Shanghai (default) or refuse
  --max-record-size SIZE         the largest record, in characters (default 1m)

Options:
  --locale zh-CN|en   language of messages (default zh-CN)
  -h, --help          this help

Exit status: 0 every record valid (or none), 1 some record invalid, 2 the input or an
option cannot be used (nothing is judged).
`;

function readLocale(value: string | undefined): Locale {
  if (value === 'zh-CN' || value === 'en') return value;
  throw new InvalidArgumentError(['--locale'], `expected zh-CN or en, got '${value}'`);
}

function readChoice<T extends string>(flag: string, value: string | undefined, choices: readonly T[]): T {
  if (value !== undefined && (choices as readonly string[]).includes(value)) return value as T;
  throw new InvalidArgumentError([flag], `expected one of ${choices.join(', ')}, got '${value}'`);
}

/** Runs the CLI with the given arguments; resolves to the exit status. `now` is the clock, read only here. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  clock: () => Date = () => new Date(),
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  const stdin = io.stdin ?? (process.stdin as Readable);
  try {
    switch (command) {
      case 'triage': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: {
            now: { type: 'string' },
            policy: { type: 'string', default: 'sinoOcean2008' },
            format: { type: 'string', default: 'table' },
            locale: { type: 'string', default: 'zh-CN' },
            'summary-only': { type: 'boolean', default: false },
            ...IMPORT_OPTIONS,
          },
        });
        const locale = readLocale(values.locale);
        return await runTriageCommand(
          positionals[0],
          {
            now: values.now ?? clock().toISOString(),
            policy: values.policy ?? 'sinoOcean2008',
            format: readChoice('--format', values.format, ['table', 'json', 'csv'] as const),
            locale,
            summaryOnly: values['summary-only'],
            ...readImport(values, 'complaint', locale),
          },
          io,
          stdin,
        );
      }
      case 'validate': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: {
            kind: { type: 'string', default: 'complaint' },
            locale: { type: 'string', default: 'zh-CN' },
            format: { type: 'string', default: 'text' },
            ...IMPORT_OPTIONS,
          },
        });
        const locale = readLocale(values.locale);
        const kind = values.kind ?? 'complaint';
        return await runValidateCommand(
          positionals[0],
          {
            kind,
            locale,
            format: readChoice('--format', values.format, ['text', 'json'] as const),
            ...readImport(values, kind, locale),
          },
          io,
          stdin,
        );
      }
      case 'calendar': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: {
            'add-working-days': { type: 'string' },
            'add-period': { type: 'string' },
            explain: { type: 'boolean', default: false },
            locale: { type: 'string', default: 'zh-CN' },
            format: { type: 'string', default: 'text' },
            fallback: { type: 'boolean', default: false },
          },
        });
        return runCalendarCommand(positionals, { ...values, locale: readLocale(values.locale) }, io);
      }
      case 'schema': {
        const { values } = parseArgs({
          args: [...rest],
          options: { kind: { type: 'string', default: 'complaint' } },
        });
        return runSchemaCommand(values.kind ?? 'complaint', io);
      }
      default:
        io.stderr.write(`realty-crm: unknown command '${command}'\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    // Bad input is a one-line error and exit status 2, never a stack trace.
    if (error instanceof CalendarCoverageError) {
      io.stderr.write(
        `realty-crm: the working-day calendar does not cover ${error.year} (needed ${error.day}): no State Council notice for it is built in. Pass --fallback to count weekends only (an estimate).\n`,
      );
      return 2;
    }
    if (error instanceof RealtyCrmError || isParseArgsError(error)) {
      io.stderr.write(`realty-crm: ${oneLine((error as Error).message)}\n`);
      return 2;
    }
    if (isFileError(error)) {
      const e = error as NodeJS.ErrnoException;
      io.stderr.write(
        `realty-crm: ${FILE_ERRORS[String(e.code)] ?? 'cannot read or write a file'}${e.path === undefined ? '' : `: ${e.path}`}\n`,
      );
      return 2;
    }
    // Never a raw JavaScript error or a stack trace: one line, and the stack on request.
    io.stderr.write(
      `realty-crm: an internal error stopped the run (${error instanceof Error ? error.name : typeof error}); please report it with the command you ran${process.env.REALTY_CRM_DEBUG ? `\n${error instanceof Error ? error.stack : String(error)}` : ' (REALTY_CRM_DEBUG=1 shows the details)'}\n`,
    );
    return 2;
  }
}

/** A message on one line, at most 500 characters. */
function oneLine(message: string): string {
  const s = message.replace(/\s*\n\s*/g, ' ');
  return s.length > 500 ? `${s.slice(0, 500)}…` : s;
}

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'a folder, not a file',
  ENOTDIR: 'not a folder',
  EMFILE: 'too many open files',
  ENOSPC: 'no space left on the device (the temporary file of a large triage)',
  EPIPE: 'the output was closed',
  EIO: 'an input/output error',
};

/** The options of every command that reads records. */
const IMPORT_OPTIONS = {
  encoding: { type: 'string' },
  sheet: { type: 'string' },
  map: { type: 'string' },
  'naive-times': { type: 'string' },
  'max-record-size': { type: 'string' },
} as const;

/** The import options, read and checked. */
function readImport(
  values: {
    encoding?: string | undefined;
    sheet?: string | undefined;
    map?: string | undefined;
    'naive-times'?: string | undefined;
    'max-record-size'?: string | undefined;
  },
  kind: string,
  locale: Locale,
) {
  const entry = findRecordKind(kind);
  if (entry === undefined) {
    const kinds = RECORD_KIND_ENTRIES.map((e) => e.kind).join(', ');
    throw new UnreadableInputError(`--kind must be one of ${kinds}, got '${kind}'`);
  }
  return {
    encoding: values.encoding,
    sheet: values.sheet,
    mapping: readMappingOption(values.map, entry.fields, locale),
    naiveTimes: readNaiveTimes(values['naive-times']),
    maxRecordChars: readMaxRecordSize(values['max-record-size']),
  };
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

function isFileError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && Object.hasOwn(FILE_ERRORS, String(error.code));
}
