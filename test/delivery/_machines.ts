/**
 * Shared helpers of the delivery machines' tests: a batch delivered on 2026-10-12 (its
 * 7-day notice falls on 10-05, in National Day 10-01..10-07; 10-10 is a makeup working
 * day), risk checks, households, and small drivers over the pure API.
 */

import { initialTransition, transition } from 'xstate';
import { type DeliveryBatchMachine, deliveryBatchMachine } from '../../src/delivery/deliveryBatchMachine.js';
import type {
  DeliveryBatchMachineEvent,
  DeliveryBatchMachineInput,
} from '../../src/delivery/deliveryBatchMachineTypes.js';
import {
  type HouseholdDeliveryMachine,
  householdDeliveryMachine,
} from '../../src/delivery/householdDeliveryMachine.js';
import type {
  HouseholdDeliveryMachineEvent,
  HouseholdDeliveryMachineInput,
} from '../../src/delivery/householdDeliveryMachineTypes.js';
import type { DeliveryRiskCheck } from '../../src/delivery/schemas.js';

export type BatchSnapshot = ReturnType<typeof initialTransition<DeliveryBatchMachine>>[0];
export type HouseholdSnapshot = ReturnType<typeof initialTransition<HouseholdDeliveryMachine>>[0];

/** An instant in Asia/Shanghai time, 2026: `sh('10-12T10:00')`. */
export const sh = (s: string) => `2026-${s}:00+08:00`;
/** The canonical UTC instant of 00:00 Asia/Shanghai on the day after `day` (a deadline's end). */
export const endOf = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00+08:00`) + 86_400_000).toISOString();

/** A batch delivered on Monday 2026-10-12, not in Beijing, not a first delivery. */
export const OCT12: DeliveryBatchMachineInput = {
  batchId: 'B-2026-10',
  deliveryOn: '2026-10-12',
  createdAt: sh('07-01T09:00'),
};
/** The same batch in Beijing: the owners' pre-inspection applies under sinoOcean2008. */
export const OCT12_BEIJING: DeliveryBatchMachineInput = { ...OCT12, region: '北京市' };

/** A risk check with one passed item in each class, the self-check done on time. */
export const readyCheck = (extra: Partial<DeliveryRiskCheck> = {}): DeliveryRiskCheck => ({
  projectId: 'P-1',
  firstDelivery: false,
  deliveryOn: '2026-10-12',
  teamFormedOn: '2026-08-20',
  selfCheckCompletedOn: '2026-09-10',
  reportSubmittedOn: '2026-09-11',
  items: [
    { id: 'C-1', class: 'contracts-regulations', result: 'passed' },
    { id: 'D-1', class: 'design-changes', result: 'passed' },
    { id: 'S-1', class: 'sales-promises', result: 'passed' },
    { id: 'Q-1', class: 'engineering-quality', result: 'passed' },
  ],
  ...extra,
});
/** The same check with a failed item and no disposition: it blocks delivery. */
export const blockedCheck = (): DeliveryRiskCheck =>
  readyCheck({
    items: [...readyCheck().items, { id: 'Q-2', class: 'engineering-quality', result: 'failed' }],
  });

/** The batch's flow, step by step, up to the centralized delivery (no pre-inspection). */
export const BATCH_STEPS = [
  { type: 'plan.approved', at: sh('08-10T10:00') },
  { type: 'riskCheck.assessed', at: sh('09-12T10:00'), check: readyCheck() },
  { type: 'handover.completed', at: sh('09-20T10:00') },
] as const satisfies readonly DeliveryBatchMachineEvent[];

export function startBatch(
  input: DeliveryBatchMachineInput = OCT12,
  machine: DeliveryBatchMachine = deliveryBatchMachine,
) {
  return initialTransition(machine, input)[0];
}
export function runBatch(
  s: BatchSnapshot,
  events: readonly DeliveryBatchMachineEvent[],
  machine: DeliveryBatchMachine = deliveryBatchMachine,
): BatchSnapshot {
  let out = s;
  for (const e of events) out = transition(machine, out, e)[0];
  return out;
}

/** A household of the batch, phoned on 10-02 (the 2nd day after a pack mailed on 09-30). */
export const HOUSEHOLD: HouseholdDeliveryMachineInput = {
  householdId: 'B3-1201',
  deliveryOn: '2026-10-12',
  notifiedAt: sh('10-02T10:00'),
  eligible: true,
};

export function startHousehold(
  input: HouseholdDeliveryMachineInput = HOUSEHOLD,
  machine: HouseholdDeliveryMachine = householdDeliveryMachine,
) {
  return initialTransition(machine, input)[0];
}
export function runHousehold(
  s: HouseholdSnapshot,
  events: readonly HouseholdDeliveryMachineEvent[],
  machine: HouseholdDeliveryMachine = householdDeliveryMachine,
): HouseholdSnapshot {
  let out = s;
  for (const e of events) out = transition(machine, out, e)[0];
  return out;
}

export const batchTick = (now: string) => ({ type: 'clock.tick', now }) as const;
