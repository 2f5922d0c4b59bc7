import { parseArgs } from 'node:util';
import { InvalidArgumentError, RealtyCrmError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import { runCalendarCommand } from './calendarCommand.js';

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown; isTTY?: boolean };
}

const USAGE = `Usage: realty-crm <command> [options]

Commands:
  calendar DAY... [--add-working-days N | --add-period 3m|7d|1w|1y] [--explain]
      The kind of each day (working day, weekend, holiday, makeup working day), or the
      deadline N working days or a Civil Code period after it, with the holidays skipped.

Options:
  --locale zh-CN|en   language of messages (default zh-CN)
  --format text|json  output format (default text)
  -h, --help          this help
`;

/** Runs the CLI with the given arguments; resolves to the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  try {
    switch (command) {
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
      default:
        io.stderr.write(`realty-crm: unknown command '${command}'\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    // Bad input is a one-line error and exit status 2, never a stack trace.
    if (
      error instanceof RealtyCrmError ||
      (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr.write(`realty-crm: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function readLocale(value: string | undefined): Locale {
  if (value === 'zh-CN' || value === 'en') return value;
  throw new InvalidArgumentError(['--locale'], `expected zh-CN or en, got '${value}'`);
}
