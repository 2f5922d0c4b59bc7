import { describe, expect, it } from 'vitest';
import { addElapsed, addWindow, hasElapsed, isWithinLast, isWithinWindow } from '../../src/calendar/index.js';

describe('addWindow', () => {
  it('LAW-WINDOW: 3 months after a centralized delivery runs from the next day to the corresponding day, inclusive', () => {
    const w = addWindow('2026-03-15', { months: 3 });
    expect(w).toMatchObject({ startDay: '2026-03-15', firstDay: '2026-03-16', lastDay: '2026-06-15' });
    expect(isWithinWindow('2026-06-15', w)).toBe(true);
    expect(isWithinWindow('2026-06-16', w)).toBe(false);
    expect(isWithinWindow('2026-03-15', w)).toBe(false);
    expect(isWithinWindow('2026-06-15T23:59:59+08:00', w)).toBe(true);
    expect(isWithinWindow('2026-06-15T16:00:00Z', w)).toBe(false); // 06-16 00:00 in Shanghai
    expect(w.endsAt.toISOString()).toBe('2026-06-15T16:00:00.000Z');
  });

  it('LAW-WINDOW: never extended over rest days, and clamped to the month end', () => {
    // 2026-07-01 + 3 months = 10-01, National Day: a window is not moved.
    expect(addWindow('2026-07-01', { months: 3 }).lastDay).toBe('2026-10-01');
    expect(addWindow('2025-11-30', { months: 3 }).lastDay).toBe('2026-02-28');
    // A 1-year break-in period from a delivery on 2024-02-29.
    expect(addWindow('2024-02-29', { years: 1 }).lastDay).toBe('2025-02-28');
    expect(addWindow('2026-07-01', { months: 3 }).reasons[0]?.rule).toBe('LAW-WINDOW');
  });

  it('LAW-WINDOW: needs no holiday data, so any year works', () => {
    expect(addWindow('2030-11-30', { years: 5 }).lastDay).toBe('2035-11-30');
  });
});

describe('elapsed time', () => {
  it('LAW-ELAPSED: one week is start + 7 x 24 h, with no rest-day extension over National Day', () => {
    const registered = '2026-09-30T10:00:00+08:00';
    expect(addElapsed(registered, { days: 7 }).toISOString()).toBe('2026-10-07T02:00:00.000Z');
    expect(hasElapsed(registered, '2026-10-07T09:59:59.999+08:00', { days: 7 })).toBe(false);
    expect(hasElapsed(registered, '2026-10-07T10:00:00+08:00', { days: 7 })).toBe(true);
    expect(hasElapsed(registered, new Date('2026-10-07T02:00:00Z'), { hours: 168 })).toBe(true);
  });

  it('LAW-ELAPSED: a sliding 30-day window includes both ends', () => {
    const now = '2026-10-31T09:00:00+08:00';
    expect(isWithinLast('2026-10-01T09:00:00+08:00', now, { days: 30 })).toBe(true);
    expect(isWithinLast('2026-10-01T08:59:59+08:00', now, { days: 30 })).toBe(false);
    expect(isWithinLast('2026-10-31T09:00:00+08:00', now, { days: 30 })).toBe(true);
    expect(isWithinLast('2026-10-31T09:00:01+08:00', now, { days: 30 })).toBe(false);
  });

  it('LAW-PERIOD-START: a period in hours starts at the exact time', () => {
    expect(addElapsed('2026-05-01T17:45:00+08:00', { hours: 2 }).toISOString()).toBe(
      '2026-05-01T11:45:00.000Z',
    );
  });

  it('LAW-ELAPSED: bad lengths and instants are path-addressed errors', () => {
    expect(() => addElapsed('2026-05-01T17:45:00+08:00', { weeks: 1 } as never)).toThrow(/length\.weeks/);
    expect(() => hasElapsed('2026-05-01', '2026-05-02T00:00:00Z', { days: 1 })).toThrow(/start/);
    expect(() => isWithinLast('2026-05-01T00:00:00Z', 'now', { days: 1 })).toThrow(/now/);
  });
});
