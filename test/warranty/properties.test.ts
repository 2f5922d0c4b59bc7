/**
 * Properties of the warranty clocks: the buyer's expiry is the latest of its three clocks
 * and never before any; it never moves earlier when the promise grows or the completion
 * acceptance moves later; the module's fast window arithmetic agrees with the calendar's
 * `addWindow`; nothing the caller passed is changed.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWindow,
  assessCallbackRate,
  computeWarrantyExpiry,
  generic,
  HEATING_SEASON_CITIES,
  HEATING_SEASONS,
  WARRANTY_COMPONENT_IDS,
  type WarrantyComponent,
  type WarrantyPromise,
} from '../../src/index.js';
import { computeWindowEnd } from '../../src/warranty/warrantyWindow.js';
import { dayBetween, dayNumberOfDay, dayOf } from '../_lib/arbitraries.js';

const EXTRA = { designServiceLifeYears: 50, coolingSeason: { from: '06-01', to: '09-30' } } as const;
const SEASONAL = new Set<WarrantyComponent>(['heating', 'cooling']);

const component = fc.constantFrom(...WARRANTY_COMPONENT_IDS);
const city = fc.constantFrom(...HEATING_SEASON_CITIES);
/** A home: accepted up to 4 years before delivery, delivered 2010-2030. */
const home = fc
  .record({ delivered: dayBetween('2010-01-01', '2030-12-31'), gap: fc.integer({ min: 0, max: 1500 }) })
  .map(({ delivered, gap }) => ({
    deliveredOn: delivered,
    completionAcceptedOn: dayOf(dayNumberOfDay(delivered) - gap),
  }));
const promiseFor = (c: WarrantyComponent): fc.Arbitrary<WarrantyPromise> =>
  SEASONAL.has(c)
    ? fc.integer({ min: 1, max: 6 }).map((seasons) => ({ seasons }))
    : fc.oneof(
        fc.integer({ min: 1, max: 10 }).map((years) => ({ years })),
        fc.integer({ min: 1, max: 120 }).map((months) => ({ months })),
      );

describe('properties of the warranty clocks', () => {
  it("LAW-WARRANTY-BUYER: the buyer's expiry is never before any of its three clocks, and is one of them", () => {
    fc.assert(
      fc.property(
        component.chain((c) =>
          fc.tuple(fc.constant(c), home, city, fc.option(promiseFor(c), { nil: undefined })),
        ),
        ([c, h, where, promise]) => {
          const r = computeWarrantyExpiry(c, {
            ...h,
            ...EXTRA,
            city: where,
            ...(promise ? { promise } : {}),
          });
          const clocks = Object.values(r.clocks).filter((d): d is string => d !== null);
          for (const day of clocks) expect(r.lastDay >= day).toBe(true);
          expect(r.clocks[r.binding]).toBe(r.lastDay);
          // Past delivery whenever the 1998 rules set a minimum; a component without one may end before.
          if (r.clocks['buyer-minimum'] !== null) expect(r.lastDay > h.deliveredOn).toBe(true);
          expect(Date.parse(r.endsAt.toISOString())).toBe(
            Date.parse(`${r.lastDay}T00:00:00+08:00`) + 86_400_000,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('LAW-WARRANTY-BUYER: it never moves earlier when the promise grows', () => {
    fc.assert(
      fc.property(
        component.chain((c) => fc.tuple(fc.constant(c), home, promiseFor(c), fc.integer({ min: 0, max: 5 }))),
        ([c, h, promise, more]) => {
          const bigger: WarrantyPromise =
            'years' in promise
              ? { years: promise.years + more }
              : 'months' in promise
                ? { months: promise.months + more }
                : { seasons: promise.seasons + more };
          const a = computeWarrantyExpiry(c, { ...h, ...EXTRA, promise });
          const b = computeWarrantyExpiry(c, { ...h, ...EXTRA, promise: bigger });
          expect(b.lastDay >= a.lastDay).toBe(true);
          const none = computeWarrantyExpiry(c, { ...h, ...EXTRA });
          expect(a.lastDay >= none.lastDay).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('LAW-WARRANTY-MIN: it never moves earlier when the completion acceptance moves later', () => {
    fc.assert(
      fc.property(component, home, fc.integer({ min: 0, max: 400 }), city, (c, h, later, where) => {
        const delivered = dayNumberOfDay(h.deliveredOn);
        const accepted = dayNumberOfDay(h.completionAcceptedOn);
        const moved = dayOf(Math.min(delivered, accepted + later));
        const a = computeWarrantyExpiry(c, { ...h, ...EXTRA, city: where });
        const b = computeWarrantyExpiry(c, { ...h, ...EXTRA, city: where, completionAcceptedOn: moved });
        expect(b.lastDay >= a.lastDay).toBe(true);
        // Without an acceptance day the contractor counts from delivery: never earlier either.
        const none = computeWarrantyExpiry(c, { deliveredOn: h.deliveredOn, ...EXTRA, city: where });
        expect(none.lastDay >= b.lastDay).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("LAW-WARRANTY-SEASON: a clock in seasons ends on a season's last day after its start", () => {
    fc.assert(
      fc.property(home, city, (h, where) => {
        const r = computeWarrantyExpiry('heating', { ...h, city: where });
        const to = HEATING_SEASONS[where].to;
        for (const day of [r.clocks.contractor, r.clocks['buyer-minimum']]) {
          expect(day?.slice(5)).toBe(to);
        }
        expect((r.clocks['buyer-minimum'] ?? '') > h.deliveredOn).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("LAW-WINDOW: the module's window arithmetic agrees with the calendar's addWindow", () => {
    fc.assert(
      fc.property(
        dayBetween('1995-01-01', '2035-12-31'),
        fc.integer({ min: 1, max: 1200 }),
        (start, months) => {
          const w = addWindow(start, { months });
          const end = computeWindowEnd(dayNumberOfDay(start), months);
          expect(dayOf(end.dayNumber)).toBe(w.lastDay);
          expect(end.clampedToMonthEnd).toBe(w.reasons[0]?.facts.clampedToMonthEnd);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('LAW-WARRANTY-BUYER: nothing the caller passed is changed', () => {
    fc.assert(
      fc.property(component, home, (c, h) => {
        const options = { ...h, ...EXTRA, coolingSeason: { ...EXTRA.coolingSeason } };
        const before = JSON.stringify(options);
        computeWarrantyExpiry(c, options);
        expect(JSON.stringify(options)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it('WAR-CALLBACK-GEN: the rate stays in 0..1 and never falls when a record is called back in time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }), (n, k) => {
        const called = Math.min(n, k);
        const recs = Array.from({ length: n }, (_, i) =>
          i < called
            ? { completedAt: '2026-03-02T10:00:00+08:00', calledBackAt: '2026-03-10T10:00:00+08:00' }
            : { completedAt: '2026-03-02T10:00:00+08:00' },
        );
        const a = assessCallbackRate(recs, { kind: 'repair', policy: generic });
        expect(a.rate).toBe(called / n);
        expect(a.meets).toBe(called * 10 >= 3 * n);
        if (called < n) {
          const more = recs.map((r, i) =>
            i === called ? { ...r, calledBackAt: '2026-03-10T10:00:00+08:00' } : r,
          );
          expect(assessCallbackRate(more, { kind: 'repair', policy: generic }).rate ?? 0).toBeGreaterThan(
            a.rate ?? 0,
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});
