/**
 * The delivery guides, docs/en/delivery.md and docs/zh-CN/delivery.md, hold only what the
 * library does: every ```ts block is type-checked against the package and run (each
 * `expression; // => <JSON>` must return exactly that value), every shell session is run
 * through the CLI and must print what the guide shows (`…` standing for lines left out), the
 * KPI formula table is the code's own, the two languages carry the same headings, blocks and
 * checks, and every relative link leads somewhere.
 */

import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as xstate from 'xstate';
import * as zod from 'zod';
import { runCli } from '../../src/cli/runCli.js';
import * as lib from '../../src/index.js';
import { DELIVERY_KPI_TABLE, DELIVERY_KPIS } from '../../src/index.js';
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
  en: readGuide(ROOT, 'delivery', 'en'),
  'zh-CN': readGuide(ROOT, 'delivery', 'zh-CN'),
};
const blocks = LANGS.flatMap((l) => guides[l].blocks);
const GENERATED = LANGS.flatMap((lang) =>
  ['rules', 'holidays', 'diagrams'].map((p) => `docs/${lang}/${p}.md`),
);

function requireModule(id: string): unknown {
  if (id === 'realty-crm-rules') return lib;
  if (id === 'xstate') return xstate;
  if (id === 'zod') return zod;
  throw new Error(`a guide imports ${id}`);
}

/** Whether `actual` shows what `expected` says, `…` standing for lines left out. */
function matchesShown(expected: readonly string[], actual: readonly string[]): boolean {
  const segments: string[][] = [[]];
  for (const e of expected) {
    if (e === '…') segments.push([]);
    else segments.at(-1)?.push(e);
  }
  let at = 0;
  return segments.every((seg, s) => {
    if (seg.length === 0) return true;
    for (let start = at; start + seg.length <= actual.length; start++) {
      if (s === 0 && start !== 0) return false;
      if (s === segments.length - 1 && start + seg.length !== actual.length) continue;
      if (seg.every((e, k) => e === actual[start + k])) {
        at = start + seg.length;
        return true;
      }
    }
    return false;
  });
}

describe('the delivery guides', () => {
  it('DLV-PLAN: both exist, link to each other, and every block and check is well formed', () => {
    for (const lang of LANGS) {
      const g = guides[lang];
      expect(g.problems, g.file).toEqual([]);
      expect(g.blocks.length).toBeGreaterThan(5);
      for (const b of g.blocks) expect(b.checks.length, `${b.file}:${b.line}`).toBeGreaterThan(0);
    }
    expect(guides.en.text.split('\n').slice(0, 5).join('\n')).toContain('[中文](../zh-CN/delivery.md)');
    expect(guides['zh-CN'].text.split('\n').slice(0, 5).join('\n')).toContain('[English](../en/delivery.md)');
  });

  it('DLV-PLAN: the English and Chinese guides have the same headings, blocks and checks, in the same order', () => {
    expect(guides['zh-CN'].headingLevels).toEqual(guides.en.headingLevels);
    expect(guideShape(guides['zh-CN'])).toEqual(guideShape(guides.en));
    expect(guides['zh-CN'].shown.map((b) => [b.fence, b.section])).toEqual(
      guides.en.shown.map((b) => [b.fence, b.section]),
    );
  });

  it('DLV-PLAN: every block type-checks against the package', { timeout: 180_000 }, () => {
    const errors = typeCheckBlocks(blocks, {
      root: ROOT,
      paths: { 'realty-crm-rules': ['test/docs/__delivery_guide_library__.ts'] },
      virtualFiles: { 'test/docs/__delivery_guide_library__.ts': "export * from '../../src/index.js';" },
    });
    expect(errors).toEqual([]);
  });

  for (const block of blocks) {
    it(`${block.rule}: ${block.file}:${block.line} (${block.heading}) prints what the library returns`, () => {
      const seen = runBlock(block, requireModule);
      block.checks.forEach((check, k) => {
        const where = `${block.file}:${check.line}: ${check.expression}`;
        expect.soft(seen[k]?.length, `${where} must run exactly once`).toBe(1);
        expect.soft(seen[k]?.[0], where).toStrictEqual(check.expected);
      });
    });
  }

  for (const lang of LANGS) {
    it(`DLV-SUMMARY: docs/${lang}/delivery.md: every shell session prints what the CLI prints`, {
      timeout: 60_000,
    }, async () => {
      const sessions = guides[lang].shown.filter((b) => b.fence === 'text' && b.lines[0]?.startsWith('$ '));
      expect(sessions.length).toBe(3);
      for (const s of sessions) {
        const [command, ...expected] = s.lines;
        const [program, ...argv] = (command as string).slice(2).split(/\s+/);
        expect(program).toBe('realty-crm');
        let out = '';
        const status = await runCli(argv, {
          stdout: { write: (t: string) => (out += t) },
          stderr: { write: (t: string) => (out += t) },
          stdin: Readable.from([]),
        });
        expect(status).toBe(0);
        const lines = out.split(/\r?\n/);
        if (lines.at(-1) === '') lines.pop();
        expect(matchesShown(expected, lines), `${guides[lang].file}:${s.line}: ${command}`).toBe(true);
      }
    });

    it(`DLV-SUMMARY: docs/${lang}/delivery.md: the KPI formula table is the code's own`, () => {
      const lines = guides[lang].text.split('\n');
      const at = lines.indexOf('<!-- doc-test: kpi-formulas -->');
      const rows = lines
        .slice(at + 3, at + 3 + DELIVERY_KPIS.length)
        .map((l) => l.split('|').map((c) => c.trim()));
      DELIVERY_KPIS.forEach((id, i) => {
        const row = DELIVERY_KPI_TABLE[id];
        expect(rows[i]?.[1]).toBe(row[lang]);
        expect(rows[i]?.[2]).toBe(`${row.numerator[lang]} ÷ ${row.denominator[lang]}`);
      });
    });

    it(`DLV-PLAN: docs/${lang}/delivery.md: every relative link leads to a file or a generated page`, () => {
      expect(brokenLinks(ROOT, guides[lang], GENERATED)).toEqual([]);
    });
  }
});
