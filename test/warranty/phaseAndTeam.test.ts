import { describe, expect, it } from 'vitest';
import { computeWarrantyPhase, LEAD_TEAM_LABELS, needsOnSiteSurvey } from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

const CENTRAL = { deliveredOn: '2026-07-01', centralizedDeliveryOn: '2026-07-01' } as const;

describe('WAR-PHASE and WAR-TEAM', () => {
  it("WAR-PHASE: the 3-month centralized-delivery period's last day and the next (2026-10-01 is National Day: not moved)", () => {
    const last = computeWarrantyPhase({ ...CENTRAL, at: '2026-10-01' });
    expect([last.phase, last.breakIn, last.leadTeam]).toEqual([
      'centralized-delivery',
      true,
      'joint-team-engineering-executive',
    ]);
    expect(last.reasons[0]?.facts).toMatchObject({ windowLastDay: '2026-10-01' });
    expect(last.reasons[0]?.message['zh-CN']).toBe(
      '2026-10-01在集中交付（2026-07-01）后3个月内（至2026-10-01，含当日，不因休息日顺延）：集中交付期（集中交付后3个月）',
    );
    const next = computeWarrantyPhase({ ...CENTRAL, at: '2026-10-02T08:00:00+08:00' });
    expect([next.phase, next.leadTeam]).toEqual(['routine', 'property-engineering']);
    // The centralized delivery day itself belongs to the period.
    expect(computeWarrantyPhase({ ...CENTRAL, at: '2026-07-01' }).phase).toBe('centralized-delivery');
  });

  it('WAR-PHASE: the 1-year break-in period, its last day and the next', () => {
    const last = computeWarrantyPhase({ deliveredOn: '2025-07-01', at: '2026-07-01' });
    expect(last.breakIn).toBe(true);
    expect(last.reasons[1]?.facts).toMatchObject({ breakInLastDay: '2026-07-01' });
    expect(computeWarrantyPhase({ deliveredOn: '2025-07-01', at: '2026-07-02' }).breakIn).toBe(false);
    // Feb 29 + 1 year: the break-in period ends on Feb 28.
    expect(computeWarrantyPhase({ deliveredOn: '2024-02-29', at: '2025-02-28' }).breakIn).toBe(true);
    expect(computeWarrantyPhase({ deliveredOn: '2024-02-29', at: '2025-03-01' }).breakIn).toBe(false);
  });

  it('WAR-TEAM: a storm, snow or the start of heating in the break-in year calls the quick-repair team; routine otherwise', () => {
    for (const event of ['storm', 'snow', 'heating-start'] as const) {
      const p = computeWarrantyPhase({
        deliveredOn: '2025-07-01',
        at: '2026-07-01',
        quickRepairEvent: event,
      });
      expect(p.leadTeam, event).toBe('joint-team-engineering-manager');
    }
    const q = computeWarrantyPhase({
      deliveredOn: '2025-07-01',
      at: '2026-07-01',
      quickRepairEvent: 'storm',
    });
    expect(q.reasons.at(-1)?.message.en).toBe(
      'A quick repair after a rainstorm in the break-in period: led by the break-in quick-repair joint team, led by the project engineering manager (SOL 分阶段的维保修责任划分 2)',
    );
    const past = computeWarrantyPhase({
      deliveredOn: '2025-07-01',
      at: '2026-07-02',
      quickRepairEvent: 'storm',
    });
    expect(past.leadTeam).toBe('property-engineering');
    expect(computeWarrantyPhase({ deliveredOn: '2025-07-01', at: '2026-01-10' }).leadTeam).toBe(
      'property-engineering',
    );
    // In the centralized period the centralized team leads, whatever the event.
    expect(computeWarrantyPhase({ ...CENTRAL, at: '2026-08-01', quickRepairEvent: 'storm' }).leadTeam).toBe(
      'joint-team-engineering-executive',
    );
  });

  it('WAR-TEAM: an item past its warranty is the property company’s, even in the centralized period', () => {
    const p = computeWarrantyPhase({ ...CENTRAL, at: '2026-09-15', expired: true });
    expect([p.phase, p.leadTeam]).toEqual(['centralized-delivery', 'property-company']);
    expect(p.reasons.at(-1)?.facts).toMatchObject({
      leadTeam: 'property-company',
      source: LEAD_TEAM_LABELS['property-company'].source,
    });
  });

  it('WAR-PHASE: without a centralized delivery day the home is routine, and the reason says so', () => {
    const p = computeWarrantyPhase({ deliveredOn: '2026-07-01', at: '2026-07-02' });
    expect(p.phase).toBe('routine');
    expect(p.reasons[0]?.message.en).toContain('No centralized delivery day given');
  });

  it('WAR-PHASE: a request before delivery, an unknown event or a malformed day is a path-addressed error', () => {
    expect(
      refusalOf(() => computeWarrantyPhase({ deliveredOn: '2026-07-01', at: '2026-06-30' })).path,
    ).toEqual(['at']);
    expect(
      refusalOf(() =>
        computeWarrantyPhase({
          deliveredOn: '2026-07-01',
          at: '2026-07-02',
          quickRepairEvent: 'typhoon' as never,
        }),
      ).path,
    ).toEqual(['quickRepairEvent']);
    expect(
      refusalOf(() => computeWarrantyPhase({ deliveredOn: '2026-07-32', at: '2026-07-02' })).path,
    ).toEqual(['deliveredOn']);
    expect(
      refusalOf(() =>
        computeWarrantyPhase({ deliveredOn: '2026-07-01', at: '2026-07-02', expired: 'yes' as never }),
      ).path,
    ).toEqual(['expired']);
    expect(
      refusalOf(() =>
        computeWarrantyPhase({
          deliveredOn: '2026-07-01',
          at: '2026-07-02',
          centralised: '2026-07-01',
        } as never),
      ).message,
    ).toContain("did you mean 'centralizedDeliveryOn'");
  });
});

describe('WAR-ONSITE', () => {
  it('WAR-ONSITE: a leak and a structural crack always need the joint survey', () => {
    const leak = needsOnSiteSurvey({ problem: 'leak' });
    expect(leak.required).toBe(true);
    expect(leak.reasons.map((r) => r.facts.condition)).toEqual(['leak']);
    expect(leak.reasons[0]?.message['zh-CN']).toBe(
      '渗漏水问题：物业工程管理部须陪同施工单位上门踏勘并确定维保修方案（SOL 保修期满前的处理流程 2）',
    );
    expect(needsOnSiteSurvey({ problem: 'structural-crack' }).required).toBe(true);
  });

  it('WAR-ONSITE: hollow or cracked plaster needs it over a large area only', () => {
    expect(needsOnSiteSurvey({ problem: 'plaster-hollow-or-crack', largeArea: true }).required).toBe(true);
    const small = needsOnSiteSurvey({ problem: 'plaster-hollow-or-crack', largeArea: false });
    expect(small.required).toBe(false);
    expect(small.reasons[0]?.message.en).toContain('not over a large area');
    expect(needsOnSiteSurvey({ problem: 'other', largeArea: true }).required).toBe(false);
  });

  it('WAR-ONSITE: a repeat repair from the first previous repair (0 and 1)', () => {
    expect(needsOnSiteSurvey({ problem: 'other', previousRepairsAtSameLocation: 0 }).required).toBe(false);
    const repeat = needsOnSiteSurvey({ problem: 'other', previousRepairsAtSameLocation: 1 });
    expect(repeat.required).toBe(true);
    expect(repeat.reasons[0]?.facts.condition).toBe('repeat-repair');
  });

  it('WAR-ONSITE: unclear responsibility and an owner refusing the home; one reason per condition that holds', () => {
    const all = needsOnSiteSurvey({
      problem: 'leak',
      previousRepairsAtSameLocation: 2,
      responsibilityUnclear: true,
      ownerRefusesHome: true,
    });
    expect(all.reasons.map((r) => r.facts.condition)).toEqual([
      'leak',
      'repeat-repair',
      'responsibility-unclear',
      'owner-refuses-home',
    ]);
    expect(needsOnSiteSurvey({ problem: 'other', responsibilityUnclear: true }).required).toBe(true);
    expect(needsOnSiteSurvey({ problem: 'other', ownerRefusesHome: true }).required).toBe(true);
    expect(needsOnSiteSurvey({ problem: 'other' }).required).toBe(false);
  });

  it('WAR-ONSITE: an unknown problem, a negative or fractional count, a string flag are path-addressed errors', () => {
    expect(refusalOf(() => needsOnSiteSurvey({ problem: 'flood' as never })).path).toEqual(['problem']);
    expect(
      refusalOf(() => needsOnSiteSurvey({ problem: 'other', previousRepairsAtSameLocation: -1 })).path,
    ).toEqual(['previousRepairsAtSameLocation']);
    expect(
      refusalOf(() => needsOnSiteSurvey({ problem: 'other', previousRepairsAtSameLocation: 1.5 })).path,
    ).toEqual(['previousRepairsAtSameLocation']);
    expect(refusalOf(() => needsOnSiteSurvey({ problem: 'other', largeArea: 'true' as never })).path).toEqual(
      ['largeArea'],
    );
  });
});
