// `npm run bench`: every benchmark, each in this one process against its named baselines.
// Measures and prints; it does not gate.
const only = process.argv[2];
const benches = [
  'calendar',
  'calendarSpans',
  'size',
  'severity',
  'groups',
  'machine',
  'cli',
  'delivery',
  'warranty',
  'customers',
  'recurrence',
];
for (const name of benches) {
  if (only && only !== name) continue;
  await import(`./${name}.bench.mjs`);
}
