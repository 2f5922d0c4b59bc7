// computeDeliveryKpis over 10^4, 10^5 and 10^6 household records, against a named baseline:
// a hand-written loop that counts the same figures with no argument checks, no reasons and
// no streaming form (the floor any implementation over the same objects pays). Rounds are
// interleaved in one process, medians reported, the figures checked equal.

import { seeded } from './harness.mjs';

const { computeDeliveryKpis, createDeliveryKpiCounter } = await import('../dist/delivery/index.js');

const DISCIPLINES = [
  'civil',
  'decoration',
  'doors-and-windows',
  'plumbing',
  'electrical',
  'hvac',
  'waterproofing',
  'other',
];
const PERIOD = { centralizedFrom: '2026-10-12', centralizedTo: '2026-10-18' };
const day = (n) => new Date(Date.parse('2026-10-12T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);
const DAYS = Array.from({ length: 40 }, (_, i) => day(i - 5));

function makeHouseholds(n, seed) {
  const rand = seeded(seed);
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const eligible = rand() >= 0.04;
    const inspected = eligible && rand() < 0.93;
    if (!inspected) {
      out[i] = { householdId: `H-${i}`, eligible, repairItems: [] };
      continue;
    }
    const first = DAYS[5 + Math.floor(rand() * 20)];
    const count = Math.min(6, Math.floor(-Math.log(1 - rand()) * 1.3));
    const repairItems = Array.from({ length: count }, () => ({
      discipline: DISCIPLINES[Math.floor(rand() * 8)],
    }));
    const took = rand() >= 0.06 + 0.05 * count;
    out[i] = {
      householdId: `H-${i}`,
      eligible,
      firstInspectedOn: first,
      keysTakenAtFirstInspection: took,
      ...(took
        ? { keysTakenOn: first }
        : rand() < 0.7
          ? { keysTakenOn: DAYS[Math.min(39, 10 + Math.floor(rand() * 30))] }
          : {}),
      repairItems,
    };
  }
  return out;
}

/** The baseline: one plain loop, string comparison of days, no checks, no reasons. */
function handWritten(households, from, to) {
  let inspected = 0;
  let eligible = 0;
  let oneTime = 0;
  let taken = 0;
  let items = 0;
  let withItems = 0;
  const by = new Map(DISCIPLINES.map((d) => [d, 0]));
  for (const h of households) {
    if (h.eligible) {
      eligible++;
      if (h.keysTakenOn !== undefined && h.keysTakenOn >= from && h.keysTakenOn <= to) taken++;
    }
    if (h.firstInspectedOn === undefined) continue;
    inspected++;
    if (h.keysTakenAtFirstInspection === true) oneTime++;
    items += h.repairItems.length;
    if (h.repairItems.length > 0) {
      withItems++;
      const seen = new Set();
      for (const r of h.repairItems) seen.add(r.discipline);
      for (const d of seen) by.set(d, by.get(d) + 1);
    }
  }
  const f = (n, d) => ({ value: d === 0 ? null : n / d, numerator: n, denominator: d });
  return {
    oneTimeSuccessRate: f(oneTime, inspected),
    takeOverRate: f(taken, eligible),
    repairItemsPerHousehold: f(items, inspected),
    repairRate: f(withItems, inspected),
    inspectionSatisfactionRate: f(inspected - withItems, inspected),
    repairRateByDiscipline: Object.fromEntries(DISCIPLINES.map((d) => [d, f(by.get(d), inspected)])),
  };
}

const time = (fn) => {
  const t = process.hrtime.bigint();
  const r = fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, r };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log('\n## computeDeliveryKpis: households per pass, against a hand-written loop\n');
console.log(
  '| records | computeDeliveryKpis ms | createDeliveryKpiCounter ms | hand-written loop ms | library / baseline | records/s (library) |',
);
console.log('|---:|---:|---:|---:|---:|---:|');
for (const n of [10_000, 100_000, 1_000_000]) {
  const hs = makeHouseholds(n, 20261012 + n);
  const rounds = n === 1_000_000 ? 7 : 11;
  const lib = [];
  const stream = [];
  const base = [];
  for (let r = 0; r < rounds; r++) {
    const a = time(() => computeDeliveryKpis(hs, PERIOD));
    const b = time(() => handWritten(hs, PERIOD.centralizedFrom, PERIOD.centralizedTo));
    const c = time(() => {
      const counter = createDeliveryKpiCounter(PERIOD);
      for (const h of hs) counter.add(h);
      return counter.result();
    });
    if (r === 0) {
      for (const key of Object.keys(b.r)) {
        if (JSON.stringify(a.r[key]) !== JSON.stringify(b.r[key])) throw new Error(`${key} differs at ${n}`);
      }
    }
    lib.push(a.ms);
    base.push(b.ms);
    stream.push(c.ms);
  }
  const l = median(lib);
  const b = median(base);
  console.log(
    `| ${n.toLocaleString('en-US')} | ${l.toFixed(1)} | ${median(stream).toFixed(1)} | ${b.toFixed(1)} | ${(l / b).toFixed(2)}x | ${Math.round((n / l) * 1000).toLocaleString('en-US')} |`,
  );
}
