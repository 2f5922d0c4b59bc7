/**
 * The defect lifecycle (`DEF-FLOW`, `DEF-RECTIFY`, `DEF-TRACK`) as an xstate machine: thin
 * and storable (DESIGN convention 8). Guards call the decision functions; the context is
 * plain JSON; time arrives in events, never from a clock or a timer.
 *
 * @module
 */

import { assertEvent, assign, setup } from 'xstate';
import { WorkCalendar } from '../calendar/workCalendar.js';
import {
  describeType,
  expectKnownKeys,
  expectOptional,
  expectPlainObject,
  expectString,
} from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { attachEventChecks } from '../machine/attachEventChecks.js';
import { createDefectSteps } from './createDefectSteps.js';
import { checkDefectEvent } from './defectEvents.js';
import type { DefectMachineContext, DefectMachineEvent, DefectMachineInput } from './defectMachineTypes.js';
import { type DefectPolicyInput, resolveDefectPolicy } from './policy.js';
import type { DefectGrade } from './types.js';

/**
 * The options of {@link createDefectMachine}.
 *
 * @rule DEF-FLOW
 * @example
 * ```ts
 * const options: DefectMachineOptions = { policy: aoyuan2014, calendar: createWorkCalendar({ years: [notice2027] }) };
 * ```
 */
export interface DefectMachineOptions {
  /** The policy (a preset, a company policy, or its defect settings); `sinoOcean2008` when absent. */
  readonly policy?: DefectPolicyInput;
  /**
   * The working-day calendar. Accepted and checked for the machines' common signature; no
   * step of the defect lifecycle counts working days today (a plan's due day is the
   * department's own and is not moved over rest days, `DEF-TRACK`).
   */
  readonly calendar?: WorkCalendar;
}

function readOptions(options: unknown): DefectPolicyInput | undefined {
  const opts = expectOptional(options, ['options'], expectPlainObject) ?? {};
  expectKnownKeys(opts, ['policy', 'calendar'], ['options']);
  if (opts.calendar !== undefined && !(opts.calendar instanceof WorkCalendar)) {
    throw new InvalidArgumentError(
      ['options', 'calendar'],
      `expected a calendar made by createWorkCalendar, got ${describeType(opts.calendar)}`,
    );
  }
  if (opts.policy === undefined) return undefined;
  const p = expectPlainObject(opts.policy, ['options', 'policy']);
  const slice = Object.hasOwn(p, 'defects')
    ? expectPlainObject(p.defects, ['options', 'policy', 'defects'])
    : p;
  expectString(
    slice.id,
    Object.hasOwn(p, 'defects') ? ['options', 'policy', 'defects', 'id'] : ['options', 'policy', 'id'],
  );
  return p as unknown as DefectPolicyInput;
}

/**
 * Makes the defect lifecycle machine of a policy (`DEF-FLOW`): `collected` (缺陷收集)
 * -`contactForm.generated`-> `generated` (缺陷反馈联系单; a major defect is reported to HQ
 * customer relations at once, recorded in `context.hqReport`) -`decision.made`-> `decided`
 * (缺陷决策单, graded by `gradeDefect`, `DEF-GRADE`). Grade A (`DEF-RECTIFY`):
 * -`rectification.planned { dueOn }`-> `planned` -`rectification.carriedOut`-> `carriedOut`
 * -`rectification.accepted`-> `accepted` (the plan complete) -`rectification.verified`
 * (project customer service)-> `tracking`. Grade B: -`prevention.filed { dueOn }`-> `tracking`,
 * where `prevention.implemented` completes the plan. In `tracking` (`DEF-TRACK`): on plan,
 * `confirmation.filed` (缺陷反馈确认单) -> `summarising`; missed, `miss.explained { reason }`
 * (the responsible department) then `miss.evaluated { evaluation }` (the reviewing
 * department) -> `summarising`; an evaluation with no stated reason is refused, as is a
 * confirmation of a missed plan. `summary.recorded` -> `closed`. Every tracking guard calls
 * `assessDefectPlanOutcome` and `canCompleteDefectTracking`.
 *
 * In every open state, `clock.tick { now }` marks the plan's due day missed once it is over
 * (`context.overdue.plan`); every transition recomputes `context.nextDueAt`, the one instant
 * for which an app sets a timer. Events are checked before they change anything: a bad event
 * is refused with an `InvalidArgumentError` (code `INVALID_EVENT`, a path under `event`):
 * the pure `transition` throws it and the caller's snapshot is untouched; an actor stops in
 * `status: 'error'` (check first with `parseDefectEvent`).
 *
 * @rule DEF-FLOW
 * @rule DEF-GRADE
 * @rule DEF-RECTIFY
 * @rule DEF-TRACK
 * @example
 * ```ts
 * const machine = createDefectMachine({ policy: sinoOcean2008 });
 * const [s0] = initialTransition(machine, { id: 'D-1', source: 'patrol', major: true, reportedAt: '2026-09-21T10:00:00+08:00' });
 * const [s1] = transition(machine, s0, { type: 'contactForm.generated', at: '2026-09-22T10:00:00+08:00' });
 * s1.context.hqReport; // { reportTo: 'hq-customer-relations', reportedAt: '2026-09-22T02:00:00.000Z' }
 * ```
 */
export function createDefectMachine(options: DefectMachineOptions = {}) {
  const policy = resolveDefectPolicy(readOptions(options));
  const steps = createDefectSteps(policy);
  const missingInput = new InvalidArgumentError(
    ['input'],
    'the defect machine needs its input { id, source, major, reportedAt }',
  );
  const machine = setup({
    types: {
      /** The machine's context: plain JSON, stored with the snapshot. */
      context: {} as DefectMachineContext,
      /** The events it takes, dot-separated and past tense. */
      events: {} as DefectMachineEvent,
      /** What a defect starts from. */
      input: {} as DefectMachineInput,
    },
    guards: {
      /** Ticks act on open defects only (a pure `transition` does not stop at a final state). */
      isOpen: ({ context }) => context.closedAt === null,
      /** The grade of the decision form (`DEF-GRADE`). */
      hasGrade: ({ context }, params: { grade: DefectGrade }) => context.decision?.grade === params.grade,
      /** B's plan not yet completed. */
      isPlanOpen: ({ context }) => context.planCompletedAt === null,
      canConfirm: ({ context, event }) => {
        assertEvent(event, 'confirmation.filed');
        return steps.canConfirm(context, event);
      },
      isPlanMissed: ({ context, event }) => {
        assertEvent(event, 'miss.explained');
        return steps.isMissedAt(context, event.at);
      },
      canCompleteMissed: ({ context, event }) => {
        assertEvent(event, 'miss.evaluated');
        return steps.canCompleteMissed(context, event);
      },
    },
    actions: {
      recordTick: assign(({ context, event }) => {
        assertEvent(event, 'clock.tick');
        return steps.tick(context, event);
      }),
      generateContactForm: assign(({ context, event }) => {
        assertEvent(event, 'contactForm.generated');
        return steps.generateContactForm(context, event);
      }),
      decide: assign(({ context, event }) => {
        assertEvent(event, 'decision.made');
        return steps.decide(context, event);
      }),
      planRectification: assign(({ context, event }) => {
        assertEvent(event, 'rectification.planned');
        return steps.planRectification(context, event);
      }),
      carryOut: assign(({ context, event }) => {
        assertEvent(event, 'rectification.carriedOut');
        return steps.carryOut(context, event);
      }),
      accept: assign(({ context, event }) => {
        assertEvent(event, 'rectification.accepted');
        return steps.accept(context, event);
      }),
      verify: assign(({ context, event }) => {
        assertEvent(event, 'rectification.verified');
        return steps.verify(context, event);
      }),
      filePrevention: assign(({ context, event }) => {
        assertEvent(event, 'prevention.filed');
        return steps.filePrevention(context, event);
      }),
      implementPrevention: assign(({ context, event }) => {
        assertEvent(event, 'prevention.implemented');
        return steps.implementPrevention(context, event);
      }),
      confirm: assign(({ context, event }) => {
        assertEvent(event, 'confirmation.filed');
        return steps.confirm(context, event);
      }),
      explainMiss: assign(({ context, event }) => {
        assertEvent(event, 'miss.explained');
        return steps.explainMiss(context, event);
      }),
      evaluateMiss: assign(({ context, event }) => {
        assertEvent(event, 'miss.evaluated');
        return steps.evaluateMiss(context, event);
      }),
      close: assign(({ context, event }) => {
        assertEvent(event, 'summary.recorded');
        return steps.close(context, event);
      }),
    },
  }).createMachine({
    id: 'defect',
    // Read by restoreDefectSnapshot: a snapshot must come from a machine of the same policy.
    meta: { policyId: policy.id },
    /** The initial context, from the defect's input, checked. */
    context: ({ input }) => {
      if (input === undefined) throw missingInput;
      return steps.initial(input);
    },
    initial: 'collected',
    on: { 'clock.tick': { guard: 'isOpen', actions: 'recordTick' } },
    states: {
      collected: { on: { 'contactForm.generated': { target: 'generated', actions: 'generateContactForm' } } },
      generated: { on: { 'decision.made': { target: 'decided', actions: 'decide' } } },
      decided: {
        on: {
          'rectification.planned': {
            guard: { type: 'hasGrade', params: { grade: 'A' } },
            target: 'planned',
            actions: 'planRectification',
          },
          'prevention.filed': {
            guard: { type: 'hasGrade', params: { grade: 'B' } },
            target: 'tracking',
            actions: 'filePrevention',
          },
        },
      },
      planned: { on: { 'rectification.carriedOut': { target: 'carriedOut', actions: 'carryOut' } } },
      carriedOut: { on: { 'rectification.accepted': { target: 'accepted', actions: 'accept' } } },
      accepted: { on: { 'rectification.verified': { target: 'tracking', actions: 'verify' } } },
      tracking: {
        on: {
          'prevention.implemented': { guard: 'isPlanOpen', actions: 'implementPrevention' },
          'confirmation.filed': { guard: 'canConfirm', target: 'summarising', actions: 'confirm' },
          'miss.explained': { guard: 'isPlanMissed', actions: 'explainMiss' },
          'miss.evaluated': { guard: 'canCompleteMissed', target: 'summarising', actions: 'evaluateMiss' },
        },
      },
      summarising: { on: { 'summary.recorded': { target: 'closed', actions: 'close' } } },
      closed: { type: 'final' },
    },
  });
  // Every event is checked against its schema and the event order before any guard sees it.
  attachEventChecks(machine, checkDefectEvent, { missingInput });
  return machine;
}

/**
 * A defect machine, as {@link createDefectMachine} makes it.
 *
 * @rule DEF-FLOW
 * @example
 * ```ts
 * type Snapshot = SnapshotFrom<DefectMachine>; // what an app stores, as JSON
 * ```
 */
export type DefectMachine = ReturnType<typeof createDefectMachine>;

/**
 * The defect machine of the default policy (`sinoOcean2008`).
 *
 * @rule DEF-FLOW
 * @example
 * ```ts
 * const [s] = initialTransition(defectMachine, { id: 'D-1', source: 'complaint', major: false, reportedAt: '2026-09-21T10:00:00+08:00' });
 * s.value; // 'collected'
 * ```
 */
export const defectMachine: DefectMachine = /* @__PURE__ */ createDefectMachine();
