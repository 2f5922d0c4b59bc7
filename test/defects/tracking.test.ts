import { describe, expect, it } from 'vitest';
import { assessDefectPlanOutcome, canCompleteDefectTracking } from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

describe('assessDefectPlanOutcome', () => {
  it('DEF-TRACK: a plan due 2026-04-30 is pending until 24:00 that day and missed from 00:00 the next', () => {
    const dueOn = '2026-04-30';
    expect(assessDefectPlanOutcome({ dueOn, now: '2026-04-30T23:59:59.999+08:00' }).outcome).toBe('pending');
    const missed = assessDefectPlanOutcome({ dueOn, now: '2026-05-01T00:00:00+08:00' });
    expect(missed).toMatchObject({ outcome: 'missed', dueOn, completedOn: null });
    expect(missed.dueEndsAt.toISOString()).toBe('2026-04-30T16:00:00.000Z');
    // The same instant written in UTC.
    expect(assessDefectPlanOutcome({ dueOn, now: '2026-04-30T15:59:59Z' }).outcome).toBe('pending');
    expect(assessDefectPlanOutcome({ dueOn, now: '2026-04-30T16:00:00Z' }).outcome).toBe('missed');
  });

  it('DEF-TRACK: done on the due day is on plan, done the day after is missed', () => {
    const now = '2026-05-10T09:00:00+08:00';
    expect(
      assessDefectPlanOutcome({ dueOn: '2026-04-30', completedAt: '2026-04-30T23:30:00+08:00', now }),
    ).toMatchObject({
      outcome: 'on-plan',
      completedOn: '2026-04-30',
    });
    expect(assessDefectPlanOutcome({ dueOn: '2026-04-30', completedAt: '2026-05-01', now }).outcome).toBe(
      'missed',
    );
    // 2026-04-30T16:30Z is 00:30 on 05-01 in Shanghai: the Shanghai day counts.
    expect(
      assessDefectPlanOutcome({ dueOn: '2026-04-30', completedAt: '2026-04-30T16:30:00Z', now }).outcome,
    ).toBe('missed');
  });

  it('DEF-TRACK: a due day in the National Day holiday (2026-10-03) is not moved: done on 10-08, the first working day after, it is missed', () => {
    const r = assessDefectPlanOutcome({
      dueOn: '2026-10-03',
      completedAt: '2026-10-08',
      now: '2026-10-08T18:00:00+08:00',
    });
    expect(r.outcome).toBe('missed');
    expect(r.reasons[0]?.rule).toBe('DEF-TRACK');
  });

  it('DEF-TRACK: a completion after now, or a malformed day, is a path-addressed error', () => {
    expect(
      refusalOf(() =>
        assessDefectPlanOutcome({
          dueOn: '2026-04-30',
          completedAt: '2026-05-02',
          now: '2026-05-01T09:00:00+08:00',
        }),
      ).path,
    ).toEqual(['completedAt']);
    expect(
      refusalOf(() => assessDefectPlanOutcome({ dueOn: '2026-02-30', now: '2026-05-01T09:00:00+08:00' }))
        .path,
    ).toEqual(['dueOn']);
    expect(
      refusalOf(() => assessDefectPlanOutcome({ dueOn: '2026-04-30', now: '2026-05-01T09:00:00' })).path,
    ).toEqual(['now']);
  });
});

describe('canCompleteDefectTracking', () => {
  it('DEF-TRACK: a missed plan without a reason is refused; with the reason alone, still refused', () => {
    const none = canCompleteDefectTracking({ outcome: 'missed' });
    expect(none).toMatchObject({ allowed: false, missing: ['missed-reason', 'review-evaluation'] });
    const reasonOnly = canCompleteDefectTracking({ outcome: 'missed', missedReason: '材料到货延迟' });
    expect(reasonOnly).toMatchObject({ allowed: false, missing: ['review-evaluation'] });
    expect(reasonOnly.reasons[0]?.message['zh-CN']).toBe('跟踪未完成：评议部门尚未出具评估意见');
    const evaluationOnly = canCompleteDefectTracking({ outcome: 'missed', reviewEvaluation: '同意延期' });
    expect(evaluationOnly.missing).toEqual(['missed-reason']);
  });

  it('DEF-TRACK: a missed plan with the department’s reason and the reviewing department’s evaluation is accepted', () => {
    const r = canCompleteDefectTracking({
      outcome: 'missed',
      missedReason: '材料到货延迟',
      reviewEvaluation: '原因属实，同意延期至5月15日',
    });
    expect(r).toMatchObject({ allowed: true, missing: [] });
    expect(r.reasons[0]?.facts).toMatchObject({ missedReasonGiven: true, reviewEvaluationGiven: true });
  });

  it('DEF-TRACK: a blank reason is no reason, and the texts are never quoted in the reasons', () => {
    const r = canCompleteDefectTracking({
      outcome: 'missed',
      missedReason: '   ',
      reviewEvaluation: '张三同意，电话13800138000',
    });
    expect(r.missing).toEqual(['missed-reason']);
    const all = JSON.stringify(r);
    expect(all).not.toContain('张三');
    expect(all).not.toContain('13800138000');
  });

  it('DEF-TRACK: solved on plan completes once the confirmation form is filed', () => {
    expect(canCompleteDefectTracking({ outcome: 'on-plan' })).toMatchObject({
      allowed: false,
      missing: ['confirmation-form'],
    });
    expect(canCompleteDefectTracking({ outcome: 'on-plan', confirmationFiled: true }).allowed).toBe(true);
  });

  it('DEF-TRACK: a plan still pending cannot complete', () => {
    expect(canCompleteDefectTracking({ outcome: 'pending', confirmationFiled: true })).toMatchObject({
      allowed: false,
      missing: ['plan-not-due'],
    });
  });

  it('DEF-TRACK: an unknown outcome or a reason that is not text is a path-addressed error', () => {
    expect(refusalOf(() => canCompleteDefectTracking({ outcome: 'late' } as never)).path).toEqual([
      'outcome',
    ]);
    expect(
      refusalOf(() => canCompleteDefectTracking({ outcome: 'missed', missedReason: 42 } as never)).path,
    ).toEqual(['missedReason']);
    expect(
      refusalOf(() => canCompleteDefectTracking({ outcome: 'on-plan', confirmationFiled: 'yes' } as never))
        .path,
    ).toEqual(['confirmationFiled']);
  });
});
