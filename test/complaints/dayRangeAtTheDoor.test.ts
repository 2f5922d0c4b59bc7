/**
 * Days a decision reads only on some routes are read at the door on every route (issue 8:
 * every public function validates what it is given): a day outside the calendar's range
 * (1901-01-01 to 9999-12-31) or a day that does not exist is refused at the caller's field,
 * never accepted silently because this complaint took another route.
 */

import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/calendar/days.js';
import { expectDayOrInstant } from '../../src/complaints/checkInputs.js';
import { assessComplaintSeverity, canCloseComplaint, routeComplaint } from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

const NOW = { now: '2026-11-30T10:00:00+08:00' };
/** The day after the receipt of `record`: not stale, so general. */
const NEXT_DAY = { now: '2026-06-16T10:00:00+08:00' };
const BEFORE_RANGE =
  'a day before 1901-01-01: the package counts days from 1901-01-01 to 9999-12-31 only (before 1901 Shanghai kept local mean time; a later year cannot be written YYYY-MM-DD)';
const NO_SUCH_DAY =
  'expected a day (YYYY-MM-DD), a valid Date or an ISO 8601 instant with an offset, got a day that does not exist (2026-02-30)';

/** The refusal's path and message (an InvalidArgumentError, or the test fails). */
function refusal(f: () => unknown): { path: unknown; message: string } {
  const e = refusalOf(f);
  return { path: e.path, message: e.message };
}

const record = (extra: Record<string, unknown>) => ({
  id: 'C-1',
  projectId: 'P-1',
  householdId: 'H-1',
  complainantId: 'K-1',
  issue: 'leak',
  category: 'engineering-quality',
  channel: 'hotline-400',
  receivedAt: '2026-06-15T10:00:00+08:00',
  ...extra,
});

describe('days read at the door, whatever the route', () => {
  it('CMP-CLOSE: a lawsuit filing day before 1901 is refused on the callback route too, at its own field; 1901-01-01 is read', () => {
    // Accepted at the callback, the complaint never reaches the lawsuit route that used to read the day.
    const facts = { hasContactInfo: true, callbackOutcome: 'satisfied' } as const;
    expect(
      refusal(() => canCloseComplaint({ ...facts, lawsuitOrArbitrationFiledOn: '1900-12-31' }, NOW)),
    ).toEqual({
      path: ['lawsuitOrArbitrationFiledOn'],
      message: `lawsuitOrArbitrationFiledOn: ${BEFORE_RANGE}`,
    });
    expect(canCloseComplaint({ ...facts, lawsuitOrArbitrationFiledOn: '1901-01-01' }, NOW).closable).toBe(
      true,
    );
    expect(
      refusal(() => canCloseComplaint({ ...facts, lawsuitOrArbitrationFiledOn: '2026-02-30' }, NOW)).message,
    ).toBe(`lawsuitOrArbitrationFiledOn: ${NO_SUCH_DAY}`);
  });

  it('CMP-ROUTE-PHASE: a handover day before 1901 is refused at its field, and a day that does not exist; 1901-01-01 is read', () => {
    const input = { category: 'other', receivedAt: '2026-06-15T10:00:00+08:00' } as const;
    expect(refusal(() => routeComplaint({ ...input, deliveredToOwnerOn: '1900-12-31' }))).toEqual({
      path: ['deliveredToOwnerOn'],
      message: `deliveredToOwnerOn: ${BEFORE_RANGE}`,
    });
    expect(refusal(() => routeComplaint({ ...input, centralizedDeliveryAt: '2026-02-30' })).message).toBe(
      `centralizedDeliveryAt: ${NO_SUCH_DAY}`,
    );
    // A centralized delivery on the calendar's first day: the complaint of 2026 is long after its 3 months.
    const routed = routeComplaint({ ...input, centralizedDeliveryAt: '1901-01-01' });
    expect(routed.unit).toBe('property-company');
    expect(routed.reasons.find((r) => r.rule === 'CMP-ROUTE-PHASE')?.facts).toMatchObject({
      centralizedDeliveryDay: '1901-01-01',
      windowLastDay: '1901-04-01',
    });
  });

  it('CMP-SEV-GENERAL: a complaint record with a delivery day out of range is refused by the severity door, which does not read it', () => {
    expect(
      refusal(() => assessComplaintSeverity(record({ centralizedDeliveryAt: '1900-12-31' }), NEXT_DAY)),
    ).toEqual({
      path: ['centralizedDeliveryAt'],
      message: `centralizedDeliveryAt: ${BEFORE_RANGE}`,
    });
    expect(assessComplaintSeverity(record({ centralizedDeliveryAt: '1901-01-01' }), NEXT_DAY).level).toBe(
      'general',
    );
  });

  it("CMP-SEV-GENERAL: a record's delivery instant is read on both sides of the calendar's first and last instants (+08:00 at both ends)", () => {
    const at = (centralizedDeliveryAt: string) => () =>
      assessComplaintSeverity(record({ centralizedDeliveryAt }), NEXT_DAY);
    // 1901-01-01T00:00+08:00 is the first instant; a second before it is on 1900-12-31 in Shanghai.
    expect(at('1901-01-01T00:00:00+08:00')().level).toBe('general');
    expect(refusal(at('1900-12-31T23:59:59+08:00'))).toEqual({
      path: ['centralizedDeliveryAt'],
      message: `centralizedDeliveryAt: an instant on a day ${BEFORE_RANGE.slice('a day '.length)}`,
    });
    // The same instant written in UTC: the offset is read, not the digits.
    expect(refusal(at('1900-12-31T15:59:59Z')).path).toEqual(['centralizedDeliveryAt']);
    expect(at('1900-12-31T16:00:00Z')().level).toBe('general');
    // 9999-12-31T23:59:59+08:00 is the last second; 10000-01-01T00:00+08:00 is 9999-12-31T16:00Z.
    expect(at('9999-12-31T23:59:59+08:00')().level).toBe('general');
    expect(at('9999-12-31T15:59:59Z')().level).toBe('general');
    expect(refusal(at('9999-12-31T16:00:00Z')).message).toBe(
      'centralizedDeliveryAt: an instant on a day after 9999-12-31: the package counts days from 1901-01-01 to 9999-12-31 only (before 1901 Shanghai kept local mean time; a later year cannot be written YYYY-MM-DD)',
    );
  });

  it('CMP-SEV-GENERAL: the record check accepts exactly the instants whose Shanghai day the calendar counts (hour by hour around both ends)', () => {
    const passes = (f: () => unknown) => {
      try {
        f();
        return true;
      } catch {
        return false;
      }
    };
    const accepted = (ms: number) => passes(() => expectDayOrInstant(new Date(ms), ['at']));
    const counted = (ms: number) => passes(() => toDayNumber(new Date(ms), ['at']));
    let checked = 0;
    for (const edge of [Date.parse('1901-01-01T00:00:00+08:00'), Date.parse('9999-12-31T16:00:00Z')]) {
      for (let h = -48; h <= 48; h++) {
        for (const ms of [edge + h * 3_600_000 - 1, edge + h * 3_600_000]) {
          expect(accepted(ms), new Date(ms).toISOString()).toBe(counted(ms));
          checked++;
        }
      }
    }
    expect(checked).toBe(388);
  });
});
