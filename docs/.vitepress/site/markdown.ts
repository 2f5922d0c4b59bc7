/**
 * markdown-it plugins of the documentation site:
 *
 * - `guideLinks`: the guides link each other as files (`../en/calendar.md`, `rules.md`),
 *   relative to docs/<locale>/; the site serves docs/zh-CN at its root and docs/en under
 *   /en/, so each such link is rewritten to the page's place in the site. A link to a
 *   repository file outside docs/ (`../../examples/x.json`) goes to the repository.
 * - `apiLinks`: inline code that names a public name of the package (`addWorkingDays`,
 *   `addWorkingDays()`, `createPolicy(...)`) links to its page in the typedoc API reference,
 *   built into the same site under api/. Not in headings (the outline stays plain) and not
 *   inside a link.
 * - `mermaidFence`: a ```mermaid block becomes a <MermaidDiagram> (rendered in the page,
 *   with a full-screen view that zooms).
 */

import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import type { MarkdownRenderer as MarkdownIt } from 'vitepress';
import { SITE_LOCALES } from './structure';

type Token = ReturnType<MarkdownIt['parse']>[number];
interface Env {
  readonly path?: string;
  readonly realPath?: string;
  readonly relativePath?: string;
}

/**
 * The typedoc pages of the public names: name -> path under api/ (`functions/calendar.addWorkingDays.html`).
 * Reads the folders typedoc writes; a name documented in two modules keeps its module page
 * over the root barrel's.
 */
export function readApiPages(apiDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const kind of ['functions', 'variables', 'classes', 'interfaces', 'types']) {
    const dir = join(apiDir, kind);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      const m = /^([\w-]+)\.([\w$]+)\.html$/.exec(file);
      if (m === null) continue;
      const [, module, name] = m as unknown as [string, string, string];
      if (!pages.has(name) || module !== 'realty-crm-rules') pages.set(name, `${kind}/${file}`);
    }
  }
  return pages;
}

/** Inline code that is a name or a call of one: `addWorkingDays`, `addWorkingDays()`, `f(a, b)`. */
const NAME_IN_CODE = /^([A-Za-z_$][\w$]*)(?:\(.*\))?$/;

/** Links inline code naming a public name to its API page (`base` is the site's base, `/`). */
export function apiLinks(
  md: MarkdownIt,
  options: { pages: ReadonlyMap<string, string>; base: string },
): void {
  md.core.ruler.push('realty_api_links', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const block = tokens[i] as Token;
      if (block.type !== 'inline' || block.children === null) continue;
      if ((tokens[i - 1] as Token | undefined)?.type === 'heading_open') continue;
      const out: Token[] = [];
      let inLink = 0;
      for (const t of block.children) {
        if (t.type === 'link_open') inLink++;
        if (t.type === 'link_close') inLink--;
        const name = t.type === 'code_inline' && inLink === 0 ? NAME_IN_CODE.exec(t.content)?.[1] : undefined;
        const page = name === undefined ? undefined : options.pages.get(name);
        if (page === undefined) {
          out.push(t);
          continue;
        }
        const open = new state.Token('link_open', 'a', 1);
        open.attrs = [
          ['href', `${options.base}api/${page}`],
          // A typedoc page is not a VitePress page: the router must load it in full.
          ['target', '_self'],
          ['class', 'api-link'],
        ];
        out.push(open, t, new state.Token('link_close', 'a', -1));
      }
      block.children = out;
    }
  });
}

/** Where the guides' links point: the site's rewrites and the repository's address. */
export interface GuideLinkOptions {
  /** The docs folder (VitePress's srcDir). */
  readonly docsDir: string;
  /** Source file (relative to docs/) -> its path in the site: `zh-CN/calendar.md` -> `calendar.md`. */
  readonly rewrites: Readonly<Record<string, string>>;
  /** The repository's web address for files outside docs/: `https://github.com/o/r/blob/main/`. */
  readonly repositoryFiles: string;
}

/** A file's path in the site: by the rewrites, or (a page that does not exist) by its locale's place. */
function toSitePath(file: string, rewrites: Readonly<Record<string, string>>): string {
  const mapped = rewrites[file];
  if (mapped !== undefined) return mapped;
  for (const { dir, prefix } of Object.values(SITE_LOCALES))
    if (file.startsWith(`${dir}/`)) return `${prefix}${file.slice(dir.length + 1)}`;
  return file;
}

/** Rewrites the guides' file links into site links (see the module comment). */
export function guideLinks(md: MarkdownIt, options: GuideLinkOptions): void {
  const root = resolve(options.docsDir, '..');
  md.core.ruler.push('realty_guide_links', (state) => {
    const env = state.env as Env;
    const source = env.realPath ?? env.path;
    if (source === undefined) return;
    const sourceRel = relative(options.docsDir, source).replace(/\\/g, '/');
    const sitePath = toSitePath(sourceRel, options.rewrites);
    const visit = (tokens: readonly Token[]) => {
      for (const t of tokens) {
        if (t.children !== null) visit(t.children);
        if (t.type !== 'link_open') continue;
        const href = t.attrGet('href');
        if (href === null || /^([a-z]+:|#|\/)/i.test(href)) continue;
        const [path = '', hash = ''] = href.split(/(?=#)/);
        const target = resolve(dirname(source), decodeURIComponent(path));
        const targetRel = relative(options.docsDir, target).replace(/\\/g, '/');
        if (!targetRel.startsWith('..') && targetRel.endsWith('.md')) {
          const targetSite = toSitePath(targetRel, options.rewrites);
          let link = posix.relative(posix.dirname(sitePath), targetSite);
          if (!link.startsWith('.')) link = `./${link}`;
          t.attrSet('href', `${link}${hash}`);
        } else if (targetRel.startsWith('..') || !existsSync(target)) {
          const file = relative(root, target).replace(/\\/g, '/');
          if (!file.startsWith('..')) t.attrSet('href', `${options.repositoryFiles}${file}${hash}`);
        }
      }
    };
    visit(state.tokens);
  });
}

/** Renders ```mermaid blocks as the MermaidDiagram component (its source URI-encoded). */
export function mermaidFence(md: MarkdownIt): void {
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx] as Token;
    if (token.info.trim() === 'mermaid')
      return `<MermaidDiagram code="${encodeURIComponent(token.content)}" />\n`;
    return fence === undefined
      ? self.renderToken(tokens, idx, options)
      : fence(tokens, idx, options, env, self);
  };
}
