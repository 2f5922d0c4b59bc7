#!/usr/bin/env node
// Runs the unit and property tests once per host time zone: results must not depend on it.
import { spawnSync } from 'node:child_process';

const zones = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles'];
const extra = process.argv.slice(2);
for (const tz of zones) {
  process.stdout.write(`\n=== vitest under TZ=${tz} ===\n`);
  const r = spawnSync('npx', ['vitest', 'run', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (r.status !== 0) {
    process.stderr.write(`tests failed under TZ=${tz}\n`);
    process.exit(r.status ?? 1);
  }
}
