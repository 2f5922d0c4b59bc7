/**
 * The delivery of one household (`DLV-MODE`) as an xstate machine: thin and storable. Its
 * context converts to the household record the KPIs read (`toHouseholdDeliveryRecord`).
 *
 * @module
 */

import { and, assertEvent, assign, not, setup } from 'xstate';
import { InvalidArgumentError } from '../core/errors.js';
import { attachEventChecks } from '../machine/attachEventChecks.js';
import { createHouseholdDeliverySteps } from './createHouseholdDeliverySteps.js';
import { checkHouseholdDeliveryEvent } from './householdDeliveryEvents.js';
import type {
  HouseholdDeliveryMachineContext,
  HouseholdDeliveryMachineEvent,
  HouseholdDeliveryMachineInput,
} from './householdDeliveryMachineTypes.js';
import { type DeliveryMachineOptions, readDeliveryMachineOptions } from './machineOptions.js';

/**
 * Makes the household delivery machine of a policy and a calendar (`DLV-MODE`, SOL
 * 房屋交付管理 第二部分): `notified` (the owner phoned) -`preInspection.completed`->
 * `preInspected` (only where the owners' pre-inspection applies, `needsOwnerPreInspection`;
 * what it found is fixed before delivery, a deadline in the context) -`inspection.completed`->
 * `inspected` (the handover inspection, centralized or sporadic, its repair items recorded
 * per discipline) -`keys.taken`-> `keysTaken` (收楼, with repair items open) or straight to
 * `delivered` (none open); `keys.refused` (with at least one reason) -> `refused`, where
 * repairs may be closed and the keys taken later (a sporadic delivery). `repairs.closed` in
 * `keysTaken` -> `delivered`. Keys are taken only by an eligible household
 * (`eligibility.confirmed` makes it so). `clock.tick` marks the pre-inspection repairs
 * missed.
 *
 * Events are checked before they change anything (code `INVALID_EVENT`, path under
 * `event`; check first with `parseHouseholdDeliveryEvent`).
 *
 * @rule DLV-MODE
 * @rule DLV-STEPS
 * @rule DLV-SUMMARY
 * @example
 * ```ts
 * const machine = createHouseholdDeliveryMachine();
 * const [s0] = initialTransition(machine, { householdId: 'B3-1201', deliveryOn: '2026-10-12', notifiedAt: '2026-10-02T10:00:00+08:00', eligible: true });
 * const [s1] = transition(machine, s0, { type: 'inspection.completed', at: '2026-10-12T10:00:00+08:00', mode: 'centralized', repairItems: [] });
 * const [s2] = transition(machine, s1, { type: 'keys.taken', at: '2026-10-12T10:30:00+08:00' });
 * s2.value; // 'delivered': no repair item open
 * ```
 */
export function createHouseholdDeliveryMachine(options?: DeliveryMachineOptions) {
  const { policy, calendar } = readDeliveryMachineOptions(options);
  const steps = createHouseholdDeliverySteps(policy, calendar);
  const missingInput = new InvalidArgumentError(
    ['input'],
    'the household delivery machine needs its input { householdId, deliveryOn, notifiedAt, eligible, ... }',
  );
  const keysTaken = [
    { guard: and(['isEligible', 'hasOpenRepairs']), target: 'keysTaken', actions: 'takeKeys' },
    { guard: 'isEligible', target: 'delivered', actions: ['takeKeys', 'deliver'] },
  ] as const;
  const machine = setup({
    types: {
      /** The machine's context: plain JSON, stored with the snapshot. */
      context: {} as HouseholdDeliveryMachineContext,
      /** The events it takes, dot-separated and past tense. */
      events: {} as HouseholdDeliveryMachineEvent,
      /** What a household starts from. */
      input: {} as HouseholdDeliveryMachineInput,
    },
    guards: {
      /** Root events act on households not yet delivered. */
      isOpen: ({ context }) => context.deliveredAt === null,
      /** `DLV-STEPS`: the owners' pre-inspection applies (`needsOwnerPreInspection`, kept in the context). */
      needsPreInspection: ({ context }) => context.preInspection.required,
      /** Eligible to take the home (具备入住资格). */
      isEligible: ({ context }) => context.eligible,
      /** A repair item of the handover inspection is open. */
      hasOpenRepairs: ({ context }) => context.repairItems.some((i) => i.closedAt === null),
      /** An item the pre-inspection found is open. */
      hasOpenPreInspectionRepairs: ({ context }) =>
        context.preInspectionItems.some((i) => i.closedAt === null),
    },
    actions: {
      recordTick: assign(({ context, event }) => {
        assertEvent(event, 'clock.tick');
        return steps.tick(context, event);
      }),
      preInspect: assign(({ context, event }) => {
        assertEvent(event, 'preInspection.completed');
        return steps.preInspect(context, event);
      }),
      closePreInspectionRepairs: assign(({ context, event }) => {
        assertEvent(event, 'preInspectionRepairs.closed');
        return steps.closePreInspectionRepairs(context, event);
      }),
      inspect: assign(({ context, event }) => {
        assertEvent(event, 'inspection.completed');
        return steps.inspect(context, event);
      }),
      takeKeys: assign(({ context, event }) => {
        assertEvent(event, 'keys.taken');
        return steps.takeKeys(context, event);
      }),
      refuseKeys: assign(({ context, event }) => {
        assertEvent(event, 'keys.refused');
        return steps.refuseKeys(context, event);
      }),
      closeRepairs: assign(({ context, event }) => {
        assertEvent(event, 'repairs.closed');
        return steps.closeRepairs(context, event);
      }),
      confirmEligibility: assign(({ context, event }) => {
        assertEvent(event, 'eligibility.confirmed');
        return steps.confirmEligibility(context, event);
      }),
      deliver: assign(({ context, event }) => {
        assertEvent(event, ['keys.taken', 'repairs.closed']);
        return steps.deliver(context, event);
      }),
    },
  }).createMachine({
    id: 'householdDelivery',
    meta: { policyId: policy.id },
    /** The initial context, from the household's input, checked. */
    context: ({ input }) => {
      if (input === undefined) throw missingInput;
      return steps.initial(input);
    },
    initial: 'notified',
    on: {
      'clock.tick': { guard: 'isOpen', actions: 'recordTick' },
      'preInspectionRepairs.closed': {
        guard: and(['isOpen', 'hasOpenPreInspectionRepairs']),
        actions: 'closePreInspectionRepairs',
      },
      'eligibility.confirmed': { guard: and(['isOpen', not('isEligible')]), actions: 'confirmEligibility' },
    },
    states: {
      notified: {
        on: {
          'preInspection.completed': {
            guard: 'needsPreInspection',
            target: 'preInspected',
            actions: 'preInspect',
          },
          'inspection.completed': { target: 'inspected', actions: 'inspect' },
        },
      },
      preInspected: { on: { 'inspection.completed': { target: 'inspected', actions: 'inspect' } } },
      inspected: {
        on: {
          'keys.taken': keysTaken,
          'keys.refused': { target: 'refused', actions: 'refuseKeys' },
        },
      },
      refused: {
        on: {
          'keys.taken': keysTaken,
          'repairs.closed': { guard: 'hasOpenRepairs', actions: 'closeRepairs' },
        },
      },
      keysTaken: {
        on: { 'repairs.closed': { target: 'delivered', actions: ['closeRepairs', 'deliver'] } },
      },
      delivered: { type: 'final' },
    },
  });
  attachEventChecks(machine, checkHouseholdDeliveryEvent, { missingInput });
  return machine;
}

/**
 * A household delivery machine, as {@link createHouseholdDeliveryMachine} makes it.
 *
 * @rule DLV-MODE
 * @example
 * ```ts
 * type Snapshot = SnapshotFrom<HouseholdDeliveryMachine>;
 * ```
 */
export type HouseholdDeliveryMachine = ReturnType<typeof createHouseholdDeliveryMachine>;

/**
 * The household delivery machine of the default policy (`sinoOcean2008`) and the built-in calendar.
 *
 * @rule DLV-MODE
 * @example
 * ```ts
 * const [s] = initialTransition(householdDeliveryMachine, { householdId: 'B3-1201', deliveryOn: '2026-10-12', notifiedAt: '2026-10-02T10:00:00+08:00', eligible: true, preInspection: true });
 * s.context.deadlines.preInspectionRepairsBy?.lastDay; // '2026-10-10': a makeup working day before delivery
 * ```
 */
export const householdDeliveryMachine: HouseholdDeliveryMachine =
  /* @__PURE__ */ createHouseholdDeliveryMachine();
