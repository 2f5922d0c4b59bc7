/**
 * The statutory minimum warranty periods of a construction project (`LAW-WARRANTY-MIN`):
 * Regulation on the Quality Management of Construction Projects (建设工程质量管理条例)
 * art. 40, the contractor's warranty to the developer, counted from the day the completion
 * acceptance is passed (竣工验收合格之日). What a sold home's buyer is owed, from delivery,
 * is {@link computeWarrantyExpiry}'s (`LAW-WARRANTY-BUYER`).
 *
 * @module
 */

import { addWindow, type CalendarWindow } from '../calendar/addWindow.js';
import type { DayInput } from '../calendar/days.js';
import { describeCode, expectKnownKeys, expectNumber, expectPlainObject } from '../core/checks.js';
import { deepFreeze } from '../core/deepFreeze.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision } from '../core/reason.js';

/** The items art. 40 gives a minimum for. */
export const WARRANTY_ITEMS = Object.freeze([
  'foundation-and-structure',
  'waterproofing',
  'heating-and-cooling',
  'installation-and-decoration',
] as const);
/** 地基基础和主体结构; 防水防渗漏; 供热与供冷系统; 电气管线、给排水管道、设备安装和装修. */
export type WarrantyItem = (typeof WARRANTY_ITEMS)[number];

/** A warranty length: years, heating or cooling seasons, or the design service life. */
export type WarrantyLength =
  | { readonly years: number }
  | { readonly seasons: number }
  | { readonly designServiceLife: true };

/** One row of the statutory table. */
export interface StatutoryWarrantyRow {
  readonly item: WarrantyItem;
  readonly minimum: WarrantyLength;
  readonly zh: string;
  readonly en: string;
}

/**
 * The statutory minimums (`LAW-WARRANTY-MIN`): foundation and main structure, the design
 * service life; waterproofing of roofs, of rooms that need it, and exterior walls'
 * anti-leak, 5 years; heating and cooling systems, 2 heating or cooling seasons; electrical
 * lines, water supply and drainage pipes, equipment installation and decoration, 2 years.
 *
 * @rule LAW-WARRANTY-MIN
 */
export const STATUTORY_WARRANTY_TABLE: Readonly<Record<WarrantyItem, StatutoryWarrantyRow>> = deepFreeze({
  'foundation-and-structure': {
    item: 'foundation-and-structure',
    minimum: { designServiceLife: true },
    zh: '地基基础工程和主体结构工程：设计文件规定的该工程的合理使用年限',
    en: 'Foundation and main structure: the design service life',
  },
  waterproofing: {
    item: 'waterproofing',
    minimum: { years: 5 },
    zh: '屋面防水工程、有防水要求的卫生间、房间和外墙面的防渗漏：5年',
    en: "Waterproofing of roofs, of rooms that need it, and exterior walls' anti-leak: 5 years",
  },
  'heating-and-cooling': {
    item: 'heating-and-cooling',
    minimum: { seasons: 2 },
    zh: '供热与供冷系统：2个采暖期、供冷期',
    en: 'Heating and cooling systems: 2 heating or cooling seasons',
  },
  'installation-and-decoration': {
    item: 'installation-and-decoration',
    minimum: { years: 2 },
    zh: '电气管线、给排水管道、设备安装和装修工程：2年',
    en: 'Electrical lines, water supply and drainage pipes, equipment installation and decoration: 2 years',
  },
});

function rowOf(item: WarrantyItem): StatutoryWarrantyRow {
  if (!Object.hasOwn(STATUTORY_WARRANTY_TABLE, item)) {
    throw new InvalidArgumentError(
      ['item'],
      `unknown warranty item ${describeCode(item)}; expected one of ${WARRANTY_ITEMS.join(', ')}`,
    );
  }
  return STATUTORY_WARRANTY_TABLE[item];
}

/** The statutory minimum of one item for a project accepted on a day. */
export type StatutoryWarranty = Decision<{
  readonly item: WarrantyItem;
  readonly minimum: WarrantyLength;
  /**
   * The window the minimum covers (`LAW-WINDOW`: from the day after the completion
   * acceptance through the corresponding day), for items counted in years; `null` for
   * seasons (see {@link computeWarrantyExpiry}, which counts them per city), and for the
   * design service life when it is not given.
   */
  readonly window: Omit<CalendarWindow, 'reasons'> | null;
}>;

/**
 * The statutory minimum warranty of an item of a construction project, the contractor's
 * to the developer, counted from the day the completion acceptance is passed
 * (`LAW-WARRANTY-MIN`, art. 40), as a responsibility window (`LAW-WINDOW`). An earlier
 * version counted it from delivery, which is the buyer's clock (`LAW-WARRANTY-BUYER`):
 * `deliveredOn` is refused with a message that says so.
 *
 * @rule LAW-WARRANTY-MIN
 * @rule LAW-WINDOW
 * @throws {InvalidArgumentError} no `completionAcceptedOn` (or the old `deliveredOn`), a malformed day, a design service life that is not a whole number from 1.
 * @example
 * ```ts
 * computeStatutoryWarranty('waterproofing', { completionAcceptedOn: '2026-06-30' }).window?.lastDay; // '2031-06-30'
 * computeStatutoryWarranty('foundation-and-structure', { completionAcceptedOn: '2026-06-30', designServiceLifeYears: 50 }).window?.lastDay;
 * // '2076-06-30'
 * ```
 */
export function computeStatutoryWarranty(
  item: WarrantyItem,
  options: { readonly completionAcceptedOn: DayInput; readonly designServiceLifeYears?: number },
): StatutoryWarranty {
  const row = rowOf(item);
  const opts = expectPlainObject(options, ['options']);
  if (opts.deliveredOn !== undefined && opts.completionAcceptedOn === undefined) {
    throw new InvalidArgumentError(
      ['options', 'deliveredOn'],
      "art. 40 periods run from the completion acceptance, not from delivery: pass completionAcceptedOn (the buyer's warranty from delivery is computeWarrantyExpiry's)",
    );
  }
  expectKnownKeys(opts, ['completionAcceptedOn', 'designServiceLifeYears'], ['options']);
  if (opts.completionAcceptedOn === undefined) {
    throw new InvalidArgumentError(
      ['options', 'completionAcceptedOn'],
      'expected the day the completion acceptance was passed (竣工验收合格之日), YYYY-MM-DD',
    );
  }
  const m = row.minimum;
  let years: number | undefined;
  if ('years' in m) years = m.years;
  else if ('designServiceLife' in m && opts.designServiceLifeYears !== undefined) {
    years = expectNumber(opts.designServiceLifeYears, ['options', 'designServiceLifeYears'], {
      integer: true,
      min: 1,
      max: 1000,
    });
  }
  const window = years === undefined ? null : addWindow(opts.completionAcceptedOn as DayInput, { years });
  const reason = createReason(
    'LAW-WARRANTY-MIN',
    { item, minimum: { ...m }, firstDay: window?.firstDay ?? null, lastDay: window?.lastDay ?? null },
    {
      'zh-CN': `${row.zh}，自竣工验收合格之日起计算${window === null ? '' : `（${window.firstDay}至${window.lastDay}）`}`,
      en: `${row.en}, from the day the completion acceptance is passed${window === null ? '' : ` (${window.firstDay} to ${window.lastDay})`}`,
    },
  );
  return {
    item,
    minimum: m,
    window:
      window === null
        ? null
        : {
            startDay: window.startDay,
            firstDay: window.firstDay,
            lastDay: window.lastDay,
            endsAt: window.endsAt,
          },
    reasons: window === null ? [reason] : [reason, ...window.reasons],
  };
}

/**
 * Whether the warranty a construction contract agrees for an item (the contractor's to the
 * developer, 工程质量保修书) meets the statutory minimum of art. 40: it may be longer, never
 * shorter (`LAW-WARRANTY-MIN`). A length in the wrong unit (years for a heating system) is
 * not compliant: the law counts seasons; the design service life needs its years. For what
 * a developer promises a buyer, against the 1998 minimums, see `createPolicy`'s check of
 * `policy.warranty.promises` and {@link computeWarrantyExpiry}.
 *
 * @rule LAW-WARRANTY-MIN
 * @example
 * ```ts
 * isWarrantyAtLeastStatutory('installation-and-decoration', { years: 1 }).compliant; // false
 * isWarrantyAtLeastStatutory('waterproofing', { years: 8 }).compliant; // true
 * ```
 */
export function isWarrantyAtLeastStatutory(
  item: WarrantyItem,
  agreed: WarrantyLength,
  options: { readonly designServiceLifeYears?: number } = {},
): Decision<{ readonly compliant: boolean }> {
  const given = expectPlainObject(agreed, ['agreed']);
  for (const key of Object.keys(given)) {
    if (key === 'designServiceLife') continue;
    if (key !== 'years' && key !== 'seasons') {
      throw new InvalidArgumentError(
        ['agreed', key],
        'unknown unit; a length is { years }, { seasons } or { designServiceLife: true }',
      );
    }
    expectNumber(given[key], ['agreed', key], { integer: true, min: 1, max: 1000 });
  }
  const opts = expectPlainObject(options, ['options']);
  expectKnownKeys(opts, ['designServiceLifeYears'], ['options']);
  if (opts.designServiceLifeYears !== undefined) {
    expectNumber(opts.designServiceLifeYears, ['options', 'designServiceLifeYears'], {
      integer: true,
      min: 1,
      max: 1000,
    });
  }
  const developer = agreed;
  const row = rowOf(item);
  const m = row.minimum;
  let compliant: boolean;
  if ('years' in m) compliant = 'years' in developer && developer.years >= m.years;
  else if ('seasons' in m) compliant = 'seasons' in developer && developer.seasons >= m.seasons;
  else if ('designServiceLife' in developer) compliant = true;
  else
    compliant =
      options.designServiceLifeYears !== undefined &&
      'years' in developer &&
      developer.years >= options.designServiceLifeYears;
  return {
    compliant,
    reasons: [
      createReason(
        'LAW-WARRANTY-MIN',
        { item, minimum: { ...m }, developer: { ...developer }, compliant },
        compliant
          ? {
              'zh-CN': `开发商保修期不短于法定最低保修期（${row.zh}）`,
              en: `The developer's warranty is not shorter than the statutory minimum (${row.en})`,
            }
          : {
              'zh-CN': `开发商保修期短于法定最低保修期（${row.zh}）`,
              en: `The developer's warranty is shorter than the statutory minimum (${row.en})`,
            },
      ),
    ],
  };
}
