/**
 * The mainland mobile number blocks (号段) as allocated by the Ministry of Industry and
 * Information Technology (MIIT, 工业和信息化部 电信网码号资源), for the strict check of
 * `CUS-PHONE`. New blocks keep being allocated (192 in 2019, 190/196/197 in 2019-2020):
 * the lenient check (any `1[3-9]`) is the default for that reason, and this table says
 * which allocations it holds. Since number portability (携号转网, nationwide since 2019-11-27)
 * a block names the network that was allocated it, not the customer's network today.
 *
 * @module
 */

import type { RuleId } from '../rules.js';

/** What a block is for. */
export type MobilePrefixUse = 'mobile' | 'virtual-operator' | 'data' | 'satellite';

/** One block: the first three digits, or a 4-digit block where only part of a 3-digit one is allocated. */
export interface MobilePrefixRow {
  /** The first three (or four) digits. */
  readonly prefix: string;
  /** The network it was allocated to: 中国移动, 中国联通, 中国电信, 中国广电, or virtual operators (虚拟运营商). */
  readonly allocatedTo: 'china-mobile' | 'china-unicom' | 'china-telecom' | 'china-broadnet' | 'virtual';
  readonly use: MobilePrefixUse;
  readonly rule: RuleId;
}

/**
 * The allocations the table holds: those announced up to mid-2025 (the last new 11-digit
 * blocks, 190/196/197, came in 2019-2020). A block allocated later is refused by the
 * strict check until the table is updated; the lenient check accepts it.
 */
export const MOBILE_PREFIX_TABLE_AS_OF = '2025-06';

const row = (prefix: string, allocatedTo: MobilePrefixRow['allocatedTo'], use: MobilePrefixUse = 'mobile') =>
  Object.freeze({ prefix, allocatedTo, use, rule: 'CUS-PHONE' as const });

/**
 * The allocated 11-digit mobile blocks (`CUS-PHONE`, strict check), as of
 * {@link MOBILE_PREFIX_TABLE_AS_OF}. 13-digit Internet-of-Things blocks (140, 141,
 * 144, 146, 148) are not phone numbers and are not listed; 174 is listed only for its
 * satellite blocks 1740 and 1749.
 *
 * @rule CUS-PHONE
 * @example
 * ```ts
 * MOBILE_PREFIX_TABLE.find((r) => r.prefix === '192')?.allocatedTo; // 'china-broadnet'
 * ```
 */
export const MOBILE_PREFIX_TABLE: readonly MobilePrefixRow[] = Object.freeze([
  row('130', 'china-unicom'),
  row('131', 'china-unicom'),
  row('132', 'china-unicom'),
  row('133', 'china-telecom'),
  row('134', 'china-mobile'),
  row('135', 'china-mobile'),
  row('136', 'china-mobile'),
  row('137', 'china-mobile'),
  row('138', 'china-mobile'),
  row('139', 'china-mobile'),
  row('145', 'china-unicom', 'data'),
  row('147', 'china-mobile', 'data'),
  row('149', 'china-telecom', 'data'),
  row('150', 'china-mobile'),
  row('151', 'china-mobile'),
  row('152', 'china-mobile'),
  row('153', 'china-telecom'),
  row('155', 'china-unicom'),
  row('156', 'china-unicom'),
  row('157', 'china-mobile'),
  row('158', 'china-mobile'),
  row('159', 'china-mobile'),
  row('162', 'virtual', 'virtual-operator'),
  row('165', 'virtual', 'virtual-operator'),
  row('166', 'china-unicom'),
  row('167', 'virtual', 'virtual-operator'),
  row('170', 'virtual', 'virtual-operator'),
  row('171', 'virtual', 'virtual-operator'),
  row('172', 'china-mobile'),
  row('173', 'china-telecom'),
  row('1740', 'china-telecom', 'satellite'),
  row('1749', 'china-telecom', 'satellite'),
  row('175', 'china-unicom'),
  row('176', 'china-unicom'),
  row('177', 'china-telecom'),
  row('178', 'china-mobile'),
  row('180', 'china-telecom'),
  row('181', 'china-telecom'),
  row('182', 'china-mobile'),
  row('183', 'china-mobile'),
  row('184', 'china-mobile'),
  row('185', 'china-unicom'),
  row('186', 'china-unicom'),
  row('187', 'china-mobile'),
  row('188', 'china-mobile'),
  row('189', 'china-telecom'),
  row('190', 'china-telecom'),
  row('191', 'china-telecom'),
  row('192', 'china-broadnet'),
  row('193', 'china-telecom'),
  row('195', 'china-mobile'),
  row('196', 'china-unicom'),
  row('197', 'china-mobile'),
  row('198', 'china-mobile'),
  row('199', 'china-telecom'),
]);

const BY_PREFIX: ReadonlyMap<string, MobilePrefixRow> = new Map(
  MOBILE_PREFIX_TABLE.map((r) => [r.prefix, r]),
);

/** The block of an 11-digit number, or `undefined` when it is not allocated. @internal */
export function findMobilePrefix(digits: string): MobilePrefixRow | undefined {
  return BY_PREFIX.get(digits.slice(0, 3)) ?? BY_PREFIX.get(digits.slice(0, 4));
}
