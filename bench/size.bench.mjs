// What a browser page pays for each entry point (issue 14, "small enough for a phone"): the
// packed package (`npm pack`, as a user installs it) bundled by esbuild for the browser,
// minified, gzipped (-9), each figure against its budget. Also: which modules make up each
// bundle, and whether zod is in a bundle that only calls decision functions.
//
//   npm run bench -- size          (after `npm run build`; `npm run bench` builds first)

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;

/** The entries, each with its budget (min+gz) and the figure measured before the work of issue 14. */
const ENTRIES = [
  {
    name: 'addWorkingDays alone (all years 2008-2026, reasons)',
    code: "export { addWorkingDays } from 'realty-crm-rules/calendar';",
    budget: 6 * KB,
    before: 11.1 * KB,
  },
  {
    name: 'realty-crm-rules/calendar, everything',
    code: "export * from 'realty-crm-rules/calendar';",
    budget: undefined,
    before: 41 * KB,
  },
  {
    name: 'assessComplaintSeverity alone',
    code: "export { assessComplaintSeverity } from 'realty-crm-rules/complaints';",
    budget: 5 * KB,
    before: 9.1 * KB,
  },
  {
    name: 'decision functions only (no parse*)',
    code: "export { addWorkingDays, addPeriod, isWorkingDay, computeCalendarCoverage } from 'realty-crm-rules/calendar';\nexport { assessComplaintSeverity, routeComplaint, computeComplaintDeadlines } from 'realty-crm-rules/complaints';",
    budget: undefined,
    before: undefined,
    noZod: true,
  },
  {
    name: 'defect decisions only (no parse*)',
    code: "export { assessDefectHandbook, computeDefectReportDue, findDefectRecurrences, createDefectHandbookIndex, gradeDefect, needsDefectHqReport, routeDefectRectification, assessDefectPlanOutcome, canCompleteDefectTracking, computeDefectNextDueAt } from 'realty-crm-rules/defects';",
    budget: undefined,
    before: undefined,
    noZod: true,
  },
  {
    name: 'a calendar of its own: createWorkCalendar + addWorkingDays',
    code: "export { createWorkCalendar, addWorkingDays, isWorkingDay } from 'realty-crm-rules/calendar';",
    budget: undefined,
    before: undefined,
    noZod: true,
  },
];

/** Packs the built package and installs the tarball into a temporary node_modules. */
function installPacked() {
  const dir = mkdtempSync(join(tmpdir(), 'realty-crm-size-'));
  const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
  });
  const tarball = join(dir, out.trim().split('\n').at(-1));
  const pkg = join(dir, 'node_modules', 'realty-crm-rules');
  mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', pkg, '--strip-components=1']);
  return { dir, pkg };
}

/** The sources of each subpath, for the breakdown by module (the dist chunks have no names). */
const SOURCES = {
  'realty-crm-rules/calendar': join(root, 'src/calendar/index.ts'),
  'realty-crm-rules/complaints': join(root, 'src/complaints/index.ts'),
  'realty-crm-rules/defects': join(root, 'src/defects/index.ts'),
};

async function measure(dir, code, fromSource = false) {
  const out = await build({
    stdin: { contents: code, resolveDir: dir, loader: 'js' },
    ...(fromSource ? { alias: SOURCES } : {}),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // The package's own dependencies (zod, date-fns, ...) as a user's install has them.
    nodePaths: [join(root, 'node_modules')],
  });
  const bytes = out.outputFiles[0].contents;
  const inputs = Object.values(out.metafile.outputs)[0].inputs;
  const parts = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
    const key = m === null ? path.replace(/^.*?src\//, 'src/') : m[1] === 'realty-crm-rules' ? m[2] : m[1];
    parts.set(key, (parts.get(key) ?? 0) + bytesInOutput);
  }
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length, parts, hasZod: parts.has('zod') };
}

const kb = (n) => (n === undefined ? '—' : `${(n / KB).toFixed(1)} KB`);

const { dir } = installPacked();
try {
  console.log(
    '\n## Bundle size: the packed package, esbuild --bundle --minify --platform=browser, gzip -9\n',
  );
  console.log('| entry | min | min+gz | budget (min+gz) | before | zod in it |');
  console.log('|---|---:|---:|---:|---:|---|');
  const details = [];
  for (const e of ENTRIES) {
    const r = await measure(dir, e.code);
    const verdict =
      e.budget === undefined ? '' : r.gz <= e.budget ? ' (within)' : ` (over by ${kb(r.gz - e.budget)})`;
    const zod = e.noZod
      ? r.hasZod
        ? 'yes: over budget (none allowed)'
        : 'no (as required)'
      : r.hasZod
        ? 'yes'
        : 'no';
    console.log(
      `| ${e.name} | ${kb(r.min)} | ${kb(r.gz)} | ${kb(e.budget)}${verdict} | ${kb(e.before)} | ${zod} |`,
    );
    details.push([e.name, await measure(dir, e.code, true)]);
  }
  for (const [name, r] of details) {
    console.log(
      `\n### ${name}: by module (bundled from src/ for the names; minified bytes, largest first)\n`,
    );
    const rows = [...r.parts].sort((a, b) => b[1] - a[1]).slice(0, 14);
    for (const [part, bytes] of rows) console.log(`- ${part}: ${bytes.toLocaleString('en-US')} B`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
