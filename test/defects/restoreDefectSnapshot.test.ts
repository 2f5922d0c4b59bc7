/**
 * restoreDefectSnapshot checks a stored snapshot whole: tampered contexts are refused at
 * restore, with the path of the field, instead of failing later far from the cause.
 */

import { describe, expect, test } from 'vitest';
import { createActor, transition } from 'xstate';
import { createDefectMachine, defectMachine } from '../../src/defects/defectMachine.js';
import { DEFECT_MACHINE_VERSION } from '../../src/defects/defectMachineTypes.js';
import {
  DefectSnapshotMismatchError,
  restoreDefectSnapshot,
} from '../../src/defects/restoreDefectSnapshot.js';
import { aoyuan2014 } from '../../src/presets/index.js';
import { refusalCodePath } from '../_lib/refusal.js';
import { run, SEP21, sh, start, TO_DECIDED_A, tick, trackingA, trackingB } from './_defectMachine.js';

type Json = Record<string, unknown> & { context: Record<string, unknown> };
const json = (s: unknown): Json => JSON.parse(JSON.stringify(s));
/** A stored snapshot of a major grade-A defect in tracking, accepted late (missed) and explained. */
const stored = (): Json =>
  json(
    run(trackingA(sh('10-12T09:00')), [
      { type: 'miss.explained', at: sh('10-12T13:00'), reason: '材料到货延迟' },
    ]),
  );
const tampered = (change: (j: Json) => void, base: () => Json = stored): Json => {
  const j = base();
  change(j);
  return j;
};
const restore = (j: unknown) => refusalCodePath(() => restoreDefectSnapshot(defectMachine, j));
const ctx = (...path: (string | number)[]) => ['INVALID_SNAPSHOT', ['json', 'context', ...path]];

describe('restoreDefectSnapshot', () => {
  test('DEF-FLOW: a stored snapshot restores and resumes alike, by transition and by createActor', () => {
    const s = run(trackingA(sh('10-12T09:00')), [
      { type: 'miss.explained', at: sh('10-12T13:00'), reason: '材料到货延迟' },
    ]);
    const restored = restoreDefectSnapshot(defectMachine, JSON.stringify(s));
    expect(restored.context).toEqual(s.context);
    const e = { type: 'miss.evaluated', at: sh('10-12T14:00'), evaluation: '同意延期' } as const;
    expect(transition(defectMachine, restored, e)[0].value).toBe('summarising');
    const actor = createActor(defectMachine, { snapshot: restored, input: SEP21 });
    actor.start();
    actor.send(e);
    actor.send({ type: 'summary.recorded', at: sh('10-30T10:00') });
    const closed = restoreDefectSnapshot(defectMachine, JSON.stringify(actor.getPersistedSnapshot()));
    expect([closed.value, closed.status, closed.context.trackingOutcome]).toEqual([
      'closed',
      'done',
      'missed',
    ]);
  });

  test('DEF-FLOW: a version written as digits is read as its number; another version or policy is a mismatch', () => {
    const digits = tampered((j) => {
      j.context.machineVersion = String(DEFECT_MACHINE_VERSION);
    });
    expect(restoreDefectSnapshot(defectMachine, digits).context.machineVersion).toBe(DEFECT_MACHINE_VERSION);
    const other = tampered((j) => {
      j.context.machineVersion = DEFECT_MACHINE_VERSION + 1;
    });
    expect(() => restoreDefectSnapshot(defectMachine, other)).toThrow(DefectSnapshotMismatchError);
    expect(restore(other)).toEqual(['SNAPSHOT_VERSION_MISMATCH', undefined]);
    expect(() => restoreDefectSnapshot(createDefectMachine({ policy: aoyuan2014 }), stored())).toThrow(
      DefectSnapshotMismatchError,
    );
  });

  test('DEF-FLOW: not JSON, not a snapshot, an unknown state or a wrong status is refused', () => {
    expect(restore('{')).toEqual(['INVALID_ARGUMENT', ['json']]);
    expect(restore([])).toEqual(['INVALID_ARGUMENT', ['json']]);
    expect(restore(tampered((j) => (j.value = 'rectifying')))).toEqual([
      'INVALID_ARGUMENT',
      ['json', 'value'],
    ]);
    expect(restore(tampered((j) => (j.status = 'done')))).toEqual(['INVALID_SNAPSHOT', ['json', 'status']]);
  });

  test('DEF-FLOW: a field missing or extra, a non-canonical instant, a grade not A or B is refused at its path', () => {
    expect(restore(tampered((j) => delete j.context.hqReport))).toEqual(ctx('hqReport'));
    expect(restore(tampered((j) => (j.context.note = 'x')))).toEqual(ctx());
    expect(restore(tampered((j) => (j.context.verifiedAt = '2026-10-12T10:00:00+08:00')))).toEqual(
      ctx('verifiedAt'),
    );
    expect(restore(tampered((j) => ((j.context.decision as Record<string, unknown>).grade = 'C')))).toEqual(
      ctx('decision', 'grade'),
    );
    expect(restore(tampered((j) => ((j.context.overdue as Record<string, unknown>).plan = 'true')))).toEqual(
      ctx('overdue', 'plan'),
    );
  });

  test('DEF-TRACK: the steps recorded must agree with the state and the grade', () => {
    // In tracking a grade A defect has been verified.
    expect(restore(tampered((j) => (j.context.verifiedAt = null)))).toEqual(ctx('verifiedAt'));
    // closed has closedAt, and an open state none.
    expect(restore(tampered((j) => (j.value = 'closed')))).toEqual(['INVALID_SNAPSHOT', ['json', 'status']]);
    expect(
      restore(
        tampered((j) => {
          j.value = 'closed';
          j.status = 'done';
        }),
      ),
    ).toEqual(ctx('trackingOutcome'));
    expect(restore(tampered((j) => (j.context.closedAt = j.context.lastEventAt)))).toEqual(ctx('closedAt'));
    // A grade B defect is never planned for rectification.
    const b = () => json(trackingB());
    expect(restore(tampered((j) => (j.context.carriedOutAt = j.context.plannedAt as string), b))).toEqual(
      ctx('carriedOutAt'),
    );
    expect(restore(tampered((j) => (j.value = 'planned'), b))).toEqual(ctx('decision', 'grade'));
  });

  test('DEF-FLOW: the HQ report follows from major and the contact form; the grade from what decided it', () => {
    expect(restore(tampered((j) => (j.context.major = true)))).toEqual(ctx('hqReport'));
    expect(
      restore(
        tampered((j) => {
          j.context.hqReport = { reportTo: 'hq-customer-relations', reportedAt: j.context.reportedAt };
          j.context.major = true;
        }),
      ),
    ).toEqual(ctx('hqReport'));
    expect(
      restore(
        tampered((j) => ((j.context.decision as Record<string, unknown>).failedFactors = ['schedule'])),
      ),
    ).toEqual(ctx('decision'));
  });

  test('DEF-TRACK: a missed plan moves on only with its reason; the confirmation form only on plan', () => {
    const summarisedMissed = () =>
      json(
        run(trackingB(), [
          tick(sh('10-10T00:00')),
          { type: 'miss.explained', at: sh('10-12T09:00'), reason: '材料到货延迟' },
          { type: 'miss.evaluated', at: sh('10-12T10:00'), evaluation: '同意延期' },
        ]),
      );
    expect(restoreDefectSnapshot(defectMachine, summarisedMissed()).value).toBe('summarising');
    expect(
      restore(
        tampered((j) => {
          j.context.missedReason = null;
          j.context.missExplainedAt = null;
        }, summarisedMissed),
      ),
    ).toEqual(ctx('missedReason'));
    expect(
      restore(tampered((j) => (j.context.confirmationFiledAt = j.context.lastEventAt), summarisedMissed)),
    ).toEqual(ctx('confirmationFiledAt'));
  });

  test('DEF-TRACK: the overdue flag, nextDueAt, the due day and the event order must follow from the context', () => {
    const planned = () =>
      json(
        run(start(), [
          ...TO_DECIDED_A,
          { type: 'rectification.planned', at: sh('09-28T10:00'), dueOn: '2026-10-09' },
        ]),
      );
    expect(restoreDefectSnapshot(defectMachine, planned()).context.nextDueAt).toBe(
      '2026-10-09T16:00:00.000Z',
    );
    expect(
      restore(tampered((j) => ((j.context.overdue as Record<string, unknown>).plan = true), planned)),
    ).toEqual(ctx('overdue', 'plan'));
    expect(restore(tampered((j) => (j.context.nextDueAt = null), planned))).toEqual(ctx('nextDueAt'));
    expect(
      restore(
        tampered(
          (j) =>
            ((j.context.deadlines as Record<string, Record<string, unknown>>).planDue = {
              lastDay: '2026-10-09',
              endsAt: '2026-10-09T15:00:00.000Z',
              fallbackUsed: false,
            }),
          planned,
        ),
      ),
    ).toEqual(ctx('deadlines', 'planDue'));
    expect(restore(tampered((j) => (j.context.clockAt = j.context.reportedAt), planned))).toEqual(
      ctx('lastEventAt'),
    );
  });
});
