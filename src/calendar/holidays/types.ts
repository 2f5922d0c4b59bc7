/**
 * The shape of one year of the State Council General Office's holiday notice
 * (国务院办公厅关于某年部分节假日安排的通知), as the calendar stores it.
 *
 * @rule LAW-WORKDAY
 * @module
 */

/** The names the State Council notices give their holidays, as the notices write them. */
export const HOLIDAY_NAMES = Object.freeze({
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
  '国庆节、中秋节': 'National Day and Mid-Autumn Festival',
  抗战胜利纪念日: 'Victory Day (70th anniversary of the War of Resistance)',
} as const);

/** A holiday name that a built-in notice uses. */
export type HolidayName = keyof typeof HOLIDAY_NAMES;

/** One published notice. */
export interface HolidayNotice {
  /** The notice's document number, e.g. `国办发明电〔2025〕7号`. */
  readonly number: string;
  /** Its title, e.g. `国务院办公厅关于2026年部分节假日安排的通知`. */
  readonly title: string;
  /** Where it is published on gov.cn. */
  readonly url: string;
  /** The day it was issued (YYYY-MM-DD). */
  readonly issuedOn: string;
}

/** One day a notice sets: a day off (放假) or a makeup working day (调休上班). */
export interface HolidayDay {
  /** The Asia/Shanghai calendar day, YYYY-MM-DD. */
  readonly date: string;
  /** `true`: a day off (holiday or the weekend days inside a holiday block); `false`: a makeup working day on a weekend. */
  readonly isOffDay: boolean;
  /** The holiday the day belongs to (for a makeup working day: the holiday it makes up for). */
  readonly name: string;
  /** English name, where `name` is not one of {@link HOLIDAY_NAMES}. */
  readonly nameEn?: string;
  /** The notice number that sets this day, where the year has more than one notice. Defaults to the first notice. */
  readonly notice?: string;
}

/** One year of holiday data: every day the notice(s) set, in date order. */
export interface HolidayYear {
  /** In a notice file: the address of its JSON Schema (`holiday-year.schema.json`), for editors. */
  readonly $schema?: string;
  /** In a notice file: a note on where it comes from. */
  readonly $comment?: string;
  /** The year whose ordinary days this file covers in full (Jan 1 to Dec 31). */
  readonly year: number;
  /** The notices that set it, the main notice first, amendments after. */
  readonly notices: readonly HolidayNotice[];
  /**
   * The days the notices set. A day may fall in the year before (the 2012 notice
   * makes 2011-12-31 a working day): coverage is per day, not per year.
   */
  readonly days: readonly HolidayDay[];
}
