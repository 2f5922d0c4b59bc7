/**
 * The machine kit on a toy machine of its own (a door that opens and closes, with a
 * deadline): the event schemas and their order, the check attached before any guard, the
 * input check, stored instants and deadlines, and the generic snapshot restore. The
 * complaint machine's own tests cover the kit in use.
 */

import { describe, expect, test } from 'vitest';
import { assign, createActor, initialTransition, setup, transition } from 'xstate';
import * as z from 'zod';
import { RealtyCrmError } from '../../src/core/errors.js';
import { attachEventChecks } from '../../src/machine/attachEventChecks.js';
import { CLOCK_TICK_EVENT, createEventChecker } from '../../src/machine/checkEvents.js';
import {
  arrayField,
  booleanField,
  checkFields,
  dayOrInstantField,
  instantField,
  numberField,
  objectField,
  oneOfField,
  optional,
  textField,
} from '../../src/machine/fields.js';
import {
  CanonicalInstantSchema,
  earliestInstant,
  isCanonicalInstant,
  StoredDeadlineSchema,
  toStoredDeadline,
} from '../../src/machine/instants.js';
import { restoreMachineSnapshot } from '../../src/machine/restoreMachineSnapshot.js';
import { refusalOf } from '../_lib/refusal.js';

type Ctx = {
  readonly openedAt: string;
  readonly lastEventAt: string;
  readonly closedAt: string | null;
  readonly machineVersion: number;
  readonly policyId: string;
};
const EVENTS = {
  'door.closed': { fields: { at: instantField(), by: textField(20) }, instant: 'at' },
  'clock.tick': CLOCK_TICK_EVENT,
} as const;
const check = createEventChecker<Ctx>({
  machine: 'door',
  events: EVENTS,
  notBefore: (c) => ({ at: c.lastEventAt, what: 'the previous event' }),
});
const door = attachEventChecks(
  setup({
    types: {
      context: {} as Ctx,
      events: {} as { type: 'door.closed'; at: string; by: string } | { type: 'clock.tick'; now: string },
      input: {} as { openedAt: string },
    },
    guards: {
      // A guard that reads the event: with a bad `at` it would throw, and xstate would wrap it.
      closedInTheDay: ({ event }) =>
        event.type === 'door.closed' && new Date(event.at).toISOString().length > 0,
    },
  }).createMachine({
    id: 'door',
    meta: { policyId: 'toy' },
    context: ({ input }) => {
      const i = checkFields({ openedAt: instantField() }, input, ['input'], 'INVALID_ARGUMENT');
      return {
        openedAt: i.openedAt,
        lastEventAt: i.openedAt,
        closedAt: null,
        machineVersion: 1,
        policyId: 'toy',
      };
    },
    initial: 'open',
    states: {
      open: {
        on: {
          'door.closed': {
            guard: 'closedInTheDay',
            target: 'closed',
            actions: assign(({ event }) =>
              event.type === 'door.closed' ? { closedAt: event.at, lastEventAt: event.at } : {},
            ),
          },
        },
      },
      closed: { type: 'final' },
    },
  }),
  check,
);
const [open] = initialTransition(door, { openedAt: '2026-11-02T10:00:00+08:00' });

describe('fields', () => {
  test('CMP-FLOW: each field takes its type and refuses the rest at its path, naming the type only', () => {
    const code = 'INVALID_EVENT' as const;
    const fail = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as RealtyCrmError).code, (e as { path: unknown }).path, (e as Error).message];
      }
      return 'no error';
    };
    expect(instantField().check('2026-11-02T10:00:00+08:00', ['at'], code)).toBe('2026-11-02T02:00:00.000Z');
    expect(fail(() => instantField().check('2026-11-02T10:00:00', ['at'], code))).toEqual([
      'INVALID_EVENT',
      ['at'],
      'at: expected an ISO 8601 instant with an offset such as 2026-11-02T10:00:00+08:00, got a string',
    ]);
    expect(dayOrInstantField().check('2026-02-28', ['d'], code)).toBe('2026-02-28');
    expect(fail(() => dayOrInstantField().check('2026-02-30', ['d'], code))[1]).toEqual(['d']);
    // A secret text is never quoted back.
    expect(fail(() => textField(5).check('13800138000', ['phone'], code))[2]).toBe(
      'phone: expected at most 5 characters, got 11',
    );
    expect(fail(() => booleanField().check('false', ['b'], code))[2]).toBe(
      'b: expected true or false, got a string',
    );
    expect(fail(() => oneOfField(['ems', 'registered-mail']).check('EMS', ['via'], code))[2]).toContain(
      "did you mean 'ems'",
    );
    expect(
      fail(() => numberField({ min: 0, max: 10, integer: true }).check(Number.NaN, ['n'], code))[2],
    ).toBe('n: expected a finite number, got the number NaN');
    expect(fail(() => numberField({ min: 0, max: 10 }).check(11, ['n'], code))[2]).toBe(
      'n: expected a number from 0 to 10, got 11',
    );
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(fail(() => arrayField(booleanField()).check([true, , false], ['list'], code))[1]).toEqual([
      'list',
      1,
    ]);
    const nested = objectField({ a: optional(booleanField()) });
    expect(nested.check({}, ['o'], code)).toEqual({});
    expect(fail(() => nested.check({ a: undefined }, ['o'], code))[2]).toBe(
      'o.a: undefined is not a value: leave the field out instead',
    );
    expect(fail(() => nested.check({ b: true }, ['o'], code))[1]).toEqual(['o', 'b']);
    expect(fail(() => nested.check(new Date(), ['o'], code))[2]).toBe('o: expected an object, got a Date');
    expect(fail(() => checkFields({ n: numberField({ min: 0, max: 1 }) }, { n: 1n }, ['e'], code))[2]).toBe(
      'e.n: expected a finite number, got a bigint',
    );
  });
});

describe('event checks attached to a machine', () => {
  test("CMP-FLOW: a bad event is refused before its guard runs, with the kit's error, and the snapshot is untouched", () => {
    const before = JSON.stringify(open);
    const error = refusalOf(
      () => transition(door, open, { type: 'door.closed', at: 'tomorrow', by: 'guard' }),
      RealtyCrmError,
    );
    expect((error as RealtyCrmError).code).toBe('INVALID_EVENT');
    expect(String(error)).not.toContain('Unable to evaluate guard');
    expect(JSON.stringify(open)).toBe(before);
    // Order: not before the previous event.
    expect(() =>
      transition(door, open, { type: 'door.closed', at: '2026-11-02T09:00:00+08:00', by: 'x' }),
    ).toThrow(/before the previous event/);
    // A good event arrives rebuilt: canonical instant, nothing extra.
    const [closed] = transition(door, open, {
      type: 'door.closed',
      at: '2026-11-02T11:00:00+08:00',
      by: 'x',
    });
    expect(closed.context.closedAt).toBe('2026-11-02T03:00:00.000Z');
    expect(() =>
      transition(door, open, {
        type: 'door.closed',
        at: '2026-11-02T11:00:00+08:00',
        by: 'x',
        why: 1,
      } as never),
    ).toThrow(/event\.why: unknown field/);
    expect(() => transition(door, open, { type: 'door.slammed' } as never)).toThrow(
      /takes no event "door.slammed"/,
    );
  });

  test('CMP-FLOW: can(), provide() and an actor see the same check; the input is checked in the context factory', () => {
    expect(open.can({ type: 'door.closed', at: '2026-11-02T11:00:00+08:00', by: 'x' })).toBe(true);
    expect(open.can({ type: 'door.closed', at: 'bad', by: 'x' })).toBe(false);
    const provided = door.provide({});
    expect(() => transition(provided, open, { type: 'clock.tick', now: 'x' })).toThrow(/event\.now/);
    const actor = createActor(door, { input: { openedAt: '2026-11-02T10:00:00+08:00' } });
    actor.subscribe({ error: () => {} });
    actor.start();
    actor.send({ type: 'clock.tick', now: 'x' });
    expect(actor.getSnapshot().status).toBe('error');
    const [bad] = initialTransition(door, { openedAt: 42 } as never);
    expect(bad.status).toBe('error');
    expect((bad.error as { path: unknown }).path).toEqual(['input', 'openedAt']);
  });

  test('CMP-FLOW: with missingInput, a machine without input is an error snapshot made once, through provide() too; pure transitions do not rerun the factory', () => {
    const missingInput = new RealtyCrmError('INVALID_ARGUMENT', 'the toy needs its input');
    let factoryRuns = 0;
    const toy = attachEventChecks(
      setup({ types: { context: {} as { n: number }, input: {} as { n: number } } }).createMachine({
        context: ({ input }) => {
          factoryRuns += 1;
          if (input === undefined) throw missingInput;
          return { n: input.n };
        },
        on: { 'clock.tick': {} },
      }),
      createEventChecker({ machine: 'toy', events: { 'clock.tick': CLOCK_TICK_EVENT } }),
      { missingInput },
    );
    const [first] = initialTransition(toy, undefined as never);
    expect([first.status, first.error]).toEqual(['error', missingInput]);
    const [s] = initialTransition(toy, { n: 1 });
    const runs = factoryRuns;
    for (let i = 0; i < 5; i++) transition(toy, s, { type: 'clock.tick', now: '2026-11-02T10:00:00+08:00' });
    // Each pure transition builds an inert actor without input: answered by the snapshot made once.
    expect(factoryRuns).toBe(runs);
    const [fromProvided] = initialTransition(toy.provide({}), undefined as never);
    expect([fromProvided.status, fromProvided.error]).toEqual(['error', missingInput]);
  });
});

describe('instants and restore', () => {
  test('LAW-PERIOD-END: stored instants are canonical UTC, deadlines end at the end of their last day, the next due is the earliest', () => {
    expect(isCanonicalInstant('2026-11-02T02:00:00.000Z')).toBe(true);
    for (const s of ['2026-11-02T10:00:00.000+08:00', '2026-11-02T02:00:00Z', '2026-02-30T02:00:00.000Z']) {
      expect(isCanonicalInstant(s)).toBe(false);
    }
    expect(CanonicalInstantSchema.safeParse('2026-11-02T02:00:00Z').success).toBe(false);
    const d = toStoredDeadline({
      lastDay: '2026-10-09',
      endsAt: new Date('2026-10-09T16:00:00.000Z'),
      fallbackUsed: false,
    });
    expect(StoredDeadlineSchema.safeParse(d).success).toBe(true);
    expect(StoredDeadlineSchema.safeParse({ ...d, endsAt: '2026-10-12T16:00:00.000Z' }).success).toBe(false);
    expect(earliestInstant(['2026-11-04T16:00:00.000Z', null, '2026-11-02T16:00:00.000Z', undefined])).toBe(
      '2026-11-02T16:00:00.000Z',
    );
    expect(earliestInstant([null])).toBeNull();
  });

  test('CMP-FLOW: restoreMachineSnapshot checks version (digits read), policy, state, status and the context schema', () => {
    const rules = {
      machine: 'door',
      version: 1,
      contextSchema: z.strictObject({
        openedAt: CanonicalInstantSchema,
        lastEventAt: CanonicalInstantSchema,
        closedAt: CanonicalInstantSchema.nullable(),
        machineVersion: z.number(),
        policyId: z.string(),
      }),
      mismatch: () => new RealtyCrmError('SNAPSHOT_VERSION_MISMATCH', 'mismatch'),
    };
    const json = JSON.parse(JSON.stringify(open));
    expect(restoreMachineSnapshot(door, JSON.stringify(json), rules).context).toEqual(open.context);
    expect(
      restoreMachineSnapshot(door, { ...json, context: { ...json.context, machineVersion: '1' } }, rules)
        .context.machineVersion,
    ).toBe(1);
    const code = (j: unknown) => {
      try {
        restoreMachineSnapshot(door, j, rules);
      } catch (e) {
        return [(e as RealtyCrmError).code, (e as { path?: unknown }).path];
      }
    };
    expect(code({ ...json, context: { ...json.context, machineVersion: 2 } })).toEqual([
      'SNAPSHOT_VERSION_MISMATCH',
      undefined,
    ]);
    expect(code({ ...json, context: { ...json.context, policyId: 'other' } })).toEqual([
      'SNAPSHOT_VERSION_MISMATCH',
      undefined,
    ]);
    expect(code({ ...json, value: 'ajar' })).toEqual(['INVALID_ARGUMENT', ['json', 'value']]);
    expect(code({ ...json, status: 'done' })).toEqual(['INVALID_SNAPSHOT', ['json', 'status']]);
    expect(code({ ...json, context: { ...json.context, openedAt: '2026-11-02T10:00:00+08:00' } })).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'openedAt'],
    ]);
  });
});
