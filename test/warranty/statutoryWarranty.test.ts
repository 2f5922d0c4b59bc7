import { describe, expect, it } from 'vitest';
import {
  computeStatutoryWarranty,
  isWarrantyAtLeastStatutory,
  STATUTORY_WARRANTY_TABLE,
} from '../../src/index.js';

describe('statutory warranty minimums', () => {
  it('LAW-WARRANTY-MIN: the table holds the four minimums of art. 40', () => {
    expect(STATUTORY_WARRANTY_TABLE.waterproofing.minimum).toEqual({ years: 5 });
    expect(STATUTORY_WARRANTY_TABLE['installation-and-decoration'].minimum).toEqual({ years: 2 });
    expect(STATUTORY_WARRANTY_TABLE['heating-and-cooling'].minimum).toEqual({ seasons: 2 });
    expect(STATUTORY_WARRANTY_TABLE['foundation-and-structure'].minimum).toEqual({ designServiceLife: true });
  });

  it('LAW-WARRANTY-MIN: periods run from the day of delivery to the buyer, as windows never moved over rest days', () => {
    const w = computeStatutoryWarranty('waterproofing', { deliveredOn: '2026-06-30' });
    expect(w.window).toMatchObject({ firstDay: '2026-07-01', lastDay: '2031-06-30' });
    // Delivered 2024-02-29: 2 years end on 2026-02-28 (no Feb 29), a makeup Saturday; not moved either way.
    expect(
      computeStatutoryWarranty('installation-and-decoration', { deliveredOn: '2024-02-29' }).window?.lastDay,
    ).toBe('2026-02-28');
    expect(w.reasons.map((r) => r.rule)).toEqual(['LAW-WARRANTY-MIN', 'LAW-WINDOW']);
    expect(computeStatutoryWarranty('heating-and-cooling', { deliveredOn: '2026-06-30' }).window).toBeNull();
    expect(
      computeStatutoryWarranty('foundation-and-structure', { deliveredOn: '2026-06-30' }).window,
    ).toBeNull();
    expect(
      computeStatutoryWarranty('foundation-and-structure', {
        deliveredOn: '2026-06-30',
        designServiceLifeYears: 50,
      }).window?.lastDay,
    ).toBe('2076-06-30');
  });

  it('LAW-WARRANTY-MIN: a developer may promise longer, never shorter', () => {
    expect(isWarrantyAtLeastStatutory('waterproofing', { years: 5 }).compliant).toBe(true);
    expect(isWarrantyAtLeastStatutory('waterproofing', { years: 4 }).compliant).toBe(false);
    expect(isWarrantyAtLeastStatutory('installation-and-decoration', { years: 1 }).compliant).toBe(false);
    expect(isWarrantyAtLeastStatutory('heating-and-cooling', { seasons: 2 }).compliant).toBe(true);
    expect(isWarrantyAtLeastStatutory('heating-and-cooling', { seasons: 1 }).compliant).toBe(false);
    expect(isWarrantyAtLeastStatutory('heating-and-cooling', { years: 3 }).compliant).toBe(false);
    expect(
      isWarrantyAtLeastStatutory('foundation-and-structure', { years: 70 }, { designServiceLifeYears: 70 })
        .compliant,
    ).toBe(true);
    expect(
      isWarrantyAtLeastStatutory('foundation-and-structure', { years: 30 }, { designServiceLifeYears: 50 })
        .compliant,
    ).toBe(false);
    expect(
      isWarrantyAtLeastStatutory('foundation-and-structure', { designServiceLife: true }).compliant,
    ).toBe(true);
    expect(() => computeStatutoryWarranty('roof' as never, { deliveredOn: '2026-06-30' })).toThrow(/roof/);
  });
});
