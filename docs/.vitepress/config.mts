/**
 * The documentation site (VitePress): docs/zh-CN at the root for managers, docs/en under
 * /en/, each with its navigation in the reading order (site/structure.ts), offline search
 * that indexes Chinese (site/search.ts), guide links rewritten for the site and function
 * names linked to the typedoc API reference (site/markdown.ts), Mermaid diagrams and the
 * try-it page's components (theme/). Built by `npm run docs` (scripts/buildDocsSite.mjs),
 * which builds the API reference into docs/public/api first.
 *
 * The try-it page imports `realty-crm-rules` itself: the package's built ESM files in
 * dist/, bundled by Vite for the browser. An import of a Node built-in anywhere in the
 * package fails this build.
 */

import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitepress';
import { apiLinks, guideLinks, mermaidFence, readApiPages } from './site/markdown';
import { MINI_SEARCH, SEARCH_TRANSLATIONS } from './site/search';
import { NAV_WORDS, pageLink, readSite, siteRewrites, siteSidebar } from './site/structure';

const here = dirname(fileURLToPath(import.meta.url));
const docsDir = resolve(here, '..');
const root = resolve(docsDir, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  repository: { url: string };
};
const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
/** Where the site is served from: `/` unless SITE_BASE says otherwise (e.g. `/realty-crm-rules/`). */
const base = process.env.SITE_BASE ?? '/';

const sites = readSite(docsDir);
const rewrites = siteRewrites(sites);
const apiPages = readApiPages(join(docsDir, 'public', 'api'));
if (apiPages.size === 0)
  throw new Error('the API reference is missing from docs/public/api: build the site with `npm run docs`');
const SUBPATHS = ['calendar', 'complaints', 'defects', 'delivery', 'warranty', 'presets'];

/** Fails the build when the package imports a Node built-in: it must run in a browser. */
function packageRunsInBrowsers(): Plugin {
  const dist = join(root, 'dist');
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  return {
    name: 'realty-crm-rules:browser-only',
    enforce: 'pre',
    resolveId(id, importer) {
      if (importer?.startsWith(dist) && (builtins.has(id) || id.startsWith('node:')))
        this.error(
          `the package imports the Node built-in '${id}' (from ${importer.slice(root.length + 1)}): ` +
            'library code must run in browsers (DESIGN: only src/cli may use Node built-ins)',
        );
      return null;
    },
  };
}

const words = {
  'zh-CN': {
    title: '房地产客户关系规则',
    description: '房地产开发企业客户关系管理制度的规则：投诉、维保修、交付、缺陷、工作日期限，附出处与理由。',
    home: '首页',
    tryIt: '试一试',
    rules: '规则参考',
    outline: '本页目录',
    prev: '上一页',
    next: '下一页',
    lang: '语言',
    top: '回到顶部',
    menu: '目录',
    theme: '外观',
    light: '切换到浅色模式',
    dark: '切换到深色模式',
    skip: '跳到正文',
    notFound: {
      title: '页面不存在',
      quote: '这个地址没有页面，可能已经移动或更名。',
      linkText: '回到首页',
      linkLabel: '回到首页',
    },
  },
  en: {
    title: 'realty-crm-rules',
    description:
      'The customer-relations rulebook of Chinese property developers as code: complaints, warranty, delivery, defects, working-day deadlines, with sources and reasons.',
    home: 'Home',
    tryIt: 'Try it',
    rules: 'Rules',
    outline: 'On this page',
    prev: 'Previous page',
    next: 'Next page',
    lang: 'Language',
    top: 'Return to top',
    menu: 'Menu',
    theme: 'Appearance',
    light: 'Switch to light theme',
    dark: 'Switch to dark theme',
    skip: 'Skip to content',
    notFound: {
      title: 'Page not found',
      quote: 'There is no page at this address.',
      linkText: 'Go home',
      linkLabel: 'Go home',
    },
  },
} as const;

function localeTheme(locale: 'zh-CN' | 'en') {
  const site = sites[locale];
  const w = words[locale];
  const first = site.guides[0];
  const rules = site.reference.find((p) => p.slug === 'rules');
  const tryIt = site.reference.find((p) => p.slug === 'try');
  return {
    nav: [
      ...(first === undefined ? [] : [{ text: NAV_WORDS[locale].guides, link: pageLink(first) }]),
      ...(rules === undefined ? [] : [{ text: w.rules, link: pageLink(rules) }]),
      ...(tryIt === undefined ? [] : [{ text: w.tryIt, link: pageLink(tryIt) }]),
      { text: NAV_WORDS[locale].api, link: '/api/index.html', target: '_self' },
    ],
    sidebar: [
      ...siteSidebar(site),
      { items: [{ text: NAV_WORDS[locale].api, link: '/api/index.html', target: '_self' }] },
    ],
    outline: { level: [2, 3] as [number, number], label: w.outline },
    docFooter: { prev: w.prev, next: w.next },
    langMenuLabel: w.lang,
    returnToTopLabel: w.top,
    sidebarMenuLabel: w.menu,
    darkModeSwitchLabel: w.theme,
    lightModeSwitchTitle: w.light,
    darkModeSwitchTitle: w.dark,
    skipToContentLabel: w.skip,
    notFound: w.notFound,
  };
}

export default defineConfig({
  base,
  srcDir: docsDir,
  srcExclude: ['diagrams/**', 'public/**'],
  outDir: join(here, 'dist'),
  cacheDir: join(here, 'cache'),
  rewrites,
  cleanUrls: false,
  lastUpdated: false,
  // Every link is checked: a guide's link to a missing page fails the build.
  ignoreDeadLinks: false,
  locales: {
    root: {
      label: '简体中文',
      lang: 'zh-CN',
      title: words['zh-CN'].title,
      description: words['zh-CN'].description,
      themeConfig: localeTheme('zh-CN'),
    },
    en: {
      label: 'English',
      lang: 'en',
      link: '/en/',
      title: words.en.title,
      description: words.en.description,
      themeConfig: localeTheme('en'),
    },
  },
  themeConfig: {
    socialLinks: [{ icon: 'github', link: repository }],
    search: {
      provider: 'local',
      options: {
        locales: {
          root: { translations: SEARCH_TRANSLATIONS['zh-CN'] },
          en: { translations: SEARCH_TRANSLATIONS.en },
        },
        miniSearch: MINI_SEARCH,
      },
    },
  },
  markdown: {
    // Anchors keep Chinese headings readable in the address bar.
    config(md) {
      guideLinks(md, { docsDir, rewrites, repositoryFiles: `${repository}/blob/main/` });
      apiLinks(md, { pages: apiPages, base });
      mermaidFence(md);
    },
  },
  vite: {
    plugins: [packageRunsInBrowsers()],
    resolve: {
      alias: [
        { find: /^realty-crm-rules$/, replacement: join(root, 'dist', 'index.js') },
        ...SUBPATHS.map((m) => ({
          find: new RegExp(`^realty-crm-rules/${m}$`),
          replacement: join(root, 'dist', m, 'index.js'),
        })),
      ],
    },
    build: {
      // mermaid's layout engines are large chunks, loaded only by the pages with a diagram.
      chunkSizeWarningLimit: 3000,
      rollupOptions: {
        onwarn(warning, warn) {
          // zod's source comments explain its own pure annotations; rollup drops them, harmlessly.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
          warn(warning);
        },
      },
    },
  },
});
