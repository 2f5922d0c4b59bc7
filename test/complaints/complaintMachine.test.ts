import { describe, expect, test } from 'vitest';
import { createActor, getNextSnapshot, initialTransition, transition } from 'xstate';
import { getPathsFromEvents } from 'xstate/graph';
import { createWorkCalendar } from '../../src/calendar/createWorkCalendar.js';
import { parseComplaintEvent } from '../../src/complaints/complaintEvents.js';
import { complaintMachine, createComplaintMachine } from '../../src/complaints/complaintMachine.js';
import {
  COMPLAINT_MACHINE_VERSION,
  type ComplaintMachineContext,
  type ComplaintMachineInput,
} from '../../src/complaints/complaintMachineTypes.js';
import { computeNextDueAt } from '../../src/complaints/computeNextDueAt.js';
import { RealtyCrmError } from '../../src/core/errors.js';
import { aoyuan2014, generic } from '../../src/presets/index.js';
import {
  callback,
  iso,
  ms,
  NOV,
  NOV_STEPS,
  novCallingBack,
  run,
  SEP30,
  sh,
  start,
  tick,
} from './_machine.js';

const aoyuan = createComplaintMachine({ policy: aoyuan2014 });

describe('flow', () => {
  test('CMP-FLOW: the seven steps lead from registered to closed, recording each fact', () => {
    // getPathsFromEvents (xstate 5.33) builds its default start without `input`: pass fromState.
    const path = getPathsFromEvents(
      complaintMachine,
      [...NOV_STEPS, callback(sh('11-07T10:00'), 'satisfied')],
      {
        fromState: start(NOV),
        // The traversal tries every event in every state: keep to those the machine takes (in time order).
        filterEvents: (state, event) => parseComplaintEvent(event, state.context).success,
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
      opinionGivenAt: '2026-11-04T02:00:00.000Z',
      resultGivenAt: '2026-11-06T02:00:00.000Z',
      replyGivenAt: '2026-11-04T02:00:00.000Z',
      handlingCompletedAt: '2026-11-06T02:00:00.000Z',
      calledBackAt: '2026-11-07T02:00:00.000Z',
      lastCallbackOutcome: 'satisfied',
      closure: { via: 'accepted-at-callback', at: '2026-11-07T02:00:00.000Z', servedVia: null },
      overdue: {
        form: false,
        reply: false,
        callback: false,
        close: false,
        warning: false,
        eventReport: false,
      },
      lastEventAt: '2026-11-07T02:00:00.000Z',
      nextDueAt: null,
    });
    // The one round, named by the rule of the flow, with its deadline met.
    expect(s?.context.rounds).toHaveLength(1);
    expect(s?.context.rounds[0]).toMatchObject({
      round: 1,
      rule: 'CMP-FLOW',
      outcome: 'satisfied',
      overdue: false,
      reason: { rule: 'CMP-FLOW' },
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

  test('CMP-FLOW: the context starts from the input', () => {
    const s = start(NOV);
    expect(s.context).toMatchObject({
      machineVersion: COMPLAINT_MACHINE_VERSION,
      policyId: 'sinoOcean2008',
      id: 'C-1',
      category: 'engineering-quality',
      receivedAt: '2026-11-02T02:00:00.000Z',
      hasContactInfo: true,
      anonymous: false,
      replyLetterOnly: false,
      callbackNeeded: true,
      delayOnCompanySide: true,
      severity: { level: 'general', majorGroup: false },
      staleAt: '2026-11-09T02:00:00.000Z',
      rounds: [],
      warnings: [],
      eventReports: [],
      closure: null,
      lastEventAt: '2026-11-02T02:00:00.000Z',
      clockAt: '2026-11-02T02:00:00.000Z',
    });
    const quiet = start({ ...NOV, hasContactInfo: false, delayOnCompanySide: false });
    expect(quiet.context).toMatchObject({
      hasContactInfo: false,
      callbackNeeded: false,
      delayOnCompanySide: false,
    });
    expect(start({ ...NOV, anonymous: true }).context.callbackNeeded).toBe(false);
    expect(start({ ...NOV, replyLetterOnly: true }).context.callbackNeeded).toBe(false);
  });

  test('CMP-FLOW: a machine started without input is in error with INVALID_ARGUMENT', () => {
    // A JavaScript caller that forgot the input.
    const actor = createActor(complaintMachine, { input: undefined as unknown as ComplaintMachineInput });
    const snapshot = actor.getSnapshot() as { status: string; error: unknown };
    expect(snapshot.status).toBe('error');
    expect(snapshot.error).toBeInstanceOf(RealtyCrmError);
    expect((snapshot.error as RealtyCrmError).code).toBe('INVALID_ARGUMENT');
  });

  test('CMP-FLOW: an uncovered year fails loudly: CALENDAR_NOT_COVERED from the transition that needs it', () => {
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
    const a = start(SEP30, aoyuan);
    expect(sino.context.deadlines.replyBy).toEqual({
      lastDay: '2026-10-09',
      endsAt: '2026-10-09T16:00:00.000Z',
      fallbackUsed: false,
    });
    expect(a.context.deadlines.replyBy).toEqual({
      lastDay: '2026-10-13',
      endsAt: '2026-10-13T16:00:00.000Z',
      fallbackUsed: false,
    });
    expect(a.context.policyId).toBe('aoyuan2014');
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
    expect(run(at, [{ type: 'plan.communicated', at: sh('11-05T09:00') }]).context.overdue.reply).toBe(true);
  });

  test('CMP-DL-REPLY: a reply made late is overdue without any tick; one made in time, entered after a tick, is not', () => {
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
    // The clock reached 11-05 first, then the reply made at 11-04 23:59 is recorded: in time after all.
    const ticked = run(start(NOV), [...NOV_STEPS.slice(0, 3), tick(sh('11-05T08:00'))]);
    expect(ticked.context.overdue.reply).toBe(true);
    const entered = run(ticked, [{ type: 'plan.communicated', at: sh('11-04T23:59') }]);
    expect(entered.context.overdue.reply).toBe(false);
    expect(entered.context.clockAt).toBe('2026-11-05T00:00:00.000Z');
  });

  test("CMP-DL-REPLY: aoyuan2014's reply is met by the result, not the opinion: the machine tells the two apart", () => {
    // Received Monday 11-02: 5 working days, by Monday 11-09.
    const s = run(start(NOV, aoyuan), NOV_STEPS.slice(0, 4), aoyuan);
    expect(s.context.opinionGivenAt).toBe('2026-11-04T02:00:00.000Z');
    expect(s.context.replyGivenAt).toBeNull(); // the opinion alone does not meet AOY's reply
    expect(s.context.nextDueAt).toBe('2026-11-09T02:00:00.000Z'); // stale before the reply ends (11-09T16:00Z)
    const inTime = run(s, [{ type: 'handling.completed', at: sh('11-09T23:59') }], aoyuan);
    expect(inTime.context).toMatchObject({
      resultGivenAt: '2026-11-09T15:59:00.000Z',
      replyGivenAt: '2026-11-09T15:59:00.000Z',
    });
    expect(inTime.context.overdue.reply).toBe(false);
    const late = run(s, [{ type: 'handling.completed', at: sh('11-10T00:00') }], aoyuan);
    expect(late.context.overdue.reply).toBe(true);
    // Under SOL the same opinion is the reply.
    expect(run(start(NOV), NOV_STEPS.slice(0, 4)).context.replyGivenAt).toBe('2026-11-04T02:00:00.000Z');
  });

  test('CMP-DL-FORM: aoyuan2014 only: the handling form is due by the end of the day of receipt', () => {
    const s = start(NOV, aoyuan);
    expect(s.context.deadlines.formBy).toEqual({
      lastDay: '2026-11-02',
      endsAt: '2026-11-02T16:00:00.000Z',
      fallbackUsed: false,
    });
    expect(s.context.nextDueAt).toBe('2026-11-02T16:00:00.000Z');
    expect(run(s, [{ type: 'form.completed', at: sh('11-02T23:59') }], aoyuan).context.overdue.form).toBe(
      false,
    );
    expect(run(s, [{ type: 'form.completed', at: sh('11-03T00:00') }], aoyuan).context.overdue.form).toBe(
      true,
    );
    // SOL sets no day for the form: nothing due, nothing missed, whenever it is filled.
    const sol = start(NOV);
    expect(sol.context.deadlines.formBy).toBeNull();
    expect(run(sol, [{ type: 'form.completed', at: sh('11-05T10:00') }]).context.overdue.form).toBe(false);
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
    expect(late.context.rounds[0]?.overdue).toBe(true);
    expect(late.context.nextDueAt).toBeNull();
    // Unanswered attempts do not meet the deadline; in unreachable it is still owed.
    const unreachable = run(
      s,
      [1, 2, 3].map((h) => callback(sh(`11-07T1${h}:00`), 'no-answer')),
    );
    expect(unreachable.value).toBe('unreachable');
    expect(unreachable.context.nextDueAt).toBe(endsAt);
    expect(unreachable.context.rounds[0]).toMatchObject({
      attempts: 3,
      calledBackAt: null,
      outcome: 'no-answer',
    });
    expect(run(unreachable, [tick(endsAt)]).context.overdue.callback).toBe(true);
  });

  test('CMP-DL-CALLBACK: a complaint without contact information, or without a name, or for a reply letter only, owes no callback', () => {
    for (const flag of [{ hasContactInfo: false }, { anonymous: true }, { replyLetterOnly: true }]) {
      const s = run(start({ ...NOV, ...flag }), NOV_STEPS);
      expect(s.value).toBe('callingBack');
      expect(s.context.deadlines.callbackBy).toBeNull();
      expect(s.context.rounds[0]?.callbackBy).toBeNull();
      expect(s.context.nextDueAt).toBeNull();
    }
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
      '2026-11-04T16:00:00.000Z', // registered: the reply (11-04), before the stale instant (11-09 10:00)
      '2026-11-04T16:00:00.000Z', // verified
      '2026-11-04T16:00:00.000Z', // assigned
      '2026-11-04T16:00:00.000Z', // planned
      '2026-11-09T02:00:00.000Z', // handling: replied; turns stale at received + 7 x 24 h
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

describe('staleness', () => {
  test('CMP-SEV-HOT-STALE: a tick at received + 7 d - 1 ms keeps general, at + 7 d makes hot (LAW-ELAPSED)', () => {
    const s = run(start(NOV), NOV_STEPS.slice(0, 4)); // handling, unresolved
    const staleAt = ms(NOV.receivedAt) + 7 * 24 * 3_600_000;
    expect(s.context.nextDueAt).toBe(iso(staleAt));
    const before = run(s, [tick(iso(staleAt - 1))]);
    expect(before.context.severity.level).toBe('general');
    const at = run(s, [tick(iso(staleAt))]);
    expect(at.context.severity).toEqual({ level: 'hot', majorGroup: false });
    expect(at.context.nextDueAt).toBeNull();
    expect(at.value).toBe('handling');
  });

  test('CMP-SEV-HOT-STALE: not when the delay is on the customer side, nor once resolved in time', () => {
    const customer = run(start(NOV), [{ type: 'delay.attributed', at: sh('11-02T11:00'), side: 'customer' }]);
    expect(customer.context.nextDueAt).toBe('2026-11-04T16:00:00.000Z');
    const t = tick(sh('11-12T10:00'));
    expect(run(customer, [t]).context.severity.level).toBe('general');
    const company = run(customer, [{ type: 'delay.attributed', at: sh('11-02T12:00'), side: 'company' }, t]);
    expect(company.context.severity.level).toBe('hot');
    expect(run(novCallingBack(), [t]).context.severity.level).toBe('general');
  });

  test('CMP-SEV-HOT-STALE: resolved after the stale instant, entered after it, it was stale: hot', () => {
    const handling = run(start(NOV), NOV_STEPS.slice(0, 4));
    expect(
      run(handling, [{ type: 'handling.completed', at: sh('11-09T09:59') }]).context.severity.level,
    ).toBe('general');
    expect(
      run(handling, [{ type: 'handling.completed', at: sh('11-09T10:01') }]).context.severity.level,
    ).toBe('hot');
  });

  test('CMP-DL-CALLBACK: two machines of two policies and calendars run side by side', () => {
    const company = createComplaintMachine({
      calendar: createWorkCalendar({
        days: [{ date: '2026-10-09', isOffDay: true, name: '公司假日', nameEn: 'Company day off' }],
      }),
    });
    let a = start(SEP30);
    let b = start(SEP30, aoyuan);
    const c = start(SEP30, company);
    a = run(a, [{ type: 'form.completed', at: sh('09-30T15:00') }]);
    b = run(b, [{ type: 'form.completed', at: sh('09-30T15:00') }], aoyuan);
    expect([a.context.deadlines.replyBy.lastDay, b.context.deadlines.replyBy.lastDay]).toEqual([
      '2026-10-09',
      '2026-10-13',
    ]);
    expect(c.context.deadlines.replyBy.lastDay).toBe('2026-10-10'); // 10-08, then the makeup Saturday
  });
});

describe('callbacks, reopening and closure', () => {
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
    expect(again.context.rounds.map((r) => [r.round, r.rule])).toEqual([
      [1, 'CMP-FLOW'],
      [2, 'CMP-REOPEN'],
    ]);
    expect(again.context.rounds[1]?.reason.message['zh-CN']).toContain('客户不满意，退回责任部门继续处理');
    expect(run(again, [callback(sh('11-11T10:00'), 'satisfied')]).value).toBe('closed');
  });

  test("CMP-REOPEN: a round's missed callback stays on record when the next round starts (the inspector's audit trail)", () => {
    // Round 1: callback due by 11-09 (end 11-09T16:00Z), made on 11-10: missed.
    const lateCall = run(novCallingBack(), [callback(sh('11-10T10:00'), 'not-satisfied')]);
    expect(lateCall.context.rounds[0]).toMatchObject({
      overdue: true,
      calledBackAt: '2026-11-10T02:00:00.000Z',
    });
    // Round 2 starts: its deadline is new, the first round's stays as it was, missed.
    const round2 = run(lateCall, [{ type: 'handling.completed', at: sh('11-12T10:00') }]);
    expect(round2.context.overdue.callback).toBe(false);
    expect(round2.context.rounds).toHaveLength(2);
    expect(round2.context.rounds[0]).toMatchObject({
      round: 1,
      callbackBy: { lastDay: '2026-11-09', endsAt: '2026-11-09T16:00:00.000Z', fallbackUsed: false },
      overdue: true,
    });
    expect(round2.context.rounds[1]).toMatchObject({
      round: 2,
      callbackBy: { lastDay: '2026-11-16' },
      overdue: false,
    });
    // A callback made in time (one day earlier) leaves round 1 clean.
    const inTime = run(novCallingBack(), [callback(sh('11-09T23:59'), 'not-satisfied')]);
    expect(inTime.context.rounds[0]?.overdue).toBe(false);
  });

  test('CMP-REOPEN: a complaint reopened after its stale instant is hot in the same transition, not at the next tick', () => {
    const s = novCallingBack(); // resolved 11-06, staleAt 11-09T02:00Z
    const before = run(s, [callback(sh('11-09T09:59'), 'not-satisfied')]);
    expect(before.context.severity.level).toBe('general');
    expect(before.context.nextDueAt).toBe('2026-11-09T02:00:00.000Z');
    const after = run(s, [callback(sh('11-09T10:00'), 'not-satisfied')]);
    expect(after.value).toBe('handling');
    expect(after.context.severity.level).toBe('hot');
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
    expect(closed.context.closure).toEqual({
      via: 'accepted-at-callback',
      at: '2026-11-08T03:00:00.000Z',
      servedVia: null,
    });
  });

  test('CMP-CLOSE: a complaint that owes no callback closes when the reply is attached, not by a callback', () => {
    for (const flag of [{ hasContactInfo: false }, { anonymous: true }, { replyLetterOnly: true }]) {
      const s = run(start({ ...NOV, ...flag }), NOV_STEPS);
      for (const outcome of ['satisfied', 'not-satisfied', 'no-answer', 'refused'] as const) {
        expect(run(s, [callback(sh('11-07T10:00'), outcome)]).context).toEqual(s.context);
      }
      const closed = run(s, [{ type: 'reply.attached', at: sh('11-07T10:00') }]);
      expect(closed.value).toBe('closed');
      expect(closed.context.closure).toEqual({
        via: 'reply-attached',
        at: '2026-11-07T02:00:00.000Z',
        servedVia: null,
      });
    }
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
    expect(closed.context.closure).toEqual({
      via: 'lawsuit-or-arbitration',
      at: '2026-11-20T02:00:00.000Z',
      servedVia: null,
    });
  });

  test('CMP-CLOSE: beyond authority or capacity, the opinion served by registered mail, EMS or another traceable way with proof closes it, and says which', () => {
    const disputed = run(novCallingBack(), [callback(sh('11-07T10:00'), 'refused')]);
    expect(disputed.value).toBe('disputed');
    const served = (via: 'registered-mail' | 'ems' | 'other-traceable', proofKept: boolean) =>
      ({ type: 'opinion.served', at: sh('11-12T10:00'), via, proofKept }) as const;
    expect(run(disputed, [served('ems', true)]).value).toBe('disputed'); // grounds not recorded
    const beyond = run(disputed, [
      { type: 'impasse.recorded', at: sh('11-08T10:00'), grounds: 'beyond-authority-or-capacity' },
    ]);
    expect(beyond.context.beyondAuthorityOrCapacity).toBe(true);
    expect(run(beyond, [served('registered-mail', false)]).value).toBe('disputed');
    for (const via of ['registered-mail', 'ems', 'other-traceable'] as const) {
      const closed = run(beyond, [served(via, true)]);
      expect(closed.context.closure).toEqual({
        via: 'opinion-served',
        at: '2026-11-12T02:00:00.000Z',
        servedVia: via,
      });
    }
  });

  test('CMP-CLOSE: alternative closures also from handling, where the lawsuit window runs from the opinion given', () => {
    const handling = run(start(NOV), [
      ...NOV_STEPS.slice(0, 4),
      { type: 'impasse.recorded', at: sh('11-05T10:00'), grounds: 'customer-never-accepts' },
    ]);
    const closed = run(handling, [
      { type: 'lawsuit.filed', at: sh('11-20T10:00'), filedOn: '2026-11-19', handlingCompliedWithLaw: true },
    ]);
    expect(closed.context.closure?.via).toBe('lawsuit-or-arbitration');
  });

  test('CMP-CLOSE: closed is final; clock, severity, delay and report events change nothing there', () => {
    const closed = run(novCallingBack(), [callback(sh('11-07T10:00'), 'satisfied')]);
    expect(closed.status).toBe('done');
    for (const e of [
      tick(sh('11-20T10:00')),
      { type: 'severity.assessed', at: sh('11-20T10:00'), facts: { crisisSignals: ['disaster'] } },
      { type: 'delay.attributed', at: sh('11-20T10:00'), side: 'customer' },
      { type: 'warning.sent', at: sh('11-20T10:00') },
      { type: 'event.reported', at: sh('11-20T10:00') },
    ] as const) {
      const [next] = transition(complaintMachine, closed, e);
      expect(next.value).toBe('closed');
      expect(next.context).toEqual(closed.context);
    }
  });
});

describe('snapshots and actors', () => {
  test('CMP-FLOW: the context is plain JSON and a snapshot resumes from JSON, by transition and by createActor', () => {
    const s = run(novCallingBack(), [callback(sh('11-07T10:00'), 'no-answer')]);
    const plain: ComplaintMachineContext = JSON.parse(JSON.stringify(s.context));
    expect(plain).toEqual(s.context);
    const next = callback(sh('11-07T11:00'), 'no-answer');
    const restored = createActor(complaintMachine, {
      snapshot: complaintMachine.resolveState({ value: s.value, context: plain }),
      input: NOV,
    });
    restored.start();
    restored.send(next);
    expect(restored.getSnapshot().context).toEqual(transition(complaintMachine, s, next)[0].context);
    restored.stop();
  });

  test('CMP-FLOW: getNextSnapshot and snapshot.can see the same checked events', () => {
    const s = novCallingBack();
    expect(getNextSnapshot(complaintMachine, s, callback(sh('11-07T10:00'), 'satisfied')).value).toBe(
      'closed',
    );
    expect(s.can(callback(sh('11-07T10:00'), 'satisfied'))).toBe(true);
    expect(s.can({ type: 'callback.completed', at: 'soon', outcome: 'satisfied' } as never)).toBe(false);
  });
});

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
