/**
 * The repair-order machine refuses a malformed event before it changes anything, and a
 * stored snapshot is checked whole when it is restored.
 */

import { describe, expect, test } from 'vitest';
import { createActor, transition } from 'xstate';
import { InvalidArgumentError, RealtyCrmError } from '../../src/core/errors.js';
import { generic } from '../../src/presets/index.js';
import { parseRepairOrderEvent } from '../../src/warranty/repairOrderEvents.js';
import { createRepairOrderMachine, repairOrderMachine } from '../../src/warranty/repairOrderMachine.js';
import { REPAIR_ORDER_MACHINE_VERSION } from '../../src/warranty/repairOrderMachineTypes.js';
import {
  RepairOrderSnapshotMismatchError,
  restoreRepairOrderSnapshot,
} from '../../src/warranty/restoreRepairOrderSnapshot.js';
import { refusalCodePath, refusalOf } from '../_lib/refusal.js';
import {
  DOOR,
  LEAK,
  LEAK_TO_ACCEPTANCE,
  leakAtAcceptance,
  run,
  SEP21,
  type Snapshot,
  sh,
  start,
} from './_repairOrder.js';

/** The event is refused with INVALID_EVENT at `path`, and the caller's snapshot is untouched. */
function expectRefused(s: Snapshot, event: unknown, path: readonly (string | number)[]) {
  const before = JSON.stringify(s);
  const error = refusalOf(
    () => transition(repairOrderMachine, s, event as never),
    InvalidArgumentError,
    JSON.stringify(event, (_, v) => (typeof v === 'bigint' ? `${v}n` : v)),
  );
  expect([error.code, error.path]).toEqual(['INVALID_EVENT', path]);
  expect(JSON.stringify(s)).toBe(before);
  expect(parseRepairOrderEvent(event, s.context).success).toBe(false);
}

const JUNK = [
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  10n,
  '',
  'tomorrow',
  new Date(),
  { x: 1 },
  [],
];

describe('WAR-FLOW: malformed events are refused before they change anything', () => {
  test('WAR-FLOW: every event type with a junk instant is refused at its instant', () => {
    const s = run(start(), [DOOR]);
    const specs: Record<string, Record<string, unknown>> = {
      'order.classified': { component: 'leakage', problem: 'leak', inWarranty: true },
      'survey.completed': {},
      'plan.confirmed': {},
      'charges.accepted': { amountYuan: 1 },
      'repair.started': {},
      'hiddenWorks.recorded': { works: ['pipe'] },
      'hiddenWorks.inspected': {},
      'repair.completed': {},
      'acceptance.recorded': { outcome: 'accepted' },
      'callback.completed': {},
      'visit.agreed': { visitAt: sh('09-22T09:00') },
      'visit.rescheduled': { visitAt: sh('09-22T09:00') },
      'visit.arrived': {},
      'authority.reported': {},
      'contractor.replaced': { failure: 'refused', thirdPartyId: 'S-1' },
      'evidence.recorded': {},
      'penaltyNotice.issued': {},
      'compensation.planned': { amountYuan: 1 },
      'compensation.approved': {},
      'deduction.notified': {},
    };
    for (const [type, fields] of Object.entries(specs)) {
      for (const at of [...JUNK, '2026-09-22T09:00:00', '2026-09-22']) {
        expectRefused(s, { type, at, ...fields }, ['event', 'at']);
      }
      expectRefused(s, { type, ...fields }, ['event', 'at']);
      expectRefused(s, { type, at: sh('09-22T09:00'), ...fields, note: 'x' }, ['event', 'note']);
    }
    for (const now of JUNK) expectRefused(s, { type: 'clock.tick', now }, ['event', 'now']);
  });

  test('WAR-FLOW: junk in each field is refused at the field, with a did-you-mean for a near code', () => {
    const s = start();
    const at = sh('09-21T10:00');
    for (const [field, values] of [
      ['component', ['leak', 'Leakage', ...JUNK]],
      ['problem', ['leaks', ...JUNK]],
      ['inWarranty', ['true', 1, ...JUNK]],
      ['previousRepairsAtSameLocation', [-1, 1.5, '1', ...JUNK]],
      ['structuralSafety', ['yes', ...JUNK]],
    ] as const) {
      for (const v of values) {
        expectRefused(s, { ...DOOR, at, [field]: v }, ['event', field]);
      }
    }
    expect(() => transition(repairOrderMachine, s, { ...DOOR, component: 'leakag' } as never)).toThrow(
      /did you mean 'leakage'/,
    );
    const p = run(s, [DOOR]);
    expectRefused(p, { type: 'hiddenWorks.recorded', at, works: ['pipes'] }, ['event', 'works', 0]);
    expectRefused(p, { type: 'hiddenWorks.recorded', at, works: 'pipe' }, ['event', 'works']);
    expectRefused(
      p,
      { type: 'hiddenWorks.recorded', at, works: ['pipe', 'pipe', 'pipe', 'pipe', 'pipe', 'pipe'] },
      ['event', 'works'],
    );
    expectRefused(p, { type: 'charges.accepted', at, amountYuan: -0.01 }, ['event', 'amountYuan']);
    expectRefused(p, { type: 'compensation.planned', at, amountYuan: '3000' }, ['event', 'amountYuan']);
    expectRefused(p, { type: 'acceptance.recorded', at, outcome: 'ok' }, ['event', 'outcome']);
    expectRefused(p, { type: 'contractor.replaced', at, failure: 'late', thirdPartyId: 'S-1' }, [
      'event',
      'failure',
    ]);
    expectRefused(p, { type: 'contractor.replaced', at, failure: 'refused', thirdPartyId: '' }, [
      'event',
      'thirdPartyId',
    ]);
    expectRefused(p, { type: 'visit.agreed', at, visitAt: '09:00' }, ['event', 'visitAt']);
  });

  test("WAR-FLOW: an unknown type, or no event object, is refused; xstate's own events pass", () => {
    const s = start();
    expectRefused(s, { type: 'order.classify', at: sh('09-21T10:00') }, ['event', 'type']);
    expect(() => transition(repairOrderMachine, s, { type: 'order.classify' } as never)).toThrow(
      /did you mean 'order.classified'/,
    );
    for (const e of ['order.classified', null, 42, [], { at: sh('09-21T10:00') }]) {
      expectRefused(
        s,
        e,
        e !== null && typeof e === 'object' && !Array.isArray(e) ? ['event', 'type'] : ['event'],
      );
    }
    expect(transition(repairOrderMachine, s, { type: 'xstate.unknown' } as never)[0].context).toEqual(
      s.context,
    );
  });

  test('WAR-FLOW: an event dated before the receipt, or before the previous event, is refused; at the same instant it is taken', () => {
    const s0 = start();
    expectRefused(s0, { ...DOOR, at: sh('09-21T09:29') }, ['event', 'at']);
    expect(run(s0, [{ ...DOOR, at: SEP21.receivedAt }]).value).toBe('classified');
    const s = run(s0, [DOOR]);
    expectRefused(s, { type: 'plan.confirmed', at: sh('09-21T09:59') }, ['event', 'at']);
    expectRefused(s, { type: 'clock.tick', now: sh('09-21T09:59') }, ['event', 'now']);
    expect(() =>
      transition(repairOrderMachine, s, { type: 'plan.confirmed', at: sh('09-21T09:59') }),
    ).toThrow(/before the previous event/);
  });

  test('WAR-FLOW: an actor given a bad event stops in status error with the same error; parseRepairOrderEvent says so first', () => {
    const actor = createActor(repairOrderMachine, { input: SEP21 });
    actor.start();
    const bad = { type: 'order.classified', at: sh('09-21T10:00'), component: 'roof' };
    const parsed = parseRepairOrderEvent(bad, actor.getSnapshot().context);
    expect(parsed.success).toBe(false);
    expect(parsed.success ? null : parsed.error.code).toBe('INVALID_EVENT');
    actor.subscribe({ error: () => {} });
    actor.send(bad as never);
    expect(actor.getSnapshot().status).toBe('error');
    expect(actor.getSnapshot().error).toBeInstanceOf(RealtyCrmError);
    const good = parseRepairOrderEvent(DOOR, start().context);
    expect(good).toEqual({ success: true, data: { ...DOOR, at: '2026-09-21T02:00:00.000Z' } });
  });

  test('WAR-FLOW: snapshot.can is false for a malformed event and for an event the state does not take', () => {
    const s = run(start(), [DOOR]);
    expect(s.can({ type: 'plan.confirmed', at: sh('09-21T11:00') })).toBe(true);
    expect(s.can({ type: 'plan.confirmed', at: 'soon' } as never)).toBe(false);
    expect(s.can({ type: 'callback.completed', at: sh('09-21T11:00') })).toBe(false);
  });
});

type Json = Record<string, unknown> & { context: Record<string, unknown> };
const stored = (): Json => JSON.parse(JSON.stringify(leakAtAcceptance()));
const tampered = (change: (j: Json) => void, base: () => Json = stored): Json => {
  const j = base();
  change(j);
  return j;
};
const restore = (j: unknown) => refusalCodePath(() => restoreRepairOrderSnapshot(repairOrderMachine, j));

describe('WAR-FLOW: restoreRepairOrderSnapshot checks a stored snapshot whole', () => {
  test('WAR-FLOW: a snapshot stored as JSON restores and resumes alike, by transition and by createActor', () => {
    const s = leakAtAcceptance();
    const restored = restoreRepairOrderSnapshot(repairOrderMachine, JSON.stringify(s));
    expect(restored.context).toEqual(s.context);
    const e = { type: 'acceptance.recorded', at: sh('09-28T17:00'), outcome: 'accepted' } as const;
    expect(transition(repairOrderMachine, restored, e)[0].context).toEqual(
      transition(repairOrderMachine, s, e)[0].context,
    );
    const actor = createActor(repairOrderMachine, {
      snapshot: restoreRepairOrderSnapshot(repairOrderMachine, repairOrderMachine.getPersistedSnapshot(s)),
      input: SEP21,
    });
    actor.start();
    actor.send(e);
    actor.send({ type: 'callback.completed', at: sh('09-30T10:00') });
    expect(actor.getSnapshot().value).toBe('closed');
    const closed = restoreRepairOrderSnapshot(
      repairOrderMachine,
      JSON.stringify(actor.getPersistedSnapshot()),
    );
    expect([closed.value, closed.status]).toEqual(['closed', 'done']);
  });

  test('WAR-FLOW: a field missing or extra, an instant not canonical, a count as a string are refused at their path', () => {
    expect(restore(tampered((j) => delete j.context.survey))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'survey'],
    ]);
    expect(restore(tampered((j) => (j.context.extra = 1)))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context'],
    ]);
    expect(restore(tampered((j) => (j.context.receivedAt = '2026-09-21T09:30:00+08:00')))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'receivedAt'],
    ]);
    expect(restore(tampered((j) => (j.context.reworks = '0')))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'reworks'],
    ]);
    expect(restore(tampered((j) => ((j.context.hiddenWorks as unknown[])[0] = 'pipes')))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'hiddenWorks', 0],
    ]);
    expect(
      restore(
        tampered(
          (j) => ((j.context.callbackBy as Record<string, unknown>).endsAt = '2026-10-20T16:00:00.000Z'),
        ),
      ),
    ).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'callbackBy', 'endsAt']]);
  });

  test('WAR-FLOW: a context that does not fit its state or itself is refused: no callback in acceptance, closed without closedAt, flags that do not follow', () => {
    expect(restore(tampered((j) => (j.context.callbackBy = null)))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'callbackBy'],
    ]);
    expect(restore(tampered((j) => (j.value = 'closed')))).toEqual(['INVALID_SNAPSHOT', ['json', 'status']]);
    expect(
      restore(
        tampered((j) => {
          j.value = 'closed';
          j.status = 'done';
        }),
      ),
    ).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'acceptedAt']]);
    expect(restore(tampered((j) => (j.context.overdue = { visit: false, callback: true })))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'overdue'],
    ]);
    expect(restore(tampered((j) => (j.context.nextDueAt = null)))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'nextDueAt'],
    ]);
    expect(restore(tampered((j) => (j.context.lastEventAt = '2026-12-01T00:00:00.000Z')))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'lastEventAt'],
    ]);
    expect(restore(tampered((j) => (j.value = 'received')))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'classification'],
    ]);
    expect(
      restore(tampered((j) => ((j.context.survey as Record<string, unknown>).required = false))),
    ).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'survey', 'required']]);
  });

  test('WAR-COMP: a deduction notice before the approval, or a step that does not follow, is refused at restore', () => {
    const withPlan = () =>
      JSON.parse(
        JSON.stringify(
          run(leakAtAcceptance(), [{ type: 'compensation.planned', at: sh('09-28T17:00'), amountYuan: 800 }]),
        ),
      ) as Json;
    expect(restoreRepairOrderSnapshot(repairOrderMachine, withPlan()).context.compensation?.step).toBe(
      'approved',
    );
    expect(
      restore(
        tampered((j) => {
          (j.context.compensation as Record<string, unknown>).deductionNoticeAt = '2026-09-28T10:00:00.000Z';
        }, withPlan),
      ),
    ).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'compensation', 'deductionNoticeAt']]);
    expect(
      restore(
        tampered(
          (j) => ((j.context.compensation as Record<string, unknown>).step = 'deduction-notice'),
          withPlan,
        ),
      ),
    ).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'compensation', 'step']]);
  });

  test('WAR-CONTRACTOR: outstanding records that do not follow from what was recorded are refused at restore', () => {
    const replaced = () =>
      JSON.parse(
        JSON.stringify(
          run(start(), [
            DOOR,
            { type: 'contractor.replaced', at: sh('09-22T10:00'), failure: 'refused', thirdPartyId: 'S-1' },
          ]),
        ),
      ) as Json;
    expect(
      restore(
        tampered((j) => ((j.context.replacement as Record<string, unknown>).outstanding = []), replaced),
      ),
    ).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'replacement', 'outstanding']]);
  });

  test('WAR-FLOW: another machine version or policy is a RepairOrderSnapshotMismatchError; a version written as digits is read', () => {
    const digits = tampered((j) => (j.context.machineVersion = String(REPAIR_ORDER_MACHINE_VERSION)));
    expect(restoreRepairOrderSnapshot(repairOrderMachine, digits).context.machineVersion).toBe(1);
    const error = refusalOf(
      () =>
        restoreRepairOrderSnapshot(
          repairOrderMachine,
          tampered((j) => (j.context.machineVersion = 2)),
        ),
      RepairOrderSnapshotMismatchError,
    );
    expect((error as RepairOrderSnapshotMismatchError).found.machineVersion).toBe(2);
    const genericMachine = createRepairOrderMachine({ policy: generic });
    expect(refusalCodePath(() => restoreRepairOrderSnapshot(genericMachine, stored()))).toEqual([
      'SNAPSHOT_VERSION_MISMATCH',
      undefined,
    ]);
    expect(restore('{')).toEqual(['INVALID_ARGUMENT', ['json']]);
    expect(restore(tampered((j) => (j.value = 'nowhere')))).toEqual(['INVALID_ARGUMENT', ['json', 'value']]);
    expect(restore(42)).toEqual(['INVALID_ARGUMENT', ['json']]);
  });

  test('WAR-FLOW: a restored snapshot is a new object: restoring does not mutate the stored value', () => {
    const j = stored();
    const copy = JSON.stringify(j);
    restoreRepairOrderSnapshot(repairOrderMachine, j);
    expect(JSON.stringify(j)).toBe(copy);
    expect(LEAK_TO_ACCEPTANCE[0]).toBe(LEAK);
  });
});
