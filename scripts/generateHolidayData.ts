/**
 * Encodes the year files (`src/calendar/holidays/2008.ts` ...) into the compact form the
 * package ships, `src/calendar/holidays/builtInData.ts`.
 *
 *   npm run holidays              writes the file
 *   npm run holidays -- --check   exits 1 when the committed file is stale
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeHolidayYears } from '../src/calendar/holidays/compact.js';
import { HOLIDAY_YEAR_SOURCES } from '../src/calendar/holidays/sources.js';
import { findRepoRoot } from './generateSchemas.js';

export const HOLIDAY_DATA_FILE = 'src/calendar/holidays/builtInData.ts';

/** The text of `builtInData.ts`. */
export function renderHolidayData(): string {
  const years = HOLIDAY_YEAR_SOURCES.map((y) => y.year);
  const data = encodeHolidayYears(HOLIDAY_YEAR_SOURCES);
  // Single-quoted as the formatter writes it: the form holds no quote or backslash.
  if (/['\\]/.test(data)) throw new Error('the compact form holds a quote or a backslash');
  return `/**
 * The built-in holiday years ${years[0]}-${years.at(-1)} in the compact form of \`compact.ts\`.
 * Generated from the year files by scripts/generateHolidayData.ts (\`npm run holidays\`): do not edit.
 *
 * @internal
 * @module
 */

export const BUILT_IN_HOLIDAY_DATA =
${data
  .split('\n')
  .map((line, i, all) => `  '${line}${i < all.length - 1 ? "\\n' +" : "';"}`)
  .join('\n')}
`;
}

export function main(args: readonly string[]): void {
  const path = join(findRepoRoot(), HOLIDAY_DATA_FILE);
  const text = renderHolidayData();
  if (args.includes('--check')) {
    if (readFileSync(path, 'utf8') !== text) {
      process.stderr.write(`${HOLIDAY_DATA_FILE} is stale: run \`npm run holidays\` and commit it.\n`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(path, text);
  process.stdout.write(`wrote ${HOLIDAY_DATA_FILE}\n`);
}
