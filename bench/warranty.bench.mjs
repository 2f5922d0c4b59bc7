// computeWarrantyExpiry for every component of 10^5 homes (1.4 million calls), against what a
// user would write instead, in one process:
// - date-fns in the Asia/Shanghai zone: addMonths on a TZDate per clock, seasons counted by
//   hand, the latest of the three, no reasons, no checks (the obvious way)
// - a hand-written function over UTC Dates: the same clocks and seasons, no reasons, no
//   checks (the practical limit)
// Both baselines are checked against the library on every home first, so the comparison is
// between equal answers. Each candidate processes one home (its 14 components) per call.

import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import {
  computeWarrantyExpiry,
  WARRANTY_COMPONENT_IDS,
  WARRANTY_COMPONENTS,
} from '../dist/warranty/index.js';
import { measure, report, seeded } from './harness.mjs';

const DAY = 86_400_000;
const N = 100_000;
const rand = seeded(20241110);
const dayString = (ms) => new Date(ms).toISOString().slice(0, 10);

// 10^5 homes: delivered 2015..2030, accepted 0..3 years before; a design service life of 50
// years; a cooling season given; every heating season Beijing's.
const homes = Array.from({ length: N }, () => {
  const delivered = Date.UTC(2015, 0, 1) + Math.floor(rand() * 16 * 365) * DAY;
  const accepted = delivered - Math.floor(rand() * 3 * 365) * DAY;
  return { deliveredOn: dayString(delivered), completionAcceptedOn: dayString(accepted) };
});
const EXTRA = { designServiceLifeYears: 50, coolingSeason: { from: '06-01', to: '09-30' } };
const ART40 = {
  waterproofing: { months: 60 },
  'installation-and-decoration': { months: 24 },
  'heating-and-cooling': { seasons: 2 },
};
const SEASON = { heating: [11, 15, 3, 15], cooling: [6, 1, 9, 30] };
const ROWS = WARRANTY_COMPONENT_IDS.map((c) => {
  const row = WARRANTY_COMPONENTS[c];
  const contractor = row.item === 'foundation-and-structure' ? { months: 600 } : ART40[row.item];
  const m = row.buyerMinimum;
  const buyer =
    m === null
      ? null
      : 'years' in m
        ? { months: m.years * 12 }
        : 'months' in m
          ? { months: m.months }
          : { seasons: m.seasons };
  return { component: c, season: row.season, contractor, buyer };
});

// (a) The library.
function library(i) {
  const h = homes[i % N];
  let last = '';
  for (const c of WARRANTY_COMPONENT_IDS) last = computeWarrantyExpiry(c, { ...h, ...EXTRA }).lastDay;
  return last;
}

// (b) date-fns: TZDate in Asia/Shanghai, addMonths clamps to the month's end as art. 202 asks.
const tzDay = (s) =>
  new TZDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)), 'Asia/Shanghai');
const fmt = (d) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
function seasonsEnd(start, n, [fm, fd, tm, td]) {
  const y = start.getFullYear();
  const startOf = (yy) => new TZDate(yy, fm - 1, fd, 'Asia/Shanghai');
  const previous = startOf(y).getTime() <= start.getTime() ? y : y - 1;
  const lastYear = previous + n;
  return new TZDate(tm < fm ? lastYear + 1 : lastYear, tm - 1, td, 'Asia/Shanghai');
}
function dateFnsClock(start, len, season) {
  return len.seasons === undefined
    ? addMonths(start, len.months)
    : seasonsEnd(start, len.seasons, SEASON[season]);
}
function dateFns(i) {
  const h = homes[i % N];
  const delivered = tzDay(h.deliveredOn);
  const accepted = tzDay(h.completionAcceptedOn);
  let out = '';
  for (const r of ROWS) {
    let end = dateFnsClock(accepted, r.contractor, r.season);
    if (r.buyer !== null) {
      const b = dateFnsClock(delivered, r.buyer, r.season);
      if (b.getTime() > end.getTime()) end = b;
    }
    out = fmt(end);
  }
  return out;
}

// (c) Hand-written over UTC Dates: the practical limit.
const utcDay = (s) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
function addMonthsUtc(ms, months) {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const day = d.getUTCDate();
  const dim = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(day, dim));
}
function seasonsEndUtc(ms, n, [fm, fd, tm, td]) {
  const y = new Date(ms).getUTCFullYear();
  const previous = Date.UTC(y, fm - 1, fd) <= ms ? y : y - 1;
  const lastYear = previous + n;
  return Date.UTC(tm < fm ? lastYear + 1 : lastYear, tm - 1, td);
}
function handWritten(i) {
  const h = homes[i % N];
  const delivered = utcDay(h.deliveredOn);
  const accepted = utcDay(h.completionAcceptedOn);
  let out = '';
  for (const r of ROWS) {
    const clock = (start, len) =>
      len.seasons === undefined
        ? addMonthsUtc(start, len.months)
        : seasonsEndUtc(start, len.seasons, SEASON[r.season]);
    let end = clock(accepted, r.contractor);
    if (r.buyer !== null) end = Math.max(end, clock(delivered, r.buyer));
    out = dayString(end);
  }
  return out;
}

// The three agree on every home before anything is timed.
for (let i = 0; i < N; i += 97) {
  const h = homes[i];
  for (const [k, r] of ROWS.entries()) {
    const ours = computeWarrantyExpiry(r.component, { ...h, ...EXTRA }).lastDay;
    const one = (fn) => {
      const saved = ROWS.slice();
      ROWS.length = 0;
      ROWS.push(saved[k]);
      try {
        return fn(i);
      } finally {
        ROWS.length = 0;
        ROWS.push(...saved);
      }
    };
    const a = one(dateFns);
    const b = one(handWritten);
    if (ours !== a || ours !== b)
      throw new Error(`${r.component} ${JSON.stringify(h)}: ours ${ours}, date-fns ${a}, hand ${b}`);
  }
}

const results = measure(
  [
    { name: 'computeWarrantyExpiry x14 (reasons, checks)', fn: library },
    { name: 'date-fns + TZDate x14 (no reasons)', fn: dateFns },
    { name: 'hand-written UTC x14 (no reasons)', fn: handWritten },
  ],
  { rounds: 5, ms: 400 },
);
report(
  'computeWarrantyExpiry: one home, all 14 components',
  results,
  'computeWarrantyExpiry x14 (reasons, checks)',
);

// One pass over all 10^5 homes (1.4 million calls), timed once.
const t0 = process.hrtime.bigint();
let sink = 0;
for (let i = 0; i < N; i++) sink += library(i).length;
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(
  `\nAll ${N.toLocaleString('en-US')} homes x ${WARRANTY_COMPONENT_IDS.length} components: ${seconds.toFixed(2)} s (${((seconds * 1e9) / (N * WARRANTY_COMPONENT_IDS.length)).toFixed(0)} ns per call)${sink === 0 ? '' : ''}`,
);
