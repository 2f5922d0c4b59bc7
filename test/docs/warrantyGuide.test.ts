/**
 * The warranty guides, docs/en/warranty.md and docs/zh-CN/warranty.md, hold only what the
 * library does:
 *
 * 1. every ```ts block is type-checked against src/index.ts (standing in for the package
 *    name) and run; each `expression; // => <JSON>` must run once and return exactly that;
 * 2. the shell session of each guide is run through the CLI in-process and must print
 *    what the guide shows (a line `…` stands for lines left out);
 * 3. the two guides carry the same headings, blocks and checks in the same order, link to
 *    each other at the top, and every relative link leads to a file or a generated page.
 */

import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import * as lib from '../../src/index.js';
import {
  brokenLinks,
  type Guide,
  guideShape,
  LANGS,
  type Lang,
  readGuide,
  runBlock,
  typeCheckBlocks,
} from './_guideHarness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const guides: Record<Lang, Guide> = {
  en: readGuide(ROOT, 'warranty', 'en'),
  'zh-CN': readGuide(ROOT, 'warranty', 'zh-CN'),
};
const allBlocks = LANGS.flatMap((lang) => guides[lang].blocks);
const GENERATED = LANGS.flatMap((lang) =>
  ['rules', 'holidays', 'diagrams'].map((p) => `docs/${lang}/${p}.md`),
);

function requireLibrary(id: string): unknown {
  if (id === 'realty-crm-rules' || id === 'realty-crm-rules/warranty') return lib;
  throw new Error(`a guide imports ${id}; only realty-crm-rules is available`);
}

describe('the code blocks of the warranty guides', () => {
  it('LAW-WARRANTY-BUYER: both guides exist, and every block is well formed and checks something', () => {
    for (const lang of LANGS) {
      expect(guides[lang].problems, lang).toEqual([]);
      expect(guides[lang].blocks.length, lang).toBeGreaterThanOrEqual(10);
      for (const b of guides[lang].blocks) expect(b.checks.length, `${b.file}:${b.line}`).toBeGreaterThan(0);
    }
  });

  it('LAW-WARRANTY-BUYER: every block type-checks against the package', { timeout: 180_000 }, () => {
    const errors = typeCheckBlocks(allBlocks, {
      root: ROOT,
      paths: { 'realty-crm-rules': ['src/index.ts'], 'realty-crm-rules/warranty': ['src/warranty/index.ts'] },
    });
    expect(errors).toEqual([]);
  });

  for (const block of allBlocks) {
    it(`${block.rule}: ${block.file}:${block.line} (${block.heading}) prints what the library returns`, () => {
      const seen = runBlock(block, requireLibrary);
      block.checks.forEach((check, k) => {
        const values = seen[k] ?? [];
        const where = `${block.file}:${check.line}: ${check.expression}`;
        expect.soft(values.length, `${where} must run exactly once`).toBe(1);
        expect.soft(values[0], where).toStrictEqual(check.expected);
      });
    });
  }
});

/** Whether the printed lines show what the guide shows, `…` standing for lines left out. */
function showsAsPrinted(expected: readonly string[], actual: readonly string[]): string | undefined {
  let at = 0;
  for (const line of expected) {
    if (line === '…') continue;
    const found = actual.indexOf(line, at);
    if (found < 0) return `not printed (in order): ${line}`;
    at = found + 1;
  }
  return undefined;
}

describe('the shell sessions of the warranty guides', () => {
  for (const lang of LANGS) {
    it(`LAW-WARRANTY-BUYER: docs/${lang}/warranty.md: the session prints what the CLI prints`, async () => {
      const sessions = guides[lang].shown.filter((b) => b.fence === 'text' && b.lines[0]?.startsWith('$ '));
      expect(sessions).toHaveLength(1);
      for (const s of sessions) {
        const [command, ...expected] = s.lines;
        const [program, ...argv] = (command as string).slice(2).split(/\s+/);
        expect(program).toBe('realty-crm');
        let out = '';
        const status = await runCli(argv, {
          stdout: { write: (x: string) => (out += x) },
          stderr: { write: (x: string) => (out += x), isTTY: false },
          stdin: Readable.from([]),
        });
        expect(status).toBe(0);
        const lines = out.split('\n');
        expect(lines[0]).toBe(expected[0]);
        expect(showsAsPrinted(expected, lines)).toBeUndefined();
      }
    });
  }
});

describe('the two warranty guides', () => {
  it('LAW-WARRANTY-BUYER: the English and Chinese guides have the same headings, blocks and checks, in the same order', () => {
    expect(guides['zh-CN'].headingLevels).toEqual(guides.en.headingLevels);
    expect(guideShape(guides['zh-CN'])).toEqual(guideShape(guides.en));
    expect(guides['zh-CN'].shown.map((b) => [b.fence, b.section])).toEqual(
      guides.en.shown.map((b) => [b.fence, b.section]),
    );
  });

  it('LAW-WARRANTY-BUYER: each guide links its twin at the top, and every relative link resolves', () => {
    const head = (g: Guide) => g.text.split('\n').slice(0, 5).join('\n');
    expect(head(guides.en)).toContain('[中文](../zh-CN/warranty.md)');
    expect(head(guides['zh-CN'])).toContain('[English](../en/warranty.md)');
    for (const lang of LANGS) expect(brokenLinks(ROOT, guides[lang], GENERATED)).toEqual([]);
  });
});
