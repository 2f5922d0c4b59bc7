import { describeType } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { Decision } from '../core/reason.js';
import { type InstantInput, toInstantMs } from './days.js';

/**
 * A deadline: the last day of a period and the instant it ends (`LAW-PERIOD-END`: 24:00
 * Asia/Shanghai of the last day, which is 00:00 of the next day), with the reasons that
 * name the rules applied and the holidays skipped.
 *
 * @rule LAW-PERIOD-END
 * @example
 * ```ts
 * addWorkingDays('2026-09-30', 5);
 * // { lastDay: '2026-10-13', endsAt: new Date('2026-10-13T16:00:00.000Z'), fallbackUsed: false, reasons: [...] }
 * ```
 */
export type Deadline = Decision<{
  /** The period's last day, `YYYY-MM-DD` (Asia/Shanghai). */
  readonly lastDay: string;
  /** The exclusive end: 00:00 Asia/Shanghai of the day after `lastDay`. Overdue when `now >= endsAt`. */
  readonly endsAt: Date;
  /** True when some day was counted weekends-only because the calendar does not cover it (`LAW-COVERAGE`). */
  readonly fallbackUsed: boolean;
}>;

/**
 * Whether a deadline has passed at `now` (a `Date` or an ISO 8601 instant with an
 * offset): `now` is at or after its exclusive end.
 *
 * @rule LAW-PERIOD-END
 * @example
 * ```ts
 * const d = addWorkingDays('2026-09-30', 5); // ends 2026-10-14T00:00+08:00
 * isDeadlinePassed(d, new Date('2026-10-13T23:59:59+08:00')); // false
 * isDeadlinePassed(d, new Date('2026-10-14T00:00:00+08:00')); // true
 * ```
 */
export function isDeadlinePassed(deadline: Pick<Deadline, 'endsAt'>, now: InstantInput): boolean {
  const endsAt = (deadline as { endsAt?: unknown } | null | undefined)?.endsAt;
  if (!(endsAt instanceof Date) || Number.isNaN(endsAt.getTime())) {
    throw new InvalidArgumentError(
      ['deadline', 'endsAt'],
      `expected a deadline with a valid Date endsAt, got ${describeType(endsAt)}`,
    );
  }
  return toInstantMs(now, ['now']) >= endsAt.getTime();
}
