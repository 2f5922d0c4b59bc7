/**
 * The delivery batch machine (DLV-STEPS) on real dates: a batch delivered on Monday
 * 2026-10-12, whose 7-day notice falls on 10-05 in National Day (10-01..10-07, makeup
 * working day 10-10), each transition, both sides of each deadline it keeps.
 */

import { describe, expect, test } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { InvalidArgumentError } from '../../src/core/errors.js';
import { computeDeliveryBatchNextDueAt } from '../../src/delivery/computeDeliveryBatchNextDueAt.js';
import { createDeliveryBatchMachine, deliveryBatchMachine } from '../../src/delivery/deliveryBatchMachine.js';
import { aoyuan2014, createPolicy, sinoOcean2008 } from '../../src/presets/index.js';
import { refusalCodePath } from '../_lib/refusal.js';
import {
  BATCH_STEPS,
  type BatchSnapshot,
  batchTick,
  blockedCheck,
  endOf,
  OCT12,
  OCT12_BEIJING,
  readyCheck,
  runBatch,
  sh,
  startBatch,
} from './_machines.js';

const milestone = (s: BatchSnapshot, id: string) => s.context.milestones.find((m) => m.id === id);
const inCentralized = () => runBatch(startBatch(), BATCH_STEPS);

describe('createDeliveryBatchMachine', () => {
  test('DLV-STEPS: a batch delivered on 2026-10-12 starts in planning with the schedule as stored deadlines', () => {
    const s = startBatch();
    expect(s.status).toBe('active');
    expect(s.value).toBe('planning');
    expect(milestone(s, 'delivery-plan')?.due).toEqual({
      lastDay: '2026-08-12',
      endsAt: endOf('2026-08-12'),
      fallbackUsed: false,
    });
    // 10-05 is a National Day holiday: the pack is mailed by 09-30, the last working day before it.
    expect(milestone(s, 'notice-pack-mailed')?.due.lastDay).toBe('2026-09-30');
    expect(milestone(s, 'owner-calls')?.window).toEqual({ from: '2026-10-02', to: '2026-10-03' });
    expect(milestone(s, 'handover-inspection')?.due.lastDay).toBe('2026-09-24');
    expect(milestone(s, 'rehearsals')).toBeUndefined();
    expect(milestone(s, 'delivery-summary')).toBeUndefined();
    expect(s.context.nextDueAt).toBe(endOf('2026-08-12'));
    expect(computeDeliveryBatchNextDueAt(s.context)).toBe(s.context.nextDueAt);
    expect(JSON.parse(JSON.stringify(s.context))).toEqual(s.context);
  });

  test('DLV-PREP: a first delivery has its rehearsals due on 10-10, a makeup working day', () => {
    const s = startBatch({ ...OCT12, firstDelivery: true });
    expect(milestone(s, 'rehearsals')?.due.lastDay).toBe('2026-10-10');
  });

  test('DLV-STEPS: outside Beijing the pre-inspection is skipped with a reason; in Beijing it applies', () => {
    const s = startBatch();
    expect(s.context.preInspection.required).toBe(false);
    expect(s.context.preInspection.reasons[0]?.rule).toBe('DLV-STEPS');
    expect(s.context.preInspection.reasons[0]?.message['zh-CN']).toContain('跳过');
    expect(milestone(s, 'owner-pre-inspection')).toBeUndefined();
    const b = startBatch(OCT12_BEIJING);
    expect(b.context.preInspection.required).toBe(true);
    expect(b.context.preInspection.reasons[0]?.message['zh-CN']).toContain('北京');
    expect(milestone(b, 'owner-pre-inspection')?.due.lastDay).toBe('2026-09-11');
  });

  test('DLV-PLAN: the plan approved on 08-12 at 23:59 is on time; at 08-13 00:00 it is late', () => {
    const onTime = runBatch(startBatch(), [{ type: 'plan.approved', at: sh('08-12T23:59') }]);
    expect(onTime.value).toBe('riskChecking');
    expect(milestone(onTime, 'delivery-plan')).toMatchObject({
      doneAt: '2026-08-12T15:59:00.000Z',
      overdue: false,
    });
    const late = runBatch(startBatch(), [{ type: 'plan.approved', at: sh('08-13T00:00') }]);
    expect(milestone(late, 'delivery-plan')?.overdue).toBe(true);
    // The next due is the risk team, 1.5 months before: 08-28.
    expect(onTime.context.nextDueAt).toBe(endOf('2026-08-28'));
  });

  test('DLV-RISK-HQ: a blocking finding keeps the batch in riskChecking with what blocks it; a ready check moves it on', () => {
    const checking = runBatch(startBatch(), [BATCH_STEPS[0]]);
    const blocked = runBatch(checking, [
      { type: 'riskCheck.assessed', at: sh('09-12T10:00'), check: blockedCheck() },
    ]);
    expect(blocked.value).toBe('riskChecking');
    expect(blocked.context.riskCheck).toEqual({
      assessedAt: '2026-09-12T02:00:00.000Z',
      ready: false,
      blocking: [{ id: 'Q-2', kind: 'item', status: 'blocking' }],
    });
    const ready = runBatch(blocked, [
      { type: 'riskCheck.assessed', at: sh('09-13T10:00'), check: readyCheck() },
    ]);
    expect(ready.value).toBe('handingOver');
    expect(ready.context.riskCheck).toMatchObject({ ready: true, blocking: [] });
  });

  test('DLV-STEPS: in Beijing a ready risk check leads to the pre-inspection, then the handover', () => {
    const s = runBatch(startBatch(OCT12_BEIJING), [BATCH_STEPS[0], BATCH_STEPS[1]]);
    expect(s.value).toBe('preInspecting');
    const done = runBatch(s, [{ type: 'preInspection.completed', at: sh('09-12T15:00') }]);
    expect(done.value).toBe('handingOver');
    expect(milestone(done, 'owner-pre-inspection')).toMatchObject({ overdue: true });
    const early = runBatch(startBatch(OCT12_BEIJING), [
      BATCH_STEPS[0],
      { type: 'riskCheck.assessed', at: sh('09-10T18:00'), check: readyCheck() },
      { type: 'preInspection.completed', at: sh('09-11T15:00') },
    ]);
    expect(milestone(early, 'owner-pre-inspection')).toMatchObject({
      doneAt: '2026-09-11T07:00:00.000Z',
      overdue: false,
    });
  });

  test('DLV-HANDOVER-LAW: the handover inspection on 09-24 (15 days before) is on time; on 09-25 it is late', () => {
    const before = runBatch(startBatch(), BATCH_STEPS.slice(0, 2));
    const onTime = runBatch(before, [{ type: 'handover.completed', at: sh('09-24T18:00') }]);
    expect(onTime.value).toBe('centralizedDelivery');
    expect(milestone(onTime, 'handover-inspection')?.overdue).toBe(false);
    const late = runBatch(before, [{ type: 'handover.completed', at: sh('09-25T00:00') }]);
    expect(milestone(late, 'handover-inspection')?.overdue).toBe(true);
  });

  test('DLV-PREP: a tick at 09-30 23:59 leaves the notice pack due; at 10-01 00:00 it is missed and nextDueAt moves on', () => {
    const s = runBatch(inCentralized(), [
      ...(
        [
          'risk-team',
          'risk-self-check',
          'risk-report',
          'hq-check',
          'area-measurement',
          'title-agency',
          'documents',
        ] as const
      ).map((m) => ({ type: 'milestone.completed', at: sh('09-20T12:00'), milestone: m }) as const),
    ]);
    const before = runBatch(s, [batchTick(sh('09-30T23:59'))]);
    expect(milestone(before, 'notice-pack-mailed')?.overdue).toBe(false);
    expect(before.context.nextDueAt).toBe(endOf('2026-09-30'));
    const after = runBatch(s, [batchTick(sh('10-01T00:00'))]);
    expect(milestone(after, 'notice-pack-mailed')?.overdue).toBe(true);
    expect(after.context.nextDueAt).toBe(endOf('2026-10-03')); // the owners' calls, 10-02..10-03
  });

  test("DLV-PREP: the notice pack mailed late on 10-03 moves the owners' calls to the 2nd-3rd day after it (10-05..10-06)", () => {
    const s = runBatch(inCentralized(), [
      { type: 'milestone.completed', at: sh('10-03T09:00'), milestone: 'notice-pack-mailed' },
    ]);
    expect(milestone(s, 'notice-pack-mailed')?.overdue).toBe(true);
    expect(milestone(s, 'owner-calls')).toMatchObject({
      window: { from: '2026-10-05', to: '2026-10-06' },
      due: { lastDay: '2026-10-06' },
      overdue: false,
    });
  });

  test('DLV-MODE: the centralized delivery cannot end before the delivery day; ended on 10-18 the summary falls due on 10-23', () => {
    const s = inCentralized();
    expect(
      refusalCodePath(() =>
        transition(deliveryBatchMachine, s, { type: 'centralized.ended', at: sh('10-11T23:59') }),
      ),
    ).toEqual(['INVALID_EVENT', ['event', 'at']]);
    const ended = runBatch(s, [{ type: 'centralized.ended', at: sh('10-18T18:00') }]);
    expect(ended.value).toBe('sporadicDelivery');
    expect(ended.context.centralizedEndedOn).toBe('2026-10-18');
    // DLV-SUMMARY: 5 working days after Sunday 10-18: 10-19..10-23.
    expect(milestone(ended, 'delivery-summary')?.due).toEqual({
      lastDay: '2026-10-23',
      endsAt: endOf('2026-10-23'),
      fallbackUsed: false,
    });
  });

  test('DLV-SUMMARY: the summary submitted on 10-23 is on time, on 10-24 late; sporadic.ended then closes the batch', () => {
    const sporadic = runBatch(inCentralized(), [{ type: 'centralized.ended', at: sh('10-18T18:00') }]);
    const onTime = runBatch(sporadic, [{ type: 'summary.submitted', at: sh('10-23T17:00') }]);
    expect(onTime.value).toBe('sporadicDelivery');
    expect(milestone(onTime, 'delivery-summary')?.overdue).toBe(false);
    const closed = runBatch(onTime, [{ type: 'sporadic.ended', at: sh('11-30T17:00') }]);
    expect([closed.value, closed.status, closed.context.closedAt, closed.context.nextDueAt]).toEqual([
      'closed',
      'done',
      '2026-11-30T09:00:00.000Z',
      null,
    ]);
    const late = runBatch(sporadic, [{ type: 'summary.submitted', at: sh('10-24T00:00') }]);
    expect(milestone(late, 'delivery-summary')?.overdue).toBe(true);
  });

  test('DLV-STEPS: sporadic delivery ended before the summary goes to summarizing; the summary closes the batch', () => {
    const s = runBatch(inCentralized(), [
      { type: 'centralized.ended', at: sh('10-18T18:00') },
      { type: 'sporadic.ended', at: sh('10-20T18:00') },
    ]);
    expect(s.value).toBe('summarizing');
    const closed = runBatch(s, [{ type: 'summary.submitted', at: sh('10-22T10:00') }]);
    expect([closed.value, closed.context.summarySubmittedAt]).toEqual(['closed', '2026-10-22T02:00:00.000Z']);
    // A closed batch ignores the clock.
    expect(transition(deliveryBatchMachine, closed, batchTick(sh('12-01T00:00')))[0].context).toEqual(
      closed.context,
    );
  });

  test('DLV-STEPS: a milestone done twice keeps its first record', () => {
    const s = runBatch(startBatch(), [
      { type: 'milestone.completed', at: sh('08-20T10:00'), milestone: 'risk-team' },
      { type: 'milestone.completed', at: sh('08-30T10:00'), milestone: 'risk-team' },
    ]);
    expect(milestone(s, 'risk-team')).toMatchObject({ doneAt: '2026-08-20T02:00:00.000Z', overdue: false });
  });

  test('DLV-STEPS: a batch set up after its delivery day, or with bad options, is refused with a path', () => {
    const [bad] = initialTransition(deliveryBatchMachine, { ...OCT12, createdAt: sh('10-13T00:00') });
    expect(bad.status).toBe('error');
    expect((bad.error as InvalidArgumentError).path).toEqual(['input', 'createdAt']);
    const [noDay] = initialTransition(deliveryBatchMachine, { ...OCT12, deliveryOn: '2026-02-30' });
    expect((noDay.error as InvalidArgumentError).path).toEqual(['input', 'deliveryOn']);
    const [noInput] = initialTransition(deliveryBatchMachine, undefined as never);
    expect((noInput.error as InvalidArgumentError).path).toEqual(['input']);
    expect(refusalCodePath(() => createDeliveryBatchMachine({ polciy: sinoOcean2008 } as never))).toEqual([
      'INVALID_ARGUMENT',
      ['options', 'polciy'],
    ]);
    expect(refusalCodePath(() => createDeliveryBatchMachine({ calendar: {} } as never))).toEqual([
      'INVALID_ARGUMENT',
      ['options', 'calendar'],
    ]);
  });

  test('DLV-STEPS: a policy that holds the pre-inspection everywhere leads every batch through it', () => {
    const everywhere = createPolicy(sinoOcean2008, {
      id: 'acme',
      delivery: { preInspection: { scope: 'all' } },
    });
    const machine = createDeliveryBatchMachine({ policy: everywhere });
    const s0 = startBatch(OCT12, machine);
    expect([s0.context.policyId, s0.context.preInspection.required]).toEqual(['acme', true]);
    expect(runBatch(s0, BATCH_STEPS.slice(0, 2), machine).value).toBe('preInspecting');
    // aoyuan2014 borrows SOL's scope (Beijing only): a batch outside Beijing skips it.
    const aoy = createDeliveryBatchMachine({ policy: aoyuan2014 });
    expect(runBatch(startBatch(OCT12, aoy), BATCH_STEPS.slice(0, 2), aoy).value).toBe('handingOver');
  });
});
