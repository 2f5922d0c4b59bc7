/**
 * Zod schemas of the calendar's inputs: a day, a holiday notice, one year of holiday
 * data, and the options of {@link createWorkCalendar}.
 *
 * @module
 */

import * as z from 'zod';
import { tryParseDayString, tryParseInstant, weekdayOf } from './days.js';
import { HOLIDAY_NAMES } from './holidays/types.js';

/**
 * A real calendar day written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * DayStringSchema.safeParse('2026-02-29').success; // false: 2026 is not a leap year
 * ```
 */
export const DayStringSchema = /* @__PURE__ */ (() =>
  z.string().refine((s) => tryParseDayString(s) !== undefined, { params: { key: 'day' } }))();

/**
 * An instant written in ISO 8601 with an offset (`Z` or `+08:00`).
 *
 * @example
 * ```ts
 * InstantStringSchema.safeParse('2026-10-01T09:30:00+08:00').success; // true
 * InstantStringSchema.safeParse('2026-10-01T09:30:00').success; // false: no offset, ambiguous
 * ```
 */
export const InstantStringSchema = /* @__PURE__ */ (() =>
  z.string().refine((s) => tryParseInstant(s) !== undefined, { params: { key: 'instant' } }))();

/** A day `YYYY-MM-DD` or an ISO 8601 instant with an offset. */
export const DayOrInstantStringSchema = /* @__PURE__ */ (() =>
  z.string().refine((s) => (s.length === 10 ? tryParseDayString(s) : tryParseInstant(s)) !== undefined, {
    params: { key: 'dayOrInstant' },
  }))();

/**
 * Whether a string is a web address on gov.cn (`https://www.gov.cn/...`, or a `*.gov.cn`
 * host), where the State Council publishes its notices.
 */
function isGovCnAddress(s: string): boolean {
  const m = /^https?:\/\/([^/?#:@]+)(?:[/?#]|$)/i.exec(s);
  return m !== null && /^([a-z0-9-]+\.)*gov\.cn$/i.test(m[1] as string) && !/\s/.test(s);
}

/** A State Council holiday notice: its number, title, gov.cn address and day of issue. */
export const HolidayNoticeSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    number: z.string().refine((s) => /\S/.test(s), { params: { key: 'noticeNumber' } }),
    title: z.string().refine((s) => /\S/.test(s), { params: { key: 'noticeTitle' } }),
    url: z.string().refine(isGovCnAddress, { params: { key: 'govCnUrl' } }),
    issuedOn: DayStringSchema,
  }))();

/** A day a notice (or a company) sets: off, or a makeup working day. */
export const HolidayDaySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    date: DayStringSchema,
    isOffDay: z.boolean(),
    name: z.string().min(1),
    nameEn: z.string().min(1).optional(),
    notice: z.string().min(1).optional(),
  }))();

/** A year's day: its name is checked by the year, which knows the weekday and says why. */
const YearDaySchema = /* @__PURE__ */ (() => HolidayDaySchema.extend({ name: z.string() }))();

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
 */
function checkHolidayYear(year: HolidayYearInput, ctx: z.core.$RefinementCtx): void {
  const issue = (path: (string | number)[], key: string, values: Record<string, unknown>) =>
    ctx.addIssue({ code: 'custom', path, params: { key, ...values } });
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

interface HolidayYearInput {
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

/**
 * One year of holiday data, the shape of a file under `calendar/holidays/` and of a notice
 * file given at run time (`parseHolidayYear`, the CLI's `--calendar`), checked as strictly
 * as the built-in years: see {@link parseHolidayYear} for the rules. `$schema` and `$comment`
 * may name the JSON Schema and say where the file comes from.
 */
export const HolidayYearSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      $schema: z.string().optional(),
      $comment: z.string().optional(),
      year: z.number().int().min(1949).max(9999),
      notices: z.array(HolidayNoticeSchema).min(1),
      days: z.array(YearDaySchema),
    })
    .superRefine(checkHolidayYear))();

/** The options of `createWorkCalendar`. */
export const WorkCalendarOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    years: z.array(HolidayYearSchema).optional(),
    days: z.array(HolidayDaySchema.omit({ notice: true })).optional(),
    builtIn: z.boolean().optional(),
  }))();
