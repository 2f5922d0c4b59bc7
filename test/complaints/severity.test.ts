import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import {
  assessComplaintSeverity,
  complaintMachine,
  createPolicy,
  DEFAULT_DELAY_ON_COMPANY_SIDE,
  sinoOcean2008,
} from '../../src/index.js';

const rules = (s: { reasons: readonly { rule: string }[] }) => s.reasons.map((r) => r.rule);

describe('assessComplaintSeverity', () => {
  it('CMP-SEV-GENERAL: with no condition the level is general, with one reason', () => {
    const s = assessComplaintSeverity({});
    expect(s).toMatchObject({ level: 'general', majorGroup: false });
    expect(rules(s)).toEqual(['CMP-SEV-GENERAL']);
    expect(s.reasons[0]?.message['zh-CN']).toContain('一般投诉');
  });

  it('CMP-SEV-MAJOR-COMP: 20,000 yuan per household is not over the line; 20,000.01 is major', () => {
    expect(assessComplaintSeverity({ compensationPerHousehold: 20_000 }).level).toBe('general');
    const s = assessComplaintSeverity({ compensationPerHousehold: 20_000.01 });
    expect(s.level).toBe('major');
    expect(s.reasons[0]).toMatchObject({
      rule: 'CMP-SEV-MAJOR-COMP',
      facts: { compensationPerHousehold: 20_000.01, threshold: { kind: 'more-than', value: 20_000 } },
    });
    // The threshold is the preset's, and the reason cites where the preset's value comes from (convention 14).
    expect(s.reasons[0]?.message['zh-CN']).toBe(
      '赔偿金额超过20000元/每户：重大投诉（sinoOcean2008，出处：SOL 投诉管理 3(2)）',
    );
  });

  it('CMP-SEV-MAJOR-LEGAL: a lawsuit filed or media exposure is major', () => {
    expect(assessComplaintSeverity({ lawsuitFiled: true }).level).toBe('major');
    expect(assessComplaintSeverity({ mediaExposed: true }).level).toBe('major');
    expect(assessComplaintSeverity({ lawsuitFiled: false, mediaExposed: false }).level).toBe('general');
    expect(rules(assessComplaintSeverity({ mediaExposed: true }))).toEqual(['CMP-SEV-MAJOR-LEGAL']);
  });

  it('CMP-SEV-MAJOR-COUNT: 19 households with the same issue stay general; 20 are major', () => {
    expect(assessComplaintSeverity({ householdsWithSameIssue: 19 }).level).toBe('general');
    expect(assessComplaintSeverity({ householdsWithSameIssue: 20 })).toMatchObject({
      level: 'major',
      majorGroup: false,
    });
  });

  it('CMP-SEV-MAJOR-CLAIM: demanding to return the home or a very large compensation is major', () => {
    expect(assessComplaintSeverity({ demandsReturnOrLargeCompensation: true }).level).toBe('major');
  });

  it('CMP-SEV-GROUP: 9 households complaining together are not a group complaint; 10 are (major, handled as a crisis)', () => {
    expect(assessComplaintSeverity({ householdsComplainingTogether: 9 })).toMatchObject({
      level: 'general',
      majorGroup: false,
    });
    const s = assessComplaintSeverity({ householdsComplainingTogether: 10 });
    expect(s).toMatchObject({ level: 'major', majorGroup: true });
    expect(s.reasons[0]?.message['zh-CN']).toContain('按危机事件程序处理');
    expect(s.reasons[0]?.facts).toMatchObject({ reading: 'complaining-together', windowHours: 72 });
  });

  it('CMP-SEV-HOT-RISK: may lead to a lawsuit or the media is hot', () => {
    expect(assessComplaintSeverity({ mayLeadToLawsuitOrMedia: true }).level).toBe('hot');
  });

  it('CMP-SEV-HOT-REPEAT: 2 distinct complainants in 30 days stay general; 3 are hot', () => {
    expect(assessComplaintSeverity({ distinctComplainantsWithin30Days: 2 }).level).toBe('general');
    expect(assessComplaintSeverity({ distinctComplainantsWithin30Days: 3 }).level).toBe('hot');
  });

  it('CMP-SEV-HOT-COLLECTIVE: a collective complaint by 2 people stays general; by 3 it is hot', () => {
    expect(assessComplaintSeverity({ collectiveComplainants: 2 }).level).toBe('general');
    expect(assessComplaintSeverity({ collectiveComplainants: 3 }).level).toBe('hot');
  });

  it('CMP-SEV-HOT-STALE: unresolved 7 x 24 h after receipt for the company’s reasons is hot, not 1 ms earlier', () => {
    const receivedAt = '2026-09-30T10:00:00+08:00';
    const base = { receivedAt, delayOnCompanySide: true };
    expect(assessComplaintSeverity({ ...base, now: '2026-10-07T09:59:59.999+08:00' }).level).toBe('general');
    const s = assessComplaintSeverity({ ...base, now: '2026-10-07T10:00:00+08:00' });
    expect(s.level).toBe('hot');
    expect(s.reasons[0]).toMatchObject({
      rule: 'CMP-SEV-HOT-STALE',
      facts: { hoursUnresolved: 168, thresholdDays: 7 },
    });
    // National Day does not stop the clock (LAW-ELAPSED); resolved in time, or delayed by the customer, is not stale.
    expect(
      assessComplaintSeverity({
        ...base,
        now: '2026-10-08T10:00:00+08:00',
        resolvedAt: '2026-10-06T10:00:00+08:00',
      }).level,
    ).toBe('general');
    expect(
      assessComplaintSeverity({
        ...base,
        now: '2026-10-08T10:00:00+08:00',
        resolvedAt: '2026-10-09T10:00:00+08:00',
      }).level,
    ).toBe('hot');
    expect(
      assessComplaintSeverity({ receivedAt, now: '2026-10-08T10:00:00+08:00', delayOnCompanySide: false })
        .level,
    ).toBe('general');
  });

  it('CMP-SEV-HOT-STALE: one default for a delay nobody attributed: the company side, as the machine takes it, and the reason says so', () => {
    const receivedAt = '2026-09-30T10:00:00+08:00';
    expect(DEFAULT_DELAY_ON_COMPANY_SIDE).toBe(true);
    expect(assessComplaintSeverity({ receivedAt, now: '2026-10-07T09:59:59.999+08:00' }).level).toBe(
      'general',
    );
    const s = assessComplaintSeverity({ receivedAt, now: '2026-10-07T10:00:00+08:00' });
    expect(s.level).toBe('hot');
    expect(s.reasons[0]?.facts.delayOnCompanySide).toBe('presumed');
    expect(s.reasons[0]?.message.en).toContain("taken as the company's");
    const [m] = initialTransition(complaintMachine, { id: 'C-1', receivedAt, category: 'other' });
    expect(m.context.delayOnCompanySide).toBe(DEFAULT_DELAY_ON_COMPANY_SIDE);
  });

  it('CMP-SEV-HOT-STALE: staleness counts from the receipt; the old registeredAt fact is refused with the reason', () => {
    expect(() =>
      assessComplaintSeverity({
        registeredAt: '2026-09-30T10:00:00+08:00',
        now: '2026-10-08T10:00:00+08:00',
      } as never),
    ).toThrow(/registeredAt: not a field here: staleness counts from the receipt/);
  });

  it('CMP-SEV-CRISIS: any crisis signal is a crisis, the highest level, naming the signal', () => {
    const s = assessComplaintSeverity({ crisisSignals: ['disaster'], compensationPerHousehold: 50_000 });
    expect(s.level).toBe('crisis');
    expect(rules(s)).toEqual(['CMP-SEV-CRISIS', 'CMP-SEV-MAJOR-COMP']);
    expect(s.reasons[0]?.message['zh-CN']).toContain('台风');
    expect(assessComplaintSeverity({ crisisSignals: [] }).level).toBe('general');
  });

  it('CMP-SEV-GENERAL: the highest level wins and every condition that holds is a reason', () => {
    const s = assessComplaintSeverity({
      compensationPerHousehold: 30_000,
      householdsWithSameIssue: 25,
      householdsComplainingTogether: 12,
      collectiveComplainants: 5,
      mayLeadToLawsuitOrMedia: true,
    });
    expect(s).toMatchObject({ level: 'major', majorGroup: true });
    expect(rules(s)).toEqual([
      'CMP-SEV-MAJOR-COMP',
      'CMP-SEV-MAJOR-COUNT',
      'CMP-SEV-GROUP',
      'CMP-SEV-HOT-RISK',
      'CMP-SEV-HOT-COLLECTIVE',
    ]);
  });

  it('CMP-SEV-MAJOR-COMP: a company policy moves the line, and reasons name its threshold', () => {
    const policy = createPolicy(sinoOcean2008, {
      id: 'acme',
      complaints: { severity: { majorCompensationPerHouseholdYuan: { value: 50_000 } } },
    });
    expect(assessComplaintSeverity({ compensationPerHousehold: 30_000 }, { policy }).level).toBe('general');
    const s = assessComplaintSeverity({ compensationPerHousehold: 50_000.5 }, { policy });
    expect(s.level).toBe('major');
    expect(s.reasons[0]?.message['zh-CN']).toContain('超过50000元');
    expect(assessComplaintSeverity({ compensationPerHousehold: 30_000 }).level).toBe('major');
  });

  it('CMP-SEV-GENERAL: results are frozen or fresh, never shared mutable state, and survive JSON', () => {
    const a = assessComplaintSeverity({});
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => (a.reasons as unknown[]).push(1)).toThrow();
    const b = assessComplaintSeverity({ householdsWithSameIssue: 20 });
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
  });

  it('CMP-SEV-HOT-STALE: a malformed instant is a path-addressed error', () => {
    expect(() =>
      assessComplaintSeverity({
        receivedAt: 'yesterday',
        now: '2026-10-08T10:00:00+08:00',
        delayOnCompanySide: true,
      }),
    ).toThrow(/^receivedAt: expected a valid Date/);
  });
});
