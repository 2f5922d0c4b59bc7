import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (`npm run test:mutation`, stryker.config.mjs): the
 * tests of the modules being mutated, in one time zone. Left out: the fuzz tests (10^4 runs
 * of every door: they assert no crash, not a rule, and would run for every mutant) and the
 * holiday-data comparison (data, not logic); the test that switches the host time zone skips
 * itself (REALTY_CRM_MUTATION), since Stryker's threads pool ignores TZ changes.
 */
export default defineConfig({
  test: {
    include: [
      'test/calendar/**/*.test.ts',
      // The complaints decision functions, when they are added to stryker.config.mjs's mutate list:
      // 'test/complaints/**/*.test.ts',
    ],
    exclude: ['test/calendar/fuzz.test.ts', 'test/calendar/holidays.data.test.ts'],
    env: { REALTY_CRM_MUTATION: '1', TZ: 'Asia/Shanghai' },
    // Instrumented code runs slower: the suite's 5 s would fail the dry run.
    testTimeout: 60_000,
  },
});
