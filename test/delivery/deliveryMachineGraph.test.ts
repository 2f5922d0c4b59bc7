/**
 * Paths of the two delivery machines from xstate/graph. The traversal gets a finite set of
 * lifecycle events with fixed instants; events that only move the clock or record a
 * milestone (side events) are applied one step from every snapshot. No guard reads what a
 * side event writes (overdue flags, doneAt, clockAt, nextDueAt), which a test below checks.
 * Events the machine refuses (dated before the previous event) are filtered out, as an app
 * that checks first with `parse*Event` would.
 */

import { describe, expect, test } from 'vitest';
import { type AnyMachineSnapshot, transition } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { parseDeliveryBatchEvent } from '../../src/delivery/deliveryBatchEvents.js';
import { deliveryBatchMachine } from '../../src/delivery/deliveryBatchMachine.js';
import type { DeliveryBatchMachineEvent } from '../../src/delivery/deliveryBatchMachineTypes.js';
import { parseHouseholdDeliveryEvent } from '../../src/delivery/householdDeliveryEvents.js';
import { householdDeliveryMachine } from '../../src/delivery/householdDeliveryMachine.js';
import type { HouseholdDeliveryMachineEvent } from '../../src/delivery/householdDeliveryMachineTypes.js';
import {
  restoreDeliveryBatchSnapshot,
  restoreHouseholdDeliverySnapshot,
} from '../../src/delivery/restoreDeliverySnapshots.js';
import {
  type BatchSnapshot,
  blockedCheck,
  HOUSEHOLD,
  type HouseholdSnapshot,
  OCT12,
  OCT12_BEIJING,
  readyCheck,
  sh,
} from './_machines.js';

const BATCH_LIFECYCLE: DeliveryBatchMachineEvent[] = [
  { type: 'plan.approved', at: sh('08-10T10:00') },
  { type: 'riskCheck.assessed', at: sh('09-11T10:00'), check: blockedCheck() },
  { type: 'riskCheck.assessed', at: sh('09-12T10:00'), check: readyCheck() },
  { type: 'preInspection.completed', at: sh('09-13T10:00') },
  { type: 'handover.completed', at: sh('09-20T10:00') },
  { type: 'centralized.ended', at: sh('10-18T18:00') },
  { type: 'sporadic.ended', at: sh('10-20T18:00') },
  { type: 'summary.submitted', at: sh('10-21T10:00') },
  { type: 'sporadic.ended', at: sh('10-25T18:00') },
  { type: 'summary.submitted', at: sh('10-28T10:00') },
];
const BATCH_SIDE: DeliveryBatchMachineEvent[] = [
  { type: 'clock.tick', now: sh('09-01T00:00') },
  { type: 'clock.tick', now: sh('10-24T00:00') },
  { type: 'milestone.completed', at: sh('08-20T10:00'), milestone: 'risk-team' },
  { type: 'milestone.completed', at: sh('09-30T10:00'), milestone: 'notice-pack-mailed' },
];
const HOUSEHOLD_LIFECYCLE: HouseholdDeliveryMachineEvent[] = [
  { type: 'preInspection.completed', at: sh('10-05T10:00'), repairItems: [{ discipline: 'civil' }] },
  { type: 'preInspection.completed', at: sh('10-05T10:00'), repairItems: [] },
  {
    type: 'inspection.completed',
    at: sh('10-12T10:00'),
    mode: 'centralized',
    repairItems: [{ discipline: 'plumbing' }],
  },
  { type: 'inspection.completed', at: sh('10-12T10:00'), mode: 'centralized', repairItems: [] },
  { type: 'eligibility.confirmed', at: sh('10-12T10:30') },
  { type: 'keys.taken', at: sh('10-12T11:00') },
  { type: 'keys.refused', at: sh('10-12T11:00'), reasons: ['渗水'] },
  { type: 'repairs.closed', at: sh('10-15T10:00') },
  { type: 'keys.taken', at: sh('10-16T10:00') },
  // Later ones, so that a household that took another path can still go on.
  {
    type: 'inspection.completed',
    at: sh('10-20T10:00'),
    mode: 'sporadic',
    repairItems: [{ discipline: 'hvac' }],
  },
  { type: 'keys.taken', at: sh('10-21T10:00') },
  { type: 'repairs.closed', at: sh('10-22T10:00') },
];
const HOUSEHOLD_SIDE: HouseholdDeliveryMachineEvent[] = [
  { type: 'clock.tick', now: sh('10-09T00:00') },
  { type: 'clock.tick', now: sh('10-11T00:00') },
  { type: 'preInspectionRepairs.closed', at: sh('10-08T10:00') },
];

interface Case<S extends AnyMachineSnapshot, E> {
  readonly name: string;
  readonly machine: typeof deliveryBatchMachine | typeof householdDeliveryMachine;
  readonly input: unknown;
  readonly lifecycle: E[];
  readonly side: E[];
  readonly accepted: (s: S, e: E) => boolean;
  readonly restore: (json: unknown) => AnyMachineSnapshot;
  readonly final: string;
  readonly states: string[];
  /** What the guards read, besides the state. */
  readonly guardKey: (s: S) => unknown;
}

const batchCase = (
  name: string,
  input: unknown,
  states: string[],
): Case<BatchSnapshot, DeliveryBatchMachineEvent> => ({
  name,
  machine: deliveryBatchMachine,
  input,
  lifecycle: BATCH_LIFECYCLE,
  side: BATCH_SIDE,
  accepted: (s, e) => parseDeliveryBatchEvent(e, s.context).success,
  restore: (json) => restoreDeliveryBatchSnapshot(deliveryBatchMachine, json),
  final: 'closed',
  states,
  guardKey: (s) => [
    s.context.preInspection.required,
    s.context.summarySubmittedAt,
    s.context.lastEventAt,
    s.context.closedAt,
  ],
});
const householdCase = (
  name: string,
  input: unknown,
  states: string[],
): Case<HouseholdSnapshot, HouseholdDeliveryMachineEvent> => ({
  name,
  machine: householdDeliveryMachine,
  input,
  lifecycle: HOUSEHOLD_LIFECYCLE,
  side: HOUSEHOLD_SIDE,
  accepted: (s, e) => parseHouseholdDeliveryEvent(e, s.context).success,
  restore: (json) => restoreHouseholdDeliverySnapshot(householdDeliveryMachine, json),
  final: 'delivered',
  states,
  guardKey: (s) => [
    s.context.eligible,
    s.context.repairItems.map((i) => i.closedAt),
    s.context.preInspectionItems.length,
    s.context.lastEventAt,
    s.context.deliveredAt,
  ],
});

const BATCH_STATES = Object.keys(deliveryBatchMachine.root.states);
const HOUSEHOLD_STATES = Object.keys(householdDeliveryMachine.root.states);
const CASES = [
  ['DLV-STEPS', batchCase('batch in Beijing', OCT12_BEIJING, BATCH_STATES)],
  [
    'DLV-STEPS',
    batchCase(
      'batch elsewhere',
      OCT12,
      BATCH_STATES.filter((s) => s !== 'preInspecting'),
    ),
  ],
  ['DLV-MODE', householdCase('household in Beijing', { ...HOUSEHOLD, region: 'beijing' }, HOUSEHOLD_STATES)],
  [
    'DLV-MODE',
    householdCase(
      'household elsewhere, not eligible',
      { ...HOUSEHOLD, eligible: false },
      HOUSEHOLD_STATES.filter((s) => s !== 'preInspected'),
    ),
  ],
] as const;

describe.each(CASES)('%s graph', (rule, c) => {
  // biome-ignore lint/suspicious/noExplicitAny: one traversal for both machines
  const machine = c.machine as any;
  // biome-ignore lint/suspicious/noExplicitAny: one traversal for both machines
  const accepted = c.accepted as (s: any, e: any) => boolean;
  const traversal = { input: c.input, events: c.lifecycle, filterEvents: accepted };
  const nodes = Object.values(getAdjacencyMap(machine, traversal)) as {
    state: AnyMachineSnapshot;
    transitions: Record<string, { event: unknown; state: AnyMachineSnapshot }>;
  }[];
  const sideSteps = (s: AnyMachineSnapshot) =>
    (c.side as unknown[])
      .filter((e) => accepted(s, e))
      .map((e) => transition(machine, s, e as never)[0] as AnyMachineSnapshot);

  test(`${rule}: ${c.name}: every state is reachable`, () => {
    const values = new Set(getShortestPaths(machine, traversal).map((p) => p.state.value));
    expect([...values].sort()).toEqual([...c.states].sort());
  });

  test(`${rule}: ${c.name}: from every state short of ${c.final} some path reaches ${c.final}`, () => {
    for (const n of nodes) {
      if (n.state.value === c.final) continue;
      // The lifecycle again, every event dated at one later instant (an event at the instant of the previous one is taken).
      const late = (c.lifecycle as { type: string; at: string }[]).map((e) => ({
        ...e,
        at: sh('12-01T10:00'),
      }));
      const paths = getShortestPaths(machine, {
        ...traversal,
        events: late,
        fromState: n.state,
        toState: (s) => s.value === c.final,
      });
      expect(paths.length, `no path to ${c.final} from ${JSON.stringify(n.state.value)}`).toBeGreaterThan(0);
    }
    expect(nodes.some((n) => n.state.value === c.final)).toBe(true);
  });

  test(`${rule}: ${c.name}: every reachable snapshot, and each one a side event away, is plain JSON and restores alike`, () => {
    const snapshots = nodes.flatMap((n) => [n.state, ...sideSteps(n.state)]);
    expect(snapshots.length).toBeGreaterThan(nodes.length);
    for (const s of snapshots) {
      const json = JSON.parse(JSON.stringify(s.context));
      expect(json).toEqual(s.context);
      const restored = c.restore(JSON.parse(JSON.stringify(s)));
      expect([restored.value, restored.status, restored.context]).toEqual([s.value, s.status, s.context]);
    }
  });

  test(`${rule}: ${c.name}: side events change no state and nothing a guard reads`, () => {
    for (const n of nodes) {
      for (const next of sideSteps(n.state)) {
        expect(next.value).toBe(n.state.value);
        const key = (s: AnyMachineSnapshot) =>
          JSON.stringify(
            (c.guardKey as (s: AnyMachineSnapshot) => unknown)({
              ...s,
              context: { ...s.context, lastEventAt: '' },
            }),
          );
        expect(key(next)).toBe(key(n.state));
      }
    }
  });
});
