/**
 * The defect machine refuses a bad event before it changes anything (the machine kit's
 * event checks): malformed fields, unknown types and keys, plain-JSON traps, events out of
 * time order, a decision without its feasibility, a due day before the plan; the input is
 * checked; an actor given a bad event stops with the library's error.
 */

import { describe, expect, test } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import { type InvalidArgumentError, RealtyCrmError } from '../../src/core/errors.js';
import { parseDefectEvent } from '../../src/defects/defectEvents.js';
import { defectMachine } from '../../src/defects/defectMachine.js';
import { refusalCodePath } from '../_lib/refusal.js';
import {
  ALL_FEASIBLE,
  PLAN_A,
  run,
  SEP21,
  type Snapshot,
  sh,
  start,
  TO_DECIDED_A,
  trackingB,
} from './_defectMachine.js';

/** The event is refused with INVALID_EVENT at `path`, and the caller's snapshot is untouched. */
function expectRefused(s: Snapshot, event: unknown, path: readonly (string | number)[]) {
  const before = JSON.stringify(s);
  const shown = JSON.stringify(event, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));
  expect(
    refusalCodePath(() => transition(defectMachine, s, event as never)),
    shown,
  ).toEqual(['INVALID_EVENT', path]);
  expect(JSON.stringify(s)).toBe(before);
  const parsed = parseDefectEvent(event, s.context);
  expect(parsed.success, shown).toBe(false);
  expect(s.can(event as never)).toBe(false);
}

describe('DEF-FLOW: events are checked before they change anything', () => {
  const generated = () => run(start(), [TO_DECIDED_A[0]]);
  const decided = () => run(start(), TO_DECIDED_A);

  test('DEF-FLOW: BigInt, undefined, Dates, NaN, objects and strings where a boolean belongs are refused at the field', () => {
    const s = generated();
    const at = sh('09-24T15:00');
    for (const bad of [10n, undefined, new Date(), Number.NaN, { x: 1 }, 'true', 1, null]) {
      expectRefused(s, { type: 'decision.made', at, needsRectification: bad }, [
        'event',
        'needsRectification',
      ]);
    }
    expectRefused(
      s,
      {
        type: 'decision.made',
        at,
        needsRectification: true,
        feasibility: { ...ALL_FEASIBLE, schedule: 'no' },
      },
      ['event', 'feasibility', 'schedule'],
    );
    expectRefused(
      s,
      { type: 'decision.made', at, needsRectification: true, feasibility: { ...ALL_FEASIBLE, budget: true } },
      ['event', 'feasibility', 'budget'],
    );
  });

  test('DEF-GRADE: a decision that finds rectification needed without its feasibility is refused (gradeDefect grades on it)', () => {
    expectRefused(generated(), { type: 'decision.made', at: sh('09-24T15:00'), needsRectification: true }, [
      'event',
      'feasibility',
    ]);
  });

  test('DEF-FLOW: a field outside the schema, an unknown type and a non-object are refused', () => {
    const s = generated();
    expectRefused(s, { type: 'contactForm.generated', at: sh('09-22T11:00'), note: 'x' }, ['event', 'note']);
    expectRefused(s, { type: 'contactform.generated', at: sh('09-22T11:00') }, ['event', 'type']);
    expectRefused(s, 'contactForm.generated', ['event']);
    expect(
      refusalCodePath(() =>
        transition(defectMachine, s, { type: 'decision.mad', at: sh('09-22T11:00') } as never),
      ),
    ).toEqual(['INVALID_EVENT', ['event', 'type']]);
    expect(() => transition(defectMachine, s, { type: 'decision.mad' } as never)).toThrow(
      "did you mean 'decision.made'?",
    );
  });

  test('DEF-FLOW: an instant with no offset, a Date, or a day where an instant belongs is refused', () => {
    const s = start();
    for (const at of ['2026-09-22T10:00:00', new Date('2026-09-22T02:00:00Z'), '2026-09-22', 'tomorrow']) {
      expectRefused(s, { type: 'contactForm.generated', at }, ['event', 'at']);
    }
  });

  test('DEF-FLOW: an event before reportedAt, or before the previous event, is refused; at the same instant it is taken', () => {
    expectRefused(start(), { type: 'contactForm.generated', at: sh('09-21T09:59') }, ['event', 'at']);
    expect(run(start(), [{ type: 'contactForm.generated', at: sh('09-21T10:00') }]).value).toBe('generated');
    const s = generated();
    expectRefused(s, { ...TO_DECIDED_A[1], at: sh('09-22T09:59') }, ['event', 'at']);
    expectRefused(s, { type: 'clock.tick', now: sh('09-22T09:00') }, ['event', 'now']);
  });

  test('DEF-RECTIFY: a due day that is not a day, or before the day the plan is made, is refused', () => {
    const s = decided();
    for (const dueOn of ['2026-10-32', '2026-10-09T00:00:00+08:00', 20261009, undefined]) {
      expectRefused(s, { ...PLAN_A, dueOn }, ['event', 'dueOn']);
    }
    expectRefused(s, { ...PLAN_A, dueOn: '2026-09-27' }, ['event', 'dueOn']);
    // Due the day it is planned: taken.
    expect(run(s, [{ ...PLAN_A, dueOn: '2026-09-28' }]).value).toBe('planned');
  });

  test('DEF-TRACK: a reason or an evaluation that is blank, too long or not a string is refused', () => {
    const s = run(trackingB(), [{ type: 'clock.tick', now: sh('10-10T00:00') }]);
    for (const reason of ['', ' \n ', 'x'.repeat(2001), 7]) {
      expectRefused(s, { type: 'miss.explained', at: sh('10-12T09:00'), reason }, ['event', 'reason']);
    }
    expectRefused(s, { type: 'miss.evaluated', at: sh('10-12T09:00'), evaluation: '  ' }, [
      'event',
      'evaluation',
    ]);
  });

  test('DEF-FLOW: parseDefectEvent gives the event rebuilt, its instant canonical', () => {
    expect(parseDefectEvent({ ...PLAN_A }, run(start(), TO_DECIDED_A).context)).toEqual({
      success: true,
      data: { type: 'rectification.planned', at: '2026-09-28T02:00:00.000Z', dueOn: '2026-10-09' },
    });
  });
});

describe('DEF-FLOW: the input is checked', () => {
  test('DEF-SOURCE: source "garbage", id 42, major "yes" or a naive instant start no machine: an error snapshot at the input path', () => {
    for (const [change, path] of [
      [{ source: 'garbage' }, 'source'],
      [{ id: 42 }, 'id'],
      [{ major: 'yes' }, 'major'],
      [{ reportedAt: '2026-09-21T10:00:00' }, 'reportedAt'],
      [{ discipline: 'hvac' }, 'discipline'],
    ] as const) {
      const [s] = initialTransition(defectMachine, { ...SEP21, ...change } as never);
      expect(s.status).toBe('error');
      expect([(s.error as InvalidArgumentError).code, (s.error as InvalidArgumentError).path]).toEqual([
        'INVALID_ARGUMENT',
        ['input', path],
      ]);
    }
  });

  test('DEF-FLOW: no input starts no machine: an error snapshot at input; with input the same machine starts', () => {
    const [a] = initialTransition(defectMachine, undefined as never);
    expect(a.status).toBe('error');
    expect((a.error as InvalidArgumentError).path).toEqual(['input']);
    expect(initialTransition(defectMachine, SEP21)[0].status).toBe('active');
  });

  test('DEF-FLOW: an actor given a bad event stops with that library error; checking first keeps it running', () => {
    const actor = createActor(defectMachine, { input: SEP21 });
    const errors: unknown[] = [];
    actor.subscribe({ error: (e) => errors.push(e) });
    actor.start();
    const bad = { type: 'contactForm.generated', at: 'now' };
    expect(parseDefectEvent(bad, actor.getSnapshot().context).success).toBe(false);
    actor.send(bad as never);
    const snap = actor.getSnapshot() as { status: string; error: unknown };
    expect(snap.status).toBe('error');
    expect(snap.error).toBeInstanceOf(RealtyCrmError);
    expect(errors).toHaveLength(1);
  });
});
