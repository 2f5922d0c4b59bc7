import { deepFreeze } from '../../core/deepFreeze.js';
import type { RuleId } from '../../core/rules.js';
import type { WarrantyItem } from '../statutoryWarranty.js';
import type { SeasonKind, WarrantyComponent } from '../types.js';

/** A warranty length a developer may promise, or the 1998 rules set: years, months, or heating or cooling seasons. */
export type WarrantyPromise =
  | { readonly years: number }
  | { readonly months: number }
  | { readonly seasons: number };

/** One row of {@link WARRANTY_COMPONENTS}: a repair class, its art. 40 item and its 1998 minimum. */
export interface WarrantyComponentRow {
  /** The component id. */
  readonly component: WarrantyComponent;
  /** The art. 40 item whose period the contractor owes (`LAW-WARRANTY-MIN`). */
  readonly item: WarrantyItem;
  /** The kind of season it is counted in, for heating and cooling; `null` otherwise. */
  readonly season: SeasonKind | null;
  /** The 1998 minimum owed to the buyer from delivery (`LAW-WARRANTY-BUYER`); `null` where the 1998 rules set none ("other parts as agreed"). */
  readonly buyerMinimum: WarrantyPromise | null;
  /** Its name: 屋面防水 / Roof waterproofing. */
  readonly 'zh-CN': string;
  readonly en: string;
  /** The words of art. 40 that cover it. */
  readonly article40: { readonly 'zh-CN': string; readonly en: string };
  /** The words of the 1998 rules that cover it, or why there are none. */
  readonly rules1998: { readonly 'zh-CN': string; readonly en: string };
  /** The rules this row carries. */
  readonly rules: readonly RuleId[];
}

/** The source of the 1998 minimums. */
export const RULES_1998 = '建房〔1998〕102号（商品住宅实行住宅质量保证书和住宅使用说明书制度的规定）';

const NO_1998 = {
  'zh-CN': '1998年规定未列此项：“其他部位、部件的保修期限，由房地产开发企业与用户自行约定”',
  en: 'The 1998 rules list no minimum: "other parts: as the developer and the user agree"',
} as const;

const row = (
  component: WarrantyComponent,
  item: WarrantyItem,
  season: SeasonKind | null,
  buyerMinimum: WarrantyPromise | null,
  name: readonly [string, string],
  article40: readonly [string, string],
  rules1998: readonly [string, string] | null,
): WarrantyComponentRow => ({
  component,
  item,
  season,
  buyerMinimum,
  'zh-CN': name[0],
  en: name[1],
  article40: { 'zh-CN': article40[0], en: article40[1] },
  rules1998: rules1998 === null ? NO_1998 : { 'zh-CN': rules1998[0], en: rules1998[1] },
  rules: ['LAW-WARRANTY-MIN', 'LAW-WARRANTY-BUYER'],
});

const WATERPROOFING = [
  '屋面防水工程、有防水要求的卫生间、房间和外墙面的防渗漏，5年',
  "waterproofing of roofs, of rooms that need it, and exterior walls' anti-leak: 5 years",
] as const;
const PIPES = ['给排水管道，2年', 'water supply and drainage pipes: 2 years'] as const;
const DECORATION = ['装修工程，2年', 'decoration: 2 years'] as const;
const INSTALLATION = ['设备安装工程，2年', 'equipment installation: 2 years'] as const;
const HEATING_COOLING = [
  '供热与供冷系统，2个采暖期、供冷期',
  'heating and cooling systems: 2 seasons',
] as const;

/**
 * What a repair is classified into, each mapped to its art. 40 item (the contractor's
 * period, `LAW-WARRANTY-MIN`: 建设工程质量管理条例 art. 40, from the completion acceptance)
 * and its 1998 minimum (the buyer's, `LAW-WARRANTY-BUYER`: 建房〔1998〕102号, from
 * delivery). Frozen; keyed by component id in the order of the 1998 list.
 *
 * @rule LAW-WARRANTY-MIN
 * @rule LAW-WARRANTY-BUYER
 * @example
 * ```ts
 * WARRANTY_COMPONENTS['roof-waterproofing'].item; // 'waterproofing' (5 years from the completion acceptance)
 * WARRANTY_COMPONENTS['roof-waterproofing'].buyerMinimum; // { years: 3 } (from delivery)
 * WARRANTY_COMPONENTS['electrical-lines'].buyerMinimum; // null: the 1998 rules set none
 * ```
 */
export const WARRANTY_COMPONENTS: Readonly<Record<WarrantyComponent, WarrantyComponentRow>> = deepFreeze({
  'foundation-and-structure': row(
    'foundation-and-structure',
    'foundation-and-structure',
    null,
    null,
    ['地基基础和主体结构', 'Foundation and main structure'],
    [
      '地基基础工程和主体结构工程，为设计文件规定的该工程的合理使用年限',
      'foundation and main structure: the design service life',
    ],
    null,
  ),
  'roof-waterproofing': row(
    'roof-waterproofing',
    'waterproofing',
    null,
    { years: 3 },
    ['屋面防水', 'Roof waterproofing'],
    WATERPROOFING,
    ['屋面防水3年', 'roof waterproofing: 3 years'],
  ),
  leakage: row(
    'leakage',
    'waterproofing',
    null,
    { years: 1 },
    ['墙面、厨房和卫生间地面、地下室渗漏', 'Leaks of walls, kitchen and bathroom floors, basements'],
    WATERPROOFING,
    [
      '墙面、厨房和卫生间地面、地下室、管道渗漏1年',
      'leaks of walls, kitchen and bathroom floors, basements and pipes: 1 year',
    ],
  ),
  'pipe-leakage': row(
    'pipe-leakage',
    'installation-and-decoration',
    null,
    { years: 1 },
    ['管道渗漏', 'Pipe leaks'],
    PIPES,
    [
      '墙面、厨房和卫生间地面、地下室、管道渗漏1年',
      'leaks of walls, kitchen and bathroom floors, basements and pipes: 1 year',
    ],
  ),
  plaster: row(
    'plaster',
    'installation-and-decoration',
    null,
    { years: 1 },
    ['墙面、顶棚抹灰层脱落', 'Plaster of walls and ceilings falling off'],
    DECORATION,
    ['墙面、顶棚抹灰层脱落1年', 'plaster of walls and ceilings falling off: 1 year'],
  ),
  floor: row(
    'floor',
    'installation-and-decoration',
    null,
    { years: 1 },
    ['地面空鼓开裂、大面积起砂', 'Floors hollow, cracked or sanding over a large area'],
    DECORATION,
    ['地面空鼓开裂、大面积起砂1年', 'floors hollow, cracked or sanding over a large area: 1 year'],
  ),
  'doors-and-windows': row(
    'doors-and-windows',
    'installation-and-decoration',
    null,
    { years: 1 },
    ['门窗翘裂、五金件损坏', 'Doors and windows warped, hardware broken'],
    DECORATION,
    ['门窗翘裂、五金件损坏1年', 'doors and windows warped, hardware broken: 1 year'],
  ),
  'pipe-blockage': row(
    'pipe-blockage',
    'installation-and-decoration',
    null,
    { months: 2 },
    ['管道堵塞', 'Pipes blocked'],
    PIPES,
    ['管道堵塞2个月', 'pipes blocked: 2 months'],
  ),
  heating: row(
    'heating',
    'heating-and-cooling',
    'heating',
    { seasons: 1 },
    ['供热系统和设备', 'Heating system and equipment'],
    HEATING_COOLING,
    ['供热、供冷系统和设备1个采暖期或供冷期', 'heating and cooling systems and equipment: 1 season'],
  ),
  cooling: row(
    'cooling',
    'heating-and-cooling',
    'cooling',
    { seasons: 1 },
    ['供冷系统和设备', 'Cooling system and equipment'],
    HEATING_COOLING,
    ['供热、供冷系统和设备1个采暖期或供冷期', 'heating and cooling systems and equipment: 1 season'],
  ),
  'sanitary-fittings': row(
    'sanitary-fittings',
    'installation-and-decoration',
    null,
    { years: 1 },
    ['卫生洁具', 'Sanitary fittings'],
    INSTALLATION,
    ['卫生洁具1年', 'sanitary fittings: 1 year'],
  ),
  'lamps-and-switches': row(
    'lamps-and-switches',
    'installation-and-decoration',
    null,
    { months: 6 },
    ['灯具、电器开关', 'Lamps and electrical switches'],
    ['电气管线、设备安装工程，2年', 'electrical lines and equipment installation: 2 years'],
    ['灯具、电器开关6个月', 'lamps and electrical switches: 6 months'],
  ),
  'electrical-lines': row(
    'electrical-lines',
    'installation-and-decoration',
    null,
    null,
    ['电气管线', 'Electrical lines'],
    ['电气管线，2年', 'electrical lines: 2 years'],
    null,
  ),
  'equipment-installation': row(
    'equipment-installation',
    'installation-and-decoration',
    null,
    null,
    ['设备安装', 'Equipment installation'],
    INSTALLATION,
    null,
  ),
});
