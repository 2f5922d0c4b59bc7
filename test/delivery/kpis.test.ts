import { describe, expect, it } from 'vitest';
import {
  computeDeliveryKpis,
  createDeliveryKpiCounter,
  DELIVERY_REPAIR_DISCIPLINES,
  type DeliveryKpiRecord,
  InvalidArgumentError,
} from '../../src/index.js';

const PERIOD = { centralizedFrom: '2026-10-12', centralizedTo: '2026-10-18' };

/** A household inspected on `day`. */
const inspected = (day: string, extra: Partial<DeliveryKpiRecord> = {}): DeliveryKpiRecord => ({
  eligible: true,
  firstInspectedOn: day,
  repairItems: [],
  ...extra,
});
const took = (day: string, items: DeliveryKpiRecord['repairItems'] = []) =>
  inspected(day, { keysTakenAtFirstInspection: true, keysTakenOn: day, repairItems: items });
const refused = (day: string, items: DeliveryKpiRecord['repairItems'] = []) =>
  inspected(day, { keysTakenAtFirstInspection: false, repairItems: items });

describe('computeDeliveryKpis: the figures of the delivery summary', () => {
  it('DLV-SUMMARY: one-time success = took the keys at the first inspection / inspected: 3 of 4, then 4 of 4', () => {
    const three = [took('2026-10-12'), took('2026-10-12'), took('2026-10-13'), refused('2026-10-13')];
    expect(computeDeliveryKpis(three, PERIOD).oneTimeSuccessRate).toEqual({
      value: 0.75,
      numerator: 3,
      denominator: 4,
    });
    const four = [...three.slice(0, 3), took('2026-10-13')];
    expect(computeDeliveryKpis(four, PERIOD).oneTimeSuccessRate).toEqual({
      value: 1,
      numerator: 4,
      denominator: 4,
    });
  });

  it('DLV-SUMMARY: all refused: one-time success is 0 of 4, a real 0 (not null)', () => {
    const k = computeDeliveryKpis(
      [refused('2026-10-12'), refused('2026-10-12'), refused('2026-10-13'), refused('2026-10-14')],
      PERIOD,
    );
    expect(k.oneTimeSuccessRate).toEqual({ value: 0, numerator: 0, denominator: 4 });
    expect(k.reasons[0]?.message['zh-CN']).toBe(
      '一次交付成功率 = 首次验房即收楼的户数 ÷ 验房户数 = 0 ÷ 4 = 0.0%',
    );
  });

  it('DLV-SUMMARY: 0 households inspected: every inspection figure is null with a reason, never NaN; the take-over rate still counts', () => {
    const k = computeDeliveryKpis(
      [
        { eligible: true, repairItems: [] },
        { eligible: true, keysTakenOn: '2026-10-15', repairItems: [] },
      ],
      PERIOD,
    );
    for (const f of [
      k.oneTimeSuccessRate,
      k.repairItemsPerHousehold,
      k.repairRate,
      k.inspectionSatisfactionRate,
    ]) {
      expect(f).toEqual({ value: null, numerator: 0, denominator: 0 });
    }
    for (const d of DELIVERY_REPAIR_DISCIPLINES) expect(k.repairRateByDiscipline[d].value).toBeNull();
    expect(k.takeOverRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(k.reasons[0]?.message['zh-CN']).toContain('验房户数为0，无法计算（记为空值，不是0%）');
    expect(k.reasons[0]?.message.en).toContain('null, not 0%');
    expect(JSON.stringify(k)).not.toContain('NaN');
  });

  it('DLV-SUMMARY: no household at all: every figure is null, none NaN', () => {
    const k = computeDeliveryKpis([], PERIOD);
    expect(k.households).toBe(0);
    expect(k.takeOverRate).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(k.repairItemsPerHousehold.value).toBeNull();
  });

  it('DLV-SUMMARY: the take-over rate counts keysTakenOn inside the centralized period, both ends included: 10-11 and 10-19 out, 10-12 and 10-18 in', () => {
    const hs: DeliveryKpiRecord[] = ['2026-10-11', '2026-10-12', '2026-10-18', '2026-10-19'].map((d) => ({
      eligible: true,
      keysTakenOn: d,
      repairItems: [],
    }));
    hs.push({ eligible: true, repairItems: [] });
    expect(computeDeliveryKpis(hs, PERIOD).takeOverRate).toEqual({
      value: 0.4,
      numerator: 2,
      denominator: 5,
    });
  });

  it('DLV-SUMMARY: the take-over rate is over eligible households: an ineligible one neither counts nor divides', () => {
    const k = computeDeliveryKpis(
      [
        { eligible: true, keysTakenOn: '2026-10-12', repairItems: [] },
        { eligible: false, keysTakenOn: '2026-10-12', repairItems: [] },
      ],
      PERIOD,
    );
    expect(k.takeOverRate).toEqual({ value: 1, numerator: 1, denominator: 1 });
  });

  it('DLV-SUMMARY: repair items per household = items / inspected; repair rate and satisfaction split the inspected households', () => {
    const k = computeDeliveryKpis(
      [
        took('2026-10-12'),
        took('2026-10-12', [{ discipline: 'plumbing' }]),
        refused('2026-10-13', [
          { discipline: 'plumbing' },
          { discipline: 'plumbing' },
          { discipline: 'waterproofing' },
        ]),
        took('2026-10-14', [{ discipline: 'electrical' }]),
        { eligible: true, repairItems: [] },
      ],
      PERIOD,
    );
    expect(k.repairItemsPerHousehold).toEqual({ value: 1.25, numerator: 5, denominator: 4 });
    expect(k.repairRate).toEqual({ value: 0.75, numerator: 3, denominator: 4 });
    expect(k.inspectionSatisfactionRate).toEqual({ value: 0.25, numerator: 1, denominator: 4 });
    expect(k.repairRateByDiscipline.plumbing).toEqual({ value: 0.5, numerator: 2, denominator: 4 });
    expect(k.repairRateByDiscipline.waterproofing).toEqual({ value: 0.25, numerator: 1, denominator: 4 });
    expect(k.repairRateByDiscipline.civil).toEqual({ value: 0, numerator: 0, denominator: 4 });
    expect(k.reasons.find((r) => r.facts.figure === 'repairRateByDiscipline')?.message['zh-CN']).toContain(
      '给排水 2户（50.0%）',
    );
    expect(k.reasons.find((r) => r.facts.figure === 'repairItemsPerHousehold')?.message['zh-CN']).toBe(
      '户均返修数（条/户） = 验房发现的维修问题条数 ÷ 验房户数 = 5 ÷ 4 = 1.25',
    );
  });

  it('DLV-SUMMARY: satisfaction is 1 when no inspected household has an item, and 0 when every one has one', () => {
    expect(
      computeDeliveryKpis([took('2026-10-12'), took('2026-10-13')], PERIOD).inspectionSatisfactionRate.value,
    ).toBe(1);
    const all = computeDeliveryKpis(
      [took('2026-10-12', [{ discipline: 'civil' }]), refused('2026-10-13', [{ discipline: 'hvac' }])],
      PERIOD,
    );
    expect(all.inspectionSatisfactionRate).toEqual({ value: 0, numerator: 0, denominator: 2 });
    expect(all.repairRate.value).toBe(1);
  });

  it('DLV-SUMMARY: items and a first-inspection success count only for inspected households, so no rate leaves [0, 1]', () => {
    const k = computeDeliveryKpis(
      [
        { eligible: true, keysTakenAtFirstInspection: true, repairItems: [{ discipline: 'civil' }] },
        took('2026-10-12'),
      ],
      PERIOD,
    );
    expect(k.oneTimeSuccessRate).toEqual({ value: 1, numerator: 1, denominator: 1 });
    expect(k.repairItemsPerHousehold).toEqual({ value: 0, numerator: 0, denominator: 1 });
  });

  it('DLV-SUMMARY: the streaming counter gives what the batch gives, and the records are not changed', () => {
    const hs = [
      took('2026-10-12', [{ discipline: 'civil' }]),
      refused('2026-10-13'),
      { eligible: false, repairItems: [] },
    ];
    const copy = structuredClone(hs);
    const counter = createDeliveryKpiCounter(PERIOD);
    for (const h of hs) counter.add(h);
    expect(counter.result()).toEqual(computeDeliveryKpis(hs, PERIOD));
    expect(hs).toEqual(copy);
    expect(counter.result().reasons[1]?.message.en).toContain(
      '(centralized period 2026-10-12 to 2026-10-18)',
    );
  });

  it('DLV-SUMMARY: an unknown discipline, a malformed day or a missing list is an error at its path, with a did-you-mean', () => {
    const bad = (h: unknown) => () =>
      computeDeliveryKpis([took('2026-10-12'), h as DeliveryKpiRecord], PERIOD);
    expect(bad(took('2026-10-12', [{ discipline: 'plumbin' as 'plumbing' }]))).toThrow(
      'households.1.repairItems.0.discipline: expected one of civil, decoration, doors-and-windows, plumbing, electrical, hvac, waterproofing, other, got "plumbin" (did you mean \'plumbing\'?)',
    );
    expect(bad({ eligible: true, firstInspectedOn: '2026-10-32', repairItems: [] })).toThrow(
      /^households\.1\.firstInspectedOn: /,
    );
    expect(bad({ eligible: 'yes', repairItems: [] })).toThrow(
      /^households\.1\.eligible: expected true or false/,
    );
    expect(bad({ eligible: true })).toThrow(/^households\.1\.repairItems: expected an array/);
    expect(bad({ eligible: true, keysTakenOn: 20261012, repairItems: [] })).toThrow(
      /^households\.1\.keysTakenOn: /,
    );
    expect(bad(null)).toThrow(/^households\.1: expected a household record/);
    expect(bad({ eligible: true, firstInspectedOn: '2026-10-12', repairItems: [3] })).toThrow(
      /^households\.1\.repairItems\.0: /,
    );
    expect(() =>
      computeDeliveryKpis([], { centralizedFrom: '2026-10-18', centralizedTo: '2026-10-12' }),
    ).toThrow(/^options\.centralizedTo: /);
    expect(() => computeDeliveryKpis(42 as never, PERIOD)).toThrow(InvalidArgumentError);
    expect(() => computeDeliveryKpis([], undefined as never)).toThrow(/^options: expected an object/);
  });
});
