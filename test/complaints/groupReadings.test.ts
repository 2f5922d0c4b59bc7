/**
 * CMP-SEV-GROUP: "同时有10户以上的重大投诉事件，定义为重大群诉" read two ways, both a policy
 * setting, the reading named in every reason: (a) `simultaneous-open-major`, 10 households
 * each with an open major complaint at once; (b) `complaining-together`, 10 households
 * complaining about the same issue within the policy's window, whatever each complaint's
 * own facts (sinoOcean2008's reading, and so the borrowing presets').
 */

import { describe, expect, it } from 'vitest';
import {
  aoyuan2014,
  assessComplaintSeverity,
  createPolicy,
  detectGroupComplaints,
  type GroupComplaintRecord,
  generic,
  PRESETS,
  sinoOcean2008,
} from '../../src/index.js';

const NOW = '2026-12-01T10:00:00+08:00';
const READING_A = createPolicy(sinoOcean2008, {
  id: 'reading-a',
  complaints: { severity: { majorGroupReading: 'simultaneous-open-major' } },
});

/** Household `k` complaining about the lift at `receivedAt`, with facts of its own. */
const household = (
  k: number,
  receivedAt: string,
  own: Partial<GroupComplaintRecord> = {},
): GroupComplaintRecord => ({
  id: `C-${k}`,
  projectId: 'P-GZ-01',
  householdId: `H-${k}`,
  complainantId: `U-${k}`,
  issue: 'lift-out-of-service',
  receivedAt,
  ...own,
});

describe('the two readings', () => {
  it('CMP-SEV-GROUP: 15 households complaining the same morning are a major group complaint under reading b, whatever each complaint says', () => {
    // 08:00 to 11:30 on 2026-11-30, none of them major on its own (no money, no lawsuit, no media).
    const morning = Array.from({ length: 15 }, (_, k) =>
      household(
        k,
        `2026-11-30T${String(8 + Math.floor(k / 4)).padStart(2, '0')}:${String((k % 4) * 15).padStart(2, '0')}:00+08:00`,
      ),
    );
    const [b] = detectGroupComplaints(morning, { now: NOW });
    expect(b).toMatchObject({ householdsTogether: 15, majorHouseholds: 0, level: 'major', majorGroup: true });
    const group = b?.reasons.find((r) => r.rule === 'CMP-SEV-GROUP');
    expect(group?.facts).toMatchObject({
      reading: 'complaining-together',
      householdsComplainingTogether: 15,
      windowHours: 72,
      threshold: { kind: 'at-least', value: 10 },
    });
    expect(group?.message['zh-CN']).toContain('读法（乙）“共同投诉”');
    expect(group?.message.en).toContain('Reading (b), complaining together');
    // The reason says why the preset reads it so.
    expect(group?.message.en).toContain(
      'lists "10 or more households at the same time" among the kinds of major complaint',
    );
    // Under reading a the same morning is no group: not one of the 15 complaints is major (15 people
    // in a month make the issue hot, CMP-SEV-HOT-REPEAT, no more).
    const [a] = detectGroupComplaints(morning, { now: NOW, policy: READING_A });
    expect(a).toMatchObject({ majorHouseholds: 0, level: 'hot', majorGroup: false });
  });

  it('CMP-SEV-GROUP: 10 complaints received one a month, all open, are not a major group complaint under reading b', () => {
    // One a month from 2026-01-15, each with a lawsuit filed: each major on its own, none resolved.
    const monthly = Array.from({ length: 10 }, (_, k) =>
      household(k, `2026-${String(k + 1).padStart(2, '0')}-15T10:00:00+08:00`, { lawsuitFiled: true }),
    );
    const [b] = detectGroupComplaints(monthly, { now: NOW });
    expect(b).toMatchObject({ householdsTogether: 1, majorHouseholds: 10, majorGroup: false });
    // Each is major by its own lawsuit, so the issue is major; it is not a group complaint.
    expect(b?.reasons.map((r) => r.rule)).not.toContain('CMP-SEV-GROUP');
    // Under reading a, 10 open major households at once are a group.
    const [a] = detectGroupComplaints(monthly, { now: NOW, policy: READING_A });
    expect(a).toMatchObject({ majorHouseholds: 10, majorGroup: true });
    expect(a?.reasons.find((r) => r.rule === 'CMP-SEV-GROUP')?.facts).toMatchObject({
      reading: 'simultaneous-open-major',
      simultaneousMajorHouseholds: 10,
    });
  });

  it('CMP-SEV-GROUP: reading b: the window includes its end (以内): 10 households within exactly 72 hours are a group, 72 h and 1 ms apart 9 are', () => {
    const first = Date.parse('2026-11-20T09:00:00+08:00');
    const at = (ms: number) => new Date(ms).toISOString();
    const nine = Array.from({ length: 9 }, (_, k) => household(k, at(first + k * 3_600_000)));
    const edge = [...nine, household(9, at(first + 72 * 3_600_000))];
    expect(detectGroupComplaints(edge, { now: NOW })[0]).toMatchObject({
      householdsTogether: 10,
      majorGroup: true,
    });
    const past = [...nine, household(9, at(first + 72 * 3_600_000 + 1))];
    // The tenth falls outside the first one's window; the best window holds 9.
    expect(detectGroupComplaints(past, { now: NOW })[0]).toMatchObject({
      householdsTogether: 9,
      majorGroup: false,
    });
    // A household complaining twice counts once.
    const twice = [...nine, household(0, at(first + 2 * 3_600_000))];
    expect(detectGroupComplaints(twice, { now: NOW })[0]?.householdsTogether).toBe(9);
  });

  it('CMP-SEV-GROUP: in assessComplaintSeverity the policy reading picks its count: 9 and 10 on each side', () => {
    expect(assessComplaintSeverity({ householdsComplainingTogether: 9 }).majorGroup).toBe(false);
    expect(assessComplaintSeverity({ householdsComplainingTogether: 10 }).majorGroup).toBe(true);
    // The other reading's count does not decide: reading b does not read simultaneous majors.
    expect(assessComplaintSeverity({ simultaneousMajorHouseholds: 12 }).majorGroup).toBe(false);
    const a = { policy: READING_A };
    expect(assessComplaintSeverity({ simultaneousMajorHouseholds: 9 }, a).majorGroup).toBe(false);
    expect(assessComplaintSeverity({ simultaneousMajorHouseholds: 10 }, a).majorGroup).toBe(true);
    expect(assessComplaintSeverity({ householdsComplainingTogether: 12 }, a).majorGroup).toBe(false);
    expect(
      assessComplaintSeverity({ simultaneousMajorHouseholds: 10 }, a).reasons[0]?.message['zh-CN'],
    ).toContain('读法（甲）“同时重大”');
  });

  it('CMP-SEV-GROUP: each preset takes a reading, cites why, and marks what it borrows', () => {
    expect(Object.values(PRESETS).map((p) => p.complaints.severity.majorGroupReading)).toEqual([
      'complaining-together',
      'complaining-together',
      'complaining-together',
    ]);
    expect(sinoOcean2008.complaints.sources['severity.majorGroupReading']).toMatchObject({
      kind: 'source',
      section: 'SOL 投诉管理 3(2); SOL 危机事件',
    });
    for (const p of [aoyuan2014, generic]) {
      expect(p.complaints.sources['severity.majorGroupReading']).toMatchObject({
        kind: 'borrowed',
        from: 'sinoOcean2008',
      });
    }
    // The window's length is no source's: the library's own default, said so.
    expect(sinoOcean2008.complaints.sources['severity.majorGroupWindowHours']).toMatchObject({
      kind: 'library-default',
    });
    expect(sinoOcean2008.complaints.severity.majorGroupWindowHours).toBe(72);
  });

  it('CMP-SEV-GROUP: reading b counts the same whatever the order and span of the records: shuffled, the same instant twice, and a history of 6 years', () => {
    const h = 3_600_000;
    const t0 = Date.parse('2026-11-01T00:00:00+08:00');
    const at = (ms: number) => new Date(ms).toISOString();
    // 10 households within 72 h (one complaining twice at the same instant), 9 the week after.
    const burst = Array.from({ length: 10 }, (_, k) => household(k, at(t0 + k * 8 * h)));
    const again = household(3, at(t0 + 3 * 8 * h));
    const later = Array.from({ length: 9 }, (_, k) => household(20 + k, at(t0 + 10 * 24 * h + k * h)));
    const shuffled = [...later, again, ...burst].reverse();
    expect(detectGroupComplaints(shuffled, { now: NOW })[0]).toMatchObject({
      householdsTogether: 10,
      majorGroup: true,
    });
    // The same, with one complaint from 2020 (a span over 4 years sorts another way).
    const old = household(99, '2020-01-02T09:00:00+08:00', { resolvedAt: '2020-01-03T09:00:00+08:00' });
    expect(detectGroupComplaints([old, ...shuffled], { now: NOW })[0]).toMatchObject({
      householdsTogether: 10,
      majorGroup: true,
    });
    // Without the tenth household of the burst, 9 at most: not a group, in either sort.
    const nine = shuffled.filter((r) => r.householdId !== 'H-9');
    expect(detectGroupComplaints(nine, { now: NOW })[0]).toMatchObject({
      householdsTogether: 9,
      majorGroup: false,
    });
    expect(detectGroupComplaints([old, ...nine], { now: NOW })[0]).toMatchObject({
      householdsTogether: 9,
      majorGroup: false,
    });
  });
});
