import {
  type DayInput,
  describeValue,
  formatDayNumber,
  toDayNumber,
  tryParseDayString,
} from '../calendar/days.js';
import { expectOneOf, expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { Decision, Reason } from '../core/reason.js';
import { disciplineReason, kpiReason, periodNote } from './kpiReasons.js';
import { DELIVERY_KPI_TABLE, type DeliveryKpiRow } from './tables/kpis.js';
import { DELIVERY_REPAIR_DISCIPLINES, type DeliveryRepairDiscipline } from './types.js';

/** What {@link computeDeliveryKpis} reads of a household record; a parsed `HouseholdDelivery` has it all. */
export interface DeliveryKpiRecord {
  /** Eligible to take the home (具备入住资格). */
  readonly eligible: boolean;
  /** The first handover inspection day; absent: not inspected. */
  readonly firstInspectedOn?: string | undefined;
  /** Took the keys at the first inspection. */
  readonly keysTakenAtFirstInspection?: boolean | undefined;
  /** The day the keys were taken. */
  readonly keysTakenOn?: string | undefined;
  /** The repair items found at the inspection, by discipline. */
  readonly repairItems: readonly { readonly discipline: DeliveryRepairDiscipline }[];
}

/** The options of {@link computeDeliveryKpis}: the centralized delivery period, both ends included. */
export interface DeliveryKpiOptions {
  /** The first day of the centralized delivery (集中交付), `YYYY-MM-DD`. */
  readonly centralizedFrom: DayInput;
  /** Its last day, included. */
  readonly centralizedTo: DayInput;
}

/** One figure: its value and the counts it is made of. `value` is `null` when the denominator is 0, never `NaN`. */
export interface DeliveryFigure {
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number;
}

/** The figures of a delivery summary (`DLV-SUMMARY`), each with its formula in a reason. */
export type DeliveryKpis = Decision<{
  /** The centralized period, `YYYY-MM-DD`. */
  readonly centralizedFrom: string;
  readonly centralizedTo: string;
  /** Household records read. */
  readonly households: number;
  /** 一次交付成功率: took the keys at the first inspection / households inspected. */
  readonly oneTimeSuccessRate: DeliveryFigure;
  /** 集中交付收楼率: eligible households with `keysTakenOn` in the period / eligible households. */
  readonly takeOverRate: DeliveryFigure;
  /** 户均返修数: repair items / households inspected. */
  readonly repairItemsPerHousehold: DeliveryFigure;
  /** 维修率: households inspected with an item / households inspected. */
  readonly repairRate: DeliveryFigure;
  /** 各专业维修率: households inspected with an item of the discipline / households inspected. */
  readonly repairRateByDiscipline: Readonly<Record<DeliveryRepairDiscipline, DeliveryFigure>>;
  /** 交楼验房质量满意率: households inspected with no item / households inspected. */
  readonly inspectionSatisfactionRate: DeliveryFigure;
}>;

/** An incremental KPI counter: records one at a time, the figures at the end. */
export interface DeliveryKpiCounter {
  /** Counts one household record (`index` addresses errors; it defaults to the count so far). */
  add(record: DeliveryKpiRecord, index?: number): void;
  /** The figures of the records counted so far. */
  result(): DeliveryKpis;
}

const DISCIPLINE_BIT: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(DELIVERY_REPAIR_DISCIPLINES.map((d, i) => [d, 1 << i])),
);
const hasOwn = Object.hasOwn;

/**
 * The figures of a delivery summary (`DLV-SUMMARY`), in one pass over the household
 * records (SOL 房屋交付管理 Step6):
 *
 * - one-time delivery success rate (一次交付成功率) = households that took the keys at their
 *   first inspection / households inspected;
 * - centralized take-over rate (集中交付收楼率) = eligible households whose `keysTakenOn` falls
 *   within the centralized period, both ends included / eligible households;
 * - repair items per household (户均返修数) = items / households inspected;
 * - repair rate (维修率) = households inspected with at least one item / households inspected,
 *   and per discipline, with at least one item of that discipline;
 * - inspection satisfaction rate (交楼验房质量满意率) = households inspected with no item /
 *   households inspected.
 *
 * Each figure is `{ value, numerator, denominator }` with its formula in a reason; a zero
 * denominator gives `value: null` and a reason that says so, never `NaN`. Rates are within
 * [0, 1] whatever the records hold: items and a first-inspection success count only for
 * households inspected, a take-over only for eligible ones. One record per household. The
 * records are not changed; each is checked cheaply (a wrong type, an unknown discipline or a
 * malformed day is an {@link InvalidArgumentError} with path `['households', i, ...]`).
 *
 * @rule DLV-SUMMARY
 * @rule LAW-THRESHOLD
 * @throws {InvalidArgumentError} a malformed period (`centralizedTo` before `centralizedFrom`) or record.
 * @example
 * ```ts
 * const k = computeDeliveryKpis(
 *   [
 *     { eligible: true, firstInspectedOn: '2026-10-12', keysTakenAtFirstInspection: true, keysTakenOn: '2026-10-12', repairItems: [] },
 *     { eligible: true, firstInspectedOn: '2026-10-13', keysTakenAtFirstInspection: false, keysTakenOn: '2026-10-20',
 *       repairItems: [{ discipline: 'plumbing' }, { discipline: 'plumbing' }, { discipline: 'civil' }] },
 *     { eligible: true, repairItems: [] },
 *     { eligible: false, repairItems: [] },
 *   ],
 *   { centralizedFrom: '2026-10-12', centralizedTo: '2026-10-18' },
 * );
 * k.oneTimeSuccessRate; // { value: 0.5, numerator: 1, denominator: 2 }
 * k.takeOverRate; // { value: 0.3333333333333333, numerator: 1, denominator: 3 }
 * k.repairItemsPerHousehold; // { value: 1.5, numerator: 3, denominator: 2 }
 * k.repairRateByDiscipline.plumbing; // { value: 0.5, numerator: 1, denominator: 2 }
 * ```
 */
export function computeDeliveryKpis(
  households: Iterable<DeliveryKpiRecord>,
  options: DeliveryKpiOptions,
): DeliveryKpis {
  if (
    households === null ||
    typeof (households as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function'
  ) {
    throw new InvalidArgumentError(
      ['households'],
      `expected an array or iterable of household records, got ${describeValue(households)}`,
    );
  }
  const counter = createDeliveryKpiCounter(options);
  let i = 0;
  for (const h of households) counter.add(h, i++);
  return counter.result();
}

/**
 * The counter behind {@link computeDeliveryKpis}, for records that arrive as a stream (a
 * file read line by line): constant memory whatever the number of records.
 *
 * @rule DLV-SUMMARY
 * @example
 * ```ts
 * const counter = createDeliveryKpiCounter({ centralizedFrom: '2026-10-12', centralizedTo: '2026-10-18' });
 * for await (const household of households) counter.add(household);
 * counter.result().repairRate; // the same as computeDeliveryKpis(allHouseholds, options).repairRate
 * ```
 */
export function createDeliveryKpiCounter(options: DeliveryKpiOptions): DeliveryKpiCounter {
  const o = expectPlainObject(options, ['options']);
  const from = toDayNumber(o.centralizedFrom as DayInput, ['options', 'centralizedFrom']);
  const to = toDayNumber(o.centralizedTo as DayInput, ['options', 'centralizedTo']);
  if (to < from) {
    throw new InvalidArgumentError(
      ['options', 'centralizedTo'],
      `the centralized delivery cannot end (${formatDayNumber(to)}) before it starts (${formatDayNumber(from)})`,
    );
  }
  let count = 0;
  let inspected = 0;
  let eligible = 0;
  let oneTime = 0;
  let takenInPeriod = 0;
  let items = 0;
  let withItems = 0;
  const byDiscipline = new Array<number>(DELIVERY_REPAIR_DISCIPLINES.length).fill(0);

  const add = (h: DeliveryKpiRecord, index?: number): void => {
    const i = index ?? count;
    count++;
    if (typeof h !== 'object' || h === null) {
      throw new InvalidArgumentError(
        ['households', i],
        `expected a household record, got ${describeValue(h)}`,
      );
    }
    const isEligible = h.eligible;
    if (isEligible !== true && isEligible !== false) throw bad(i, 'eligible', 'true or false', isEligible);
    const first = h.firstInspectedOn;
    const isInspected = first !== undefined;
    if (isInspected && (typeof first !== 'string' || tryParseDayString(first) === undefined))
      throw bad(i, 'firstInspectedOn', 'a day YYYY-MM-DD', first);
    const atFirst = h.keysTakenAtFirstInspection;
    if (atFirst !== undefined && atFirst !== true && atFirst !== false)
      throw bad(i, 'keysTakenAtFirstInspection', 'true or false', atFirst);
    const keys = h.keysTakenOn;
    let keysDn: number | undefined;
    if (keys !== undefined) {
      keysDn = typeof keys === 'string' ? tryParseDayString(keys) : undefined;
      if (keysDn === undefined) throw bad(i, 'keysTakenOn', 'a day YYYY-MM-DD', keys);
    }
    const list = h.repairItems;
    if (!Array.isArray(list)) throw bad(i, 'repairItems', 'an array of repair items', list);
    let mask = 0;
    for (let j = 0; j < list.length; j++) {
      const item = list[j];
      const d =
        typeof item === 'object' && item !== null ? (item as { discipline?: unknown }).discipline : undefined;
      if (typeof d !== 'string' || !hasOwn(DISCIPLINE_BIT, d)) {
        if (typeof item !== 'object' || item === null)
          throw new InvalidArgumentError(
            ['households', i, 'repairItems', j],
            `expected a repair item, got ${describeValue(item)}`,
          );
        expectOneOf(d, DELIVERY_REPAIR_DISCIPLINES, ['households', i, 'repairItems', j, 'discipline']);
      }
      mask |= DISCIPLINE_BIT[d as string] as number;
    }
    if (isEligible) {
      eligible++;
      if (keysDn !== undefined && keysDn >= from && keysDn <= to) takenInPeriod++;
    }
    if (!isInspected) return;
    inspected++;
    if (atFirst === true) oneTime++;
    items += list.length;
    if (list.length > 0) {
      withItems++;
      for (let k = 0; mask !== 0; k++, mask >>>= 1)
        if (mask & 1) byDiscipline[k] = (byDiscipline[k] as number) + 1;
    }
  };

  const result = (): DeliveryKpis => {
    const reasons: Reason[] = [];
    const figure = (row: DeliveryKpiRow, numerator: number, denominator: number): DeliveryFigure => {
      const f: DeliveryFigure = {
        value: denominator === 0 ? null : numerator / denominator,
        numerator,
        denominator,
      };
      reasons.push(kpiReason(row, f));
      return f;
    };
    const oneTimeSuccessRate = figure(DELIVERY_KPI_TABLE.oneTimeSuccessRate, oneTime, inspected);
    const takeOverRate = figure(DELIVERY_KPI_TABLE.takeOverRate, takenInPeriod, eligible);
    const repairItemsPerHousehold = figure(DELIVERY_KPI_TABLE.repairItemsPerHousehold, items, inspected);
    const repairRate = figure(DELIVERY_KPI_TABLE.repairRate, withItems, inspected);
    const repairRateByDiscipline = Object.fromEntries(
      DELIVERY_REPAIR_DISCIPLINES.map((d, k) => [
        d,
        {
          value: inspected === 0 ? null : (byDiscipline[k] as number) / inspected,
          numerator: byDiscipline[k] as number,
          denominator: inspected,
        },
      ]),
    ) as Record<DeliveryRepairDiscipline, DeliveryFigure>;
    reasons.push(disciplineReason(repairRateByDiscipline, inspected));
    const inspectionSatisfactionRate = figure(
      DELIVERY_KPI_TABLE.inspectionSatisfactionRate,
      inspected - withItems,
      inspected,
    );
    const centralizedFrom = formatDayNumber(from);
    const centralizedTo = formatDayNumber(to);
    reasons[1] = periodNote(reasons[1] as Reason, centralizedFrom, centralizedTo);
    return {
      centralizedFrom,
      centralizedTo,
      households: count,
      oneTimeSuccessRate,
      takeOverRate,
      repairItemsPerHousehold,
      repairRate,
      repairRateByDiscipline,
      inspectionSatisfactionRate,
      reasons,
    };
  };
  return { add, result };
}

function bad(i: number, field: string, expected: string, value: unknown): InvalidArgumentError {
  return new InvalidArgumentError(
    ['households', i, field],
    `expected ${expected}, got ${describeValue(value)}`,
  );
}
