import { describe, expect, it } from 'vitest';
import {
  computeStatutoryWarranty,
  InvalidArgumentError,
  isWarrantyAtLeastStatutory,
  STATUTORY_WARRANTY_TABLE,
} from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

describe('statutory warranty minimums', () => {
  it('LAW-WARRANTY-MIN: the table holds the four minimums of art. 40', () => {
    expect(STATUTORY_WARRANTY_TABLE.waterproofing.minimum).toEqual({ years: 5 });
    expect(STATUTORY_WARRANTY_TABLE['installation-and-decoration'].minimum).toEqual({ years: 2 });
    expect(STATUTORY_WARRANTY_TABLE['heating-and-cooling'].minimum).toEqual({ seasons: 2 });
    expect(STATUTORY_WARRANTY_TABLE['foundation-and-structure'].minimum).toEqual({ designServiceLife: true });
  });

  it('LAW-WARRANTY-MIN: periods run from the completion acceptance, as windows never moved over rest days', () => {
    const w = computeStatutoryWarranty('waterproofing', { completionAcceptedOn: '2026-06-30' });
    expect(w.window).toMatchObject({ firstDay: '2026-07-01', lastDay: '2031-06-30' });
    expect(w.reasons[0]?.message.en).toBe(
      "Waterproofing of roofs, of rooms that need it, and exterior walls' anti-leak: 5 years, from the day the completion acceptance is passed (2026-07-01 to 2031-06-30)",
    );
    // Accepted 2024-02-29: 2 years end on 2026-02-28 (no Feb 29), a makeup Saturday; not moved either way.
    expect(
      computeStatutoryWarranty('installation-and-decoration', { completionAcceptedOn: '2024-02-29' }).window
        ?.lastDay,
    ).toBe('2026-02-28');
    expect(w.reasons.map((r) => r.rule)).toEqual(['LAW-WARRANTY-MIN', 'LAW-WINDOW']);
    expect(
      computeStatutoryWarranty('heating-and-cooling', { completionAcceptedOn: '2026-06-30' }).window,
    ).toBeNull();
    expect(
      computeStatutoryWarranty('foundation-and-structure', { completionAcceptedOn: '2026-06-30' }).window,
    ).toBeNull();
    expect(
      computeStatutoryWarranty('foundation-and-structure', {
        completionAcceptedOn: '2026-06-30',
        designServiceLifeYears: 50,
      }).window?.lastDay,
    ).toBe('2076-06-30');
  });

  it('LAW-WARRANTY-MIN: counting from delivery (the corrected catalog row) is refused with a message that says why', () => {
    const error = refusalOf(
      () => computeStatutoryWarranty('waterproofing', { deliveredOn: '2026-06-30' } as never),
      InvalidArgumentError,
    );
    expect((error as InvalidArgumentError).path).toEqual(['options', 'deliveredOn']);
    expect((error as InvalidArgumentError).message).toContain('completion acceptance, not from delivery');
    expect(() => computeStatutoryWarranty('waterproofing', {} as never)).toThrow(/completionAcceptedOn/);
  });

  it('LAW-WARRANTY-MIN: a construction contract may agree longer, never shorter', () => {
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
    expect(() => computeStatutoryWarranty('roof' as never, { completionAcceptedOn: '2026-06-30' })).toThrow(
      /roof/,
    );
    expect(() => isWarrantyAtLeastStatutory('waterproofing', { years: -1 })).toThrow(InvalidArgumentError);
    expect(() => isWarrantyAtLeastStatutory('waterproofing', { decades: 1 } as never)).toThrow(
      /unknown unit/,
    );
  });
});
