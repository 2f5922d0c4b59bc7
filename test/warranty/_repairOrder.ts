/**
 * Shared helpers of the repair-order machine's tests: inputs on real 2026 dates, the flow
 * up to acceptance, and small drivers over the pure API.
 */

import { initialTransition, transition } from 'xstate';
import { type RepairOrderMachine, repairOrderMachine } from '../../src/warranty/repairOrderMachine.js';
import type {
  RepairOrderMachineEvent,
  RepairOrderMachineInput,
} from '../../src/warranty/repairOrderMachineTypes.js';

export type Snapshot = ReturnType<typeof initialTransition<RepairOrderMachine>>[0];

/** An instant in Asia/Shanghai time, 2026: `sh('09-21T09:30')`. */
export const sh = (s: string) => `2026-${s}:00+08:00`;
/** The same instant, canonical UTC as the context stores it. */
export const utc = (s: string) => new Date(sh(s)).toISOString();

/** A Monday in September 2026, a week before National Day (10-01..07 off, 10-10 a makeup working day). */
export const SEP21: RepairOrderMachineInput = { id: 'R-1', receivedAt: sh('09-21T09:30') };

/** A leak in a bathroom in warranty: a survey is owed (WAR-ONSITE). */
export const LEAK = {
  type: 'order.classified',
  at: sh('09-21T10:00'),
  component: 'leakage',
  problem: 'leak',
  inWarranty: true,
} as const satisfies RepairOrderMachineEvent;

/** A door that sticks, in warranty: no survey owed. */
export const DOOR = {
  type: 'order.classified',
  at: sh('09-21T10:00'),
  component: 'doors-and-windows',
  problem: 'other',
  inWarranty: true,
} as const satisfies RepairOrderMachineEvent;

/** The leak up to completion on Monday 09-28 16:00, with a pipe inspected before it is covered. */
export const LEAK_TO_ACCEPTANCE = [
  LEAK,
  { type: 'survey.completed', at: sh('09-22T10:00') },
  { type: 'plan.confirmed', at: sh('09-22T15:00') },
  { type: 'repair.started', at: sh('09-23T09:00') },
  { type: 'hiddenWorks.recorded', at: sh('09-23T10:00'), works: ['pipe', 'leak'] },
  { type: 'hiddenWorks.inspected', at: sh('09-25T16:00') },
  { type: 'repair.completed', at: sh('09-28T16:00') },
] as const satisfies readonly RepairOrderMachineEvent[];

export function start(
  input: RepairOrderMachineInput = SEP21,
  machine: RepairOrderMachine = repairOrderMachine,
): Snapshot {
  return initialTransition(machine, input)[0];
}

export function run(
  snapshot: Snapshot,
  events: readonly RepairOrderMachineEvent[],
  machine: RepairOrderMachine = repairOrderMachine,
): Snapshot {
  let s = snapshot;
  for (const e of events) s = transition(machine, s, e)[0];
  return s;
}

export const tick = (now: string) => ({ type: 'clock.tick', now }) as const;

/** The leak order awaiting acceptance (completed 2026-09-28 16:00). */
export const leakAtAcceptance = (machine: RepairOrderMachine = repairOrderMachine) =>
  run(start(SEP21, machine), LEAK_TO_ACCEPTANCE, machine);
