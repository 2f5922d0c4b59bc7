import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGroupComplaintDetector } from '../../src/complaints/createGroupComplaintDetector.js';
import type { GroupComplaintRecord } from '../../src/complaints/detectGroupComplaints.js';
import {
  createGroupLog,
  createLogCounter,
  logComplaint,
  OPEN,
  OPEN_MAJOR,
} from '../../src/complaints/groupCounts.js';
import { InvalidArgumentError } from '../../src/core/errors.js';

// The compact detector (typed arrays, run-wide household numbers, counts at the end) against
// a straightforward reference: per (project, issue) a Set of households, of open households
// and of open major households, and a brute-force count of the households complaining
// together (every window [t, t + 72 h] that starts at a receipt).

const HOUR = 3_600_000;
const WINDOW = 72 * HOUR; // sinoOcean2008: majorGroupWindowHours 72
const NOW = Date.parse('2026-06-30T12:00:00+08:00');

interface Ref {
  households: Set<string>;
  open: Set<string>;
  major: Set<string>;
  complainants: Set<string>;
  receipts: { t: number; h: string }[];
}

function reference(records: readonly GroupComplaintRecord[], nowMs: number) {
  const groups = new Map<string, Ref>();
  for (const r of records) {
    const t = new Date(r.receivedAt).getTime();
    if ((r.kind !== undefined && r.kind !== 'complaint') || t > nowMs) continue;
    const key = `${r.projectId}\u0000${r.issue}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { households: new Set(), open: new Set(), major: new Set(), complainants: new Set(), receipts: [] };
      groups.set(key, g);
    }
    g.households.add(r.householdId);
    g.receipts.push({ t, h: r.householdId });
    if (t >= nowMs - 30 * 86_400_000) g.complainants.add(r.complainantId);
    if (r.resolvedAt !== undefined && new Date(r.resolvedAt).getTime() <= nowMs) continue;
    g.open.add(r.householdId);
    if ((r.compensationClaimed ?? 0) > 20_000 || r.lawsuitFiled === true) g.major.add(r.householdId);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, g]) => {
      let together = 0;
      for (const { t } of g.receipts) {
        const inWindow = new Set(g.receipts.filter((q) => q.t >= t && q.t <= t + WINDOW).map((q) => q.h));
        together = Math.max(together, inWindow.size);
      }
      const households = g.households.size;
      return {
        key,
        households,
        complainantsWithin30Days: g.complainants.size,
        majorHouseholds: households >= 20 ? g.open.size : g.major.size,
        householdsTogether: together,
      };
    });
}

/** Records over a span of `spanHours`, in `projects` x `issues` groups, with `households` households. */
const recordsArb = (spanHours: number, households: number) =>
  fc.array(
    fc.record({
      p: fc.integer({ min: 0, max: 2 }),
      i: fc.integer({ min: 0, max: 1 }),
      h: fc.integer({ min: 0, max: households - 1 }),
      u: fc.integer({ min: 0, max: 50 }),
      // Whole hours, some on the same instant, and some after now (not counted).
      at: fc.integer({ min: -spanHours, max: 24 }),
      ms: fc.constantFrom(0, 0, 1, 999),
      resolvedAfter: fc.option(fc.integer({ min: 0, max: 2_000 }), { nil: undefined }),
      comp: fc.option(fc.constantFrom(20_000, 20_000.01), { nil: undefined }),
      lawsuit: fc.option(fc.boolean(), { nil: undefined }),
      kind: fc.constantFrom(undefined, undefined, undefined, 'enquiry' as const),
    }),
    { maxLength: 400 },
  );

const toRecords = (raw: ReadonlyArray<Record<string, unknown>>): GroupComplaintRecord[] =>
  raw.map((r, n) => {
    const t = NOW + (r.at as number) * HOUR + (r.ms as number);
    return {
      id: `C-${n}`,
      projectId: `P-${r.p}`,
      issue: `issue-${r.i}`,
      householdId: `H-${r.p}-${r.h}`,
      complainantId: `U-${r.u}`,
      receivedAt: new Date(t).toISOString(),
      ...(r.resolvedAfter === undefined
        ? {}
        : { resolvedAt: new Date(t + (r.resolvedAfter as number) * HOUR).toISOString() }),
      ...(r.comp === undefined ? {} : { compensationClaimed: r.comp as number }),
      ...(r.lawsuit === undefined ? {} : { lawsuitFiled: r.lawsuit as boolean }),
      ...(r.kind === undefined ? {} : { kind: r.kind as 'enquiry' }),
    };
  });

const compact = (records: readonly GroupComplaintRecord[]) => {
  const detector = createGroupComplaintDetector({ now: new Date(NOW) });
  for (const r of records) detector.add(r);
  return detector.findings().map((f) => ({
    key: `${f.projectId}\u0000${f.issue}`,
    households: f.households,
    complainantsWithin30Days: f.complainantsWithin30Days,
    majorHouseholds: f.majorHouseholds,
    householdsTogether: f.householdsTogether,
  }));
};

describe('compact group counts', () => {
  it('CMP-SEV-GROUP: the compact detector counts as a reference of Sets and a brute-force window does (weeks of receipts)', () => {
    fc.assert(
      fc.property(recordsArb(24 * 21, 30), (raw) => {
        const records = toRecords(raw);
        expect(compact(records)).toEqual(reference(records, NOW));
      }),
      { numRuns: 300 },
    );
  });

  it('CMP-SEV-GROUP: the same over more than four years of receipts (the sort without packed keys)', () => {
    fc.assert(
      fc.property(recordsArb(24 * 366 * 5, 25), (raw) => {
        const records = toRecords(raw);
        expect(compact(records)).toEqual(reference(records, NOW));
      }),
      { numRuns: 100 },
    );
  });

  it('CMP-SEV-GROUP: 19 and 20 households complaining within 72 hours, logged past the arrays first size', () => {
    // 20 households, each twice: at the window's two ends (0 h and 72 h) and once 73 h later.
    const at = (hours: number, h: number) => ({
      id: `C-${hours}-${h}`,
      projectId: 'P-1',
      issue: 'roof-leak',
      householdId: `H-${h}`,
      complainantId: `U-${h}`,
      receivedAt: new Date(NOW - 200 * HOUR + hours * HOUR).toISOString(),
    });
    const nineteen = [...Array.from({ length: 18 }, (_, h) => at(0, h)), at(72, 18), at(73, 19)];
    expect(compact(nineteen)[0]?.householdsTogether).toBe(19);
    const twenty = [...Array.from({ length: 18 }, (_, h) => at(0, h)), at(72, 18), at(72, 19)];
    expect(compact(twenty)[0]?.householdsTogether).toBe(20);
    expect(reference(twenty, NOW)[0]?.householdsTogether).toBe(20);
  });

  it('CMP-SEV-DETECT: a record refused for its resolvedAt leaves the counts as they were', () => {
    const good = {
      id: 'C-1',
      projectId: 'P-1',
      issue: 'roof-leak',
      householdId: 'H-1',
      complainantId: 'U-1',
      receivedAt: '2026-06-20T09:00:00+08:00',
    };
    const detector = createGroupComplaintDetector({ now: new Date(NOW) });
    detector.add(good);
    expect(() =>
      detector.add({ ...good, id: 'C-2', householdId: 'H-2', resolvedAt: '2026-06-19T09:00:00+08:00' }),
    ).toThrow(InvalidArgumentError);
    expect(() => detector.add({ ...good, id: 'C-3', householdId: 'H-3', resolvedAt: 'soon' })).toThrow(
      InvalidArgumentError,
    );
    const [f] = detector.findings();
    expect([f?.households, f?.complainantsWithin30Days, f?.householdsTogether]).toEqual([1, 1, 1]);
  });

  it('CMP-SEV-MAJOR-COUNT: open and open-major households are counted once each, from the flags of every complaint', () => {
    const log = createGroupLog('P-1', 'roof-leak');
    // Household 7: closed, then open; household 3: open major twice; household 9: closed only.
    logComplaint(log, 1_000, 7, 0);
    logComplaint(log, 2_000, 7, OPEN);
    logComplaint(log, 3_000, 3, OPEN | OPEN_MAJOR);
    logComplaint(log, 4_000, 3, OPEN | OPEN_MAJOR);
    logComplaint(log, 5_000, 9, 0);
    const count = createLogCounter(10, 2_500);
    expect(count(log)).toEqual({
      households: 3,
      openHouseholds: 2,
      openMajorHouseholds: 1,
      householdsTogether: 2,
    });
    // The counter's scratch arrays are reused: a second log starts from nothing.
    const other = createGroupLog('P-1', 'window-seal');
    logComplaint(other, 1_000, 9, OPEN);
    expect(count(other)).toEqual({
      households: 1,
      openHouseholds: 1,
      openMajorHouseholds: 0,
      householdsTogether: 1,
    });
  });
});
