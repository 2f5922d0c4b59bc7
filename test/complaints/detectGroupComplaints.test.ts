import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessComplaintSeverity } from '../../src/complaints/assessComplaintSeverity.js';
import {
  createGroupComplaintDetector,
  detectGroupComplaints,
  type GroupComplaintRecord,
  type GroupFinding,
} from '../../src/complaints/detectGroupComplaints.js';
import type { Complaint } from '../../src/complaints/schemas.js';
import { CRISIS_SIGNALS, RECORD_KINDS } from '../../src/complaints/types.js';
import { deepFreeze } from '../../src/core/deepFreeze.js';
import { createPolicy } from '../../src/presets/createPolicy.js';
import { sinoOcean2008 } from '../../src/presets/sinoOcean2008.js';
import { refusalOf } from '../_lib/refusal.js';

const DAY = 86_400_000;
const NOW = '2026-06-30T10:00:00+08:00';
const NOW_MS = Date.parse(NOW);
/** An ISO instant `ms` milliseconds from NOW, written with +08:00 as the records are. */
const at = (offsetMs: number): string => {
  const local = new Date(NOW_MS + offsetMs + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 23)}+08:00`;
};
/** Days before NOW (fractions allowed). */
const daysAgo = (days: number): string => at(-days * DAY);

let seq = 0;
function record(over: Partial<GroupComplaintRecord> = {}): GroupComplaintRecord {
  seq++;
  return {
    id: `C-${seq}`,
    projectId: 'P-HZ-01',
    householdId: `H-${seq}`,
    complainantId: `U-${seq}`,
    issue: 'roof-leak',
    receivedAt: daysAgo(60),
    ...over,
  };
}

/** `n` distinct households, each with one record built from `over`. */
function households(n: number, over: Partial<GroupComplaintRecord> = {}): GroupComplaintRecord[] {
  return Array.from({ length: n }, () => record(over));
}

const only = (findings: readonly GroupFinding[]): GroupFinding => {
  expect(findings).toHaveLength(1);
  return findings[0] as GroupFinding;
};
const rules = (f: GroupFinding) => f.reasons.map((r) => r.rule);
/**
 * The reading `simultaneous-open-major` of CMP-SEV-GROUP (10 households each with an open
 * major complaint at once). Tests of that reading, and tests that put many households on
 * one day without meaning a group complaint under the default reading (households
 * complaining together within 72 h), use it.
 */
const READING_A = createPolicy(sinoOcean2008, {
  id: 'reading-a',
  complaints: { severity: { majorGroupReading: 'simultaneous-open-major' } },
});
const A = { now: NOW, policy: READING_A } as const;

describe('detectGroupComplaints', () => {
  it('CMP-SEV-DETECT: the documented example', () => {
    const t = (day: string) => `${day}T09:00:00+08:00`;
    const findings = detectGroupComplaints(
      [
        {
          id: 'C-1',
          projectId: 'P-1',
          householdId: 'H-101',
          complainantId: 'U-1',
          issue: 'roof-leak',
          receivedAt: t('2026-06-01'),
        },
        {
          id: 'C-2',
          projectId: 'P-1',
          householdId: 'H-102',
          complainantId: 'U-2',
          issue: 'roof-leak',
          receivedAt: t('2026-06-10'),
          lawsuitFiled: true,
        },
        {
          id: 'C-3',
          projectId: 'P-1',
          householdId: 'H-103',
          complainantId: 'U-3',
          issue: 'roof-leak',
          receivedAt: t('2026-06-20'),
        },
        {
          id: 'C-4',
          projectId: 'P-1',
          householdId: 'H-103',
          complainantId: 'U-3',
          issue: 'roof-leak',
          receivedAt: t('2026-06-21'),
          kind: 'enquiry',
        },
      ],
      { now: t('2026-06-25') },
    );
    expect(findings).toMatchObject([
      {
        projectId: 'P-1',
        issue: 'roof-leak',
        households: 3,
        complainantsWithin30Days: 3,
        majorHouseholds: 1,
        level: 'hot',
        majorGroup: false,
      },
    ]);
    expect(rules(only(findings))).toEqual(['CMP-SEV-DETECT', 'CMP-SEV-HOT-REPEAT']);
  });

  it('CMP-SEV-DETECT: the first reason carries the counts and now, in zh-CN and en, and survives JSON', () => {
    const f = only(detectGroupComplaints(households(2, { receivedAt: daysAgo(3) }), { now: NOW }));
    const first = f.reasons[0];
    expect(first?.rule).toBe('CMP-SEV-DETECT');
    expect(first?.facts).toEqual({
      projectId: 'P-HZ-01',
      issue: 'roof-leak',
      households: 2,
      complainantsWithin30Days: 2,
      majorHouseholds: 0,
      householdsTogether: 2,
      now: '2026-06-30T02:00:00.000Z',
    });
    expect(first?.message['zh-CN']).toContain('累计投诉2户');
    expect(first?.message['zh-CN']).toContain('近30天2位不同投诉人');
    expect(first?.message.en).toContain('2 households in total');
    expect(first?.message.en).toContain('2 different complainants in the last 30 days');
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });

  it('CMP-SEV-DETECT: no records, no findings; a Date and an ISO string are the same instant', () => {
    expect(detectGroupComplaints([], { now: NOW })).toEqual([]);
    const asStrings = households(3, { receivedAt: daysAgo(2), resolvedAt: at(DAY) });
    const asDates = asStrings.map((r) => ({
      ...r,
      receivedAt: new Date(r.receivedAt),
      resolvedAt: new Date(r.resolvedAt as string),
    }));
    expect(detectGroupComplaints(asDates, { now: new Date(NOW_MS) })).toEqual(
      detectGroupComplaints(asStrings, { now: NOW }),
    );
  });

  it('CMP-SEV-DETECT: accepts parsed Complaint records and any iterable', () => {
    const complaint: Complaint = {
      id: 'C-1',
      projectId: 'P-1',
      householdId: 'H-101',
      complainantId: 'U-1',
      issue: 'roof-leak',
      category: 'engineering-quality',
      receivedAt: '2026-06-20T09:30:00+08:00',
      channel: 'hotline-400',
      compensationClaimed: 30_000,
    };
    function* stream() {
      yield complaint;
    }
    const f = only(detectGroupComplaints(stream(), { now: NOW }));
    expect(f).toMatchObject({ households: 1, complainantsWithin30Days: 1, majorHouseholds: 1 });
  });

  it('CMP-SEV-DETECT: a household complaining many times counts once; one complainant in the window counts once', () => {
    const same = Array.from({ length: 25 }, (_, k) =>
      record({ householdId: 'H-0801', complainantId: 'U-1', receivedAt: daysAgo(k), lawsuitFiled: true }),
    );
    const f = only(detectGroupComplaints(same, { now: NOW }));
    expect(f).toMatchObject({
      households: 1,
      complainantsWithin30Days: 1,
      majorHouseholds: 1,
      level: 'general',
    });
  });

  it('CMP-SEV-DETECT: projects never add up: the same issue key in two projects is two findings, sorted', () => {
    const input = [
      ...households(12, { projectId: 'P-SH-02', issue: 'window-seal' }),
      ...households(12, { projectId: 'P-BJ-01', issue: 'window-seal' }),
      ...households(1, { projectId: 'P-BJ-01', issue: 'elevator' }),
    ];
    const findings = detectGroupComplaints(input, A);
    expect(findings.map((f) => [f.projectId, f.issue, f.households])).toEqual([
      ['P-BJ-01', 'elevator', 1],
      ['P-BJ-01', 'window-seal', 12],
      ['P-SH-02', 'window-seal', 12],
    ]);
    expect(findings.every((f) => f.level === 'general')).toBe(true); // 24 would have been major
  });

  it('CMP-SEV-MAJOR-COUNT: 19 households on one issue stay below major, 20 make it major', () => {
    // Received 60 days ago and resolved: nothing hot, nothing simultaneous.
    const resolved = { receivedAt: daysAgo(60), resolvedAt: daysAgo(50) };
    const nineteen = households(19, resolved);
    const f19 = only(detectGroupComplaints(nineteen, A));
    expect(f19).toMatchObject({ households: 19, level: 'general', majorGroup: false });
    expect(rules(f19)).toEqual(['CMP-SEV-DETECT', 'CMP-SEV-GENERAL']);

    const f20 = only(detectGroupComplaints([...nineteen, record(resolved)], A));
    expect(f20).toMatchObject({ households: 20, majorHouseholds: 0, level: 'major', majorGroup: false });
    expect(rules(f20)).toEqual(['CMP-SEV-DETECT', 'CMP-SEV-MAJOR-COUNT']);
  });

  it('CMP-SEV-MAJOR-COUNT: at 20 households every open complaint on the issue is major, so 10 open make a group (reading a)', () => {
    const input = [
      ...households(10, { receivedAt: daysAgo(60) }), // open, nothing major of their own
      ...households(10, { receivedAt: daysAgo(60), resolvedAt: daysAgo(40) }),
    ];
    const f = only(detectGroupComplaints(input, A));
    expect(f).toMatchObject({ households: 20, majorHouseholds: 10, level: 'major', majorGroup: true });
    expect(rules(f)).toEqual(['CMP-SEV-DETECT', 'CMP-SEV-MAJOR-COUNT', 'CMP-SEV-GROUP']);
    // One household fewer: below the count, no complaint is major, no group.
    const g = only(detectGroupComplaints(input.slice(1), A));
    expect(g).toMatchObject({ households: 19, majorHouseholds: 0, level: 'general', majorGroup: false });
  });

  it('CMP-SEV-GROUP: reading a: 9 open major households are not a group complaint, 10 are', () => {
    const nine = households(9, { receivedAt: daysAgo(45), lawsuitFiled: true });
    const f9 = only(detectGroupComplaints(nine, A));
    expect(f9).toMatchObject({ households: 9, majorHouseholds: 9, majorGroup: false, level: 'general' });

    const ten = [...nine, record({ receivedAt: daysAgo(45), lawsuitFiled: true })];
    const f10 = only(detectGroupComplaints(ten, A));
    expect(f10).toMatchObject({ households: 10, majorHouseholds: 10, majorGroup: true, level: 'major' });
    expect(rules(f10)).toEqual(['CMP-SEV-DETECT', 'CMP-SEV-GROUP']);
  });

  it('CMP-SEV-GROUP: each major fact counts; compensation must be over 20,000 (LAW-THRESHOLD); minor ones do not', () => {
    const old = { receivedAt: daysAgo(45) };
    const input = [
      record({ ...old, compensationClaimed: 20_000.01 }),
      record({ ...old, lawsuitFiled: true }),
      record({ ...old, mediaExposed: true }),
      record({ ...old, demandsReturnOrLargeCompensation: true }),
      record({ ...old, crisisSignals: ['public-outrage'] }),
      // not major:
      record({ ...old, compensationClaimed: 20_000 }),
      record({ ...old, lawsuitFiled: false, mediaExposed: false }),
      record({ ...old, crisisSignals: [] }),
    ];
    expect(only(detectGroupComplaints(input, { now: NOW })).majorHouseholds).toBe(5);
  });

  it('CMP-SEV-GROUP: reading a: resolved complaints are not simultaneous; resolved exactly at now is resolved, 1 ms after is open', () => {
    const major = { receivedAt: daysAgo(45), lawsuitFiled: true };
    const input = [
      ...households(9, major),
      record({ ...major, resolvedAt: NOW }),
      record({ ...major, resolvedAt: daysAgo(1) }),
    ];
    expect(only(detectGroupComplaints(input, A))).toMatchObject({
      households: 11,
      majorHouseholds: 9,
      majorGroup: false,
    });
    const later = [...households(9, major), record({ ...major, resolvedAt: at(1) })];
    expect(only(detectGroupComplaints(later, A))).toMatchObject({
      majorHouseholds: 10,
      majorGroup: true,
    });
  });

  it('CMP-SEV-GROUP: a household with one resolved major and one open minor complaint is not major at now', () => {
    const input = [
      record({ householdId: 'H-1', lawsuitFiled: true, resolvedAt: daysAgo(10) }),
      record({ householdId: 'H-1' }),
    ];
    expect(only(detectGroupComplaints(input, { now: NOW })).majorHouseholds).toBe(0);
  });

  it('CMP-SEV-HOT-REPEAT: 2 distinct complainants in 30 days are not hot, 3 are; the 31st day back is outside the window', () => {
    const two = [record({ receivedAt: daysAgo(1) }), record({ receivedAt: daysAgo(29) })];
    const f2 = only(detectGroupComplaints(two, { now: NOW }));
    expect(f2).toMatchObject({ complainantsWithin30Days: 2, level: 'general' });

    const three = [...two, record({ receivedAt: daysAgo(30) })]; // exactly now - 30 days: inside
    const f3 = only(detectGroupComplaints(three, { now: NOW }));
    expect(f3).toMatchObject({ complainantsWithin30Days: 3, level: 'hot', majorGroup: false });
    expect(rules(f3)).toEqual(['CMP-SEV-DETECT', 'CMP-SEV-HOT-REPEAT']);

    const outside = [...two, record({ receivedAt: daysAgo(30.5) })]; // on the 31st day back
    expect(only(detectGroupComplaints(outside, { now: NOW }))).toMatchObject({
      households: 3,
      complainantsWithin30Days: 2,
      level: 'general',
    });
  });

  it('CMP-SEV-HOT-REPEAT: window boundaries: now - 30 days is included, 1 ms before it is not; now is included, 1 ms after is ignored', () => {
    const edge = (receivedAt: string) =>
      only(detectGroupComplaints([record({ receivedAt })], { now: NOW })).complainantsWithin30Days;
    expect(edge(at(-30 * DAY))).toBe(1);
    expect(edge(at(-30 * DAY - 1))).toBe(0);
    expect(edge(NOW)).toBe(1);
    // Elapsed time (LAW-ELAPSED): 2026-05-31T10:00+08:00 is exactly 30 x 24 h before now.
    expect(edge('2026-05-31T10:00:00+08:00')).toBe(1);
    expect(edge('2026-05-31T09:59:59.999+08:00')).toBe(0);
    expect(edge('2026-05-31T02:00:00Z')).toBe(1);
    expect(detectGroupComplaints([record({ receivedAt: at(1) })], { now: NOW })).toEqual([]);
  });

  it('CMP-SEV-DETECT: records received after now are ignored altogether', () => {
    const input = [
      ...households(2, { receivedAt: daysAgo(2), lawsuitFiled: true }),
      ...households(30, { receivedAt: at(DAY), lawsuitFiled: true }),
    ];
    expect(only(detectGroupComplaints(input, { now: NOW }))).toMatchObject({
      households: 2,
      complainantsWithin30Days: 2,
      majorHouseholds: 2,
      level: 'general',
    });
  });

  it('CMP-SEV-DETECT: suggestions and enquiries are on the same form but are not complaints', () => {
    const input = [
      ...households(2, { receivedAt: daysAgo(2) }),
      ...households(20, { receivedAt: daysAgo(2), kind: 'suggestion', lawsuitFiled: true }),
      ...households(20, { receivedAt: daysAgo(2), kind: 'enquiry' }),
      record({ receivedAt: daysAgo(2), kind: 'complaint' }),
      record({ issue: 'only-enquiries', kind: 'enquiry' }),
    ];
    const f = only(detectGroupComplaints(input, { now: NOW }));
    expect(f).toMatchObject({ households: 3, complainantsWithin30Days: 3, majorHouseholds: 0, level: 'hot' });
  });

  it('CMP-SEV-DETECT: a bad receivedAt or resolvedAt throws InvalidArgumentError with its path; so does a bad now', () => {
    const catchPath = (fn: () => unknown) => refusalOf(fn).path;
    expect(
      catchPath(() => detectGroupComplaints([record(), record({ receivedAt: '2026-06-01' })], { now: NOW })),
    ).toEqual([1, 'receivedAt']);
    expect(
      catchPath(() => detectGroupComplaints([record({ receivedAt: new Date(Number.NaN) })], { now: NOW })),
    ).toEqual([0, 'receivedAt']);
    expect(
      catchPath(() =>
        detectGroupComplaints([record(), record(), record({ resolvedAt: 'yesterday' })], { now: NOW }),
      ),
    ).toEqual([2, 'resolvedAt']);
    expect(catchPath(() => detectGroupComplaints([record()], { now: '2026-06-30' }))).toEqual([
      'options',
      'now',
    ]);
  });

  it('CMP-SEV-DETECT: the input is not changed (deep-frozen input works and compares equal after)', () => {
    const input = [
      ...households(12, { receivedAt: daysAgo(3), crisisSignals: ['disaster'], resolvedAt: at(DAY) }),
      ...households(3, { projectId: 'P-2', receivedAt: new Date(NOW_MS - DAY) }),
    ];
    const copy = structuredClone(input);
    deepFreeze(input);
    const findings = detectGroupComplaints(input, { now: NOW });
    expect(findings).toHaveLength(2);
    expect(input).toEqual(copy);
  });

  it('CMP-SEV-DETECT: a custom policy changes the outcome (createPolicy: majorSameIssueHouseholds 10)', () => {
    const policy = createPolicy(READING_A, {
      id: 'acme',
      complaints: { severity: { majorSameIssueHouseholds: { value: 10 } } },
    });
    const input = households(10, { receivedAt: daysAgo(45) }); // open, no major facts
    const byDefault = only(detectGroupComplaints(input, A));
    expect(byDefault).toMatchObject({ majorHouseholds: 0, level: 'general', majorGroup: false });
    const byAcme = only(detectGroupComplaints(input, { now: NOW, policy }));
    expect(byAcme).toMatchObject({ majorHouseholds: 10, level: 'major', majorGroup: true });
    expect(rules(byAcme)).toEqual(['CMP-SEV-DETECT', 'CMP-SEV-MAJOR-COUNT', 'CMP-SEV-GROUP']);
    expect(byAcme.reasons[1]?.facts).toEqual({
      householdsWithSameIssue: 10,
      threshold: { kind: 'at-least', value: 10 },
      policy: 'acme',
    });
    // The company's value is the company's: the reason says so (convention 14).
    expect(byAcme.reasons[1]?.message.en).toContain('set by the company policy acme');
    // The complaint settings alone work as well as the whole policy.
    expect(detectGroupComplaints(input, { now: NOW, policy: policy.complaints })).toEqual([byAcme]);
  });

  it('CMP-SEV-HOT-REPEAT: the window follows the policy (hotRepeatWindowDays 7)', () => {
    const policy = createPolicy(sinoOcean2008, { complaints: { severity: { hotRepeatWindowDays: 7 } } });
    const input = [record({ receivedAt: daysAgo(7) }), record({ receivedAt: daysAgo(8) })];
    expect(only(detectGroupComplaints(input, { now: NOW, policy })).complainantsWithin30Days).toBe(1);
    expect(only(detectGroupComplaints(input, { now: NOW })).complainantsWithin30Days).toBe(2);
  });
});

// ---- properties ----

// Few projects, issues and households over four months, so groups reach 20 households,
// 10 open majors and 3 complainants in the window often enough to test both sides.
const PROJECTS = ['P-BJ-01', 'P-SH-02'];
const ISSUES = ['roof-leak', 'window-seal'];
const FROM = Date.parse('2026-03-01T00:00:00+08:00');
const TO = Date.parse('2026-06-30T23:59:59+08:00');

const recordArb: fc.Arbitrary<GroupComplaintRecord> = fc
  .record(
    {
      projectId: fc.constantFrom(...PROJECTS),
      issue: fc.constantFrom(...ISSUES),
      household: fc.integer({ min: 1, max: 40 }),
      complainant: fc.integer({ min: 1, max: 30 }),
      receivedMs: fc.integer({ min: FROM, max: TO }),
      asDate: fc.boolean(),
      resolvedAfterMs: fc.option(fc.integer({ min: 0, max: 90 * DAY }), { nil: undefined }),
      compensationClaimed: fc.option(fc.constantFrom(0, 5_000, 20_000, 20_000.01, 80_000), {
        nil: undefined,
      }),
      lawsuitFiled: fc.option(fc.boolean(), { nil: undefined }),
      mediaExposed: fc.option(fc.boolean(), { nil: undefined }),
      demandsReturnOrLargeCompensation: fc.option(fc.boolean(), { nil: undefined }),
      crisisSignals: fc.option(fc.subarray([...CRISIS_SIGNALS]), { nil: undefined }),
      kind: fc.option(fc.constantFrom(...RECORD_KINDS), { nil: undefined }),
    },
    { requiredKeys: ['projectId', 'issue', 'household', 'complainant', 'receivedMs', 'asDate'] },
  )
  .map((r) => {
    const { household, complainant, receivedMs, asDate, resolvedAfterMs, ...rest } = r;
    const out: GroupComplaintRecord = {
      ...rest,
      id: `C-${household}-${complainant}-${receivedMs}`,
      householdId: `H-${household}`,
      complainantId: `U-${complainant}`,
      receivedAt: asDate ? new Date(receivedMs) : new Date(receivedMs).toISOString(),
      ...(resolvedAfterMs === undefined ? {} : { resolvedAt: new Date(receivedMs + resolvedAfterMs) }),
    };
    return out;
  });

const nowArb = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));

/** The counts, computed the slow, obvious way: filter, then count distinct. */
function directCounts(
  records: readonly GroupComplaintRecord[],
  nowMs: number,
  projectId: string,
  issue: string,
) {
  const ms = (x: string | Date) => (typeof x === 'string' ? Date.parse(x) : x.getTime());
  const on = records.filter(
    (r) =>
      r.projectId === projectId &&
      r.issue === issue &&
      (r.kind === undefined || r.kind === 'complaint') &&
      ms(r.receivedAt) <= nowMs,
  );
  const households = new Set(on.map((r) => r.householdId)).size;
  const complainants = new Set(
    on.filter((r) => ms(r.receivedAt) >= nowMs - 30 * DAY).map((r) => r.complainantId),
  ).size;
  const open = on.filter((r) => r.resolvedAt === undefined || ms(r.resolvedAt) > nowMs);
  const major = open.filter(
    (r) =>
      households >= 20 ||
      (r.compensationClaimed ?? 0) > 20_000 ||
      r.lawsuitFiled === true ||
      r.mediaExposed === true ||
      r.demandsReturnOrLargeCompensation === true ||
      (r.crisisSignals?.length ?? 0) > 0,
  );
  // CMP-SEV-GROUP, reading b, brute force: the most households with a receipt in [t, t + 72 h], over every receipt t.
  let together = 0;
  for (const r of on) {
    const t = ms(r.receivedAt);
    const inWindow = on.filter((q) => ms(q.receivedAt) >= t && ms(q.receivedAt) <= t + 72 * 3_600_000);
    together = Math.max(together, new Set(inWindow.map((q) => q.householdId)).size);
  }
  return {
    households,
    complainants,
    major: new Set(major.map((r) => r.householdId)).size,
    together,
    count: on.length,
  };
}

describe('detectGroupComplaints properties', () => {
  it('CMP-SEV-DETECT: the result does not depend on the order of the input', () => {
    fc.assert(
      fc.property(
        fc
          .array(recordArb, { maxLength: 200, size: 'max' })
          .chain((rs) =>
            fc.tuple(
              fc.constant(rs),
              fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }),
            ),
          ),
        nowArb,
        ([records, shuffled], now) => {
          expect(detectGroupComplaints(shuffled, { now })).toEqual(detectGroupComplaints(records, { now }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('CMP-SEV-DETECT: counts agree with a direct count; level, majorGroup and reasons are assessComplaintSeverity on them', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 300, size: 'max' }), nowArb, (records, now) => {
        const nowMs = now.getTime();
        const findings = detectGroupComplaints(records, { now });
        const keys = findings.map((f) => `${f.projectId}\u0000${f.issue}`);
        expect(keys).toEqual([...keys].sort());
        let counted = 0;
        for (const f of findings) {
          const d = directCounts(records, nowMs, f.projectId, f.issue);
          counted += d.count;
          expect([f.households, f.complainantsWithin30Days, f.majorHouseholds, f.householdsTogether]).toEqual(
            [d.households, d.complainants, d.major, d.together],
          );
          const a = assessComplaintSeverity({
            householdsWithSameIssue: f.households,
            distinctComplainantsWithin30Days: f.complainantsWithin30Days,
            simultaneousMajorHouseholds: f.majorHouseholds,
            householdsComplainingTogether: f.householdsTogether,
          });
          expect(f.level).toBe(a.level);
          expect(f.majorGroup).toBe(a.majorGroup);
          // After the severity's reasons, a CMP-WARN reason when the issue shows a risk before the event.
          expect(f.reasons.slice(1, 1 + a.reasons.length)).toEqual(a.reasons);
          expect(f.reasons.slice(1 + a.reasons.length).map((r) => r.rule)).toEqual(
            f.escalation === 'warning' ? ['CMP-WARN'] : [],
          );
          expect(f.reasons[0]?.rule).toBe('CMP-SEV-DETECT');
        }
        // Every counted record is in some finding, and none is made up.
        const expected = records.filter(
          (r) =>
            (r.kind === undefined || r.kind === 'complaint') && new Date(r.receivedAt).getTime() <= nowMs,
        ).length;
        expect(counted).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('createGroupComplaintDetector', () => {
  it('CMP-SEV-DETECT: records added one at a time give the same findings as the batch function', () => {
    const at = (day: string) => `${day}T09:00:00+08:00`;
    const records = Array.from({ length: 60 }, (_, i) => ({
      id: `C-${i}`,
      projectId: `P-${i % 2}`,
      householdId: `H-${i % 25}`,
      complainantId: `U-${i % 25}`,
      issue: i % 3 === 0 ? 'roof-leak' : 'window-seal',
      receivedAt: at(`2026-05-${String(1 + (i % 28)).padStart(2, '0')}`),
      ...(i % 7 === 0 ? { compensationClaimed: 25_000 } : {}),
    }));
    const now = at('2026-05-30');
    const detector = createGroupComplaintDetector({ now });
    for (const r of records) detector.add(r);
    expect(detector.findings()).toEqual(detectGroupComplaints(records, { now }));
    expect(detector.findings().length).toBe(4);
  });
});
