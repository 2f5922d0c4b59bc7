/**
 * The site's Markdown plugins (docs/.vitepress/site/markdown.ts): the guides' file links
 * follow them to their place in the site; inline code naming a public function links to its
 * API page; a ```mermaid block becomes the diagram component.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import type { MarkdownRenderer } from 'vitepress';
import { afterAll, describe, expect, it } from 'vitest';
import { apiLinks, guideLinks, mermaidFence, readApiPages } from '../../docs/.vitepress/site/markdown.js';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const REWRITES = {
  'zh-CN/calendar.md': 'calendar.md',
  'zh-CN/try.md': 'try.md',
  'zh-CN/rules.md': 'rules.md',
  'zh-CN/rules/complaints.md': 'rules/complaints.md',
  'en/calendar.md': 'en/calendar.md',
  'en/rules.md': 'en/rules.md',
  'en/try.md': 'en/try.md',
};
const api = mkdtempSync(join(tmpdir(), 'site-api-'));
mkdirSync(join(api, 'functions'));
mkdirSync(join(api, 'variables'));
writeFileSync(join(api, 'functions', 'calendar.addWorkingDays.html'), '');
writeFileSync(join(api, 'variables', 'presets.sinoOcean2008.html'), '');
writeFileSync(join(api, 'variables', 'realty-crm-rules.RULES.html'), '');
afterAll(() => rmSync(api, { recursive: true, force: true }));

function render(source: string, file: string, text: string): string {
  const md = new MarkdownIt({ html: true }) as unknown as MarkdownRenderer;
  guideLinks(md, {
    docsDir: DOCS,
    rewrites: REWRITES,
    repositoryFiles: 'https://example.test/repo/blob/main/',
  });
  apiLinks(md, { pages: readApiPages(api), base: '/base/' });
  mermaidFence(md);
  return md.render(text, { path: join(DOCS, file), relativePath: source });
}

describe('the site markdown', () => {
  it('rewrites the guides’ file links to the pages’ places in the site', () => {
    const zh = render(
      'calendar.md',
      'zh-CN/calendar.md',
      '[en](../en/calendar.md#x) [r](rules.md) [c](rules/complaints.md)',
    );
    expect(zh).toContain('href="./en/calendar.md#x"');
    expect(zh).toContain('href="./rules.md"');
    expect(zh).toContain('href="./rules/complaints.md"');
    const en = render('en/try.md', 'en/try.md', '[zh](../zh-CN/try.md) [r](rules.md)');
    expect(en).toContain('href="../try.md"');
    expect(en).toContain('href="./rules.md"');
    const module = render(
      'rules/complaints.md',
      'zh-CN/rules/complaints.md',
      '[en](../../en/rules.md) [up](../rules.md)',
    );
    expect(module).toContain('href="../en/rules.md"');
    expect(module).toContain('href="../rules.md"');
  });

  it('sends a link to a repository file outside docs/ to the repository', () => {
    const html = render(
      'calendar.md',
      'zh-CN/calendar.md',
      '[样例](../../examples/complaints.sample.json) [web](https://x.test/)',
    );
    expect(html).toContain('href="https://example.test/repo/blob/main/examples/complaints.sample.json"');
    expect(html).toContain('href="https://x.test/"');
  });

  it('links a public name in inline code to its API page, not in headings and not inside a link', () => {
    const html = render(
      'calendar.md',
      'zh-CN/calendar.md',
      '## `addWorkingDays`\n\n`addWorkingDays`, `addWorkingDays(start, 5)`, `sinoOcean2008`, `RULES`, `reasons`, [`addWorkingDays`](x.md)',
    );
    const link = (page: string, name: string) =>
      `<a href="/base/api/${page}" target="_self" class="api-link"><code>${name}</code></a>`;
    expect(html).toContain('<h2><code>addWorkingDays</code></h2>');
    expect(html).toContain(link('functions/calendar.addWorkingDays.html', 'addWorkingDays'));
    expect(html).toContain(link('functions/calendar.addWorkingDays.html', 'addWorkingDays(start, 5)'));
    expect(html).toContain(link('variables/presets.sinoOcean2008.html', 'sinoOcean2008'));
    expect(html).toContain(link('variables/realty-crm-rules.RULES.html', 'RULES'));
    expect(html).toContain('<code>reasons</code>');
    expect(html).not.toContain(
      '<a href="/base/api/functions/calendar.addWorkingDays.html" target="_self" class="api-link"><code>addWorkingDays</code></a></a>',
    );
    expect(html).toContain('<a href="./x.md"><code>addWorkingDays</code></a>');
  });

  it('CMP-FLOW: a mermaid block becomes the diagram component, its source kept whole', () => {
    const source = 'stateDiagram-v2\n  state "回访中" as callingBack\n  a --> b: x<br/>y\n';
    const html = render('diagrams.md', 'zh-CN/diagrams.md', `\`\`\`mermaid\n${source}\`\`\`\n`);
    const code = /<MermaidDiagram code="([^"]*)" \/>/.exec(html)?.[1];
    expect(code === undefined ? undefined : decodeURIComponent(code)).toBe(source);
  });
});
