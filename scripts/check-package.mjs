#!/usr/bin/env node
// Packs the built package and checks the tarball itself: publint, attw, and a consumer
// that imports it by `import` and `require` under moduleResolution NodeNext.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.artifacts');
mkdirSync(out, { recursive: true });
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: root, encoding: 'utf8' }),
);
const tarball = join(out, packed[0].filename);
console.log(`packed ${tarball}: ${packed[0].entryCount} files, ${packed[0].size} bytes`);
run('npx', ['publint', 'run', tarball, '--strict']);
run('npx', ['attw', tarball, '--profile', 'node16']);

// A consumer project: ESM and CJS, type-checked under NodeNext against the tarball.
const consumer = mkdtempSync(join(tmpdir(), 'realty-crm-consumer-'));
try {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--silent',
      tarball,
      `zod@${pkg.devDependencies.zod}`,
      `xstate@${pkg.devDependencies.xstate}`,
    ],
    consumer,
  );
  writeFileSync(
    join(consumer, 'esm.mts'),
    [
      "import { addWorkingDays, type Deadline } from 'realty-crm-rules/calendar';",
      "import * as root from 'realty-crm-rules';",
      "const d: Deadline = addWorkingDays('2026-09-30', 5);",
      "if (d.lastDay !== '2026-10-13' || root.addWorkingDays !== addWorkingDays) throw new Error('esm: ' + d.lastDay);",
      "console.log('esm ok', d.lastDay);",
      "import { maskPhone, validateResidentIdNumber } from 'realty-crm-rules/customers';",
      "if (maskPhone('13812345678') !== '138****5678' || !validateResidentIdNumber('11010519491231002X').valid) throw new Error('esm: customers');",
      "import { createMachineStore } from 'realty-crm-rules/postgres';",
      "if (typeof createMachineStore !== 'function' || 'createMachineStore' in root) throw new Error('esm: postgres');",
    ].join('\n'),
  );
  writeFileSync(
    join(consumer, 'cjs.cts'),
    [
      "import calendar = require('realty-crm-rules/calendar');",
      "import root = require('realty-crm-rules');",
      "const d: calendar.Deadline = calendar.addWorkingDays('2026-09-30', 5);",
      "if (d.lastDay !== '2026-10-13' || typeof root.isWorkingDay !== 'function') throw new Error('cjs: ' + d.lastDay);",
      "console.log('cjs ok', d.lastDay);",
      "import customers = require('realty-crm-rules/customers');",
      "if (customers.maskIdNumber('11010519491231002X') !== '110105********002X') throw new Error('cjs: customers');",
      "import postgres = require('realty-crm-rules/postgres');",
      "if (typeof postgres.createComplaintStoredMachine !== 'function') throw new Error('cjs: postgres');",
      'declare const require: (id: string) => { $id?: string };',
      "const schema = require('realty-crm-rules/schemas/complaint.schema.json');",
      "if (schema.$id !== 'https://realty-crm-rules.dev/schemas/complaint.schema.json') throw new Error('schema export');",
      "console.log('schema export ok');",
    ].join('\n'),
  );
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        strict: true,
        skipLibCheck: false,
        outDir: 'out',
        types: [],
      },
      files: ['esm.mts', 'cjs.cts'],
    }),
  );
  run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], consumer);
  run('node', ['out/esm.mjs'], consumer);
  run('node', ['out/cjs.cjs'], consumer);

  // Issue 14: a browser bundle that calls decision functions only carries no zod (zod is for
  // parse*, createPolicy and parsePolicy). Deterministic: the modules esbuild bundles from
  // the tarball, not a size. `npm run bench -- size` prints the sizes against their budgets.
  const { build } = await import('esbuild');
  /** Bundles `code` from the tarball as a browser page would; its output and what it holds. */
  const bundle = async (code) => {
    const out = await build({
      stdin: { contents: code, resolveDir: consumer, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    // What the output holds (the inputs also list modules parsed and then dropped whole).
    return { bytes: out.outputFiles[0].contents, held: Object.values(out.metafile.outputs)[0]?.inputs ?? {} };
  };
  const NO_ZOD = [
    [
      'decision functions',
      [
        "export { addWorkingDays, addPeriod, isWorkingDay, computeCalendarCoverage } from 'realty-crm-rules/calendar';",
        "export { assessComplaintSeverity, routeComplaint, computeComplaintDeadlines } from 'realty-crm-rules/complaints';",
      ].join('\n'),
    ],
    [
      'defect decisions',
      "export { assessDefectHandbook, computeDefectReportDue, findDefectRecurrences, createDefectHandbookIndex, gradeDefect, needsDefectHqReport, routeDefectRectification, assessDefectPlanOutcome, canCompleteDefectTracking, computeDefectNextDueAt } from 'realty-crm-rules/defects';",
    ],
    [
      'a calendar of its own (createWorkCalendar)',
      "export { createWorkCalendar, addWorkingDays, isWorkingDay } from 'realty-crm-rules/calendar';",
    ],
  ];
  for (const [name, code] of NO_ZOD) {
    const { held } = await bundle(code);
    const zodModules = Object.keys(held).filter(
      (p) => p.includes('node_modules/zod/') && (held[p]?.bytesInOutput ?? 0) > 0,
    );
    if (zodModules.length > 0) {
      throw new Error(
        `zod is in a bundle of ${name} only (${zodModules.length} modules, e.g. ${zodModules[0]})`,
      );
    }
    console.log(`${name} bundle without zod: ok`);
  }

  // Issue 14's budgets (6 KB and 5 KB) are not met: see bench/size.bench.mjs. Until a
  // decision on them, a ceiling a little above today's size keeps the bytes already won
  // from creeping back (7.7 KB and 11.0 KB min+gz on 2026-11-30). Deterministic: esbuild is
  // pinned and gzip -9 of the same bytes is the same.
  const { gzipSync } = await import('node:zlib');
  const CEILINGS = [
    ['addWorkingDays alone', "export { addWorkingDays } from 'realty-crm-rules/calendar';", 8.0],
    [
      'assessComplaintSeverity alone',
      "export { assessComplaintSeverity } from 'realty-crm-rules/complaints';",
      11.5,
    ],
  ];
  for (const [name, code, kb] of CEILINGS) {
    const { bytes } = await bundle(code);
    const gz = gzipSync(bytes, { level: 9 }).length;
    if (gz > kb * 1024) {
      throw new Error(
        `${name}: ${(gz / 1024).toFixed(2)} KB min+gz, over its ceiling of ${kb} KB (a regression: see npm run bench -- size)`,
      );
    }
    console.log(`${name}: ${(gz / 1024).toFixed(2)} KB min+gz, under its ceiling of ${kb} KB: ok`);
  }
} finally {
  rmSync(consumer, { recursive: true, force: true });
}
