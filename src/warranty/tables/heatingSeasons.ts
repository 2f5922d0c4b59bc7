import { deepFreeze } from '../../core/deepFreeze.js';

/** The cities whose heating season the library can cite, by lower-case id. */
export const HEATING_SEASON_CITIES = Object.freeze([
  'beijing',
  'tianjin',
  'shijiazhuang',
  'taiyuan',
  'zhengzhou',
  'xian',
  'harbin',
  'urumqi',
] as const);
/** A city with a cited heating regulation: 北京, 天津, 石家庄, 太原, 郑州, 西安, 哈尔滨, 乌鲁木齐. */
export type HeatingSeasonCity = (typeof HEATING_SEASON_CITIES)[number];

/** One city's heating season and the local regulation that sets it. */
export interface HeatingSeasonRow {
  /** The city id. */
  readonly city: HeatingSeasonCity;
  /** Its name: 北京 / Beijing. */
  readonly 'zh-CN': string;
  readonly en: string;
  /** The season's first day, `MM-DD`. */
  readonly from: string;
  /** The season's last day, `MM-DD` (in the next year when it is before `from`). */
  readonly to: string;
  /** The local regulation (规章 or 地方性法规) that sets it. */
  readonly regulation: string;
  /** The season as the regulation words it. */
  readonly wording: string;
  /** How the provision is read, where it needs reading (a season ending at 00:00 of a day ends the day before). */
  readonly reading: { readonly 'zh-CN': string; readonly en: string } | null;
  /** The rule this row carries. */
  readonly rule: 'LAW-WARRANTY-SEASON';
}

const ZERO_HOUR = {
  'zh-CN': '“次年3月15日零时”止：3月15日零时即结束，最后一整日为3月14日',
  en: 'it ends "at 00:00 of March 15": the last whole day is March 14',
} as const;

/**
 * The heating season (采暖期/供热期) of each city whose local regulation the library can
 * cite (`LAW-WARRANTY-SEASON`), keyed by city id. A warranty counted in heating seasons
 * (art. 40's 2 seasons, the 1998 rules' 1 season) counts whole seasons of the home's city.
 * A city not listed here is an error, never a guess: pass `heatingSeason: { from, to }` from
 * its regulation. Northern cities not listed yet (Shenyang, Jinan, Lanzhou, Hohhot, ...)
 * are left out because their regulation's wording could not be checked when this table was
 * written. The municipal government may start or end a season early or late in a cold
 * year; the warranty counts the regulation's season.
 *
 * @rule LAW-WARRANTY-SEASON
 * @example
 * ```ts
 * HEATING_SEASONS.beijing; // { from: '11-15', to: '03-15', regulation: '北京市供热采暖管理办法（...）', ... }
 * HEATING_SEASONS.harbin.from; // '10-20'
 * ```
 */
export const HEATING_SEASONS: Readonly<Record<HeatingSeasonCity, HeatingSeasonRow>> = deepFreeze({
  beijing: {
    city: 'beijing',
    'zh-CN': '北京',
    en: 'Beijing',
    from: '11-15',
    to: '03-15',
    regulation: '北京市供热采暖管理办法（北京市人民政府令第216号，2010年4月1日起施行）',
    wording: '当年11月15日至次年3月15日',
    reading: null,
    rule: 'LAW-WARRANTY-SEASON',
  },
  tianjin: {
    city: 'tianjin',
    'zh-CN': '天津',
    en: 'Tianjin',
    from: '11-15',
    to: '03-15',
    regulation: '天津市供热用热条例',
    wording: '当年11月15日至次年3月15日',
    reading: null,
    rule: 'LAW-WARRANTY-SEASON',
  },
  shijiazhuang: {
    city: 'shijiazhuang',
    'zh-CN': '石家庄',
    en: 'Shijiazhuang',
    from: '11-15',
    to: '03-14',
    regulation: '石家庄市供热用热条例',
    wording: '当年的11月15日零时至次年的3月15日零时',
    reading: ZERO_HOUR,
    rule: 'LAW-WARRANTY-SEASON',
  },
  taiyuan: {
    city: 'taiyuan',
    'zh-CN': '太原',
    en: 'Taiyuan',
    from: '11-01',
    to: '03-31',
    regulation: '太原市城市供热管理条例',
    wording: '当年十一月一日至次年三月三十一日',
    reading: null,
    rule: 'LAW-WARRANTY-SEASON',
  },
  zhengzhou: {
    city: 'zhengzhou',
    'zh-CN': '郑州',
    en: 'Zhengzhou',
    from: '11-15',
    to: '03-14',
    regulation: '郑州市城市供热与用热管理办法',
    wording: '当年11月15日零时至次年3月15日零时',
    reading: ZERO_HOUR,
    rule: 'LAW-WARRANTY-SEASON',
  },
  xian: {
    city: 'xian',
    'zh-CN': '西安',
    en: "Xi'an",
    from: '11-15',
    to: '03-15',
    regulation: '西安市集中供热条例',
    wording: '当年的十一月十五日至次年的三月十五日',
    reading: null,
    rule: 'LAW-WARRANTY-SEASON',
  },
  harbin: {
    city: 'harbin',
    'zh-CN': '哈尔滨',
    en: 'Harbin',
    from: '10-20',
    to: '04-20',
    regulation: '哈尔滨市城市供热办法',
    wording: '当年10月20日至次年4月20日',
    reading: null,
    rule: 'LAW-WARRANTY-SEASON',
  },
  urumqi: {
    city: 'urumqi',
    'zh-CN': '乌鲁木齐',
    en: 'Urumqi',
    from: '10-10',
    to: '04-10',
    regulation: '乌鲁木齐市城市热力管理条例（2013年修订，2013年9月1日起施行）',
    wording: '当年10月10日至次年4月10日',
    reading: null,
    rule: 'LAW-WARRANTY-SEASON',
  },
});
