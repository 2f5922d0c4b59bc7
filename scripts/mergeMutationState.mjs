#!/usr/bin/env node
// Merges the mutation reports of runs made one file at a time
//   npx stryker run stryker.config.mjs --mutate src/calendar/days.ts --incrementalFile stryker/parts/days.json
// into the state the next `npm run test:mutation` starts from (stryker/incremental.json), so
// that a machine too busy for one long run can still build the state piece by piece. A later
// part's file replaces an earlier one's; test files are taken from the latest part.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../stryker/', import.meta.url).pathname;
const parts = readdirSync(join(dir, 'parts'))
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((n) => JSON.parse(readFileSync(join(dir, 'parts', n), 'utf8')));
if (parts.length === 0) {
  process.stderr.write('no reports in stryker/parts/\n');
  process.exit(1);
}
const merged = { ...parts[0], files: {}, testFiles: {} };
for (const part of parts) {
  Object.assign(merged.files, part.files);
  Object.assign(merged.testFiles, part.testFiles ?? {});
}
writeFileSync(join(dir, 'incremental.json'), `${JSON.stringify(merged, null, 2)}\n`);
for (const [file, { mutants }] of Object.entries(merged.files)) {
  const count = (s) => mutants.filter((m) => s.includes(m.status)).length;
  const detected = count(['Killed', 'Timeout']);
  const valid = detected + count(['Survived', 'NoCoverage']);
  process.stdout.write(`${file}: ${((100 * detected) / valid).toFixed(1)}% (${detected} of ${valid})\n`);
}
