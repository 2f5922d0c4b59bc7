/**
 * Issue 15: a restored snapshot is checked whole. Tampered contexts that restored before
 * and failed far from the cause are refused at restore, with the path of the field.
 */

import { describe, expect, test } from 'vitest';
import { createActor, transition } from 'xstate';
import { complaintMachine, createComplaintMachine } from '../../src/complaints/complaintMachine.js';
import { COMPLAINT_MACHINE_VERSION } from '../../src/complaints/complaintMachineTypes.js';
import {
  ComplaintSnapshotMismatchError,
  restoreComplaintSnapshot,
} from '../../src/complaints/restoreComplaintSnapshot.js';
import type { RealtyCrmError } from '../../src/core/errors.js';
import { aoyuan2014 } from '../../src/presets/index.js';
import { refusalCodePath, refusalOf } from '../_lib/refusal.js';
import { callback, NOV, novCallingBack, run, sh, tick } from './_machine.js';

type Json = Record<string, unknown> & { context: Record<string, unknown> };
/** A stored snapshot (its JSON value) of the November complaint after one unanswered callback. */
const stored = (): Json =>
  JSON.parse(JSON.stringify(run(novCallingBack(), [callback(sh('11-07T10:00'), 'no-answer')])));
const tampered = (change: (j: Json) => void): Json => {
  const j = stored();
  change(j);
  return j;
};
const restore = (j: unknown) => refusalCodePath(() => restoreComplaintSnapshot(complaintMachine, j));

describe('restoreComplaintSnapshot', () => {
  test('CMP-FLOW: a snapshot stored as JSON restores and resumes alike, by transition and by createActor', () => {
    const s = run(novCallingBack(), [callback(sh('11-07T10:00'), 'no-answer')]);
    const restored = restoreComplaintSnapshot(complaintMachine, JSON.stringify(s));
    expect(restored.context).toEqual(s.context);
    const e = callback(sh('11-07T11:00'), 'no-answer');
    expect(transition(complaintMachine, restored, e)[0].context).toEqual(
      transition(complaintMachine, s, e)[0].context,
    );
    const actor = createActor(complaintMachine, {
      snapshot: restoreComplaintSnapshot(complaintMachine, complaintMachine.getPersistedSnapshot(s)),
      input: NOV,
    });
    actor.start();
    actor.send(callback(sh('11-07T12:00'), 'satisfied'));
    expect(actor.getSnapshot().value).toBe('closed');
    const closed = restoreComplaintSnapshot(complaintMachine, JSON.stringify(actor.getPersistedSnapshot()));
    expect([closed.value, closed.status, closed.context.closure?.via]).toEqual([
      'closed',
      'done',
      'accepted-at-callback',
    ]);
  });

  test('CMP-FLOW: a context with a field missing, or one too many, is refused at its path', () => {
    expect(restore(tampered((j) => delete j.context.deadlines))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'deadlines'],
    ]);
    expect(restore(tampered((j) => delete (j.context.overdue as Record<string, unknown>).warning))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'overdue', 'warning'],
    ]);
    expect(restore(tampered((j) => (j.context.note = 'x')))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context'],
    ]);
  });

  test('CMP-FLOW: callbackAttempts written "2" is refused (it would have become "21" after one more no-answer)', () => {
    expect(restore(tampered((j) => (j.context.callbackAttempts = '1')))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'callbackAttempts'],
    ]);
    expect(restore(tampered((j) => (j.context.callbackAttempts = 1.5)))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'callbackAttempts'],
    ]);
    // A count that disagrees with the current round is caught too.
    expect(restore(tampered((j) => (j.context.callbackAttempts = 2)))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'rounds'],
    ]);
  });

  test('LAW-PERIOD-END: an endsAt written +08:00 instead of Z is refused: instants are compared as strings', () => {
    const j = tampered((x) => {
      (x.context.deadlines as { replyBy: { endsAt: string } }).replyBy.endsAt = '2026-11-05T00:00:00+08:00';
    });
    expect(restore(j)).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'deadlines', 'replyBy', 'endsAt']]);
    // Without its milliseconds, too.
    const k = tampered((x) => {
      x.context.receivedAt = '2026-11-02T02:00:00Z';
    });
    expect(restore(k)).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'receivedAt']]);
    // An endsAt that is not the end of its last day.
    const m = tampered((x) => {
      (x.context.deadlines as { replyBy: { endsAt: string } }).replyBy.endsAt = '2026-11-08T16:00:00.000Z';
    });
    expect(restore(m)).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'deadlines', 'replyBy', 'endsAt']]);
  });

  test('CMP-CLOSE: closed with closure null is refused (it would keep taking ticks), and an open state with a closure too', () => {
    const closedNoClosure = tampered((j) => {
      j.value = 'closed';
      j.status = 'done';
    });
    expect(restore(closedNoClosure)).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'closure']]);
    const openWithClosure = tampered((j) => {
      j.context.closure = { via: 'accepted-at-callback', at: '2026-11-07T02:00:00.000Z', servedVia: null };
    });
    expect(restore(openWithClosure)).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'closure']]);
    // A closed state whose status is still active.
    const closed = JSON.parse(
      JSON.stringify(run(novCallingBack(), [callback(sh('11-07T10:00'), 'satisfied')])),
    );
    expect(restore({ ...closed, status: 'active' })).toEqual(['INVALID_SNAPSHOT', ['json', 'status']]);
    expect(restore({ ...closed, status: 'error' })).toEqual(['INVALID_SNAPSHOT', ['json', 'status']]);
  });

  test('CMP-FLOW: flags and instants that do not follow from the context are refused: overdue, nextDueAt, staleAt, the order', () => {
    expect(restore(tampered((j) => ((j.context.overdue as Record<string, unknown>).reply = true)))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'overdue'],
    ]);
    expect(restore(tampered((j) => (j.context.nextDueAt = '2030-01-01T00:00:00.000Z')))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'nextDueAt'],
    ]);
    expect(restore(tampered((j) => (j.context.staleAt = '2026-11-10T02:00:00.000Z')))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'staleAt'],
    ]);
    expect(restore(tampered((j) => (j.context.lastEventAt = '2026-11-01T02:00:00.000Z')))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'lastEventAt'],
    ]);
    expect(restore(tampered((j) => (j.context.callbackNeeded = false)))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'callbackNeeded'],
    ]);
    // A reason whose rule is not in the catalog.
    expect(
      restore(
        tampered((j) => {
          const [first] = j.context.rounds as { reason: { rule: string } }[];
          if (first !== undefined) first.reason.rule = 'CMP-NOPE';
        }),
      ),
    ).toEqual(['INVALID_SNAPSHOT', ['json', 'context', 'rounds', 0, 'reason', 'rule']]);
  });

  test('CMP-FLOW: a version written as a string is read as its number; another version or policy is a mismatch that does not say "version 2 ... is version 2"', () => {
    const asString = tampered((j) => (j.context.machineVersion = String(COMPLAINT_MACHINE_VERSION)));
    const restored = restoreComplaintSnapshot(complaintMachine, asString);
    expect(restored.context.machineVersion).toBe(COMPLAINT_MACHINE_VERSION);
    // Once restored, it moves on and stores the number.
    expect(transition(complaintMachine, restored, tick(sh('11-07T12:00')))[0].context.machineVersion).toBe(
      COMPLAINT_MACHINE_VERSION,
    );
    const older = tampered((j) => (j.context.machineVersion = '1'));
    const e = refusalOf(
      () => restoreComplaintSnapshot(complaintMachine, older),
      ComplaintSnapshotMismatchError,
    );
    expect((e as RealtyCrmError).code).toBe('SNAPSHOT_VERSION_MISMATCH');
    expect((e as Error).message).toBe(
      `The stored complaint snapshot has machine version "1" and policy "sinoOcean2008"; this machine is version ${COMPLAINT_MACHINE_VERSION} of policy "sinoOcean2008". Migrate the snapshot, or restore it into a machine of its own version and policy.`,
    );
    expect(restore(tampered((j) => (j.context.machineVersion = 'two')))).toEqual([
      'INVALID_SNAPSHOT',
      ['json', 'context', 'machineVersion'],
    ]);
    expect(restore(tampered((j) => delete j.context.machineVersion))).toEqual([
      'SNAPSHOT_VERSION_MISMATCH',
      undefined,
    ]);
    expect(
      refusalCodePath(() =>
        restoreComplaintSnapshot(createComplaintMachine({ policy: aoyuan2014 }), stored()),
      ),
    ).toEqual(['SNAPSHOT_VERSION_MISMATCH', undefined]);
  });

  test('CMP-FLOW: what is not a snapshot, not JSON, or names a state the machine lacks is refused', () => {
    expect(restore('{not json')).toEqual(['INVALID_ARGUMENT', ['json']]);
    expect(restore(42)).toEqual(['INVALID_ARGUMENT', ['json']]);
    expect(restore({ value: 'verified' })).toEqual(['INVALID_ARGUMENT', ['json']]);
    expect(restore(tampered((j) => (j.value = 'archived')))).toEqual(['INVALID_ARGUMENT', ['json', 'value']]);
    expect(restore(tampered((j) => (j.value = { callingBack: {} })))).toEqual([
      'INVALID_ARGUMENT',
      ['json', 'value'],
    ]);
  });
});
