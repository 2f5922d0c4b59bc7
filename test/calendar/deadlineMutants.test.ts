import { describe, expect, it } from 'vitest';
import { addWorkingDays, isDeadlinePassed } from '../../src/calendar/index.js';
import { refusalOf } from '../_lib/refusal.js';

describe('isDeadlinePassed', () => {
  it('LAW-PERIOD-END: 5 working days after 2026-09-30 end at 24:00 of 10-13 (National Day skipped): passed at that instant, not 1 ms before', () => {
    const d = addWorkingDays('2026-09-30', 5);
    expect(d.lastDay).toBe('2026-10-13');
    expect(isDeadlinePassed(d, '2026-10-13T23:59:59.999+08:00')).toBe(false);
    expect(isDeadlinePassed(d, '2026-10-14T00:00:00+08:00')).toBe(true);
    expect(isDeadlinePassed(d, new Date('2026-10-13T16:00:00.001Z'))).toBe(true);
    expect(isDeadlinePassed(d, '2026-10-01T09:00:00+08:00')).toBe(false);
  });

  it('LAW-PERIOD-END: a deadline without a valid Date endsAt (null, a string, an invalid Date) is refused at deadline.endsAt', () => {
    for (const [deadline, got] of [
      [null, 'undefined'],
      [undefined, 'undefined'],
      [{}, 'undefined'],
      [{ endsAt: '2026-10-14T00:00:00+08:00' }, 'a string'],
      [{ endsAt: new Date(Number.NaN) }, 'an invalid Date'],
    ] as const) {
      const e = refusalOf(() => isDeadlinePassed(deadline as never, '2026-10-14T00:00:00+08:00'));
      expect(e.code).toBe('INVALID_ARGUMENT');
      expect(e.path).toEqual(['deadline', 'endsAt']);
      expect(e.message).toBe(`deadline.endsAt: expected a deadline with a valid Date endsAt, got ${got}`);
    }
  });

  it('LAW-PERIOD-END: a bad now is refused at now', () => {
    const e = refusalOf(() => isDeadlinePassed(addWorkingDays('2026-09-30', 5), '2026-10-14'));
    expect(e.path).toEqual(['now']);
  });
});
