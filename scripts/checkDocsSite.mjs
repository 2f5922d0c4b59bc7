#!/usr/bin/env node
// Checks the built documentation site (docs/.vitepress/dist, `npm run docs`) in a real
// browser: Debian's Chromium driven by playwright-core (no browser download), the site
// served from a local HTTP server on a random port. Screenshots go to .artifacts/site/.
//
// 1. Every page of both locales (and the API reference's home and one function page), at
//    1366 x 900: it answers 200 and has its <h1>; <html lang> is its locale's; the sidebar or
//    nav speaks its locale (指南 / Guides); nothing logs a console error or throws; no request
//    fails or answers 4xx/5xx; nothing is requested from outside the local server (the site
//    must work offline). Every same-site link of every page leads to a page that exists.
// 2. Search, in the Chinese locale: 期限, 回访 and 重大群诉 typed into the search box give the
//    expected page first (and English search finds English pages).
// 3. Each machine diagram, in both locales at 1366 px: rendered as an SVG showing every state
//    by the name its label table gives (docs/diagrams/*.mmd); the smallest text, as drawn at
//    the page's width, is at least 12 px; the full-screen view opens, zooms in (the drawing
//    grows) and closes with Esc.
// 4. The try-it page, in both locales: the 2026 National Day example (received
//    2026-09-30T16:20:00+08:00 under sinoOcean2008: reply by 2026-10-09, 国庆节 / National
//    Day in the reasons), and the severity checker on both sides of 超过2万元 and of the
//    major group complaint.
// 5. The rules reference at phone width (390 px): no horizontal overflow of the page, and
//    every table fits its column.
// Exits 1 with the list of failures.
//
// Usage: node scripts/checkDocsSite.mjs   (CHROMIUM=/path/to/chromium to use another binary;
// SITE_BASE=/sub/path/ when the site was built for one)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const site = join(root, 'docs', '.vitepress', 'dist');
const shots = join(root, '.artifacts', 'site');
const base = process.env.SITE_BASE ?? '/';
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
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const MIN_TEXT_PX = 12;
const SHOT_HEIGHT = 4000;

/** What the Chinese search must find first: the word, the page, the section heading it names. */
const SEARCHES = [
  { locale: 'zh-CN', query: '期限', page: 'complaints.html', section: '期限' },
  { locale: 'zh-CN', query: '回访', page: 'complaints.html', section: '由谁回访' },
  { locale: 'zh-CN', query: '重大群诉', page: 'complaints.html', section: '群诉' },
  { locale: 'en', query: 'working days', page: 'en/calendar.html', section: 'working days' },
];

function fail(message) {
  process.stderr.write(`test:site: ${message}\n`);
  process.exit(1);
}

if (!existsSync(join(site, 'index.html')))
  fail(`${relative(root, site)}/index.html is missing: run \`npm run docs\` first`);
if (!existsSync(join(site, 'api', 'index.html')))
  fail(`${relative(root, site)}/api/index.html is missing: build the site with \`npm run docs\``);
if (!existsSync(executablePath))
  fail(
    `no Chromium at ${executablePath}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM`,
  );

/** Every HTML page under a folder, relative to the site. */
function htmlPages(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlPages(p));
    else if (e.name.endsWith('.html')) out.push(relative(site, p).split(sep).join('/'));
  }
  return out.sort();
}

const localePages = htmlPages(site).filter((p) => !p.startsWith('api/') && p !== '404.html');
const addWorkingDaysPage = readdirSync(join(site, 'api', 'functions')).find((f) =>
  f.endsWith('.addWorkingDays.html'),
);
if (addWorkingDaysPage === undefined) fail('no API page for addWorkingDays');
const PAGES = [...localePages, 'api/index.html', `api/functions/${addWorkingDaysPage}`];
const localeOf = (path) => (path.startsWith('api/') ? null : path.startsWith('en/') ? 'en' : 'zh-CN');

/** Each machine's state names per locale, read from the generated Mermaid files. */
const DIAGRAMS = readdirSync(join(root, 'docs', 'diagrams'))
  .map((f) => /^(.+)\.(zh-CN|en)\.mmd$/.exec(f))
  .filter((m) => m !== null)
  .map(([file, name, locale]) => {
    const text = readFileSync(join(root, 'docs', 'diagrams', file), 'utf8');
    const states = [...text.matchAll(/^\s*state "([^"]+)" as (\S+)$/gm)].map((m) => ({
      label: m[1],
      id: m[2],
    }));
    const title = /^title: (.+)$/m.exec(text)?.[1] ?? name;
    return { name, locale, title, states };
  });
if (DIAGRAMS.length === 0) fail('no docs/diagrams/*.zh-CN.mmd: run `npm run docs:generate`');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The file a site path is served from, or null. */
function fileOf(pathname) {
  if (!pathname.startsWith(base)) return null;
  let file = join(site, decodeURIComponent(pathname.slice(base.length)));
  if (file !== site && !file.startsWith(site + sep)) return null;
  if (pathname.endsWith('/')) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const server = createServer((req, res) => {
  const file = fileOf(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (file === null) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
const url = (path) => `${origin}${base}${path}`;
const shot = (name) => join(shots, `${name}.png`);

rmSync(shots, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });
const failures = [];
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS }).catch((error) => {
  server.close();
  fail(`Chromium (${executablePath}) did not start: ${error.message.split('\n')[0]}`);
});
const version = browser.version();
const counts = { pages: 0, links: 0, searches: 0, diagrams: 0 };
try {
  // A reader's browser in each language (date inputs and fonts follow it).
  const desktops = {
    'zh-CN': await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' }),
    en: await browser.newContext({ viewport: DESKTOP, locale: 'en-US' }),
  };
  const desktopFor = (path) => desktops[localeOf(path) ?? 'en'];
  const phone = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  const links = new Set();
  for (const path of PAGES) {
    await check(
      desktopFor(path),
      path,
      path.replace(/\.html$/, '').replaceAll('/', '_'),
      async (page, problems) => {
        problems.push(...(await checkPageBasics(page, path)));
        for (const href of await page.$$eval('a[href]', (as) => as.map((a) => a.href))) links.add(href);
      },
    );
  }
  counts.pages = PAGES.length;
  for (const href of links) {
    const u = new URL(href);
    if (u.origin !== origin) continue;
    counts.links++;
    if (fileOf(u.pathname) === null) failures.push(`a link leads nowhere: ${u.pathname}`);
  }
  for (const s of SEARCHES) {
    const home = s.locale === 'en' ? 'en/index.html' : 'index.html';
    await check(
      desktopFor(home),
      home,
      `search-${s.locale}-${s.query.replace(/\s+/g, '-')}`,
      (page, problems) => checkSearch(page, s, problems),
    );
    counts.searches++;
  }
  for (const d of DIAGRAMS) {
    const path = d.locale === 'en' ? 'en/diagrams.html' : 'diagrams.html';
    await check(desktopFor(path), path, `diagram-${d.name}-${d.locale}`, (page, problems) =>
      checkDiagram(page, d, problems),
    );
    counts.diagrams++;
  }
  for (const locale of ['zh-CN', 'en']) {
    const path = locale === 'en' ? 'en/try.html' : 'try.html';
    await check(desktopFor(path), path, `try-${locale}`, (page, problems) =>
      checkTryIt(page, locale, problems),
    );
  }
  for (const path of localePages.filter((p) => /(^|\/)rules(\/|\.html)/.test(p))) {
    await check(phone, path, `phone-${path.replace(/\.html$/, '').replaceAll('/', '_')}`, (page, problems) =>
      checkNoOverflow(page, problems),
    );
  }
  for (const c of [...Object.values(desktops), phone]) await c.close();
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
  `test:site: Chromium ${version}: ${counts.pages} pages (both locales and the API reference) without console errors, ` +
    `failed or external requests; ${counts.links} site links lead to pages; ${counts.searches} searches found their ` +
    `pages first; ${counts.diagrams} diagrams with text >= ${MIN_TEXT_PX} px at ${DESKTOP.width} px and a zooming ` +
    `full-screen view; the try-it page computes the National Day example in both languages; the rules reference ` +
    `fits ${PHONE.width} px. Screenshots in ${relative(root, shots)}/`,
);

/**
 * Opens a page, runs a check on it, records console errors, failed and external requests,
 * and takes a full-page screenshot named `name`.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} path
 * @param {string} name
 * @param {(page: import('playwright-core').Page, problems: string[]) => Promise<void>} body
 */
async function check(context, path, name, body) {
  const started = Date.now();
  const problems = [];
  const page = await context.newPage();
  // Everything the site needs is on the local server; anything else would fail offline.
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested.startsWith(`${origin}/`) || requested.startsWith('data:')) return route.continue();
    problems.push(`external request (the site must work offline): ${requested}`);
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
    const response = await page.goto(url(path), { waitUntil: 'networkidle' });
    if (response === null || !response.ok())
      problems.push(`page answered ${response?.status() ?? 'nothing'}`);
    await body(page, problems);
  } catch (error) {
    problems.push(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  // The page from its top, at most SHOT_HEIGHT px of it (the rules reference is 20,000 px
  // tall: a picture of all of it takes long and shows nothing more).
  await page.evaluate(() => window.scrollTo(0, 0)).catch(() => {});
  const viewport = page.viewportSize() ?? DESKTOP;
  const height = await page
    .evaluate(() => document.documentElement.scrollHeight)
    .catch(() => viewport.height);
  await page
    .screenshot({
      path: shot(name),
      fullPage: true,
      clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, SHOT_HEIGHT) },
    })
    .catch((error) => {
      problems.push(`screenshot failed: ${error.message}`);
    });
  await page.close();
  for (const p of problems) failures.push(`${name} (${path}): ${p}`);
  console.log(
    `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}: ${url(path)} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

/** A page of the site: its heading, its language, its navigation's words. */
async function checkPageBasics(page, path) {
  const problems = [];
  const locale = localeOf(path);
  if (locale === null) {
    // typedoc shows the body once its own script has laid the page out.
    await page.waitForFunction(() => getComputedStyle(document.body).display !== 'none', null, {
      timeout: 10_000,
    });
    if ((await page.locator('h1').count()) === 0) problems.push('no <h1>');
    return problems;
  }
  const h1 = await page
    .locator('h1')
    .first()
    .textContent({ timeout: 5_000 })
    .catch(() => null);
  if (h1 === null || h1.trim() === '') problems.push('no <h1>');
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== locale) problems.push(`<html lang="${lang}">, expected "${locale}"`);
  const nav = (await page.locator('.VPNav').textContent()) ?? '';
  const [own, other] = locale === 'en' ? ['Guides', '指南'] : ['指南', 'Guides'];
  if (!nav.includes(own) || nav.includes(other))
    problems.push(`the navigation does not speak ${locale} (expected "${own}", not "${other}")`);
  return problems;
}

/**
 * Types a query into the search box of a locale's home and checks the first result.
 * @param {import('playwright-core').Page} page
 */
async function checkSearch(page, spec, problems) {
  await page.locator('.VPNavBarSearch button').first().click();
  const input = page.locator('#localsearch-input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(spec.query);
  const first = page.locator('.VPLocalSearchBox .results .result').first();
  await first.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {});
  // The results follow the query after a debounce: wait until they have settled.
  await page.waitForTimeout(400);
  const results = await page.$$eval('.VPLocalSearchBox .results .result', (as) =>
    as.map((a) => ({
      href: a.getAttribute('href') ?? '',
      text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
  if (results.length === 0) {
    problems.push(`searching "${spec.query}" finds nothing`);
    return;
  }
  const top = results[0];
  const pathname = new URL(top.href, origin).pathname;
  const hash = decodeURIComponent(new URL(top.href, origin).hash);
  if (
    pathname !== `${base}${spec.page}` ||
    !hash.toLowerCase().includes(spec.section.toLowerCase().replace(/\s+/g, '-'))
  )
    problems.push(
      `searching "${spec.query}" gives first ${pathname}${hash} ("${top.text}"), expected ${base}${spec.page} at a ` +
        `section named ${spec.section}; then: ${results
          .slice(1, 4)
          .map((r) => decodeURIComponent(r.href))
          .join(', ')}`,
    );
  console.log(`     search "${spec.query}": ${results.length} results, first ${pathname}${hash}`);
}

/**
 * A machine's diagram: rendered with every state's label, text at least MIN_TEXT_PX as drawn,
 * a full-screen view that zooms.
 * @param {import('playwright-core').Page} page
 */
async function checkDiagram(page, diagram, problems) {
  await page.waitForSelector(
    'figure.mermaid-diagram[data-state="rendered"], figure.mermaid-diagram[data-state="error"]',
    {
      timeout: 30_000,
    },
  );
  const figures = page.locator('figure.mermaid-diagram');
  // The machine's figure is the one drawn with its title.
  const figure = figures
    .filter({ has: page.locator('.mermaid-fitted svg', { hasText: diagram.title }) })
    .first();
  if ((await figure.count()) === 0) {
    problems.push(`no rendered diagram has the title "${diagram.title}" of ${diagram.name}`);
    return;
  }
  if ((await figure.getAttribute('data-state')) !== 'rendered')
    problems.push('mermaid did not render the diagram');
  const svg = figure.locator('.mermaid-fitted svg');
  const text = (await svg.textContent()) ?? '';
  const missing = diagram.states.filter((s) => !text.includes(s.label)).map((s) => s.label);
  if (missing.length > 0) problems.push(`the diagram lacks the states ${missing.join(', ')}`);
  if (diagram.locale === 'zh-CN') {
    const codeNames = diagram.states.filter((s) => s.id !== s.label && text.includes(s.id)).map((s) => s.id);
    if (codeNames.length > 0) problems.push(`the Chinese diagram shows code names: ${codeNames.join(', ')}`);
  }
  if (/syntax error/i.test(text)) problems.push('mermaid rendered a syntax error');
  const size = await textSizes(svg);
  console.log(
    `     ${diagram.name} (${diagram.locale}): drawn ${Math.round(size.width)} px wide (natural ${Math.round(size.natural)} px), ` +
      `${size.count} labels, smallest text ${size.min.toFixed(1)} px ("${size.smallest}")`,
  );
  if (size.count === 0) problems.push('no text found in the diagram');
  if (size.min < MIN_TEXT_PX)
    problems.push(`text drawn at ${size.min.toFixed(1)} px ("${size.smallest}"), below ${MIN_TEXT_PX} px`);
  // The fixed navigation bar would cover the top of the drawing in an element screenshot.
  const hideNav = await page.addStyleTag({
    content: '.VPNav, .VPLocalNav { visibility: hidden !important; }',
  });
  await svg.screenshot({ path: shot(`diagram-${diagram.name}-${diagram.locale}-fitted`) });
  await hideNav.evaluate((e) => e.remove());

  // The full-screen view: opens, zooms in, closes with Esc.
  await figure.locator('[data-action="fullscreen"]').click();
  const dialog = page.locator('.mermaid-fullscreen');
  await dialog.waitFor({ state: 'visible', timeout: 5_000 });
  const zoomed = dialog.locator('.mermaid-zoomed svg');
  const before = await zoomed.boundingBox();
  const bigger = await textSizes(zoomed);
  if (bigger.min < MIN_TEXT_PX) problems.push(`full screen: text at ${bigger.min.toFixed(1)} px`);
  await page.screenshot({ path: shot(`diagram-${diagram.name}-${diagram.locale}-fullscreen`) });
  await dialog.locator('[data-action="zoom-in"]').click();
  await dialog.locator('[data-action="zoom-in"]').click();
  const after = await zoomed.boundingBox();
  if (before === null || after === null || after.width <= before.width * 1.2)
    problems.push(`zooming in does not enlarge the diagram (${before?.width} px, then ${after?.width} px)`);
  await page.screenshot({ path: shot(`diagram-${diagram.name}-${diagram.locale}-zoomed`) });
  await page.keyboard.press('Escape');
  await dialog
    .waitFor({ state: 'detached', timeout: 5_000 })
    .catch(() => problems.push('Esc does not close the full-screen view'));
}

/**
 * The size each text of an SVG is drawn at: its font size times the SVG's scale on screen.
 * @param {import('playwright-core').Locator} svg
 */
async function textSizes(svg) {
  return svg.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const viewBox = /** @type {SVGSVGElement} */ (el).viewBox.baseVal;
    const scale = viewBox && viewBox.width > 0 ? box.width / viewBox.width : 1;
    let min = Number.POSITIVE_INFINITY;
    let smallest = '';
    let count = 0;
    // Labels are HTML in <foreignObject> or SVG <text>; measure the innermost element holding text.
    for (const node of el.querySelectorAll(
      'foreignObject span, foreignObject p, foreignObject div, text, tspan',
    )) {
      const own = [...node.childNodes].some((c) => c.nodeType === 3 && (c.textContent ?? '').trim() !== '');
      if (!own) continue;
      const px = Number.parseFloat(getComputedStyle(node).fontSize) * scale;
      count++;
      if (px < min) {
        min = px;
        smallest = (node.textContent ?? '').trim().slice(0, 40);
      }
    }
    return { min: count === 0 ? 0 : min, smallest, count, width: box.width, natural: viewBox?.width ?? 0 };
  });
}

/**
 * The try-it page: the National Day example and the severity thresholds, computed in the page.
 * @param {import('playwright-core').Page} page
 */
async function checkTryIt(page, locale, problems) {
  const deadline = page.locator('[data-try="deadline"]');
  await page.locator('#try-received-at').fill('2026-09-30T16:20');
  await page.locator('#try-deadline-preset').selectOption('sinoOcean2008');
  await page.locator('input[name="kind"][value="reply"]').check();
  const lastDay = (
    await deadline.locator('[data-result="last-day"]').textContent({ timeout: 5_000 })
  )?.trim();
  if (lastDay !== '2026-10-09') problems.push(`the reply deadline shows ${lastDay}, expected 2026-10-09`);
  const reasons = (await deadline.locator('[data-result="reasons"]').textContent()) ?? '';
  const holiday = locale === 'en' ? 'National Day' : '国庆节';
  if (!reasons.includes(holiday))
    problems.push(`the reasons do not name ${holiday}: ${reasons.slice(0, 200)}`);
  if (!reasons.includes('CMP-DL-REPLY')) problems.push('the reasons do not name CMP-DL-REPLY');
  // aoyuan2014: 5 working days, National Day skipped and the makeup day 10-10 counted.
  await page.locator('#try-deadline-preset').selectOption('aoyuan2014');
  const aoyuan = (await deadline.locator('[data-result="last-day"]').textContent())?.trim();
  if (aoyuan !== '2026-10-13')
    problems.push(`aoyuan2014's reply deadline shows ${aoyuan}, expected 2026-10-13`);
  await page.locator('#try-deadline-preset').selectOption('sinoOcean2008');

  const severity = page.locator('[data-try="severity"]');
  const level = () => severity.locator('[data-result="level"]').getAttribute('data-level');
  const money = page.locator('input[name="compensationPerHousehold"]');
  await money.fill('20000');
  if ((await level()) !== 'general')
    problems.push(`20000 yuan gives ${await level()}, expected general (超过 excludes 20000)`);
  await money.fill('20000.01');
  if ((await level()) !== 'major') problems.push(`20000.01 yuan gives ${await level()}, expected major`);
  const sevReasons = (await severity.locator('[data-result="reasons"]').textContent()) ?? '';
  if (!sevReasons.includes('CMP-SEV-MAJOR-COMP'))
    problems.push('the severity reasons do not name CMP-SEV-MAJOR-COMP');
  await money.fill('');
  const group = page.locator('input[name="simultaneousMajorHouseholds"]');
  await group.fill('9');
  if ((await severity.locator('[data-result="major-group"]').count()) !== 0)
    problems.push('9 households already make a major group complaint (10 needed)');
  await group.fill('10');
  if ((await severity.locator('[data-result="major-group"]').count()) !== 1)
    problems.push('10 households do not make a major group complaint');
  await group.fill('');
  await money.fill('20000.01');
}

/**
 * At phone width: the page does not scroll sideways, and every table fits its column.
 * @param {import('playwright-core').Page} page
 */
async function checkNoOverflow(page, problems) {
  const r = await page.evaluate(() => {
    const doc = document.documentElement;
    const tables = [...document.querySelectorAll('.vp-doc table')]
      .filter((t) => t.scrollWidth > t.clientWidth + 1)
      .map(
        (t) =>
          `${t.scrollWidth} > ${t.clientWidth} px near "${(t.previousElementSibling?.textContent ?? '').slice(0, 30)}"`,
      );
    const wide = [...document.querySelectorAll('.vp-doc *')]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > doc.clientWidth + 1 && !e.closest('table, pre, .mermaid-diagram'),
      )
      .slice(0, 3)
      .map((e) => `<${e.tagName.toLowerCase()}> "${(e.textContent ?? '').slice(0, 30)}"`);
    return { scroll: doc.scrollWidth, client: doc.clientWidth, tables, wide };
  });
  if (r.scroll > r.client)
    problems.push(`the page is ${r.scroll} px wide at ${r.client} px: ${r.wide.join(', ')}`);
  // What a phone shows first, and the first table of preset values side by side.
  const name = `phone-${new URL(page.url()).pathname
    .slice(base.length)
    .replace(/\.html$/, '')
    .replaceAll('/', '_')}`;
  await page.screenshot({ path: shot(`${name}-first-screen`) });
  const table = page.locator('.vp-doc table').nth(1);
  if ((await table.count()) > 0) {
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot(`${name}-table`) });
  }
  if (r.tables.length > 0)
    problems.push(`${r.tables.length} table(s) do not fit: ${r.tables.slice(0, 3).join('; ')}`);
}
