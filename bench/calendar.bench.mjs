// addWorkingDays(start, 5) against what a user would pick instead, in one process:
// - date-fns addBusinessDays in the Asia/Shanghai zone (weekends only: wrong for China around holidays)
// - chinese-days findWorkday (holiday-aware, dayjs underneath)
// - a hand-written prefix sum over day numbers, no reasons (the practical limit)

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tz } from '@date-fns/tz';
import { addBusinessDays } from 'date-fns';
import { addWorkingDays } from '../dist/calendar/index.js';
import { measure, report, seeded } from './harness.mjs';

const require = createRequire(import.meta.url);
const chineseDays = require('chinese-days');
const data = JSON.parse(
  readFileSync(new URL('../node_modules/chinese-days/dist/chinese-days.json', import.meta.url), 'utf8'),
);

const DAY = 86_400_000;
const FIRST = Date.UTC(2008, 0, 1) / DAY;
const LAST = Date.UTC(2026, 11, 31) / DAY;
const dayString = (dn) => new Date(dn * DAY).toISOString().slice(0, 10);

// Inputs: 4096 random starts 2008-01-01..2026-11-30, as strings (ours, chinese-days) and Dates (date-fns).
const rand = seeded(20261122);
const N = 4096;
const starts = Array.from({ length: N }, () => dayString(FIRST + Math.floor(rand() * (LAST - 31 - FIRST))));
const startDates = starts.map((s) => new Date(`${s}T00:00:00+08:00`));
const shanghai = tz('Asia/Shanghai');

// The hand-written limit: per-day working flags and the index of each working day, from chinese-days' data file.
const size = LAST - FIRST + 1;
const prefix = new Int32Array(size + 1);
const workIndex = [];
for (let i = 0; i < size; i++) {
  const s = dayString(FIRST + i);
  const w = new Date((FIRST + i) * DAY).getUTCDay();
  const working = s in data.workdays || (!(s in data.holidays) && w !== 0 && w !== 6);
  prefix[i + 1] = prefix[i] + (working ? 1 : 0);
  if (working) workIndex.push(i);
}
const workAt = Int32Array.from(workIndex);
const dayStrings = Array.from({ length: size }, (_, i) => dayString(FIRST + i));
// Day of year offsets of each month start (non-leap), for a charCode parse with no Date object.
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
function handWritten(s) {
  const y =
    (s.charCodeAt(0) - 48) * 1000 +
    (s.charCodeAt(1) - 48) * 100 +
    (s.charCodeAt(2) - 48) * 10 +
    s.charCodeAt(3) -
    48;
  const m = (s.charCodeAt(5) - 48) * 10 + s.charCodeAt(6) - 48;
  const d = (s.charCodeAt(8) - 48) * 10 + s.charCodeAt(9) - 48;
  const leap = m > 2 && y % 4 === 0 ? 1 : 0; // 2008-2026: every fourth year is leap
  const yy = y - 1970;
  const dn = yy * 365 + ((yy + 1) >> 2) + MONTH_START[m - 1] + leap + d - 1 - FIRST;
  return dayStrings[workAt[prefix[dn + 1] + 4]];
}

// Correctness first: how often a weekends-only answer is wrong for China, and agreement with the limit.
let wrong = 0;
for (let i = 0; i < N; i++) {
  const ours = addWorkingDays(starts[i], 5).lastDay;
  if (ours !== handWritten(starts[i]))
    throw new Error(`disagrees with the hand-written limit at ${starts[i]}`);
  const dateFns = addBusinessDays(startDates[i], 5, { in: shanghai });
  const dfDay = new Date(dateFns.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  if (dfDay !== ours) wrong++;
}

const mask = N - 1;
const results = measure([
  { name: 'realty-crm-rules addWorkingDays (with reasons)', fn: (i) => addWorkingDays(starts[i & mask], 5) },
  { name: 'hand-written prefix sum (no reasons)', fn: (i) => handWritten(starts[i & mask]) },
  {
    name: 'date-fns addBusinessDays + tz (weekends only)',
    fn: (i) => addBusinessDays(startDates[i & mask], 5, { in: shanghai }),
  },
  { name: 'chinese-days findWorkday', fn: (i) => chineseDays.findWorkday(5, starts[i & mask]) },
]);
report(
  'addWorkingDays(start, 5), random starts 2008-2026',
  results,
  'realty-crm-rules addWorkingDays (with reasons)',
);
const ours = results[0].nsPerCall;
console.log(
  `\ndate-fns addBusinessDays differs from the State Council calendar on ${((100 * wrong) / N).toFixed(1)}% of ${N} random starts.`,
);
console.log(
  `targets: >= 2,000,000 calls/s: ${Math.round(1e9 / ours).toLocaleString('en-US')} (${1e9 / ours >= 2e6 ? 'met' : 'MISSED'}); ` +
    `>= 20x faster than date-fns: ${(results[2].nsPerCall / ours).toFixed(1)}x, than chinese-days: ${(results[3].nsPerCall / ours).toFixed(1)}x; ` +
    `within 20x of the hand-written limit: ${(ours / results[1].nsPerCall).toFixed(1)}x`,
);
