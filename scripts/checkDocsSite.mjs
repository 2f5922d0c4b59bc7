#!/usr/bin/env node
// Checks the built documentation site (docs/api, `npm run docs`) in a real browser:
// Debian's Chromium driven by playwright-core (no browser download), the site served from
// a local HTTP server on a random port. For each page it opens: the page loads, its main
// heading is there, nothing logs a console error or throws, no request fails or answers
// 4xx/5xx, and nothing is requested from outside the local server (the site must work
// offline). On the diagrams pages every ```mermaid block must have been rendered as an
// SVG holding the complaint machine's states, laid out, and a click must zoom it. A
// screenshot of each page (and of the diagram, fitted and zoomed) goes to .artifacts/site/.
// Exits 1 with the list of failures.
//
// Usage: node scripts/checkDocsSite.mjs   (CHROMIUM=/path/to/chromium to use another binary)
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const site = join(root, 'docs', 'api');
const shots = join(root, '.artifacts', 'site');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
// Headless, as root, on a network that reaches only the npm registry: without the
// background-networking flags Chromium keeps trying to reach Google's hosts.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const COMPLAINT_STATES = [
  'registered',
  'verified',
  'assigned',
  'planned',
  'handling',
  'callingBack',
  'unreachable',
  'disputed',
  'closed',
];

function fail(message) {
  process.stderr.write(`test:site: ${message}\n`);
  process.exit(1);
}

if (!existsSync(join(site, 'index.html')))
  fail(`${relative(root, site)}/index.html is missing: run \`npm run docs\` first`);
if (!existsSync(join(site, 'assets', 'mermaid.min.js')))
  fail(`${relative(root, site)}/assets/mermaid.min.js is missing: build the site with \`npm run docs\``);
if (!existsSync(executablePath))
  fail(
    `no Chromium at ${executablePath}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM`,
  );

/** The API page of a function, whichever module typedoc put it in. */
function functionPage(name) {
  const file = readdirSync(join(site, 'functions')).find((f) => f.endsWith(`.${name}.html`));
  if (file === undefined) fail(`no API page for ${name} in ${relative(root, site)}/functions`);
  return `functions/${file}`;
}

/** @type {{ name: string, path: string, heading: string, diagrams?: boolean }[]} */
const PAGES = [
  { name: 'home', path: 'index.html', heading: 'realty-crm-rules' },
  {
    name: 'guide-calendar-en',
    path: 'documents/en_calendar.html',
    heading: 'Working days and Civil Code periods',
  },
  { name: 'guide-calendar-zh-CN', path: 'documents/zh-CN_calendar.html', heading: '工作日与民法典期间' },
  { name: 'api-addWorkingDays', path: functionPage('addWorkingDays'), heading: 'addWorkingDays' },
  { name: 'diagrams-en', path: 'documents/en_diagrams.html', heading: 'State diagrams', diagrams: true },
  { name: 'diagrams-zh-CN', path: 'documents/zh-CN_diagrams.html', heading: '状态图', diagrams: true },
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  let file = join(site, path);
  if (file !== site && !file.startsWith(site + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (path.endsWith('/')) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;

mkdirSync(shots, { recursive: true });
const failures = [];
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS }).catch((error) => {
  server.close();
  fail(`Chromium (${executablePath}) did not start: ${error.message.split('\n')[0]}`);
});
const version = browser.version();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (const page of PAGES) {
    const problems = await checkPage(context, page);
    for (const p of problems) failures.push(`${page.path}: ${p}`);
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${page.name}: ${origin}/${page.path}`);
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  process.stderr.write(
    `test:site: ${failures.length} failure(s):\n${failures.map((f) => `  - ${f}`).join('\n')}\n`,
  );
  process.exit(1);
}
console.log(
  `test:site: ${PAGES.length} pages in Chromium ${version}: no console errors, no failed or external requests; ` +
    `complaint machine diagram rendered as SVG in both languages; screenshots in ${relative(root, shots)}/`,
);

/**
 * Opens one page and returns what is wrong with it.
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ name: string, path: string, heading: string, diagrams?: boolean }} spec
 */
async function checkPage(context, spec) {
  const problems = [];
  const page = await context.newPage();
  // Everything the site needs is on the local server; anything else would fail offline.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    problems.push(`external request (the site must work offline): ${url}`);
    return route.abort();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
  page.on('requestfailed', (req) => {
    if (req.url().startsWith(`${origin}/`))
      problems.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  try {
    const response = await page.goto(`${origin}/${spec.path}`, { waitUntil: 'networkidle' });
    if (response === null || !response.ok())
      problems.push(`page answered ${response?.status() ?? 'nothing'}`);
    // typedoc shows the body once its own script has laid the page out.
    await page.waitForFunction(() => getComputedStyle(document.body).display !== 'none', null, {
      timeout: 10_000,
    });
    const headings = await page.locator('.col-content h1, .col-content h2').allTextContents();
    if (!headings.some((h) => h.includes(spec.heading)))
      problems.push(`no heading "${spec.heading}" (found: ${headings.slice(0, 5).join(' | ')})`);
    if (spec.diagrams) problems.push(...(await checkDiagrams(page, spec.name)));
  } catch (error) {
    problems.push(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  await page.evaluate(() => window.scrollTo(0, 0)).catch(() => {});
  await page.screenshot({ path: join(shots, `${spec.name}.png`), fullPage: true }).catch((error) => {
    problems.push(`screenshot failed: ${error.message}`);
  });
  await page.close();
  return problems;
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
async function checkDiagrams(page, name) {
  const problems = [];
  await page.waitForFunction(
    () => ['rendered', 'error'].includes(document.documentElement.dataset.mermaid ?? ''),
    null,
    { timeout: 30_000 },
  );
  const state = await page.evaluate(() => document.documentElement.dataset.mermaid);
  if (state !== 'rendered') problems.push(`mermaid did not render (data-mermaid="${state}")`);
  const sources = await page.locator('pre > code.mermaid').count();
  const figures = page.locator('figure.mermaid-diagram > svg');
  const count = await figures.count();
  if (sources === 0) problems.push('no ```mermaid block on the page');
  if (count !== sources) problems.push(`${sources} mermaid block(s) but ${count} rendered SVG(s)`);
  const complaint = figures.filter({ hasText: 'callingBack' }).first();
  if ((await complaint.count()) === 0) {
    problems.push('no SVG shows the complaint machine (no state "callingBack")');
    return problems;
  }
  const text = (await complaint.textContent()) ?? '';
  const missing = COMPLAINT_STATES.filter((s) => !text.includes(s));
  if (missing.length > 0) problems.push(`complaint machine SVG lacks the states ${missing.join(', ')}`);
  if (/syntax error/i.test(text)) problems.push('mermaid rendered a syntax error');
  const box = await complaint.boundingBox();
  if (box === null || box.width < 200 || box.height < 200)
    problems.push(`complaint machine SVG is not laid out (box ${JSON.stringify(box)})`);
  await complaint.screenshot({ path: join(shots, `${name}-complaint-machine.png`) });
  // A click shows the diagram at its own size, wider than the column.
  await complaint.click();
  const zoomed = await complaint.boundingBox();
  if (box !== null && (zoomed === null || zoomed.width <= box.width))
    problems.push(`a click does not zoom the diagram (${box.width} px wide, then ${zoomed?.width} px)`);
  await complaint
    .locator('xpath=..')
    .screenshot({ path: join(shots, `${name}-complaint-machine-zoomed.png`) });
  await complaint.click(); // fitted again, for the page's screenshot
  return problems;
}
