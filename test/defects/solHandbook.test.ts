import { describe, expect, it } from 'vitest';
import {
  aoyuan2014,
  createPolicy,
  generic,
  InvalidArgumentError,
  PRESETS,
  SINO_OCEAN_2008_DEFECT_POLICY,
  SOL_DEFECT_HANDBOOK,
  sinoOcean2008,
} from '../../src/index.js';

const byId = (id: string) => {
  const c = SOL_DEFECT_HANDBOOK.find((x) => x.id === id);
  if (c === undefined) throw new Error(`no case ${id}`);
  return c;
};

describe('SOL_DEFECT_HANDBOOK', () => {
  it('DEF-RECUR: holds SOL’s four recurring old problems, each with its source, component key and no invented discipline', () => {
    expect(SOL_DEFECT_HANDBOOK.map((c) => c.id)).toEqual([
      'ac-louvres-too-dense',
      'ac-outdoor-unit-cramped',
      'public-valves-in-homes',
      'pump-room-noise',
    ]);
    for (const c of SOL_DEFECT_HANDBOOK) {
      expect(c.source).toContain('SOL 缺陷管理');
      expect(c.rule).toBe('DEF-RECUR');
      expect(c.title['zh-CN']).toMatch(/^反复发生的“老问题”—/);
      expect(c.discipline).toBeUndefined();
      expect(Object.isFrozen(c)).toBe(true);
    }
  });

  it('DEF-RECUR: the projects and years are the ones the source lists', () => {
    const years = (id: string) => byId(id).occurrences.map((o) => [o.year, o.project['zh-CN']]);
    expect(years('ac-louvres-too-dense')).toEqual([
      [2005, '远洋天地'],
      [2007, '远洋自然'],
    ]);
    expect(years('ac-outdoor-unit-cramped')).toEqual([
      [2005, '远洋新干线'],
      [2006, '天津远洋天地'],
      [2008, '中山远洋城'],
    ]);
    expect(years('public-valves-in-homes')).toEqual([
      [2003, '远洋天地'],
      [2007, '天津远洋天地二期'],
    ]);
    expect(years('pump-room-noise')).toEqual([
      [2005, '远洋新干线'],
      [2006, '远洋山水'],
      [2007, '远洋自然'],
    ]);
  });

  it('DEF-RECUR: the households each incident affected are as the source states them, and unstated where it gives no number', () => {
    const households = (id: string) => byId(id).incidents.map((i) => i.households);
    expect(households('ac-louvres-too-dense')).toEqual([
      { reading: 'exact', count: 974 },
      { reading: 'about', count: 800 },
    ]);
    expect(households('ac-outdoor-unit-cramped')).toEqual([
      { reading: 'not-stated', count: null },
      { reading: 'exact', count: 310 },
      { reading: 'exact', count: 46 },
    ]);
    expect(households('public-valves-in-homes')).toEqual([
      { reading: 'exact', count: 2 },
      { reading: 'exact', count: 234 },
    ]);
    // 超过10户 reads "more than 10" (LAW-THRESHOLD): 10 itself excluded.
    expect(households('pump-room-noise')).toEqual([
      { reading: 'exact', count: 1 },
      { reading: 'not-stated', count: null },
      { reading: 'more-than', count: 10 },
    ]);
  });

  it('DEF-RECUR: an incident is tied to a project only where the source ties it; otherwise the case says so', () => {
    expect(byId('ac-louvres-too-dense').incidents.map((i) => i.occurrence?.year ?? null)).toEqual([
      2005, 2007,
    ]);
    expect(byId('public-valves-in-homes').incidents.map((i) => i.occurrence?.year ?? null)).toEqual([
      2007,
      null,
    ]);
    for (const id of ['ac-outdoor-unit-cramped', 'pump-room-noise']) {
      expect(byId(id).incidents.every((i) => i.occurrence === null)).toBe(true);
      expect(byId(id).notes['zh-CN']).toContain('未说明哪项情况属于哪个项目');
    }
    expect(byId('ac-outdoor-unit-cramped').notes.en).toContain('many owners');
  });
});

describe('the defects policy slice', () => {
  it('DEF-HANDBOOK: every preset carries the defect settings; SOL’s are cited, AOY and GEN borrow them and say so', () => {
    expect(sinoOcean2008.defects).toBe(SINO_OCEAN_2008_DEFECT_POLICY);
    for (const p of Object.values(PRESETS)) {
      expect(p.defects.id).toBe(p.id);
      expect(p.defects.handbook.minimumCases).toEqual({ kind: 'at-least', value: 30 });
      expect(p.defects.handbook.monthsAfterCentralizedDelivery).toBe(3);
      expect(p.defects.monthlyReport).toEqual({ lastDay: 'month-end' });
    }
    expect(sinoOcean2008.defects.sources.monthlyReport).toMatchObject({
      kind: 'source',
      section: 'SOL 缺陷信息上报',
    });
    expect(sinoOcean2008.defects.sources.monthlyReport.note['zh-CN']).toContain('每月底');
    for (const p of [aoyuan2014, generic]) {
      const s = p.defects.sources;
      expect([s.handbookMinimumCases.kind, s.handbookWindow.kind, s.monthlyReport.kind]).toEqual([
        'borrowed',
        'borrowed',
        'borrowed',
      ]);
      expect(s.recurrence.kind).toBe('library-default');
    }
  });

  it('DEF-RECUR: a company policy changes the recurrence settings; a bad one is an INVALID_POLICY error at its path', () => {
    const p = createPolicy(sinoOcean2008, {
      id: 'acme',
      defects: { recurrence: { keyPenalties: { component: 1 } } },
    });
    expect(p.defects.id).toBe('acme');
    expect(p.defects.recurrence).toEqual({
      threshold: 0.8,
      minSharedGrams: 2,
      keyPenalties: { component: 1, discipline: 0.05, location: 0.2 },
    });
    const bad = (overrides: object) => {
      try {
        createPolicy(sinoOcean2008, overrides);
      } catch (e) {
        if (e instanceof InvalidArgumentError) return [e.code, e.path];
      }
      return undefined;
    };
    expect(bad({ defects: { recurrence: { threshold: 0 } } })).toEqual([
      'INVALID_POLICY',
      ['defects', 'recurrence', 'threshold'],
    ]);
    expect(bad({ defects: { recurrence: { keyPenalties: { discipline: 1.5 } } } })).toEqual([
      'INVALID_POLICY',
      ['defects', 'recurrence', 'keyPenalties', 'discipline'],
    ]);
    expect(bad({ defects: { handbook: { gracePeriodDays: -1 } } })).toEqual([
      'INVALID_POLICY',
      ['defects', 'handbook', 'gracePeriodDays'],
    ]);
    expect(bad({ defects: { handbok: {} } })?.[0]).toBe('INVALID_POLICY');
  });
});
