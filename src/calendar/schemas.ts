/**
 * Zod schemas of the calendar's inputs: a day, a holiday notice, one year of holiday
 * data, and the options of {@link createWorkCalendar}.
 *
 * @module
 */

import * as z from 'zod';
import { tryParseDayString, tryParseInstant } from './days.js';

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

/** A State Council holiday notice. */
export const HolidayNoticeSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    number: z.string().min(1),
    title: z.string().min(1),
    url: z.url(),
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

/** One year of holiday data (the shape of a file under `calendar/holidays/`). */
export const HolidayYearSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      year: z.number().int().min(1949).max(9999),
      notices: z.array(HolidayNoticeSchema).min(1),
      days: z.array(HolidayDaySchema),
    })
    .superRefine((year, ctx) => {
      const seen = new Set<string>();
      const numbers = new Set(year.notices.map((n) => n.number));
      year.days.forEach((d, i) => {
        if (seen.has(d.date)) {
          ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: `${d.date} is listed twice` });
        }
        seen.add(d.date);
        const y = Number(d.date.slice(0, 4));
        if (y !== year.year && !(y === year.year - 1 && d.date.slice(5, 7) === '12')) {
          ctx.addIssue({
            code: 'custom',
            path: ['days', i, 'date'],
            message: `${d.date} is outside ${year.year} (only the December before may be set by a year's notice)`,
          });
        }
        if (d.notice !== undefined && !numbers.has(d.notice)) {
          ctx.addIssue({
            code: 'custom',
            path: ['days', i, 'notice'],
            message: `${d.notice} is not one of this year's notices`,
          });
        }
      });
    }))();

/** The options of `createWorkCalendar`. */
export const WorkCalendarOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    years: z.array(HolidayYearSchema).optional(),
    days: z.array(HolidayDaySchema.omit({ notice: true })).optional(),
    builtIn: z.boolean().optional(),
  }))();
