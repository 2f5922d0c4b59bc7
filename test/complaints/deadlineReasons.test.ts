/**
 * What computeComplaintDeadlines returns beyond the deadlines' own counts (applyDeadlineRule
 * is tested on its own): the rule each deadline names, the keys present for each policy (no
 * key set to undefined), the company calendar passed through, the overdue judgement of the
 * closing deadline and of a callback made in the current round (at, after or before the
 * latest completion), and the paths of refused times. Found unchecked by the mutation run of
 * issue 8.
 */

import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { aoyuan2014, computeComplaintDeadlines, createWorkCalendar, generic } from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

const receivedAt = '2026-09-30T10:00:00+08:00';

describe('which deadlines a complaint has', () => {
  it('CMP-DL-REPLY: received 2026-09-30 with no completion under sinoOcean2008: the reply deadline alone, no other key', () => {
    const d = computeComplaintDeadlines({ receivedAt });
    expect(Object.keys(d)).toEqual(['replyBy']);
    expect(d.replyBy.lastDay).toBe('2026-10-09');
    expect(d.replyBy.reasons[0]?.rule).toBe('CMP-DL-REPLY');
  });

  it('CMP-DL-FORM and CMP-DL-CALLBACK: aoyuan2014 with a completion and now: form, reply, callback and overdue, each naming its rule', () => {
    const d = computeComplaintDeadlines(
      { receivedAt, handlingCompletedAt: '2026-10-09T10:00:00+08:00', now: '2026-10-10T10:00:00+08:00' },
      { policy: aoyuan2014 },
    );
    expect(Object.keys(d)).toEqual(['formBy', 'replyBy', 'callbackBy', 'overdue']);
    expect(d.formBy?.reasons[0]?.rule).toBe('CMP-DL-FORM');
    expect(d.callbackBy?.reasons[0]?.rule).toBe('CMP-DL-CALLBACK');
    expect(Object.keys(d.overdue ?? {})).toEqual(['reply', 'callback']);
  });

  it('CMP-DL-CLOSE: generic closes within 7 days of 2026-09-30 (10-07, the last day of National Day, moved to 10-08): not closed by then is overdue on 10-09, closed on 10-08 is not', () => {
    const d = computeComplaintDeadlines(
      { receivedAt, now: '2026-10-09T00:00:00+08:00' },
      { policy: generic },
    );
    expect(Object.keys(d)).toEqual(['replyBy', 'closeBy', 'overdue']);
    expect(d.closeBy?.reasons[0]?.rule).toBe('CMP-DL-CLOSE');
    expect(d.closeBy?.lastDay).toBe('2026-10-08');
    expect(d.overdue?.close).toBe(true);
    expect(
      computeComplaintDeadlines(
        { receivedAt, closedAt: '2026-10-08T23:59:59+08:00', now: '2026-10-20T10:00:00+08:00' },
        { policy: generic },
      ).overdue?.close,
    ).toBe(false);
    expect(
      computeComplaintDeadlines({ receivedAt, now: '2026-10-08T23:59:59+08:00' }, { policy: generic }).overdue
        ?.close,
    ).toBe(false);
  });

  it('CMP-DL-REPLY: a company calendar is used: a company day off on 2026-10-09 moves the reply to the makeup Saturday 10-10', () => {
    const calendar = createWorkCalendar({
      days: [{ date: '2026-10-09', isOffDay: true, name: '公司假日', nameEn: 'Company day off' }],
    });
    expect(computeComplaintDeadlines({ receivedAt }, { calendar }).replyBy.lastDay).toBe('2026-10-10');
    expect(computeComplaintDeadlines({ receivedAt }, { calendar, fallback: 'none' }).replyBy.lastDay).toBe(
      '2026-10-10',
    );
  });
});

describe('a callback of the current round', () => {
  // Completed 2026-10-09 10:00; the callback is due 2 days later: 10-11 (a Sunday) is moved to 10-12.
  const input = { receivedAt, handlingCompletedAt: '2026-10-09T10:00:00+08:00' } as const;
  const late = '2026-10-13T10:00:00+08:00';

  it('CMP-DL-CALLBACK: called back on 10-12 after the completion: not overdue on 10-13; never called back: overdue', () => {
    const d = computeComplaintDeadlines({ ...input, calledBackAt: '2026-10-12T10:00:00+08:00', now: late });
    expect(d.callbackBy?.lastDay).toBe('2026-10-12');
    expect(d.overdue?.callback).toBe(false);
    expect(computeComplaintDeadlines({ ...input, now: late }).overdue?.callback).toBe(true);
  });

  it('CMP-DL-CALLBACK: called back at the very instant handling was completed: this round’s callback, not the previous one’s', () => {
    expect(
      computeComplaintDeadlines({ ...input, calledBackAt: input.handlingCompletedAt, now: late }).overdue
        ?.callback,
    ).toBe(false);
    // 1 ms before the completion it belongs to the previous round: this round's is still owed.
    expect(
      computeComplaintDeadlines({ ...input, calledBackAt: '2026-10-09T09:59:59.999+08:00', now: late })
        .overdue?.callback,
    ).toBe(true);
  });
});

describe('what the deadline door refuses', () => {
  it('CMP-DL-REPLY: input that is not an object is refused at the root with what it expected; a bad now at now', () => {
    const error = refusalOf(() => computeComplaintDeadlines(null as never), InvalidArgumentError);
    expect((error as InvalidArgumentError).message).toBe(
      'expected a deadline input { receivedAt, ... } (toDeadlineInput(record) makes one), got null',
    );
    expect(() => computeComplaintDeadlines({ receivedAt, now: 'soon' })).toThrow(
      /^now: expected a valid Date/,
    );
  });
});
