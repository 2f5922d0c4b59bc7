/**
 * The order check's comparison of two times (`notBefore` rows: a complaint resolved after it is
 * received, CMP-DL-*; a repair completed after it started, WAR-FLOW): two instants written
 * alike compare as their text, any others by their time, and both ways agree.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_FIELD_TABLE } from '../../src/complaints/tables/fields.js';
import { comesBefore } from '../../src/records/createOrderCheck.js';
import { createRecordCheck } from '../../src/records/createRecordCheck.js';

/** An instant as ISO 8601 with the given offset (minutes) and fraction digits (0, 3 or 6). */
function write(ms: number, offsetMin: number, digits: 0 | 3 | 6, z: boolean): string {
  const local = new Date(ms + offsetMin * 60_000).toISOString();
  const fraction = digits === 0 ? '' : digits === 3 ? local.slice(19, 23) : `${local.slice(19, 23)}000`;
  if (z && offsetMin === 0) return `${local.slice(0, 19)}${fraction}Z`;
  const sign = offsetMin < 0 ? '-' : '+';
  const a = Math.abs(offsetMin);
  return `${local.slice(0, 19)}${fraction}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

const instant = fc.integer({
  min: Date.parse('2008-01-01T00:00:00Z'),
  max: Date.parse('2030-12-31T00:00:00Z'),
});
const offset = fc.constantFrom(0, 480, -300, 330, 525);
const digits = fc.constantFrom<0 | 3 | 6>(0, 3, 6);

describe('comesBefore', () => {
  it('CMP-DL-REPLY: two instants written alike (same offset, same fraction) compare by their time, as their text does', () => {
    fc.assert(
      fc.property(instant, instant, offset, digits, fc.boolean(), (a, b, off, d, z) => {
        // Whole seconds when no fraction is written, so the text holds the whole instant.
        const x = d === 0 ? a - (a % 1000) : a;
        const y = d === 0 ? b - (b % 1000) : b;
        expect(comesBefore(write(x, off, d, z), write(y, off, d, z))).toBe(x < y);
      }),
    );
  });

  it('CMP-DL-REPLY: instants written differently (another offset, Z against +00:00, other fraction digits) still compare by their time', () => {
    fc.assert(
      fc.property(
        instant,
        instant,
        offset,
        offset,
        digits,
        digits,
        fc.boolean(),
        (a, b, o1, o2, d1, d2, z) => {
          const x = a - (a % 1000);
          const y = b - (b % 1000);
          expect(comesBefore(write(x, o1, d1, z), write(y, o2, d2, !z))).toBe(x < y);
        },
      ),
    );
    // The same instant in Beijing and in UTC: neither comes before the other.
    expect(comesBefore('2026-10-09T08:00:00+08:00', '2026-10-09T00:00:00Z')).toBe(false);
    expect(comesBefore('2026-10-09T00:00:00Z', '2026-10-09T08:00:00+08:00')).toBe(false);
    // Text order and time order differ here: 09:00+08:00 is 01:00Z, before 02:00Z.
    expect(comesBefore('2026-10-09T09:00:00+08:00', '2026-10-09T02:00:00+00:00')).toBe(true);
    expect(comesBefore('2026-10-09T09:00:00.000+08:00', '2026-10-09T09:00:00.001+08:00')).toBe(true);
    expect(comesBefore('2026-10-09T09:00:00.001+08:00', '2026-10-09T09:00:00.000+08:00')).toBe(false);
  });

  it('CMP-DL-REPLY: a complaint resolved one second before its receipt is refused at resolvedAt, written alike or not', () => {
    const check = createRecordCheck(COMPLAINT_FIELD_TABLE);
    const base = {
      id: 'C-1',
      projectId: 'P-1',
      householdId: 'H-1',
      complainantId: 'U-1',
      issue: 'roof-leak',
      category: 'engineering-quality',
      receivedAt: '2026-09-30T16:00:00+08:00',
      channel: 'visit',
    };
    for (const resolvedAt of ['2026-09-30T15:59:59+08:00', '2026-09-30T07:59:59Z']) {
      expect(check.findProblem({ ...base, resolvedAt })).toEqual({
        field: 'resolvedAt',
        message: 'is before receivedAt',
      });
    }
    for (const resolvedAt of ['2026-09-30T16:00:00+08:00', '2026-09-30T08:00:00Z']) {
      expect(check.findProblem({ ...base, resolvedAt })).toBeUndefined();
    }
  });
});
