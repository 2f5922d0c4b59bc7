/**
 * Issue 15 on the complaint machine: events are checked before they change anything,
 * nothing outside an event's schema reaches the context, the input is checked, guards
 * never throw foreign errors. Each case found by random event sequences gets its test.
 */

import { describe, expect, test } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import { parseComplaintEvent } from '../../src/complaints/complaintEvents.js';
import { complaintMachine } from '../../src/complaints/complaintMachine.js';
import { InvalidArgumentError, RealtyCrmError } from '../../src/core/errors.js';
import { refusalCodePath, refusalOf } from '../_lib/refusal.js';
import { callback, NOV, NOV_STEPS, novCallingBack, run, type Snapshot, sh, start } from './_machine.js';

/** The event is refused with INVALID_EVENT at `path`, and the caller's snapshot is untouched. */
function expectRefused(s: Snapshot, event: unknown, path: readonly (string | number)[]) {
  const before = JSON.stringify(s);
  const error = refusalOf(
    () => transition(complaintMachine, s, event as never),
    InvalidArgumentError,
    JSON.stringify(event, (_, v) => (typeof v === 'bigint' ? `${v}n` : v)),
  );
  expect([error.code, error.path]).toEqual(['INVALID_EVENT', path]);
  expect(JSON.stringify(s)).toBe(before);
  // The same verdict from the check an app runs before it sends to an actor.
  const parsed = parseComplaintEvent(event, s.context);
  expect(parsed.success).toBe(false);
}

describe('events are checked before they change anything', () => {
  const disputed = () => run(novCallingBack(), [callback(sh('11-07T10:00'), 'refused')]);

  test('CMP-CLOSE: impasse.recorded with grounds that are not one of the two is refused, and opens no closure', () => {
    const s = disputed();
    for (const grounds of ['beyond-authorty', 'beyond-authority', undefined, { x: 1 }, 7, null]) {
      expectRefused(s, { type: 'impasse.recorded', at: sh('11-08T10:00'), grounds }, ['event', 'grounds']);
    }
    expect(() =>
      transition(complaintMachine, s, {
        type: 'impasse.recorded',
        at: sh('11-08T10:00'),
        grounds: 'beyond-authority',
      } as never),
    ).toThrow(/did you mean 'beyond-authority-or-capacity'/);
    expect(s.context).toMatchObject({ customerNeverAccepts: false, beyondAuthorityOrCapacity: false });
  });

  test('CMP-SEV-HOT-STALE: delay.attributed with side "Company", undefined or missing is refused; staleness stays on', () => {
    const s = run(start(NOV), NOV_STEPS.slice(0, 4));
    for (const side of ['Company', 'CUSTOMER', '', 1]) {
      expectRefused(s, { type: 'delay.attributed', at: sh('11-05T10:00'), side }, ['event', 'side']);
    }
    expectRefused(s, { type: 'delay.attributed', at: sh('11-05T10:00'), side: undefined }, ['event', 'side']);
    expectRefused(s, { type: 'delay.attributed', at: sh('11-05T10:00') }, ['event', 'side']);
    expect(s.context.delayOnCompanySide).toBe(true);
  });

  test('CMP-FLOW: BigInt, undefined, Dates, NaN and objects never reach the context; nor does a field outside the schema', () => {
    const s = run(start(NOV), NOV_STEPS.slice(0, 1));
    for (const department of [
      10n,
      undefined,
      new Date('2026-11-03T01:00:00Z'),
      Number.NaN,
      { name: 'eng' },
      '',
      'x'.repeat(201),
    ]) {
      expectRefused(s, { type: 'department.assigned', at: sh('11-03T09:00'), department }, [
        'event',
        'department',
      ]);
    }
    expectRefused(s, { type: 'department.assigned', at: sh('11-03T09:00'), department: 'eng', note: 'x' }, [
      'event',
      'note',
    ]);
    expectRefused(
      s,
      { type: 'department.assigned', at: new Date('2026-11-03T01:00:00Z'), department: 'eng' },
      ['event', 'at'],
    );
    // What is accepted is rebuilt from the schema: the instant canonical, nothing else carried along.
    const [ok] = transition(complaintMachine, s, {
      type: 'department.assigned',
      at: sh('11-03T09:00'),
      department: 'eng',
    });
    expect(ok.context.department).toBe('eng');
    expect(JSON.parse(JSON.stringify(ok.context))).toEqual(ok.context);
  });

  test('CMP-FLOW: an event dated before receivedAt, or before the previous event, is refused; at the same instant it is taken', () => {
    const s0 = start(NOV);
    expectRefused(s0, { type: 'form.completed', at: sh('11-02T09:59') }, ['event', 'at']);
    expect(() => transition(complaintMachine, s0, { type: 'form.completed', at: sh('11-02T09:59') })).toThrow(
      /is before receivedAt/,
    );
    expect(transition(complaintMachine, s0, { type: 'form.completed', at: NOV.receivedAt })[0].value).toBe(
      'verified',
    );
    const s = run(s0, NOV_STEPS.slice(0, 2)); // the department assigned at 11-03 09:00
    expectRefused(s, { type: 'plan.issued', at: sh('11-03T08:59') }, ['event', 'at']);
    expect(() => transition(complaintMachine, s, { type: 'plan.issued', at: sh('11-03T08:59') })).toThrow(
      /before the previous event/,
    );
    expect(transition(complaintMachine, s, { type: 'plan.issued', at: sh('11-03T09:00') })[0].value).toBe(
      'planned',
    );
    // A tick before the previous event is refused too (the clock cannot run back past what was recorded).
    expectRefused(s, { type: 'clock.tick', now: sh('11-03T08:00') }, ['event', 'now']);
  });

  test('CMP-DL-CALLBACK: deadlines never move backwards: an out-of-order handling.completed cannot pull callbackBy back', () => {
    const s = novCallingBack(); // completed 11-06, callbackBy 11-09
    const reopened = run(s, [callback(sh('11-07T10:00'), 'not-satisfied')]);
    expectRefused(reopened, { type: 'handling.completed', at: sh('11-05T10:00') }, ['event', 'at']);
    const again = run(reopened, [{ type: 'handling.completed', at: sh('11-07T10:00') }]);
    expect(again.context.deadlines.callbackBy?.endsAt).toBe('2026-11-09T16:00:00.000Z'); // 11-07 + 2 = 11-09, not earlier
    expect(again.context.rounds.map((r) => r.callbackBy?.endsAt)).toEqual([
      '2026-11-09T16:00:00.000Z',
      '2026-11-09T16:00:00.000Z',
    ]);
  });

  test('CMP-CLOSE: guards never throw foreign errors: a bad instant in a closing event is the same InvalidArgumentError', () => {
    const noContact = run(start({ ...NOV, hasContactInfo: false }), NOV_STEPS);
    expectRefused(noContact, { type: 'reply.attached', at: 'tomorrow' }, ['event', 'at']);
    const impasse = run(novCallingBack(), [
      { type: 'impasse.recorded', at: sh('11-07T10:00'), grounds: 'customer-never-accepts' },
    ]);
    expectRefused(
      impasse,
      { type: 'lawsuit.filed', at: sh('11-20T10:00'), filedOn: 'garbage', handlingCompliedWithLaw: true },
      ['event', 'filedOn'],
    );
    expectRefused(
      impasse,
      { type: 'lawsuit.filed', at: sh('11-20T10:00'), filedOn: '2026-11-19', handlingCompliedWithLaw: 'yes' },
      ['event', 'handlingCompliedWithLaw'],
    );
    expectRefused(impasse, { type: 'callback.completed', at: '2026-11-08 10:00', outcome: 'satisfied' }, [
      'event',
      'at',
    ]);
    expectRefused(impasse, { type: 'opinion.served', at: sh('11-20T10:00'), via: 'fax', proofKept: true }, [
      'event',
      'via',
    ]);
    // None of them is xstate's wrapped "Unable to evaluate guard".
    const wrapped = refusalOf(() =>
      transition(complaintMachine, impasse, { type: 'reply.attached', at: 'tomorrow' } as never),
    );
    expect(wrapped.path).toEqual(['event', 'at']);
    expect(String(wrapped)).not.toContain('Unable to evaluate guard');
  });

  test("CMP-FLOW: an unknown event type, or no event object, is refused with a did-you-mean; xstate's own events pass", () => {
    const s = start(NOV);
    expectRefused(s, { type: 'form.complete', at: sh('11-02T11:00') }, ['event', 'type']);
    expect(() =>
      transition(complaintMachine, s, { type: 'form.complete', at: sh('11-02T11:00') } as never),
    ).toThrow(/did you mean 'form.completed'/);
    expectRefused(s, 'form.completed', ['event']);
    expectRefused(s, null, ['event']);
    expectRefused(s, { at: sh('11-02T11:00') }, ['event', 'type']);
    expect(transition(complaintMachine, s, { type: 'xstate.unknown' } as never)[0].context).toEqual(
      s.context,
    );
  });

  test('CMP-WARN: severity.assessed facts are checked whole: an unknown crisis signal, a string count, a time among the facts', () => {
    const s = start(NOV);
    const assessed = (facts: unknown) => ({ type: 'severity.assessed', at: sh('11-02T11:00'), facts });
    expectRefused(s, assessed({ crisisSignals: ['typhoon'] }), ['event', 'facts', 'crisisSignals', 0]);
    expectRefused(s, assessed({ householdsComplainingTogether: '12' }), [
      'event',
      'facts',
      'householdsComplainingTogether',
    ]);
    expectRefused(s, assessed({ now: sh('11-02T11:00') }), ['event', 'facts', 'now']);
    expectRefused(s, assessed({ compensationPerHousehold: Number.NaN }), [
      'event',
      'facts',
      'compensationPerHousehold',
    ]);
    expectRefused(s, assessed([]), ['event', 'facts']);
  });
});

describe('the input is checked', () => {
  test('CMP-FLOW: category "garbage" and id 42 start no machine: an error snapshot with the input path', () => {
    const [garbage] = initialTransition(complaintMachine, { ...NOV, category: 'garbage' } as never);
    expect(garbage.status).toBe('error');
    expect([
      (garbage.error as InvalidArgumentError).code,
      (garbage.error as InvalidArgumentError).path,
    ]).toEqual(['INVALID_ARGUMENT', ['input', 'category']]);
    const [id42] = initialTransition(complaintMachine, { ...NOV, id: 42 } as never);
    expect((id42.error as InvalidArgumentError).path).toEqual(['input', 'id']);
    const [naive] = initialTransition(complaintMachine, { ...NOV, receivedAt: '2026-11-02T10:00:00' });
    expect((naive.error as InvalidArgumentError).path).toEqual(['input', 'receivedAt']);
    // The old registeredAt is no input any more: staleness counts from the receipt.
    const [old] = initialTransition(complaintMachine, { ...NOV, registeredAt: sh('11-03T09:00') } as never);
    expect((old.error as InvalidArgumentError).path).toEqual(['input', 'registeredAt']);
    const [undef] = initialTransition(complaintMachine, { ...NOV, hasContactInfo: undefined } as never);
    expect((undef.error as InvalidArgumentError).path).toEqual(['input', 'hasContactInfo']);
  });

  test('CMP-FLOW: no input at all starts no machine either: an error snapshot at input, each time a new one, and an actor in error', () => {
    const [a] = initialTransition(complaintMachine, undefined as never);
    const [b] = initialTransition(complaintMachine, undefined as never);
    for (const s of [a, b]) {
      expect(s.status).toBe('error');
      expect(s.error).toBeInstanceOf(InvalidArgumentError);
      expect((s.error as InvalidArgumentError).path).toEqual(['input']);
    }
    expect(a).not.toBe(b);
    // No input at all: the options without one (as plain JavaScript may call it).
    const actor = createActor(complaintMachine, {} as never);
    const errors: unknown[] = [];
    actor.subscribe({ error: (e) => errors.push(e) });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    expect(errors).toEqual([a.error]);
    // With input, the same machine starts (the answer to a missing input is not kept for it).
    expect(initialTransition(complaintMachine, NOV)[0].status).toBe('active');
  });

  test('CMP-FLOW: an actor given a bad event stops with that library error; checking first keeps it running', () => {
    const actor = createActor(complaintMachine, { input: NOV });
    const errors: unknown[] = [];
    actor.subscribe({ error: (e) => errors.push(e) });
    actor.start();
    const bad = { type: 'delay.attributed', at: sh('11-02T11:00'), side: 'Company' };
    expect(parseComplaintEvent(bad, actor.getSnapshot().context).success).toBe(false);
    actor.send(bad as never);
    const snap = actor.getSnapshot() as { status: string; error: unknown };
    expect(snap.status).toBe('error');
    expect(snap.error).toBeInstanceOf(RealtyCrmError);
    expect(errors).toHaveLength(1);
    // parseComplaintEvent gives the event rebuilt, canonical.
    const good = parseComplaintEvent(
      { type: 'delay.attributed', at: sh('11-02T11:00'), side: 'customer' },
      start(NOV).context,
    );
    expect(good).toEqual({
      success: true,
      data: { type: 'delay.attributed', at: '2026-11-02T03:00:00.000Z', side: 'customer' },
    });
    expect(
      refusalCodePath(() => parseComplaintEvent({ type: 'clock.tick', now: 'x' }, start(NOV).context)),
    ).toBe('no error');
  });
});
