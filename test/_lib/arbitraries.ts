/**
 * fast-check arbitraries shared by the property tests.
 */

import fc from 'fast-check';

const MS_PER_DAY = 86_400_000;

/** The `YYYY-MM-DD` of a UTC day number (independent of the code under test). */
export function dayOf(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The UTC day number of a `YYYY-MM-DD` string. */
export function dayNumberOfDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;
}

/** Any calendar day from `from` to `to` inclusive, as `YYYY-MM-DD`. */
export function dayBetween(from: string, to: string): fc.Arbitrary<string> {
  return fc.integer({ min: dayNumberOfDay(from), max: dayNumberOfDay(to) }).map(dayOf);
}

/** Any instant from `from` to `to` (ISO strings with offsets), as a Date. */
export function instantBetween(from: string, to: string): fc.Arbitrary<Date> {
  return fc.integer({ min: Date.parse(from), max: Date.parse(to) }).map((ms) => new Date(ms));
}

/** Every day from `from` to `to` inclusive. */
export function everyDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayNumberOfDay(from); d <= dayNumberOfDay(to); d++) out.push(dayOf(d));
  return out;
}

/** Host time zones the suite must agree under (with and without daylight saving, both sides of UTC). */
export const HOST_TIME_ZONES = [
  'Asia/Shanghai',
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Europe/London',
] as const;

/** Runs `fn` with the host time zone set to `tz` (Node reads `process.env.TZ` on change). */
export function withHostTimeZone<T>(tz: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

/**
 * How many property runs to make: `n` in the suite; a tenth (at least 20) in the mutation run
 * (`npm run test:mutation`), where every test runs again for each mutant it covers. Fewer
 * runs can only kill fewer mutants: the score measured that way is a lower bound.
 */
export function propertyRuns(n: number): number {
  return process.env.REALTY_CRM_MUTATION === '1' ? Math.max(20, Math.ceil(n / 10)) : n;
}
