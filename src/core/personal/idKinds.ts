/**
 * The kinds of identity number that GB 11643-1999's algorithm covers (`CUS-ID`), with
 * their names in both languages: the one label table of this vocabulary (convention 15).
 *
 * @module
 */

import type { RuleId } from '../rules.js';

/**
 * What {@link validateResidentIdNumber} recognised a number as: a resident identity card
 * (居民身份证), a residence permit for residents of Hong Kong, Macao or Taiwan (港澳台居民
 * 居住证: region 810000, 820000, 830000), the 2023 foreigners' permanent residence ID card
 * (外国人永久居留身份证, first digit 9), a 15-digit first-generation number, or nothing it
 * can read (`unknown`).
 */
export const RESIDENT_ID_KINDS = Object.freeze([
  'resident-id',
  'hong-kong-residence-permit',
  'macao-residence-permit',
  'taiwan-residence-permit',
  'foreign-permanent-residence-id',
  'first-generation',
  'unknown',
] as const);
/** A kind of identity number (`CUS-ID`). */
export type ResidentIdKind = (typeof RESIDENT_ID_KINDS)[number];

/** One row of {@link RESIDENT_ID_KIND_TABLE}. */
export interface ResidentIdKindRow {
  readonly 'zh-CN': string;
  readonly en: string;
  /** How the number is written. */
  readonly layout: { readonly 'zh-CN': string; readonly en: string };
  readonly rule: RuleId;
  readonly source: string;
}

/**
 * Each kind of identity number: its name, its layout and its source (`CUS-ID`).
 *
 * @rule CUS-ID
 * @example
 * ```ts
 * RESIDENT_ID_KIND_TABLE['taiwan-residence-permit']['zh-CN']; // '港澳台居民居住证（台湾居民）'
 * ```
 */
export const RESIDENT_ID_KIND_TABLE: Readonly<Record<ResidentIdKind, ResidentIdKindRow>> = Object.freeze({
  'resident-id': {
    'zh-CN': '居民身份证',
    en: 'Resident identity card',
    layout: {
      'zh-CN': '18位：6位地址码、8位出生日期码、3位顺序码（奇数为男性）、1位校验码（0-9或X）',
      en: '18 characters: 6 region digits, 8 birth-date digits, 3 sequence digits (odd for men), a check character (0-9 or X)',
    },
    rule: 'CUS-ID',
    source: 'GB 11643-1999',
  },
  'hong-kong-residence-permit': {
    'zh-CN': '港澳台居民居住证（香港居民）',
    en: 'Residence permit for Hong Kong residents',
    layout: {
      'zh-CN': '18位，地址码为810000，其余同居民身份证',
      en: '18 characters, region 810000, otherwise as a resident identity card',
    },
    rule: 'CUS-ID',
    source: 'GB 11643-1999; 港澳台居民居住证申领发放办法 (2018)',
  },
  'macao-residence-permit': {
    'zh-CN': '港澳台居民居住证（澳门居民）',
    en: 'Residence permit for Macao residents',
    layout: {
      'zh-CN': '18位，地址码为820000，其余同居民身份证',
      en: '18 characters, region 820000, otherwise as a resident identity card',
    },
    rule: 'CUS-ID',
    source: 'GB 11643-1999; 港澳台居民居住证申领发放办法 (2018)',
  },
  'taiwan-residence-permit': {
    'zh-CN': '港澳台居民居住证（台湾居民）',
    en: 'Residence permit for Taiwan residents',
    layout: {
      'zh-CN': '18位，地址码为830000，其余同居民身份证',
      en: '18 characters, region 830000, otherwise as a resident identity card',
    },
    rule: 'CUS-ID',
    source: 'GB 11643-1999; 港澳台居民居住证申领发放办法 (2018)',
  },
  'foreign-permanent-residence-id': {
    'zh-CN': '外国人永久居留身份证（2023年版）',
    en: "Foreigner's permanent residence ID card (2023)",
    layout: {
      'zh-CN': '18位：首位9、2位受理地省级代码、3位国籍代码、8位出生日期码、3位顺序码、1位校验码',
      en: '18 characters: 9, a 2-digit province of issue, a 3-digit nationality code, 8 birth-date digits, 3 sequence digits, a check character',
    },
    rule: 'CUS-ID',
    source: 'GB 11643-1999; 国家移民管理局公告 (2023)',
  },
  'first-generation': {
    'zh-CN': '第一代居民身份证（15位）',
    en: 'First-generation resident identity card (15 digits)',
    layout: {
      'zh-CN': '15位：6位地址码、6位出生日期码（两位年份，19XX年）、3位顺序码，没有校验码',
      en: '15 digits: 6 region digits, 6 birth-date digits (two-digit year, 19XX), 3 sequence digits, no check character',
    },
    rule: 'CUS-ID',
    source: 'GB 11643-1989',
  },
  unknown: {
    'zh-CN': '无法识别的号码',
    en: 'Not a number this check reads',
    layout: { 'zh-CN': '—', en: '—' },
    rule: 'CUS-ID',
    source: 'GB 11643-1999',
  },
});
