/**
 * The repair-order machine (WAR-FLOW) on real 2026 dates: each transition, the refusals a
 * decision makes (with its reasons kept), both sides of each deadline (the visit's 10
 * minutes, the callback's 5 working days across National Day), the contractor's
 * replacement, compensation and the structural-safety report.
 */

import { describe, expect, test } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { generic } from '../../src/presets/index.js';
import { computeRepairCallbackDue } from '../../src/warranty/computeRepairCallbackDue.js';
import { computeRepairOrderNextDueAt } from '../../src/warranty/repairOrderContext.js';
import { createRepairOrderMachine, repairOrderMachine } from '../../src/warranty/repairOrderMachine.js';
import { refusalCodePath } from '../_lib/refusal.js';
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
  tick,
  utc,
} from './_repairOrder.js';

const rules = (s: Snapshot) => s.context.refusal?.reasons.map((r) => r.rule);

describe('WAR-FLOW: from receipt to closure', () => {
  test('WAR-FLOW: received (维修任务记录表): the receipt canonical, nothing due yet', () => {
    const s = start();
    expect(s.value).toBe('received');
    expect(s.context).toMatchObject({
      machineVersion: 1,
      policyId: 'sinoOcean2008',
      id: 'R-1',
      receivedAt: '2026-09-21T01:30:00.000Z',
      classification: null,
      nextDueAt: null,
    });
    expect(JSON.parse(JSON.stringify(s.context))).toEqual(s.context);
  });

  test("WAR-ONSITE: a leak owes the survey: the plan is refused in classified with needsOnSiteSurvey's reason, then taken once surveyed", () => {
    const c = run(start(), [LEAK]);
    expect(c.value).toBe('classified');
    expect(c.context.survey).toMatchObject({ required: true, surveyedAt: null });
    expect(c.context.classification).toEqual({
      component: 'leakage',
      problem: 'leak',
      inWarranty: true,
      urgency: 'normal',
    });
    const refused = run(c, [{ type: 'plan.confirmed', at: sh('09-21T11:00') }]);
    expect(refused.value).toBe('classified');
    expect(refused.context.refusal).toMatchObject({ event: 'plan.confirmed', at: utc('09-21T11:00') });
    expect(refused.context.refusal?.reasons[0]?.facts).toMatchObject({ condition: 'leak', required: true });
    const planned = run(refused, [
      { type: 'survey.completed', at: sh('09-22T10:00') },
      { type: 'plan.confirmed', at: sh('09-22T15:00') },
    ]);
    expect(planned.value).toBe('planConfirmed');
    expect(planned.context.refusal).toBeNull();
    expect(planned.context.survey?.surveyedAt).toBe(utc('09-22T10:00'));
  });

  test('WAR-ONSITE: a sticking door owes no survey: it is skipped, the reason kept, the plan confirmed from classified', () => {
    const c = run(start(), [DOOR]);
    expect(c.context.survey?.required).toBe(false);
    expect(c.context.survey?.reasons[0]).toMatchObject({ rule: 'WAR-ONSITE', facts: { required: false } });
    const p = run(c, [{ type: 'plan.confirmed', at: sh('09-21T11:00') }]);
    expect(p.value).toBe('planConfirmed');
  });

  test('WAR-ONSITE: a repeat repair (1 before at the same location) owes the survey; none before does not', () => {
    const with1 = run(start(), [{ ...DOOR, previousRepairsAtSameLocation: 1 }]);
    const with0 = run(start(), [{ ...DOOR, previousRepairsAtSameLocation: 0 }]);
    expect([with1.context.survey?.required, with0.context.survey?.required]).toEqual([true, false]);
  });

  test("WAR-FLOW: hidden works cannot be reported complete before they are inspected: refused with canCompleteRepair's reason", () => {
    const s = run(start(), [
      ...LEAK_TO_ACCEPTANCE.slice(0, 5),
      { type: 'repair.completed', at: sh('09-25T15:00') },
    ]);
    expect(s.value).toBe('repairing');
    expect(rules(s)).toEqual(['WAR-FLOW']);
    expect(s.context.refusal?.reasons[0]?.facts).toMatchObject({
      hiddenWorks: ['pipe', 'leak'],
      hiddenWorksInspected: false,
      allowed: false,
    });
    expect(s.context.completedAt).toBeNull();
    const done = run(s, [
      { type: 'hiddenWorks.inspected', at: sh('09-25T16:00') },
      { type: 'repair.completed', at: sh('09-28T16:00') },
    ]);
    expect(done.value).toBe('acceptance');
  });

  test('WAR-FLOW: a new kind of hidden work after the inspection needs its own: completion refused again', () => {
    const s = run(start(), [
      ...LEAK_TO_ACCEPTANCE.slice(0, 6),
      { type: 'hiddenWorks.recorded', at: sh('09-26T10:00'), works: ['line'] },
      { type: 'repair.completed', at: sh('09-28T16:00') },
    ]);
    expect(s.value).toBe('repairing');
    expect(s.context.hiddenWorks).toEqual(['pipe', 'leak', 'line']);
    expect(s.context.hiddenWorksInspectedAt).toBeNull();
    // Recording a kind already inspected changes nothing.
    const same = run(start(), [
      ...LEAK_TO_ACCEPTANCE.slice(0, 6),
      { type: 'hiddenWorks.recorded', at: sh('09-26T10:00'), works: ['pipe'] },
    ]);
    expect(same.context.hiddenWorksInspectedAt).toBe(utc('09-25T16:00'));
  });

  test('WAR-FLOW: completed 2026-09-28: the callback is owed by 2026-10-10 (5 working days: 09-29, 09-30, 10-08, 10-09 and the makeup Saturday 10-10)', () => {
    const s = leakAtAcceptance();
    expect(computeRepairCallbackDue(sh('09-28T16:00')).lastDay).toBe('2026-10-10');
    expect(s.context.callbackBy).toEqual({
      lastDay: '2026-10-10',
      endsAt: '2026-10-10T16:00:00.000Z',
      fallbackUsed: false,
    });
    expect(s.context.nextDueAt).toBe('2026-10-10T16:00:00.000Z');
  });

  test('WAR-FLOW: a callback at 23:59 on 10-10 is in time; at 00:00 on 10-11 it is overdue', () => {
    const accepted = run(leakAtAcceptance(), [
      { type: 'acceptance.recorded', at: sh('09-28T17:00'), outcome: 'accepted' },
    ]);
    expect(accepted.value).toBe('callback');
    const inTime = run(accepted, [{ type: 'callback.completed', at: sh('10-10T23:59') }]);
    expect(inTime.value).toBe('closed');
    expect(inTime.status).toBe('done');
    expect(inTime.context.overdue.callback).toBe(false);
    expect(inTime.context.nextDueAt).toBeNull();
    const late = run(accepted, [{ type: 'callback.completed', at: sh('10-11T00:00') }]);
    expect(late.context.overdue.callback).toBe(true);
  });

  test('WAR-FLOW: clock.tick marks the missed callback at 10-11 00:00, not at 10-10 23:59', () => {
    const s = run(leakAtAcceptance(), [
      { type: 'acceptance.recorded', at: sh('09-28T17:00'), outcome: 'accepted' },
    ]);
    const before = run(s, [tick(sh('10-10T23:59'))]);
    expect(before.context.overdue.callback).toBe(false);
    expect(before.context.nextDueAt).toBe('2026-10-10T16:00:00.000Z');
    const after = run(s, [tick(sh('10-11T00:00'))]);
    expect(after.context.overdue.callback).toBe(true);
    expect(after.context.nextDueAt).toBeNull();
    expect(after.value).toBe('callback');
  });

  test('WAR-FLOW: a rejected acceptance goes back to repairing, counts a rework and drops the callback until the next completion', () => {
    const s = run(leakAtAcceptance(), [
      { type: 'acceptance.recorded', at: sh('09-28T17:00'), outcome: 'rejected' },
    ]);
    expect(s.value).toBe('repairing');
    expect(s.context).toMatchObject({ reworks: 1, completedAt: null, callbackBy: null, nextDueAt: null });
    const again = run(s, [
      { type: 'repair.completed', at: sh('09-30T16:00') },
      { type: 'acceptance.recorded', at: sh('09-30T17:00'), outcome: 'rejected' },
      { type: 'repair.completed', at: sh('10-08T16:00') },
    ]);
    expect(again.context.reworks).toBe(2);
    // 10-08 + 5 working days: 10-09, 10-10 (makeup), 10-12, 10-13, 10-14.
    expect(again.context.callbackBy?.lastDay).toBe('2026-10-14');
  });

  test('WAR-CALLBACK-GEN: under generic the callback window is one month: completed 09-28, due 10-28', () => {
    const machine = createRepairOrderMachine({ policy: generic });
    const s = leakAtAcceptance(machine);
    expect(s.context.policyId).toBe('generic');
    expect(s.context.callbackBy?.lastDay).toBe('2026-10-28');
  });
});

describe('WAR-APPOINT: paid repairs and the visit time', () => {
  test('WAR-APPOINT: out of warranty, work is refused until the customer accepted the charges; then it is a paid repair', () => {
    const planned = run(start(), [
      { ...DOOR, inWarranty: false },
      { type: 'plan.confirmed', at: sh('09-21T11:00') },
    ]);
    const refused = run(planned, [{ type: 'repair.started', at: sh('09-22T09:00') }]);
    expect(refused.value).toBe('planConfirmed');
    expect(rules(refused)).toEqual(['WAR-FLOW', 'WAR-APPOINT']);
    const started = run(refused, [
      { type: 'charges.accepted', at: sh('09-22T09:30'), amountYuan: 180 },
      { type: 'repair.started', at: sh('09-22T10:00') },
    ]);
    expect(started.value).toBe('repairing');
    expect(started.context).toMatchObject({
      paid: true,
      charges: { amountYuan: 180, acceptedAt: utc('09-22T09:30') },
    });
  });

  test('WAR-APPOINT: in warranty, work starts without charges and is not paid', () => {
    const s = run(start(), [
      DOOR,
      { type: 'plan.confirmed', at: sh('09-21T11:00') },
      { type: 'repair.started', at: sh('09-22T09:00') },
    ]);
    expect([s.value, s.context.paid]).toEqual(['repairing', false]);
  });

  const agreed = () =>
    run(start(), [DOOR, { type: 'visit.agreed', at: sh('09-21T10:05'), visitAt: sh('09-22T09:00') }]);

  test('WAR-APPOINT: arriving 10 minutes after the agreed time is on time; 11 minutes is late', () => {
    const onTime = run(agreed(), [{ type: 'visit.arrived', at: sh('09-22T09:10') }]);
    expect(onTime.context.visit).toMatchObject({ late: false, minutesLate: 10 });
    expect(onTime.context.overdue.visit).toBe(false);
    const late = run(agreed(), [{ type: 'visit.arrived', at: sh('09-22T09:11') }]);
    expect(late.context.visit).toMatchObject({ late: true, minutesLate: 11 });
    expect(late.context.overdue.visit).toBe(true);
    expect(late.context.lateVisits).toBe(1);
  });

  test('WAR-APPOINT: the visit turns late just after 10 minutes: a tick at 09:10 does not mark it, one at 09:10:00.001 does', () => {
    const s = agreed();
    expect(s.context.visit?.lateFrom).toBe('2026-09-22T01:10:00.001Z');
    expect(s.context.nextDueAt).toBe('2026-09-22T01:10:00.001Z');
    expect(run(s, [tick(sh('09-22T09:10'))]).context.overdue.visit).toBe(false);
    expect(run(s, [tick('2026-09-22T09:10:00.001+08:00')]).context.overdue.visit).toBe(true);
  });

  test('WAR-APPOINT: a new time the customer agreed is the one the visit is judged against', () => {
    const s = run(agreed(), [
      { type: 'visit.rescheduled', at: sh('09-22T08:30'), visitAt: sh('09-22T14:00') },
      { type: 'visit.arrived', at: sh('09-22T14:05') },
    ]);
    expect(s.context.visit).toMatchObject({
      agreedAt: utc('09-22T09:00'),
      rescheduledTo: utc('09-22T14:00'),
      late: false,
      minutesLate: 5,
    });
    expect(s.context.lateVisits).toBe(0);
  });

  test('WAR-APPOINT: an arrival with no visit pending is refused with the reason; the context keeps no visit', () => {
    const s = run(start(), [DOOR, { type: 'visit.arrived', at: sh('09-22T09:00') }]);
    expect(s.context.visit).toBeNull();
    expect(s.context.refusal).toMatchObject({ event: 'visit.arrived' });
    expect(rules(s)).toEqual(['WAR-APPOINT']);
  });
});

describe('WAR-CONTRACTOR, WAR-COMP and structural safety', () => {
  test('WAR-CONTRACTOR: a contractor that missed the agreed time is replaced at its cost; the evidence and the penalty notice are owed until recorded', () => {
    const s = run(start(), [
      DOOR,
      {
        type: 'contractor.replaced',
        at: sh('09-22T12:00'),
        failure: 'missed-agreed-time',
        thirdPartyId: 'S-9',
      },
    ]);
    expect(s.context.replacement).toMatchObject({
      failure: 'missed-agreed-time',
      thirdPartyId: 'S-9',
      costBorneBy: 'contractor',
      outstanding: ['on-site-evidence', 'penalty-notice'],
    });
    const e = run(s, [{ type: 'evidence.recorded', at: sh('09-22T12:30') }]);
    expect(e.context.replacement?.outstanding).toEqual(['penalty-notice']);
    const n = run(e, [{ type: 'penaltyNotice.issued', at: sh('09-23T10:00') }]);
    expect(n.context.replacement).toMatchObject({
      outstanding: [],
      evidenceRecordedAt: utc('09-22T12:30'),
      penaltyNoticeAt: utc('09-23T10:00'),
    });
  });

  test('LAW-WARRANTY-REPLACE: evidence with no replacement is refused with the reason', () => {
    const s = run(start(), [DOOR, { type: 'evidence.recorded', at: sh('09-22T12:30') }]);
    expect(rules(s)).toEqual(['WAR-CONTRACTOR']);
    expect(s.context.replacement).toBeNull();
  });

  test("WAR-COMP: compensation goes plan -> approved -> deduction notice; out of order it is refused with canIssueDeductionNotice's reason", () => {
    const s = run(start(), [DOOR, { type: 'deduction.notified', at: sh('09-21T11:00') }]);
    expect(s.context.refusal?.reasons[0]).toMatchObject({ rule: 'WAR-COMP', facts: { step: 'plan' } });
    const planned = run(s, [{ type: 'compensation.planned', at: sh('09-22T10:00'), amountYuan: 3000 }]);
    expect(planned.context.compensation?.step).toBe('approved');
    const early = run(planned, [{ type: 'deduction.notified', at: sh('09-22T11:00') }]);
    expect(early.context.refusal?.reasons[0]?.facts).toMatchObject({ step: 'approved', allowed: false });
    expect(early.context.compensation?.deductionNoticeAt).toBeNull();
    const done = run(early, [
      { type: 'compensation.approved', at: sh('09-23T10:00') },
      { type: 'deduction.notified', at: sh('09-23T11:00') },
    ]);
    expect(done.context.compensation).toMatchObject({
      amountYuan: 3000,
      approvedAt: utc('09-23T10:00'),
      deductionNoticeAt: utc('09-23T11:00'),
      step: 'deduction-notice',
    });
    expect(done.context.refusal).toBeNull();
    // A second deduction notice is refused: it was sent.
    const twice = run(done, [{ type: 'deduction.notified', at: sh('09-24T11:00') }]);
    expect(twice.context.compensation?.deductionNoticeAt).toBe(utc('09-23T11:00'));
    expect(twice.context.refusal?.event).toBe('deduction.notified');
  });

  test('LAW-WARRANTY-REPLACE: a structural-safety defect records the report owed to the authority at once, until reported', () => {
    const s = run(start(), [
      { ...LEAK, component: 'foundation-and-structure', problem: 'structural-crack', structuralSafety: true },
    ]);
    expect(s.context.classification?.urgency).toBe('structural-safety');
    expect(s.context.authorityReport).toMatchObject({
      owedSince: utc('09-21T10:00'),
      reportedAt: null,
      reason: { rule: 'LAW-WARRANTY-REPLACE', facts: { urgency: 'structural-safety' } },
    });
    const r = run(s, [{ type: 'authority.reported', at: sh('09-21T10:30') }]);
    expect(r.context.authorityReport?.reportedAt).toBe(utc('09-21T10:30'));
    // An order without it owes no report: the event is refused with the reason.
    const none = run(start(), [DOOR, { type: 'authority.reported', at: sh('09-21T10:30') }]);
    expect([none.context.authorityReport, rules(none)]).toEqual([null, ['LAW-WARRANTY-REPLACE']]);
  });

  test('LAW-WARRANTY-REPLACE: an emergency is urgent but owes no report to the authority', () => {
    const s = run(start(), [{ ...DOOR, emergency: true }]);
    expect([s.context.classification?.urgency, s.context.authorityReport]).toEqual(['emergency', null]);
  });
});

describe('the machine as a whole', () => {
  test('WAR-FLOW: a closed order takes no more events: ticks and side events change nothing', () => {
    const closed = run(leakAtAcceptance(), [
      { type: 'acceptance.recorded', at: sh('09-28T17:00'), outcome: 'accepted' },
      { type: 'callback.completed', at: sh('09-30T10:00') },
    ]);
    expect(closed.value).toBe('closed');
    for (const e of [
      tick(sh('11-01T00:00')),
      { type: 'visit.agreed', at: sh('10-01T10:00'), visitAt: sh('10-02T10:00') },
      { type: 'compensation.planned', at: sh('10-01T10:00'), amountYuan: 1 },
      { type: 'deduction.notified', at: sh('10-01T10:00') },
    ] as const) {
      expect(transition(repairOrderMachine, closed, e)[0].context).toEqual(closed.context);
    }
  });

  test('WAR-FLOW: nextDueAt is the earlier of the pending visit and the callback window', () => {
    const s = run(leakAtAcceptance(), [
      { type: 'visit.agreed', at: sh('09-28T17:00'), visitAt: sh('09-29T09:00') },
    ]);
    expect(s.context.nextDueAt).toBe('2026-09-29T01:10:00.001Z');
    expect(computeRepairOrderNextDueAt(s.context)).toBe(s.context.nextDueAt);
    const arrived = run(s, [{ type: 'visit.arrived', at: sh('09-29T09:00') }]);
    expect(arrived.context.nextDueAt).toBe('2026-10-10T16:00:00.000Z');
  });

  test('WAR-FLOW: bad options are path-addressed errors: an unknown key, a calendar that is not one, a bad policy', () => {
    expect(refusalCodePath(() => createRepairOrderMachine({ polcy: generic } as never))).toEqual([
      'INVALID_ARGUMENT',
      ['options', 'polcy'],
    ]);
    expect(refusalCodePath(() => createRepairOrderMachine({ calendar: {} } as never))).toEqual([
      'INVALID_ARGUMENT',
      ['options', 'calendar'],
    ]);
    expect(refusalCodePath(() => createRepairOrderMachine({ fallback: 'weekend' } as never))).toEqual([
      'INVALID_ARGUMENT',
      ['options', 'fallback'],
    ]);
    const bad = { ...generic.warranty, stormWarningHours: -1 };
    expect(refusalCodePath(() => createRepairOrderMachine({ policy: bad }))).toEqual([
      'INVALID_POLICY',
      ['options', 'policy', 'stormWarningHours'],
    ]);
  });

  test('WAR-FLOW: a bad input gives an error snapshot with a path under input; no input the prebuilt error', () => {
    const [s] = initialTransition(repairOrderMachine, { id: 42, receivedAt: sh('09-21T09:30') } as never);
    expect(s.status).toBe('error');
    expect(
      refusalCodePath(() => {
        throw s.error;
      }),
    ).toEqual(['INVALID_ARGUMENT', ['input', 'id']]);
    const [n] = initialTransition(repairOrderMachine, undefined as never);
    expect(n.status).toBe('error');
    expect(
      refusalCodePath(() => {
        throw n.error;
      }),
    ).toEqual(['INVALID_ARGUMENT', ['input']]);
    expect(start(SEP21).status).toBe('active');
  });
});
