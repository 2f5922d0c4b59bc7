/**
 * The run-time checks at the complaints module's doors (DESIGN convention 13): cheap typed
 * guards, not a zod parse, each throwing an `InvalidArgumentError` (code
 * `INVALID_ARGUMENT`, or `UNKNOWN_CATEGORY`) at the path the caller used (`receivedAt`,
 * `options.now`), never an internal name. An unknown key of a facts or input object is an
 * error with a did-you-mean, so no field is dropped silently.
 *
 * @internal
 * @module
 */

import { addWindow, type CalendarWindow } from '../calendar/addWindow.js';
import {
  AFTER_LAST_INSTANT_MS,
  type DayInput,
  dayOutOfRangeError,
  FIRST_DAY_NUMBER,
  FIRST_INSTANT_MS,
  isDayNumberInRange,
  LAST_DAY_NUMBER,
  tryParseDayString,
  tryParseInstant,
} from '../calendar/days.js';
import { WorkCalendar } from '../calendar/workCalendar.js';
import {
  type ArgumentPath,
  describeCode,
  describeType,
  expectBoolean,
  expectNumber,
  expectOneOf,
  expectString,
  isPlainObject,
  suggestClosest,
} from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from './types.js';

/** The epoch ms of an instant (a valid `Date`, or an ISO 8601 string with an offset), or throws at `path`. */
export function instantMs(value: unknown, path: ArgumentPath): number {
  const ms = tryParseInstant(value);
  if (ms !== undefined) return ms;
  throw new InvalidArgumentError(
    path,
    `expected a valid Date or an ISO 8601 instant with an offset such as 2026-11-02T10:00:00+08:00, got ${describeType(value)}`,
  );
}

/** An instant that may be absent (`undefined`). */
export function optionalInstantMs(value: unknown, path: ArgumentPath): number | undefined {
  return value === undefined ? undefined : instantMs(value, path);
}

/**
 * A day `YYYY-MM-DD`, a valid `Date` or an instant with an offset, on a day the calendar
 * counts (1901-01-01 to 9999-12-31), or throws: read as the decisions that use it read it, so
 * a day one route would refuse is not accepted silently on another.
 */
export function expectDayOrInstant(value: unknown, path: ArgumentPath): void {
  // What toDayNumber checks, with the day's own message only where it is needed: this door
  // is in the severity bundle, which carries no day reader (issue 14's byte budget).
  const day = typeof value === 'string' && value.length === 10 ? tryParseDayString(value) : undefined;
  if (day !== undefined) {
    if (!isDayNumberInRange(day)) throw dayOutOfRangeError(day, path, 'a day');
    return;
  }
  const ms = tryParseInstant(value);
  if (ms === undefined)
    throw new InvalidArgumentError(
      path,
      `expected a day (YYYY-MM-DD), a valid Date or an ISO 8601 instant with an offset, got ${describeType(value)}`,
    );
  if (ms < FIRST_INSTANT_MS) throw dayOutOfRangeError(FIRST_DAY_NUMBER - 1, path, 'an instant on a day');
  if (ms >= AFTER_LAST_INSTANT_MS) throw dayOutOfRangeError(LAST_DAY_NUMBER + 1, path, 'an instant on a day');
}

/** A complaint category, or an `UNKNOWN_CATEGORY` error with a did-you-mean. */
export function expectCategory(value: unknown, path: ArgumentPath): ComplaintCategory {
  if (typeof value === 'string' && (COMPLAINT_CATEGORIES as readonly string[]).includes(value)) {
    return value as ComplaintCategory;
  }
  const hint = typeof value === 'string' ? suggestClosest(value, COMPLAINT_CATEGORIES) : undefined;
  throw new InvalidArgumentError(
    path,
    `unknown complaint category ${describeCode(value)}; expected one of ${COMPLAINT_CATEGORIES.join(', ')}${hint === undefined ? '' : ` (did you mean '${hint}'?)`}`,
    'UNKNOWN_CATEGORY',
  );
}

/** The first argument of a door: a plain object, or throws at `[]` with what was expected. */
export function expectInputObject(value: unknown, what: string): Record<string, unknown> {
  if (isPlainObject(value)) return value;
  throw new InvalidArgumentError([], `expected ${what}, got ${describeType(value)}`);
}

/** An options object, or `undefined`. */
export function expectOptions(value: unknown, path?: ArgumentPath): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && isPlainObject(value))
    return value;
  throw new InvalidArgumentError(
    path ?? ['options'],
    `expected an options object, got ${describeType(value)}`,
  );
}

/**
 * Refuses keys a door does not know, naming the closest one, or what the key is for when
 * `hints` knows it (`compensationClaimed` is a record field: pass the record itself).
 */
export function expectKnownKeys(
  value: Record<string, unknown>,
  known: readonly string[],
  path: ArgumentPath,
  hints: Readonly<Record<string, string>> = {},
): void {
  for (const key in value) {
    if (known.includes(key)) continue;
    const hint = Object.hasOwn(hints, key) ? hints[key] : undefined;
    const close = suggestClosest(key, known);
    throw new InvalidArgumentError(
      [...path, key],
      `not a field here${hint !== undefined ? `: ${hint}` : close !== undefined ? ` (did you mean '${close}'?)` : ''}; expected ${known.join(', ')}`,
    );
  }
}

/** A boolean that may be absent. */
export function optionalBoolean(value: unknown, path: ArgumentPath): boolean | undefined {
  return value === undefined ? undefined : expectBoolean(value, path);
}

/** A whole count >= 0 that may be absent. */
export function optionalCount(value: unknown, path: ArgumentPath): number | undefined {
  return value === undefined ? undefined : expectNumber(value, path, { min: 0, integer: true });
}

/** A calendar option: a `WorkCalendar` made by `createWorkCalendar`, or absent. */
export function expectCalendarOptions(
  options: Record<string, unknown> | undefined,
  path: ArgumentPath,
): void {
  if (options === undefined) return;
  if (options.calendar !== undefined && !(options.calendar instanceof WorkCalendar)) {
    throw new InvalidArgumentError(
      [...path, 'calendar'],
      `expected a calendar made by createWorkCalendar, got ${describeType(options.calendar)}`,
    );
  }
  if (options.fallback !== undefined)
    expectOneOf(options.fallback, ['none', 'weekends-only'], [...path, 'fallback']);
}

/** An id: a non-empty string of at most 200 characters (never quoted: it may be personal). */
export function expectId(value: unknown, path: ArgumentPath): string {
  return expectString(value, path, { maxLength: 200 });
}

/**
 * `addWindow` counted from a day the caller gave: a window outside the days the package counts
 * (a start before 1901-01-01, an end after 9999-12-31) is refused at `path`, the caller's name
 * for that day, not at the calendar's own argument names (`start`, `length`).
 */
export function addWindowAt(start: DayInput, months: number, path: ArgumentPath): CalendarWindow {
  try {
    return addWindow(start, { months });
  } catch (error) {
    if (!(error instanceof InvalidArgumentError)) throw error;
    throw new InvalidArgumentError(path, error.message.slice(error.message.indexOf(': ') + 2), error.code);
  }
}
