#!/usr/bin/env node
// `npm run test:fuzz`: the fuzz and model tests at full strength, outside `npm test`:
// 10^5 arbitrary inputs at the complaints and presets doors (issue 8), 10^4 random event
// sequences through the complaint machine (issue 15), 10^5 inputs through the CLI and the
// import path (issue 8). The suite runs 10^4, 10^3 and 10^4.
import { spawnSync } from 'node:child_process';

const runs = [
  ['test/complaints/fuzzDoors.test.ts', '100000'],
  ['test/complaints/machineModel.test.ts', '10000'],
  ['test/cli/fuzz.test.ts', '100000'],
];
for (const [file, n] of runs) {
  process.stdout.write(`\n=== ${file} with FUZZ_RUNS=${n} ===\n`);
  const r = spawnSync('npx', ['vitest', 'run', file], {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: n },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
