#!/usr/bin/env node
// Runs a TypeScript script of this repo on Node 20 (which cannot run .ts itself): bundles
// it with esbuild (already here through tsup) into a temporary ES module under .artifacts/
// (inside the repo, so that its imports resolve from node_modules) and imports it.
// Usage: node scripts/run-ts.mjs scripts/generateSchemas.ts [args...]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs <script.ts> [args...]\n');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
mkdirSync(join(root, '.artifacts'), { recursive: true });
const dir = mkdtempSync(join(root, '.artifacts', 'script-'));
const outfile = join(dir, 'script.mjs');
try {
  await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    packages: 'external',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  process.argv = [process.argv[0], resolve(entry), ...args];
  const mod = await import(pathToFileURL(outfile).href);
  if (typeof mod.main === 'function') await mod.main(args);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
