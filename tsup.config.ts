import { defineConfig } from 'tsup';

const modules = [
  'calendar',
  'complaints',
  'customers',
  'defects',
  'delivery',
  'warranty',
  'presets',
  'postgres',
];

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
    },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['zod', 'xstate', 'date-fns', '@date-fns/tz'],
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['zod', 'xstate', 'date-fns', '@date-fns/tz', 'csv-parse', 'read-excel-file'],
  },
]);
