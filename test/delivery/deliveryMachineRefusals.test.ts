/**
 * Both delivery machines check every event before it changes anything: an unknown type
 * or field, a malformed value, an event out of time order, a milestone the schedule lacks,
 * a risk check for another delivery are refused with INVALID_EVENT at their path, and the
 * caller's snapshot is untouched; an actor given one stops in status 'error'.
 */

import { describe, expect, test } from 'vitest';
import { createActor, transition } from 'xstate';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { parseDeliveryBatchEvent } from '../../src/delivery/deliveryBatchEvents.js';
import { deliveryBatchMachine } from '../../src/delivery/deliveryBatchMachine.js';
import { parseHouseholdDeliveryEvent } from '../../src/delivery/householdDeliveryEvents.js';
import { householdDeliveryMachine } from '../../src/delivery/householdDeliveryMachine.js';
import { refusalOf } from '../_lib/refusal.js';
import {
  BATCH_STEPS,
  type BatchSnapshot,
  HOUSEHOLD,
  type HouseholdSnapshot,
  OCT12,
  readyCheck,
  runBatch,
  runHousehold,
  sh,
  startBatch,
  startHousehold,
} from './_machines.js';

const show = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? `${x}n` : x));

function expectBatchRefused(s: BatchSnapshot, event: unknown, path: readonly (string | number)[]) {
  const before = JSON.stringify(s);
  const error = refusalOf(
    () => transition(deliveryBatchMachine, s, event as never),
    InvalidArgumentError,
    show(event),
  );
  expect([error.code, error.path]).toEqual(['INVALID_EVENT', path]);
  expect(JSON.stringify(s)).toBe(before);
  expect(parseDeliveryBatchEvent(event, s.context).success).toBe(false);
}

function expectHouseholdRefused(s: HouseholdSnapshot, event: unknown, path: readonly (string | number)[]) {
  const before = JSON.stringify(s);
  const error = refusalOf(
    () => transition(householdDeliveryMachine, s, event as never),
    InvalidArgumentError,
    show(event),
  );
  expect([error.code, error.path]).toEqual(['INVALID_EVENT', path]);
  expect(JSON.stringify(s)).toBe(before);
  expect(parseHouseholdDeliveryEvent(event, s.context).success).toBe(false);
}

describe('delivery batch events are checked before they change anything', () => {
  test('DLV-STEPS: an unknown type (with a did-you-mean), an unknown field, a value that is not JSON are refused', () => {
    const s = startBatch();
    expectBatchRefused(s, { type: 'plan.aproved', at: sh('08-10T10:00') }, ['event', 'type']);
    expect(() =>
      transition(deliveryBatchMachine, s, { type: 'plan.aproved', at: sh('08-10T10:00') } as never),
    ).toThrow(/did you mean 'plan.approved'/);
    expectBatchRefused(s, { type: 'plan.approved', at: sh('08-10T10:00'), by: 'HQ' }, ['event', 'by']);
    for (const at of [
      undefined,
      new Date('2026-08-10T02:00:00Z'),
      Number.NaN,
      10n,
      '2026-08-10T10:00:00',
      '2026-08-10',
    ])
      expectBatchRefused(s, { type: 'plan.approved', at }, ['event', 'at']);
    expectBatchRefused(s, { type: 'plan.approved' }, ['event', 'at']);
    expectBatchRefused(s, 'plan.approved', ['event']);
  });

  test('DLV-STEPS: an event before createdAt or before the previous event is refused; at the same instant it is taken', () => {
    const s0 = startBatch();
    expectBatchRefused(s0, { type: 'plan.approved', at: sh('07-01T08:59') }, ['event', 'at']);
    expect(
      transition(deliveryBatchMachine, s0, { type: 'plan.approved', at: OCT12.createdAt })[0].value,
    ).toBe('riskChecking');
    const s1 = runBatch(s0, [BATCH_STEPS[0]]);
    expectBatchRefused(s1, { type: 'clock.tick', now: sh('08-10T09:59') }, ['event', 'now']);
    expectBatchRefused(s1, { type: 'milestone.completed', at: sh('08-09T10:00'), milestone: 'risk-team' }, [
      'event',
      'at',
    ]);
  });

  test('DLV-MODE: the centralized delivery is not ended before the delivery day starts (10-12 00:00 Asia/Shanghai)', () => {
    const s = runBatch(startBatch(), BATCH_STEPS);
    expectBatchRefused(s, { type: 'centralized.ended', at: '2026-10-11T15:59:59Z' }, ['event', 'at']);
    expect(
      transition(deliveryBatchMachine, s, { type: 'centralized.ended', at: '2026-10-11T16:00:00Z' })[0].value,
    ).toBe('sporadicDelivery');
  });

  test('DLV-PREP: a milestone the schedule lacks (rehearsals of a batch that is not a first delivery) or that does not exist is refused', () => {
    const s = startBatch();
    expectBatchRefused(s, { type: 'milestone.completed', at: sh('08-10T10:00'), milestone: 'rehearsals' }, [
      'event',
      'milestone',
    ]);
    expectBatchRefused(
      s,
      { type: 'milestone.completed', at: sh('08-10T10:00'), milestone: 'owner-pre-inspection' },
      ['event', 'milestone'],
    );
    expectBatchRefused(s, { type: 'milestone.completed', at: sh('08-10T10:00'), milestone: 'risk-tem' }, [
      'event',
      'milestone',
    ]);
    expect(
      transition(deliveryBatchMachine, startBatch({ ...OCT12, firstDelivery: true }), {
        type: 'milestone.completed',
        at: sh('10-09T10:00'),
        milestone: 'rehearsals',
      })[0].context.milestones.find((m) => m.id === 'rehearsals')?.doneAt,
    ).toBe('2026-10-09T02:00:00.000Z');
  });

  test('DLV-RISK-SCOPE: a malformed risk check is refused at its path; one for another delivery day or first-delivery flag too', () => {
    const s = runBatch(startBatch(), [BATCH_STEPS[0]]);
    const at = sh('09-12T10:00');
    const bad = readyCheck();
    expectBatchRefused(
      s,
      {
        type: 'riskCheck.assessed',
        at,
        check: { ...bad, items: [{ id: 'X', class: 'roof', result: 'passed' }] },
      },
      ['event', 'check', 'items', 0, 'class'],
    );
    expectBatchRefused(s, { type: 'riskCheck.assessed', at, check: { ...bad, deliveryOn: '2026-10-13' } }, [
      'event',
      'check',
      'deliveryOn',
    ]);
    expectBatchRefused(s, { type: 'riskCheck.assessed', at, check: { ...bad, firstDelivery: true } }, [
      'event',
      'check',
      'firstDelivery',
    ]);
    expectBatchRefused(s, { type: 'riskCheck.assessed', at, check: 'ok' }, ['event', 'check']);
    expect(s.context.riskCheck).toBeNull();
  });

  test('DLV-STEPS: an actor given a bad event stops in status error with the same error', () => {
    const actor = createActor(deliveryBatchMachine, { input: OCT12 });
    actor.subscribe({ error: () => {} });
    actor.start();
    actor.send({ type: 'plan.approved', at: 'tomorrow' });
    const snap = actor.getSnapshot();
    expect(snap.status).toBe('error');
    expect((snap.error as InvalidArgumentError).path).toEqual(['event', 'at']);
  });
});

describe('household delivery events are checked before they change anything', () => {
  test('DLV-MODE: an unknown discipline (with a did-you-mean), a mode that is not one, an item with an extra field are refused', () => {
    const s = startHousehold();
    const at = sh('10-12T10:00');
    expectHouseholdRefused(
      s,
      { type: 'inspection.completed', at, mode: 'centralized', repairItems: [{ discipline: 'plumbin' }] },
      ['event', 'repairItems', 0, 'discipline'],
    );
    expect(() =>
      transition(householdDeliveryMachine, s, {
        type: 'inspection.completed',
        at,
        mode: 'centralized',
        repairItems: [{ discipline: 'plumbin' }],
      } as never),
    ).toThrow(/did you mean 'plumbing'/);
    expectHouseholdRefused(s, { type: 'inspection.completed', at, mode: 'Centralized', repairItems: [] }, [
      'event',
      'mode',
    ]);
    expectHouseholdRefused(
      s,
      {
        type: 'inspection.completed',
        at,
        mode: 'sporadic',
        repairItems: [{ discipline: 'civil', count: 3 }],
      },
      ['event', 'repairItems', 0, 'count'],
    );
    expectHouseholdRefused(
      s,
      {
        type: 'inspection.completed',
        at,
        mode: 'sporadic',
        repairItems: Object.assign(new Array(2), { 1: { discipline: 'civil' } }),
      },
      ['event', 'repairItems', 0],
    );
    expectHouseholdRefused(s, { type: 'inspection.completed', at, mode: 'sporadic' }, [
      'event',
      'repairItems',
    ]);
  });

  test('DLV-MODE: an event before the owner was notified, or before the previous event, is refused', () => {
    const s0 = startHousehold();
    expectHouseholdRefused(s0, { type: 'eligibility.confirmed', at: sh('10-02T09:59') }, ['event', 'at']);
    const s1 = runHousehold(s0, [
      { type: 'inspection.completed', at: sh('10-12T10:00'), mode: 'centralized', repairItems: [] },
    ]);
    expectHouseholdRefused(s1, { type: 'keys.taken', at: sh('10-12T09:59') }, ['event', 'at']);
    expect(HOUSEHOLD.notifiedAt).toBe(sh('10-02T10:00'));
  });
});
