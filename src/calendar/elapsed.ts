/**
 * Elapsed time (`LAW-ELAPSED`): ages used to escalate ("still unresolved one week after
 * it was registered", "within one month") are exact instants and sliding windows, with
 * no rest-day extension. A day here is 24 hours: Asia/Shanghai has no daylight saving.
 *
 * @rule LAW-ELAPSED
 * @module
 */

import { describeType } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import {
  dayOutOfRangeError,
  type InstantInput,
  isDayNumberInRange,
  shanghaiDayNumberOfInstant,
  toInstantMs,
} from './days.js';

/** A length of elapsed time. At least one field must be positive. */
export interface ElapsedLength {
  readonly days?: number;
  readonly hours?: number;
  readonly minutes?: number;
}

const UNIT_MS = { days: 86_400_000, hours: 3_600_000, minutes: 60_000 } as const;

/** The longest elapsed length: the span of 1901-01-01..9999-12-31, so that sums stay exact. */
const MAX_LENGTH_MS = 3_000_000 * 86_400_000;

/** The length in milliseconds, checked. @internal */
export function elapsedLengthMs(length: ElapsedLength, path: readonly string[] = ['length']): number {
  if (typeof length !== 'object' || length === null) {
    throw new InvalidArgumentError(path, `expected { days?, hours?, minutes? }, got ${describeType(length)}`);
  }
  let ms = 0;
  for (const key of Object.keys(length)) {
    if (!Object.hasOwn(UNIT_MS, key)) {
      throw new InvalidArgumentError([...path, key], 'unknown unit; expected days, hours or minutes');
    }
    const v = (length as Record<string, unknown>)[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new InvalidArgumentError([...path, key], `expected a number >= 0, got ${describeType(v)}`);
    }
    ms += v * UNIT_MS[key as keyof typeof UNIT_MS];
    if (ms > MAX_LENGTH_MS) {
      throw new InvalidArgumentError(
        [...path, key],
        'too long: the length reaches past 9999-12-31, the last day the package counts',
      );
    }
  }
  if (ms <= 0) throw new InvalidArgumentError(path, 'an elapsed length needs at least one positive unit');
  return ms;
}

/**
 * The instant `length` after `start`, exactly (`LAW-ELAPSED`; a period in hours starts at
 * the exact time, `LAW-PERIOD-START`).
 *
 * @rule LAW-ELAPSED
 * @example
 * ```ts
 * addElapsed('2026-09-30T10:00:00+08:00', { days: 7 }).toISOString(); // '2026-10-07T02:00:00.000Z'
 * ```
 */
export function addElapsed(start: InstantInput, length: ElapsedLength): Date {
  const ms = toInstantMs(start, ['start']) + elapsedLengthMs(length);
  const dn = shanghaiDayNumberOfInstant(ms);
  if (!isDayNumberInRange(dn)) throw dayOutOfRangeError(dn, ['length'], 'the elapsed time ends');
  return new Date(ms);
}

/**
 * Whether `length` has elapsed from `start` at `now`: `now >= start + length`
 * (届满 includes the instant itself). Rest days do not stop the clock (`LAW-ELAPSED`).
 *
 * @rule LAW-ELAPSED
 * @example
 * ```ts
 * hasElapsed('2026-09-30T10:00:00+08:00', '2026-10-07T09:59:59+08:00', { days: 7 }); // false
 * hasElapsed('2026-09-30T10:00:00+08:00', '2026-10-07T10:00:00+08:00', { days: 7 }); // true
 * ```
 */
export function hasElapsed(start: InstantInput, now: InstantInput, length: ElapsedLength): boolean {
  return toInstantMs(now, ['now']) >= toInstantMs(start, ['start']) + elapsedLengthMs(length);
}

/**
 * Whether `instant` lies in the sliding window of `length` that ends at `now`, both ends
 * included: `now - length <= instant <= now` (`LAW-ELAPSED`, e.g. "3 complainants within
 * one month" as the last 30 days).
 *
 * @rule LAW-ELAPSED
 * @example
 * ```ts
 * isWithinLast('2026-10-01T09:00:00+08:00', '2026-10-31T09:00:00+08:00', { days: 30 }); // true
 * isWithinLast('2026-10-01T08:59:59+08:00', '2026-10-31T09:00:00+08:00', { days: 30 }); // false
 * ```
 */
export function isWithinLast(instant: InstantInput, now: InstantInput, length: ElapsedLength): boolean {
  const t = toInstantMs(instant, ['instant']);
  const n = toInstantMs(now, ['now']);
  return t <= n && t >= n - elapsedLengthMs(length);
}
