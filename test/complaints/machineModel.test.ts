/**
 * The model test of the complaint machine (issue 15): random event sequences, malformed
 * payloads and events out of time order included, driven through the pure API. After
 * every event:
 *
 * - a refused event throws a `RealtyCrmError` and changes nothing (the snapshot is the same,
 *   byte for byte);
 * - every snapshot survives JSON and restores to the same state and context;
 * - deadlines never move backwards (the form, reply and close deadlines never change; the
 *   callback deadline only moves later; a round once recorded keeps its deadline);
 * - closed is final; `nextDueAt` is what the context implies.
 *
 * 10^3 sequences in the suite; `npm run test:fuzz` runs 10^4 (FUZZ_RUNS).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { createComplaintMachine } from '../../src/complaints/complaintMachine.js';
import type { ComplaintMachineContext } from '../../src/complaints/complaintMachineTypes.js';
import { computeNextDueAt } from '../../src/complaints/computeNextDueAt.js';
import { restoreComplaintSnapshot } from '../../src/complaints/restoreComplaintSnapshot.js';
import {
  CALLBACK_OUTCOMES,
  CRISIS_SIGNALS,
  IMPASSE_GROUNDS,
  SERVICE_METHODS,
} from '../../src/complaints/types.js';
import { RealtyCrmError } from '../../src/core/errors.js';
import { aoyuan2014, generic, sinoOcean2008 } from '../../src/presets/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const MACHINES = [sinoOcean2008, aoyuan2014, generic].map((policy) =>
  createComplaintMachine({ policy, fallback: 'weekends-only' }),
);
const RECEIVED = Date.parse('2026-11-02T10:00:00+08:00');
const MINUTE = 60_000;
const inst = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;

/** A value that does not belong where it is put: the payloads random sequences found. */
const junk = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    10n,
    '',
    'tomorrow',
    'Company',
    42,
    true,
  ),
  fc.constant(new Date('2026-11-03T01:00:00Z')),
  fc.constant({ nested: 1 }),
  fc.constant([]),
  fc.string({ maxLength: 8 }),
);

/** A field of an event: mostly its right kind, sometimes junk. */
const maybe = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 9, arbitrary: good }, { weight: 1, arbitrary: junk });

/**
 * One event, given the minutes since receipt at which it happens: one of the machine's 15
 * types (or a wrong one), its fields mostly right.
 */
const eventAt = (minutes: number): fc.Arbitrary<unknown> => {
  const at = maybe(fc.constant(inst(RECEIVED + minutes * MINUTE)));
  const timed = (type: string, extra: Record<string, fc.Arbitrary<unknown>> = {}) =>
    fc.record({ type: fc.constant(type), at, ...extra });
  return fc.oneof(
    timed('form.completed'),
    timed('department.assigned', { department: maybe(fc.constantFrom('engineering', 'sales', 'property')) }),
    timed('plan.issued'),
    timed('plan.communicated'),
    { weight: 2, arbitrary: timed('handling.completed') },
    {
      weight: 4,
      arbitrary: timed('callback.completed', { outcome: maybe(fc.constantFrom(...CALLBACK_OUTCOMES)) }),
    },
    timed('reply.attached'),
    timed('impasse.recorded', { grounds: maybe(fc.constantFrom(...IMPASSE_GROUNDS)) }),
    timed('lawsuit.filed', {
      filedOn: maybe(fc.constant(inst(RECEIVED + minutes * MINUTE).slice(0, 10))),
      handlingCompliedWithLaw: maybe(fc.boolean()),
    }),
    timed('opinion.served', {
      via: maybe(fc.constantFrom(...SERVICE_METHODS)),
      proofKept: maybe(fc.boolean()),
    }),
    { weight: 3, arbitrary: fc.record({ type: fc.constant('clock.tick'), now: at }) },
    timed('severity.assessed', {
      facts: maybe(
        fc.record(
          {
            householdsComplainingTogether: maybe(fc.integer({ min: 0, max: 15 })),
            compensationPerHousehold: maybe(fc.constantFrom(20_000, 20_000.01)),
            mayLeadToLawsuitOrMedia: maybe(fc.boolean()),
            crisisSignals: maybe(fc.subarray([...CRISIS_SIGNALS], { maxLength: 1 })),
            riskOfMajorGroupOrCrisis: maybe(fc.boolean()),
          },
          { requiredKeys: [] },
        ),
      ),
    }),
    timed('delay.attributed', { side: maybe(fc.constantFrom('company', 'customer')) }),
    timed('warning.sent'),
    timed('event.reported'),
    // A type the machine does not have, and extra fields where none belong.
    fc.record({ type: fc.constantFrom('form.complete', 'callback', 'xstate.nothing'), at }),
    fc.record({ type: fc.constant('plan.issued'), at, note: fc.string() }),
  );
};

/** A sequence: minutes mostly forward (hours to days apart), sometimes back in time. */
const sequence = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 * 24 * 60 }) },
      fc.integer({ min: -2 * 24 * 60, max: -1 }),
    ),
    {
      minLength: 1,
      maxLength: 30,
    },
  )
  .chain((steps) => {
    let minutes = 0;
    return fc.tuple(
      ...steps.map((d) => {
        minutes = Math.max(0, minutes + d);
        return eventAt(minutes);
      }),
    );
  });

/** The deadlines that must never move backwards. */
const fixed = (c: ComplaintMachineContext) =>
  JSON.stringify([c.deadlines.formBy, c.deadlines.replyBy, c.deadlines.closeBy, c.receivedAt, c.staleAt]);

describe('the complaint machine under random event sequences', () => {
  it('CMP-FLOW: refused events change nothing, every snapshot restores, deadlines never move backwards, closed is final', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MACHINES.length - 1 }),
        fc.record({ hasContactInfo: fc.boolean(), anonymous: fc.boolean() }, { requiredKeys: [] }),
        sequence,
        (which, flags, events) => {
          const machine = MACHINES[which] as (typeof MACHINES)[number];
          let [s] = initialTransition(machine, {
            id: 'C-1',
            receivedAt: inst(RECEIVED),
            category: 'engineering-quality',
            ...flags,
          });
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
            // Survives JSON and restores alike.
            const restored = restoreComplaintSnapshot(machine, JSON.stringify(next));
            expect(restored.value).toEqual(next.value);
            expect(restored.context).toEqual(next.context);
            expect(next.context.nextDueAt).toBe(computeNextDueAt(next.context));
            // Deadlines never move backwards.
            expect(fixed(next.context)).toBe(fixed(s.context));
            const was = s.context.deadlines.callbackBy?.endsAt;
            const now = next.context.deadlines.callbackBy?.endsAt;
            if (was !== undefined && now !== undefined) expect(now >= was).toBe(true);
            for (const [i, r] of s.context.rounds.slice(0, -1).entries()) {
              expect(next.context.rounds[i]).toEqual(r);
            }
            for (const [i, r] of s.context.rounds.entries()) {
              expect(next.context.rounds[i]?.callbackBy).toEqual(r.callbackBy);
            }
            expect(next.context.clockAt >= s.context.clockAt).toBe(true);
            // Closed is final.
            if (s.value === 'closed') {
              expect(next.value).toBe('closed');
              expect(next.context).toEqual(s.context);
            }
            s = next;
          }
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);
});
