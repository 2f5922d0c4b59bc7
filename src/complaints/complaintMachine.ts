/**
 * The complaint lifecycle (`CMP-FLOW`) as an xstate machine: thin and storable (DESIGN
 * convention 8). Guards call the decision functions; the context is plain JSON; time
 * arrives in events, never from a clock or a timer.
 *
 * @module
 */

import { and, assertEvent, assign, setup } from 'xstate';
import type { CoverageFallback } from '../calendar/options.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { InvalidArgumentError } from '../core/errors.js';
import { attachEventChecks } from '../machine/attachEventChecks.js';
import { expectCalendarOptions, expectKnownKeys, expectOptions } from './checkInputs.js';
import { checkComplaintEvent } from './complaintEvents.js';
import type {
  ComplaintMachineContext,
  ComplaintMachineEvent,
  ComplaintMachineInput,
} from './complaintMachineTypes.js';
import { createComplaintSteps, registerComplaintSteps } from './createComplaintSteps.js';
import type { ComplaintPolicyInput } from './policy.js';
import { resolveComplaintPolicy } from './policySchema.js';
import type { CallbackOutcome } from './types.js';

/**
 * The options of {@link createComplaintMachine}: the policy and the calendar its deadlines
 * are computed with.
 *
 * @rule CMP-DL-REPLY
 * @example
 * ```ts
 * const options: ComplaintMachineOptions = { policy: aoyuan2014, calendar: createWorkCalendar({ years: [notice2027] }) };
 * ```
 */
export interface ComplaintMachineOptions {
  /** The policy (a preset, a company policy, or its complaint settings); `sinoOcean2008` when absent. */
  readonly policy?: ComplaintPolicyInput;
  /** The working-day calendar; the built-in one (2008-2026) when absent. */
  readonly calendar?: WorkCalendar;
  /**
   * What to do when a deadline needs a year the calendar does not cover (`LAW-COVERAGE`):
   * `'none'` (default) fails, `'weekends-only'` estimates and marks the stored deadline
   * `fallbackUsed: true` (a complaint received in late December before next year's notice).
   */
  readonly fallback?: CoverageFallback;
}

const CLOSING_EVENTS = ['callback.completed', 'reply.attached', 'lawsuit.filed', 'opinion.served'] as const;

/**
 * Makes the complaint lifecycle machine of a policy and a calendar (`CMP-FLOW`):
 * `registered` (the registration form 投诉登记表) -`form.completed`-> `verified` (the
 * handling form 投诉处理单) -`department.assigned`-> `assigned` -`plan.issued`-> `planned`
 * -`plan.communicated`-> `handling` (the handling opinion given: the reply under SOL,
 * `CMP-DL-REPLY`) -`handling.completed`-> `callingBack` (the result given: the reply under
 * AOY; a callback round starts, `CMP-DL-CALLBACK`) -`callback.completed`-> `closed` when the
 * customer is satisfied; `not-satisfied` goes back to `handling` (`CMP-REOPEN`, the round
 * kept in `context.rounds`); `no-answer` counts an attempt and, at the policy's
 * `maxAttempts`, goes to `unreachable`; `refused` goes to `disputed`. A complaint that owes
 * no callback (no contact, no name, a reply letter only) closes in `callingBack` on
 * `reply.attached`. From `handling`, `callingBack`, `unreachable` and `disputed`, once an
 * `impasse.recorded` says the customer never accepts or the demand is beyond the company's
 * authority or capacity, `lawsuit.filed` or `opinion.served` (registered mail, EMS or
 * another traceable way) closes it (`CMP-CLOSE`). Every guard that closes calls
 * `canCloseComplaint`.
 *
 * In every open state, `clock.tick { now }` marks missed deadlines and raises a general
 * complaint to hot once it is 7 x 24 h past its receipt and unresolved for the company's
 * reasons (`CMP-SEV-HOT-STALE`); `severity.assessed { at, facts }` reassesses, and owes an
 * escalation warning before a major group complaint or a crisis, or the major (crisis)
 * event report once one has happened (`CMP-WARN`), each with its due instant;
 * `warning.sent` and `event.reported` record them done; `delay.attributed { at, side }`
 * says which side a delay is on. Every transition recomputes `context.nextDueAt`, the one
 * instant for which an app sets a timer.
 *
 * Events are checked before they change anything (issue 15): an event whose type the
 * machine does not know, whose fields do not match its schema, or that is dated before the
 * receipt or the previous event is refused with an `InvalidArgumentError` (code
 * `INVALID_EVENT`, a path under `event`): the pure `transition` throws it and the caller's
 * snapshot is untouched; an actor stops in `status: 'error'` with it (check first with
 * `parseComplaintEvent`). A bad input (`category: 'garbage'`, `id: 42`) gives an initial
 * snapshot with `status: 'error'` and an `InvalidArgumentError` at `input.*`; a year the
 * calendar does not cover gives `CALENDAR_NOT_COVERED` (`LAW-COVERAGE`) the same way.
 *
 * @rule CMP-FLOW
 * @rule CMP-REOPEN
 * @rule CMP-CLOSE
 * @rule CMP-WARN
 * @rule CMP-DL-FORM
 * @rule CMP-DL-REPLY
 * @rule CMP-DL-CALLBACK
 * @rule CMP-DL-CLOSE
 * @rule CMP-SEV-HOT-STALE
 * @rule CMP-SEV-GROUP
 * @rule LAW-ELAPSED
 * @example
 * ```ts
 * const machine = createComplaintMachine({ policy: aoyuan2014 });
 * const [s0] = initialTransition(machine, {
 *   id: 'C-1', receivedAt: '2026-09-30T10:00:00+08:00', category: 'engineering-quality',
 * });
 * s0.value; // 'registered'
 * s0.context.deadlines.replyBy.lastDay; // '2026-10-13': 5 working days, National Day skipped
 * const [s1] = transition(machine, s0, { type: 'form.completed', at: '2026-09-30T15:00:00+08:00' });
 * s1.value; // 'verified'
 * ```
 */
export function createComplaintMachine(options: ComplaintMachineOptions = {}) {
  const opts = expectOptions(options) ?? {};
  expectKnownKeys(opts, ['policy', 'calendar', 'fallback'], ['options']);
  expectCalendarOptions(opts, ['options']);
  const policy = resolveComplaintPolicy(opts.policy as ComplaintPolicyInput | undefined);
  const steps = createComplaintSteps(
    policy,
    opts.calendar as WorkCalendar | undefined,
    (opts.fallback as CoverageFallback | undefined) ?? 'none',
  );
  // xstate's pure transition() builds an inert actor that computes an initial snapshot without
  // input on every call and discards it: attachEventChecks answers it with the error snapshot
  // made once (a throw on every call cost more than the transition).
  const missingInput = new InvalidArgumentError(
    ['input'],
    'the complaint machine needs its input { id, receivedAt, category, ... }',
  );
  const closeVia = {
    guard: 'canClose',
    target: '#complaint.closed',
    actions: 'closeComplaint',
  } as const;
  const outcome = (o: CallbackOutcome) => ({ type: 'hasCallbackOutcome', params: { outcome: o } }) as const;
  const alternativeClosures = {
    'impasse.recorded': { actions: 'recordImpasse' },
    'lawsuit.filed': closeVia,
    'opinion.served': closeVia,
  } as const;
  // A later callback in `unreachable` or `disputed`: still leads to closed when the customer is satisfied.
  const laterCallback = [
    { ...closeVia, guard: and([outcome('satisfied'), 'canClose']) },
    { guard: outcome('not-satisfied'), target: 'handling', actions: 'recordCallback' },
    { guard: outcome('refused'), target: 'disputed', actions: 'recordCallback' },
    { guard: outcome('no-answer'), actions: 'recordNoAnswer' },
  ] as const;
  const machine = setup({
    types: {
      /** The machine's context: plain JSON, stored with the snapshot. */
      context: {} as ComplaintMachineContext,
      /** The events it takes, dot-separated and past tense. */
      events: {} as ComplaintMachineEvent,
      /** What a complaint starts from. */
      input: {} as ComplaintMachineInput,
    },
    guards: {
      /** Root events act on open complaints only (a pure `transition` does not stop at a final state). */
      isOpen: ({ context }) => context.closure === null,
      canClose: ({ context, event }) => {
        assertEvent(event, CLOSING_EVENTS);
        return steps.canClose(context, event);
      },
      /** A callback outcome; a complaint that owes no callback has none (`CMP-CLOSE`). */
      hasCallbackOutcome: ({ context, event }, params: { outcome: CallbackOutcome }) =>
        context.callbackNeeded && event.type === 'callback.completed' && event.outcome === params.outcome,
      isLastCallbackAttempt: ({ context }) => steps.isLastCallbackAttempt(context),
    },
    actions: {
      recordTick: assign(({ context, event }) => {
        assertEvent(event, 'clock.tick');
        return steps.tick(context, event);
      }),
      completeForm: assign(({ context, event }) => {
        assertEvent(event, 'form.completed');
        return steps.completeForm(context, event);
      }),
      assignDepartment: assign(({ context, event }) => {
        assertEvent(event, 'department.assigned');
        return steps.assignDepartment(context, event);
      }),
      issuePlan: assign(({ context, event }) => {
        assertEvent(event, 'plan.issued');
        return steps.issuePlan(context, event);
      }),
      communicatePlan: assign(({ context, event }) => {
        assertEvent(event, 'plan.communicated');
        return steps.communicatePlan(context, event);
      }),
      completeHandling: assign(({ context, event }) => {
        assertEvent(event, 'handling.completed');
        return steps.completeHandling(context, event);
      }),
      recordCallback: assign(({ context, event }) => {
        assertEvent(event, 'callback.completed');
        return steps.recordCallback(context, event);
      }),
      recordNoAnswer: assign(({ context, event }) => {
        assertEvent(event, 'callback.completed');
        return steps.recordNoAnswer(context, event);
      }),
      recordImpasse: assign(({ context, event }) => {
        assertEvent(event, 'impasse.recorded');
        return steps.recordImpasse(context, event);
      }),
      closeComplaint: assign(({ context, event }) => {
        assertEvent(event, CLOSING_EVENTS);
        return steps.close(context, event);
      }),
      reassessSeverity: assign(({ context, event }) => {
        assertEvent(event, 'severity.assessed');
        return steps.reassess(context, event);
      }),
      attributeDelay: assign(({ context, event }) => {
        assertEvent(event, 'delay.attributed');
        return steps.attributeDelay(context, event);
      }),
      sendWarnings: assign(({ context, event }) => {
        assertEvent(event, 'warning.sent');
        return steps.sendWarnings(context, event);
      }),
      reportEvents: assign(({ context, event }) => {
        assertEvent(event, 'event.reported');
        return steps.reportEvents(context, event);
      }),
    },
  }).createMachine({
    id: 'complaint',
    // Read by restoreComplaintSnapshot: a snapshot must come from a machine of the same policy.
    meta: { policyId: policy.id },
    /** The initial context, from the complaint's input, checked (deadlines computed at receipt). */
    context: ({ input }) => {
      if (input === undefined) throw missingInput;
      return steps.initial(input);
    },
    initial: 'registered',
    on: {
      'clock.tick': { guard: 'isOpen', actions: 'recordTick' },
      'severity.assessed': { guard: 'isOpen', actions: 'reassessSeverity' },
      'delay.attributed': { guard: 'isOpen', actions: 'attributeDelay' },
      'warning.sent': { guard: 'isOpen', actions: 'sendWarnings' },
      'event.reported': { guard: 'isOpen', actions: 'reportEvents' },
    },
    states: {
      registered: { on: { 'form.completed': { target: 'verified', actions: 'completeForm' } } },
      verified: { on: { 'department.assigned': { target: 'assigned', actions: 'assignDepartment' } } },
      assigned: { on: { 'plan.issued': { target: 'planned', actions: 'issuePlan' } } },
      planned: { on: { 'plan.communicated': { target: 'handling', actions: 'communicatePlan' } } },
      handling: {
        on: {
          'handling.completed': { target: 'callingBack', actions: 'completeHandling' },
          ...alternativeClosures,
        },
      },
      callingBack: {
        on: {
          'callback.completed': [
            { ...closeVia, guard: and([outcome('satisfied'), 'canClose']) },
            { guard: outcome('not-satisfied'), target: 'handling', actions: 'recordCallback' },
            {
              guard: and([outcome('no-answer'), 'isLastCallbackAttempt']),
              target: 'unreachable',
              actions: 'recordNoAnswer',
            },
            { guard: outcome('no-answer'), actions: 'recordNoAnswer' },
            { guard: outcome('refused'), target: 'disputed', actions: 'recordCallback' },
          ],
          'reply.attached': closeVia,
          ...alternativeClosures,
        },
      },
      unreachable: { on: { 'callback.completed': laterCallback, ...alternativeClosures } },
      disputed: { on: { 'callback.completed': laterCallback, ...alternativeClosures } },
      closed: { type: 'final' },
    },
  });
  // Issue 15: every event is checked against its schema and the event order before any guard sees it.
  attachEventChecks(machine, checkComplaintEvent, { missingInput });
  registerComplaintSteps(machine, steps);
  return machine;
}

/**
 * A complaint machine, as {@link createComplaintMachine} makes it.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * type Snapshot = SnapshotFrom<ComplaintMachine>; // what an app stores, as JSON
 * ```
 */
export type ComplaintMachine = ReturnType<typeof createComplaintMachine>;

/**
 * The complaint machine of the default policy (`sinoOcean2008`) and the built-in calendar.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const [s] = initialTransition(complaintMachine, {
 *   id: 'C-1', receivedAt: '2026-09-30T10:00:00+08:00', category: 'engineering-quality',
 * });
 * s.context.deadlines.replyBy.lastDay; // '2026-10-09': 2 working days, National Day skipped
 * ```
 */
export const complaintMachine: ComplaintMachine = /* @__PURE__ */ createComplaintMachine();
