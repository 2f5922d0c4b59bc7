import { describe, expect, it } from 'vitest';
import {
  aoyuan2014,
  computeComplaintDeadlines,
  createPolicy,
  generic,
  sinoOcean2008,
} from '../../src/index.js';

describe('computeComplaintDeadlines', () => {
  it('CMP-DL-FORM: the handling form is due the day the complaint is received, even on a holiday', () => {
    const d = computeComplaintDeadlines({ receivedAt: '2026-10-03T15:00:00+08:00' });
    expect(d.formBy.lastDay).toBe('2026-10-03');
    expect(d.formBy.endsAt.toISOString()).toBe('2026-10-03T16:00:00.000Z');
    expect(d.formBy.reasons[0]?.rule).toBe('CMP-DL-FORM');
  });

  it('CMP-DL-REPLY: sinoOcean2008 replies within 2 working days; across National Day 2026 that is 10-09', () => {
    const d = computeComplaintDeadlines(
      { receivedAt: '2026-09-30T10:00:00+08:00' },
      { policy: sinoOcean2008 },
    );
    expect(d.replyBy.lastDay).toBe('2026-10-09');
    expect(d.replyBy.reasons[0]).toMatchObject({
      rule: 'CMP-DL-REPLY',
      facts: { policy: 'sinoOcean2008', rule: { workingDays: 2 } },
    });
    expect(d.replyBy.reasons.some((r) => r.facts.holiday === '国庆节')).toBe(true);
    // An ordinary week: Monday -> Wednesday.
    expect(computeComplaintDeadlines({ receivedAt: '2026-03-02T10:00:00+08:00' }).replyBy.lastDay).toBe(
      '2026-03-04',
    );
  });

  it('CMP-DL-REPLY: aoyuan2014 replies within 5 working days; received 2025-01-24 that is 2025-02-07 after the Spring Festival', () => {
    // 01-26 (Sun) is a makeup day; 01-28..02-04 are off: 01-26, 01-27, 02-05, 02-06, 02-07.
    expect(
      computeComplaintDeadlines({ receivedAt: '2025-01-24T10:00:00+08:00' }, { policy: aoyuan2014 }).replyBy
        .lastDay,
    ).toBe('2025-02-07');
    expect(
      computeComplaintDeadlines({ receivedAt: '2026-03-02T10:00:00+08:00' }, { policy: aoyuan2014 }).replyBy
        .lastDay,
    ).toBe('2026-03-09');
  });

  it('CMP-DL-CALLBACK: only once handling is complete: 2 days (sinoOcean2008), one week (aoyuan2014), 3 days (generic)', () => {
    const received = { receivedAt: '2026-03-02T10:00:00+08:00' };
    expect(computeComplaintDeadlines(received).callbackBy).toBeUndefined();
    const done = { ...received, handlingCompletedAt: '2026-03-05T16:00:00+08:00' }; // a Thursday
    expect(computeComplaintDeadlines(done, { policy: sinoOcean2008 }).callbackBy?.lastDay).toBe('2026-03-09'); // 03-07 is a Saturday: moved to Monday
    expect(computeComplaintDeadlines(done, { policy: aoyuan2014 }).callbackBy?.lastDay).toBe('2026-03-12');
    expect(computeComplaintDeadlines(done, { policy: generic }).callbackBy?.lastDay).toBe('2026-03-09'); // 03-08 is a Sunday
    const reason = computeComplaintDeadlines(done, { policy: sinoOcean2008 }).callbackBy?.reasons.find(
      (r) => r.rule === 'LAW-PERIOD-REST',
    );
    expect(reason?.facts).toMatchObject({ nominalLastDay: '2026-03-07', lastDay: '2026-03-09' });
  });

  it('CMP-DL-CLOSE: generic closes within 7 days of receipt; the others set no closing deadline', () => {
    const received = { receivedAt: '2026-09-30T10:00:00+08:00' };
    expect(computeComplaintDeadlines(received, { policy: generic }).closeBy?.lastDay).toBe('2026-10-08'); // 10-07 is National Day
    expect(computeComplaintDeadlines(received, { policy: sinoOcean2008 }).closeBy).toBeUndefined();
    expect(computeComplaintDeadlines(received, { policy: aoyuan2014 }).closeBy).toBeUndefined();
  });

  it('CMP-DL-REPLY: overdue at now: not done by the end of the last day, or done late', () => {
    const base = { receivedAt: '2026-03-02T10:00:00+08:00' };
    expect(computeComplaintDeadlines({ ...base, now: '2026-03-04T23:59:59+08:00' }).overdue).toEqual({
      reply: false,
    });
    expect(computeComplaintDeadlines({ ...base, now: '2026-03-05T00:00:00+08:00' }).overdue).toEqual({
      reply: true,
    });
    expect(
      computeComplaintDeadlines({
        ...base,
        now: '2026-03-10T00:00:00+08:00',
        repliedAt: '2026-03-04T18:00:00+08:00',
      }).overdue,
    ).toEqual({ reply: false });
    expect(
      computeComplaintDeadlines({
        ...base,
        now: '2026-03-10T00:00:00+08:00',
        repliedAt: '2026-03-05T09:00:00+08:00',
      }).overdue,
    ).toEqual({ reply: true });
    expect(computeComplaintDeadlines(base).overdue).toBeUndefined();
  });

  it('CMP-DL-REPLY: a policy with a daily cut-off counts a late receipt from the next working day', () => {
    const policy = createPolicy(sinoOcean2008, {
      id: 'cutoff',
      complaints: { deadlines: { cutoff: '17:30' } },
    });
    // Friday 18:00: received Monday 03-09 -> 2 working days -> Wednesday 03-11.
    expect(
      computeComplaintDeadlines({ receivedAt: '2026-03-06T18:00:00+08:00' }, { policy }).replyBy.lastDay,
    ).toBe('2026-03-11');
    expect(computeComplaintDeadlines({ receivedAt: '2026-03-06T18:00:00+08:00' }).replyBy.lastDay).toBe(
      '2026-03-10',
    );
  });

  it('CMP-DL-REPLY: beyond the calendar it throws naming the year unless the caller opts into the fallback', () => {
    expect(() => computeComplaintDeadlines({ receivedAt: '2026-12-31T10:00:00+08:00' })).toThrow(/2027/);
    const d = computeComplaintDeadlines(
      { receivedAt: '2026-12-31T10:00:00+08:00' },
      { fallback: 'weekends-only' },
    );
    expect(d.replyBy).toMatchObject({ lastDay: '2027-01-04', fallbackUsed: true });
  });
});
