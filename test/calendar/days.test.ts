import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilOf,
  dayNumberOf,
  formatDayNumber,
  formatInstant,
  shanghaiDayNumberOfInstant,
  shanghaiStartOfDayMs,
  tryParseDayString,
  tryParseInstant,
  weekdayOf,
} from '../../src/calendar/days.js';
import { propertyRuns } from '../_lib/arbitraries.js';

const MS_PER_DAY = 86_400_000;

describe('day numbers', () => {
  it('LAW-WORKDAY: day numbers agree with Date.UTC over 1900-2200, both ways', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / MS_PER_DAY, max: Date.UTC(2200, 11, 31) / MS_PER_DAY }),
        (dn) => {
          const d = new Date(dn * MS_PER_DAY);
          expect(dayNumberOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(dn);
          expect(civilOf(dn)).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
          expect(formatDayNumber(dn)).toBe(d.toISOString().slice(0, 10));
          expect(tryParseDayString(d.toISOString().slice(0, 10))).toBe(dn);
          expect(weekdayOf(dn)).toBe(d.getUTCDay());
        },
      ),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('LAW-WORKDAY: only real days parse', () => {
    for (const s of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-1-01',
      '2026/01/01',
      '２０２６-01-01',
      '2026-01-0a',
      '+026-01-01',
    ]) {
      expect(tryParseDayString(s), s).toBeUndefined();
    }
    expect(tryParseDayString('2024-02-29')).toBe(dayNumberOf(2024, 2, 29));
    expect(tryParseDayString('2000-02-29')).toBe(dayNumberOf(2000, 2, 29));
    expect(tryParseDayString('1900-02-29')).toBeUndefined();
  });

  it('LAW-WORKDAY: Shanghai days of instants, including the 1986-1991 daylight-saving summers', () => {
    expect(formatDayNumber(shanghaiDayNumberOfInstant(Date.parse('2026-09-30T23:30:00Z')))).toBe(
      '2026-10-01',
    );
    expect(formatDayNumber(shanghaiDayNumberOfInstant(Date.parse('2026-09-30T15:59:59.999Z')))).toBe(
      '2026-09-30',
    );
    // 1988-07-01T15:30Z was 00:30 on 07-02 in Shanghai under daylight saving (UTC+9), 23:30 on 07-01 under UTC+8.
    expect(formatDayNumber(shanghaiDayNumberOfInstant(Date.parse('1988-07-01T15:30:00Z')))).toBe(
      '1988-07-02',
    );
    expect(new Date(shanghaiStartOfDayMs(dayNumberOf(1988, 7, 2))).toISOString()).toBe(
      '1988-07-01T15:00:00.000Z',
    );
    expect(new Date(shanghaiStartOfDayMs(dayNumberOf(2026, 10, 14))).toISOString()).toBe(
      '2026-10-13T16:00:00.000Z',
    );
  });

  it('LAW-WORKDAY: instants parse exactly as Date.parse does, in every shape and offset, and format as toISOString', () => {
    const offsets = ['Z', '+08:00', '-07:00', '+05:45', '-00:30', '+14:00'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.constantFrom(...offsets),
        fc.boolean(),
        (ms, offset, withMillis) => {
          const sign = offset === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
          const offMin =
            offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
          const local = new Date(ms + offMin * 60_000).toISOString();
          const text = `${local.slice(0, withMillis ? 23 : 19)}${offset}`;
          expect(tryParseInstant(text)).toBe(Date.parse(text));
          expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
        },
      ),
      { numRuns: propertyRuns(3000) },
    );
    for (const bad of [
      '2026-10-01T10:00:00',
      '2026-02-30T10:00:00Z',
      '2026-10-01T25:00:00Z',
      '2026-10-01T24:00:00Z',
      '2026-10-01 10:00:00Z',
      '2026-10-01T10:00:00+8:00',
      '2026-10-01T10:00:00+0800',
      '2026-10-01T10:00Z',
    ]) {
      expect(tryParseInstant(bad), bad).toBeUndefined();
    }
    // RFC 3339 shapes the fast path leaves to Date.parse still work.
    expect(tryParseInstant('2026-10-01t10:00:00z')).toBe(Date.parse('2026-10-01T10:00:00Z'));
    expect(tryParseInstant('2026-10-01T10:00:00.123456+08:00')).toBe(
      Date.parse('2026-10-01T10:00:00.123+08:00'),
    );
  });
});
