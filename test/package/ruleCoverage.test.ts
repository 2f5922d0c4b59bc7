/**
 * Every rule id an issue asked for is implemented (named as a string in src/, in a table
 * row or a reason), and tested by a test whose title starts with it. The ids asked for so
 * far: every LAW-* rule (the foundation issue), every CMP-* rule (the complaints issue),
 * every DLV-* rule (the delivery issue, #10), every WAR-* rule (the warranty issue, #9) and
 * every CUS-* rule (the customers issue, #12).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/core/rules.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REQUIRED_AREAS = /^(LAW|CMP|DLV|WAR|CUS|DEF)-/;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const src = filesUnder(join(ROOT, 'src'), /\.ts$/)
  .filter((f) => !f.endsWith('core/rules.ts') && !f.endsWith('core/rulesZh.ts'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const tests = filesUnder(join(ROOT, 'test'), /\.test\.ts$/)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

/** Catalog rows whose issue is still open: required once that issue lands. */
const AWAITING: ReadonlySet<string> = new Set([]);

/**
 * Rules named only in JSDoc, not in a table row or a reason. Emptied by issues #7 and #15:
 * the complaint machine's rounds name CMP-FLOW and CMP-REOPEN, its warnings and event
 * reports CMP-WARN, each with its reason.
 */
const NAMED_IN_JSDOC_ONLY: ReadonlySet<string> = new Set([]);

const required = RULE_IDS.filter((id) => REQUIRED_AREAS.test(id) && !AWAITING.has(id));

describe('rule coverage', () => {
  it('every LAW-*, CMP-* and DLV-* rule is named in src/ as a rule of a table row or a reason', () => {
    const missing = required.filter((id) => !src.includes(`'${id}'`) && !NAMED_IN_JSDOC_ONLY.has(id));
    expect(missing).toEqual([]);
  });

  it('every LAW-*, CMP-* and DLV-* rule has a test whose title starts with its id', () => {
    const titled = (id: string) =>
      new RegExp(`\\b(?:it|test|describe)(?:\\.\\w+(?:\\([^)]*\\))?)?\\(\\s*['"\`]${id}(?::|\\s)`).test(
        tests,
      );
    const missing = required.filter((id) => !titled(id));
    expect(missing).toEqual([]);
    expect(required.length).toBeGreaterThan(30);
  });
});
