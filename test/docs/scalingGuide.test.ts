/**
 * The scaling guide (docs/en/scaling.md, docs/zh-CN/scaling.md): its ```ts blocks are the
 * same in both languages, and each runs against the package's source on PGlite, every
 * `expression; // => <JSON>` (the JSON on the same line or the next comment line) returning
 * exactly that value. The guide's code is async (the store awaits its database), which the
 * synchronous harness of the other guides does not run.
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Block {
  readonly line: number;
  readonly code: string;
}

function blocksOf(lang: string): Block[] {
  const lines = readFileSync(`${ROOT}docs/${lang}/scaling.md`, 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```ts') continue;
    let end = i + 1;
    while (end < lines.length && !(lines[end] as string).startsWith('```')) end++;
    blocks.push({ line: i + 1, code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

/** The block as a module: imports pointed at src, each check recorded. */
function toModule(code: string): { text: string; expected: unknown[] } {
  const expected: unknown[] = [];
  const lines = code.split('\n');
  const out: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    let line = (lines[k] as string)
      .replace("from 'realty-crm-rules/postgres'", `from '${ROOT}src/postgres/index.ts'`)
      .replace("from 'realty-crm-rules'", `from '${ROOT}src/index.ts'`);
    const same = /^(.*?);\s*\/\/ => (.+)$/.exec(line);
    const next = /^\s*\/\/ => (.+)$/.exec(lines[k + 1] ?? '');
    if (same !== null) {
      expected.push(JSON.parse(same[2] as string));
      line = `__seen.push(${same[1]});`;
    } else if (next !== null && /;\s*$/.test(line)) {
      expected.push(JSON.parse(next[1] as string));
      line = `__seen.push(${line.replace(/;\s*$/, '')});`;
      k++;
    }
    out.push(line);
  }
  return { text: `export const __seen: unknown[] = [];\n${out.join('\n')}\n`, expected };
}

describe('the scaling guide', () => {
  it('CMP-FLOW: the English and Chinese pages carry the same code blocks', () => {
    const en = blocksOf('en').map((b) => b.code);
    expect(en.length).toBeGreaterThan(0);
    expect(blocksOf('zh-CN').map((b) => b.code)).toEqual(en);
  });

  for (const block of blocksOf('en')) {
    it(`CMP-FLOW: docs/en/scaling.md:${block.line} prints what the store returns`, {
      timeout: 120_000,
    }, async () => {
      const { text, expected } = toModule(block.code);
      const dir = `${ROOT}.artifacts/scaling-guide`;
      mkdirSync(dir, { recursive: true });
      const file = `${dir}/block-${block.line}-${process.pid}.ts`;
      writeFileSync(file, text);
      const mod = (await import(/* @vite-ignore */ file)) as { __seen: unknown[] };
      expect(expected.length).toBeGreaterThan(0);
      expect(JSON.parse(JSON.stringify(mod.__seen))).toStrictEqual(expected);
    });
  }
});
