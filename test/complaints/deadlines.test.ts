import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  aoyuan2014,
  computeComplaintDeadlines,
  createPolicy,
  generic,
  parseComplaints,
  sinoOcean2008,
  toDeadlineInput,
} from '../../src/index.js';
import { refusalCodePath } from '../_lib/refusal.js';

describe('computeComplaintDeadlines', () => {
  it('CMP-DL-FORM: aoyuan2014 only: the handling form is due the day the complaint is received, even on a holiday', () => {
    const d = computeComplaintDeadlines({ receivedAt: '2026-10-03T15:00:00+08:00' }, { policy: aoyuan2014 });
    expect(d.formBy?.lastDay).toBe('2026-10-03');
    expect(d.formBy?.endsAt.toISOString()).toBe('2026-10-03T16:00:00.000Z');
    expect(d.formBy?.reasons[0]).toMatchObject({
      rule: 'CMP-DL-FORM',
      facts: { policy: 'aoyuan2014', source: { kind: 'source', section: 'AOY 4.2.1' } },
    });
    // 23:59:59 on the day of receipt is the last instant: a day later is the next day's.
    const late = computeComplaintDeadlines(
      { receivedAt: '2026-10-03T23:59:59+08:00' },
      { policy: aoyuan2014 },
    );
    expect(late.formBy?.lastDay).toBe('2026-10-03');
    // SOL and GEN set no day for the form: no deadline, and their sources say so.
    expect(computeComplaintDeadlines({ receivedAt: '2026-10-03T15:00:00+08:00' }).formBy).toBeUndefined();
    expect(
      computeComplaintDeadlines({ receivedAt: '2026-10-03T15:00:00+08:00' }, { policy: generic }).formBy,
    ).toBeUndefined();
    expect(sinoOcean2008.complaints.sources['deadlines.form'].note?.en).toBe(
      'SOL sets no day for the handling form',
    );
    expect(generic.complaints.sources['deadlines.form'].note?.en).toBe(
      'GEN sets no day for the handling form',
    );
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

describe('callbacks owed, on the demo data', () => {
  const sample = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../examples/complaints.sample.json', import.meta.url)), 'utf8'),
  ) as unknown[];
  const now = '2026-11-20T10:00:00+08:00';

  it('CMP-DL-CALLBACK: no complaint of the sample that left no contact has a callback deadline or a callback overdue', () => {
    const { valid } = parseComplaints(sample);
    const noContact = valid.filter((c) => c.hasContactInfo === false);
    expect(noContact.length).toBeGreaterThan(20);
    let completed = 0;
    for (const c of noContact) {
      const d = computeComplaintDeadlines(toDeadlineInput(c, { now }), { fallback: 'weekends-only' });
      if (c.handlingCompletedAt !== undefined) completed++;
      expect(d.callbackBy, c.id).toBeUndefined();
      expect(d.overdue?.callback, c.id).toBeUndefined();
    }
    expect(completed).toBeGreaterThan(20); // handled, yet no callback owed
    // With contact, a completed complaint owes a callback: the fix does not drop callbacks altogether.
    const withContact = valid.filter(
      (c) => c.hasContactInfo !== false && c.handlingCompletedAt !== undefined,
    );
    expect(withContact.length).toBeGreaterThan(100);
    for (const c of withContact.slice(0, 50)) {
      expect(
        computeComplaintDeadlines(toDeadlineInput(c, { now }), { fallback: 'weekends-only' }).callbackBy,
      ).toBeDefined();
    }
  });

  it('CMP-DL-CALLBACK: hasContactInfo false, no name or a reply letter only: no callback deadline; contact left: one', () => {
    const done = {
      receivedAt: '2026-03-02T10:00:00+08:00',
      handlingCompletedAt: '2026-03-05T16:00:00+08:00',
    };
    expect(computeComplaintDeadlines({ ...done, hasContactInfo: true }).callbackBy?.lastDay).toBe(
      '2026-03-09',
    );
    for (const flag of [{ hasContactInfo: false }, { anonymous: true }, { replyLetterOnly: true }]) {
      const d = computeComplaintDeadlines({ ...done, ...flag, now: '2026-04-01T10:00:00+08:00' });
      expect(d.callbackBy).toBeUndefined();
      expect(d.overdue).toEqual({ reply: true });
    }
  });

  it('CMP-DL-CALLBACK: a callback before the latest completion belonged to the previous round: the current one is still owed', () => {
    const input = {
      receivedAt: '2026-03-02T10:00:00+08:00',
      handlingCompletedAt: '2026-03-12T10:00:00+08:00', // completed again after a reopening
      calledBackAt: '2026-03-06T10:00:00+08:00', // the first round's callback
      repliedAt: '2026-03-03T10:00:00+08:00',
    };
    // callbackBy: 03-12 + 2 days = 03-14, a Saturday: 03-16.
    expect(computeComplaintDeadlines({ ...input, now: '2026-03-16T23:59:59+08:00' }).overdue?.callback).toBe(
      false,
    );
    expect(computeComplaintDeadlines({ ...input, now: '2026-03-17T00:00:00+08:00' }).overdue?.callback).toBe(
      true,
    );
  });
});

describe('deadline arguments', () => {
  const receivedAt = '2026-03-02T10:00:00+08:00';

  it('CMP-DL-REPLY: a time before the receipt is refused at its own path, the receipt itself is not', () => {
    expect(
      refusalCodePath(() =>
        computeComplaintDeadlines({ receivedAt, repliedAt: '2026-03-02T09:59:59+08:00' }),
      ),
    ).toEqual(['INVALID_ARGUMENT', ['repliedAt']]);
    expect(refusalCodePath(() => computeComplaintDeadlines({ receivedAt, repliedAt: receivedAt }))).toBe(
      'no error',
    );
    for (const k of ['handlingCompletedAt', 'calledBackAt', 'closedAt'] as const) {
      expect(
        refusalCodePath(() => computeComplaintDeadlines({ receivedAt, [k]: '2026-03-01T10:00:00+08:00' })),
      ).toEqual(['INVALID_ARGUMENT', [k]]);
    }
  });

  it('CMP-DL-REPLY: a missing or malformed receipt, a string for a flag, an unknown key and bad options are path-addressed errors', () => {
    expect(refusalCodePath(() => computeComplaintDeadlines({} as never))).toEqual([
      'INVALID_ARGUMENT',
      ['receivedAt'],
    ]);
    expect(refusalCodePath(() => computeComplaintDeadlines({ receivedAt: '2026-03-02 10:00' }))).toEqual([
      'INVALID_ARGUMENT',
      ['receivedAt'],
    ]);
    expect(
      refusalCodePath(() => computeComplaintDeadlines({ receivedAt, hasContactInfo: 'false' as never })),
    ).toEqual(['INVALID_ARGUMENT', ['hasContactInfo']]);
    expect(
      refusalCodePath(() =>
        computeComplaintDeadlines({ receivedAt, handlingCompleteAt: receivedAt } as never),
      ),
    ).toEqual(['INVALID_ARGUMENT', ['handlingCompleteAt']]);
    expect(() => computeComplaintDeadlines({ receivedAt, handlingCompleteAt: receivedAt } as never)).toThrow(
      /did you mean 'handlingCompletedAt'/,
    );
    // A whole record: the adapter says which fields the deadlines read.
    // A record's fields are not typos: a record passes as it is (its other fields unread).
    expect(
      computeComplaintDeadlines({ receivedAt, id: 'C-1', category: 'engineering-quality' } as never).replyBy
        .lastDay,
    ).toBe(computeComplaintDeadlines({ receivedAt }).replyBy.lastDay);
    expect(
      refusalCodePath(() => computeComplaintDeadlines({ receivedAt }, { fallback: 'weekends' as never })),
    ).toEqual(['INVALID_ARGUMENT', ['options', 'fallback']]);
    expect(
      refusalCodePath(() => computeComplaintDeadlines({ receivedAt }, { calendar: {} as never })),
    ).toEqual(['INVALID_ARGUMENT', ['options', 'calendar']]);
    expect(
      refusalCodePath(() =>
        computeComplaintDeadlines({ receivedAt }, { policy: { complaints: 42 } as never }),
      ),
    ).toEqual(['INVALID_POLICY', ['options', 'policy', 'complaints']]);
    expect(refusalCodePath(() => computeComplaintDeadlines(null as never))).toEqual(['INVALID_ARGUMENT', []]);
  });

  it("CMP-DL-REPLY: the reply names what meets it and where the preset's value comes from (convention 14)", () => {
    const sol = computeComplaintDeadlines({ receivedAt }).replyBy.reasons[0];
    expect(sol?.message['zh-CN']).toBe(
      '回复处理意见：2个工作日内（sinoOcean2008，出处：SOL 投诉管理 6），最迟2026-03-04',
    );
    const aoy = computeComplaintDeadlines({ receivedAt }, { policy: aoyuan2014 }).replyBy.reasons[0];
    expect(aoy?.message['zh-CN']).toBe(
      '将解决成果及意见回复客户：5个工作日内（aoyuan2014，出处：AOY 4.2.1），最迟2026-03-09',
    );
    // GEN sets no reply deadline: generic borrows Sino-Ocean's, and says so.
    const gen = computeComplaintDeadlines({ receivedAt }, { policy: generic }).replyBy.reasons[0];
    expect(gen?.facts.source).toMatchObject({
      kind: 'borrowed',
      from: 'sinoOcean2008',
      section: 'SOL 投诉管理 6',
    });
    expect(gen?.message.en).toContain('borrowed from sinoOcean2008 (SOL 投诉管理 6)');
  });
});
