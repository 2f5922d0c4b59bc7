/**
 * What the registry shows about the package: where its repository, documentation and issue
 * tracker are, its licence file, and a `files` list that names only what exists.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('package.json', () => {
  it('names its repository, its documentation site and its issue tracker', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: expect.stringMatching(/^git\+https:\/\/.+\.git$/) });
    const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(pkg.bugs).toEqual({ url: `${repository}/issues` });
    expect(pkg.homepage).toMatch(/^https:\/\/.+\/$/);
  });

  it('ships an MIT LICENSE file, as its `license` says', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });

  it('lists in `files` only what exists (dist/ once built)', () => {
    for (const f of pkg.files as string[]) if (f !== 'dist') expect(existsSync(join(ROOT, f)), f).toBe(true);
    expect(pkg.files).toContain('LICENSE');
  });
});
