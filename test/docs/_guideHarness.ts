/**
 * Shared helpers for the tests of the user guides (docs/en/*.md and docs/zh-CN/*.md):
 * guides.test.ts and calendarGuide.test.ts.
 *
 * - every ```ts block opens with a comment naming a rule id (`// CMP-SEV-MAJOR-COMP: ...`,
 *   `// LAW-WORKDAY: ...`);
 * - a line `expression; // => <JSON>` (or an expression line followed by `// => <JSON>`,
 *   continued on further comment lines until it parses) is a check: the expression must
 *   run exactly once and return exactly that value;
 * - blocks are type-checked as modules that import the package (mapped onto src/) and then
 *   run;
 * - fences in other languages (```text, ```sh, ```java, ```python, ```json, ...) are shown,
 *   never run: output, shell sessions and code for other platforms;
 * - the English and Chinese guides carry the same headings, blocks and checks in the same
 *   order (a message may differ by language);
 * - relative links point to files that exist, or to generated pages.
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { isRuleId, type RuleId } from '../../src/index.js';

export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/** Fences that are shown but not run (not TypeScript, or TypeScript kept out on purpose). */
export const SHOWN_FENCES: ReadonlySet<string> = new Set([
  'text',
  'sh',
  'shell',
  'console',
  'java',
  'python',
  'json',
  'jsonc',
  'xml',
  'csv',
  'mermaid',
  'sql',
]);

/** One `expression; // => value` line of a code block. */
export interface Check {
  /** Line in the guide (1-based) of the expression. */
  readonly line: number;
  readonly expression: string;
  readonly expected: unknown;
}

/** One ```ts block of a guide. */
export interface Block {
  readonly lang: Lang;
  /** The guide's file, relative to the repository root: `docs/en/complaints.md`. */
  readonly file: string;
  /** Line in the guide (1-based) of the block's first code line. */
  readonly line: number;
  /** Index of the `##` section the block is in. */
  readonly section: number;
  /** The nearest heading above the block. */
  readonly heading: string;
  /** The rule id the block's first line names. */
  readonly rule: RuleId;
  /** The code as the guide prints it. */
  readonly code: string;
  /** The code with each check replaced by a call `__check(index, (expression));`. */
  readonly runnable: string;
  readonly checks: readonly Check[];
}

/** A fenced block that is shown, not run. */
export interface ShownBlock {
  readonly fence: string;
  /** Line in the guide (1-based) of the block's first line. */
  readonly line: number;
  readonly section: number;
  readonly lines: readonly string[];
}

export interface Guide {
  readonly name: string;
  readonly lang: Lang;
  readonly file: string;
  readonly text: string;
  /** `##`, `###`, ... of every heading, in order. */
  readonly headingLevels: readonly string[];
  readonly blocks: readonly Block[];
  readonly shown: readonly ShownBlock[];
  /** What the guide gets wrong in form (a check that does not parse, a block with no rule id, ...). */
  readonly problems: readonly string[];
}

const CHECK_SAME_LINE = /^(\s*)(\S.*?);\s*\/\/ => (.*)$/;
const CHECK_NEXT_LINE = /^\s*\/\/ => (.*)$/;
const EXPRESSION_LINE = /^(\s*)(\S.*?);\s*$/;
const STATEMENT_KEYWORD = /^(?:const|let|var|return|throw|if|for|while|import|export|try|catch)\b/;
const COMMENT_LINE = /^\s*\/\/(.*)$/;
const RULE_COMMENT = /^\/\/ ([A-Z]+(?:-[A-Z]+)+)/;

function parseBlock(
  file: string,
  lang: Lang,
  code: readonly string[],
  firstLine: number,
  section: number,
  heading: string,
  problems: string[],
): Block | undefined {
  const where = (i: number) => `${file}:${firstLine + i}`;
  const rule = RULE_COMMENT.exec(code[0] ?? '')?.[1];
  if (rule === undefined || !isRuleId(rule)) {
    problems.push(
      `${where(0)}: a ts block must open with a comment naming its rule id, e.g. // CMP-FLOW or // LAW-WORKDAY`,
    );
    return undefined;
  }
  const runnable = [...code];
  const checks: Check[] = [];
  for (let i = 0; i < code.length; i++) {
    const line = code[i] as string;
    let exprIndex: number;
    let indent: string;
    let expression: string;
    let valueText: string;
    const same = CHECK_SAME_LINE.exec(line);
    const next = same === null ? CHECK_NEXT_LINE.exec(line) : null;
    if (same !== null) {
      exprIndex = i;
      indent = same[1] as string;
      expression = same[2] as string;
      valueText = same[3] as string;
    } else if (next !== null) {
      exprIndex = i - 1;
      const prev = EXPRESSION_LINE.exec(code[exprIndex] ?? '');
      if (prev === null || COMMENT_LINE.test(code[exprIndex] ?? '')) {
        problems.push(`${where(i)}: a '// =>' line must follow an expression statement on one line`);
        continue;
      }
      indent = prev[1] as string;
      expression = prev[2] as string;
      valueText = next[1] as string;
    } else {
      if (line.includes('// =>')) problems.push(`${where(i)}: write a check as 'expression; // => <JSON>'`);
      else if (/;\s*\/\//.test(line)) {
        problems.push(`${where(i)}: a trailing comment after code must be a check, '// => <JSON>'`);
      }
      continue;
    }
    if (STATEMENT_KEYWORD.test(expression)) {
      problems.push(`${where(exprIndex)}: a check needs an expression, not a statement: ${expression}`);
      continue;
    }
    // The JSON value, continued on the following comment lines until it parses.
    let text = valueText;
    let end = i;
    let expected: unknown;
    let parsed = false;
    for (;;) {
      try {
        expected = JSON.parse(text);
        parsed = true;
        break;
      } catch {
        const more = COMMENT_LINE.exec(code[end + 1] ?? '');
        if (more === null) break;
        text += `\n${more[1] as string}`;
        end++;
      }
    }
    if (!parsed) {
      problems.push(`${where(i)}: the value after '// =>' is not JSON: ${valueText}`);
      continue;
    }
    runnable[exprIndex] = `${indent}__check(${checks.length}, (${expression}));`;
    checks.push({ line: firstLine + exprIndex, expression, expected });
    i = end;
  }
  return {
    lang,
    file,
    line: firstLine,
    section,
    heading,
    rule,
    code: code.join('\n'),
    runnable: runnable.join('\n'),
    checks,
  };
}

/** Reads `docs/<lang>/<name>.md` under `root` (a path ending in `/`). */
export function readGuide(root: string, name: string, lang: Lang): Guide {
  const file = `docs/${lang}/${name}.md`;
  const text = readFileSync(join(root, file), 'utf8');
  const lines = text.split('\n');
  const headingLevels: string[] = [];
  const blocks: Block[] = [];
  const shown: ShownBlock[] = [];
  const problems: string[] = [];
  let section = -1;
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const h = /^(#{1,6}) (.*)$/.exec(line);
    if (h !== null) {
      headingLevels.push(h[1] as string);
      heading = h[2] as string;
      if (h[1] === '##') section++;
      continue;
    }
    if (!line.startsWith('```')) continue;
    const fence = line.slice(3).trim();
    const start = i + 1;
    let end = start;
    while (end < lines.length && !(lines[end] as string).startsWith('```')) end++;
    if (end >= lines.length) problems.push(`${file}:${i + 1}: a code block that never closes`);
    if (fence === 'ts') {
      const block = parseBlock(file, lang, lines.slice(start, end), start + 1, section, heading, problems);
      if (block !== undefined) blocks.push(block);
    } else if (SHOWN_FENCES.has(fence)) {
      shown.push({ fence, line: start + 1, section, lines: lines.slice(start, end) });
    } else {
      problems.push(
        `${file}:${i + 1}: a code block needs a language: ts (checked) or one of ${[...SHOWN_FENCES].join(', ')} (shown), found '${fence}'`,
      );
    }
    i = end;
  }
  return { name, lang, file, text, headingLevels, blocks, shown, problems };
}

/** Runs a block; returns every value each check's expression produced (one per run of that line). */
export function runBlock(block: Block, requireModule: (id: string) => unknown): unknown[][] {
  const seen: unknown[][] = block.checks.map(() => []);
  const js = ts.transpileModule(block.runnable, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const run = new Function('require', 'exports', 'module', '__check', js);
  const exports = {};
  run(requireModule, exports, { exports }, (index: number, value: unknown) => {
    seen[index]?.push(value);
  });
  return seen;
}

/** How the guides' imports resolve when they are type-checked. */
export interface TypeCheckSetup {
  /** The repository root, ending in `/`. */
  readonly root: string;
  /** Module specifier -> files relative to the root, as tsconfig `paths`. */
  readonly paths: Readonly<Record<string, readonly string[]>>;
  /** Files that exist only for the check: path relative to the root -> source. */
  readonly virtualFiles?: Readonly<Record<string, string>>;
}

/** Type-checks every block as a module of its own; returns the diagnostics as `file:line: message`. */
export function typeCheckBlocks(blocks: readonly Block[], setup: TypeCheckSetup): string[] {
  const { root } = setup;
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    baseUrl: root,
    paths: Object.fromEntries(Object.entries(setup.paths).map(([k, v]) => [k, [...v]])),
  };
  const sources = new Map<string, string>();
  for (const [path, text] of Object.entries(setup.virtualFiles ?? {})) sources.set(join(root, path), text);
  const files = new Map<string, Block>();
  for (const b of blocks) {
    const name = join(root, `${b.file}.line${b.line}.ts`);
    files.set(name, b);
    sources.set(name, b.code);
  }
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) => {
    const text = sources.get(normalize(name));
    return text !== undefined
      ? ts.createSourceFile(name, text, languageVersion, true)
      : getSourceFile.call(host, name, languageVersion, onError, shouldCreate);
  };
  host.fileExists = (name) => sources.has(normalize(name)) || ts.sys.fileExists(name);
  host.readFile = (name) => sources.get(normalize(name)) ?? ts.sys.readFile(name);
  const program = ts.createProgram([...files.keys()], options, host);
  const errors: string[] = [];
  for (const path of Object.keys(setup.virtualFiles ?? {})) {
    for (const d of ts.getPreEmitDiagnostics(program, program.getSourceFile(join(root, path)))) {
      errors.push(`${path}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  }
  for (const [name, block] of files) {
    for (const d of ts.getPreEmitDiagnostics(program, program.getSourceFile(name))) {
      const line =
        d.file !== undefined && d.start !== undefined
          ? block.line + d.file.getLineAndCharacterOfPosition(d.start).line
          : block.line;
      errors.push(`${block.file}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  }
  return errors;
}

/** The names a block imports from each module specifier. */
export function importsOf(block: Block): { readonly from: string; readonly names: readonly string[] }[] {
  const source = ts.createSourceFile('block.ts', block.code, ts.ScriptTarget.ES2022, false);
  const found: { from: string; names: string[] }[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const names: string[] = [];
    const bindings = statement.importClause?.namedBindings;
    if (bindings !== undefined && ts.isNamedImports(bindings)) {
      for (const e of bindings.elements) names.push((e.propertyName ?? e.name).text);
    }
    found.push({ from: statement.moduleSpecifier.text, names });
  }
  return found;
}

/**
 * A guide as both languages must show it: the same sections, rule ids and checks, in the
 * same order; a check on a message (`.message.en` / `.message['zh-CN']`) may differ by
 * language.
 */
export function guideShape(guide: Guide) {
  return guide.blocks.map((b) => ({
    section: b.section,
    rule: b.rule,
    checks: b.checks.map((c) => {
      const expression = c.expression.replace(/\.message\['zh-CN'\]/g, '.message.en');
      return { expression, expected: expression.includes('.message') ? 'a message' : c.expected };
    }),
  }));
}

/** Every relative link target of a guide, with its line, outside code blocks. */
export function relativeLinks(guide: Guide): { readonly line: number; readonly target: string }[] {
  const links: { line: number; target: string }[] = [];
  let inCode = false;
  guide.text.split('\n').forEach((text, i) => {
    if (text.startsWith('```')) inCode = !inCode;
    if (inCode) return;
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1] as string;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
      links.push({ line: i + 1, target });
    }
  });
  return links;
}

/**
 * The relative links of a guide that lead nowhere: to no file of the repository and to no
 * generated page (`generated`: paths from the root, such as `docs/en/diagrams.md`, which
 * scripts write and which may not be committed yet).
 */
export function brokenLinks(root: string, guide: Guide, generated: readonly string[]): string[] {
  const broken: string[] = [];
  for (const { line, target } of relativeLinks(guide)) {
    const path = target.split('#')[0] as string;
    const resolved = normalize(join(dirname(join(root, guide.file)), path));
    if (!existsSync(resolved) && !generated.includes(relative(root, resolved))) {
      broken.push(`${guide.file}:${line}: ${target}`);
    }
  }
  return broken;
}
