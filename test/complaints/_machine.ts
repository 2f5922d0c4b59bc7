/**
 * Shared helpers of the complaint machine's tests: inputs on real 2026 dates, the flow up
 * to the callback, and small drivers over the pure API.
 */

import { initialTransition, transition } from 'xstate';
import { type ComplaintMachine, complaintMachine } from '../../src/complaints/complaintMachine.js';
import type {
  ComplaintMachineEvent,
  ComplaintMachineInput,
} from '../../src/complaints/complaintMachineTypes.js';

export type Snapshot = ReturnType<typeof initialTransition<ComplaintMachine>>[0];

/** An instant in Asia/Shanghai time, 2026: `sh('11-02T10:00')`. */
export const sh = (s: string) => `2026-${s}:00+08:00`;
export const iso = (ms: number) => new Date(ms).toISOString();
export const ms = (instant: string) => Date.parse(instant);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A Monday in November 2026, clear of holidays: every deadline is visible. */
export const NOV: ComplaintMachineInput = {
  id: 'C-1',
  receivedAt: sh('11-02T10:00'),
  category: 'engineering-quality',
};
/** The day before National Day 2026 (10-01..07 off, 10-10 a makeup working day). */
export const SEP30: ComplaintMachineInput = {
  id: 'C-2',
  receivedAt: sh('09-30T10:00'),
  category: 'sales-management',
};

/** The flow of the November complaint, step by step, up to the callback. */
export const NOV_STEPS = [
  { type: 'form.completed', at: sh('11-02T15:00') },
  { type: 'department.assigned', at: sh('11-03T09:00'), department: 'engineering' },
  { type: 'plan.issued', at: sh('11-03T14:00') },
  { type: 'plan.communicated', at: sh('11-04T10:00') },
  { type: 'handling.completed', at: sh('11-06T10:00') },
] as const satisfies readonly ComplaintMachineEvent[];

export function start(input: ComplaintMachineInput, machine: ComplaintMachine = complaintMachine): Snapshot {
  return initialTransition(machine, input)[0];
}

export function run(
  snapshot: Snapshot,
  events: readonly ComplaintMachineEvent[],
  machine: ComplaintMachine = complaintMachine,
): Snapshot {
  let s = snapshot;
  for (const e of events) s = transition(machine, s, e)[0];
  return s;
}

export const callback = (at: string, outcome: 'satisfied' | 'not-satisfied' | 'no-answer' | 'refused') =>
  ({ type: 'callback.completed', at, outcome }) as const;
export const tick = (now: string) => ({ type: 'clock.tick', now }) as const;

/** The November complaint in `callingBack`. */
export const novCallingBack = (machine: ComplaintMachine = complaintMachine) =>
  run(start(NOV, machine), NOV_STEPS, machine);
