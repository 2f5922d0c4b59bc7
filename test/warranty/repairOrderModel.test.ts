/**
 * The model test of the repair-order machine: random event sequences, malformed payloads
 * and events out of time order included, driven through the pure API. After every event:
 *
 * - a refused event throws a `RealtyCrmError` (`INVALID_EVENT`) and changes nothing;
 * - every snapshot survives JSON and restores to the same state and context;
 * - the order's steps follow `WAR-FLOW`: no repair started without a confirmed plan, no
 *   completion with hidden works uninspected, no callback without an accepted
 *   acceptance, no deduction notice before the approval (`WAR-COMP`), reworks only grow;
 * - closed is final; `nextDueAt` is what the context implies.
 *
 * 10^3 sequences in the suite; `npm run test:fuzz` runs 10^4 (FUZZ_RUNS).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { RealtyCrmError } from '../../src/core/errors.js';
import { aoyuan2014, generic, sinoOcean2008 } from '../../src/presets/index.js';
import { computeRepairOrderNextDueAt } from '../../src/warranty/repairOrderContext.js';
import { createRepairOrderMachine } from '../../src/warranty/repairOrderMachine.js';
import { restoreRepairOrderSnapshot } from '../../src/warranty/restoreRepairOrderSnapshot.js';
import {
  CONTRACTOR_FAILURES,
  HIDDEN_WORK_KINDS,
  SURVEY_PROBLEMS,
  WARRANTY_COMPONENT_IDS,
} from '../../src/warranty/types.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const MACHINES = [sinoOcean2008, aoyuan2014, generic].map((policy) =>
  createRepairOrderMachine({ policy, fallback: 'weekends-only' }),
);
const RECEIVED = Date.parse('2026-09-21T09:30:00+08:00');
const MINUTE = 60_000;
const inst = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;

const junk = fc.oneof(
  fc.constantFrom(undefined, null, Number.NaN, Number.POSITIVE_INFINITY, 10n, '', 'tomorrow', 42, true, -1),
  fc.constant(new Date('2026-09-22T01:00:00Z')),
  fc.constant({ nested: 1 }),
  fc.constant([]),
  fc.string({ maxLength: 8 }),
);
const maybe = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: junk });

/** One event at `minutes` after receipt: one of the 21 types (or a wrong one), its fields mostly right. */
const eventAt = (minutes: number): fc.Arbitrary<unknown> => {
  const ms = RECEIVED + minutes * MINUTE;
  const at = maybe(fc.constant(inst(ms)));
  const timed = (type: string, extra: Record<string, fc.Arbitrary<unknown>> = {}) =>
    fc.record({ type: fc.constant(type), at, ...extra });
  const visitAt = maybe(fc.integer({ min: 0, max: 3 * 24 * 60 }).map((m) => inst(ms + m * MINUTE)));
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record(
        {
          type: fc.constant('order.classified'),
          at,
          component: maybe(fc.constantFrom(...WARRANTY_COMPONENT_IDS)),
          problem: maybe(fc.constantFrom(...SURVEY_PROBLEMS)),
          inWarranty: maybe(fc.boolean()),
          structuralSafety: maybe(fc.boolean()),
          previousRepairsAtSameLocation: maybe(fc.integer({ min: 0, max: 2 })),
          largeArea: maybe(fc.boolean()),
        },
        { requiredKeys: ['type', 'at', 'component', 'problem', 'inWarranty'] },
      ),
    },
    { weight: 2, arbitrary: timed('survey.completed') },
    { weight: 3, arbitrary: timed('plan.confirmed') },
    timed('charges.accepted', { amountYuan: maybe(fc.constantFrom(0, 150, 20_000.01)) }),
    { weight: 3, arbitrary: timed('repair.started') },
    timed('hiddenWorks.recorded', { works: maybe(fc.subarray([...HIDDEN_WORK_KINDS], { maxLength: 2 })) }),
    timed('hiddenWorks.inspected'),
    { weight: 3, arbitrary: timed('repair.completed') },
    {
      weight: 3,
      arbitrary: timed('acceptance.recorded', { outcome: maybe(fc.constantFrom('accepted', 'rejected')) }),
    },
    { weight: 2, arbitrary: timed('callback.completed') },
    timed('visit.agreed', { visitAt }),
    timed('visit.rescheduled', { visitAt }),
    timed('visit.arrived'),
    timed('authority.reported'),
    timed('contractor.replaced', {
      failure: maybe(fc.constantFrom(...CONTRACTOR_FAILURES)),
      thirdPartyId: maybe(fc.constant('S-1')),
    }),
    timed('evidence.recorded'),
    timed('penaltyNotice.issued'),
    timed('compensation.planned', { amountYuan: maybe(fc.constantFrom(500, 20_000)) }),
    timed('compensation.approved'),
    timed('deduction.notified'),
    { weight: 2, arbitrary: fc.record({ type: fc.constant('clock.tick'), now: at }) },
    fc.record({ type: fc.constantFrom('order.classify', 'repair', 'xstate.nothing'), at }),
    fc.record({ type: fc.constant('plan.confirmed'), at, note: fc.string() }),
  );
};

/** The flow of an order, in order: a sequence follows it at some positions, so runs reach closure. */
const FLOW: readonly ((at: string, accepted: boolean) => Record<string, unknown>)[] = [
  (at) => ({ type: 'order.classified', at, component: 'leakage', problem: 'leak', inWarranty: true }),
  (at) => ({ type: 'survey.completed', at }),
  (at) => ({ type: 'plan.confirmed', at }),
  (at) => ({ type: 'repair.started', at }),
  (at) => ({ type: 'hiddenWorks.inspected', at }),
  (at) => ({ type: 'repair.completed', at }),
  (at, accepted) => ({ type: 'acceptance.recorded', at, outcome: accepted ? 'accepted' : 'rejected' }),
  (at) => ({ type: 'repair.completed', at }),
  (at) => ({ type: 'acceptance.recorded', at, outcome: 'accepted' }),
  (at) => ({ type: 'callback.completed', at }),
];

/**
 * A sequence: minutes mostly forward (hours to days apart), sometimes back in time; at
 * each position either a random event or the next step of the flow.
 */
const sequence = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 * 24 * 60 }) },
      fc.integer({ min: -2 * 24 * 60, max: -1 }),
    ),
    { minLength: 1, maxLength: 40 },
  )
  .chain((steps) => {
    let minutes = 0;
    let latest = 0;
    return fc.tuple(
      ...steps.map((d) => {
        minutes = Math.max(0, minutes + d);
        latest = Math.max(latest, minutes);
        // A flow step comes at the latest instant so far, so the event order never refuses it.
        const at = inst(RECEIVED + latest * MINUTE);
        return fc
          .tuple(fc.integer({ min: 0, max: 2 }), fc.boolean(), eventAt(minutes))
          .map(([flow, ok, e]) => ({ flow: flow > 0, ok, at, e }));
      }),
    );
  })
  .map((slots) => {
    let k = 0;
    return slots.map(({ flow, ok, at, e }) => {
      const step = flow ? FLOW[k] : undefined;
      if (step === undefined) return e;
      k++;
      return step(at, ok);
    });
  });

describe('the repair-order machine under random event sequences', () => {
  it('WAR-FLOW: refused events change nothing, every snapshot restores, the steps keep their order, closed is final', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MACHINES.length - 1 }), sequence, (which, events) => {
        const machine = MACHINES[which] as (typeof MACHINES)[number];
        let [s] = initialTransition(machine, { id: 'R-1', receivedAt: inst(RECEIVED) });
        expect(s.status).toBe('active');
        for (const event of events) {
          const before = JSON.stringify(s);
          let next: typeof s;
          try {
            [next] = transition(machine, s, event as never);
          } catch (e) {
            expect(e).toBeInstanceOf(RealtyCrmError);
            expect((e as RealtyCrmError).code).toBe('INVALID_EVENT');
            expect(JSON.stringify(s)).toBe(before);
            continue;
          }
          const restored = restoreRepairOrderSnapshot(machine, JSON.stringify(next));
          expect(restored.value).toEqual(next.value);
          expect(restored.context).toEqual(next.context);
          const c = next.context;
          expect(c.nextDueAt).toBe(computeRepairOrderNextDueAt(c));
          // WAR-FLOW: the steps keep their order.
          if (c.repairStartedAt !== null) expect(c.planConfirmedAt).not.toBeNull();
          if (c.survey?.required && c.planConfirmedAt !== null) expect(c.survey.surveyedAt).not.toBeNull();
          if (c.paid === true) expect(c.charges).not.toBeNull();
          if (c.completedAt !== null && c.hiddenWorks.length > 0)
            expect(c.hiddenWorksInspectedAt).not.toBeNull();
          if (c.calledBackAt !== null) expect(c.acceptedAt).not.toBeNull();
          if (c.compensation?.deductionNoticeAt != null) expect(c.compensation.approvedAt).not.toBeNull();
          expect(c.reworks).toBeGreaterThanOrEqual(s.context.reworks);
          expect(c.clockAt >= s.context.clockAt).toBe(true);
          if (s.value === 'closed') {
            expect(next.value).toBe('closed');
            expect(next.context).toEqual(s.context);
          }
          reached.add(String(next.value));
          s = next;
        }
      }),
      { numRuns: RUNS },
    );
    // The sequences are not all stuck at the start: every state is reached, closed included.
    expect([...reached].sort()).toEqual(Object.keys(MACHINES[0]?.root.states ?? {}).sort());
  }, 600_000);
});
