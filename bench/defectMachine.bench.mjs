// One `transition(machine, snapshot, event)` of the defect machine against a bare xstate
// machine of the same shape (the same states, events and targets; no guards, no actions,
// no context), in one process. The event mix, each from a snapshot prepared beforehand:
// - clock.tick in `planned`, before and after the end of the due day (the overdue flag)
// - rectification.carriedOut in `planned` (a step that moves the state)
// - confirmation.filed in `tracking` (guarded by assessDefectPlanOutcome and canCompleteDefectTracking)
// Target: within 2x of the bare machine.

import { createMachine, initialTransition, transition } from 'xstate';
import { defectMachine } from '../dist/defects/index.js';
import { measure, report } from './harness.mjs';

const at = (s) => `2026-${s}:00+08:00`;
const input = { id: 'D-1', source: 'patrol', major: true, reportedAt: at('09-21T10:00') };
const feasibility = { constructionCapacity: true, technical: true, schedule: true };
const steps = [
  { type: 'contactForm.generated', at: at('09-22T10:00') },
  { type: 'decision.made', at: at('09-24T15:00'), needsRectification: true, feasibility },
  { type: 'rectification.planned', at: at('09-28T10:00'), dueOn: '2026-10-09' },
  { type: 'rectification.carriedOut', at: at('10-08T10:00') },
  { type: 'rectification.accepted', at: at('10-09T18:00') },
  { type: 'rectification.verified', at: at('10-12T10:00') },
];

// The bare machine: the defect machine's states and events, each transition unguarded.
const bareMachine = createMachine({
  id: 'defect',
  initial: 'collected',
  on: { 'clock.tick': {} },
  states: {
    collected: { on: { 'contactForm.generated': 'generated' } },
    generated: { on: { 'decision.made': 'decided' } },
    decided: { on: { 'rectification.planned': 'planned', 'prevention.filed': 'tracking' } },
    planned: { on: { 'rectification.carriedOut': 'carriedOut' } },
    carriedOut: { on: { 'rectification.accepted': 'accepted' } },
    accepted: { on: { 'rectification.verified': 'tracking' } },
    tracking: {
      on: {
        'prevention.implemented': {},
        'confirmation.filed': 'summarising',
        'miss.explained': {},
        'miss.evaluated': 'summarising',
      },
    },
    summarising: { on: { 'summary.recorded': 'closed' } },
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
  const [planned, tracking] = [s[3], s[6]];
  return [
    [planned, { type: 'clock.tick', now: at('10-05T12:00') }],
    [planned, { type: 'clock.tick', now: at('10-10T00:00') }],
    [planned, { type: 'rectification.carriedOut', at: at('10-08T10:00') }],
    [tracking, { type: 'confirmation.filed', at: at('10-12T15:00') }],
  ];
}

const ours = cases(defectMachine, input);
const bare = cases(bareMachine, undefined);

// Correctness first: both machines land in the same state for every case.
for (let k = 0; k < ours.length; k++) {
  const [a] = transition(defectMachine, ...ours[k]);
  const [b] = transition(bareMachine, ...bare[k]);
  if (JSON.stringify(a.value) !== JSON.stringify(b.value)) {
    throw new Error(`case ${k}: defect machine in ${a.value}, bare machine in ${b.value}`);
  }
}
if (!transition(defectMachine, ...ours[1])[0].context.overdue.plan) {
  throw new Error('the tick at 10-10 00:00 should mark the plan due 10-09 missed');
}

const n = ours.length;
const results = measure([
  {
    name: 'defect machine transition',
    fn: (i) => {
      const [snapshot, event] = ours[i % n];
      return transition(defectMachine, snapshot, event);
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
  'transition(defectMachine, snapshot, event): clock.tick x2 and carriedOut in planned, confirmation.filed in tracking',
  results,
  'bare xstate machine, same shape',
);
const ratio = results[0].nsPerCall / results[1].nsPerCall;
console.log(
  `\ntarget: within 2x of the bare machine: ${ratio.toFixed(2)}x (${ratio <= 2 ? 'met' : 'MISSED'})`,
);
