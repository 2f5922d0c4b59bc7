import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRuleId, RULE_IDS, RULES } from '../../src/core/rules.js';

const RULES_MD = fileURLToPath(new URL('../../../shared/RULES.md', import.meta.url));

/** Every `| ID | rule | source |` row of RULES.md. */
function readCatalog(markdown: string): Map<string, { text: string; source: string }> {
  const rows = new Map<string, { text: string; source: string }>();
  for (const line of markdown.split('\n')) {
    const m = /^\| ([A-Z]{3}-[A-Z0-9-]+) \| (.*) \| (.*) \|\s*$/.exec(line);
    if (m) rows.set(m[1] as string, { text: (m[2] as string).trim(), source: (m[3] as string).trim() });
  }
  return rows;
}

describe('rule catalog', () => {
  it.runIf(existsSync(RULES_MD))(
    'LAW-THRESHOLD and every other id: the code table matches ../shared/RULES.md row by row',
    () => {
      const catalog = readCatalog(readFileSync(RULES_MD, 'utf8'));
      expect(catalog.size).toBeGreaterThan(70);
      expect([...RULE_IDS].sort()).toEqual([...catalog.keys()].sort());
      for (const [id, row] of catalog) {
        const entry = RULES[id as keyof typeof RULES];
        expect(entry.text, id).toBe(row.text);
        expect(entry.source, id).toBe(row.source);
      }
    },
  );

  it('LAW-THRESHOLD: isRuleId knows the catalog and nothing else', () => {
    expect(isRuleId('LAW-THRESHOLD')).toBe(true);
    expect(isRuleId('CMP-SEV-MAJOR-COMP')).toBe(true);
    expect(isRuleId('CMP-SEV-MAJOR')).toBe(false);
    expect(isRuleId('__proto__')).toBe(false);
    expect(Object.isFrozen(RULES)).toBe(true);
  });
});
