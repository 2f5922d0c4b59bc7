/**
 * DESIGN.md's import direction: core <- calendar <- {machine, records} <- {complaints,
 * customers, defects, delivery, warranty} <- presets <- postgres, index, cli. Domain modules never import each other; nothing
 * outside src/cli uses Node built-ins; core imports no zod, xstate or date-fns; only
 * calendar uses date-fns.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The layer a module folder sits on: a file may import its own layer's folder or lower layers only. */
const LAYER: Record<string, number> = {
  core: 0,
  calendar: 1,
  // Internal support shared by the domain modules (no subpath of its own): the machines'
  // event checks and snapshot restore, and the record import machinery (field tables,
  // value aliases, naive times).
  machine: 1.5,
  records: 1.5,
  complaints: 2,
  customers: 2,
  defects: 2,
  delivery: 2,
  warranty: 2,
  presets: 3,
  postgres: 4,
  '.': 4,
  cli: 4,
};

function moduleOf(file: string): string {
  const rel = relative(SRC, file);
  return rel.includes('/') ? (rel.split('/')[0] as string) : '.';
}

const all = files(SRC);
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1] as string,
  );

describe('import direction', () => {
  it('imports run one way, and domain modules never import each other', () => {
    const problems: string[] = [];
    for (const file of all) {
      const from = moduleOf(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const to = moduleOf(join(file, '..', spec));
        if (to === from) continue;
        const ok = (LAYER[to] as number) < (LAYER[from] as number);
        if (!ok) problems.push(`${relative(SRC, file)} imports ${spec} (${from} -> ${to})`);
      }
    }
    expect(problems).toEqual([]);
    expect(all.length).toBeGreaterThan(10);
  });

  it('no Node built-ins outside src/cli; core imports no zod, xstate or date-fns; only calendar uses date-fns', () => {
    const problems: string[] = [];
    for (const file of all) {
      const from = moduleOf(file);
      for (const spec of importsOf(file)) {
        if (
          from !== 'cli' &&
          (spec.startsWith('node:') || ['fs', 'path', 'process', 'util', 'os'].includes(spec))
        ) {
          problems.push(`${relative(SRC, file)} imports the Node built-in ${spec}`);
        }
        if (from === 'core' && /^(zod|xstate|date-fns|@date-fns\/tz)(\/|$)/.test(spec))
          problems.push(`${relative(SRC, file)} (core) imports ${spec}`);
        if (from !== 'calendar' && /^(date-fns|@date-fns\/tz)(\/|$)/.test(spec))
          problems.push(`${relative(SRC, file)} imports ${spec} outside calendar`);
        if (/^zod$/.test(spec) && !/import (type )?\* as z from 'zod'/.test(readFileSync(file, 'utf8'))) {
          problems.push(`${relative(SRC, file)} imports zod without "import * as z" (defeats tree-shaking)`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('nothing in src reads the clock or a random source', () => {
    const problems = all
      .filter((f) => moduleOf(f) !== 'cli')
      .filter((f) =>
        /Date\.now\(|new Date\(\)|Math\.random\(|performance\.now\(/.test(readFileSync(f, 'utf8')),
      )
      .map((f) => relative(SRC, f));
    expect(problems).toEqual([]);
  });
});
