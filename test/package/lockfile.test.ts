import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('package-lock.json', () => {
  it('lists every optional platform package, so that `npm ci` accepts it (run scripts/complete-lockfile.mjs after npm install)', () => {
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
    const packages: Record<string, { optionalDependencies?: Record<string, string> }> = lock.packages;
    const missing: string[] = [];
    for (const [where, pkg] of Object.entries(packages)) {
      for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
        const nested = `${where === '' ? '' : `${where}/`}node_modules/${name}`;
        if (!(nested in packages) && !(`node_modules/${name}` in packages))
          missing.push(`${name} (for ${where || 'the root'})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
