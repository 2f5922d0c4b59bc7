/**
 * Errors for misuse (DESIGN convention 7): bad data is a validation result and a
 * business outcome is a value with reasons; only misuse throws, and it throws one of
 * these, each with a stable `code` a caller can switch on.
 *
 * @module
 */

/** The stable codes of the errors this library throws. */
export type RealtyCrmErrorCode =
  | 'CALENDAR_NOT_COVERED'
  | 'INVALID_ARGUMENT'
  | 'INVALID_CALENDAR'
  | 'INVALID_POLICY'
  | 'UNKNOWN_CATEGORY'
  | 'SNAPSHOT_VERSION_MISMATCH'
  /** A machine event refused before it changed anything: malformed, unknown, or dated too early. */
  | 'INVALID_EVENT'
  /** A stored machine snapshot whose context or state does not hold together. */
  | 'INVALID_SNAPSHOT'
  /** The machine store has no instance of that id. */
  | 'INSTANCE_NOT_FOUND'
  /** The machine store already has an instance of that id. */
  | 'INSTANCE_EXISTS'
  /** A well-formed event the instance's current state does not take: refused, nothing written. */
  | 'EVENT_NOT_ACCEPTED'
  /** The store's tables were made by a newer version of the package. */
  | 'STORE_SCHEMA_MISMATCH';

/**
 * The base class of every error the library throws.
 *
 * @example
 * ```ts
 * try { addWorkingDays('2031-01-02', 5); } catch (e) {
 *   if (e instanceof RealtyCrmError && e.code === 'CALENDAR_NOT_COVERED') { ... }
 * }
 * ```
 */
export class RealtyCrmError extends Error {
  /** A stable code that does not change with the message's wording. */
  declare readonly code: RealtyCrmErrorCode;

  constructor(code: RealtyCrmErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/**
 * The years a calendar covers in words, `2008-2026`, or `none`: shared by the coverage error
 * and the `LAW-COVERAGE` reason.
 *
 * @internal
 */
export function describeCoveredYears(years: readonly number[]): string {
  return years.length > 0 ? `${years[0]}-${years[years.length - 1]}` : 'none';
}

/**
 * A calendar computation needed a day for which no holiday notice is known
 * (`LAW-COVERAGE`). The message names the year; `year` and `day` carry it.
 *
 * @rule LAW-COVERAGE
 */
export class CalendarCoverageError extends RealtyCrmError {
  /** The year that is not covered. */
  declare readonly year: number;
  /** The first day the computation needed and the calendar does not cover (YYYY-MM-DD). */
  declare readonly day: string;
  /** The years the calendar covers in full, oldest first. */
  declare readonly coveredYears: readonly number[];

  constructor(day: string, coveredYears: readonly number[]) {
    const year = Number(day.slice(0, 4));
    super(
      'CALENDAR_NOT_COVERED',
      `The working-day calendar does not cover ${year} (needed ${day}; covered years: ${describeCoveredYears(coveredYears)}). ` +
        `Add that year's State Council holiday notice with createWorkCalendar({ years: [...] }), ` +
        `or pass { fallback: 'weekends-only' } to count weekends only.`,
    );
    this.year = year;
    this.day = day;
    this.coveredYears = coveredYears;
  }
}

/**
 * An argument a function cannot use (a malformed day, an unknown category, a negative
 * count). `path` addresses the offending value, as zod's issue paths do.
 */
export class InvalidArgumentError extends RealtyCrmError {
  /** Where the bad value is, e.g. `['receivedAt']` or `['options', 'cutoff']`. */
  declare readonly path: readonly (string | number)[];

  constructor(
    path: readonly (string | number)[],
    message: string,
    code: RealtyCrmErrorCode = 'INVALID_ARGUMENT',
  ) {
    super(code, path.length > 0 ? `${path.join('.')}: ${message}` : message);
    this.path = path;
  }
}
