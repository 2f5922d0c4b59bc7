import process from 'node:process';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { computeCalendarCoverage } from '../calendar/computeCalendarCoverage.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { CalendarCoverageError, InvalidArgumentError, RealtyCrmError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import { runCalendarCommand } from './calendarCommand.js';
import { CUSTOMERS_USAGE, runCustomersCommand } from './customersCommand.js';
import { runDefectsRecurCommand } from './defectsCommand.js';
import { runDeliveryKpisCommand, runDeliveryScheduleCommand } from './deliveryCommand.js';
import { UnreadableInputError } from './input/errors.js';
import { readCalendarFiles } from './readCalendarFiles.js';
import { readMappingOption, readMaxRecordSize, readNaiveTimes } from './readImportOptions.js';
import { findRecordKind, RECORD_KIND_ENTRIES } from './recordKinds.js';
import { runSchemaCommand } from './schemaCommand.js';
import { runTriageCommand } from './triageCommand.js';
import { runValidateCommand } from './validateCommand.js';
import { runWarrantyCommand } from './warrantyCommand.js';

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
              [--calendar notice.json]...
      Triage complaints from a JSON array, JSON Lines, CSV/TSV or .xlsx file (- for
      stdin): category, follow-up role, handling unit, deadlines with overdue flags,
      severity with the group findings of the whole file; then the groups, the invalid
      records grouped by field, and a summary. Exit 1 if any record is invalid.
  validate FILE --kind complaint|customer|repair-order|household-delivery|
                  delivery-risk-check|opening-risk-check|defect [--locale zh-CN|en]
                  [--format text|json] [--calendar notice.json]...
      The bad records' problems grouped by field, with counts and example rows (json:
      every problem). Exit 1 if any record is bad, 2 if the file cannot be read at all.
  calendar DAY... [--add-working-days N | --add-period 3m|7d|1w|1y] [--explain] [--fallback]
                  [--format text|json] [--calendar notice.json]... [--now ISO]
      The kind of each day, or the deadline after it with the holidays it skipped;
      --fallback counts weekends only in years without a State Council notice.
  calendar --coverage [--now ISO] [--calendar notice.json]...
      The first and last day the calendar covers and, with --now, how many days remain.
  schema [--kind complaint|customer|repair-order|household-delivery|delivery-risk-check|
                opening-risk-check|defect (each also with -batch)|holiday-year]
      The JSON Schema of a record kind (or of a batch of them), or of a holiday notice file.
  warranty --delivered DAY [--accepted DAY] [--city beijing] [--heating-season 11-15..03-15]
           [--cooling-season 06-01..09-30] [--design-life 50] [--policy ...] [--format table|json]
      Every component's warranty end with the clock that binds (the contractor's from the
      completion acceptance, the 1998 minimum or the developer's promise from delivery),
      and the owner, contractor and inspection duties before it (* an estimate where the
      year has no holiday notice yet).
  delivery schedule DAY [--first-delivery] [--region beijing] [--pre-inspection yes|no]
                    [--mailed-on DAY] [--centralized-ends DAY] [--policy ...]
                    [--format table|json|ics] [--explain] [--now ISO] [--uid-prefix ID]
      Every milestone of a delivery on DAY with its due day and owner (DLV-*): counted
      back over holidays; --format ics writes a calendar file (--now sets its DTSTAMP).
  delivery kpis FILE --from DAY --to DAY [--format table|json]
      The delivery summary's figures over household records (JSON, JSON Lines, CSV with
      one count column per discipline, e.g. repairs.plumbing).
  defects recur FILE --handbook handbook.json|sol [--threshold 0.8] [--limit N]
                [--policy sinoOcean2008|aoyuan2014|generic|policy.json] [--format text|json|csv]
      Each new defect (a description, and its id, discipline, component, location) against
      a defect handbook (a JSON array of cases, or sol for SOL's four old problems): the
      cases it repeats, with scores and the shared n-grams. Exit 1 if a record is bad.
${CUSTOMERS_USAGE}
Reading files (triage and validate):
  --encoding utf-8|gb18030       the text encoding (default: detected; GBK is read as GB18030)
  --sheet NAME|N                 the sheet of an .xlsx workbook (default: the first)
  --map mapping.json             a company's own column names and values
  --naive-times asia-shanghai|reject
                                 times without an offset: read as Asia/Shanghai (default) or refuse
  --max-record-size SIZE         the largest record, in characters (default 1m)

Options:
  --calendar FILE     a State Council holiday notice as JSON (schemas/holiday-year.schema.json),
                      one year per file, added to the built-in years; repeatable
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
            calendar: { type: 'string', multiple: true },
          },
        });
        const locale = readLocale(values.locale);
        const now = values.now ?? clock().toISOString();
        const loaded = readCalendarFiles(values.calendar, locale);
        if (loaded !== undefined) io.stderr.write(`realty-crm: ${loaded.note}\n`);
        const status = await runTriageCommand(
          positionals[0],
          {
            now,
            policy: values.policy ?? 'sinoOcean2008',
            format: readChoice('--format', values.format, ['table', 'json', 'csv'] as const),
            locale,
            summaryOnly: values['summary-only'],
            ...readImport(values, 'complaint', locale),
            ...(loaded === undefined ? {} : { calendar: loaded.calendar }),
          },
          io,
          stdin,
        );
        // After the output, and only when the command ran: one line, on stderr.
        warnCoverageEnding(io, loaded?.calendar, now, locale);
        return status;
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
            calendar: { type: 'string', multiple: true },
          },
        });
        const locale = readLocale(values.locale);
        const kind = values.kind ?? 'complaint';
        const loaded = readCalendarFiles(values.calendar, locale);
        if (loaded !== undefined) io.stderr.write(`realty-crm: ${loaded.note}\n`);
        return await runValidateCommand(
          positionals[0],
          {
            kind,
            locale,
            format: readChoice('--format', values.format, ['text', 'json'] as const),
            ...readImport(values, kind, locale),
            ...(loaded === undefined ? {} : { calendar: loaded.calendar }),
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
            coverage: { type: 'boolean', default: false },
            now: { type: 'string' },
            calendar: { type: 'string', multiple: true },
          },
        });
        const locale = readLocale(values.locale);
        const { calendar: files, ...flags } = values;
        const loaded = readCalendarFiles(files, locale);
        const status = runCalendarCommand(
          positionals,
          {
            ...flags,
            locale,
            ...(loaded === undefined ? {} : { calendar: loaded.calendar, calendarNote: loaded.note }),
          },
          io,
        );
        if (values.now !== undefined) warnCoverageEnding(io, loaded?.calendar, values.now, locale);
        return status;
      }
      case 'schema': {
        const { values } = parseArgs({
          args: [...rest],
          options: { kind: { type: 'string', default: 'complaint' } },
        });
        return runSchemaCommand(values.kind ?? 'complaint', io);
      }
      case 'delivery': {
        const [sub, ...args] = rest;
        const { values, positionals } = parseArgs({
          args,
          allowPositionals: true,
          options: {
            'first-delivery': { type: 'boolean', default: false },
            region: { type: 'string' },
            'pre-inspection': { type: 'string' },
            'mailed-on': { type: 'string' },
            'centralized-ends': { type: 'string' },
            policy: { type: 'string', default: 'sinoOcean2008' },
            format: { type: 'string', default: 'table' },
            locale: { type: 'string', default: 'zh-CN' },
            explain: { type: 'boolean', default: false },
            fallback: { type: 'boolean', default: false },
            now: { type: 'string' },
            'uid-prefix': { type: 'string' },
            from: { type: 'string' },
            to: { type: 'string' },
          },
        });
        const locale = readLocale(values.locale);
        if (sub === 'schedule') {
          return runDeliveryScheduleCommand(
            positionals[0],
            {
              firstDelivery: values['first-delivery'] ?? false,
              region: values.region,
              preInspection:
                values['pre-inspection'] === undefined
                  ? undefined
                  : readChoice('--pre-inspection', values['pre-inspection'], ['yes', 'no'] as const),
              mailedOn: values['mailed-on'],
              centralizedEnds: values['centralized-ends'],
              policy: values.policy ?? 'sinoOcean2008',
              format: readChoice('--format', values.format, ['table', 'json', 'ics'] as const),
              locale,
              explain: values.explain ?? false,
              fallback: values.fallback ?? false,
              now: values.now ?? clock().toISOString(),
              uidPrefix: values['uid-prefix'],
            },
            io,
          );
        }
        if (sub === 'kpis') {
          return await runDeliveryKpisCommand(
            positionals[0],
            {
              from: values.from,
              to: values.to,
              format: readChoice('--format', values.format, ['table', 'json'] as const),
              locale,
            },
            io,
            stdin,
          );
        }
        throw new InvalidArgumentError(['delivery'], `expected 'schedule' or 'kpis', got '${sub ?? ''}'`);
      }
      case 'warranty': {
        const { values } = parseArgs({
          args: [...rest],
          options: {
            delivered: { type: 'string' },
            accepted: { type: 'string' },
            city: { type: 'string' },
            'heating-season': { type: 'string' },
            'cooling-season': { type: 'string' },
            'design-life': { type: 'string' },
            policy: { type: 'string', default: 'sinoOcean2008' },
            format: { type: 'string', default: 'table' },
            locale: { type: 'string', default: 'zh-CN' },
          },
        });
        return runWarrantyCommand(
          {
            ...values,
            policy: values.policy ?? 'sinoOcean2008',
            format: readChoice('--format', values.format, ['table', 'json'] as const),
            locale: readLocale(values.locale),
          },
          io,
        );
      }
      case 'customers':
        return await runCustomersCommand(rest, io, stdin, clock);
      case 'defects': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: {
            handbook: { type: 'string' },
            threshold: { type: 'string' },
            limit: { type: 'string' },
            policy: { type: 'string', default: 'sinoOcean2008' },
            format: { type: 'string', default: 'text' },
            locale: { type: 'string', default: 'zh-CN' },
          },
        });
        if (positionals[0] !== 'recur') {
          io.stderr.write(`realty-crm: defects has one subcommand, recur\n\n${USAGE}`);
          return 2;
        }
        return await runDefectsRecurCommand(
          positionals[1],
          {
            handbook: values.handbook,
            threshold: values.threshold,
            limit: values.limit,
            policy: values.policy ?? 'sinoOcean2008',
            format: readChoice('--format', values.format, ['text', 'json', 'csv'] as const),
            locale: readLocale(values.locale),
          },
          io,
          stdin,
        );
      }
      default:
        io.stderr.write(`realty-crm: unknown command '${command}'\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    // Bad input is a one-line error and exit status 2, never a stack trace.
    if (error instanceof CalendarCoverageError) {
      io.stderr.write(
        `realty-crm: the working-day calendar does not cover ${error.year} (needed ${error.day}): no State Council notice for it is built in or given. Give its notice with --calendar notice.json, or pass --fallback to count weekends only (an estimate).\n`,
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

/**
 * One warning line on stderr when `now` is within 45 days of the calendar's last covered day
 * (`LAW-COVERAGE`), or past it. A `now` that cannot be read is left to the command to report.
 */
function warnCoverageEnding(
  io: CliIo,
  calendar: WorkCalendar | undefined,
  now: string,
  locale: Locale,
): void {
  let coverage: ReturnType<typeof computeCalendarCoverage>;
  try {
    coverage = computeCalendarCoverage(calendar === undefined ? { now } : { calendar, now });
  } catch (error) {
    if (error instanceof RealtyCrmError) return;
    throw error;
  }
  if (!coverage.endingSoon) return;
  const reason = coverage.reasons.at(-1);
  if (reason !== undefined)
    io.stderr.write(`realty-crm: ${locale === 'en' ? 'warning' : '警告'}: ${reason.message[locale]}\n`);
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

function isFileError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && Object.hasOwn(FILE_ERRORS, String(error.code));
}
