/**
 * The statutory minimum warranty periods (`LAW-WARRANTY-MIN`): Regulation on the Quality
 * Management of Construction Projects (建设工程质量管理条例) art. 40, and the Measures for
 * the Administration of Sales of Commercial Housing (商品房销售管理办法) art. 33, under
 * which a sold home's periods run from the day of delivery to the buyer.
 *
 * @module
 */

import { addWindow, type CalendarWindow } from '../calendar/addWindow.js';
import type { DayInput } from '../calendar/days.js';
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
      `unknown warranty item ${JSON.stringify(item)}; expected one of ${WARRANTY_ITEMS.join(', ')}`,
    );
  }
  return STATUTORY_WARRANTY_TABLE[item];
}

/** The statutory minimum of one item for a home delivered on a day. */
export type StatutoryWarranty = Decision<{
  readonly item: WarrantyItem;
  readonly minimum: WarrantyLength;
  /**
   * The window the minimum covers (`LAW-WINDOW`: from the day after delivery through the
   * corresponding day), for items counted in years; `null` for seasons, and for the design
   * service life when it is not given.
   */
  readonly window: Omit<CalendarWindow, 'reasons'> | null;
}>;

/**
 * The statutory minimum warranty of an item of a sold home, counted from the day of
 * delivery to the buyer (`LAW-WARRANTY-MIN`), as a responsibility window (`LAW-WINDOW`).
 *
 * @rule LAW-WARRANTY-MIN
 * @rule LAW-WINDOW
 * @example
 * ```ts
 * computeStatutoryWarranty('waterproofing', { deliveredOn: '2026-06-30' }).window?.lastDay; // '2031-06-30'
 * computeStatutoryWarranty('foundation-and-structure', { deliveredOn: '2026-06-30', designServiceLifeYears: 50 }).window?.lastDay;
 * // '2076-06-30'
 * ```
 */
export function computeStatutoryWarranty(
  item: WarrantyItem,
  options: { readonly deliveredOn: DayInput; readonly designServiceLifeYears?: number },
): StatutoryWarranty {
  const row = rowOf(item);
  const m = row.minimum;
  let years: number | undefined;
  if ('years' in m) years = m.years;
  else if ('designServiceLife' in m && options.designServiceLifeYears !== undefined) {
    if (!Number.isSafeInteger(options.designServiceLifeYears) || options.designServiceLifeYears < 1) {
      throw new InvalidArgumentError(
        ['options', 'designServiceLifeYears'],
        'expected a whole number of years >= 1',
      );
    }
    years = options.designServiceLifeYears;
  }
  const window = years === undefined ? null : addWindow(options.deliveredOn, { years });
  const reason = createReason(
    'LAW-WARRANTY-MIN',
    { item, minimum: { ...m }, firstDay: window?.firstDay ?? null, lastDay: window?.lastDay ?? null },
    {
      'zh-CN': `${row.zh}，自交付之日起计算${window === null ? '' : `（${window.firstDay}至${window.lastDay}）`}`,
      en: `${row.en}, from the day of delivery${window === null ? '' : ` (${window.firstDay} to ${window.lastDay})`}`,
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
 * Whether a developer's own warranty for an item meets the statutory minimum: it may be
 * longer, never shorter (`LAW-WARRANTY-MIN`). A length in the wrong unit (years for a
 * heating system) is compared only where it can be: the design service life needs its
 * years.
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
  developer: WarrantyLength,
  options: { readonly designServiceLifeYears?: number } = {},
): Decision<{ readonly compliant: boolean }> {
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
