// One `transition(machine, snapshot, event)` of the repair-order machine against a bare
// xstate machine of the same shape (the same states, events and targets; no guards, no
// actions, no context), in one process. The event mix, each from a snapshot prepared
// beforehand:
// - order.classified in `received` (needsOnSiteSurvey, assessRepairUrgency)
// - repair.completed in `repairing` (canCompleteRepair, the callback deadline in working days)
// - acceptance.recorded in `acceptance` (a guard chain)
// - visit.arrived in `repairing` (assessRepairVisitTime)
// - clock.tick in `callback` before and after the callback window ends
// Target: within 2x of the bare machine.

import { createMachine, initialTransition, transition } from 'xstate';
import { repairOrderMachine } from '../dist/warranty/index.js';
import { measure, report } from './harness.mjs';

const at = (s) => `2026-${s}:00+08:00`;
const input = { id: 'R-1', receivedAt: at('09-21T09:30') };
const classify = {
  type: 'order.classified',
  at: at('09-21T10:00'),
  component: 'leakage',
  problem: 'leak',
  inWarranty: true,
};
const steps = [
  classify,
  { type: 'survey.completed', at: at('09-22T10:00') },
  { type: 'plan.confirmed', at: at('09-22T15:00') },
  { type: 'repair.started', at: at('09-23T09:00') },
  { type: 'visit.agreed', at: at('09-23T09:30'), visitAt: at('09-24T09:00') },
  { type: 'repair.completed', at: at('09-28T16:00') },
  { type: 'acceptance.recorded', at: at('09-28T17:00'), outcome: 'accepted' },
];

// The bare machine: the repair-order machine's states and events, each transition unguarded.
const root = Object.fromEntries(
  [
    'clock.tick',
    'charges.accepted',
    'hiddenWorks.recorded',
    'hiddenWorks.inspected',
    'visit.agreed',
    'visit.rescheduled',
    'visit.arrived',
    'authority.reported',
    'contractor.replaced',
    'evidence.recorded',
    'penaltyNotice.issued',
    'compensation.planned',
    'compensation.approved',
    'deduction.notified',
  ].map((t) => [t, {}]),
);
const bareMachine = createMachine({
  id: 'repairOrder',
  initial: 'received',
  on: root,
  states: {
    received: { on: { 'order.classified': 'classified' } },
    classified: { on: { 'survey.completed': 'surveyed', 'plan.confirmed': 'planConfirmed' } },
    surveyed: { on: { 'plan.confirmed': 'planConfirmed' } },
    planConfirmed: { on: { 'repair.started': 'repairing' } },
    repairing: { on: { 'repair.completed': 'acceptance' } },
    acceptance: { on: { 'acceptance.recorded': 'callback' } },
    callback: { on: { 'callback.completed': 'closed' } },
    closed: { type: 'final' },
  },
});

/** The snapshots of `machine` after 0..steps.length steps. */
function walk(machine, machineInput) {
  const [s0] = initialTransition(machine, machineInput);
  const out = [s0];
  for (const e of steps) out.push(transition(machine, out[out.length - 1], e)[0]);
  return out;
}

function cases(machine, machineInput) {
  const s = walk(machine, machineInput);
  const [received, repairing, acceptance, callback] = [s[0], s[5], s[6], s[7]];
  return [
    [received, classify],
    [repairing, { type: 'repair.completed', at: at('09-28T16:00') }],
    [acceptance, { type: 'acceptance.recorded', at: at('09-28T17:00'), outcome: 'accepted' }],
    [repairing, { type: 'visit.arrived', at: at('09-24T09:11') }],
    [callback, { type: 'clock.tick', now: at('10-09T12:00') }],
    [callback, { type: 'clock.tick', now: at('10-12T12:00') }],
  ];
}

const ours = cases(repairOrderMachine, input);
const bare = cases(bareMachine, undefined);

// Correctness first: both machines land in the same state for every case.
for (let k = 0; k < ours.length; k++) {
  const [a] = transition(repairOrderMachine, ...ours[k]);
  const [b] = transition(bareMachine, ...bare[k]);
  if (JSON.stringify(a.value) !== JSON.stringify(b.value)) {
    throw new Error(`case ${k}: repair-order machine in ${a.value}, bare machine in ${b.value}`);
  }
}
const late = transition(repairOrderMachine, ...ours[5])[0];
if (!late.context.overdue.callback) throw new Error('the tick on 10-12 should mark the callback missed');
const visit = transition(repairOrderMachine, ...ours[3])[0];
if (visit.context.visit?.late !== true) throw new Error('11 minutes after the agreed time is late');

const n = ours.length;
const results = measure([
  {
    name: 'repair-order machine transition',
    fn: (i) => {
      const [snapshot, event] = ours[i % n];
      return transition(repairOrderMachine, snapshot, event);
    },
  },
  {
    name: 'bare xstate machine, same shape',
    fn: (i) => {
      const [snapshot, event] = bare[i % n];
      return transition(bareMachine, snapshot, event);
    },
  },
]);
report(
  'transition(machine, snapshot, event): classified, repair.completed, accepted, visit.arrived, clock.tick x2 in callback',
  results,
  'bare xstate machine, same shape',
);
const ratio = results[0].nsPerCall / results[1].nsPerCall;
console.log(
  `\ntarget: within 2x of the bare machine: ${ratio.toFixed(2)}x (${ratio <= 2 ? 'met' : 'MISSED'})`,
);
