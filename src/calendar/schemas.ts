/**
 * Zod schemas of the calendar's inputs: a day, a holiday notice, one year of holiday
 * data, and the options of {@link createWorkCalendar}.
 *
 * @module
 */

import * as z from 'zod';
import { tryParseDayString, tryParseInstant } from './days.js';
import { checkHolidayYearRules, isGovCnAddress } from './holidayYearRules.js';

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
    .superRefine((year, ctx) =>
      checkHolidayYearRules(year, (path, key, values) =>
        ctx.addIssue({ code: 'custom', path, params: { key, ...values } }),
      ),
    ))();

/** The options of `createWorkCalendar`. */
export const WorkCalendarOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    years: z.array(HolidayYearSchema).optional(),
    days: z.array(HolidayDaySchema.omit({ notice: true })).optional(),
    builtIn: z.boolean().optional(),
  }))();
