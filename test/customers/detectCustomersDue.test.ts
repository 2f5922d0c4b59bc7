import { describe, expect, it } from 'vitest';
import {
  type CustomerDueRecord,
  detectCustomersDue,
  generic,
  InvalidArgumentError,
} from '../../src/index.js';

const customer = (id: string, extra: Partial<CustomerDueRecord> = {}): CustomerDueRecord => ({
  id,
  projectId: 'P-GZ-01',
  name: '欧阳娜娜',
  phone: '13812345678',
  createdOn: '2025-03-01',
  ...extra,
});

describe('CUS-REVIEW, CUS-RETENTION: the files due at a moment', () => {
  const records = [
    customer('K-1', { lastReviewedOn: '2025-08-31' }), // due 2026-02-28
    customer('K-2', { lastReviewedOn: '2025-09-01' }), // nominal 03-01 (Sunday), due 02-28
    customer('K-3', { lastReviewedOn: '2025-09-02' }), // due 03-02, the day of judgement
    customer('K-4', { lastReviewedOn: '2025-09-03' }), // due 03-03: tomorrow
    customer('K-5', { createdOn: '2025-09-10' }), // never reviewed: due 03-10
    customer('K-6', { createdOn: '2006-01-05', closedOn: '2016-03-01' }), // kept through 2026-03-01
    customer('K-7', { createdOn: '2006-01-05', closedOn: '2016-03-02' }), // kept through 2026-03-02: not yet
    customer('K-8', { consentWithdrawnOn: '2026-02-20', lastReviewedOn: '2025-08-31' }),
  ];

  it('CUS-REVIEW: due today and overdue are listed, tomorrow is not; a moved-back due day counts (02-28 for 03-01)', () => {
    const due = detectCustomersDue(records, { now: '2026-03-02T09:00:00+08:00' });
    expect(due.asOf).toBe('2026-03-02');
    expect(due.review.map((e) => [e.customerId, e.dueOn, e.status, e.daysOverdue])).toEqual([
      ['K-1', '2026-02-28', 'overdue', 2],
      ['K-2', '2026-02-28', 'overdue', 2],
      ['K-3', '2026-03-02', 'due-today', 0],
    ]);
    expect(due.review[0]?.reasons[0]?.rule).toBe('CUS-REVIEW');
  });

  it('CUS-RETENTION: a closed file is due for disposal from the day after its period; withdrawn consent from that day (CUS-PIPL); neither is reviewed', () => {
    const due = detectCustomersDue(records, { now: '2026-03-02' });
    expect(due.disposal.map((e) => [e.customerId, e.dueOn, e.status, e.action])).toEqual([
      ['K-8', '2026-02-20', 'overdue', 'destroy-with-approval'],
      ['K-6', '2026-03-02', 'due-today', 'destroy-with-approval'],
    ]);
    expect(due.review.map((e) => e.customerId)).not.toContain('K-8');
  });

  it('CUS-REVIEW: withinDays looks ahead, both ends included', () => {
    const due = detectCustomersDue(records, { now: '2026-03-02', withinDays: 8, policy: generic });
    expect(due.horizon).toBe('2026-03-10');
    expect(due.review.map((e) => [e.customerId, e.status])).toEqual([
      ['K-1', 'overdue'],
      ['K-2', 'overdue'],
      ['K-3', 'due-today'],
      ['K-4', 'upcoming'],
      ['K-5', 'upcoming'],
    ]);
    expect(due.disposal.map((e) => e.customerId)).toEqual(['K-8', 'K-6', 'K-7']);
    expect(
      detectCustomersDue(records, { now: '2026-03-02', withinDays: 7 }).review.map((e) => e.customerId),
    ).not.toContain('K-5');
  });

  it('CUS-PRIVACY: names and phones are masked unless the caller asks to see them', () => {
    const masked = detectCustomersDue(records, { now: '2026-03-02' });
    expect(masked.review[0]).toMatchObject({ name: '欧阳**', phone: '138****5678' });
    const text = JSON.stringify(masked);
    expect(text).not.toContain('欧阳娜娜');
    expect(text).not.toContain('13812345678');
    const shown = detectCustomersDue(records, { now: '2026-03-02', showPersonalInfo: true });
    expect(shown.review[0]).toMatchObject({ name: '欧阳娜娜', phone: '13812345678' });
  });

  it('LAW-COVERAGE: a review due beyond the built-in years is not needed when the day after the horizon is a working day', () => {
    // Reviewed 2026-09-01: nominal 2027-03-01, past the calendar; the horizon's next day is a working day.
    expect(
      detectCustomersDue([customer('K-9', { lastReviewedOn: '2026-09-01' })], { now: '2026-11-20' }).review,
    ).toEqual([]);
  });

  it('CUS-REVIEW: bad arguments are path-addressed errors', () => {
    expect(() => detectCustomersDue(records, {} as never)).toThrow(/options\.now/);
    expect(() => detectCustomersDue(records, { now: '2026-03-02', withinDays: -1 })).toThrow(/withinDays/);
    expect(() =>
      detectCustomersDue([{ ...customer('K-1'), name: 5 } as never], { now: '2026-03-02' }),
    ).toThrow(/records\.0\.name/);
    expect(() => detectCustomersDue('x' as never, { now: '2026-03-02' })).toThrow(InvalidArgumentError);
  });
});
