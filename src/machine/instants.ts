/**
 * Instants and deadlines as a machine's context stores them: canonical UTC ISO strings
 * (`2026-11-02T02:00:00.000Z`), which compare as strings, and the one-timer instant
 * `nextDueAt` (DESIGN convention 8).
 *
 * @internal
 * @module
 */

import * as z from 'zod';
import { formatInstant, tryParseDayString, tryParseInstant } from '../calendar/days.js';

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Whether `s` is an instant written the canonical way (what `Date#toISOString` writes). */
export function isCanonicalInstant(s: string): boolean {
  if (!CANONICAL.test(s)) return false;
  const ms = tryParseInstant(s);
  return ms !== undefined && formatInstant(ms) === s;
}

/** The canonical UTC ISO string of an instant that is known to be valid. */
export function canonicalInstant(ms: number): string {
  return formatInstant(ms);
}

/**
 * A canonical instant in a stored context: `+08:00` or a missing millisecond part is
 * refused, since the context's instants are compared as strings.
 */
export const CanonicalInstantSchema = /* @__PURE__ */ (() =>
  z.string().refine(isCanonicalInstant, {
    error: 'expected a canonical UTC instant such as 2026-11-02T02:00:00.000Z',
  }))();

/** A day `YYYY-MM-DD` in a stored context. */
export const StoredDaySchema = /* @__PURE__ */ (() =>
  z
    .string()
    .refine((s) => tryParseDayString(s) !== undefined, { error: 'expected a real day YYYY-MM-DD' }))();

/**
 * A deadline as a machine's context stores it: the last day (`YYYY-MM-DD`, Asia/Shanghai)
 * and the exclusive end instant (`LAW-PERIOD-END`, canonical UTC ISO). The reasons stay
 * with the function that computed it, which gives the same deadline with its explanation.
 *
 * @rule LAW-PERIOD-END
 * @example
 * ```ts
 * const replyBy: StoredDeadline = { lastDay: '2026-10-09', endsAt: '2026-10-09T16:00:00.000Z', fallbackUsed: false };
 * ```
 */
export type StoredDeadline = {
  /** The last day, `YYYY-MM-DD` (Asia/Shanghai). */
  readonly lastDay: string;
  /** The exclusive end: 00:00 Asia/Shanghai of the day after `lastDay`, canonical UTC ISO. */
  readonly endsAt: string;
  /** Counted weekends-only over days no holiday notice covers (`LAW-COVERAGE`). */
  readonly fallbackUsed: boolean;
};

/** A stored deadline, checked whole: `endsAt` canonical and at the end of `lastDay`'s Shanghai day. */
export const StoredDeadlineSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      lastDay: StoredDaySchema,
      endsAt: CanonicalInstantSchema,
      fallbackUsed: z.boolean(),
    })
    .refine(
      (d) => {
        const day = tryParseDayString(d.lastDay);
        const end = tryParseInstant(d.endsAt);
        // 00:00 Asia/Shanghai of the next day: within a day of the UTC midnight after lastDay.
        return day !== undefined && end !== undefined && Math.abs(end - (day + 1) * 86_400_000) <= 86_400_000;
      },
      { error: 'endsAt is not the end of lastDay', path: ['endsAt'] },
    ))();

/** A calendar `Deadline` (or anything with `lastDay`, `endsAt: Date`, `fallbackUsed`) as stored. */
export function toStoredDeadline(d: {
  readonly lastDay: string;
  readonly endsAt: Date;
  readonly fallbackUsed: boolean;
}): StoredDeadline {
  return { lastDay: d.lastDay, endsAt: formatInstant(d.endsAt.getTime()), fallbackUsed: d.fallbackUsed };
}

/**
 * The earliest of the instants given (canonical strings; `null` and `undefined` skipped),
 * or `null`: the `nextDueAt` of a context, the one instant an app sets a timer for.
 *
 * @example
 * ```ts
 * earliestInstant(['2026-11-04T16:00:00.000Z', null, '2026-11-02T16:00:00.000Z']); // '2026-11-02T16:00:00.000Z'
 * ```
 */
export function earliestInstant(instants: readonly (string | null | undefined)[]): string | null {
  let next: string | null = null;
  for (const i of instants) if (typeof i === 'string' && (next === null || i < next)) next = i;
  return next;
}
