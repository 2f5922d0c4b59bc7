/**
 * A table's row (header -> cell text, as {@link openPlainRecords} gives it) read as a record
 * through its kind's field table, for the commands that act on the records they read
 * (`delivery kpis`, `defects recurrences`): header and value aliases, nested fields and
 * item columns as `validate` reads them. A column that names no field is a problem of the
 * row at that column (a figure computed without it would be wrong), as is a value the
 * import refuses.
 *
 * @module
 */

import { InvalidArgumentError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import { createRecordImporter } from '../records/createRecordImporter.js';
import type { FieldTable } from '../records/fieldTable.js';
import { createHeaderIndex } from '../records/headerIndex.js';

/** A cell that could not be read: its column (or field) and why, in the locale. */
export interface RowProblem {
  readonly path: string;
  readonly message: string;
}

/** Reads one row as a record: the record, and its problems (none when it was read). */
export type TableRowReader = (row: Readonly<Record<string, unknown>>) => {
  readonly value: unknown;
  readonly problems: readonly RowProblem[];
};

/** Builds the row reader of a field table; naive times are read as Asia/Shanghai, as the CLI does. */
export function createTableRowReader(fields: FieldTable, locale: Locale): TableRowReader {
  const importer = createRecordImporter(fields, { naiveTimes: 'asia-shanghai' });
  const headers = createHeaderIndex(fields);
  const en = locale === 'en';
  let lastKey: string | undefined;
  let headerProblems: RowProblem[] = [];
  return (row) => {
    const names = Object.keys(row);
    const key = names.join('\u0000');
    if (key !== lastKey) {
      lastKey = key;
      headerProblems = [];
      for (const name of names) {
        const meaning = headers.resolve(name);
        if (meaning.kind !== 'unknown') continue;
        const hint = meaning.suggestion;
        headerProblems.push({
          path: name,
          message: en
            ? `unknown column${hint === undefined ? '' : ` (did you mean '${hint}'?)`}`
            : `未知的列${hint === undefined ? '' : `（是否应为“${hint}”？）`}`,
        });
      }
      try {
        importer.readHeader(names);
      } catch (error) {
        if (!(error instanceof InvalidArgumentError)) throw error;
        headerProblems.push({ path: '', message: error.message.replace(/^header: /, '') });
      }
    }
    if (headerProblems.length > 0) return { value: undefined, problems: headerProblems };
    const imported = importer.readRow(
      names.map((n) => row[n]),
      'text',
    );
    const problems = (imported?.issues ?? []).map((i) => ({ path: i.field, message: i.message[locale] }));
    return { value: imported?.record, problems };
  };
}
