/**
 * The one hand-written instant parser (issue 14: the regular expression and `Date.parse`
 * fallback it replaced are gone from the browser bundle) reads exactly what the RFC 3339
 * pattern of the JSON Schema files reads, to the same millisecond as `Date.parse`.
 *
 * @rule LAW-WORKDAY
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tryParseDayString, tryParseInstant } from '../../src/calendar/days.js';

/** The previous implementation's general path: the schema pattern, a day that exists, then Date.parse. */
const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}[Tt]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
function reference(s: string): number | undefined {
  if (!ISO_INSTANT.test(s) || tryParseDayString(s.slice(0, 10)) === undefined) return undefined;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : ms;
}

const digit = fc.constantFrom(...'0123456789');
const two = (hi: string) => fc.tuple(fc.constantFrom(...hi), digit).map(([a, b]) => a + b);
/** Near-instants: mostly valid pieces, sometimes a wrong character or length. */
const nearInstant = fc
  .tuple(
    fc.constantFrom(
      '2026-10-01',
      '2026-02-29',
      '2024-02-29',
      '1901-01-01',
      '0000-01-01',
      '9999-12-31',
      '2026-13-01',
    ),
    fc.constantFrom('T', 't', ' ', 'x'),
    two('0123'),
    two('0123456'),
    two('0123456'),
    fc.oneof(fc.constant(''), fc.stringMatching(/^\.\d{0,11}$/)),
    fc.constantFrom('Z', 'z', '+08:00', '-05:30', '+23:59', '+24:00', '-00:60', '+0800', 'ZZ', ''),
  )
  .map(([d, t, h, m, s, f, o]) => `${d}${t}${h}:${m}:${s}${f}${o}`);

describe('LAW-WORKDAY instants: one parser for every shape', () => {
  it('LAW-WORKDAY: reads every near-instant as the schema pattern and Date.parse read it', () => {
    fc.assert(
      fc.property(nearInstant, (s) => {
        expect(tryParseInstant(s)).toBe(reference(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('LAW-WORKDAY: lower-case t and z, and fractions of 1 to 9 digits cut to the millisecond', () => {
    expect(tryParseInstant('2026-10-01t08:00:00z')).toBe(Date.UTC(2026, 9, 1, 8));
    expect(tryParseInstant('2026-10-01T08:00:00.5+08:00')).toBe(Date.UTC(2026, 9, 1, 0, 0, 0, 500));
    expect(tryParseInstant('2026-10-01T08:00:00.12Z')).toBe(Date.UTC(2026, 9, 1, 8, 0, 0, 120));
    expect(tryParseInstant('2026-10-01T08:00:00.123999999Z')).toBe(Date.UTC(2026, 9, 1, 8, 0, 0, 123));
    expect(tryParseInstant('2026-10-01T08:00:00.1234567890Z')).toBeUndefined();
    expect(tryParseInstant('2026-10-01T08:00:00.Z')).toBeUndefined();
  });
});
