#!/usr/bin/env node
// Completes package-lock.json with the platform-specific optional packages that this
// machine's registry mirror does not serve (biome's and rollup's builds for macOS, Windows,
// Android, musl...). npm leaves them out of the lockfile when it cannot fetch their
// metadata, and `npm ci` then refuses the lockfile ("Missing: @biomejs/cli-darwin-arm64@ from
// lock file"). Each entry is written as npm writes an optional package for another
// platform: its version, `optional: true`, and the os/cpu/libc its name states, so `npm ci`
// skips it on Linux without fetching anything. Run after any `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

const OS = [
  'android',
  'darwin',
  'freebsd',
  'linux',
  'openharmony',
  'win32',
  'sunos',
  'aix',
  'netbsd',
  'openbsd',
];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'riscv64', 'ppc64', 's390x', 'loong64', 'mips64el'];

function platformOf(name) {
  const base = name.split('/').pop();
  const parts = base.split('-');
  const os = parts.find((p) => OS.includes(p) || p === 'win32');
  let cpu = parts.find((p) => CPU.includes(p));
  if (cpu === undefined && parts.includes('eabi')) cpu = 'arm';
  if (base.includes('arm-gnueabihf') || base.includes('arm-musleabihf')) cpu = 'arm';
  if (base.includes('ppc64')) cpu = 'ppc64';
  if (base.includes('riscv64')) cpu = 'riscv64';
  if (base.includes('loong64')) cpu = 'loong64';
  const libc = base.includes('musl') ? ['musl'] : os === 'linux' ? ['glibc'] : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [where, pkg] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(pkg.optionalDependencies ?? {})) {
    const nested = `${where === '' ? '' : `${where}/`}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (os === undefined || cpu === undefined) continue;
    const version = range.replace(/^[\^~=]/, '');
    packages[hoisted] = {
      version,
      cpu: [cpu],
      dev: pkg.dev === true ? true : undefined,
      ...(libc ? { libc } : {}),
      optional: true,
      os: [os],
    };
    if (packages[hoisted].dev === undefined) delete packages[hoisted].dev;
    added++;
  }
}
// npm sorts the packages map by key.
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} optional platform entries to package-lock.json`);
