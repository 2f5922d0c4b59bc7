/**
 * The documentation site's pages (docs/.vitepress/site/structure.ts): the guides of the
 * reading order that exist, in that order, with their own titles in each language; a page
 * outside the reading order, without its twin, or outside the two locale folders fails.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  READING_ORDER,
  readSite,
  SiteStructureError,
  siteRewrites,
  siteSidebar,
} from '../../docs/.vitepress/site/structure.js';
import { refusalOf } from '../_lib/refusal.js';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const made: string[] = [];

/** A docs folder holding the given files (path -> first heading). */
function docsWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-structure-'));
  made.push(dir);
  for (const [path, title] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `# ${title}\n\nText.\n`);
  }
  return dir;
}
const both = (slug: string, zh: string, en: string) => ({ [`zh-CN/${slug}.md`]: zh, [`en/${slug}.md`]: en });
const HOMES = both('index', '首页', 'Home');

afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the site structure', () => {
  it('lists the existing guides in the reading order, each locale with its own titles', () => {
    const sites = readSite(DOCS);
    const zh = sites['zh-CN'].guides.map((g) => g.slug);
    expect(zh).toEqual(READING_ORDER.filter((s) => zh.includes(s)));
    expect(zh.slice(0, 2)).toEqual(['getting-started', 'complaints']);
    expect(sites['zh-CN'].guides.find((g) => g.slug === 'calendar')?.title).toBe('工作日与民法典期间');
    expect(sites.en.guides.find((g) => g.slug === 'calendar')?.title).toBe(
      'Working days and Civil Code periods',
    );
    expect(sites.en.guides.map((g) => g.slug)).toEqual(zh);
    const [guides, reference] = siteSidebar(sites['zh-CN']);
    expect(guides?.text).toBe('指南');
    expect(guides?.items?.[0]).toEqual({ text: '快速入门', link: '/getting-started' });
    expect(reference?.text).toBe('参考');
    expect(siteSidebar(sites.en)[0]?.items?.[0]).toEqual({
      text: 'Getting started',
      link: '/en/getting-started',
    });
  });

  it('puts docs/zh-CN at the root and docs/en under /en/', () => {
    const rewrites = siteRewrites(readSite(DOCS));
    expect(rewrites['zh-CN/calendar.md']).toBe('calendar.md');
    expect(rewrites['zh-CN/index.md']).toBe('index.md');
    expect(rewrites['en/calendar.md']).toBe('en/calendar.md');
    const dir = docsWith({
      ...HOMES,
      ...both('rules', '规则参考', 'Rules'),
      ...both('rules/complaints', '投诉', 'Complaints'),
    });
    expect(siteRewrites(readSite(dir))).toEqual({
      'zh-CN/index.md': 'index.md',
      'zh-CN/rules.md': 'rules.md',
      'zh-CN/rules/complaints.md': 'rules/complaints.md',
      'en/index.md': 'en/index.md',
      'en/rules.md': 'en/rules.md',
      'en/rules/complaints.md': 'en/rules/complaints.md',
    });
  });

  it('a new guide of the reading order appears in its place without a config edit', () => {
    const dir = docsWith({
      ...HOMES,
      ...both('calendar', '工作日', 'Working days'),
      ...both('getting-started', '快速入门', 'Getting started'),
    });
    expect(readSite(dir)['zh-CN'].guides.map((g) => g.slug)).toEqual(['getting-started', 'calendar']);
    // The warranty guide lands: it goes between getting started and the calendar.
    Object.entries(both('warranty', '维保修', 'Warranty')).forEach(([p, t]) => {
      writeFileSync(join(dir, p), `# ${t}\n`);
    });
    const site = readSite(dir)['zh-CN'];
    expect(site.guides.map((g) => g.slug)).toEqual(['getting-started', 'warranty', 'calendar']);
    expect(siteSidebar(site)[0]?.items?.map((i) => i.text)).toEqual(['快速入门', '维保修', '工作日']);
  });

  it('a guide outside the reading order, a page without its twin, or a page outside the locales fails', () => {
    const dir = docsWith({
      ...HOMES,
      ...both('calendar', '工作日', 'Working days'),
      ...both('faq', '常见问题', 'FAQ'),
      'zh-CN/customers.md': '客户',
      'notes.md': 'Notes',
    });
    const error = refusalOf(() => readSite(dir), SiteStructureError);
    const problems = (error as SiteStructureError).problems.join('\n');
    expect(problems).toContain("docs/zh-CN/faq.md is not in the site's reading order: add 'faq'");
    expect(problems).toContain('docs/en/faq.md is not in the site');
    expect(problems).toContain('docs/zh-CN/customers.md has no twin docs/en/customers.md');
    expect(problems).toContain('docs/notes.md is outside docs/zh-CN and docs/en');
  });

  it('a locale without its landing page fails', () => {
    const dir = docsWith({ ...both('calendar', '工作日', 'Working days'), 'zh-CN/index.md': '首页' });
    expect(() => readSite(dir)).toThrow('docs/en/index.md (the landing page) is missing');
  });
});
