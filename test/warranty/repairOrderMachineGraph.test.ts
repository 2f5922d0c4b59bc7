/**
 * Paths of the repair-order machine from xstate/graph.
 *
 * How the traversal is bounded: every event is dated one hour after the snapshot's last
 * event (so none is refused for its order), and snapshots are identified by what the
 * lifecycle guards read (the state, the survey owed and made, the warranty, the charges
 * accepted, the hidden works and their inspection): snapshots that agree on these take
 * the same lifecycle transitions. The lifecycle events are traversed, over three
 * classifications (a leak in warranty, a structural crack that touches safety, a door out
 * of warranty); the events that only record around the flow (visits, the contractor's
 * replacement, compensation, the authority report, ticks) are applied from every snapshot,
 * one at a time and all in a row, and a test checks they change no state and nothing a
 * lifecycle guard reads.
 */

import { describe, expect, test } from 'vitest';
import { transition } from 'xstate';
import { getAdjacencyMap, getShortestPaths, toDirectedGraph } from 'xstate/graph';
import { repairOrderMachine } from '../../src/warranty/repairOrderMachine.js';
import type { RepairOrderMachineEvent } from '../../src/warranty/repairOrderMachineTypes.js';
import { restoreRepairOrderSnapshot } from '../../src/warranty/restoreRepairOrderSnapshot.js';
import { DOOR, LEAK, SEP21, type Snapshot } from './_repairOrder.js';

const HOUR = 3_600_000;
/** An hour after the snapshot's last event (or clock, for a tick). */
const later = (s: Snapshot, hours = 1) =>
  new Date(Date.parse(s.context.lastEventAt) + hours * HOUR).toISOString();

const CLASSIFICATIONS = [
  LEAK,
  { ...LEAK, component: 'foundation-and-structure', problem: 'structural-crack', structuralSafety: true },
  { ...DOOR, inWarranty: false },
] as const;

const lifecycle = (s: Snapshot): RepairOrderMachineEvent[] => {
  const at = later(s);
  return [
    ...CLASSIFICATIONS.map((c) => ({ ...c, at })),
    { type: 'survey.completed', at },
    { type: 'plan.confirmed', at },
    { type: 'charges.accepted', at, amountYuan: 200 },
    { type: 'repair.started', at },
    { type: 'hiddenWorks.recorded', at, works: ['pipe'] },
    { type: 'hiddenWorks.inspected', at },
    { type: 'repair.completed', at },
    { type: 'acceptance.recorded', at, outcome: 'accepted' },
    { type: 'acceptance.recorded', at, outcome: 'rejected' },
    { type: 'callback.completed', at },
  ];
};

const side = (s: Snapshot): RepairOrderMachineEvent[] => {
  const at = later(s);
  return [
    { type: 'visit.agreed', at, visitAt: later(s, 20) },
    { type: 'visit.rescheduled', at, visitAt: later(s, 30) },
    { type: 'visit.arrived', at },
    { type: 'authority.reported', at },
    { type: 'contractor.replaced', at, failure: 'refused', thirdPartyId: 'S-1' },
    { type: 'evidence.recorded', at },
    { type: 'penaltyNotice.issued', at },
    { type: 'compensation.planned', at, amountYuan: 5000 },
    { type: 'compensation.approved', at },
    { type: 'deduction.notified', at },
    { type: 'clock.tick', now: later(s, 24 * 20) },
  ];
};

const guardKey = (s: Snapshot) => {
  const c = s.context;
  return JSON.stringify([
    s.value,
    c.survey?.required ?? null,
    c.survey?.surveyedAt != null,
    c.classification?.inWarranty ?? null,
    c.charges !== null,
    c.hiddenWorks,
    c.hiddenWorksInspectedAt !== null,
  ]);
};
const isClosed = (s: Snapshot) => s.value === 'closed';
const traversal = {
  input: SEP21,
  events: lifecycle,
  serializeState: guardKey,
};
const nodes = Object.values(getAdjacencyMap(repairOrderMachine, traversal)).map((n) => n.state);

/** Side events from a snapshot: each one alone, and all of them in a row. */
function sideSnapshots(s: Snapshot): Snapshot[] {
  const out: Snapshot[] = [];
  for (const e of side(s)) out.push(transition(repairOrderMachine, s, e)[0]);
  let chain = s;
  for (let i = 0; i < side(s).length; i++) {
    chain = transition(repairOrderMachine, chain, side(chain)[i] as RepairOrderMachineEvent)[0];
    out.push(chain);
  }
  return out;
}

describe('the repair-order machine as a graph', () => {
  test('WAR-FLOW: every state is reachable', () => {
    const paths = getShortestPaths(repairOrderMachine, traversal);
    const values = new Set(paths.map((p) => String(p.state.value)));
    expect([...values].sort()).toEqual(Object.keys(repairOrderMachine.root.states).sort());
    // 116 guard-distinct snapshots: 8 states over the three classifications, hidden works and charges.
    expect(nodes.length).toBe(116);
  });

  test('WAR-FLOW: closed is reachable from every state short of it, side events or not', () => {
    const from = [...nodes, ...nodes.flatMap(sideSnapshots)];
    const seen = new Set<string>();
    for (const s of from) {
      const key = guardKey(s);
      if (isClosed(s) || seen.has(key)) continue;
      seen.add(key);
      const paths = getShortestPaths(repairOrderMachine, { ...traversal, fromState: s, toState: isClosed });
      expect(paths.length, `no path to closed from ${key}`).toBeGreaterThan(0);
    }
    expect(seen.size).toBeGreaterThan(10);
  }, 60_000);

  test('WAR-FLOW: every path into closed is a callback after an accepted acceptance', () => {
    const graph = toDirectedGraph(repairOrderMachine);
    const edges = graph.children.flatMap((c) => c.edges).filter((e) => e.target.key === 'closed');
    expect(edges.map((e) => [e.source.key, e.label.text])).toEqual([['callback', 'callback.completed']]);
    const paths = getShortestPaths(repairOrderMachine, { ...traversal, toState: isClosed });
    for (const p of paths) {
      const types = p.steps.map((step) => step.event.type);
      expect(types).toContain('repair.completed');
      expect(p.state.context.acceptedAt).not.toBeNull();
    }
  });

  test('WAR-FLOW: every reachable snapshot, and each one side events away, survives JSON, restores whole and resumes alike', () => {
    const resumes = new Set(nodes);
    const snapshots = [...nodes, ...nodes.flatMap(sideSnapshots)];
    for (const s of snapshots) {
      const json = JSON.stringify(s);
      const restored = restoreRepairOrderSnapshot(repairOrderMachine, json);
      expect([restored.value, restored.status]).toEqual([s.value, s.status]);
      expect(restored.context).toEqual(s.context);
      if (!resumes.has(s)) continue;
      for (const e of [...lifecycle(s).slice(3, 5), ...side(s)]) {
        const [a] = transition(repairOrderMachine, restored, e);
        const [b] = transition(repairOrderMachine, s, e);
        expect([a.value, a.context]).toEqual([b.value, b.context]);
      }
    }
  }, 60_000);

  test('WAR-CONTRACTOR: side events (visits, replacement, compensation, authority, ticks) change no state and nothing a lifecycle guard reads', () => {
    for (const s of nodes) {
      for (const next of sideSnapshots(s)) {
        expect(next.value).toBe(s.value);
        expect(guardKey(next)).toBe(guardKey(s));
      }
    }
  }, 60_000);
});
