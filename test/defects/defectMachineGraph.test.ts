/**
 * Paths of the defect machine from xstate/graph.
 *
 * How the traversal is bounded: the graph functions get a finite set of lifecycle events
 * with fixed instants (both grades' decisions, a completion on the due day and one after
 * it), and the clock tick, which only moves the clock and the overdue flag, is applied one
 * step from every snapshot rather than traversed: no guard reads what a tick writes
 * (`clockAt`, `overdue`, `nextDueAt`; tracking's guards judge the plan at the event's own
 * instant), which a test below checks. Events the machine refuses (dated before the
 * previous event) are filtered out, as an app that checks first with `parseDefectEvent`
 * would.
 */

import { describe, expect, test } from 'vitest';
import { type AnyMachineSnapshot, transition } from 'xstate';
import { getAdjacencyMap, getShortestPaths, toDirectedGraph } from 'xstate/graph';
import { parseDefectEvent } from '../../src/defects/defectEvents.js';
import { defectMachine } from '../../src/defects/defectMachine.js';
import type { DefectMachineEvent } from '../../src/defects/defectMachineTypes.js';
import { restoreDefectSnapshot } from '../../src/defects/restoreDefectSnapshot.js';
import {
  FILE_B,
  PLAN_A,
  SEP21,
  type Snapshot,
  sh,
  TO_DECIDED_A,
  TO_DECIDED_B,
  tick,
} from './_defectMachine.js';

const LIFECYCLE: readonly DefectMachineEvent[] = [
  TO_DECIDED_A[0],
  TO_DECIDED_A[1],
  TO_DECIDED_B[1],
  PLAN_A,
  FILE_B,
  { type: 'rectification.carriedOut', at: sh('10-08T10:00') },
  // Accepted / implemented on the due day (on plan) or after it (missed).
  { type: 'rectification.accepted', at: sh('10-09T18:00') },
  { type: 'rectification.accepted', at: sh('10-12T09:00') },
  { type: 'prevention.implemented', at: sh('10-09T18:00') },
  { type: 'prevention.implemented', at: sh('10-12T09:00') },
  { type: 'rectification.verified', at: sh('10-12T10:00') },
  { type: 'confirmation.filed', at: sh('10-12T12:00') },
  { type: 'miss.explained', at: sh('10-12T13:00'), reason: '材料到货延迟' },
  { type: 'miss.evaluated', at: sh('10-12T14:00'), evaluation: '同意延期' },
  { type: 'summary.recorded', at: sh('10-30T10:00') },
];
const SIDE_EVENTS: readonly DefectMachineEvent[] = [tick(sh('10-10T00:00')), tick(sh('11-30T00:00'))];

const accepted = (s: Snapshot, e: DefectMachineEvent) => parseDefectEvent(e, s.context).success;
const traversal = (major: boolean) => ({
  input: { ...SEP21, major },
  events: LIFECYCLE as DefectMachineEvent[],
  filterEvents: (s: Snapshot, e: DefectMachineEvent) => accepted(s, e),
});
const isClosed = (s: AnyMachineSnapshot) => s.value === 'closed';
const ALL_STATES = Object.keys(defectMachine.root.states);
/** What the guards read: the state, the grade, the plan's completion, the reason stated, the event order. */
const guardKey = (s: Snapshot) =>
  JSON.stringify([
    s.value,
    s.context.decision?.grade,
    s.context.planCompletedAt,
    s.context.missedReason,
    s.context.deadlines.planDue,
    s.context.lastEventAt,
  ]);
const sideSteps = (s: Snapshot) =>
  SIDE_EVENTS.filter((e) => accepted(s, e)).map((e) => transition(defectMachine, s, e)[0]);

describe.each([false, true])('graph, major %s', (major) => {
  const nodes = Object.values(getAdjacencyMap(defectMachine, traversal(major))).map((n) => n.state);

  test('DEF-FLOW: every state is reachable', () => {
    const paths = getShortestPaths(defectMachine, traversal(major));
    expect([...new Set(paths.map((p) => p.state.value))].sort()).toEqual([...ALL_STATES].sort());
    // 4 before the grade's path; grade A 11 (accepted on time or late, each tracked, the late
    // one explained, summarised and closed); grade B 11 (implemented on time, late or not at
    // all, explained when missed, summarised and closed, three ways each).
    expect(nodes.length).toBe(26);
  });

  test('DEF-TRACK: closed is reachable from every reachable snapshot, and from each one a tick away', () => {
    for (const from of nodes.flatMap((n) => [n, ...sideSteps(n)])) {
      if (isClosed(from)) continue;
      const paths = getShortestPaths(defectMachine, {
        ...traversal(major),
        fromState: from,
        serializeState: guardKey,
        toState: isClosed,
      });
      expect(paths.length, `no path to closed from ${guardKey(from)}`).toBeGreaterThan(0);
    }
  });

  test('DEF-FLOW: every snapshot is plain JSON, restores whole and resumes alike', () => {
    for (const s of nodes.flatMap((n) => [n, ...sideSteps(n)])) {
      const json = JSON.parse(JSON.stringify(s.context));
      expect(json).toEqual(s.context);
      const restored = restoreDefectSnapshot(defectMachine, JSON.stringify(s));
      expect([restored.value, restored.status, restored.context]).toEqual([s.value, s.status, s.context]);
      for (const e of [...LIFECYCLE, ...SIDE_EVENTS]) {
        if (!accepted(s, e)) continue;
        const [a] = transition(defectMachine, restored, e);
        const [b] = transition(defectMachine, s, e);
        expect([a.value, a.context]).toEqual([b.value, b.context]);
      }
    }
  });

  test('DEF-FLOW: a major defect has its HQ report from the contact form on, every other never', () => {
    for (const s of nodes) {
      expect(s.context.hqReport !== null).toBe(major && s.context.contactFormAt !== null);
    }
  });

  test('DEF-TRACK: a tick changes no state and nothing a guard reads', () => {
    for (const n of nodes) {
      for (const next of sideSteps(n)) {
        expect(next.value).toBe(n.value);
        expect(guardKey(next)).toBe(guardKey(n));
      }
    }
  });
});

test('DEF-RECTIFY: in the machine definition, grade A passes planned, carried out and accepted; grade B goes to tracking at once', () => {
  const graph = toDirectedGraph(defectMachine);
  const edges = graph.children
    .flatMap((c) => c.edges)
    .map((e) => `${e.source.key}-${e.label.text}->${e.target.key}`);
  expect(edges).toEqual(
    expect.arrayContaining([
      'decided-rectification.planned->planned',
      'planned-rectification.carriedOut->carriedOut',
      'carriedOut-rectification.accepted->accepted',
      'accepted-rectification.verified->tracking',
      'decided-prevention.filed->tracking',
      'tracking-confirmation.filed->summarising',
      'tracking-miss.evaluated->summarising',
      'summarising-summary.recorded->closed',
    ]),
  );
  expect(edges.filter((e) => e.endsWith('->closed'))).toEqual(['summarising-summary.recorded->closed']);
});
