import { UnreadableInputError } from './errors.js';
import type { RawRecord } from './rawRecord.js';

/** The part of `read-excel-file/node` the CLI uses. */
export interface XlsxModule {
  readSheet(input: string | Buffer, sheet?: number | string): Promise<unknown[][]>;
}

/** A workbook larger than this is refused: `.xlsx` is read whole, so a big export belongs in CSV. */
export const MAX_XLSX_BYTES = 64 * 1024 * 1024;

/**
 * Loads the `.xlsx` reader, an optional peer dependency (`read-excel-file`): only a
 * workbook needs it, so it is loaded only when one is given, and its absence is one line
 * that says how to install it.
 */
export async function loadXlsxModule(): Promise<XlsxModule> {
  const m = (await import('read-excel-file/node').catch(() => undefined)) as XlsxModule | undefined;
  if (m !== undefined && typeof m.readSheet === 'function') return m;
  throw new UnreadableInputError(
    'reading .xlsx workbooks needs the optional package read-excel-file: npm i read-excel-file@9 (or save the sheet as CSV UTF-8)',
  );
}

const isEmptyCell = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * The rows of one sheet of a workbook (the first, or `sheet`: a 1-based number or a name):
 * the first non-empty row is the header; every later non-empty row a record, its line the
 * sheet's row number. Cells keep their types (text, numbers, booleans, dates).
 */
export async function* readXlsx(
  input: string | Buffer,
  options: { readonly name: string; readonly sheet?: string | undefined },
  load: () => Promise<XlsxModule> = loadXlsxModule,
): AsyncGenerator<RawRecord[]> {
  const xlsx = await load();
  const sheet =
    options.sheet === undefined ? 1 : /^\d+$/.test(options.sheet) ? Number(options.sheet) : options.sheet;
  let rows: unknown[][];
  try {
    rows = await xlsx.readSheet(input, sheet);
  } catch (error) {
    const what = error instanceof Error && /sheet/i.test(error.message) && options.sheet !== undefined;
    throw new UnreadableInputError(
      what
        ? `${options.name} has no sheet ${JSON.stringify(options.sheet)} (--sheet takes a sheet's name or its number from 1)`
        : `${options.name} is not a readable .xlsx workbook`,
    );
  }
  const out: RawRecord[] = [];
  let header = true;
  let index = 0;
  rows.forEach((cells, i) => {
    if (!Array.isArray(cells) || cells.every(isEmptyCell)) return;
    if (header) {
      header = false;
      out.push({ kind: 'header', cells, line: i + 1 });
      return;
    }
    out.push({ kind: 'row', index: index++, line: i + 1, cells, source: 'cell' });
  });
  for (let i = 0; i < out.length; i += 512) yield out.slice(i, i + 512);
}
