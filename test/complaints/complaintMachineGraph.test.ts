/**
 * Paths of the complaint machine from xstate/graph.
 *
 * How the traversal is bounded: the machine's context is unbounded in principle (any
 * instant may arrive), so the graph functions get a finite set of sample events with fixed
 * instants (LIFECYCLE), and the events that only move the clock, the severity or the
 * reports (SIDE_EVENTS) are applied one step from every snapshot rather than traversed.
 * That loses nothing: no guard reads what a side event writes (overdue flags, severity,
 * warnings, event reports, delayOnCompanySide, nextDueAt, clockAt), which a test below
 * checks, so side events never change which lifecycle transition is enabled. Events the
 * machine refuses (dated before the previous event) are filtered out, as an app that
 * checks first with `parseComplaintEvent` would. One lifecycle self-loop grows the context
 * without end: a further unanswered callback in `unreachable` or `disputed` counts an
 * attempt (an example test covers it); the traversal filters it out. For simple paths,
 * which grow with every cycle, snapshots are identified by what the guards read (the
 * state value, callbackAttempts, the impasse, and the instant of the handling opinion):
 * snapshots that agree on these take the same transitions for every event.
 */

import { describe, expect, test } from 'vitest';
import { type AnyMachineSnapshot, transition } from 'xstate';
import { getAdjacencyMap, getShortestPaths, getSimplePaths, toDirectedGraph } from 'xstate/graph';
import { parseComplaintEvent } from '../../src/complaints/complaintEvents.js';
import { complaintMachine } from '../../src/complaints/complaintMachine.js';
import type { ComplaintMachineEvent } from '../../src/complaints/complaintMachineTypes.js';
import { restoreComplaintSnapshot } from '../../src/complaints/restoreComplaintSnapshot.js';
import { callback, NOV, NOV_STEPS, type Snapshot, sh, tick } from './_machine.js';

const LIFECYCLE: readonly ComplaintMachineEvent[] = [
  ...NOV_STEPS,
  ...(['satisfied', 'not-satisfied', 'no-answer', 'refused'] as const).map((o) =>
    callback(sh('11-07T10:00'), o),
  ),
  { type: 'reply.attached', at: sh('11-07T10:00') },
  { type: 'impasse.recorded', at: sh('11-07T11:00'), grounds: 'customer-never-accepts' },
  { type: 'impasse.recorded', at: sh('11-07T11:00'), grounds: 'beyond-authority-or-capacity' },
  { type: 'lawsuit.filed', at: sh('11-20T10:00'), filedOn: '2026-11-19', handlingCompliedWithLaw: true },
  { type: 'opinion.served', at: sh('11-20T10:00'), via: 'ems', proofKept: true },
];
const SIDE_EVENTS: readonly ComplaintMachineEvent[] = [
  tick(sh('11-08T00:00')),
  tick(sh('11-12T00:00')),
  { type: 'severity.assessed', at: sh('11-08T09:00'), facts: { householdsComplainingTogether: 10 } },
  { type: 'severity.assessed', at: sh('11-08T09:00'), facts: { householdsComplainingTogether: 5 } },
  { type: 'severity.assessed', at: sh('11-08T09:00'), facts: { crisisSignals: ['disaster'] } },
  { type: 'delay.attributed', at: sh('11-08T09:00'), side: 'customer' },
  { type: 'delay.attributed', at: sh('11-08T09:00'), side: 'company' },
  { type: 'warning.sent', at: sh('11-08T10:00') },
  { type: 'event.reported', at: sh('11-08T10:00') },
];
const CLOSING = (e: ComplaintMachineEvent) =>
  (e.type === 'callback.completed' && e.outcome === 'satisfied') ||
  e.type === 'reply.attached' ||
  e.type === 'lawsuit.filed' ||
  e.type === 'opinion.served';
const isClosed = (s: AnyMachineSnapshot) => s.value === 'closed';
const accepted = (s: Snapshot, e: ComplaintMachineEvent) => parseComplaintEvent(e, s.context).success;
const traversal = (hasContactInfo: boolean) => ({
  input: { ...NOV, hasContactInfo },
  events: LIFECYCLE as ComplaintMachineEvent[],
  filterEvents: (s: Snapshot, e: ComplaintMachineEvent) =>
    accepted(s, e) &&
    !(
      e.type === 'callback.completed' &&
      e.outcome === 'no-answer' &&
      (s.value === 'unreachable' || s.value === 'disputed')
    ),
});
const guardKey = (s: Snapshot) =>
  JSON.stringify([
    s.value,
    s.context.callbackAttempts,
    s.context.customerNeverAccepts || s.context.beyondAuthorityOrCapacity,
    s.context.handlingCompletedAt ?? s.context.opinionGivenAt,
    s.context.lastEventAt,
  ]);
const ALL_STATES = Object.keys(complaintMachine.root.states);
/**
 * Full snapshots (value and context) of the traversal: 138 with contact information, 25
 * without (160 and 28 before events were held to their order: a lawsuit on 11-20 can no
 * longer be followed by an impasse dated 11-07).
 */
const NODES_WITH_CONTACT = 138;
const NODES_WITHOUT = 25;
const reachable = new Map(
  [true, false].map((contact) => [
    contact,
    Object.values(getAdjacencyMap(complaintMachine, traversal(contact))),
  ]),
);
/** Each side event a snapshot accepts, applied once. */
const sideSteps = (s: Snapshot) =>
  SIDE_EVENTS.filter((e) => accepted(s, e)).map((e) => [e, transition(complaintMachine, s, e)[0]] as const);

describe.each([true, false])('graph, hasContactInfo %s', (contact) => {
  const nodes = reachable.get(contact) ?? [];

  test('CMP-FLOW: every state is reachable (all nine with contact information; no unreachable or disputed without)', () => {
    const paths = getShortestPaths(complaintMachine, traversal(contact));
    const values = new Set(paths.map((p) => p.state.value));
    const expected = contact ? ALL_STATES : ALL_STATES.filter((v) => v !== 'unreachable' && v !== 'disputed');
    expect([...values].sort()).toEqual([...expected].sort());
    expect(nodes.length).toBe(contact ? NODES_WITH_CONTACT : NODES_WITHOUT);
  });

  test('CMP-CLOSE: from every state short of closed some path reaches closed', () => {
    const representatives = new Map(nodes.map((n) => [guardKey(n.state), n.state]));
    for (const from of representatives.values()) {
      if (isClosed(from)) continue;
      const paths = getShortestPaths(complaintMachine, {
        ...traversal(contact),
        fromState: from,
        serializeState: guardKey,
        toState: isClosed,
      });
      expect(paths.length, `no path to closed from ${guardKey(from)}`).toBeGreaterThan(0);
    }
  });

  test('CMP-CLOSE: every path to closed passes a satisfied callback, an attached reply or an alternative closure', () => {
    const paths = getSimplePaths(complaintMachine, {
      ...traversal(contact),
      serializeState: guardKey,
      toState: isClosed,
    });
    // Fewer than before the event order was checked: a path cannot go back in time.
    expect(paths.length).toBe(contact ? 76 : 9);
    for (const p of paths) expect(p.steps.some((step) => CLOSING(step.event))).toBe(true);
    // The same on the full graph: every edge into closed is a closing event.
    for (const n of nodes) {
      const edges = Object.values(n.transitions) as { event: ComplaintMachineEvent; state: Snapshot }[];
      for (const t of edges) {
        if (isClosed(t.state) && !isClosed(n.state))
          expect(CLOSING(t.event), JSON.stringify(t.event)).toBe(true);
      }
    }
  });

  test('CMP-FLOW: every reachable snapshot, and each one a side event away, survives a JSON round trip and resumes alike', () => {
    const snapshots = nodes.flatMap((n) => [n.state, ...sideSteps(n.state).map(([, s]) => s)]);
    expect(snapshots.length).toBeGreaterThan(nodes.length);
    for (const s of snapshots) {
      const restored = restoreComplaintSnapshot(complaintMachine, JSON.parse(JSON.stringify(s)));
      expect(restored.value).toEqual(s.value);
      expect(restored.status).toEqual(s.status);
      expect(restored.context).toEqual(s.context);
      for (const e of [LIFECYCLE[5], LIFECYCLE[7], tick(sh('11-25T00:00'))]) {
        if (e === undefined || !accepted(s, e)) continue;
        const [a] = transition(complaintMachine, restored, e);
        const [b] = transition(complaintMachine, s, e);
        expect([a.value, a.context]).toEqual([b.value, b.context]);
      }
    }
  }, 60_000);

  test('CMP-WARN: side events change no state and nothing a guard reads', () => {
    for (const n of nodes) {
      for (const [, next] of sideSteps(n.state)) {
        expect(next.value).toBe(n.state.value);
        expect(
          guardKey({
            ...next,
            context: { ...next.context, lastEventAt: n.state.context.lastEventAt },
          } as Snapshot),
        ).toBe(guardKey(n.state));
        expect(next.context.closure).toEqual(n.state.context.closure);
      }
    }
  });
});

test('CMP-CLOSE: in the machine definition, every transition into closed is a closing event', () => {
  const graph = toDirectedGraph(complaintMachine);
  const edges = graph.children.flatMap((c) => c.edges).filter((e) => e.target.key === 'closed');
  expect(new Set(edges.map((e) => e.label.text))).toEqual(
    new Set(['callback.completed', 'reply.attached', 'lawsuit.filed', 'opinion.served']),
  );
});
