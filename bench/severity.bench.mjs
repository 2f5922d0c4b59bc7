// assessComplaintSeverity(facts) against what a user would pick instead, in one process:
// - a hand-written function of the same rules, level and majorGroup only, no reasons (the practical limit)
// - json-rules-engine with the same rules as JSON (one Engine, engine.run(facts) per record; async)

import { createRequire } from 'node:module';
import { assessComplaintSeverity } from '../dist/complaints/index.js';
import { measure, report, seeded } from './harness.mjs';

const require = createRequire(import.meta.url);
const { Engine } = require('json-rules-engine');

const DAY = 86_400_000;
const STALE_MS = 7 * DAY;

// Inputs: 2^20 (1,048,576) facts objects as a complaint desk would pass them: mostly general,
// a few % each with compensation over or under 20,000, a lawsuit, media, a household count,
// repeat and collective counts; 2% with Date instants for the stale rule.
const rand = seeded(20260630);
const N = 1 << 20;
const mask = N - 1;
const NOW = Date.parse('2026-06-30T10:00:00+08:00');
const SIGNALS = ['brand-damaging-media', 'public-outrage', 'disaster', 'major-accident'];
const pick = (p) => rand() < p;
const facts = new Array(N);
for (let i = 0; i < N; i++) {
  // Households with the same issue: mostly 1-5, a long tail past 20.
  const h = rand();
  const f = {
    householdsWithSameIssue:
      h < 0.9
        ? 1 + Math.floor(rand() * 5)
        : h < 0.97
          ? 6 + Math.floor(rand() * 14)
          : 20 + Math.floor(rand() * 40),
    distinctComplainantsWithin30Days: pick(0.05) ? 3 + Math.floor(rand() * 4) : 1 + Math.floor(rand() * 2),
  };
  if (pick(0.04))
    f.compensationPerHousehold = pick(0.5)
      ? 20_000.01 + Math.floor(rand() * 200_000)
      : pick(0.2)
        ? 20_000
        : Math.floor(rand() * 20_000);
  if (pick(0.01)) f.lawsuitFiled = true;
  if (pick(0.01)) f.mediaExposed = true;
  if (pick(0.005)) f.demandsReturnOrLargeCompensation = true;
  if (pick(0.01)) f.householdsComplainingTogether = Math.floor(rand() * 20);
  if (pick(0.02)) f.mayLeadToLawsuitOrMedia = true;
  if (pick(0.02)) f.collectiveComplainants = 2 + Math.floor(rand() * 6);
  if (pick(0.02)) {
    f.receivedAt = new Date(NOW - Math.floor(rand() * 14 * DAY));
    f.now = new Date(NOW);
    if (pick(0.5)) f.delayOnCompanySide = pick(0.7); // absent: the company's side, the one default
    // Resolved between its receipt and now (a resolution before the receipt is refused).
    if (pick(0.3))
      f.resolvedAt = new Date(f.receivedAt.getTime() + Math.floor(rand() * (NOW - f.receivedAt.getTime())));
  }
  if (pick(0.002)) f.crisisSignals = [SIGNALS[Math.floor(rand() * SIGNALS.length)]];
  facts[i] = f;
}

// (b) The hand-written limit: the same rules and thresholds as constants, shared result objects.
const LEVELS = ['general', 'hot', 'major', 'crisis'];
const RESULTS = LEVELS.flatMap((level) => [
  Object.freeze({ level, majorGroup: false }),
  Object.freeze({ level, majorGroup: true }),
]);
const ms = (x) => (typeof x === 'string' ? Date.parse(x) : x.getTime());
function handWritten(f) {
  let rank = 0;
  let group = 0;
  const signals = f.crisisSignals;
  const comp = f.compensationPerHousehold;
  const together = f.householdsComplainingTogether;
  if (signals !== undefined && signals.length > 0) rank = 3;
  else if (
    (comp !== undefined && comp > 20_000) ||
    f.lawsuitFiled === true ||
    f.mediaExposed === true ||
    f.householdsWithSameIssue >= 20 ||
    f.demandsReturnOrLargeCompensation === true
  )
    rank = 2;
  if (together !== undefined && together >= 10) {
    group = 1;
    if (rank < 2) rank = 2;
  }
  if (rank === 0) {
    const repeat = f.distinctComplainantsWithin30Days;
    const collective = f.collectiveComplainants;
    if (
      f.mayLeadToLawsuitOrMedia === true ||
      (repeat !== undefined && repeat >= 3) ||
      (collective !== undefined && collective >= 3)
    )
      rank = 1;
    else if (f.delayOnCompanySide !== false && f.receivedAt !== undefined && f.now !== undefined) {
      const now = ms(f.now);
      if ((f.resolvedAt === undefined || ms(f.resolvedAt) > now) && now - ms(f.receivedAt) >= STALE_MS)
        rank = 1;
    }
  }
  return RESULTS[rank * 2 + group];
}
/** A fresh copy of the hand-written function, with type feedback of its own. */
const freshHandWritten = () =>
  new Function('RESULTS', 'STALE_MS', 'ms', `return ${handWritten}`)(RESULTS, STALE_MS, ms);

// (c) json-rules-engine: the same rules as JSON, one engine.
const engine = new Engine([], { allowUndefinedFacts: true });
engine.addOperator('nonEmpty', (a) => Array.isArray(a) && a.length > 0);
engine.addFact('unresolvedAgeMs', async (_params, almanac) => {
  const [receivedAt, now, resolvedAt] = await Promise.all([
    almanac.factValue('receivedAt'),
    almanac.factValue('now'),
    almanac.factValue('resolvedAt'),
  ]);
  if (receivedAt === undefined || now === undefined) return undefined;
  if (resolvedAt !== undefined && ms(resolvedAt) <= ms(now)) return undefined;
  return ms(now) - ms(receivedAt);
});
const rule = (name, event, conditions) => ({ name, conditions, event: { type: event } });
const is = (fact, operator, value) => ({ fact, operator, value });
for (const r of [
  rule('CMP-SEV-CRISIS', 'crisis', { all: [is('crisisSignals', 'nonEmpty', true)] }),
  rule('CMP-SEV-MAJOR-COMP', 'major', { all: [is('compensationPerHousehold', 'greaterThan', 20_000)] }),
  rule('CMP-SEV-MAJOR-LEGAL', 'major', {
    any: [is('lawsuitFiled', 'equal', true), is('mediaExposed', 'equal', true)],
  }),
  rule('CMP-SEV-MAJOR-COUNT', 'major', { all: [is('householdsWithSameIssue', 'greaterThanInclusive', 20)] }),
  rule('CMP-SEV-MAJOR-CLAIM', 'major', { all: [is('demandsReturnOrLargeCompensation', 'equal', true)] }),
  rule('CMP-SEV-GROUP', 'major-group', {
    all: [is('householdsComplainingTogether', 'greaterThanInclusive', 10)],
  }),
  rule('CMP-SEV-HOT-RISK', 'hot', { all: [is('mayLeadToLawsuitOrMedia', 'equal', true)] }),
  rule('CMP-SEV-HOT-REPEAT', 'hot', {
    all: [is('distinctComplainantsWithin30Days', 'greaterThanInclusive', 3)],
  }),
  rule('CMP-SEV-HOT-COLLECTIVE', 'hot', { all: [is('collectiveComplainants', 'greaterThanInclusive', 3)] }),
  rule('CMP-SEV-HOT-STALE', 'hot', {
    all: [
      is('delayOnCompanySide', 'notEqual', false),
      is('unresolvedAgeMs', 'greaterThanInclusive', STALE_MS),
    ],
  }),
]) {
  engine.addRule(r);
}
const RANK = { general: 0, hot: 1, major: 2, 'major-group': 2, crisis: 3 };
async function viaEngine(f) {
  const { events } = await engine.run(f);
  let rank = 0;
  let group = 0;
  for (const e of events) {
    if (RANK[e.type] > rank) rank = RANK[e.type];
    if (e.type === 'major-group') group = 1;
  }
  return RESULTS[rank * 2 + group];
}

// The same records twice: as generated, absent facts left out (mixed shapes, as parsed
// records come), and in one shape (every key present, undefined when absent, as a caller that
// maps its rows with one object literal passes them: monomorphic property loads). One shape
// is measured first, before our function has seen the other shapes.
const KEYS = [
  'compensationPerHousehold',
  'lawsuitFiled',
  'mediaExposed',
  'householdsWithSameIssue',
  'householdsComplainingTogether',
  'demandsReturnOrLargeCompensation',
  'mayLeadToLawsuitOrMedia',
  'distinctComplainantsWithin30Days',
  'collectiveComplainants',
  'receivedAt',
  'resolvedAt',
  'now',
  'delayOnCompanySide',
  'crisisSignals',
];
const ALL_ABSENT = Object.fromEntries(KEYS.map((k) => [k, undefined]));
const oneShape = facts.map((f) => ({ ...ALL_ABSENT, ...f }));
const OURS = 'realty-crm-rules assessComplaintSeverity (with reasons)';
const HAND = 'hand-written rules (level and majorGroup only)';

// Correctness first: all three agree on level and majorGroup.
function agree(records, hand) {
  const byLevel = { general: 0, hot: 0, major: 0, crisis: 0, group: 0 };
  for (let i = 0; i < N; i++) {
    const ours = assessComplaintSeverity(records[i]);
    const other = hand(records[i]);
    if (ours.level !== other.level || ours.majorGroup !== other.majorGroup)
      throw new Error(`hand-written disagrees at ${i}: ${JSON.stringify(records[i])}`);
    byLevel[ours.level]++;
    if (ours.majorGroup) byLevel.group++;
  }
  return byLevel;
}

const handOneShape = freshHandWritten();
const byLevel = agree(oneShape, handOneShape);
const uniform = measure([
  { name: OURS, fn: (i) => assessComplaintSeverity(oneShape[i & mask]) },
  { name: HAND, fn: (i) => handOneShape(oneShape[i & mask]) },
]);
// The first 4,096 of them, which stay in the CPU caches: compute, not memory, per record.
const SMALL = 4095;
const inCache = measure([
  { name: OURS, fn: (i) => assessComplaintSeverity(oneShape[i & SMALL]) },
  { name: HAND, fn: (i) => handOneShape(oneShape[i & SMALL]) },
]);

const handMixed = freshHandWritten();
agree(facts, handMixed);
const M = 20_000;
for (let i = 0; i < M; i++) {
  const ours = assessComplaintSeverity(facts[i]);
  const jre = await viaEngine(facts[i]);
  if (ours.level !== jre.level || ours.majorGroup !== jre.majorGroup)
    throw new Error(`json-rules-engine disagrees at ${i}: ${JSON.stringify(facts[i])}`);
}
const mixed = measure([
  { name: OURS, fn: (i) => assessComplaintSeverity(facts[i & mask]) },
  { name: HAND, fn: (i) => handMixed(facts[i & mask]) },
]);

// json-rules-engine is async: its own loop, sequential awaits over M records, median of 5 rounds.
const rounds = [];
for (let r = 0; r < 6; r++) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < M; i++) await viaEngine(facts[i]);
  if (r > 0) rounds.push(Number(process.hrtime.bigint() - start) / M); // round 0 warms up
}
rounds.sort((a, b) => a - b);
mixed.push({
  name: `json-rules-engine engine.run (async, ${M.toLocaleString('en-US')} records)`,
  nsPerCall: rounds[Math.floor(rounds.length / 2)],
});

report(
  `assessComplaintSeverity(facts), ${N.toLocaleString('en-US')} generated records, mixed shapes (absent facts left out)`,
  mixed,
  OURS,
);
report(
  `assessComplaintSeverity(facts), the same ${N.toLocaleString('en-US')} records in one shape (every key present)`,
  uniform,
  OURS,
);
report('the first 4,096 of those records, one shape (in cache)', inCache, OURS);
const pct = (n) => `${((100 * n) / N).toFixed(1)}%`;
console.log(
  `\nrecords: general ${pct(byLevel.general)}, hot ${pct(byLevel.hot)}, major ${pct(byLevel.major)} ` +
    `(group ${pct(byLevel.group)}), crisis ${pct(byLevel.crisis)}; all three agree on level and majorGroup.`,
);
const verdict = (results) => {
  const ratio = results[0].nsPerCall / results[1].nsPerCall;
  return `${ratio.toFixed(2)}x (${ratio <= 3 ? 'met' : 'MISSED'})`;
};
console.log(
  `target: within 3x of the hand-written rules, reasons included: mixed shapes ${verdict(mixed)}, ` +
    `one shape ${verdict(uniform)}, in cache ${verdict(inCache)}; json-rules-engine is ${(mixed[2].nsPerCall / mixed[0].nsPerCall).toFixed(0)}x slower than ours`,
);
