#!/usr/bin/env node
// Builds the documentation site into docs/.vitepress/dist (`npm run docs`, after
// `npm run docs:generate` has written the generated pages):
// 1. the package's build (dist/) when it is missing or older than src/: the try-it page
//    runs the built package;
// 2. each entry of the package bundled for the browser with esbuild (platform browser,
//    minified): a Node built-in or anything else that does not bundle fails the site build;
// 3. typedoc: the API reference into docs/public/api (VitePress copies public/ into the
//    site, and the guides' function names link there); any warning fails (typedoc.json);
// 4. VitePress: docs/zh-CN at the root, docs/en under /en/, search indexes, the try-it
//    page bundled with the package (docs/.vitepress/config.mts);
// 5. the JSON Schema files under schemas/, where their `$id`s point.
// SITE_BASE=/sub/path/ builds the site for a sub-path (default `/`).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const docs = join(root, 'docs');
const out = join(docs, '.vitepress', 'dist');
const api = join(docs, 'public', 'api');
const base = process.env.SITE_BASE ?? '/';
const require = createRequire(import.meta.url);
const started = Date.now();

function fail(message) {
  process.stderr.write(`docs: ${message}\n`);
  process.exit(1);
}
function run(what, args, env = process.env) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) fail(`${what} failed (exit ${r.status ?? r.signal})`);
}
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

// 1. The built package.
const distIndex = join(root, 'dist', 'index.js');
if (!existsSync(distIndex) || statSync(distIndex).mtimeMs < newest(join(root, 'src'))) {
  process.stdout.write('docs: dist/ is missing or older than src/: building the package\n');
  run('the package build', [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js')]);
}

// 2. Every entry of the package bundles for the browser.
const esbuild = await import('esbuild');
const pkg = require(join(root, 'package.json'));
const entries = Object.entries(pkg.exports)
  .filter(([, v]) => typeof v === 'object' && v.import !== undefined)
  .map(([subpath, v]) => [subpath, join(root, v.import.default)]);
const sizes = [];
for (const [subpath, file] of entries) {
  const result = await esbuild
    .build({
      entryPoints: [file],
      bundle: true,
      write: false,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
    })
    .catch((error) => {
      const errors = (error.errors ?? []).map((e) => `  ${e.location?.file ?? ''}: ${e.text}`).join('\n');
      fail(`the package does not bundle for the browser (${subpath}, ${relative(root, file)}):\n${errors}`);
    });
  sizes.push(`${subpath} ${(gzipSync(result.outputFiles[0].contents).length / 1024).toFixed(1)} KB`);
}
process.stdout.write(
  `docs: every entry bundles for the browser (esbuild, minified, gzipped, with zod, xstate, date-fns): ${sizes.join(', ')}\n`,
);

// 3. The API reference, with a link back to the guides.
rmSync(api, { recursive: true, force: true });
const options = join(tmpdir(), `realty-crm-typedoc-${process.pid}.json`);
writeFileSync(
  options,
  JSON.stringify({ extends: [join(root, 'typedoc.json')], navigationLinks: { '文档 · Docs': base } }),
);
run('typedoc', [
  join(dirname(require.resolve('typedoc/package.json')), 'bin', 'typedoc'),
  '--options',
  options,
]);
rmSync(options, { force: true });

// 4. The site.
const vitepress = join(dirname(require.resolve('vitepress/package.json')), 'bin', 'vitepress.js');
run('vitepress', [vitepress, 'build', 'docs']);

// 5. The JSON Schema files at their $id.
mkdirSync(join(out, 'schemas'), { recursive: true });
cpSync(join(root, 'schemas'), join(out, 'schemas'), { recursive: true });

const pages = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );
process.stdout.write(
  `docs: site in ${relative(root, out)}/ (${pages(out)} HTML pages, API reference in api/) in ${Math.round((Date.now() - started) / 1000)} s\n`,
);
