/**
 * Shared helpers of the defect machine's tests: inputs on real 2026 dates (around National
 * Day: 10-01..10-07 off, 10-10 a makeup working day), the flows of both grades, and small
 * drivers over the pure API.
 */

import { initialTransition, transition } from 'xstate';
import { type DefectMachine, defectMachine } from '../../src/defects/defectMachine.js';
import type { DefectMachineEvent, DefectMachineInput } from '../../src/defects/defectMachineTypes.js';

export type Snapshot = ReturnType<typeof initialTransition<DefectMachine>>[0];

/** An instant in Asia/Shanghai time, 2026: `sh('09-21T10:00')`. */
export const sh = (s: string) => `2026-${s}:00+08:00`;
/** The canonical UTC form of an Asia/Shanghai instant. */
export const utc = (s: string) => new Date(sh(s)).toISOString();

/** A defect found on a patrol, the Monday a week before National Day 2026. */
export const SEP21: DefectMachineInput = {
  id: 'D-1',
  source: 'patrol',
  major: false,
  reportedAt: sh('09-21T10:00'),
};
export const ALL_FEASIBLE = { constructionCapacity: true, technical: true, schedule: true } as const;

/** Up to the decision, grade A (every factor holds). */
export const TO_DECIDED_A = [
  { type: 'contactForm.generated', at: sh('09-22T10:00') },
  { type: 'decision.made', at: sh('09-24T15:00'), needsRectification: true, feasibility: ALL_FEASIBLE },
] as const satisfies readonly DefectMachineEvent[];

/** Up to the decision, grade B (no rectification needed). */
export const TO_DECIDED_B = [
  { type: 'contactForm.generated', at: sh('09-22T10:00') },
  { type: 'decision.made', at: sh('09-24T15:00'), needsRectification: false },
] as const satisfies readonly DefectMachineEvent[];

/** Grade A, planned on 09-28 and due 10-09, the Friday after National Day. */
export const PLAN_A = { type: 'rectification.planned', at: sh('09-28T10:00'), dueOn: '2026-10-09' } as const;
/** Grade B, filed on 09-28 and due 10-09. */
export const FILE_B = { type: 'prevention.filed', at: sh('09-28T10:00'), dueOn: '2026-10-09' } as const;

export function start(input: DefectMachineInput = SEP21, machine: DefectMachine = defectMachine): Snapshot {
  return initialTransition(machine, input)[0];
}

export function run(
  snapshot: Snapshot,
  events: readonly DefectMachineEvent[],
  machine: DefectMachine = defectMachine,
): Snapshot {
  let s = snapshot;
  for (const e of events) s = transition(machine, s, e)[0];
  return s;
}

export const tick = (now: string) => ({ type: 'clock.tick', now }) as const;

/** Grade A in `tracking`, accepted at `acceptedAt` (on 10-09 by default: on plan). */
export const trackingA = (acceptedAt = sh('10-09T18:00'), machine: DefectMachine = defectMachine) =>
  run(
    start(SEP21, machine),
    [
      ...TO_DECIDED_A,
      PLAN_A,
      { type: 'rectification.carriedOut', at: sh('10-08T10:00') },
      { type: 'rectification.accepted', at: acceptedAt },
      // Verified on 10-12, or when accepted if that is later.
      { type: 'rectification.verified', at: [acceptedAt, sh('10-12T10:00')].sort()[1] as string },
    ],
    machine,
  );

/** Grade B in `tracking`, filed on 09-28 and due 10-09. */
export const trackingB = (machine: DefectMachine = defectMachine) =>
  run(start(SEP21, machine), [...TO_DECIDED_B, FILE_B], machine);
