/**
 * The documentation site's pages, read from docs/zh-CN and docs/en at build time: the
 * guides in the reading order (whichever exist), the reference pages, and the navigation of
 * each locale. The guides stay where they are; the site puts docs/zh-CN at its root (for
 * managers) and docs/en under /en/ through VitePress rewrites.
 *
 * A guide that is not in the reading order, a page without its twin in the other language,
 * or a Markdown file anywhere else under docs/ fails the build (`SiteStructureError`), so a
 * new page is never silently left out of the navigation: add its slug to READING_ORDER (or
 * REFERENCE_PAGES) below.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The site's two locales: where their Markdown lives and where they are served. */
export const SITE_LOCALES = {
  'zh-CN': { dir: 'zh-CN', prefix: '' },
  en: { dir: 'en', prefix: 'en/' },
} as const;
/** A locale of the site. */
export type SiteLocale = keyof typeof SITE_LOCALES;
/** Both locales, Chinese first. */
export const SITE_LOCALE_LIST: readonly SiteLocale[] = ['zh-CN', 'en'];

/**
 * The guides in the order a new reader reads them (issue 14): getting started, complaints,
 * warranty, delivery, defects, customers, calendar, policies, machines, the CLI, importing
 * data, JSON Schema. The navigation lists those that exist.
 */
export const READING_ORDER = [
  'getting-started',
  'complaints',
  'warranty',
  'delivery',
  'defects',
  'customers',
  'calendar',
  'presets-and-policies',
  'machines',
  'cli',
  'importing-data',
  'json-schema',
] as const;

/**
 * Pages that are not guides: the landing page, the try-it page, and the pages that
 * `npm run docs:generate` writes (the rules reference and its per-module pages under
 * rules/, the state diagrams, the holiday table). Listed in the navigation's reference
 * group in this order; `index` is the locale's home.
 */
export const REFERENCE_PAGES = ['rules', 'diagrams', 'holidays', 'try'] as const;

/** The reference group's and the guides group's names, and the API reference link's. */
export const NAV_WORDS = {
  'zh-CN': { guides: '指南', reference: '参考', rulesByModule: '各模块的规则', api: 'API 参考' },
  en: { guides: 'Guides', reference: 'Reference', rulesByModule: 'Rules by module', api: 'API reference' },
} as const;

/** A page of the site. */
export interface SitePage {
  /** Path under the locale's folder without `.md`: `calendar`, `rules/complaints`. */
  readonly slug: string;
  /** The page's first `# ` heading. */
  readonly title: string;
  /** Its file, relative to docs/: `zh-CN/calendar.md`. */
  readonly file: string;
  /** Its path in the site, relative to the site's root: `calendar.md`, `en/calendar.md`. */
  readonly sitePath: string;
  /** Its `order:` in the frontmatter (the rules/ pages' order in the navigation); 0 without. */
  readonly order: number;
  /** Its `navTitle:` in the frontmatter, a shorter name for the sidebar; the title without. */
  readonly navTitle: string;
}

/** A locale's pages, as the site shows them. */
export interface LocaleSite {
  readonly locale: SiteLocale;
  /** The guides of READING_ORDER that exist, in that order. */
  readonly guides: readonly SitePage[];
  /** The reference pages that exist, in REFERENCE_PAGES order. */
  readonly reference: readonly SitePage[];
  /** The rules reference's per-module pages (rules/*.md), in file order. */
  readonly ruleModules: readonly SitePage[];
  /** The landing page. */
  readonly home: SitePage;
}

/** Why the pages in docs/ do not make a site. */
export class SiteStructureError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the documentation site cannot be assembled:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SiteStructureError';
  }
}

/** Every Markdown file under a folder, relative to it, without `.md`, skipping dot folders. */
function markdownFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path, base));
    else if (name.endsWith('.md')) out.push(relative(base, path).replace(/\\/g, '/').replace(/\.md$/, ''));
  }
  return out;
}

/** A page's first `# ` heading, outside code fences; null when it has none. */
export function readTitle(markdown: string): string | null {
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && line.startsWith('# ')) return line.slice(2).trim();
  }
  const front = /^---\n(?:[\s\S]*?\n)?title:\s*(.+)\n[\s\S]*?---/.exec(markdown);
  return front?.[1]?.trim().replace(/^['"]|['"]$/g, '') ?? null;
}

/**
 * Reads the site's pages from a docs folder (`docs/`): each locale's guides in the reading
 * order, its reference pages, its home. Throws a SiteStructureError listing every problem.
 */
export function readSite(docsDir: string): Record<SiteLocale, LocaleSite> {
  const problems: string[] = [];
  const known = new Set<string>([...READING_ORDER, ...REFERENCE_PAGES, 'index']);
  const isRulePage = (slug: string) => /^rules\/[a-z0-9-]+$/.test(slug);
  const slugs: Record<SiteLocale, string[]> = { 'zh-CN': [], en: [] };

  const localeDirs = new Set<string>(Object.values(SITE_LOCALES).map((l) => l.dir));
  for (const file of markdownFiles(docsDir)) {
    const top = file.split('/')[0] ?? '';
    if (!localeDirs.has(top))
      problems.push(
        `docs/${file}.md is outside docs/zh-CN and docs/en: the site shows only those two folders`,
      );
  }
  for (const locale of SITE_LOCALE_LIST) {
    const dir = join(docsDir, SITE_LOCALES[locale].dir);
    for (const slug of markdownFiles(dir)) {
      slugs[locale].push(slug);
      if (!known.has(slug) && !isRulePage(slug))
        problems.push(
          `docs/${SITE_LOCALES[locale].dir}/${slug}.md is not in the site's reading order: add '${slug}' ` +
            'to READING_ORDER (a guide) or REFERENCE_PAGES (a reference page) in docs/.vitepress/site/structure.ts',
        );
    }
  }
  for (const [a, b] of [
    ['zh-CN', 'en'],
    ['en', 'zh-CN'],
  ] as const) {
    for (const slug of slugs[a])
      if (!slugs[b].includes(slug))
        problems.push(
          `docs/${SITE_LOCALES[a].dir}/${slug}.md has no twin docs/${SITE_LOCALES[b].dir}/${slug}.md: ` +
            'every page exists in both languages',
        );
  }

  const page = (locale: SiteLocale, slug: string): SitePage => {
    const file = `${SITE_LOCALES[locale].dir}/${slug}.md`;
    const text = readFileSync(join(docsDir, file), 'utf8');
    const title = readTitle(text);
    if (title === null) problems.push(`docs/${file} has no '# ' title`);
    const front = /^---\n([\s\S]*?\n)---/.exec(text)?.[1] ?? '';
    const order = Number(/^order:\s*(\d+)$/m.exec(front)?.[1] ?? 0);
    const navTitle = /^navTitle:\s*(.+)$/m.exec(front)?.[1]?.trim() ?? title ?? slug;
    return {
      slug,
      title: title ?? slug,
      file,
      sitePath: `${SITE_LOCALES[locale].prefix}${slug}.md`,
      order,
      navTitle,
    };
  };
  const sites = {} as Record<SiteLocale, LocaleSite>;
  for (const locale of SITE_LOCALE_LIST) {
    const has = new Set(slugs[locale]);
    if (!has.has('index'))
      problems.push(`docs/${SITE_LOCALES[locale].dir}/index.md (the landing page) is missing`);
    sites[locale] = {
      locale,
      guides: READING_ORDER.filter((s) => has.has(s)).map((s) => page(locale, s)),
      reference: REFERENCE_PAGES.filter((s) => has.has(s)).map((s) => page(locale, s)),
      ruleModules: slugs[locale]
        .filter(isRulePage)
        .map((s) => page(locale, s))
        .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug)),
      home: has.has('index')
        ? page(locale, 'index')
        : {
            slug: 'index',
            title: '',
            file: '',
            sitePath: `${SITE_LOCALES[locale].prefix}index.md`,
            order: 0,
            navTitle: '',
          },
    };
  }
  if (problems.length > 0) throw new SiteStructureError(problems);
  return sites;
}

/** VitePress rewrites: docs/zh-CN/x.md is served at /x.html, docs/en/x.md at /en/x.html. */
export function siteRewrites(sites: Record<SiteLocale, LocaleSite>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const locale of SITE_LOCALE_LIST) {
    const s = sites[locale];
    for (const p of [s.home, ...s.guides, ...s.reference, ...s.ruleModules]) map[p.file] = p.sitePath;
  }
  return map;
}

/** A sidebar item as VitePress takes it. */
export interface SidebarItem {
  text?: string;
  link?: string;
  target?: string;
  items?: SidebarItem[];
  collapsed?: boolean;
}

const link = (p: SitePage) => `/${p.sitePath.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')}`;

/** A locale's sidebar: the guides in reading order, then the reference pages. */
export function siteSidebar(site: LocaleSite): SidebarItem[] {
  const words = NAV_WORDS[site.locale];
  const reference: SidebarItem[] = site.reference.map((p) =>
    p.slug === 'rules' && site.ruleModules.length > 0
      ? {
          text: p.navTitle,
          link: link(p),
          collapsed: false,
          items: site.ruleModules.map((m) => ({ text: m.navTitle, link: link(m) })),
        }
      : { text: p.navTitle, link: link(p) },
  );
  return [
    { text: words.guides, items: site.guides.map((p) => ({ text: p.navTitle, link: link(p) })) },
    { text: words.reference, items: reference },
  ];
}

/** The link of a page in the site, from its root: `/calendar`, `/en/`. */
export function pageLink(page: SitePage): string {
  return link(page);
}
