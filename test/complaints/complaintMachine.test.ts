import { describe, expect, test } from 'vitest';
import { type AnyMachineSnapshot, createActor, initialTransition, transition } from 'xstate';
import {
  getAdjacencyMap,
  getPathsFromEvents,
  getShortestPaths,
  getSimplePaths,
  toDirectedGraph,
} from 'xstate/graph';
import { createWorkCalendar } from '../../src/calendar/createWorkCalendar.js';
import {
  type ComplaintMachine,
  complaintMachine,
  createComplaintMachine,
} from '../../src/complaints/complaintMachine.js';
import {
  COMPLAINT_MACHINE_VERSION,
  type ComplaintMachineContext,
  type ComplaintMachineEvent,
  type ComplaintMachineInput,
} from '../../src/complaints/complaintMachineTypes.js';
import { computeNextDueAt } from '../../src/complaints/computeNextDueAt.js';
import {
  ComplaintSnapshotMismatchError,
  restoreComplaintSnapshot,
} from '../../src/complaints/restoreComplaintSnapshot.js';
import { RealtyCrmError } from '../../src/core/errors.js';
import { aoyuan2014, generic } from '../../src/presets/index.js';

type Snapshot = ReturnType<typeof initialTransition<ComplaintMachine>>[0];

/** An instant in Asia/Shanghai time, 2026: `sh('11-02T10:00')`. */
const sh = (s: string) => `2026-${s}:00+08:00`;
const iso = (ms: number) => new Date(ms).toISOString();
const ms = (instant: string) => Date.parse(instant);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A Monday in November 2026, clear of holidays: every deadline is visible. */
const NOV: ComplaintMachineInput = {
  id: 'C-1',
  receivedAt: sh('11-02T10:00'),
  category: 'engineering-quality',
};
/** The day before National Day 2026 (10-01..07 off, 10-10 a makeup working day). */
const SEP30: ComplaintMachineInput = {
  id: 'C-2',
  receivedAt: sh('09-30T10:00'),
  category: 'sales-management',
};

/** The flow of the November complaint, step by step, up to the callback. */
const NOV_STEPS = [
  { type: 'form.completed', at: sh('11-02T15:00') },
  { type: 'department.assigned', at: sh('11-03T09:00'), department: 'engineering' },
  { type: 'plan.issued', at: sh('11-03T14:00') },
  { type: 'plan.communicated', at: sh('11-04T10:00') },
  { type: 'handling.completed', at: sh('11-06T10:00') },
] as const satisfies readonly ComplaintMachineEvent[];

function start(input: ComplaintMachineInput, machine: ComplaintMachine = complaintMachine): Snapshot {
  return initialTransition(machine, input)[0];
}
function run(
  snapshot: Snapshot,
  events: readonly ComplaintMachineEvent[],
  machine = complaintMachine,
): Snapshot {
  let s = snapshot;
  for (const e of events) s = transition(machine, s, e)[0];
  return s;
}
const callback = (at: string, outcome: 'satisfied' | 'not-satisfied' | 'no-answer' | 'refused') =>
  ({ type: 'callback.completed', at, outcome }) as const;
const tick = (now: string) => ({ type: 'clock.tick', now }) as const;
/** The November complaint in `callingBack`. */
const novCallingBack = () => run(start(NOV), NOV_STEPS);

describe('flow', () => {
  test('CMP-FLOW: the seven steps lead from registered to closed, recording each fact', () => {
    // getPathsFromEvents (xstate 5.33) builds its default start without `input`: pass fromState.
    const path = getPathsFromEvents(
      complaintMachine,
      [...NOV_STEPS, callback(sh('11-07T10:00'), 'satisfied')],
      {
        fromState: start(NOV),
      },
    );
    const s = path.at(-1)?.state;
    expect(path.at(-1)?.steps.map((x) => x.state.value)).toEqual([
      'registered',
      'verified',
      'assigned',
      'planned',
      'handling',
      'callingBack',
      'closed',
    ]);
    expect(s?.status).toBe('done');
    expect(s?.context).toMatchObject({
      department: 'engineering',
      formCompletedAt: '2026-11-02T07:00:00.000Z',
      repliedAt: '2026-11-04T02:00:00.000Z',
      handlingCompletedAt: '2026-11-06T02:00:00.000Z',
      calledBackAt: '2026-11-07T02:00:00.000Z',
      lastCallbackOutcome: 'satisfied',
      closure: { via: 'accepted-at-callback', at: '2026-11-07T02:00:00.000Z' },
      overdue: { form: false, reply: false, callback: false, close: false },
      nextDueAt: null,
    });
  });

  test('CMP-FLOW: a step out of order is ignored', () => {
    const s0 = start(NOV);
    for (const e of [NOV_STEPS[2], NOV_STEPS[4], callback(sh('11-07T10:00'), 'satisfied')]) {
      const [s1] = transition(complaintMachine, s0, e);
      expect(s1.value).toBe('registered');
      expect(s1.context).toEqual(s0.context);
    }
  });

  test('CMP-FLOW: the context starts from the input, registeredAt defaulting to receivedAt', () => {
    const s = start(NOV);
    expect(s.context).toMatchObject({
      machineVersion: COMPLAINT_MACHINE_VERSION,
      policyId: 'sinoOcean2008',
      id: 'C-1',
      category: 'engineering-quality',
      receivedAt: '2026-11-02T02:00:00.000Z',
      registeredAt: '2026-11-02T02:00:00.000Z',
      hasContactInfo: true,
      delayOnCompanySide: true,
      severity: { level: 'general', majorGroup: false },
      warnings: [],
      closure: null,
    });
    const later = start({
      ...NOV,
      registeredAt: sh('11-03T09:00'),
      hasContactInfo: false,
      delayOnCompanySide: false,
    });
    expect(later.context).toMatchObject({
      registeredAt: '2026-11-03T01:00:00.000Z',
      staleAt: '2026-11-10T01:00:00.000Z',
      hasContactInfo: false,
      delayOnCompanySide: false,
    });
  });

  test('CMP-FLOW: a machine started without input is in error with INVALID_ARGUMENT', () => {
    // A JavaScript caller that forgot the input.
    const actor = createActor(complaintMachine, { input: undefined as unknown as ComplaintMachineInput });
    const snapshot = actor.getSnapshot() as { status: string; error: unknown };
    expect(snapshot.status).toBe('error');
    expect(snapshot.error).toBeInstanceOf(RealtyCrmError);
    expect((snapshot.error as RealtyCrmError).code).toBe('INVALID_ARGUMENT');
  });

  test('CMP-FLOW: misuse fails loudly: a bad input is an error snapshot, a bad instant or an uncovered year throws', () => {
    const [bad] = initialTransition(complaintMachine, {
      ...NOV,
      receivedAt: '2026-11-02' + 'T25:00:00+08:00',
    });
    expect(bad.status).toBe('error');
    expect((bad.error as RealtyCrmError).code).toBe('INVALID_ARGUMENT');
    const s = start(NOV);
    expect(() => transition(complaintMachine, s, tick('yesterday'))).toThrowError(/^now: /);
    // The callback deadline of a completion on 2026-12-30 runs into 2027, which the built-in calendar lacks.
    const december = run(start({ ...NOV, receivedAt: sh('12-21T10:00') }), [
      { type: 'form.completed', at: sh('12-21T11:00') },
      { type: 'department.assigned', at: sh('12-21T12:00'), department: 'engineering' },
      { type: 'plan.issued', at: sh('12-21T13:00') },
      { type: 'plan.communicated', at: sh('12-21T14:00') },
    ]);
    expect(() =>
      transition(complaintMachine, december, { type: 'handling.completed', at: sh('12-30T10:00') }),
    ).toThrowError(expect.objectContaining({ code: 'CALENDAR_NOT_COVERED', year: 2027 }));
  });
});

describe('deadlines', () => {
  test('CMP-DL-REPLY: sinoOcean2008 replies by 2026-10-09 (2 working days after National Day); aoyuan2014 by 2026-10-13', () => {
    const sino = start(SEP30);
    const aoyuan = start(SEP30, createComplaintMachine({ policy: aoyuan2014 }));
    expect(sino.context.deadlines.replyBy).toEqual({
      lastDay: '2026-10-09',
      endsAt: '2026-10-09T16:00:00.000Z',
      fallbackUsed: false,
    });
    expect(aoyuan.context.deadlines.replyBy).toEqual({
      lastDay: '2026-10-13',
      endsAt: '2026-10-13T16:00:00.000Z',
      fallbackUsed: false,
    });
    expect(aoyuan.context.policyId).toBe('aoyuan2014');
  });

  test('CMP-DL-REPLY: a tick 1 ms before the end is not overdue, at the end it is', () => {
    const planned = run(start(NOV), NOV_STEPS.slice(0, 3));
    const endsAt = planned.context.deadlines.replyBy.endsAt;
    expect(endsAt).toBe('2026-11-04T16:00:00.000Z');
    const before = run(planned, [tick(iso(ms(endsAt) - 1))]);
    expect(before.context.overdue.reply).toBe(false);
    expect(before.context.nextDueAt).toBe(endsAt);
    const at = run(planned, [tick(endsAt)]);
    expect(at.context.overdue.reply).toBe(true);
    expect(at.context.nextDueAt).toBe('2026-11-09T02:00:00.000Z'); // now the stale instant
    // Replied afterwards: still missed (done late).
    expect(run(at, [NOV_STEPS[3]]).context.overdue.reply).toBe(true);
  });

  test('CMP-DL-REPLY: a reply made late is overdue without any tick', () => {
    const late = run(start(NOV), [
      ...NOV_STEPS.slice(0, 3),
      { type: 'plan.communicated', at: sh('11-05T00:00') },
    ]);
    expect(late.context.overdue.reply).toBe(true);
    const onTime = run(start(NOV), [
      ...NOV_STEPS.slice(0, 3),
      { type: 'plan.communicated', at: sh('11-04T23:59') },
    ]);
    expect(onTime.context.overdue.reply).toBe(false);
  });

  test('CMP-DL-FORM: the handling form is due by the end of the day of receipt', () => {
    const s = start(NOV);
    expect(s.context.deadlines.formBy).toEqual({
      lastDay: '2026-11-02',
      endsAt: '2026-11-02T16:00:00.000Z',
      fallbackUsed: false,
    });
    expect(run(s, [{ type: 'form.completed', at: sh('11-02T23:59') }]).context.overdue.form).toBe(false);
    expect(run(s, [{ type: 'form.completed', at: sh('11-03T00:00') }]).context.overdue.form).toBe(true);
  });

  test('CMP-DL-CALLBACK: the callback deadline counts from the completion of handling (2 days, sinoOcean2008; 1 week, aoyuan2014)', () => {
    const handling = run(start(SEP30), [
      { type: 'form.completed', at: sh('09-30T15:00') },
      { type: 'department.assigned', at: sh('10-08T09:00'), department: 'sales' },
      { type: 'plan.issued', at: sh('10-08T10:00') },
      { type: 'plan.communicated', at: sh('10-08T11:00') },
    ]);
    expect(handling.context.deadlines.callbackBy).toBeNull();
    const done = run(handling, [{ type: 'handling.completed', at: sh('10-09T10:00') }]);
    // 10-09 + 2 days = Sunday 10-11, a rest day: the next working day (LAW-PERIOD-REST).
    expect(done.context.deadlines.callbackBy).toEqual({
      lastDay: '2026-10-12',
      endsAt: '2026-10-12T16:00:00.000Z',
      fallbackUsed: false,
    });
    const aoyuan = createComplaintMachine({ policy: aoyuan2014 });
    const a = run(start(NOV, aoyuan), NOV_STEPS, aoyuan);
    expect(a.context.deadlines.callbackBy?.lastDay).toBe('2026-11-13');
  });

  test('CMP-DL-CALLBACK: overdue at the end of callbackBy while calling back, 1 ms before it not', () => {
    const s = novCallingBack();
    const endsAt = s.context.deadlines.callbackBy?.endsAt ?? '';
    expect(endsAt).toBe('2026-11-09T16:00:00.000Z'); // 11-06 + 2 days = Sunday 11-08 -> Monday
    expect(s.context.nextDueAt).toBe(endsAt);
    expect(run(s, [tick(iso(ms(endsAt) - 1))]).context.overdue.callback).toBe(false);
    const late = run(s, [tick(endsAt)]);
    expect(late.context.overdue.callback).toBe(true);
    expect(late.context.nextDueAt).toBeNull();
    // Unanswered attempts do not meet the deadline; in unreachable it is still owed.
    const unreachable = run(
      s,
      [1, 2, 3].map((h) => callback(sh(`11-07T1${h}:00`), 'no-answer')),
    );
    expect(unreachable.value).toBe('unreachable');
    expect(unreachable.context.nextDueAt).toBe(endsAt);
    expect(run(unreachable, [tick(endsAt)]).context.overdue.callback).toBe(true);
  });

  test('CMP-DL-CALLBACK: a complaint without contact information owes no callback', () => {
    const s = run(start({ ...NOV, hasContactInfo: false }), NOV_STEPS);
    expect(s.value).toBe('callingBack');
    expect(s.context.deadlines.callbackBy).toBeNull();
    expect(s.context.nextDueAt).toBeNull();
  });

  test('CMP-DL-CLOSE: the generic preset closes within 7 days of receipt; overdue at its end, not before', () => {
    const m = createComplaintMachine({ policy: generic });
    const s = start(SEP30, m);
    // 09-30 + 7 days = 10-07, National Day: the next working day, 10-08.
    expect(s.context.deadlines.closeBy).toEqual({
      lastDay: '2026-10-08',
      endsAt: '2026-10-08T16:00:00.000Z',
      fallbackUsed: false,
    });
    expect(start(SEP30).context.deadlines.closeBy).toBeNull();
    const n = run(start(NOV, m), NOV_STEPS, m);
    const endsAt = n.context.deadlines.closeBy?.endsAt ?? '';
    expect(endsAt).toBe('2026-11-09T16:00:00.000Z');
    expect(run(n, [tick(iso(ms(endsAt) - 1))], m).context.overdue.close).toBe(false);
    expect(run(n, [tick(endsAt)], m).context.overdue.close).toBe(true);
    const closedLate = run(n, [callback(sh('11-10T10:00'), 'satisfied')], m);
    expect(closedLate.context.overdue).toMatchObject({ close: true, callback: true });
  });

  test('CMP-DL-REPLY: nextDueAt is the earliest pending instant at every step', () => {
    const expected = [
      '2026-11-02T16:00:00.000Z', // registered: the handling form, end of the day of receipt
      '2026-11-04T16:00:00.000Z', // verified: the reply (11-04), before the stale instant (11-09 10:00)
      '2026-11-04T16:00:00.000Z', // assigned
      '2026-11-04T16:00:00.000Z', // planned
      '2026-11-09T02:00:00.000Z', // handling: replied; turns stale at registered + 7 x 24 h
      '2026-11-09T16:00:00.000Z', // callingBack: resolved, so only the callback (Monday 11-09)
    ];
    let s = start(NOV);
    const seen = [s.context.nextDueAt];
    for (const e of NOV_STEPS) {
      s = run(s, [e]);
      seen.push(s.context.nextDueAt);
      expect(s.context.nextDueAt).toBe(computeNextDueAt(s.context));
    }
    expect(seen).toEqual(expected);
    expect(run(s, [callback(sh('11-07T10:00'), 'satisfied')]).context.nextDueAt).toBeNull();
  });
});

describe('severity', () => {
  test('CMP-SEV-HOT-STALE: a tick at registered + 7 d - 1 ms keeps general, at + 7 d makes hot (LAW-ELAPSED)', () => {
    const s = run(start(NOV), NOV_STEPS.slice(0, 4)); // handling, unresolved
    const staleAt = ms(NOV.receivedAt) + 7 * DAY;
    expect(s.context.nextDueAt).toBe(iso(staleAt));
    const before = run(s, [tick(iso(staleAt - 1))]);
    expect(before.context.severity.level).toBe('general');
    const at = run(s, [tick(iso(staleAt))]);
    expect(at.context.severity).toEqual({ level: 'hot', majorGroup: false });
    expect(at.context.nextDueAt).toBeNull();
    expect(at.value).toBe('handling');
  });

  test('CMP-SEV-HOT-STALE: counted from registeredAt, not receivedAt', () => {
    const s = start({ ...NOV, registeredAt: sh('11-03T09:00') });
    expect(run(s, [tick(sh('11-10T08:59'))]).context.severity.level).toBe('general');
    expect(run(s, [tick(sh('11-10T09:00'))]).context.severity.level).toBe('hot');
  });

  test('CMP-SEV-HOT-STALE: not when the delay is on the customer side, nor once resolved', () => {
    const customer = run(start(NOV), [{ type: 'delay.attributed', side: 'customer' }]);
    expect(customer.context.nextDueAt).toBe('2026-11-02T16:00:00.000Z');
    const t = tick(sh('11-12T10:00'));
    expect(run(customer, [t]).context.severity.level).toBe('general');
    const company = run(customer, [{ type: 'delay.attributed', side: 'company' }, t]);
    expect(company.context.severity.level).toBe('hot');
    expect(run(novCallingBack(), [t]).context.severity.level).toBe('general');
    // Reopened (CMP-REOPEN): unresolved again, so it can turn stale.
    const reopened = run(novCallingBack(), [callback(sh('11-07T10:00'), 'not-satisfied'), t]);
    expect(reopened.context.severity.level).toBe('hot');
  });

  test('CMP-WARN: a major group complaint files one escalation warning; a crisis files another; severity never drops', () => {
    const s = run(start(NOV), NOV_STEPS.slice(0, 4));
    const nine = run(s, [
      { type: 'severity.assessed', at: sh('11-05T09:00'), facts: { simultaneousMajorHouseholds: 9 } },
    ]);
    expect(nine.context.warnings).toEqual([]);
    const group = {
      type: 'severity.assessed',
      at: sh('11-05T09:00'),
      facts: { simultaneousMajorHouseholds: 10 },
    } as const;
    const g = run(s, [group]);
    expect(g.context.severity).toEqual({ level: 'major', majorGroup: true });
    expect(g.context.warnings).toEqual([
      { kind: 'escalation-warning', at: '2026-11-05T01:00:00.000Z', level: 'major', majorGroup: true },
    ]);
    expect(run(g, [group]).context.warnings).toHaveLength(1);
    const crisis = run(g, [
      { type: 'severity.assessed', at: sh('11-05T12:00'), facts: { crisisSignals: ['disaster'] } },
    ]);
    expect(crisis.context.severity).toEqual({ level: 'crisis', majorGroup: true });
    expect(crisis.context.warnings.map((w) => w.level)).toEqual(['major', 'crisis']);
    const calm = run(crisis, [{ type: 'severity.assessed', at: sh('11-05T13:00'), facts: {} }]);
    expect(calm.context.severity).toEqual({ level: 'crisis', majorGroup: true });
    expect(calm.context.warnings).toHaveLength(2);
  });

  test('CMP-SEV-GROUP: a major complaint that is not a group files no warning', () => {
    const s = run(start(NOV), [
      { type: 'severity.assessed', at: sh('11-02T11:00'), facts: { compensationPerHousehold: 20_000.01 } },
    ]);
    expect(s.context.severity).toEqual({ level: 'major', majorGroup: false });
    expect(s.context.warnings).toEqual([]);
    expect(s.context.nextDueAt).toBe('2026-11-02T16:00:00.000Z'); // above general: no stale instant
  });
});

describe('callbacks and closure', () => {
  test('CMP-REOPEN: a customer not satisfied at the callback goes back to the department, which keeps handling', () => {
    const s = run(novCallingBack(), [callback(sh('11-07T10:00'), 'not-satisfied')]);
    expect(s.value).toBe('handling');
    expect(s.context).toMatchObject({
      department: 'engineering',
      resolvedAt: null,
      lastCallbackOutcome: 'not-satisfied',
    });
    const again = run(s, [{ type: 'handling.completed', at: sh('11-10T10:00') }]);
    expect(again.value).toBe('callingBack');
    expect(again.context.deadlines.callbackBy?.lastDay).toBe('2026-11-12');
    expect(again.context).toMatchObject({ calledBackAt: null, callbackAttempts: 0 });
    expect(run(again, [callback(sh('11-11T10:00'), 'satisfied')]).value).toBe('closed');
  });

  test('CMP-FLOW: unanswered callbacks count; at maxAttempts (3) the complaint is unreachable, and a later callback still closes it', () => {
    let s = novCallingBack();
    for (const [i, state] of [
      [1, 'callingBack'],
      [2, 'callingBack'],
      [3, 'unreachable'],
    ] as const) {
      s = run(s, [callback(sh(`11-07T1${i}:00`), 'no-answer')]);
      expect([s.value, s.context.callbackAttempts]).toEqual([state, i]);
    }
    s = run(s, [callback(sh('11-08T10:00'), 'no-answer')]);
    expect([s.value, s.context.callbackAttempts]).toEqual(['unreachable', 4]);
    const closed = run(s, [callback(sh('11-08T11:00'), 'satisfied')]);
    expect(closed.context.closure).toEqual({ via: 'accepted-at-callback', at: '2026-11-08T03:00:00.000Z' });
  });

  test('CMP-CLOSE: a complaint without contact information closes when the reply is attached, not by a callback', () => {
    const s = run(start({ ...NOV, hasContactInfo: false }), NOV_STEPS);
    for (const outcome of ['satisfied', 'not-satisfied', 'no-answer', 'refused'] as const) {
      expect(run(s, [callback(sh('11-07T10:00'), outcome)]).context).toEqual(s.context);
    }
    const closed = run(s, [{ type: 'reply.attached', at: sh('11-07T10:00') }]);
    expect(closed.value).toBe('closed');
    expect(closed.context.closure).toEqual({
      via: 'no-contact-reply-attached',
      at: '2026-11-07T02:00:00.000Z',
    });
    // With contact information the reply alone does not close it.
    expect(run(novCallingBack(), [{ type: 'reply.attached', at: sh('11-07T10:00') }]).value).toBe(
      'callingBack',
    );
  });

  test('CMP-CLOSE: a lawsuit closes only once the customer never accepts, handling complied with law and it was filed within 3 months', () => {
    const s = novCallingBack();
    const sued = (filedOn: string, handlingCompliedWithLaw = true) =>
      ({ type: 'lawsuit.filed', at: sh('11-20T10:00'), filedOn, handlingCompliedWithLaw }) as const;
    expect(run(s, [sued('2026-11-19')]).value).toBe('callingBack'); // no impasse recorded
    const impasse = run(s, [
      { type: 'impasse.recorded', at: sh('11-07T10:00'), grounds: 'customer-never-accepts' },
    ]);
    expect(impasse.context.customerNeverAccepts).toBe(true);
    expect(run(impasse, [sued('2026-11-19', false)]).value).toBe('callingBack');
    const lateSuit = {
      type: 'lawsuit.filed',
      at: sh('12-20T10:00'),
      filedOn: '2027-02-07',
      handlingCompliedWithLaw: true,
    } as const;
    expect(run(impasse, [lateSuit]).value).toBe('callingBack'); // filed after now and past 02-06
    const closed = run(impasse, [sued('2026-11-19')]);
    expect(closed.value).toBe('closed');
    expect(closed.context.closure).toEqual({ via: 'lawsuit-or-arbitration', at: '2026-11-20T02:00:00.000Z' });
  });

  test('CMP-CLOSE: a refused callback is a dispute; the opinion served by registered mail with proof kept closes it', () => {
    const disputed = run(novCallingBack(), [callback(sh('11-07T10:00'), 'refused')]);
    expect(disputed.value).toBe('disputed');
    const served = (proofKept: boolean) =>
      ({ type: 'opinion.served', at: sh('11-12T10:00'), proofKept }) as const;
    expect(run(disputed, [served(true)]).value).toBe('disputed'); // grounds not recorded
    const beyond = run(disputed, [
      { type: 'impasse.recorded', at: sh('11-08T10:00'), grounds: 'beyond-authority' },
    ]);
    expect(run(beyond, [served(false)]).value).toBe('disputed');
    const closed = run(beyond, [served(true)]);
    expect(closed.context.closure).toEqual({ via: 'registered-mail', at: '2026-11-12T02:00:00.000Z' });
  });

  test('CMP-CLOSE: alternative closures also from handling, where the lawsuit window runs from the reply', () => {
    const handling = run(start(NOV), [
      ...NOV_STEPS.slice(0, 4),
      { type: 'impasse.recorded', at: sh('11-05T10:00'), grounds: 'customer-never-accepts' },
    ]);
    const closed = run(handling, [
      { type: 'lawsuit.filed', at: sh('11-20T10:00'), filedOn: '2026-11-19', handlingCompliedWithLaw: true },
    ]);
    expect(closed.context.closure?.via).toBe('lawsuit-or-arbitration');
  });

  test('CMP-CLOSE: closed is final; clock, severity and delay events change nothing there', () => {
    const closed = run(novCallingBack(), [callback(sh('11-07T10:00'), 'satisfied')]);
    expect(closed.status).toBe('done');
    for (const e of SIDE_EVENTS) {
      const [next] = transition(complaintMachine, closed, e);
      expect(next.value).toBe('closed');
      expect(next.context).toEqual(closed.context);
    }
  });
});

describe('snapshots', () => {
  test('CMP-FLOW: the context is plain JSON and a snapshot resumes from JSON, by transition and by createActor', () => {
    const s = run(novCallingBack(), [callback(sh('11-07T10:00'), 'no-answer')]);
    expect(JSON.parse(JSON.stringify(s.context))).toEqual(s.context);
    const stored = JSON.stringify(s);
    const restored = restoreComplaintSnapshot(complaintMachine, stored);
    const e = callback(sh('11-07T11:00'), 'no-answer');
    expect(transition(complaintMachine, restored, e)[0].context).toEqual(
      transition(complaintMachine, s, e)[0].context,
    );
    // xstate's types ask for `input` even with a snapshot, which then ignores it.
    const restoredActor = {
      snapshot: restoreComplaintSnapshot(complaintMachine, JSON.parse(stored)),
      input: NOV,
    };
    const actor = createActor(complaintMachine, restoredActor);
    actor.start();
    actor.send(callback(sh('11-07T12:00'), 'satisfied'));
    expect(actor.getSnapshot().value).toBe('closed');
    const persisted = createActor(complaintMachine, {
      snapshot: restoreComplaintSnapshot(complaintMachine, JSON.stringify(actor.getPersistedSnapshot())),
      input: NOV,
    });
    expect(persisted.getSnapshot().context.closure?.via).toBe('accepted-at-callback');
  });

  test('CMP-FLOW: a snapshot of another machine version or policy is refused with SNAPSHOT_VERSION_MISMATCH', () => {
    const s = JSON.parse(JSON.stringify(novCallingBack()));
    const older = { ...s, context: { ...s.context, machineVersion: COMPLAINT_MACHINE_VERSION - 1 } };
    expect(() => restoreComplaintSnapshot(complaintMachine, older)).toThrowError(
      ComplaintSnapshotMismatchError,
    );
    try {
      restoreComplaintSnapshot(complaintMachine, JSON.stringify(older));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RealtyCrmError);
      expect((e as RealtyCrmError).code).toBe('SNAPSHOT_VERSION_MISMATCH');
      expect((e as ComplaintSnapshotMismatchError).found.machineVersion).toBe(COMPLAINT_MACHINE_VERSION - 1);
    }
    const aoyuan = createComplaintMachine({ policy: aoyuan2014 });
    expect(() => restoreComplaintSnapshot(aoyuan, s)).toThrowError(/policy sinoOcean2008/);
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as RealtyCrmError).code;
      }
    };
    expect(code(() => restoreComplaintSnapshot(complaintMachine, { ...s, value: 'archived' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(code(() => restoreComplaintSnapshot(complaintMachine, '{not json'))).toBe('INVALID_ARGUMENT');
    expect(code(() => restoreComplaintSnapshot(complaintMachine, 42))).toBe('INVALID_ARGUMENT');
  });

  test('CMP-DL-REPLY: two machines of two policies and calendars run side by side', () => {
    const sino = createComplaintMachine();
    const aoyuan = createComplaintMachine({ policy: aoyuan2014 });
    const company = createComplaintMachine({
      calendar: createWorkCalendar({
        days: [{ date: '2026-10-09', isOffDay: true, name: '公司假日', nameEn: 'Company day off' }],
      }),
    });
    let a = start(SEP30, sino);
    let b = start(SEP30, aoyuan);
    const c = start(SEP30, company);
    a = run(a, [{ type: 'form.completed', at: sh('09-30T15:00') }], sino);
    b = run(b, [{ type: 'form.completed', at: sh('09-30T15:00') }], aoyuan);
    expect([a.context.deadlines.replyBy.lastDay, b.context.deadlines.replyBy.lastDay]).toEqual([
      '2026-10-09',
      '2026-10-13',
    ]);
    expect(c.context.deadlines.replyBy.lastDay).toBe('2026-10-10'); // 10-08, then the makeup Saturday
    expect(start(SEP30).context.deadlines.replyBy.lastDay).toBe('2026-10-09');
  });
});

// ---------------------------------------------------------------------------------------
// Paths from xstate/graph.
//
// How the traversal is bounded: the machine's context is unbounded in principle (any
// instant may arrive), so the graph functions get a finite set of sample events with
// fixed instants (LIFECYCLE), and the events that only move the clock or the severity
// (SIDE_EVENTS) are applied one step from every snapshot rather than traversed. That
// loses nothing: no guard reads what a side event writes (overdue flags, severity,
// warnings, delayOnCompanySide, nextDueAt), which a test below checks, so side events
// never change which lifecycle transition is enabled. One lifecycle self-loop grows the
// context without end: a further unanswered callback in `unreachable` or `disputed`
// counts an attempt (an example test covers it); the traversal filters it out. With
// that, full snapshots (value and context) number 160 with contact information and 28
// without. For simple paths, which grow with every cycle, snapshots are identified by
// what the guards read (the state value, callbackAttempts, customerNeverAccepts ||
// beyondAuthority, and the instant of the handling opinion): snapshots that agree on
// these take the same transitions for every event.
// ---------------------------------------------------------------------------------------

const LIFECYCLE: readonly ComplaintMachineEvent[] = [
  ...NOV_STEPS,
  ...(['satisfied', 'not-satisfied', 'no-answer', 'refused'] as const).map((o) =>
    callback(sh('11-07T10:00'), o),
  ),
  { type: 'reply.attached', at: sh('11-07T10:00') },
  { type: 'impasse.recorded', at: sh('11-07T11:00'), grounds: 'customer-never-accepts' },
  { type: 'impasse.recorded', at: sh('11-07T11:00'), grounds: 'beyond-authority' },
  { type: 'lawsuit.filed', at: sh('11-20T10:00'), filedOn: '2026-11-19', handlingCompliedWithLaw: true },
  { type: 'opinion.served', at: sh('11-20T10:00'), proofKept: true },
];
const SIDE_EVENTS: readonly ComplaintMachineEvent[] = [
  tick(sh('11-03T00:00')),
  tick(sh('11-12T00:00')),
  { type: 'severity.assessed', at: sh('11-05T09:00'), facts: { simultaneousMajorHouseholds: 10 } },
  { type: 'severity.assessed', at: sh('11-05T09:00'), facts: { crisisSignals: ['disaster'] } },
  { type: 'delay.attributed', side: 'customer' },
  { type: 'delay.attributed', side: 'company' },
];
const CLOSING = (e: ComplaintMachineEvent) =>
  (e.type === 'callback.completed' && e.outcome === 'satisfied') ||
  e.type === 'reply.attached' ||
  e.type === 'lawsuit.filed' ||
  e.type === 'opinion.served';
const isClosed = (s: AnyMachineSnapshot) => s.value === 'closed';
const traversal = (hasContactInfo: boolean) => ({
  input: { ...NOV, hasContactInfo },
  events: LIFECYCLE as ComplaintMachineEvent[],
  filterEvents: (s: Snapshot, e: ComplaintMachineEvent) =>
    !(
      e.type === 'callback.completed' &&
      e.outcome === 'no-answer' &&
      (s.value === 'unreachable' || s.value === 'disputed')
    ),
});
const guardKey = (s: Snapshot) =>
  JSON.stringify([
    s.value,
    s.context.callbackAttempts,
    s.context.customerNeverAccepts || s.context.beyondAuthority,
    s.context.handlingCompletedAt ?? s.context.repliedAt,
  ]);
const ALL_STATES = Object.keys(complaintMachine.root.states);
const reachable = new Map(
  [true, false].map((contact) => [
    contact,
    Object.values(getAdjacencyMap(complaintMachine, traversal(contact))),
  ]),
);

describe.each([true, false])('graph, hasContactInfo %s', (contact) => {
  const nodes = reachable.get(contact) ?? [];

  test('CMP-FLOW: every state is reachable (all nine with contact information; no unreachable or disputed without)', () => {
    const paths = getShortestPaths(complaintMachine, traversal(contact));
    const values = new Set(paths.map((p) => p.state.value));
    const expected = contact ? ALL_STATES : ALL_STATES.filter((v) => v !== 'unreachable' && v !== 'disputed');
    expect([...values].sort()).toEqual([...expected].sort());
    expect(nodes.length).toBe(contact ? 160 : 28);
  });

  test('CMP-CLOSE: from every state short of closed some path reaches closed', () => {
    const representatives = new Map(nodes.map((n) => [guardKey(n.state), n.state]));
    for (const from of representatives.values()) {
      if (isClosed(from)) continue;
      const paths = getShortestPaths(complaintMachine, {
        ...traversal(contact),
        fromState: from,
        serializeState: guardKey,
        toState: isClosed,
      });
      expect(paths.length, `no path to closed from ${guardKey(from)}`).toBeGreaterThan(0);
    }
  });

  test('CMP-CLOSE: every path to closed passes a satisfied callback, an attached reply or an alternative closure', () => {
    const paths = getSimplePaths(complaintMachine, {
      ...traversal(contact),
      serializeState: guardKey,
      toState: isClosed,
    });
    expect(paths.length).toBeGreaterThan(contact ? 1000 : 10);
    for (const p of paths) expect(p.steps.some((step) => CLOSING(step.event))).toBe(true);
    // The same on the full graph: every edge into closed is a closing event.
    for (const n of nodes) {
      const edges = Object.values(n.transitions) as { event: ComplaintMachineEvent; state: Snapshot }[];
      for (const t of edges) {
        if (isClosed(t.state) && !isClosed(n.state))
          expect(CLOSING(t.event), JSON.stringify(t.event)).toBe(true);
      }
    }
  });

  test('CMP-FLOW: every reachable snapshot survives a JSON round trip and resumes alike', () => {
    const snapshots = nodes.flatMap((n) => [
      n.state,
      ...SIDE_EVENTS.map((e) => transition(complaintMachine, n.state, e)[0]),
    ]);
    for (const s of snapshots) {
      const restored = restoreComplaintSnapshot(complaintMachine, JSON.parse(JSON.stringify(s)));
      expect(restored.value).toEqual(s.value);
      expect(restored.status).toEqual(s.status);
      expect(restored.context).toEqual(s.context);
      for (const e of [LIFECYCLE[5], LIFECYCLE[7], tick(sh('11-12T00:00'))]) {
        if (e === undefined) continue;
        const [a] = transition(complaintMachine, restored, e);
        const [b] = transition(complaintMachine, s, e);
        expect([a.value, a.context]).toEqual([b.value, b.context]);
      }
    }
  });

  test('CMP-FLOW: side events change no state and nothing a guard reads', () => {
    for (const n of nodes) {
      for (const e of SIDE_EVENTS) {
        const [next] = transition(complaintMachine, n.state, e);
        expect(guardKey(next)).toBe(guardKey(n.state));
        expect(next.context.closure).toEqual(n.state.context.closure);
      }
    }
  });
});

test('CMP-CLOSE: in the machine definition, every transition into closed is a closing event', () => {
  const graph = toDirectedGraph(complaintMachine);
  const edges = graph.children.flatMap((c) => c.edges).filter((e) => e.target.key === 'closed');
  expect(new Set(edges.map((e) => e.label.text))).toEqual(
    new Set(['callback.completed', 'reply.attached', 'lawsuit.filed', 'opinion.served']),
  );
});

/** Keeps the type of the context honest: every field is JSON. */
const _plain: ComplaintMachineContext = JSON.parse(JSON.stringify(start(NOV).context));
void _plain;

describe('coverage in the machine', () => {
  test('LAW-COVERAGE: a complaint received on 2026-12-30 needs 2027: the default machine fails, a weekends-only machine estimates and says so', () => {
    const dec30: ComplaintMachineInput = { id: 'C-9', receivedAt: sh('12-30T10:00'), category: 'other' };
    const [strict] = initialTransition(complaintMachine, dec30);
    expect(strict.status).toBe('error');
    expect((strict.error as RealtyCrmError).code).toBe('CALENDAR_NOT_COVERED');
    const estimating = createComplaintMachine({ fallback: 'weekends-only' });
    const s = start(dec30, estimating);
    expect(s.status).toBe('active');
    // 12-31 (Thu), then 2027-01-01 (Fri) counted as a working day for want of the 2027 notice.
    expect(s.context.deadlines.replyBy).toEqual({
      lastDay: '2027-01-01',
      endsAt: '2027-01-01T16:00:00.000Z',
      fallbackUsed: true,
    });
  });
});
