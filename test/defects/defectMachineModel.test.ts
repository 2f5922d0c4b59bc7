/**
 * The model test of the defect machine: random event sequences (malformed payloads and
 * events out of time order included) across 2026 National Day, driven through the pure
 * API. After every event:
 *
 * - a refused event throws a `RealtyCrmError` (`INVALID_EVENT`) and changes nothing;
 * - every snapshot survives JSON and restores to the same state and context;
 * - the overdue flag is what `assessDefectPlanOutcome` says of the plan at the clock, and
 *   `nextDueAt` is what the context implies; the due day never changes once set;
 * - a plan that ends tracking missed has its stated reason and evaluation, and one that
 *   ends on plan has its confirmation form, as `canCompleteDefectTracking` asks;
 * - closed is final.
 *
 * 10^3 sequences in the suite; `npm run test:fuzz` runs 10^4 (FUZZ_RUNS).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { RealtyCrmError } from '../../src/core/errors.js';
import { assessDefectPlanOutcome } from '../../src/defects/assessDefectPlanOutcome.js';
import { canCompleteDefectTracking } from '../../src/defects/canCompleteDefectTracking.js';
import { computeDefectNextDueAt } from '../../src/defects/computeDefectNextDueAt.js';
import { createDefectMachine } from '../../src/defects/defectMachine.js';
import { restoreDefectSnapshot } from '../../src/defects/restoreDefectSnapshot.js';
import { DEFECT_SOURCES } from '../../src/defects/types.js';
import { aoyuan2014, sinoOcean2008 } from '../../src/presets/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const MACHINES = [sinoOcean2008, aoyuan2014].map((policy) => createDefectMachine({ policy }));
const REPORTED = Date.parse('2026-09-21T10:00:00+08:00');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const shanghai = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString();
const inst = (ms: number) => `${shanghai(ms).slice(0, 19)}+08:00`;

const junk = fc.oneof(
  fc.constantFrom(undefined, null, Number.NaN, 10n, '', '  ', 'tomorrow', 42, true),
  fc.constant(new Date('2026-09-22T01:00:00Z')),
  fc.constant({ nested: 1 }),
  fc.string({ maxLength: 8 }),
);
const maybe = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 9, arbitrary: good }, { weight: 1, arbitrary: junk });
const bool = fc.boolean();

/** The events of each type at `minutes` after the collection, fields mostly right. */
const eventsAt = (minutes: number): Readonly<Record<string, fc.Arbitrary<unknown>>> => {
  const ms = REPORTED + minutes * MINUTE;
  const at = maybe(fc.constant(inst(ms)));
  const dueOn = maybe(fc.integer({ min: -1, max: 12 }).map((d) => shanghai(ms + d * DAY).slice(0, 10)));
  const timed = (type: string, extra: Record<string, fc.Arbitrary<unknown>> = {}) =>
    fc.record({ type: fc.constant(type), at, ...extra });
  return {
    'contactForm.generated': timed('contactForm.generated'),
    'decision.made': fc.oneof(
      timed('decision.made', {
        needsRectification: maybe(bool),
        // Mostly every factor holding (grade A), else any combination.
        feasibility: maybe(
          fc.oneof(
            {
              weight: 2,
              arbitrary: fc.constant({ constructionCapacity: true, technical: true, schedule: true }),
            },
            fc.record({ constructionCapacity: bool, technical: bool, schedule: bool }),
          ),
        ),
      }),
      timed('decision.made', { needsRectification: maybe(bool) }),
    ),
    'rectification.planned': timed('rectification.planned', { dueOn }),
    'rectification.carriedOut': timed('rectification.carriedOut'),
    'rectification.accepted': timed('rectification.accepted'),
    'rectification.verified': timed('rectification.verified'),
    'prevention.filed': timed('prevention.filed', { dueOn }),
    'prevention.implemented': timed('prevention.implemented'),
    'confirmation.filed': timed('confirmation.filed'),
    'miss.explained': timed('miss.explained', { reason: maybe(fc.constantFrom('材料到货延迟', '工期冲突')) }),
    'miss.evaluated': timed('miss.evaluated', {
      evaluation: maybe(fc.constantFrom('同意延期', '责任部门考核')),
    }),
    'summary.recorded': timed('summary.recorded'),
    'clock.tick': fc.record({ type: fc.constant('clock.tick'), now: at }),
    // A type the machine does not have, and a field where none belongs.
    wrong: fc.oneof(
      fc.record({ type: fc.constantFrom('decision.make', 'prevention', 'xstate.nothing'), at }),
      fc.record({ type: fc.constant('summary.recorded'), at, note: fc.string() }),
    ),
  };
};
const TYPES = Object.keys(eventsAt(0));

/**
 * The lifecycle of each grade in order: a sequence follows one of them most of the time
 * (uniformly random events seldom get past the decision), with random events of any type
 * in between.
 */
const FLOWS = [
  [
    'contactForm.generated',
    'decision.made',
    'rectification.planned',
    'rectification.carriedOut',
    'rectification.accepted',
    'rectification.verified',
    'confirmation.filed',
    'miss.explained',
    'miss.evaluated',
    'summary.recorded',
  ],
  [
    'contactForm.generated',
    'decision.made',
    'prevention.filed',
    'prevention.implemented',
    'confirmation.filed',
    'miss.explained',
    'miss.evaluated',
    'summary.recorded',
  ],
] as const;

/** Steps: minutes mostly forward (hours to days apart), sometimes back; the next flow event or a random one. */
const sequence = fc
  .tuple(
    fc.integer({ min: 0, max: FLOWS.length - 1 }),
    fc.array(
      fc.tuple(
        fc.oneof(
          { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 * 24 * 60 }) },
          fc.integer({ min: -2 * 24 * 60, max: -1 }),
        ),
        fc.oneof({ weight: 6, arbitrary: fc.constant('flow') }, fc.constantFrom(...TYPES)),
      ),
      { minLength: 1, maxLength: 40 },
    ),
  )
  .chain(([flow, steps]) => {
    let minutes = 0;
    let next = 0;
    const path = FLOWS[flow] as readonly string[];
    return fc.tuple(
      ...steps.map(([d, kind]) => {
        minutes = Math.max(0, minutes + d);
        const type = kind === 'flow' ? (path[Math.min(next++, path.length - 1)] as string) : kind;
        return eventsAt(minutes)[type] as fc.Arbitrary<unknown>;
      }),
    );
  });

describe('the defect machine under random event sequences', () => {
  it('DEF-TRACK: refused events change nothing, every snapshot restores, the overdue flag is the plan outcome at the clock, closed is final', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MACHINES.length - 1 }),
        fc.constantFrom(...DEFECT_SOURCES),
        bool,
        sequence,
        (which, source, major, events) => {
          const machine = MACHINES[which] as (typeof MACHINES)[number];
          let [s] = initialTransition(machine, { id: 'D-1', source, major, reportedAt: inst(REPORTED) });
          expect(s.status).toBe('active');
          for (const event of events) {
            const before = JSON.stringify(s);
            let next: typeof s;
            try {
              [next] = transition(machine, s, event as never);
            } catch (e) {
              expect(e).toBeInstanceOf(RealtyCrmError);
              expect((e as RealtyCrmError).code).toBe('INVALID_EVENT');
              expect(JSON.stringify(s)).toBe(before);
              continue;
            }
            const c = next.context;
            const restored = restoreDefectSnapshot(machine, JSON.stringify(next));
            expect([restored.value, restored.context]).toEqual([next.value, c]);
            expect(c.nextDueAt).toBe(computeDefectNextDueAt(c));
            const due = c.deadlines.planDue;
            if (due !== null) {
              const outcome = assessDefectPlanOutcome({
                dueOn: due.lastDay,
                ...(c.planCompletedAt === null ? {} : { completedAt: c.planCompletedAt }),
                now: c.clockAt,
              }).outcome;
              expect(c.overdue.plan).toBe(outcome === 'missed');
            } else expect(c.overdue.plan).toBe(false);
            if (s.context.deadlines.planDue !== null) expect(due).toEqual(s.context.deadlines.planDue);
            expect(c.hqReport !== null).toBe(major && c.contactFormAt !== null);
            if (c.trackingOutcome !== null && s.context.trackingOutcome === null) {
              const done = canCompleteDefectTracking({
                outcome: c.trackingOutcome,
                confirmationFiled: c.confirmationFiledAt !== null,
                ...(c.missedReason === null ? {} : { missedReason: c.missedReason }),
                ...(c.reviewEvaluation === null ? {} : { reviewEvaluation: c.reviewEvaluation }),
              });
              expect(done.allowed).toBe(true);
            }
            expect(c.clockAt >= s.context.clockAt).toBe(true);
            if (s.value === 'closed') {
              expect(next.value).toBe('closed');
              expect(c).toEqual(s.context);
            }
            reached.add(`${String(next.value)}${c.decision === null ? '' : `/${c.decision.grade}`}`);
            s = next;
          }
        },
      ),
      { numRuns: RUNS },
    );
    // The sequences reach every state, on both grades' paths.
    expect([...reached].sort()).toEqual(
      [
        'collected',
        'generated',
        'decided/A',
        'decided/B',
        'planned/A',
        'carriedOut/A',
        'accepted/A',
        'tracking/A',
        'tracking/B',
        'summarising/A',
        'summarising/B',
        'closed/A',
        'closed/B',
      ].sort(),
    );
  }, 600_000);
});
