/**
 * A restored delivery snapshot is checked whole: tampered contexts are refused at restore
 * with the path of the field, not later and far from the cause.
 */

import { describe, expect, test } from 'vitest';
import { createActor, transition } from 'xstate';
import { createDeliveryBatchMachine, deliveryBatchMachine } from '../../src/delivery/deliveryBatchMachine.js';
import { householdDeliveryMachine } from '../../src/delivery/householdDeliveryMachine.js';
import {
  DeliverySnapshotMismatchError,
  restoreDeliveryBatchSnapshot,
  restoreHouseholdDeliverySnapshot,
} from '../../src/delivery/restoreDeliverySnapshots.js';
import { aoyuan2014 } from '../../src/presets/index.js';
import { refusalCodePath } from '../_lib/refusal.js';
import {
  BATCH_STEPS,
  HOUSEHOLD,
  OCT12,
  runBatch,
  runHousehold,
  sh,
  startBatch,
  startHousehold,
} from './_machines.js';

type Json = Record<string, unknown> & { context: Record<string, unknown> };
const batchJson = (): Json => JSON.parse(JSON.stringify(runBatch(startBatch(), BATCH_STEPS)));
const tamperBatch = (change: (j: Json) => void) => {
  const j = batchJson();
  change(j);
  return refusalCodePath(() => restoreDeliveryBatchSnapshot(deliveryBatchMachine, j));
};
const keysTakenJson = (): Json =>
  JSON.parse(
    JSON.stringify(
      runHousehold(startHousehold(), [
        {
          type: 'inspection.completed',
          at: sh('10-12T10:00'),
          mode: 'centralized',
          repairItems: [{ discipline: 'civil' }],
        },
        { type: 'keys.taken', at: sh('10-12T11:00') },
      ]),
    ),
  );
const tamperHousehold = (change: (j: Json) => void, json = keysTakenJson()) => {
  change(json);
  return refusalCodePath(() => restoreHouseholdDeliverySnapshot(householdDeliveryMachine, json));
};
const ms = (j: Json) => j.context.milestones as Record<string, unknown>[];

describe('restoreDeliveryBatchSnapshot', () => {
  test('DLV-STEPS: a batch stored as JSON restores and resumes alike, by transition and by createActor', () => {
    const s = runBatch(startBatch(), BATCH_STEPS);
    const restored = restoreDeliveryBatchSnapshot(deliveryBatchMachine, JSON.stringify(s));
    expect([restored.value, restored.context]).toEqual([s.value, s.context]);
    const e = { type: 'centralized.ended', at: sh('10-18T18:00') } as const;
    expect(transition(deliveryBatchMachine, restored, e)[0].context).toEqual(
      transition(deliveryBatchMachine, s, e)[0].context,
    );
    const actor = createActor(deliveryBatchMachine, {
      snapshot: restoreDeliveryBatchSnapshot(
        deliveryBatchMachine,
        deliveryBatchMachine.getPersistedSnapshot(s),
      ),
      input: OCT12,
    });
    actor.start();
    actor.send(e);
    expect(actor.getSnapshot().value).toBe('sporadicDelivery');
  });

  test('DLV-STEPS: another version or policy is a DeliverySnapshotMismatchError; a version written as digits is read', () => {
    const j = batchJson();
    expect(
      restoreDeliveryBatchSnapshot(deliveryBatchMachine, {
        ...j,
        context: { ...j.context, machineVersion: '1' },
      }).context.machineVersion,
    ).toBe(1);
    expect(() =>
      restoreDeliveryBatchSnapshot(deliveryBatchMachine, {
        ...j,
        context: { ...j.context, machineVersion: 2 },
      }),
    ).toThrow(DeliverySnapshotMismatchError);
    expect(
      refusalCodePath(() =>
        restoreDeliveryBatchSnapshot(createDeliveryBatchMachine({ policy: aoyuan2014 }), j),
      ),
    ).toEqual(['SNAPSHOT_VERSION_MISMATCH', undefined]);
  });

  test('DLV-STEPS: a field missing or extra, an instant not canonical, a state the machine lacks are refused at their path', () => {
    expect(tamperBatch((j) => delete j.context.milestones)).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'milestones'],
    ]);
    expect(tamperBatch((j) => (j.context.note = 'x'))).toEqual(['INVALID_SNAPSHOT', ['json', 'context']]);
    expect(tamperBatch((j) => (j.context.createdAt = sh('07-01T09:00')))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'createdAt'],
    ]);
    expect(tamperBatch((j) => (j.value = 'delivering'))).toEqual(['INVALID_ARGUMENT', ['json', 'value']]);
    expect(tamperBatch((j) => ((ms(j)[0] as Record<string, unknown>).id = 'party'))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'milestones', 0, 'id'],
    ]);
  });

  test('DLV-PLAN: a milestone moved, an overdue flag or nextDueAt that do not follow, a closed state without closedAt are refused', () => {
    expect(
      tamperBatch((j) => {
        const m = ms(j)[0] as { due: { lastDay: string; endsAt: string } };
        m.due = { ...m.due, lastDay: '2026-08-20', endsAt: '2026-08-20T16:00:00.000Z' };
      }),
    ).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'milestones']]);
    expect(
      tamperBatch((j) => {
        const m = ms(j)[1] as { overdue: boolean };
        m.overdue = !m.overdue;
      }),
    ).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'milestones', 1, 'overdue']]);
    expect(tamperBatch((j) => (j.context.nextDueAt = null))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'nextDueAt'],
    ]);
    expect(
      tamperBatch((j) => {
        j.value = 'closed';
        j.status = 'done';
      }),
    ).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'closedAt']]);
    expect(tamperBatch((j) => (j.context.lastEventAt = '2027-01-01T00:00:00.000Z'))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'lastEventAt'],
    ]);
    expect(tamperBatch((j) => (j.value = 'preInspecting'))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'preInspection', 'required'],
    ]);
  });
});

describe('restoreHouseholdDeliverySnapshot', () => {
  test('DLV-MODE: a household stored as JSON restores and resumes alike', () => {
    const j = keysTakenJson();
    const restored = restoreHouseholdDeliverySnapshot(householdDeliveryMachine, JSON.stringify(j));
    const [next] = transition(householdDeliveryMachine, restored, {
      type: 'repairs.closed',
      at: sh('10-20T10:00'),
    });
    expect(next.value).toBe('delivered');
  });

  test('DLV-MODE: keys taken without a day, by a household not eligible, a refusal without reasons are refused at their path', () => {
    expect(tamperHousehold((j) => (j.context.keysTakenAt = null))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'keysTakenAt'],
    ]);
    expect(tamperHousehold((j) => (j.context.eligible = false))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'eligible'],
    ]);
    expect(tamperHousehold((j) => (j.context.keysRefusedAt = '2026-10-12T02:30:00.000Z'))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'refusedReasons'],
    ]);
    expect(
      tamperHousehold(
        (j) => ((j.context.repairItems as { discipline: string }[])[0] = { discipline: 'roof' } as never),
      ),
    ).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'repairItems', 0, 'discipline']]);
    expect(tamperHousehold((j) => (j.context.repairItems = []))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'repairItems'],
    ]);
    expect(tamperHousehold((j) => (j.context.keysTakenAtFirstInspection = null))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'keysTakenAtFirstInspection'],
    ]);
  });

  test('DLV-STEPS: a pre-inspection deadline or overdue flag that does not follow is refused', () => {
    const pre = (): Json =>
      JSON.parse(
        JSON.stringify(
          runHousehold(startHousehold({ ...HOUSEHOLD, preInspection: true }), [
            {
              type: 'preInspection.completed',
              at: sh('10-05T10:00'),
              repairItems: [{ discipline: 'civil' }],
            },
          ]),
        ),
      );
    expect(restoreHouseholdDeliverySnapshot(householdDeliveryMachine, pre()).value).toBe('preInspected');
    expect(
      tamperHousehold(
        (j) => ((j.context.overdue as { preInspectionRepairs: boolean }).preInspectionRepairs = true),
        pre(),
      ),
    ).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'overdue', 'preInspectionRepairs']]);
    expect(
      tamperHousehold(
        (j) => ((j.context.deadlines as Record<string, unknown>).preInspectionRepairsBy = null),
        pre(),
      ),
    ).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'deadlines', 'preInspectionRepairsBy']]);
    expect(tamperHousehold((j) => (j.context.nextDueAt = null), pre())).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'nextDueAt'],
    ]);
  });
});
