/**
 * The rules a year of holiday data keeps beyond its shape, without zod: the zod schema
 * (`HolidayYearSchema`, through `superRefine`) and the hand-written check of
 * `createWorkCalendar`'s options (issue 14) run the same function.
 *
 * @internal
 * @module
 */

import { tryParseDayString, weekdayOf } from './days.js';
import { HOLIDAY_NAMES } from './holidays/types.js';

/** Reports one issue: its path, its message key and the message's values. @internal */
export type ReportIssue = (path: (string | number)[], key: string, values: Record<string, unknown>) => void;

/**
 * Whether a string is a web address on gov.cn (`https://www.gov.cn/...`, or a `*.gov.cn`
 * host), where the State Council publishes its notices.
 *
 * @internal
 */
export function isGovCnAddress(s: string): boolean {
  const m = /^https?:\/\/([^/?#:@]+)(?:[/?#]|$)/i.exec(s);
  return m !== null && /^([a-z0-9-]+\.)*gov\.cn$/i.test(m[1] as string) && !/\s/.test(s);
}

/** What the notice template writes where the notice's words go. */
const TEMPLATE_BLANK = '待填';

/** The day before the 20th of December of the year before: a notice sets no earlier day. */
const EARLIEST_MONTH_DAY = '12-20';

/**
 * Every rule a year's notice file must keep beyond its shape, each an issue at its path:
 * a day outside the year (only the last days of the December before may be set: the 2012
 * notice makes 2011-12-31 a working day), a day listed twice, a makeup working day that is
 * not a Saturday or Sunday, a day without a holiday name (a day off on a weekday says which
 * holiday it belongs to), a name the built-in notices do not use without its English name, a
 * notice that sets a day before it was issued, a first notice whose title is not this year's.
 * Each is reported with its path, its message key of `CALENDAR_MESSAGES` and the message's
 * values, in the order zod's `superRefine` adds them.
 *
 * @internal
 */
export function checkHolidayYearRules(year: HolidayYearInput, issue: ReportIssue): void {
  const numbers = new Map(year.notices.map((n, i) => [n.number, i] as const));
  if (numbers.size !== year.notices.length) {
    year.notices.forEach((n, i) => {
      if (numbers.get(n.number) !== i) issue(['notices', i, 'number'], 'noticeTwice', { number: n.number });
    });
  }
  // The template's blanks (docs/holiday-notice-2027.template.json): a file not yet completed.
  year.notices.forEach((n, i) => {
    for (const key of ['number', 'title', 'url'] as const) {
      if (n[key].includes(TEMPLATE_BLANK)) issue(['notices', i, key], 'templateBlank', {});
    }
  });
  year.days.forEach((d, i) => {
    if (d.name.includes(TEMPLATE_BLANK)) issue(['days', i, 'name'], 'templateBlank', {});
  });
  const title = year.notices[0]?.title;
  if (title !== undefined && !title.includes(`${year.year}年`)) {
    issue(['notices', 0, 'title'], 'noticeTitleYear', { year: year.year });
  }
  const firstSet = new Map<string, string>();
  const seen = new Set<string>();
  const main = year.notices[0]?.number;
  year.days.forEach((d, i) => {
    const dn = tryParseDayString(d.date);
    // A day that is not a real day has its own issue at its date; nothing more can be said of it.
    if (dn === undefined) return;
    if (seen.has(d.date)) issue(['days', i, 'date'], 'dayTwice', { date: d.date });
    seen.add(d.date);
    const inYear = d.date.startsWith(`${year.year}-`);
    const lateDecember =
      d.date >= `${year.year - 1}-${EARLIEST_MONTH_DAY}` && d.date <= `${year.year - 1}-12-31`;
    if (!inYear && !lateDecember)
      issue(['days', i, 'date'], 'dayOutsideYear', { date: d.date, year: year.year });
    const weekday = weekdayOf(dn);
    const weekend = weekday === 0 || weekday === 6;
    if (!d.isOffDay && !weekend) issue(['days', i, 'date'], 'makeupNotWeekend', { date: d.date, weekday });
    if (!/\S/.test(d.name)) {
      issue(['days', i, 'name'], d.isOffDay && !weekend ? 'weekdayOffUnnamed' : 'dayUnnamed', {
        date: d.date,
        weekday,
      });
    } else if (d.nameEn === undefined && !Object.hasOwn(HOLIDAY_NAMES, d.name)) {
      issue(['days', i, 'nameEn'], 'nameEnMissing', { name: d.name });
    }
    const notice = d.notice ?? main;
    if (d.notice !== undefined && !numbers.has(d.notice)) {
      issue(['days', i, 'notice'], 'noticeUnknown', { notice: d.notice });
    } else if (notice !== undefined) {
      const first = firstSet.get(notice);
      if (first === undefined || d.date < first) firstSet.set(notice, d.date);
    }
  });
  year.notices.forEach((n, i) => {
    const first = firstSet.get(n.number);
    if (first !== undefined && tryParseDayString(n.issuedOn) !== undefined && n.issuedOn >= first) {
      issue(['notices', i, 'issuedOn'], 'noticeAfterDay', { issuedOn: n.issuedOn, date: first });
    }
  });
}

/** A year whose shape has been checked. @internal */
export interface HolidayYearInput {
  readonly year: number;
  readonly notices: readonly {
    readonly number: string;
    readonly title: string;
    readonly url: string;
    readonly issuedOn: string;
  }[];
  readonly days: readonly {
    readonly date: string;
    readonly isOffDay: boolean;
    readonly name: string;
    readonly nameEn?: string | undefined;
    readonly notice?: string | undefined;
  }[];
}
