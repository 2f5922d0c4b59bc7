// One `transition(machine, snapshot, event)` of the complaint machine against a bare xstate
// machine of the same shape (the same states, events and targets; no guards, no actions,
// no context), in one process. The event mix, each from a snapshot prepared beforehand:
// - clock.tick in `handling` at instants before and after the complaint turns stale
// - callback.completed no-answer in `callingBack` (a counted attempt, a guard chain)
// - form.completed in `registered` (a step that moves the state)
// Target: within 2x of the bare machine.

import { createMachine, initialTransition, transition } from 'xstate';
import { complaintMachine } from '../dist/complaints/index.js';
import { measure, report } from './harness.mjs';

const at = (s) => `2026-${s}:00+08:00`;
const input = { id: 'C-1', receivedAt: at('11-02T10:00'), category: 'engineering-quality' };
const steps = [
  { type: 'form.completed', at: at('11-02T15:00') },
  { type: 'department.assigned', at: at('11-03T09:00'), department: 'engineering' },
  { type: 'plan.issued', at: at('11-03T14:00') },
  { type: 'plan.communicated', at: at('11-04T10:00') },
  { type: 'handling.completed', at: at('11-06T10:00') },
];

// The bare machine: the complaint machine's states and events, each transition unguarded.
const later = { 'impasse.recorded': {}, 'lawsuit.filed': 'closed', 'opinion.served': 'closed' };
const bareMachine = createMachine({
  id: 'complaint',
  initial: 'registered',
  on: {
    'clock.tick': {},
    'severity.assessed': {},
    'delay.attributed': {},
    'warning.sent': {},
    'event.reported': {},
  },
  states: {
    registered: { on: { 'form.completed': 'verified' } },
    verified: { on: { 'department.assigned': 'assigned' } },
    assigned: { on: { 'plan.issued': 'planned' } },
    planned: { on: { 'plan.communicated': 'handling' } },
    handling: { on: { 'handling.completed': 'callingBack', ...later } },
    callingBack: { on: { 'callback.completed': {}, 'reply.attached': 'closed', ...later } },
    unreachable: { on: { 'callback.completed': {}, ...later } },
    disputed: { on: { 'callback.completed': {}, ...later } },
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
  const [registered, handling, callingBack] = [s[0], s[4], s[5]];
  return [
    [handling, { type: 'clock.tick', now: at('11-05T12:00') }],
    [handling, { type: 'clock.tick', now: at('11-09T12:00') }],
    [callingBack, { type: 'callback.completed', at: at('11-07T10:00'), outcome: 'no-answer' }],
    [registered, { type: 'form.completed', at: at('11-02T15:00') }],
  ];
}

const ours = cases(complaintMachine, input);
const bare = cases(bareMachine, undefined);

// Correctness first: both machines land in the same state for every case.
for (let k = 0; k < ours.length; k++) {
  const [a] = transition(complaintMachine, ...ours[k]);
  const [b] = transition(bareMachine, ...bare[k]);
  if (JSON.stringify(a.value) !== JSON.stringify(b.value)) {
    throw new Error(`case ${k}: complaint machine in ${a.value}, bare machine in ${b.value}`);
  }
}
const sanity = transition(complaintMachine, ...ours[1])[0];
if (sanity.context.severity.level !== 'hot') throw new Error('the late tick should make the complaint hot');

const n = ours.length;
const results = measure([
  {
    name: 'complaint machine transition',
    fn: (i) => {
      const [snapshot, event] = ours[i % n];
      return transition(complaintMachine, snapshot, event);
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
  'transition(machine, snapshot, event): clock.tick x2 in handling, no-answer in callingBack, form.completed',
  results,
  'bare xstate machine, same shape',
);
const ratio = results[0].nsPerCall / results[1].nsPerCall;
console.log(
  `\ntarget: within 2x of the bare machine: ${ratio.toFixed(2)}x (${ratio <= 2 ? 'met' : 'MISSED'})`,
);
