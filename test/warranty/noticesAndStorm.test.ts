import { describe, expect, it } from 'vitest';
import {
  CalendarCoverageError,
  computeStormWarningDue,
  computeWarrantyExpiry,
  computeWarrantyExpiryNotices,
  createPolicy,
  InvalidArgumentError,
  sinoOcean2008,
} from '../../src/index.js';

const days = (n: ReturnType<typeof computeWarrantyExpiryNotices>) => [
  n.ownerNoticeOn,
  n.contractorNoticeOn,
  n.fullInspectionOn,
];

describe('WAR-EXPIRY: notices counted back (LAW-BEFORE)', () => {
  it('WAR-EXPIRY: a month, 30 days and 3 months before 2026-10-31; 30 days before is 10-01, National Day, so 09-30', () => {
    const n = computeWarrantyExpiryNotices({ expiresOn: '2026-10-31' });
    expect(days(n)).toEqual(['2026-09-30', '2026-09-30', '2026-07-31']);
    expect(n.fallbackUsed).toBe(false);
    expect(n.reasons.map((r) => r.rule).filter((r) => r === 'WAR-EXPIRY')).toHaveLength(3);
    expect(n.reasons[0]?.message['zh-CN']).toBe(
      '保修期满（2026-10-31）前1个月以“温馨知会”（短信、小区张贴、信箱投递）告知业主保修期满时间及期满后的报修途径，最迟2026-09-30（SOL 保修期满前集中维保修 1-2、物管中心职责）',
    );
    const contractor = n.reasons.find((r) => r.rule === 'LAW-BEFORE' && r.facts.nominalDay === '2026-10-01');
    expect(contractor?.facts.lastDay).toBe('2026-09-30');
    expect(contractor?.message.en).toContain('National Day');
  });

  it('LAW-BEFORE: 03-31 minus a month is the last day of February, a Spring Festival makeup Saturday: a working day', () => {
    const n = computeWarrantyExpiryNotices({ expiresOn: '2026-03-31' });
    // 30 days before is Sunday 03-01: moved back to Saturday 02-28, a makeup working day.
    expect(days(n)).toEqual(['2026-02-28', '2026-02-28', '2025-12-31']);
  });

  it('LAW-BEFORE: a notice due in the 2026 Spring Festival holiday moves to the makeup Saturday 02-14 before it', () => {
    const n = computeWarrantyExpiryNotices({ expiresOn: '2026-03-20' });
    // 02-20 and 02-18 fall in the holiday 02-15..02-23; 2025-12-20 is a Saturday.
    expect(days(n)).toEqual(['2026-02-14', '2026-02-14', '2025-12-19']);
  });

  it('WAR-EXPIRY: the notices of a real warranty, and years without a holiday notice need the fallback', () => {
    const roof = computeWarrantyExpiry('roof-waterproofing', {
      deliveredOn: '2024-06-30',
      completionAcceptedOn: '2024-01-10',
    });
    expect(() => computeWarrantyExpiryNotices({ expiresOn: roof.lastDay })).toThrow(CalendarCoverageError);
    const n = computeWarrantyExpiryNotices({ expiresOn: roof.lastDay, fallback: 'weekends-only' });
    // 2028-12-10 is a Sunday, 2028-12-11 a Monday, 2028-10-10 a Tuesday.
    expect(days(n)).toEqual(['2028-12-08', '2028-12-11', '2028-10-10']);
    expect(n.fallbackUsed).toBe(true);
    expect(n.reasons.some((r) => r.rule === 'LAW-COVERAGE')).toBe(true);
  });

  it("WAR-EXPIRY: a company's own lengths are named as its own", () => {
    const acme = createPolicy(sinoOcean2008, {
      id: 'acme',
      warranty: { notices: { contractorDaysBefore: 45 } },
    });
    const n = computeWarrantyExpiryNotices({ expiresOn: '2026-10-31', policy: acme });
    expect(n.contractorNoticeOn).toBe('2026-09-16');
    expect(n.reasons[0]?.facts.source).toBeNull();
    expect(n.reasons[0]?.message.en).toContain('set by policy acme');
  });

  it('WAR-EXPIRY: a malformed day or an unknown option is a path-addressed error', () => {
    expect(() => computeWarrantyExpiryNotices({ expiresOn: '2026-02-30' })).toThrow(InvalidArgumentError);
    expect(() => computeWarrantyExpiryNotices({ expiresOn: '2026-10-31', expires: 1 } as never)).toThrow(
      /expires/,
    );
    expect(() =>
      computeWarrantyExpiryNotices({ expiresOn: '2026-10-31', fallback: 'guess' as never }),
    ).toThrow(InvalidArgumentError);
  });
});

describe('WAR-STORM', () => {
  it('WAR-STORM: the warning to the engineering head is due 2 hours after the forecast, at night and on a holiday alike', () => {
    const d = computeStormWarningDue({ forecastAt: '2026-10-01T22:30:00+08:00' });
    expect(d.dueAt.toISOString()).toBe('2026-10-01T16:30:00.000Z');
    expect(d.reasons.map((r) => r.rule)).toEqual(['WAR-STORM', 'LAW-ELAPSED']);
    expect(d.reasons[0]?.facts).toMatchObject({ hours: 2, source: 'SOL 磨合期快速维修工作程序 1(3)' });
    const at = (iso: string) => new Date(iso).getTime() >= d.dueAt.getTime();
    expect(at('2026-10-02T00:29:59+08:00')).toBe(false);
    expect(at('2026-10-02T00:30:00+08:00')).toBe(true);
  });

  it('WAR-STORM: a forecast without an offset is refused, never read in the host zone', () => {
    expect(() => computeStormWarningDue({ forecastAt: '2026-10-01T22:30:00' })).toThrow(InvalidArgumentError);
    expect(() => computeStormWarningDue({ forecastAt: new Date(Number.NaN) })).toThrow(InvalidArgumentError);
  });
});
