import { describe, expect, it } from 'vitest';
import {
  aoyuan2014,
  createPolicy,
  generic,
  HEATING_SEASON_CITIES,
  HEATING_SEASONS,
  parsePolicy,
  parseRepairOrder,
  parseRepairOrders,
  REPAIR_ORDER_FIELDS,
  RepairOrderSchema,
  SINO_OCEAN_2008_WARRANTY_POLICY,
  sinoOcean2008,
  WARRANTY_SETTING_SOURCES,
} from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

describe('LAW-WARRANTY-BUYER: the policy’s warranty table, checked by createPolicy', () => {
  it('LAW-WARRANTY-BUYER: the presets promise nothing: the sources set no 住宅质量保证书 periods', () => {
    for (const p of [sinoOcean2008, aoyuan2014, generic]) expect(p.warranty.promises, p.id).toEqual({});
    expect(WARRANTY_SETTING_SOURCES.promises.presets.sinoOcean2008.kind).toBe('default');
  });

  it('LAW-WARRANTY-BUYER: a promise shorter than the 1998 minimum is INVALID_POLICY naming the component; equal is fine', () => {
    const e = refusalOf(() =>
      createPolicy(sinoOcean2008, { warranty: { promises: { 'roof-waterproofing': { years: 2 } } } }),
    );
    expect(e.code).toBe('INVALID_POLICY');
    expect(e.path).toEqual(['warranty', 'promises', 'roof-waterproofing']);
    expect(e.message).toContain('roof-waterproofing (屋面防水)');
    expect(e.message).toContain('shorter than the 1998 minimum of 3 years');
    expect(
      createPolicy(sinoOcean2008, { warranty: { promises: { 'roof-waterproofing': { years: 3 } } } }).warranty
        .promises,
    ).toEqual({
      'roof-waterproofing': { years: 3 },
    });
    // 5 months against lamps' 6 months; 35 months against the roof's 3 years.
    expect(
      refusalOf(() =>
        createPolicy(generic, { warranty: { promises: { 'lamps-and-switches': { months: 5 } } } }),
      ).path,
    ).toEqual(['warranty', 'promises', 'lamps-and-switches']);
    expect(() =>
      createPolicy(generic, { warranty: { promises: { 'roof-waterproofing': { months: 35 } } } }),
    ).toThrow(/1998 minimum/);
    expect(
      createPolicy(generic, { warranty: { promises: { 'roof-waterproofing': { months: 36 } } } }).id,
    ).toBe('generic-custom');
  });

  it('LAW-WARRANTY-SEASON: heating and cooling promises are counted in seasons; other components never are', () => {
    expect(
      refusalOf(() => createPolicy(generic, { warranty: { promises: { heating: { years: 1 } } } })).message,
    ).toContain('{ seasons }');
    expect(
      refusalOf(() => createPolicy(generic, { warranty: { promises: { plaster: { seasons: 2 } } } })).message,
    ).toContain('years or months');
    expect(
      createPolicy(generic, { warranty: { promises: { heating: { seasons: 1 }, cooling: { seasons: 2 } } } })
        .warranty.promises.cooling,
    ).toEqual({ seasons: 2 });
    // Components with no 1998 row take any length.
    expect(
      createPolicy(generic, { warranty: { promises: { 'electrical-lines': { months: 1 } } } }).warranty
        .promises,
    ).toEqual({ 'electrical-lines': { months: 1 } });
  });

  it('LAW-WARRANTY-BUYER: a promise is replaced whole, and unknown components or units are errors at their path', () => {
    const base = createPolicy(generic, { id: 'acme', warranty: { promises: { plaster: { months: 18 } } } });
    const next = createPolicy(base, { warranty: { promises: { plaster: { years: 2 } } } });
    expect(next.warranty.promises.plaster).toEqual({ years: 2 });
    expect(next.warranty.id).toBe('acme-custom');
    expect(
      refusalOf(() => createPolicy(generic, { warranty: { promises: { roof: { years: 5 } } } as never }))
        .path,
    ).toEqual(['warranty', 'promises']);
    expect(
      refusalOf(() => createPolicy(generic, { warranty: { promises: { plaster: { years: 1, months: 1 } } } }))
        .path,
    ).toEqual(['warranty', 'promises', 'plaster']);
    expect(
      refusalOf(() => parsePolicy({ extends: 'generic', warranty: { stormWarningHours: -2 } })).path,
    ).toEqual(['warranty', 'stormWarningHours']);
  });
});

describe('the presets’ warranty settings cite their source', () => {
  it('WAR-CALLBACK-GEN: generic calls back within a month at 30%; sinoOcean2008 within 5 working days with no rate; aoyuan2014 borrows', () => {
    expect(generic.warranty.callback).toEqual({ within: { months: 1 }, minimumRate: 0.3 });
    expect(sinoOcean2008.warranty.callback).toEqual({ within: { workingDays: 5 }, minimumRate: null });
    expect(aoyuan2014.warranty.callback).toEqual(sinoOcean2008.warranty.callback);
    expect(WARRANTY_SETTING_SOURCES.callback.presets.aoyuan2014).toEqual({
      kind: 'borrowed',
      from: 'sinoOcean2008',
      section: 'SOL 保修期满前的处理流程 8',
    });
  });

  it('WAR-PHASE: every setting of every preset names its source, a borrowing or the library default', () => {
    for (const row of Object.values(WARRANTY_SETTING_SOURCES)) {
      for (const [preset, source] of Object.entries(row.presets)) {
        const ok =
          (source.kind === 'source' && /^(SOL|GEN|AOY) /.test(source.section)) ||
          (source.kind === 'borrowed' && /^(SOL|GEN) /.test(source.section) && source.from !== preset) ||
          (source.kind === 'default' && source.note.en.length > 0);
        expect(ok, `${row.setting} ${preset}`).toBe(true);
      }
    }
    expect(Object.keys(WARRANTY_SETTING_SOURCES).sort()).toEqual(
      Object.keys(SINO_OCEAN_2008_WARRANTY_POLICY)
        .filter((k) => k !== 'id')
        .sort(),
    );
    expect(sinoOcean2008.warranty.phases).toEqual({ centralizedDeliveryMonths: 3, breakInMonths: 12 });
    expect(sinoOcean2008.warranty.reward).toEqual({ annualFundYuan: 20_000, topUpWithFines: true });
    expect(generic.warranty.appointment.lateAfterMinutes).toEqual({ kind: 'more-than', value: 10 });
  });
});

describe('LAW-WARRANTY-SEASON: the heating season table', () => {
  it('LAW-WARRANTY-SEASON: every city cites its local regulation; Beijing is 11-15..03-15 by 北京市人民政府令第216号', () => {
    expect(HEATING_SEASONS.beijing).toMatchObject({
      from: '11-15',
      to: '03-15',
      wording: '当年11月15日至次年3月15日',
    });
    expect(HEATING_SEASONS.beijing.regulation).toContain('北京市人民政府令第216号');
    for (const city of HEATING_SEASON_CITIES) {
      const row = HEATING_SEASONS[city];
      expect(row.regulation, city).toMatch(/(条例|办法)/);
      expect(row.rule).toBe('LAW-WARRANTY-SEASON');
      expect(row.wording, city).toMatch(/^当年/);
    }
    // A season ending "at 00:00 of March 15" ends on March 14, and the row says why.
    for (const city of ['shijiazhuang', 'zhengzhou'] as const) {
      expect(HEATING_SEASONS[city].wording).toContain('零时');
      expect(HEATING_SEASONS[city].to).toBe('03-14');
      expect(HEATING_SEASONS[city].reading?.en).toContain('March 14');
    }
    for (const city of HEATING_SEASON_CITIES.filter((c) => c !== 'shijiazhuang' && c !== 'zhengzhou')) {
      expect(HEATING_SEASONS[city].reading, city).toBeNull();
    }
  });
});

const ORDER = {
  id: 'R-1',
  projectId: 'P-1',
  householdId: 'H-1-101',
  receivedAt: '2026-03-02T09:30:00+08:00',
} as const;

describe('WAR-FLOW: the repair order record', () => {
  it('WAR-FLOW: a minimal order and a full one are valid; every field has labels in both languages', () => {
    expect(parseRepairOrder(ORDER).success).toBe(true);
    const full = parseRepairOrder({
      ...ORDER,
      summary: '卫生间地面渗水',
      component: 'leakage',
      problem: 'leak',
      deliveredOn: '2025-06-30',
      completionAcceptedOn: '2025-01-10',
      centralizedDeliveryOn: '2025-06-30',
      city: 'beijing',
      inWarranty: true,
      previousRepairsAtSameLocation: 1,
      structuralSafety: false,
      contractorId: 'C-9',
      agreedVisitAt: '2026-03-03T09:00:00+08:00',
      arrivedAt: '2026-03-03T09:11:00+08:00',
      contractorFailure: 'missed-agreed-time',
      thirdPartyId: 'T-2',
      onSiteEvidenceRecorded: true,
      planConfirmedAt: '2026-03-03T11:00:00+08:00',
      hiddenWorks: ['leak', 'pipe'],
      hiddenWorksInspectedAt: '2026-03-04T10:00:00+08:00',
      repairStartedAt: '2026-03-04T08:00:00+08:00',
      completedAt: '2026-03-05T17:00:00+08:00',
      acceptedAt: '2026-03-05T18:00:00+08:00',
      reworkCount: 0,
      calledBackAt: '2026-03-09T10:00:00+08:00',
      closedAt: '2026-03-09T11:00:00+08:00',
      cause: 'construction',
      compensationYuan: 800,
      compensationPlanAgreedAt: '2026-03-06T10:00:00+08:00',
      compensationApprovedAt: '2026-03-07T10:00:00+08:00',
      deductionNoticeAt: '2026-03-08T10:00:00+08:00',
    });
    expect(full.success, JSON.stringify(full.error?.issues)).toBe(true);
    expect(Object.keys(RepairOrderSchema.shape).sort()).toEqual(Object.keys(REPAIR_ORDER_FIELDS).sort());
  });

  it('WAR-FLOW: steps out of order are errors at the later field, in Chinese or English', () => {
    const r = parseRepairOrder({ ...ORDER, completedAt: '2026-03-01T09:30:00+08:00' }, { locale: 'en' });
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['completedAt'], 'Completed at (completedAt) is before received at (receivedAt)'],
    ]);
    const zh = parseRepairOrder({ ...ORDER, deliveredOn: '2025-01-09', completionAcceptedOn: '2025-01-10' });
    expect(zh.error?.issues[0]?.message).toBe(
      '交付日期（deliveredOn）早于竣工验收合格日期（completionAcceptedOn）',
    );
    const comp = parseRepairOrder({
      ...ORDER,
      compensationApprovedAt: '2026-03-07T10:00:00+08:00',
      deductionNoticeAt: '2026-03-06T10:00:00+08:00',
    });
    expect(comp.error?.issues[0]?.path).toEqual(['deductionNoticeAt']);
  });

  it('WAR-FLOW: unknown keys, enums, days and instants are path-addressed; a batch counts every record, holes included', () => {
    const bad = parseRepairOrder(
      {
        ...ORDER,
        component: 'roof',
        receivedAt: '2026-03-02 09:30',
        deliveredOn: '2025-02-30',
        phone: '13800000000',
      },
      { locale: 'en' },
    );
    const paths = bad.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['', 'component', 'deliveredOn', 'receivedAt']);
    expect(JSON.stringify(bad.error?.issues)).not.toContain('13800000000');
    const records: unknown[] = [ORDER, { ...ORDER, hiddenWorks: ['paint'] }, ORDER];
    records.length = 4;
    const batch = parseRepairOrders(records, { locale: 'en' });
    expect(batch.valid.length + new Set(batch.invalid.map((i) => i.index)).size).toBe(4);
    expect(batch.validIndexes).toEqual([0, 2]);
    expect(batch.invalid.map((i) => [i.index, i.path.join('.')])).toEqual([
      [1, 'hiddenWorks.0'],
      [3, ''],
    ]);
    expect(refusalOf(() => parseRepairOrders('x' as never)).path).toEqual(['inputs']);
  });
});
