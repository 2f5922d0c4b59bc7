// Mutation testing (issue 8): `npm run test:mutation`. Not part of `npm test`.
//
// Incremental: the state of the last run is committed (stryker/incremental.json), so a run after
// a small change tests only the mutants of the changed code and those the changed tests cover
// (minutes, not the 39 of a full run). `npm run test:mutation -- --force` runs everything.
// On a busy machine build the state a part at a time (scripts/mergeMutationState.mjs), e.g.
//   MUTATION_TESTS=complaints npx stryker run stryker.config.mjs --mutate src/complaints/judgeSeverity.ts \
//     --incrementalFile stryker/parts/complaints-severity.json
// (MUTATION_TESTS: vitest.mutation.config.ts), then `node scripts/mergeMutationState.mjs`.
//
// To add a module, add its files to MUTATE and its tests
// to vitest.mutation.config.ts.

const MUTATE = [
  'src/calendar/**/*.ts',
  // Data, not logic: the year files are checked against the notices and chinese-days
  // (test/calendar/holidays.data.test.ts), the compact form against the year files.
  '!src/calendar/holidays/20*.ts',
  '!src/calendar/holidays/builtInData.ts',
  '!src/calendar/holidays/sources.ts',
  // Barrels and types only.
  '!src/calendar/index.ts',
  '!src/calendar/holidays/index.ts',
  // The complaints decision functions (not their tables, schemas, machine or parsing code).
  'src/complaints/assessComplaintSeverity.ts',
  'src/complaints/judgeSeverity.ts',
  'src/complaints/compileSeverity.ts',
  'src/complaints/routeComplaint.ts',
  'src/complaints/routeCallback.ts',
  'src/complaints/computeComplaintDeadlines.ts',
  'src/complaints/applyDeadlineRule.ts',
  'src/complaints/needsCallback.ts',
  'src/complaints/canCloseComplaint.ts',
  'src/complaints/assessEscalation.ts',
  'src/complaints/detectGroupComplaints.ts',
  'src/complaints/mostTogether.ts',
  'src/complaints/needsWeeklyReport.ts',
  'src/complaints/computeSurveyPeriods.ts',
  'src/complaints/computeWeeklyReportDue.ts',
  'src/complaints/computeMonthlyReportDue.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: MUTATE,
  coverageAnalysis: 'perTest',
  // Values built once at import time (tables, frozen constants) survive unless a test re-imports
  // the module: not a gap in the tests. They are left out, and counted in the report as ignored.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'stryker/incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
