/**
 * The household delivery machine (DLV-MODE) on real dates, the refusal of the keys with
 * and without reasons, the pre-inspection where it applies and where it does not, and the
 * record the KPIs read: households driven through a batch give the KPIs of the same records.
 */

import { describe, expect, test } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { InvalidArgumentError } from '../../src/core/errors.js';
import { computeDeliveryKpis } from '../../src/delivery/computeDeliveryKpis.js';
import { householdDeliveryMachine } from '../../src/delivery/householdDeliveryMachine.js';
import type { HouseholdDeliveryMachineEvent } from '../../src/delivery/householdDeliveryMachineTypes.js';
import { parseHouseholdDeliveries } from '../../src/delivery/parseDeliveryRecords.js';
import type { HouseholdDelivery } from '../../src/delivery/schemas.js';
import { toHouseholdDeliveryRecord } from '../../src/delivery/toHouseholdDeliveryRecord.js';
import { refusalCodePath } from '../_lib/refusal.js';
import {
  BATCH_STEPS,
  endOf,
  HOUSEHOLD,
  type HouseholdSnapshot,
  runBatch,
  runHousehold,
  sh,
  startBatch,
  startHousehold,
} from './_machines.js';

const inspect = (at: string, mode: 'centralized' | 'sporadic', ...disciplines: string[]) =>
  ({
    type: 'inspection.completed',
    at,
    mode,
    repairItems: disciplines.map((d) => ({ discipline: d })),
  }) as HouseholdDeliveryMachineEvent;
const keys = (at: string) => ({ type: 'keys.taken', at }) as const;
const BEIJING = { ...HOUSEHOLD, region: 'beijing' };

describe('createHouseholdDeliveryMachine', () => {
  test('DLV-MODE: inspected with no repair item and keys taken at once: delivered, a one-time success', () => {
    const s = runHousehold(startHousehold(), [
      inspect(sh('10-12T10:00'), 'centralized'),
      keys(sh('10-12T10:30')),
    ]);
    expect([s.value, s.status]).toEqual(['delivered', 'done']);
    expect(s.context).toMatchObject({
      mode: 'centralized',
      keysTakenAtFirstInspection: true,
      keysTakenAt: '2026-10-12T02:30:00.000Z',
      deliveredAt: '2026-10-12T02:30:00.000Z',
      nextDueAt: null,
    });
  });

  test('DLV-MODE: repair items recorded per discipline keep the keys taken until the repairs are closed', () => {
    const s = runHousehold(startHousehold(), [
      inspect(sh('10-12T10:00'), 'centralized', 'plumbing', 'plumbing', 'doors-and-windows'),
      keys(sh('10-12T11:00')),
    ]);
    expect(s.value).toBe('keysTaken');
    expect(s.context.repairItems.map((i) => i.discipline)).toEqual([
      'plumbing',
      'plumbing',
      'doors-and-windows',
    ]);
    const done = runHousehold(s, [{ type: 'repairs.closed', at: sh('10-20T17:00') }]);
    expect(done.value).toBe('delivered');
    expect(done.context.repairItems.every((i) => i.closedAt === '2026-10-20T09:00:00.000Z')).toBe(true);
  });

  test('DLV-MODE: keys refused with reasons, repairs closed, keys taken later in a sporadic delivery: not a one-time success', () => {
    const refused = runHousehold(startHousehold(), [
      inspect(sh('10-12T10:00'), 'centralized', 'waterproofing'),
      { type: 'keys.refused', at: sh('10-12T11:00'), reasons: ['卫生间渗水'] },
    ]);
    expect(refused.value).toBe('refused');
    expect(refused.context).toMatchObject({
      refusedReasons: ['卫生间渗水'],
      keysTakenAtFirstInspection: false,
    });
    const later = runHousehold(refused, [
      { type: 'repairs.closed', at: sh('10-25T10:00') },
      keys(sh('10-28T10:00')),
    ]);
    expect(later.value).toBe('delivered');
    expect(later.context).toMatchObject({
      keysTakenAtFirstInspection: false,
      keysTakenAt: '2026-10-28T02:00:00.000Z',
    });
  });

  test('DLV-MODE: keys refused without a reason, with an empty list or a blank reason, are refused as an event', () => {
    const s = runHousehold(startHousehold(), [inspect(sh('10-12T10:00'), 'centralized')]);
    for (const reasons of [[], undefined, [''], 'leak']) {
      const event = {
        type: 'keys.refused',
        at: sh('10-12T11:00'),
        ...(reasons === undefined ? {} : { reasons }),
      };
      expect(refusalCodePath(() => transition(householdDeliveryMachine, s, event as never))).toEqual(
        reasons !== undefined && Array.isArray(reasons) && reasons.length === 1
          ? ['INVALID_EVENT', ['event', 'reasons', 0]]
          : ['INVALID_EVENT', ['event', 'reasons']],
      );
    }
    expect(s.value).toBe('inspected');
  });

  test('DLV-STEPS: without a pre-inspection (outside Beijing) a pre-inspection event changes nothing', () => {
    const s = startHousehold();
    expect(s.context.preInspection.required).toBe(false);
    expect(s.context.deadlines.preInspectionRepairsBy).toBeNull();
    const [same] = transition(householdDeliveryMachine, s, {
      type: 'preInspection.completed',
      at: sh('10-05T10:00'),
      repairItems: [],
    });
    expect([same.value, same.context]).toEqual(['notified', s.context]);
  });

  test('DLV-STEPS: in Beijing, what the pre-inspection found is fixed by 10-10 (the makeup working day before delivery): 23:59 on time, 10-11 00:00 missed', () => {
    const s = runHousehold(startHousehold(BEIJING), [
      {
        type: 'preInspection.completed',
        at: sh('10-05T10:00'),
        repairItems: [{ discipline: 'civil', description: '墙面裂缝' }],
      },
    ]);
    expect(s.value).toBe('preInspected');
    expect(s.context.deadlines.preInspectionRepairsBy).toEqual({
      lastDay: '2026-10-10',
      endsAt: endOf('2026-10-10'),
      fallbackUsed: false,
    });
    expect(s.context.nextDueAt).toBe(endOf('2026-10-10'));
    const onTime = runHousehold(s, [{ type: 'preInspectionRepairs.closed', at: sh('10-10T23:59') }]);
    expect([onTime.context.overdue.preInspectionRepairs, onTime.context.nextDueAt]).toEqual([false, null]);
    const late = runHousehold(s, [{ type: 'preInspectionRepairs.closed', at: sh('10-11T00:00') }]);
    expect(late.context.overdue.preInspectionRepairs).toBe(true);
    const ticked = runHousehold(s, [{ type: 'clock.tick', now: sh('10-11T00:00') }]);
    expect([ticked.context.overdue.preInspectionRepairs, ticked.context.nextDueAt]).toEqual([true, null]);
    const notYet = runHousehold(s, [{ type: 'clock.tick', now: sh('10-10T23:59') }]);
    expect(notYet.context.overdue.preInspectionRepairs).toBe(false);
  });

  test('DLV-MODE: a household not eligible cannot take the keys until its eligibility is confirmed', () => {
    const s = runHousehold(startHousehold({ ...HOUSEHOLD, eligible: false }), [
      inspect(sh('10-12T10:00'), 'centralized'),
    ]);
    const [same] = transition(householdDeliveryMachine, s, keys(sh('10-12T11:00')));
    expect(same.value).toBe('inspected');
    const ok = runHousehold(s, [
      { type: 'eligibility.confirmed', at: sh('10-13T09:00') },
      keys(sh('10-13T10:00')),
    ]);
    expect([ok.value, ok.context.eligible]).toEqual(['delivered', true]);
  });

  test('DLV-MODE: a bad input is an error snapshot at its path', () => {
    const [a] = initialTransition(householdDeliveryMachine, { ...HOUSEHOLD, eligible: 'yes' } as never);
    expect([a.status, (a.error as InvalidArgumentError).path]).toEqual(['error', ['input', 'eligible']]);
    const [b] = initialTransition(householdDeliveryMachine, {
      ...HOUSEHOLD,
      notifiedAt: '2026-10-02T10:00:00',
    });
    expect((b.error as InvalidArgumentError).path).toEqual(['input', 'notifiedAt']);
  });
});

describe('toHouseholdDeliveryRecord', () => {
  /** Eight households of the batch of 2026-10-12 (centralized 10-12..10-18), driven through their machines. */
  const drive = (): HouseholdSnapshot[] => {
    const h = (id: string, events: HouseholdDeliveryMachineEvent[], extra = {}) =>
      runHousehold(startHousehold({ ...HOUSEHOLD, householdId: id, ...extra }), events);
    return [
      h('1-101', [inspect(sh('10-12T09:00'), 'centralized'), keys(sh('10-12T09:30'))]),
      h('1-102', [inspect(sh('10-12T10:00'), 'centralized', 'plumbing', 'civil'), keys(sh('10-12T10:30'))]),
      h('1-103', [
        inspect(sh('10-13T10:00'), 'centralized', 'waterproofing'),
        { type: 'keys.refused', at: sh('10-13T11:00'), reasons: ['渗水'] },
        { type: 'repairs.closed', at: sh('10-16T10:00') },
        keys(sh('10-17T10:00')),
      ]),
      h('1-104', [
        inspect(sh('10-14T10:00'), 'centralized', 'electrical'),
        { type: 'keys.refused', at: sh('10-14T11:00'), reasons: ['电路故障', '面积争议'] },
      ]),
      h('1-105', [inspect(sh('10-25T10:00'), 'sporadic', 'hvac'), keys(sh('10-25T10:30'))]),
      h('1-106', []),
      h('1-107', [], { eligible: false }),
      h('1-108', [inspect(sh('10-18T16:00'), 'centralized'), keys(sh('10-18T23:59'))], { region: '北京' }),
    ];
  };
  /** The same households written as records by hand. */
  const RECORDS: HouseholdDelivery[] = [
    {
      householdId: '1-101',
      eligible: true,
      firstInspectedOn: '2026-10-12',
      keysTakenAtFirstInspection: true,
      keysTakenOn: '2026-10-12',
      repairItems: [],
    },
    {
      householdId: '1-102',
      eligible: true,
      firstInspectedOn: '2026-10-12',
      keysTakenAtFirstInspection: true,
      keysTakenOn: '2026-10-12',
      repairItems: [{ discipline: 'plumbing' }, { discipline: 'civil' }],
    },
    {
      householdId: '1-103',
      eligible: true,
      firstInspectedOn: '2026-10-13',
      keysTakenAtFirstInspection: false,
      keysTakenOn: '2026-10-17',
      refusedReasons: ['渗水'],
      repairItems: [{ discipline: 'waterproofing', closedOn: '2026-10-16' }],
    },
    {
      householdId: '1-104',
      eligible: true,
      firstInspectedOn: '2026-10-14',
      keysTakenAtFirstInspection: false,
      refusedReasons: ['电路故障', '面积争议'],
      repairItems: [{ discipline: 'electrical' }],
    },
    {
      householdId: '1-105',
      eligible: true,
      firstInspectedOn: '2026-10-25',
      keysTakenAtFirstInspection: true,
      keysTakenOn: '2026-10-25',
      repairItems: [{ discipline: 'hvac' }],
    },
    { householdId: '1-106', eligible: true, repairItems: [] },
    { householdId: '1-107', eligible: false, repairItems: [] },
    {
      householdId: '1-108',
      eligible: true,
      firstInspectedOn: '2026-10-18',
      keysTakenAtFirstInspection: true,
      keysTakenOn: '2026-10-18',
      repairItems: [],
    },
  ];
  const PERIOD = { centralizedFrom: '2026-10-12', centralizedTo: '2026-10-18' };

  test('DLV-SUMMARY: the KPIs of households driven through a batch equal the KPIs of the same records', () => {
    const batch = runBatch(startBatch(), [
      ...BATCH_STEPS,
      { type: 'centralized.ended', at: sh('10-18T23:59') },
    ]);
    expect(batch.context.centralizedEndedOn).toBe(PERIOD.centralizedTo);
    const records = drive().map((s) => toHouseholdDeliveryRecord(s.context));
    const parsed = parseHouseholdDeliveries(records);
    expect(parsed.invalid).toEqual([]);
    const fromMachines = computeDeliveryKpis(records, {
      centralizedFrom: batch.context.deliveryOn,
      centralizedTo: batch.context.centralizedEndedOn as string,
    });
    const fromRecords = computeDeliveryKpis(RECORDS, PERIOD);
    expect(fromMachines).toEqual(fromRecords);
    // The figures themselves: 4 of 6 inspected took the keys at once; 5 of 7 eligible within 10-12..10-18 (1-108 at 23:59 on the last day).
    expect(fromMachines.oneTimeSuccessRate).toEqual({ value: 4 / 6, numerator: 4, denominator: 6 });
    expect(fromMachines.takeOverRate).toEqual({ value: 4 / 7, numerator: 4, denominator: 7 });
    expect(fromMachines.repairItemsPerHousehold).toEqual({ value: 5 / 6, numerator: 5, denominator: 6 });
    expect(fromMachines.inspectionSatisfactionRate).toEqual({ value: 2 / 6, numerator: 2, denominator: 6 });
  });

  test('DLV-SUMMARY: the record carries the mode, the days in Asia/Shanghai and the pre-inspection day; it passes HouseholdDeliverySchema', () => {
    const s = runHousehold(startHousehold(BEIJING), [
      { type: 'preInspection.completed', at: sh('10-05T23:30'), repairItems: [] },
      inspect(sh('10-12T23:30'), 'centralized'),
      keys(sh('10-12T23:45')),
    ]);
    const r = toHouseholdDeliveryRecord(s.context);
    expect(r).toEqual({
      householdId: 'B3-1201',
      eligible: true,
      mode: 'centralized',
      notifiedOn: '2026-10-02',
      preInspectedOn: '2026-10-05',
      firstInspectedOn: '2026-10-12',
      keysTakenAtFirstInspection: true,
      keysTakenOn: '2026-10-12',
      repairItems: [],
    });
    expect(parseHouseholdDeliveries([r]).invalid).toEqual([]);
    expect(refusalCodePath(() => toHouseholdDeliveryRecord(null as never))).toEqual([
      'INVALID_ARGUMENT',
      ['context'],
    ]);
  });
});
