/**
 * The defect machine on real dates (2026 National Day: 10-01..10-07 off, 10-10 a makeup
 * working day): each path of both grades, both sides of the due day, the HQ report of a
 * major defect, and tracking's refusals.
 */

import { describe, expect, test } from 'vitest';
import { transition } from 'xstate';
import { assessDefectPlanOutcome } from '../../src/defects/assessDefectPlanOutcome.js';
import { canCompleteDefectTracking } from '../../src/defects/canCompleteDefectTracking.js';
import { computeDefectNextDueAt } from '../../src/defects/computeDefectNextDueAt.js';
import { createDefectMachine, defectMachine } from '../../src/defects/defectMachine.js';
import { DEFECT_MACHINE_VERSION } from '../../src/defects/defectMachineTypes.js';
import { aoyuan2014, sinoOcean2008 } from '../../src/presets/index.js';
import { refusalCodePath } from '../_lib/refusal.js';
import {
  ALL_FEASIBLE,
  FILE_B,
  PLAN_A,
  run,
  SEP21,
  type Snapshot,
  sh,
  start,
  TO_DECIDED_A,
  TO_DECIDED_B,
  tick,
  trackingA,
  trackingB,
  utc,
} from './_defectMachine.js';

/** The event changes nothing: the same snapshot back, and `can` says no. */
function expectIgnored(s: Snapshot, event: Parameters<typeof transition<typeof defectMachine>>[2]) {
  const before = JSON.stringify(s);
  const [next] = transition(defectMachine, s, event);
  expect(JSON.stringify(next)).toBe(before);
  expect(s.can(event)).toBe(false);
}

describe('collect and generate', () => {
  test('DEF-FLOW: a collected defect starts in collected, its instant canonical, nothing due', () => {
    const s = start();
    expect(s.value).toBe('collected');
    expect(s.context.machineVersion).toBe(DEFECT_MACHINE_VERSION);
    expect(s.context.policyId).toBe('sinoOcean2008');
    expect(s.context.reportedAt).toBe('2026-09-21T02:00:00.000Z');
    expect(s.context.nextDueAt).toBeNull();
  });

  test('DEF-FLOW: a major defect is reported to HQ customer relations at the instant its contact form is generated', () => {
    const s = run(start({ ...SEP21, major: true }), [
      { type: 'contactForm.generated', at: sh('09-22T10:00') },
    ]);
    expect(s.value).toBe('generated');
    expect(s.context.contactFormAt).toBe(utc('09-22T10:00'));
    expect(s.context.hqReport).toEqual({ reportTo: 'hq-customer-relations', reportedAt: utc('09-22T10:00') });
  });

  test('DEF-FLOW: a defect that is not major raises no HQ report', () => {
    const s = run(start(), [{ type: 'contactForm.generated', at: sh('09-22T10:00') }]);
    expect(s.context.hqReport).toBeNull();
  });

  test('DEF-FLOW: a decision cannot come before the contact form', () => {
    expectIgnored(start(), TO_DECIDED_A[1]);
  });
});

describe('decide: the grade from gradeDefect', () => {
  test('DEF-GRADE: every factor holds: grade A, decided by the need and all three factors', () => {
    const s = run(start(), TO_DECIDED_A);
    expect(s.value).toBe('decided');
    expect(s.context.decision).toEqual({
      decidedAt: utc('09-24T15:00'),
      grade: 'A',
      decidedBy: ['needsRectification', 'constructionCapacity', 'technical', 'schedule'],
      failedFactors: [],
    });
  });

  test('DEF-GRADE: rectification needed but the schedule fails: grade B, decided by the schedule', () => {
    const s = run(start(), [
      TO_DECIDED_A[0],
      {
        type: 'decision.made',
        at: sh('09-24T15:00'),
        needsRectification: true,
        feasibility: { ...ALL_FEASIBLE, schedule: false },
      },
    ]);
    expect(s.context.decision?.grade).toBe('B');
    expect(s.context.decision?.failedFactors).toEqual(['schedule']);
  });

  test('DEF-RECTIFY: a grade B defect cannot be planned for rectification, a grade A one cannot file prevention', () => {
    expectIgnored(run(start(), TO_DECIDED_B), PLAN_A);
    expectIgnored(run(start(), TO_DECIDED_A), FILE_B);
  });
});

describe('grade A: planned, carried out, accepted, verified, tracked', () => {
  test('DEF-RECTIFY: the rectification is planned with its due day; the end of the due day is the one timer', () => {
    const s = run(start(), [...TO_DECIDED_A, PLAN_A]);
    expect(s.value).toBe('planned');
    expect(s.context.deadlines.planDue).toEqual({
      lastDay: '2026-10-09',
      endsAt: '2026-10-09T16:00:00.000Z',
      fallbackUsed: false,
    });
    expect(s.context.nextDueAt).toBe('2026-10-09T16:00:00.000Z');
    expect(computeDefectNextDueAt(s.context)).toBe(s.context.nextDueAt);
  });

  test('DEF-TRACK: due 10-09 across National Day: ticks through the holiday mark nothing; 23:59:59 on 10-09 not overdue, 10-10 00:00 overdue', () => {
    let s = run(start(), [...TO_DECIDED_A, PLAN_A]);
    for (const day of ['10-01', '10-04', '10-07', '10-08']) {
      s = run(s, [tick(sh(`${day}T12:00`))]);
      expect(s.context.overdue.plan, day).toBe(false);
    }
    s = run(s, [tick('2026-10-09T23:59:59+08:00')]);
    expect(s.context.overdue.plan).toBe(false);
    expect(s.context.nextDueAt).toBe('2026-10-09T16:00:00.000Z');
    s = run(s, [tick(sh('10-10T00:00'))]);
    expect(s.context.overdue.plan).toBe(true);
    expect(s.context.nextDueAt).toBeNull();
    // The flag is what assessDefectPlanOutcome says of the plan at the clock.
    expect(assessDefectPlanOutcome({ dueOn: '2026-10-09', now: sh('10-10T00:00') }).outcome).toBe('missed');
  });

  test('DEF-TRACK: a due day on a holiday (10-03) is the department’s own and is not moved: overdue at 10-04 00:00', () => {
    let s = run(start(), [...TO_DECIDED_A, { ...PLAN_A, dueOn: '2026-10-03' }]);
    s = run(s, [tick('2026-10-03T23:59:59+08:00')]);
    expect(s.context.overdue.plan).toBe(false);
    s = run(s, [tick(sh('10-04T00:00'))]);
    expect(s.context.overdue.plan).toBe(true);
  });

  test('DEF-TRACK: accepted on the due day (10-09 18:00): on plan; the confirmation form moves it to the summary, then closed', () => {
    let s = trackingA();
    expect(s.value).toBe('tracking');
    expect(s.context.planCompletedAt).toBe(utc('10-09T18:00'));
    expect(s.context.verifiedAt).toBe(utc('10-12T10:00'));
    expect(s.context.overdue.plan).toBe(false);
    expect(s.context.nextDueAt).toBeNull();
    s = run(s, [{ type: 'confirmation.filed', at: sh('10-12T15:00') }]);
    expect(s.value).toBe('summarising');
    expect(s.context.trackingOutcome).toBe('on-plan');
    expect(s.context.confirmationFiledAt).toBe(utc('10-12T15:00'));
    s = run(s, [{ type: 'summary.recorded', at: sh('10-30T10:00') }]);
    expect(s.value).toBe('closed');
    expect(s.status).toBe('done');
    expect(s.context.closedAt).toBe(utc('10-30T10:00'));
  });

  test('DEF-TRACK: accepted on 10-10 00:00, the day after: missed; the confirmation form is refused', () => {
    const s = trackingA(sh('10-10T00:00'));
    expect(s.context.overdue.plan).toBe(true);
    expectIgnored(s, { type: 'confirmation.filed', at: sh('10-12T15:00') });
  });
});

describe('grade B: preventive measures filed and tracked', () => {
  test('DEF-RECTIFY: preventive measures filed with project customer service: tracking, with the plan’s due day', () => {
    const s = trackingB();
    expect(s.value).toBe('tracking');
    expect(s.context.plannedAt).toBe(utc('09-28T10:00'));
    expect(s.context.deadlines.planDue?.lastDay).toBe('2026-10-09');
    expect(s.context.carriedOutAt).toBeNull();
  });

  test('DEF-TRACK: implemented on the due day and confirmed: summarising, then closed', () => {
    const s = run(trackingB(), [
      { type: 'prevention.implemented', at: '2026-10-09T23:59:59+08:00' },
      { type: 'confirmation.filed', at: sh('10-12T09:00') },
      { type: 'summary.recorded', at: sh('10-31T09:00') },
    ]);
    expect(s.value).toBe('closed');
    expect(s.context.trackingOutcome).toBe('on-plan');
    expect(s.context.overdue.plan).toBe(false);
  });

  test('DEF-TRACK: the confirmation form before the plan is done is refused (the plan is still running)', () => {
    const s = trackingB();
    expectIgnored(s, { type: 'confirmation.filed', at: sh('10-08T09:00') });
    expect(canCompleteDefectTracking({ outcome: 'pending', confirmationFiled: true }).missing).toEqual([
      'plan-not-due',
    ]);
  });
});

describe('DEF-TRACK: a missed plan needs the stated reason and the evaluation', () => {
  const missed = () => run(trackingB(), [tick(sh('10-10T00:00'))]);

  test('DEF-TRACK: a missed plan without a reason is refused: the evaluation alone does not move it on', () => {
    const s = missed();
    expect(s.context.overdue.plan).toBe(true);
    expectIgnored(s, { type: 'miss.evaluated', at: sh('10-12T10:00'), evaluation: '同意延期至10月30日' });
    expect(
      canCompleteDefectTracking({ outcome: 'missed', reviewEvaluation: '同意延期至10月30日' }).missing,
    ).toEqual(['missed-reason']);
  });

  test('DEF-TRACK: a missed plan with the reason and then the evaluation is accepted: summarising, outcome missed', () => {
    let s = missed();
    s = run(s, [{ type: 'miss.explained', at: sh('10-12T09:00'), reason: '材料到货延迟' }]);
    expect(s.value).toBe('tracking');
    expect(s.context.missedReason).toBe('材料到货延迟');
    s = run(s, [{ type: 'miss.evaluated', at: sh('10-12T10:00'), evaluation: '同意延期至10月30日' }]);
    expect(s.value).toBe('summarising');
    expect(s.context.trackingOutcome).toBe('missed');
    expect(s.context.reviewEvaluation).toBe('同意延期至10月30日');
    expect(run(s, [{ type: 'summary.recorded', at: sh('10-31T09:00') }]).value).toBe('closed');
  });

  test('DEF-TRACK: no reason can be stated while the due day is not over (23:59:59 on 10-09), one can at 10-10 00:00', () => {
    const s = trackingB();
    expectIgnored(s, { type: 'miss.explained', at: '2026-10-09T23:59:59+08:00', reason: '材料到货延迟' });
    const next = run(s, [{ type: 'miss.explained', at: sh('10-10T00:00'), reason: '材料到货延迟' }]);
    expect(next.context.missExplainedAt).toBe(utc('10-10T00:00'));
  });

  test('DEF-TRACK: a blank or missing reason is refused as a bad event, the snapshot untouched', () => {
    const s = missed();
    const before = JSON.stringify(s);
    for (const reason of ['   ', '', undefined]) {
      const event = {
        type: 'miss.explained',
        at: sh('10-12T09:00'),
        ...(reason === undefined ? {} : { reason }),
      };
      expect(refusalCodePath(() => transition(defectMachine, s, event as never))).toEqual([
        'INVALID_EVENT',
        ['event', 'reason'],
      ]);
    }
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('machines of other policies', () => {
  test('DEF-FLOW: createDefectMachine takes a preset or its defect settings; the snapshot carries its id', () => {
    expect(start(SEP21, createDefectMachine({ policy: aoyuan2014 })).context.policyId).toBe('aoyuan2014');
    expect(start(SEP21, createDefectMachine({ policy: sinoOcean2008.defects })).context.policyId).toBe(
      'sinoOcean2008',
    );
  });

  test('DEF-FLOW: bad options are path-addressed errors', () => {
    expect(refusalCodePath(() => createDefectMachine({ policy: 'sol' } as never))).toEqual([
      'INVALID_ARGUMENT',
      ['options', 'policy'],
    ]);
    expect(refusalCodePath(() => createDefectMachine({ calender: 1 } as never))).toEqual([
      'INVALID_ARGUMENT',
      ['options', 'calender'],
    ]);
    expect(refusalCodePath(() => createDefectMachine({ calendar: {} } as never))).toEqual([
      'INVALID_ARGUMENT',
      ['options', 'calendar'],
    ]);
  });
});
