import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (`npm run test:mutation`, stryker.config.mjs): the
 * tests of the modules being mutated, in one time zone. Left out: the fuzz tests (10^4 runs
 * of every door: they assert no crash, not a rule, and would run for every mutant), the
 * holiday-data comparison (data, not logic) and the complaints tests of code not mutated; the
 * test that switches the host time zone skips itself (REALTY_CRM_MUTATION), since Stryker's
 * threads pool ignores TZ changes.
 */
export default defineConfig({
  test: {
    // MUTATION_TESTS narrows a run made one file at a time (scripts/mergeMutationState.mjs):
    // a comma-separated list of modules (`calendar`: a calendar file need not run the complaints
    // tests that call it) or test files (`test/calendar/days.test.ts,...`).
    include:
      process.env.MUTATION_TESTS === undefined
        ? ['test/calendar/**/*.test.ts', 'test/complaints/**/*.test.ts']
        : process.env.MUTATION_TESTS.split(',').map((e) =>
            e.endsWith('.ts') ? e : `test/${e}/**/*.test.ts`,
          ),
    exclude: [
      'test/calendar/fuzz.test.ts',
      'test/calendar/holidays.data.test.ts',
      // The complaints: the fuzz and machine-model tests (seconds each, no rule asserted), and the
      // tests of code not mutated (machine, snapshots, parsing, policy shape, triage), which call
      // the decision functions only on the way and would run for each of their mutants.
      'test/complaints/fuzzDoors.test.ts',
      'test/complaints/machineModel.test.ts',
      'test/complaints/complaintMachine.test.ts',
      'test/complaints/complaintMachineGraph.test.ts',
      'test/complaints/machineRefusals.test.ts',
      'test/complaints/restoreSnapshot.test.ts',
      'test/complaints/parseComplaint.test.ts',
      'test/complaints/policyShape.test.ts',
      'test/complaints/triageComplaints.test.ts',
    ],
    env: { REALTY_CRM_MUTATION: '1', TZ: 'Asia/Shanghai' },
    // Isolated (the default), although each test file then imports the library again (most of a
    // mutant's time): without it, values the library keeps in module state (the built-in
    // calendar, each policy's compiled messages) are built once, under no mutant, and their
    // mutants survive falsely (tried: half of days.ts's mutants survived).
    // Instrumented code runs slower: the suite's 5 s would fail the dry run.
    testTimeout: 60_000,
  },
});
