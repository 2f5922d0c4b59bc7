#!/usr/bin/env node
// Builds the documentation site into docs/api (`npm run docs`):
// 1. typedoc with typedoc.json: the API reference of the package's modules, README.md as
//    the home page, the guides of docs/en and docs/zh-CN (generated pages included) as
//    documents, and scripts/buildDocsSite.browser.js as the site's custom script. Any
//    warning fails the build (treatWarningsAsErrors).
// 2. mermaid's browser bundle copied into docs/api/assets/, where the custom script loads
//    it to render the ```mermaid blocks: the site needs no network.
// The generated pages are written first by `npm run docs:generate` (see package.json).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs', 'api');
const require = createRequire(import.meta.url);

const typedoc = join(dirname(require.resolve('typedoc/package.json')), 'bin', 'typedoc');
const run = spawnSync(process.execPath, [typedoc, '--options', join(root, 'typedoc.json')], {
  cwd: root,
  stdio: 'inherit',
});
if (run.status !== 0) {
  process.stderr.write(`docs: typedoc failed (exit ${run.status ?? run.signal})\n`);
  process.exit(run.status || 1);
}

const mermaid = require.resolve('mermaid/dist/mermaid.min.js');
const assets = join(out, 'assets');
if (!existsSync(join(assets, 'custom.js'))) {
  process.stderr.write('docs: typedoc wrote no assets/custom.js: is `customJs` set in typedoc.json?\n');
  process.exit(1);
}
copyFileSync(mermaid, join(assets, 'mermaid.min.js'));
const { version } = require('mermaid/package.json');
const kb = Math.round(statSync(mermaid).size / 1024);
process.stdout.write(
  `docs: site in ${relative(root, out)}/ (mermaid ${version}, ${kb} KB, in ${relative(root, assets)}/mermaid.min.js)\n`,
);
