/**
 * The delivery of a batch (`DLV-STEPS`) as an xstate machine: thin and storable (DESIGN
 * convention 8). The schedule, the risk check and the pre-inspection scope are judged by
 * the module's decision functions; the context is plain JSON; time arrives in events.
 *
 * @module
 */

import { and, assertEvent, assign, setup } from 'xstate';
import { InvalidArgumentError } from '../core/errors.js';
import { attachEventChecks } from '../machine/attachEventChecks.js';
import { createDeliveryBatchSteps, registerDeliveryBatchSteps } from './createDeliveryBatchSteps.js';
import { checkDeliveryBatchEvent } from './deliveryBatchEvents.js';
import type {
  DeliveryBatchMachineContext,
  DeliveryBatchMachineEvent,
  DeliveryBatchMachineInput,
} from './deliveryBatchMachineTypes.js';
import { type DeliveryMachineOptions, readDeliveryMachineOptions } from './machineOptions.js';

/**
 * Makes the delivery batch machine of a policy and a calendar (`DLV-STEPS`, SOL 房屋交付管理
 * 3): `planning` (the delivery plan) -`plan.approved`-> `riskChecking` (the pre-delivery
 * risk check) -`riskCheck.assessed`-> `preInspecting` (the owners' pre-inspection, only
 * where the policy requires it) or straight to `handingOver` (the handover to the property
 * company) when it does not (the context's `preInspection.reasons` say why it was skipped);
 * a risk check with a blocking finding keeps the batch in `riskChecking` with what blocks
 * it. Then `preInspection.completed` -> `handingOver` -`handover.completed`->
 * `centralizedDelivery` (集中交付) -`centralized.ended`-> `sporadicDelivery` (零星交付 of the
 * rest; the summary is due 5 working days after the centralized delivery's last day)
 * -`sporadic.ended`-> `summarizing`, or `closed` when the summary already reached HQ;
 * `summary.submitted` in `summarizing` closes the batch.
 *
 * The schedule's milestones (`computeDeliverySchedule`) live in the context as stored
 * deadlines; `milestone.completed { at, milestone }` records one done, the step events
 * record their own (the plan, the pre-inspection, the handover inspection, the summary);
 * `clock.tick { now }` marks the milestones missed by `now`; `context.nextDueAt` is the one
 * instant an app sets a timer for. The notice pack mailed on another day than planned moves
 * the owners' call window to the 2nd-3rd day after it.
 *
 * Events are checked before they change anything: an event of an unknown type, with a
 * field outside its schema, dated before the previous event (or, for `centralized.ended`,
 * before the delivery day), a milestone the schedule lacks, or a risk check for another
 * delivery day is refused with an `InvalidArgumentError` (code `INVALID_EVENT`, a path
 * under `event`): the pure `transition` throws it and the caller's snapshot is untouched
 * (check first with `parseDeliveryBatchEvent`). A bad input gives an initial snapshot with
 * `status: 'error'` and an `InvalidArgumentError` at `input.*`.
 *
 * @rule DLV-STEPS
 * @rule DLV-PLAN
 * @rule DLV-RISK-HQ
 * @rule DLV-PREP
 * @rule DLV-HANDOVER-LAW
 * @rule DLV-MODE
 * @rule DLV-SUMMARY
 * @example
 * ```ts
 * const machine = createDeliveryBatchMachine({ policy: sinoOcean2008 });
 * const [s0] = initialTransition(machine, { batchId: 'B-1', deliveryOn: '2026-10-12', createdAt: '2026-07-01T09:00:00+08:00' });
 * s0.value; // 'planning'
 * s0.context.preInspection.required; // false: sinoOcean2008 holds it for Beijing projects only
 * const [s1] = transition(machine, s0, { type: 'plan.approved', at: '2026-08-10T10:00:00+08:00' });
 * s1.value; // 'riskChecking'
 * ```
 */
export function createDeliveryBatchMachine(options?: DeliveryMachineOptions) {
  const { policy, calendar } = readDeliveryMachineOptions(options);
  const steps = createDeliveryBatchSteps(policy, calendar);
  const missingInput = new InvalidArgumentError(
    ['input'],
    'the delivery batch machine needs its input { batchId, deliveryOn, createdAt, ... }',
  );
  const machine = setup({
    types: {
      /** The machine's context: plain JSON, stored with the snapshot. */
      context: {} as DeliveryBatchMachineContext,
      /** The events it takes, dot-separated and past tense. */
      events: {} as DeliveryBatchMachineEvent,
      /** What a batch starts from. */
      input: {} as DeliveryBatchMachineInput,
    },
    guards: {
      /** Root events act on open batches only (a pure `transition` does not stop at a final state). */
      isOpen: ({ context }) => context.closedAt === null,
      /** `DLV-RISK-HQ`: nothing blocks delivery, as `assessDeliveryRiskCheck` judges the event's check. */
      isRiskCheckReady: ({ context, event }) => {
        assertEvent(event, 'riskCheck.assessed');
        return steps.assessRisk(context, event).ready;
      },
      /** `DLV-STEPS`: the owners' pre-inspection applies (`needsOwnerPreInspection`, kept in the context). */
      needsPreInspection: ({ context }) => context.preInspection.required,
      /** The summary already reached HQ. */
      isSummarySubmitted: ({ context }) => context.summarySubmittedAt !== null,
    },
    actions: {
      recordTick: assign(({ context, event }) => {
        assertEvent(event, 'clock.tick');
        return steps.tick(context, event);
      }),
      approvePlan: assign(({ context, event }) => {
        assertEvent(event, 'plan.approved');
        return steps.approvePlan(context, event);
      }),
      recordRiskCheck: assign(({ context, event }) => {
        assertEvent(event, 'riskCheck.assessed');
        return steps.recordRiskCheck(context, event);
      }),
      completePreInspection: assign(({ context, event }) => {
        assertEvent(event, 'preInspection.completed');
        return steps.completePreInspection(context, event);
      }),
      completeHandover: assign(({ context, event }) => {
        assertEvent(event, 'handover.completed');
        return steps.completeHandover(context, event);
      }),
      endCentralized: assign(({ context, event }) => {
        assertEvent(event, 'centralized.ended');
        return steps.endCentralized(context, event);
      }),
      endSporadic: assign(({ context, event }) => {
        assertEvent(event, 'sporadic.ended');
        return steps.endSporadic(context, event);
      }),
      submitSummary: assign(({ context, event }) => {
        assertEvent(event, 'summary.submitted');
        return steps.submitSummary(context, event);
      }),
      closeBatch: assign(({ context, event }) => {
        assertEvent(event, ['summary.submitted', 'sporadic.ended']);
        return steps.close(context, event);
      }),
      completeMilestone: assign(({ context, event }) => {
        assertEvent(event, 'milestone.completed');
        return steps.completeMilestone(context, event);
      }),
    },
  }).createMachine({
    id: 'deliveryBatch',
    // Read by restoreDeliveryBatchSnapshot: a snapshot must come from a machine of the same policy.
    meta: { policyId: policy.id },
    /** The initial context, from the batch's input, checked (the schedule computed at once). */
    context: ({ input }) => {
      if (input === undefined) throw missingInput;
      return steps.initial(input);
    },
    initial: 'planning',
    on: {
      'clock.tick': { guard: 'isOpen', actions: 'recordTick' },
      'milestone.completed': { guard: 'isOpen', actions: 'completeMilestone' },
    },
    states: {
      planning: { on: { 'plan.approved': { target: 'riskChecking', actions: 'approvePlan' } } },
      riskChecking: {
        on: {
          'riskCheck.assessed': [
            {
              guard: and(['isRiskCheckReady', 'needsPreInspection']),
              target: 'preInspecting',
              actions: 'recordRiskCheck',
            },
            { guard: 'isRiskCheckReady', target: 'handingOver', actions: 'recordRiskCheck' },
            { actions: 'recordRiskCheck' },
          ],
        },
      },
      preInspecting: {
        on: { 'preInspection.completed': { target: 'handingOver', actions: 'completePreInspection' } },
      },
      handingOver: {
        on: { 'handover.completed': { target: 'centralizedDelivery', actions: 'completeHandover' } },
      },
      centralizedDelivery: {
        on: { 'centralized.ended': { target: 'sporadicDelivery', actions: 'endCentralized' } },
      },
      sporadicDelivery: {
        on: {
          'summary.submitted': { actions: 'submitSummary' },
          'sporadic.ended': [
            { guard: 'isSummarySubmitted', target: 'closed', actions: ['endSporadic', 'closeBatch'] },
            { target: 'summarizing', actions: 'endSporadic' },
          ],
        },
      },
      summarizing: {
        on: { 'summary.submitted': { target: 'closed', actions: ['submitSummary', 'closeBatch'] } },
      },
      closed: { type: 'final' },
    },
  });
  attachEventChecks(machine, checkDeliveryBatchEvent, { missingInput });
  registerDeliveryBatchSteps(machine, steps);
  return machine;
}

/**
 * A delivery batch machine, as {@link createDeliveryBatchMachine} makes it.
 *
 * @rule DLV-STEPS
 * @example
 * ```ts
 * type Snapshot = SnapshotFrom<DeliveryBatchMachine>; // what an app stores, as JSON
 * ```
 */
export type DeliveryBatchMachine = ReturnType<typeof createDeliveryBatchMachine>;

/**
 * The delivery batch machine of the default policy (`sinoOcean2008`) and the built-in calendar.
 *
 * @rule DLV-STEPS
 * @example
 * ```ts
 * const [s] = initialTransition(deliveryBatchMachine, { batchId: 'B-1', deliveryOn: '2026-10-12', createdAt: '2026-07-01T09:00:00+08:00' });
 * s.context.milestones.find((m) => m.id === 'notice-pack-mailed')?.due.lastDay; // '2026-09-30': 10-05 is a National Day holiday
 * ```
 */
export const deliveryBatchMachine: DeliveryBatchMachine = /* @__PURE__ */ createDeliveryBatchMachine();
