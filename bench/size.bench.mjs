// The size a user pays for each entry point: bundled with esbuild from the built package,
// minified and gzipped; once with our own code only (peer and runtime dependencies
// external), once with everything it pulls in.

import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entries = [
  [
    'realty-crm-rules/calendar: addWorkingDays only',
    "export { addWorkingDays } from './dist/calendar/index.js';",
  ],
  ['realty-crm-rules/calendar: everything', "export * from './dist/calendar/index.js';"],
];

async function size(contents, external) {
  const out = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    external,
    logLevel: 'silent',
  });
  const bytes = out.outputFiles[0].contents;
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}

console.log('\n## Bundle size (esbuild, minified, gzip -9)\n');
console.log('| entry | own code min | own code min+gz | with dependencies min | with dependencies min+gz |');
console.log('|---|---:|---:|---:|---:|');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [name, contents] of entries) {
  const own = await size(contents, ['zod', 'xstate', 'date-fns', '@date-fns/tz']);
  const all = await size(contents, []);
  console.log(`| ${name} | ${kb(own.min)} | ${kb(own.gz)} | ${kb(all.min)} | ${kb(all.gz)} |`);
}
