import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/calendar/index.js';
import { refusalOf } from '../_lib/refusal.js';

const FALLBACK = { fallback: 'weekends-only' } as const;

describe('the weekends-only fallback names every uncovered day read (LAW-COVERAGE)', () => {
  it('LAW-COVERAGE: received Saturday 2027-01-02 with a cut-off, due the same day: the reason spans 01-02..01-04, the days read to move the receipt', () => {
    const d = addWorkingDays('2027-01-02T10:00:00+08:00', 0, { cutoff: '17:30', ...FALLBACK });
    expect(d.lastDay).toBe('2027-01-04');
    expect(d.fallbackUsed).toBe(true);
    expect(d.reasons.map((r) => r.rule)).toEqual(['LAW-PERIOD-START', 'LAW-WORKDAY-PERIOD', 'LAW-COVERAGE']);
    expect(d.reasons[2]?.facts).toEqual({
      fallback: 'weekends-only',
      from: '2027-01-02',
      to: '2027-01-04',
      coveredYears: '2008-2026',
    });
  });

  it('LAW-COVERAGE: received Saturday 2027-01-02 with a cut-off, 1 working day: the reason spans the days read to move the receipt and the period, 01-02..01-05', () => {
    const d = addWorkingDays('2027-01-02T10:00:00+08:00', 1, { cutoff: '17:30', ...FALLBACK });
    expect(d.lastDay).toBe('2027-01-05');
    expect(d.reasons[0]?.facts).toEqual({
      receivedOn: '2027-01-02',
      cutoff: '17:30',
      countsAsReceivedOn: '2027-01-04',
    });
    expect(d.reasons.at(-1)?.facts).toMatchObject({ from: '2027-01-02', to: '2027-01-05' });
    // Received late on Monday 01-04: the receipt day is not read, the reason starts at 01-05.
    const late = addWorkingDays('2027-01-04T18:00:00+08:00', 2, { cutoff: '17:30', ...FALLBACK });
    expect(late.lastDay).toBe('2027-01-07');
    expect(late.reasons.at(-1)?.facts).toMatchObject({ from: '2027-01-05', to: '2027-01-07' });
  });

  it('LAW-COVERAGE: 9999-12-31 itself is uncovered and counted under the fallback; a day past it is out of range, not uncovered', () => {
    const d = addWorkingDays('9999-12-30', 1, FALLBACK);
    expect(d.lastDay).toBe('9999-12-31');
    expect(d.fallbackUsed).toBe(true);
    expect(d.reasons.at(-1)?.facts).toMatchObject({ from: '9999-12-31', to: '9999-12-31' });
    const e = refusalOf(() => addWorkingDays('9999-12-31', 1));
    expect(e.path).toEqual(['n']);
    expect(e.message).toMatch(/^n: the deadline ends after 9999-12-31: /);
  });

  it('LAW-PERIOD-START: a receipt on 9999-12-31 after the cut-off would count from a day past the range: refused at n', () => {
    const e = refusalOf(() =>
      addWorkingDays('9999-12-31T18:00:00+08:00', 0, { cutoff: '17:30', ...FALLBACK }),
    );
    expect(e.path).toEqual(['n']);
  });
});

describe('refused options', () => {
  it('LAW-PERIOD-START: a cut-off must be a string HH:mm: an array or an object that prints as 17:30 is refused', () => {
    for (const [cutoff, got] of [
      [['17:30'], 'an array'],
      [{ toString: () => '17:30' }, 'an object'],
      ['24:00', 'a string'],
      ['17:60', 'a string'],
      ['7:30', 'a string'],
    ] as const) {
      const e = refusalOf(() => addWorkingDays('2026-10-08T09:00:00+08:00', 1, { cutoff: cutoff as never }));
      expect(e.path).toEqual(['options', 'cutoff']);
      expect(e.message).toBe(`options.cutoff: expected a time HH:mm such as '17:30', got ${got}`);
    }
    expect(addWorkingDays('2026-10-08T23:59:00+08:00', 0, { cutoff: '23:59' }).lastDay).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-08T00:01:00+08:00', 0, { cutoff: '00:00' }).lastDay).toBe('2026-10-09');
  });

  it('LAW-WORKDAY-PERIOD: a plain day before 1901-01-01 is refused at start', () => {
    const e = refusalOf(() => addWorkingDays('1900-12-31', 1));
    expect(e.path).toEqual(['start']);
  });
});
