import { describe, expect, it } from 'vitest';
import {
  computeWarrantyExpiry,
  createPolicy,
  generic,
  RealtyCrmError,
  WARRANTY_COMPONENT_IDS,
  WARRANTY_COMPONENTS,
  type WarrantyComponent,
} from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

const HOME = { deliveredOn: '2024-06-30', completionAcceptedOn: '2024-01-10' } as const;

describe('the worked examples of issue 9', () => {
  it('LAW-WARRANTY-MIN: roof waterproofing accepted 2024-01-10, delivered 2024-06-30 ends 2029-01-10, the contractor binding', () => {
    const r = computeWarrantyExpiry('roof-waterproofing', HOME);
    expect(r.component).toBe('roof-waterproofing');
    expect(r.lastDay).toBe('2029-01-10');
    expect(r.endsAt.toISOString()).toBe('2029-01-10T16:00:00.000Z');
    expect(r.binding).toBe('contractor');
    expect(r.clocks).toEqual({ contractor: '2029-01-10', 'buyer-minimum': '2027-06-30', developer: null });
    expect(r.reasons.map((x) => x.rule)).toEqual([
      'LAW-WARRANTY-MIN',
      'LAW-WARRANTY-BUYER',
      'LAW-WARRANTY-BUYER',
      'LAW-WINDOW',
    ]);
    expect(r.reasons[0]?.message.en).toBe(
      "The contractor's period (art. 40: waterproofing of roofs, of rooms that need it, and exterior walls' anti-leak: 5 years) runs from the completion acceptance on 2024-01-10, ending 2029-01-10",
    );
    expect(r.reasons[0]?.message['zh-CN']).toBe(
      '施工单位保修期（建设工程质量管理条例第四十条：屋面防水工程、有防水要求的卫生间、房间和外墙面的防渗漏，5年）自竣工验收合格之日2024-01-10起计算，至2029-01-10',
    );
    expect(r.reasons[2]?.facts).toEqual({
      component: 'roof-waterproofing',
      binding: 'contractor',
      lastDay: '2029-01-10',
      endedByDelivery: false,
    });
  });

  it('LAW-WARRANTY-SEASON: heating in Beijing ends 2026-03-15 (the seasons beginning 2024-11-15 and 2025-11-15)', () => {
    const r = computeWarrantyExpiry('heating', { ...HOME, city: 'beijing' });
    expect(r.lastDay).toBe('2026-03-15');
    expect(r.binding).toBe('contractor');
    expect(r.clocks).toEqual({ contractor: '2026-03-15', 'buyer-minimum': '2025-03-15', developer: null });
    const season = r.reasons.find((x) => x.rule === 'LAW-WARRANTY-SEASON');
    expect(season?.facts.counted).toEqual([
      { from: '2024-11-15', to: '2025-03-15' },
      { from: '2025-11-15', to: '2026-03-15' },
    ]);
    expect(season?.facts.inProgress).toEqual({ from: '2023-11-15', to: '2024-03-15' });
    expect(season?.message['zh-CN']).toContain('北京市供热采暖管理办法（北京市人民政府令第216号');
  });

  it('LAW-WARRANTY-BUYER: lamps accepted 2022-01-10, delivered 2024-06-30: the contractor ended 2024-01-10, the buyer minimum binds to 2024-12-30', () => {
    const r = computeWarrantyExpiry('lamps-and-switches', {
      deliveredOn: '2024-06-30',
      completionAcceptedOn: '2022-01-10',
    });
    expect(r.clocks).toEqual({ contractor: '2024-01-10', 'buyer-minimum': '2024-12-30', developer: null });
    expect(r.lastDay).toBe('2024-12-30');
    expect(r.binding).toBe('buyer-minimum');
    expect(r.reasons[1]?.message.en).toBe(
      'The 1998 minimum (lamps and electrical switches: 6 months) runs from delivery on 2024-06-30, ending 2024-12-30',
    );
  });

  it('LAW-WARRANTY-SEASON: delivered 2024-12-01 with no acceptance day, heating ends 2027-03-15 (a season in progress does not count)', () => {
    const r = computeWarrantyExpiry('heating', { deliveredOn: '2024-12-01' });
    expect(r.lastDay).toBe('2027-03-15');
    expect(r.clocks).toEqual({ contractor: '2027-03-15', 'buyer-minimum': '2026-03-15', developer: null });
    expect(r.reasons[0]?.facts.startsFrom).toBe('delivery');
    expect(r.reasons[0]?.message.en).toContain(
      'none was given, so it is counted from delivery on 2024-12-01',
    );
    expect(r.reasons[0]?.message['zh-CN']).toContain('未给出竣工验收合格日，按交付日2024-12-01起算');
    const season = r.reasons[1];
    expect(season?.facts).toMatchObject({
      city: 'beijing',
      defaultCity: true,
      inProgress: { from: '2024-11-15', to: '2025-03-15' },
    });
    expect(season?.message.en).toContain("no city or season given: Beijing's heating season by default");
  });
});

describe('LAW-WARRANTY-MIN and LAW-WARRANTY-BUYER: the clocks', () => {
  it('LAW-WARRANTY-BUYER: every component maps to its art. 40 item and its 1998 minimum', () => {
    const table = Object.fromEntries(
      WARRANTY_COMPONENT_IDS.map((c) => [
        c,
        [WARRANTY_COMPONENTS[c].item, WARRANTY_COMPONENTS[c].buyerMinimum],
      ]),
    );
    expect(table).toEqual({
      'foundation-and-structure': ['foundation-and-structure', null],
      'roof-waterproofing': ['waterproofing', { years: 3 }],
      leakage: ['waterproofing', { years: 1 }],
      'pipe-leakage': ['installation-and-decoration', { years: 1 }],
      plaster: ['installation-and-decoration', { years: 1 }],
      floor: ['installation-and-decoration', { years: 1 }],
      'doors-and-windows': ['installation-and-decoration', { years: 1 }],
      'pipe-blockage': ['installation-and-decoration', { months: 2 }],
      heating: ['heating-and-cooling', { seasons: 1 }],
      cooling: ['heating-and-cooling', { seasons: 1 }],
      'sanitary-fittings': ['installation-and-decoration', { years: 1 }],
      'lamps-and-switches': ['installation-and-decoration', { months: 6 }],
      'electrical-lines': ['installation-and-decoration', null],
      'equipment-installation': ['installation-and-decoration', null],
    });
    expect(Object.isFrozen(WARRANTY_COMPONENTS.heating)).toBe(true);
  });

  it('LAW-WARRANTY-BUYER: a home accepted and delivered the same day gets each component it can compute', () => {
    const same = {
      deliveredOn: '2025-03-31',
      completionAcceptedOn: '2025-03-31',
      designServiceLifeYears: 50,
      coolingSeason: { from: '06-01', to: '09-30' },
    };
    const got = Object.fromEntries(
      WARRANTY_COMPONENT_IDS.map((c) => {
        const r = computeWarrantyExpiry(c, same);
        return [c, [r.lastDay, r.binding]];
      }),
    );
    expect(got).toEqual({
      'foundation-and-structure': ['2075-03-31', 'contractor'],
      'roof-waterproofing': ['2030-03-31', 'contractor'],
      leakage: ['2030-03-31', 'contractor'],
      'pipe-leakage': ['2027-03-31', 'contractor'],
      plaster: ['2027-03-31', 'contractor'],
      floor: ['2027-03-31', 'contractor'],
      'doors-and-windows': ['2027-03-31', 'contractor'],
      'pipe-blockage': ['2027-03-31', 'contractor'],
      // 2025-03-31: the Beijing season 2024-11-15..2025-03-15 is over; 2 whole seasons follow.
      heating: ['2027-03-15', 'contractor'],
      cooling: ['2026-09-30', 'contractor'],
      'sanitary-fittings': ['2027-03-31', 'contractor'],
      'lamps-and-switches': ['2027-03-31', 'contractor'],
      'electrical-lines': ['2027-03-31', 'contractor'],
      'equipment-installation': ['2027-03-31', 'contractor'],
    });
  });

  it('LAW-WARRANTY-BUYER: the contractor binds on a tie with the buyer minimum', () => {
    // Accepted 2023-06-30 + 2 years = 2025-06-30; delivered 2024-06-30 + 1 year = 2025-06-30.
    const r = computeWarrantyExpiry('plaster', {
      deliveredOn: '2024-06-30',
      completionAcceptedOn: '2023-06-30',
    });
    expect(r.clocks).toEqual({ contractor: '2025-06-30', 'buyer-minimum': '2025-06-30', developer: null });
    expect(r.binding).toBe('contractor');
    // One day earlier acceptance: the buyer minimum is later and binds.
    const later = computeWarrantyExpiry('plaster', {
      deliveredOn: '2024-06-30',
      completionAcceptedOn: '2023-06-29',
    });
    expect([later.lastDay, later.binding]).toEqual(['2025-06-30', 'buyer-minimum']);
  });

  it('LAW-WARRANTY-BUYER: a promise longer than both binds as the developer; one equal to the minimum does not', () => {
    const r = computeWarrantyExpiry('lamps-and-switches', { ...HOME, promise: { years: 3 } });
    expect(r.clocks).toEqual({
      contractor: '2026-01-10',
      'buyer-minimum': '2024-12-30',
      developer: '2027-06-30',
    });
    expect(r.binding).toBe('developer');
    expect(r.reasons.find((x) => x.facts.clock === 'developer')?.message.en).toBe(
      "The developer's promise (住宅质量保证书, given by the caller) of 3 years runs from delivery on 2024-06-30, ending 2027-06-30",
    );
    const tie = computeWarrantyExpiry('lamps-and-switches', {
      deliveredOn: '2024-06-30',
      completionAcceptedOn: '2022-01-10',
      promise: { months: 6 },
    });
    expect([tie.lastDay, tie.binding]).toEqual(['2024-12-30', 'buyer-minimum']);
  });

  it("LAW-WARRANTY-BUYER: the policy's table is the promise when none is given, and the reason names the policy", () => {
    const acme = createPolicy(generic, {
      id: 'acme',
      warranty: { promises: { 'pipe-blockage': { years: 1 }, heating: { seasons: 3 } } },
    });
    const r = computeWarrantyExpiry('pipe-blockage', {
      deliveredOn: '2024-06-30',
      completionAcceptedOn: '2022-01-10',
      policy: acme,
    });
    expect(r.clocks).toEqual({
      contractor: '2024-01-10',
      'buyer-minimum': '2024-08-30',
      developer: '2025-06-30',
    });
    expect(r.binding).toBe('developer');
    expect(r.reasons.find((x) => x.facts.clock === 'developer')?.facts.from).toBe('policy acme');
    const heat = computeWarrantyExpiry('heating', { ...HOME, policy: acme });
    expect(heat.clocks.developer).toBe('2027-03-15');
    expect(heat.binding).toBe('developer');
  });

  it('LAW-WINDOW: Feb 29 plus a year ends on Feb 28; the last day is never moved over rest days', () => {
    const r = computeWarrantyExpiry('pipe-leakage', {
      deliveredOn: '2024-02-29',
      completionAcceptedOn: '2024-02-29',
    });
    expect(r.clocks).toEqual({ contractor: '2026-02-28', 'buyer-minimum': '2025-02-28', developer: null });
    expect(r.reasons.at(-1)?.facts).toEqual({ lastDay: '2026-02-28', clampedToMonthEnd: true });
    // Delivered 2024-10-01: the roof minimum ends 2027-10-01, a National Day holiday, not moved.
    const roof = computeWarrantyExpiry('roof-waterproofing', {
      deliveredOn: '2024-10-01',
      completionAcceptedOn: '2019-01-02',
    });
    expect([roof.lastDay, roof.binding]).toEqual(['2027-10-01', 'buyer-minimum']);
    expect(roof.endsAt.toISOString()).toBe('2027-10-01T16:00:00.000Z');
  });

  it('LAW-WARRANTY-MIN: foundation and structure runs the design service life from the acceptance, with no 1998 row', () => {
    const r = computeWarrantyExpiry('foundation-and-structure', { ...HOME, designServiceLifeYears: 70 });
    expect(r.clocks).toEqual({ contractor: '2094-01-10', 'buyer-minimum': null, developer: null });
    expect(r.reasons[1]?.message.en).toBe(
      'The 1998 minimum: The 1998 rules list no minimum: "other parts: as the developer and the user agree"',
    );
  });

  it('LAW-WARRANTY-BUYER: a component without a 1998 row may have ended by delivery, and the reason says so', () => {
    const r = computeWarrantyExpiry('electrical-lines', {
      deliveredOn: '2010-01-01',
      completionAcceptedOn: '2008-01-01',
    });
    expect([r.lastDay, r.binding]).toEqual(['2010-01-01', 'contractor']);
    expect(r.reasons.at(-2)?.facts.endedByDelivery).toBe(true);
    expect(r.reasons.at(-2)?.message['zh-CN']).toContain('交付时已届满');
  });
});

describe('LAW-WARRANTY-SEASON: seasons', () => {
  it('LAW-WARRANTY-SEASON: a season beginning the day after the start counts; one beginning on the start day does not', () => {
    const before = computeWarrantyExpiry('heating', {
      deliveredOn: '2024-11-14',
      completionAcceptedOn: '2024-11-14',
    });
    expect(before.clocks['buyer-minimum']).toBe('2025-03-15');
    const on = computeWarrantyExpiry('heating', {
      deliveredOn: '2024-11-15',
      completionAcceptedOn: '2024-11-15',
    });
    expect(on.clocks['buyer-minimum']).toBe('2026-03-15');
    expect(on.clocks.contractor).toBe('2027-03-15');
    // The season's last day: a season that ended that very day was in progress; the next is whole.
    const last = computeWarrantyExpiry('heating', {
      deliveredOn: '2025-03-15',
      completionAcceptedOn: '2025-03-15',
    });
    expect(last.clocks['buyer-minimum']).toBe('2026-03-15');
    const after = computeWarrantyExpiry('heating', {
      deliveredOn: '2025-03-16',
      completionAcceptedOn: '2025-03-16',
    });
    expect(after.clocks['buyer-minimum']).toBe('2026-03-15');
    expect(after.reasons[1]?.facts.inProgress).toBeNull();
  });

  it('LAW-WARRANTY-SEASON: each city counts its own regulation, and a season ending at 00:00 ends the day before', () => {
    const at = (city: 'harbin' | 'urumqi' | 'taiyuan' | 'shijiazhuang' | 'zhengzhou' | 'xian' | 'tianjin') =>
      computeWarrantyExpiry('heating', {
        deliveredOn: '2024-10-15',
        completionAcceptedOn: '2024-10-15',
        city,
      }).clocks;
    expect(at('harbin')).toEqual({
      contractor: '2026-04-20',
      'buyer-minimum': '2025-04-20',
      developer: null,
    });
    // Urumqi's season (10-10..04-10) is in progress on 10-15: the next one counts.
    expect(at('urumqi')).toEqual({
      contractor: '2027-04-10',
      'buyer-minimum': '2026-04-10',
      developer: null,
    });
    expect(at('taiyuan')['buyer-minimum']).toBe('2025-03-31');
    expect(at('shijiazhuang')['buyer-minimum']).toBe('2025-03-14');
    expect(at('zhengzhou')['buyer-minimum']).toBe('2025-03-14');
    expect(at('xian')['buyer-minimum']).toBe('2025-03-15');
    expect(at('tianjin')['buyer-minimum']).toBe('2025-03-15');
  });

  it('LAW-WARRANTY-SEASON: a caller-given heating season and a cooling season in the same year', () => {
    const r = computeWarrantyExpiry('heating', { ...HOME, heatingSeason: { from: '11-01', to: '03-31' } });
    expect(r.clocks).toEqual({ contractor: '2026-03-31', 'buyer-minimum': '2025-03-31', developer: null });
    expect(r.reasons[1]?.message.en).toContain('the heating season given (11-01 to 03-31)');
    const c = computeWarrantyExpiry('cooling', { ...HOME, coolingSeason: { from: '06-01', to: '09-30' } });
    // Accepted 2024-01-10: 2024 and 2025 cooling seasons; delivered 2024-06-30 mid-season: 2025's.
    expect(c.clocks).toEqual({ contractor: '2025-09-30', 'buyer-minimum': '2025-09-30', developer: null });
    expect(c.binding).toBe('contractor');
  });
});

describe('bad input: path-addressed errors, never a guess', () => {
  it('LAW-WARRANTY-SEASON: a city without a row is an error naming the option, never a guess', () => {
    const e = refusalOf(() => computeWarrantyExpiry('heating', { ...HOME, city: 'shenyang' as never }));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.path).toEqual(['options', 'city']);
    expect(e.message).toContain('heatingSeason');
    expect(e.message).toContain('never guesses');
    expect(
      refusalOf(() => computeWarrantyExpiry('heating', { ...HOME, city: 'Beijing' as never })).message,
    ).toContain("'beijing'");
    expect(
      refusalOf(() => computeWarrantyExpiry('heating', { ...HOME, city: 'bejing' as never })).message,
    ).toContain("did you mean 'beijing'");
    // Checked even for a component not counted in seasons.
    expect(
      refusalOf(() => computeWarrantyExpiry('plaster', { ...HOME, city: 'atlantis' as never })).path,
    ).toEqual(['options', 'city']);
  });

  it('LAW-WARRANTY-SEASON: a season 02-30, 02-29, 13-01 or with the same first and last day is an error at its path', () => {
    expect(
      refusalOf(() =>
        computeWarrantyExpiry('heating', { ...HOME, heatingSeason: { from: '11-15', to: '02-30' } }),
      ).path,
    ).toEqual(['options', 'heatingSeason', 'to']);
    expect(
      refusalOf(() =>
        computeWarrantyExpiry('heating', { ...HOME, heatingSeason: { from: '02-29', to: '03-15' } }),
      ).message,
    ).toContain("'02-28'");
    expect(
      refusalOf(() =>
        computeWarrantyExpiry('heating', { ...HOME, heatingSeason: { from: '13-01', to: '03-15' } }),
      ).path,
    ).toEqual(['options', 'heatingSeason', 'from']);
    expect(
      refusalOf(() =>
        computeWarrantyExpiry('heating', { ...HOME, heatingSeason: { from: '11-15', to: '11-15' } }),
      ).path,
    ).toEqual(['options', 'heatingSeason']);
    expect(
      refusalOf(() =>
        computeWarrantyExpiry('heating', {
          ...HOME,
          city: 'beijing',
          heatingSeason: { from: '11-15', to: '03-15' },
        }),
      ).message,
    ).toContain('not both');
    expect(
      refusalOf(() =>
        computeWarrantyExpiry('plaster', { ...HOME, coolingSeason: { from: '06-31', to: '09-30' } }),
      ).path,
    ).toEqual(['options', 'coolingSeason', 'from']);
  });

  it('LAW-WARRANTY-SEASON: cooling without coolingSeason, and foundation without designServiceLifeYears, name the option', () => {
    const c = refusalOf(() => computeWarrantyExpiry('cooling', HOME));
    expect(c.path).toEqual(['options', 'coolingSeason']);
    const f = refusalOf(() => computeWarrantyExpiry('foundation-and-structure', HOME));
    expect(f.path).toEqual(['options', 'designServiceLifeYears']);
    expect(
      refusalOf(() =>
        computeWarrantyExpiry('foundation-and-structure', { ...HOME, designServiceLifeYears: 0 }),
      ).path,
    ).toEqual(['options', 'designServiceLifeYears']);
  });

  it('LAW-WARRANTY-MIN: delivery before the completion acceptance, an unknown component or option, a malformed day', () => {
    const e = refusalOf(() =>
      computeWarrantyExpiry('plaster', { deliveredOn: '2024-01-09', completionAcceptedOn: '2024-01-10' }),
    );
    expect(e.path).toEqual(['options', 'completionAcceptedOn']);
    expect(e.message).toContain('after the delivery');
    expect(
      computeWarrantyExpiry('plaster', { deliveredOn: '2024-01-10', completionAcceptedOn: '2024-01-10' })
        .lastDay,
    ).toBe('2026-01-10');
    const u = refusalOf(() => computeWarrantyExpiry('roof' as WarrantyComponent, HOME));
    expect(u.path).toEqual(['component']);
    expect(u.message).toContain("did you mean 'roof-waterproofing'");
    const k = refusalOf(() =>
      computeWarrantyExpiry('plaster', { deliveredOn: '2024-06-30', acceptedOn: '2024-01-10' } as never),
    );
    expect(k.path).toEqual(['options', 'acceptedOn']);
    expect(refusalOf(() => computeWarrantyExpiry('plaster', { deliveredOn: '2024-02-30' })).path).toEqual([
      'options',
      'deliveredOn',
    ]);
    expect(refusalOf(() => computeWarrantyExpiry('plaster', null as never)).path).toEqual(['options']);
  });

  it('LAW-WARRANTY-BUYER: a promise in seasons for a component not counted in seasons, or with two units, is an error', () => {
    expect(
      refusalOf(() => computeWarrantyExpiry('plaster', { ...HOME, promise: { seasons: 2 } })).path,
    ).toEqual(['options', 'promise', 'seasons']);
    expect(
      refusalOf(() =>
        computeWarrantyExpiry('plaster', { ...HOME, promise: { years: 1, months: 2 } as never }),
      ).path,
    ).toEqual(['options', 'promise']);
    expect(
      refusalOf(() => computeWarrantyExpiry('plaster', { ...HOME, promise: { years: -1 } })).path,
    ).toEqual(['options', 'promise', 'years']);
    expect(
      refusalOf(() => computeWarrantyExpiry('plaster', { ...HOME, promise: { years: 1.5 } })).path,
    ).toEqual(['options', 'promise', 'years']);
  });

  it('LAW-WARRANTY-BUYER: nothing the caller passed is changed, and every failure is a RealtyCrmError', () => {
    const options = Object.freeze({
      ...HOME,
      heatingSeason: Object.freeze({ from: '11-15', to: '03-15' }),
      promise: Object.freeze({ seasons: 2 }),
    });
    const r = computeWarrantyExpiry('heating', options);
    // A promise of 2 seasons from delivery ties with the contractor's 2 from acceptance: the contractor's.
    expect(r.clocks).toEqual({
      contractor: '2026-03-15',
      'buyer-minimum': '2025-03-15',
      developer: '2026-03-15',
    });
    expect(r.binding).toBe('contractor');
    expect(() => computeWarrantyExpiry('heating', { deliveredOn: 42 as never })).toThrow(RealtyCrmError);
    expect(JSON.parse(JSON.stringify(r.reasons))).toEqual(r.reasons);
  });
});
