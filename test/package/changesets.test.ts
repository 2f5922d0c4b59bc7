import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../.changeset/', import.meta.url));

describe('changesets', () => {
  it('every changeset names the package and a bump in its frontmatter, as `changeset version` needs', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(DIR, f), 'utf8');
      expect(text, f).toMatch(/^---\n"realty-crm-rules": (major|minor|patch)\n---\n\n\S/);
    }
    const config = JSON.parse(readFileSync(join(DIR, 'config.json'), 'utf8'));
    expect(config.access).toBe('public');
  });
});
