/**
 * The model test of the two delivery machines: random event sequences, malformed payloads
 * and events out of time order included, driven through the pure API. After every event:
 * a refused event throws a RealtyCrmError and changes nothing; every snapshot survives JSON
 * and restores alike; `nextDueAt` is what the context implies; the final state is final;
 * the batch's milestones keep their due days (only the owners' call window moves with the
 * notice pack's real day); a household's record passes `HouseholdDeliverySchema` and its
 * KPIs are within [0, 1].
 *
 * 10^3 sequences per machine in the suite; `npm run test:fuzz` runs more (FUZZ_RUNS).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnyMachineSnapshot, initialTransition, transition } from 'xstate';
import { RealtyCrmError } from '../../src/core/errors.js';
import { computeDeliveryBatchNextDueAt } from '../../src/delivery/computeDeliveryBatchNextDueAt.js';
import { computeDeliveryKpis } from '../../src/delivery/computeDeliveryKpis.js';
import { computeHouseholdNextDueAt } from '../../src/delivery/computeHouseholdNextDueAt.js';
import { createDeliveryBatchMachine } from '../../src/delivery/deliveryBatchMachine.js';
import type { DeliveryBatchMachineContext } from '../../src/delivery/deliveryBatchMachineTypes.js';
import { createHouseholdDeliveryMachine } from '../../src/delivery/householdDeliveryMachine.js';
import type { HouseholdDeliveryMachineContext } from '../../src/delivery/householdDeliveryMachineTypes.js';
import {
  restoreDeliveryBatchSnapshot,
  restoreHouseholdDeliverySnapshot,
} from '../../src/delivery/restoreDeliverySnapshots.js';
import { HouseholdDeliverySchema } from '../../src/delivery/schemas.js';
import { toHouseholdDeliveryRecord } from '../../src/delivery/toHouseholdDeliveryRecord.js';
import {
  DELIVERY_MILESTONES,
  DELIVERY_MODES,
  DELIVERY_REPAIR_DISCIPLINES,
} from '../../src/delivery/types.js';
import { aoyuan2014, sinoOcean2008 } from '../../src/presets/index.js';
import { blockedCheck, readyCheck } from './_machines.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const HOUR = 3_600_000;
const inst = (ms: number) => `${new Date(ms + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;
/** No event after 2026-12-20: the built-in calendar ends with 2026, and the summary is due 5 working days after. */
const LAST = Date.parse('2026-12-20T00:00:00+08:00');

const junk = fc.oneof(
  fc.constantFrom(undefined, null, Number.NaN, 10n, '', 'tomorrow', 'Centralized', 42, true),
  fc.constant(new Date('2026-10-12T02:00:00Z')),
  fc.constant({ nested: 1 }),
  fc.constant([]),
  fc.string({ maxLength: 8 }),
);
const maybe = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: junk });

/** Hours since `start` for each event: mostly forward (up to `maxStep` hours), sometimes back. */
const sequence = (start: number, maxStep: number, eventAt: (at: string) => fc.Arbitrary<unknown>) =>
  fc
    .array(
      fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 0, max: maxStep }) },
        fc.integer({ min: -48, max: -1 }),
      ),
      {
        minLength: 1,
        maxLength: 30,
      },
    )
    .chain((steps) => {
      let hours = 0;
      return fc.tuple(
        ...steps.map((d) => {
          hours = Math.max(0, hours + d);
          return eventAt(inst(Math.min(LAST, start + hours * HOUR)));
        }),
      );
    });

const CREATED = Date.parse('2026-07-01T09:00:00+08:00');
const batchEvent = (instant: string): fc.Arbitrary<unknown> => {
  const at = maybe(fc.constant(instant));
  const timed = (type: string, extra: Record<string, fc.Arbitrary<unknown>> = {}) =>
    fc.record({ type: fc.constant(type), at, ...extra });
  return fc.oneof(
    timed('plan.approved'),
    {
      weight: 2,
      arbitrary: timed('riskCheck.assessed', { check: maybe(fc.constantFrom(readyCheck(), blockedCheck())) }),
    },
    timed('preInspection.completed'),
    timed('handover.completed'),
    { weight: 2, arbitrary: timed('centralized.ended') },
    timed('sporadic.ended'),
    timed('summary.submitted'),
    {
      weight: 3,
      arbitrary: timed('milestone.completed', { milestone: maybe(fc.constantFrom(...DELIVERY_MILESTONES)) }),
    },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('clock.tick'), now: at }) },
    fc.record({ type: fc.constantFrom('plan.aproved', 'summary'), at }),
    fc.record({ type: fc.constant('handover.completed'), at, note: fc.string() }),
  );
};

const NOTIFIED = Date.parse('2026-10-02T10:00:00+08:00');
const item = fc.record({ discipline: maybe(fc.constantFrom(...DELIVERY_REPAIR_DISCIPLINES)) });
const householdEvent = (instant: string): fc.Arbitrary<unknown> => {
  const at = maybe(fc.constant(instant));
  const timed = (type: string, extra: Record<string, fc.Arbitrary<unknown>> = {}) =>
    fc.record({ type: fc.constant(type), at, ...extra });
  const items = maybe(fc.array(item, { maxLength: 3 }));
  return fc.oneof(
    timed('preInspection.completed', { repairItems: items }),
    timed('preInspectionRepairs.closed'),
    {
      weight: 2,
      arbitrary: timed('inspection.completed', {
        mode: maybe(fc.constantFrom(...DELIVERY_MODES)),
        repairItems: items,
      }),
    },
    { weight: 2, arbitrary: timed('keys.taken') },
    timed('keys.refused', {
      reasons: maybe(fc.array(fc.constantFrom('渗水', '面积争议'), { maxLength: 2 })),
    }),
    { weight: 2, arbitrary: timed('repairs.closed') },
    timed('eligibility.confirmed'),
    { weight: 2, arbitrary: fc.record({ type: fc.constant('clock.tick'), now: at }) },
    fc.record({ type: fc.constant('keys.take'), at }),
  );
};

/** Drives `events` from `s0`; `check(prev, next)` after each accepted event. */
function drive<S extends AnyMachineSnapshot>(
  // biome-ignore lint/suspicious/noExplicitAny: the pure API over either machine
  machine: any,
  s0: S,
  events: readonly unknown[],
  final: string,
  check: (prev: S, next: S) => void,
) {
  let s = s0;
  expect(s.status).toBe('active');
  for (const event of events) {
    const before = JSON.stringify(s);
    let next: S;
    try {
      [next] = transition(machine, s, event as never) as unknown as [S];
    } catch (e) {
      expect(e).toBeInstanceOf(RealtyCrmError);
      expect((e as RealtyCrmError).code).toBe('INVALID_EVENT');
      expect(JSON.stringify(s)).toBe(before);
      continue;
    }
    expect(next.context.clockAt >= s.context.clockAt).toBe(true);
    if (s.value === final) {
      expect(next.value).toBe(final);
      expect(next.context).toEqual(s.context);
    }
    check(s, next);
    s = next;
  }
}

const dues = (c: DeliveryBatchMachineContext) =>
  c.milestones.filter((m) => m.id !== 'owner-calls').map((m) => `${m.id}@${m.due.lastDay}`);

describe('the delivery machines under random event sequences', () => {
  const batchMachines = [sinoOcean2008, aoyuan2014].map((policy) => createDeliveryBatchMachine({ policy }));
  it('DLV-STEPS: batch: refused events change nothing, every snapshot restores, milestones keep their days, closed is final', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.record({ region: fc.constantFrom('北京', 'shanghai'), firstDelivery: fc.boolean() }),
        sequence(CREATED, 10 * 24, batchEvent),
        (which, facts, events) => {
          const machine = batchMachines[which] as (typeof batchMachines)[number];
          const [s0] = initialTransition(machine, {
            batchId: 'B-1',
            deliveryOn: '2026-10-12',
            createdAt: inst(CREATED),
            ...facts,
          });
          drive(machine, s0, events, 'closed', (prev, next) => {
            const restored = restoreDeliveryBatchSnapshot(machine, JSON.stringify(next));
            expect([restored.value, restored.context]).toEqual([next.value, next.context]);
            const c = next.context as DeliveryBatchMachineContext;
            expect(c.nextDueAt).toBe(computeDeliveryBatchNextDueAt(c));
            const was = dues(prev.context as DeliveryBatchMachineContext);
            expect(dues(c).slice(0, was.length)).toEqual(was);
          });
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  const householdMachine = createHouseholdDeliveryMachine();
  it('DLV-MODE: household: refused events change nothing, every snapshot restores, its record is valid and its KPIs within [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.record({ eligible: fc.boolean(), preInspection: fc.boolean() }),
        sequence(NOTIFIED, 3 * 24, householdEvent),
        (facts, events) => {
          const [s0] = initialTransition(householdMachine, {
            householdId: 'H-1',
            deliveryOn: '2026-10-12',
            notifiedAt: inst(NOTIFIED),
            ...facts,
          });
          drive(householdMachine, s0, events, 'delivered', (_, next) => {
            const restored = restoreHouseholdDeliverySnapshot(householdMachine, JSON.stringify(next));
            expect([restored.value, restored.context]).toEqual([next.value, next.context]);
            const c = next.context as HouseholdDeliveryMachineContext;
            expect(c.nextDueAt).toBe(computeHouseholdNextDueAt(c));
            const record = toHouseholdDeliveryRecord(c);
            expect(HouseholdDeliverySchema.safeParse(record).success).toBe(true);
            const k = computeDeliveryKpis([record], {
              centralizedFrom: '2026-10-12',
              centralizedTo: '2026-10-18',
            });
            for (const f of [
              k.oneTimeSuccessRate,
              k.takeOverRate,
              k.repairRate,
              k.inspectionSatisfactionRate,
            ])
              if (f.value !== null) expect(f.value >= 0 && f.value <= 1).toBe(true);
          });
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);
});
