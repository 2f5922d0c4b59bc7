/**
 * Where each rule lives in the code, found from the code itself (for the rules reference's
 * per-module pages): the public names whose JSDoc cites it with `@rule`, the source files
 * that name it as a quoted id (a table row or a reason), and the tests whose title starts
 * with it (DESIGN conventions 11 and 12).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One test: its file (from the repository root) and its title. */
export interface RuleTest {
  readonly file: string;
  readonly title: string;
}

/** What implements and tests a rule. */
export interface RuleImplementation {
  /** Public names (exported from the package's root) whose JSDoc says `@rule <id>`. */
  readonly names: readonly string[];
  /** Files under src/ that name the id as a quoted string, from the repository root. */
  readonly files: readonly string[];
  /** Tests whose title starts with the id. */
  readonly tests: readonly RuleTest[];
}

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
    );
}

/** The names exported by a barrel: `export { a, type B, c as d } from`, `export const X`. */
function barrelNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g))
    for (const part of (m[1] ?? '').split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name !== undefined && name !== '') names.push(name);
    }
  for (const m of text.matchAll(
    /export\s+(?:declare\s+)?(?:const|let|function|class|interface|type|enum)\s+([\w$]+)/g,
  ))
    names.push(m[1] ?? '');
  return names;
}

/** Every public name of the package: the names of the module barrels src/index.ts re-exports. */
export function readPublicNames(root: string): Set<string> {
  const index = readFileSync(join(root, 'src', 'index.ts'), 'utf8');
  const names = new Set(barrelNames(index));
  for (const m of index.matchAll(/export\s+\*\s+from\s+'\.\/([\w/]+)\.js'/g))
    for (const n of barrelNames(readFileSync(join(root, 'src', `${m[1]}.ts`), 'utf8'))) names.add(n);
  return names;
}

const JSDOC_THEN_EXPORT =
  /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([\w$]+)/g;
const TEST_TITLE = /\b(?:it|test|describe)(?:\.\w+(?:\([^)]*\))?)?\(\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g;
const LEADING_IDS =
  /^([A-Z]+-[A-Z0-9]+(?:-[A-Z0-9]+)*(?:\s*(?:,|\/|\+|and)\s*[A-Z]+-[A-Z0-9]+(?:-[A-Z0-9]+)*)*)(?=[:\s])/;

/** For each of the given rule ids: its public names, the files naming it, its tests. */
export function findRuleImplementations(
  root: string,
  ids: readonly string[],
): Map<string, RuleImplementation> {
  const publicNames = readPublicNames(root);
  const names = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
  const files = new Map<string, string[]>(ids.map((id) => [id, []]));
  const tests = new Map<string, RuleTest[]>(ids.map((id) => [id, []]));
  const rel = (f: string) => relative(root, f).replace(/\\/g, '/');

  for (const file of filesUnder(join(root, 'src'), /\.ts$/)) {
    const path = rel(file);
    if (path === 'src/core/rules.ts' || path === 'src/core/rulesZh.ts' || path.startsWith('src/cli/'))
      continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(JSDOC_THEN_EXPORT)) {
      const name = m[2] ?? '';
      if (!publicNames.has(name)) continue;
      for (const r of (m[1] ?? '').matchAll(/@rule\s+([A-Z]+-[A-Z0-9-]+)/g)) names.get(r[1] ?? '')?.add(name);
    }
    for (const id of ids) if (text.includes(`'${id}'`)) files.get(id)?.push(path);
  }
  for (const file of filesUnder(join(root, 'test'), /\.test\.ts$/)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(TEST_TITLE)) {
      const title = (m[2] ?? '').replace(/\\(.)/g, '$1');
      const lead = LEADING_IDS.exec(title)?.[1];
      if (lead === undefined) continue;
      for (const id of lead.split(/\s*(?:,|\/|\+|and)\s*/)) tests.get(id)?.push({ file: rel(file), title });
    }
  }
  return new Map(
    ids.map((id) => [
      id,
      {
        names: [...(names.get(id) ?? [])].sort(),
        files: files.get(id) ?? [],
        tests: tests.get(id) ?? [],
      },
    ]),
  );
}
