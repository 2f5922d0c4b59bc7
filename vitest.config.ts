import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
    pool: 'forks',
    // The CLI tests triage the whole sample file in-process: seconds, not milliseconds, on a
    // busy machine. A timeout is a hang detector here, not a performance assertion.
    testTimeout: 30_000,
    setupFiles: ['test/setup/fastCheckSeed.ts'],
  },
});
