import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeDeliveryKpis,
  computeDeliverySchedule,
  createDeliveryKpiCounter,
  DELIVERY_REPAIR_DISCIPLINES,
  type DeliveryKpiRecord,
  isWorkingDay,
} from '../../src/index.js';
import { dayBetween } from '../_lib/arbitraries.js';

const AFTER_DELIVERY = new Set(['owner-calls', 'delivery-summary']);

describe('properties of the schedule', () => {
  it('LAW-BEFORE: no milestone falls after the delivery day except the owner calls and the summary; every day counted back is a working day no later than its corresponding day', () => {
    fc.assert(
      fc.property(
        dayBetween('2009-03-01', '2026-12-31'),
        fc.boolean(),
        fc.constantFrom(undefined, 'beijing', 'shanghai'),
        fc.integer({ min: 0, max: 20 }),
        fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
        (deliveryOn, firstDelivery, region, endsAfter, mailedBefore) => {
          const plus = (day: string, n: number) =>
            new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
          const s = computeDeliverySchedule({
            deliveryOn,
            firstDelivery,
            region,
            centralizedEndsOn: plus(deliveryOn, endsAfter),
            ...(mailedBefore === undefined ? {} : { noticeMailedOn: plus(deliveryOn, -mailedBefore) }),
            fallback: 'weekends-only',
          });
          for (const m of s.milestones) {
            if (!AFTER_DELIVERY.has(m.id)) {
              expect(m.dueOn < deliveryOn, `${m.id} ${m.dueOn}`).toBe(true);
              expect(isWorkingDay(m.dueOn, { fallback: 'weekends-only' }), `${m.id} ${m.dueOn}`).toBe(true);
            }
            expect(m.reasons.length).toBeGreaterThan(0);
          }
          expect(s.milestones.some((m) => m.id === 'rehearsals')).toBe(firstDelivery);
          const summary = s.milestones.find((m) => m.id === 'delivery-summary');
          expect(summary !== undefined && summary.dueOn > plus(deliveryOn, endsAfter)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const household: fc.Arbitrary<DeliveryKpiRecord> = fc
  .record({
    eligible: fc.boolean(),
    inspected: fc.boolean(),
    atFirst: fc.option(fc.boolean(), { nil: undefined }),
    keysOffset: fc.option(fc.integer({ min: -5, max: 15 }), { nil: undefined }),
    items: fc.array(fc.constantFrom(...DELIVERY_REPAIR_DISCIPLINES), { maxLength: 6 }),
  })
  .map(({ eligible, inspected, atFirst, keysOffset, items }) => ({
    eligible,
    ...(inspected ? { firstInspectedOn: '2026-10-12' } : {}),
    ...(atFirst === undefined ? {} : { keysTakenAtFirstInspection: atFirst }),
    ...(keysOffset === undefined
      ? {}
      : {
          keysTakenOn: new Date(Date.parse('2026-10-12T00:00:00Z') + keysOffset * 86_400_000)
            .toISOString()
            .slice(0, 10),
        }),
    repairItems: items.map((discipline) => ({ discipline })),
  }));

describe('properties of the KPIs', () => {
  it('DLV-SUMMARY: every rate is null or within [0, 1], never NaN; repair rate and satisfaction add up to 1; the order of the records does not matter', () => {
    fc.assert(
      fc.property(fc.array(household, { maxLength: 60 }), (hs) => {
        const period = { centralizedFrom: '2026-10-12', centralizedTo: '2026-10-18' };
        const k = computeDeliveryKpis(hs, period);
        const rates = [
          k.oneTimeSuccessRate,
          k.takeOverRate,
          k.repairRate,
          k.inspectionSatisfactionRate,
          ...Object.values(k.repairRateByDiscipline),
        ];
        for (const f of rates) {
          if (f.denominator === 0) expect(f.value).toBeNull();
          else {
            expect(f.value).not.toBeNaN();
            expect(f.value as number).toBeGreaterThanOrEqual(0);
            expect(f.value as number).toBeLessThanOrEqual(1);
            expect(f.numerator).toBeLessThanOrEqual(f.denominator);
          }
        }
        if (k.repairRate.value !== null) {
          expect((k.repairRate.value as number) + (k.inspectionSatisfactionRate.value as number)).toBeCloseTo(
            1,
            12,
          );
        }
        expect(k.repairItemsPerHousehold.value === null || k.repairItemsPerHousehold.value >= 0).toBe(true);
        const counter = createDeliveryKpiCounter(period);
        for (const h of [...hs].reverse()) counter.add(h);
        const { reasons: _a, ...forward } = k;
        const { reasons: _b, ...backward } = counter.result();
        expect(backward).toEqual(forward);
      }),
      { numRuns: 300 },
    );
  });
});
