/**
 * The user guides (docs/en and docs/zh-CN: getting-started, complaints,
 * presets-and-policies, machines, cli, json-schema) hold only what the library does:
 *
 * 1. every ```ts block of every guide is type-checked against the package (src/index.ts
 *    standing in for `realty-crm-rules`, node_modules for `xstate` and `zod`) and then run;
 *    each `expression; // => <JSON>` must run exactly once and return exactly that value;
 * 2. every shell session of the CLI guide (a ```text block whose lines start with `$ `) is
 *    run through the CLI in-process, and what it prints must be what the guide shows
 *    (a line `…` stands for lines left out, a line ending in `…` for the rest of a line);
 * 3. the English and Chinese guides carry the same headings, blocks and checks in the same
 *    order, and each links to its twin at the top;
 * 4. every relative link leads to a file, or to a page that scripts generate.
 *
 * Test titles begin with a rule id, as every test title of the suite does.
 */

import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as xstate from 'xstate';
import * as zod from 'zod';
import { runCli } from '../../src/cli/runCli.js';
import * as lib from '../../src/index.js';
import {
  brokenLinks,
  type Guide,
  guideShape,
  importsOf,
  LANGS,
  type Lang,
  readGuide,
  runBlock,
  type ShownBlock,
  typeCheckBlocks,
} from './_guideHarness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The guides this file checks; calendar.md has its own test. */
const GUIDES = [
  'getting-started',
  'complaints',
  'presets-and-policies',
  'machines',
  'cli',
  'json-schema',
  'importing-data',
  'customers',
  'defects',
] as const;
type GuideName = (typeof GUIDES)[number];

/** The rule id in each guide's test titles. */
const GUIDE_RULE: Readonly<Record<GuideName, string>> = {
  'getting-started': 'CMP-SEV-MAJOR-COMP',
  complaints: 'CMP-SEV-MAJOR-COMP',
  'presets-and-policies': 'CMP-DL-REPLY',
  machines: 'CMP-FLOW',
  cli: 'CMP-SEV-DETECT',
  'json-schema': 'CMP-CATEGORY',
  'importing-data': 'CMP-CHANNEL',
  customers: 'CUS-PRIVACY',
  defects: 'DEF-RECUR',
};

/** Pages that `npm run docs:generate` writes: a guide may link them before they are committed. */
const GENERATED = LANGS.flatMap((lang) =>
  ['rules', 'holidays', 'diagrams'].map((p) => `docs/${lang}/${p}.md`),
);

/** The package as the guides import it: src/index.ts, exactly what users get. */
const packageRoot: Record<string, unknown> = { ...lib };

function requireModule(id: string): unknown {
  if (id === 'realty-crm-rules') return packageRoot;
  if (id === 'xstate') return xstate;
  if (id === 'zod') return zod;
  throw new Error(`a guide imports ${id}; the guides import realty-crm-rules, xstate and zod only`);
}

const LIBRARY_FILE = 'test/docs/__guide_library__.ts';
const librarySource = "export * from '../../src/index.js';";

const guides: Record<GuideName, Record<Lang, Guide>> = Object.fromEntries(
  GUIDES.map((name) => [name, { en: readGuide(ROOT, name, 'en'), 'zh-CN': readGuide(ROOT, name, 'zh-CN') }]),
) as Record<GuideName, Record<Lang, Guide>>;
const allGuides = GUIDES.flatMap((name) => LANGS.map((lang) => guides[name][lang]));
const allBlocks = allGuides.flatMap((g) => g.blocks);

// 1. The code blocks.

describe('the code blocks of the guides', () => {
  it('CMP-CATEGORY: every guide exists in both languages and every block and check is well formed', () => {
    for (const g of allGuides) {
      expect(g.problems, g.file).toEqual([]);
      for (const block of g.blocks) {
        const arrows = block.code.split('\n').filter((l) => l.includes('// =>')).length;
        expect(block.checks.length, `${block.file}:${block.line}: every '// =>' is a check`).toBe(arrows);
        expect(
          block.checks.length,
          `${block.file}:${block.line}: a block with no check proves nothing`,
        ).toBeGreaterThan(0);
      }
    }
  });

  it('CMP-FLOW: every block type-checks against the package, xstate and zod', { timeout: 180_000 }, () => {
    const errors = typeCheckBlocks(allBlocks, {
      root: ROOT,
      paths: { 'realty-crm-rules': [LIBRARY_FILE] },
      virtualFiles: { [LIBRARY_FILE]: librarySource },
    });
    expect(errors).toEqual([]);
  });

  it('CMP-FLOW: the guides import from realty-crm-rules, xstate and zod only', () => {
    for (const block of allBlocks) {
      for (const { from } of importsOf(block)) {
        expect(['realty-crm-rules', 'xstate', 'zod'], `${block.file}:${block.line}`).toContain(from);
      }
    }
  });

  for (const block of allBlocks) {
    it(`${block.rule}: ${block.file}:${block.line} (${block.heading}) prints what the library returns`, () => {
      const seen = runBlock(block, requireModule);
      block.checks.forEach((check, k) => {
        const values = seen[k] ?? [];
        const where = `${block.file}:${check.line}: ${check.expression}`;
        expect.soft(values.length, `${where} must run exactly once`).toBe(1);
        expect.soft(values[0], where).toStrictEqual(check.expected);
      });
    });
  }
});

// 2. The shell sessions of the CLI guide, run through the CLI.

interface Session {
  readonly file: string;
  readonly line: number;
  readonly command: string;
  readonly expected: readonly string[];
}

/** The `$ command` lines of a shown block and what each prints; `$ echo $?` prints the last status. */
function sessionsOf(file: string, block: ShownBlock): Session[] {
  const sessions: { file: string; line: number; command: string; expected: string[] }[] = [];
  block.lines.forEach((text, i) => {
    if (text.startsWith('$ '))
      sessions.push({ file, line: block.line + i, command: text.slice(2), expected: [] });
    else sessions.at(-1)?.expected.push(text);
  });
  return sessions;
}

/** Runs `[cat FILE | | head -n N FILE |] realty-crm ARGS...` in-process; its stdout then stderr, as lines. */
async function runCommand(command: string): Promise<{ lines: string[]; status: number }> {
  let stdinText: string | undefined;
  let rest = command;
  const cat = /^cat (\S+) \| (.*)$/.exec(rest);
  const head = /^head -n (\d+) (\S+) \| (.*)$/.exec(rest);
  if (cat !== null) {
    stdinText = readFileSync(`${ROOT}${cat[1]}`, 'utf8');
    rest = cat[2] as string;
  } else if (head !== null) {
    const n = Number(head[1]);
    stdinText = `${readFileSync(`${ROOT}${head[2]}`, 'utf8').split('\n').slice(0, n).join('\n')}\n`;
    rest = head[3] as string;
  }
  const [program, ...argv] = rest.split(/\s+/);
  if (program !== 'realty-crm') throw new Error(`not a realty-crm command: ${command}`);
  let out = '';
  let err = '';
  const status = await runCli(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    stdin: Readable.from(stdinText === undefined ? [] : [Buffer.from(stdinText)]),
  });
  const lines = `${out}${err}`.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return { lines, status };
}

/** Whether `actual` shows what `expected` says, `…` standing for lines or line ends left out. */
function matchesShown(expected: readonly string[], actual: readonly string[]): string | undefined {
  const lineMatches = (e: string, a: string) => (e.endsWith('…') ? a.startsWith(e.slice(0, -1)) : a === e);
  const segments: string[][] = [[]];
  for (const e of expected) {
    if (e === '…') segments.push([]);
    else segments.at(-1)?.push(e);
  }
  let at = 0;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s] as string[];
    if (seg.length === 0) continue;
    const anchoredStart = s === 0;
    const anchoredEnd = s === segments.length - 1;
    let found = -1;
    for (let start = at; start + seg.length <= actual.length; start++) {
      if (anchoredStart && start !== 0) break;
      if (anchoredEnd && start + seg.length !== actual.length) continue;
      if (seg.every((e, k) => lineMatches(e, actual[start + k] as string))) {
        found = start;
        break;
      }
    }
    if (found < 0) return `not printed as shown: ${JSON.stringify(seg.slice(0, 3))}...`;
    at = found + seg.length;
  }
  return undefined;
}

describe('the shell sessions of the CLI guide', () => {
  const SESSION_GUIDES = ['cli', 'defects', 'importing-data'] as const;
  const sessions = LANGS.flatMap((lang) =>
    SESSION_GUIDES.flatMap((name) => {
      const g = guides[name][lang];
      return g.shown
        .filter((b) => b.fence === 'text' && b.lines[0]?.startsWith('$ '))
        .flatMap((b) => sessionsOf(g.file, b));
    }),
  );

  it('CMP-SEV-DETECT: the CLI guide shows sessions in both languages', () => {
    expect(sessions.length).toBeGreaterThan(10);
  });

  for (const file of LANGS.flatMap((lang) => SESSION_GUIDES.map((name) => `docs/${lang}/${name}.md`))) {
    it(`${file.endsWith('defects.md') ? 'DEF-RECUR' : 'CMP-SEV-DETECT'}: ${file}: every session prints what the CLI prints`, {
      timeout: 120_000,
    }, async () => {
      let last: number | undefined;
      for (const s of sessions.filter((x) => x.file === file)) {
        if (s.command === 'echo $?') {
          expect(s.expected, `${s.file}:${s.line}`).toEqual([String(last)]);
          continue;
        }
        const { lines, status } = await runCommand(s.command);
        last = status;
        expect.soft(matchesShown(s.expected, lines), `${s.file}:${s.line}: ${s.command}`).toBeUndefined();
      }
    });
  }
});

// 3. The two languages, and 4. the links.

describe('the two languages of each guide', () => {
  for (const name of GUIDES) {
    const rule = GUIDE_RULE[name];
    it(`${rule}: ${name}.md: the English and Chinese guides have the same headings, blocks and checks, in the same order`, () => {
      const en = guides[name].en;
      const zh = guides[name]['zh-CN'];
      expect(zh.headingLevels).toEqual(en.headingLevels);
      expect(guideShape(zh)).toEqual(guideShape(en));
      expect(zh.shown.map((b) => [b.fence, b.section])).toEqual(en.shown.map((b) => [b.fence, b.section]));
    });

    it(`${rule}: ${name}.md: each guide links to its twin at the top`, () => {
      const head = (g: Guide) => g.text.split('\n').slice(0, 5).join('\n');
      expect(head(guides[name].en)).toContain(`[中文](../zh-CN/${name}.md)`);
      expect(head(guides[name]['zh-CN'])).toContain(`[English](../en/${name}.md)`);
    });

    it(`${rule}: ${name}.md: every relative link leads to a file or a generated page`, () => {
      for (const lang of LANGS) expect(brokenLinks(ROOT, guides[name][lang], GENERATED)).toEqual([]);
    });
  }

  it('CMP-CATEGORY: the getting-started guide links every other guide and the generated pages', () => {
    for (const lang of LANGS) {
      const text = guides['getting-started'][lang].text;
      for (const page of [
        ...GUIDES.filter((g) => g !== 'getting-started'),
        'calendar',
        'rules',
        'holidays',
        'diagrams',
      ]) {
        expect(text, `${lang} links ${page}.md`).toContain(`](${page}.md)`);
      }
    }
  });
});
