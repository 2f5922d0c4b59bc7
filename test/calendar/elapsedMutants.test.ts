import { describe, expect, it } from 'vitest';
import { addElapsed, hasElapsed, isWithinLast } from '../../src/calendar/index.js';
import { refusalOf } from '../_lib/refusal.js';

const REGISTERED = '2026-09-30T10:00:00+08:00';
const NOW = '2026-10-07T10:00:00+08:00';

describe('elapsed lengths: what is refused, at which path', () => {
  it('LAW-ELAPSED: a length that is not an object is refused at length, naming its type', () => {
    for (const [length, got] of [
      [null, 'null'],
      [7, 'a number'],
      ['7 days', 'a string'],
      [undefined, 'undefined'],
    ] as const) {
      const e = refusalOf(() => hasElapsed(REGISTERED, NOW, length as never));
      expect(e.code).toBe('INVALID_ARGUMENT');
      expect(e.path).toEqual(['length']);
      expect(e.message).toBe(`length: expected { days?, hours?, minutes? }, got ${got}`);
    }
  });

  it('LAW-ELAPSED: an unknown unit (weeks, months) is refused at its own key', () => {
    const e = refusalOf(() => addElapsed(REGISTERED, { weeks: 1 } as never));
    expect(e.path).toEqual(['length', 'weeks']);
    expect(e.message).toBe('length.weeks: unknown unit; expected days, hours or minutes');
  });

  it('LAW-ELAPSED: a negative, non-finite or non-number unit is refused at its key; 0 beside a positive unit is fine', () => {
    for (const [v, got] of [
      [-1, 'a number'],
      [-0.5, 'a number'],
      [Number.NaN, 'the number NaN'],
      [Number.POSITIVE_INFINITY, 'the number Infinity'],
      ['7', 'a string'],
      [null, 'null'],
    ] as const) {
      const e = refusalOf(() => hasElapsed(REGISTERED, NOW, { hours: 1, days: v } as never));
      expect(e.path).toEqual(['length', 'days']);
      expect(e.message).toBe(`length.days: expected a number >= 0, got ${got}`);
    }
    // 0 days and 168 hours: one week, at the instant itself.
    expect(hasElapsed(REGISTERED, NOW, { days: 0, hours: 168 })).toBe(true);
    expect(addElapsed(REGISTERED, { days: 0, minutes: 1 }).toISOString()).toBe('2026-09-30T02:01:00.000Z');
  });

  it('LAW-ELAPSED: a length of nothing (no unit, or only zeros) is refused at length', () => {
    for (const length of [{}, { days: 0 }, { days: 0, hours: 0, minutes: 0 }]) {
      const e = refusalOf(() => isWithinLast(REGISTERED, NOW, length));
      expect(e.path).toEqual(['length']);
      expect(e.message).toBe('length: an elapsed length needs at least one positive unit');
    }
  });

  it('LAW-ELAPSED: the longest length is 3,000,000 days (1901-01-01..9999-12-31); one minute more is refused at that unit', () => {
    // Exactly the longest: accepted, and 3,000,000 days have not elapsed in one week.
    expect(hasElapsed(REGISTERED, NOW, { days: 3_000_000 })).toBe(false);
    expect(isWithinLast(REGISTERED, NOW, { days: 3_000_000 })).toBe(true);
    const e = refusalOf(() => hasElapsed(REGISTERED, NOW, { days: 3_000_000, minutes: 1 }));
    expect(e.path).toEqual(['length', 'minutes']);
    expect(e.message).toBe(
      'length.minutes: too long: the length reaches past 9999-12-31, the last day the package counts',
    );
  });

  it('LAW-ELAPSED: a bad instant is refused at its own argument (start, now, instant)', () => {
    const msg =
      'expected a valid Date or an ISO 8601 instant with an offset, got a date and time without an offset';
    const bad = '2026-09-30 10:00'; // no offset
    for (const [fn, path] of [
      [() => addElapsed(bad, { days: 7 }), 'start'],
      [() => hasElapsed(bad, NOW, { days: 7 }), 'start'],
      [() => hasElapsed(REGISTERED, bad, { days: 7 }), 'now'],
      [() => isWithinLast(bad, NOW, { days: 7 }), 'instant'],
      [() => isWithinLast(REGISTERED, bad, { days: 7 }), 'now'],
    ] as const) {
      const e = refusalOf(fn);
      expect(e.path).toEqual([path]);
      expect(e.message).toBe(`${path}: ${msg}`);
    }
  });
});
