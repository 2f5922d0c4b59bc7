// One `transition(machine, snapshot, event)` of each delivery machine against a bare xstate
// machine of the same shape (the same states, events and targets; no guards, no actions,
// no context), in one process. Each case from a snapshot prepared beforehand:
// - batch: clock.tick in centralizedDelivery before and after the notice pack is missed
//   (the milestones' overdue flags recomputed), milestone.completed, plan.approved in planning
// - household: clock.tick in preInspected (the pre-inspection repairs' deadline),
//   keys.taken in inspected (a guard chain), inspection.completed with two repair items
// Target: within 2x of the bare machine.

import { createMachine, initialTransition, transition } from 'xstate';
import { deliveryBatchMachine, householdDeliveryMachine } from '../dist/delivery/index.js';
import { measure, report } from './harness.mjs';

const at = (s) => `2026-${s}:00+08:00`;

function walk(machine, input, steps) {
  const [s0] = initialTransition(machine, input);
  const out = [s0];
  for (const e of steps) out.push(transition(machine, out[out.length - 1], e)[0]);
  return out;
}

// --- the batch ---
const check = {
  projectId: 'P-1',
  firstDelivery: false,
  selfCheckCompletedOn: '2026-09-10',
  items: ['contracts-regulations', 'design-changes', 'sales-promises', 'engineering-quality'].map((c, i) => ({
    id: `I-${i}`,
    class: c,
    result: 'passed',
  })),
};
const batchInput = { batchId: 'B-1', deliveryOn: '2026-10-12', createdAt: at('07-01T09:00') };
const batchSteps = [
  { type: 'plan.approved', at: at('08-10T10:00') },
  { type: 'riskCheck.assessed', at: at('09-12T10:00'), check },
  { type: 'handover.completed', at: at('09-20T10:00') },
];
const bareBatch = createMachine({
  id: 'deliveryBatch',
  initial: 'planning',
  on: { 'clock.tick': {}, 'milestone.completed': {} },
  states: {
    planning: { on: { 'plan.approved': 'riskChecking' } },
    riskChecking: { on: { 'riskCheck.assessed': 'handingOver' } },
    preInspecting: { on: { 'preInspection.completed': 'handingOver' } },
    handingOver: { on: { 'handover.completed': 'centralizedDelivery' } },
    centralizedDelivery: { on: { 'centralized.ended': 'sporadicDelivery' } },
    sporadicDelivery: { on: { 'summary.submitted': {}, 'sporadic.ended': 'summarizing' } },
    summarizing: { on: { 'summary.submitted': 'closed' } },
    closed: { type: 'final' },
  },
});
function batchCases(machine, input) {
  const s = walk(machine, input, batchSteps);
  const [planning, centralized] = [s[0], s[3]];
  return [
    [centralized, { type: 'clock.tick', now: at('09-25T12:00') }],
    [centralized, { type: 'clock.tick', now: at('10-01T12:00') }],
    [centralized, { type: 'milestone.completed', at: at('09-28T10:00'), milestone: 'notice-pack-mailed' }],
    [planning, { type: 'plan.approved', at: at('08-10T10:00') }],
  ];
}

// --- the household ---
const householdInput = {
  householdId: 'H-1',
  deliveryOn: '2026-10-12',
  notifiedAt: at('10-02T10:00'),
  eligible: true,
  preInspection: true,
};
const householdSteps = [
  { type: 'preInspection.completed', at: at('10-05T10:00'), repairItems: [{ discipline: 'civil' }] },
  { type: 'inspection.completed', at: at('10-12T10:00'), mode: 'centralized', repairItems: [] },
];
const bareHousehold = createMachine({
  id: 'householdDelivery',
  initial: 'notified',
  on: { 'clock.tick': {}, 'preInspectionRepairs.closed': {}, 'eligibility.confirmed': {} },
  states: {
    notified: { on: { 'preInspection.completed': 'preInspected', 'inspection.completed': 'inspected' } },
    preInspected: { on: { 'inspection.completed': 'inspected' } },
    inspected: { on: { 'keys.taken': 'delivered', 'keys.refused': 'refused' } },
    refused: { on: { 'keys.taken': 'delivered', 'repairs.closed': {} } },
    keysTaken: { on: { 'repairs.closed': 'delivered' } },
    delivered: { type: 'final' },
  },
});
function householdCases(machine, input) {
  const s = walk(machine, input, householdSteps);
  const [preInspected, inspected] = [s[1], s[2]];
  return [
    [preInspected, { type: 'clock.tick', now: at('10-09T12:00') }],
    [preInspected, { type: 'clock.tick', now: at('10-11T12:00') }],
    [inspected, { type: 'keys.taken', at: at('10-12T11:00') }],
    [
      preInspected,
      {
        type: 'inspection.completed',
        at: at('10-12T10:00'),
        mode: 'centralized',
        repairItems: [{ discipline: 'plumbing' }, { discipline: 'doors-and-windows', description: 'gap' }],
      },
    ],
  ];
}

for (const [label, machine, bareMachine, cases, input, sanity] of [
  [
    'delivery batch',
    deliveryBatchMachine,
    bareBatch,
    batchCases,
    batchInput,
    (s) => s.context.milestones.find((m) => m.id === 'notice-pack-mailed').overdue === true,
  ],
  [
    'household delivery',
    householdDeliveryMachine,
    bareHousehold,
    householdCases,
    householdInput,
    (s) => s.context.overdue.preInspectionRepairs === true,
  ],
]) {
  const ours = cases(machine, input);
  const bare = cases(bareMachine, undefined);
  for (let k = 0; k < ours.length; k++) {
    const [a] = transition(machine, ...ours[k]);
    const [b] = transition(bareMachine, ...bare[k]);
    if (a.value !== b.value && !(k === 3 && label === 'household delivery')) {
      throw new Error(`${label} case ${k}: machine in ${a.value}, bare machine in ${b.value}`);
    }
  }
  if (!sanity(transition(machine, ...ours[1])[0]))
    throw new Error(`${label}: the late tick should mark a deadline missed`);
  const n = ours.length;
  const results = measure(
    [
      { name: `${label} machine transition`, fn: (i) => transition(machine, ...ours[i % n]) },
      { name: 'bare xstate machine, same shape', fn: (i) => transition(bareMachine, ...bare[i % n]) },
    ],
    { warmupMs: 1000 },
  );
  report(`${label}: transition(machine, snapshot, event)`, results, 'bare xstate machine, same shape');
  const ratio = results[0].nsPerCall / results[1].nsPerCall;
  console.log(
    `\ntarget: within 2x of the bare machine: ${ratio.toFixed(2)}x (${ratio <= 2 ? 'met' : 'MISSED'})\n`,
  );
}
