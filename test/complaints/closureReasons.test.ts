/**
 * The reasons of canCloseComplaint, route by route: the facts each closed route carries and
 * its two messages word for word, the `missing` list of a complaint not closable yet (each
 * item on its own, in order), both sides of the lawsuit window (filed today, the day after the
 * window, before the handling was completed), and the path of each refused fact. Found
 * unchecked by the mutation run of issue 8.
 */

import { describe, expect, it } from 'vitest';
import { type ClosureFacts, canCloseComplaint } from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

const now = '2026-10-20T10:00:00+08:00';

/** The first reason's facts and messages of a complaint not closable yet. */
function notClosable(facts: ClosureFacts, at = now) {
  const d = canCloseComplaint(facts, { now: at });
  expect(d).toMatchObject({ closable: false, via: null, servedVia: null });
  expect(d.reasons).toHaveLength(1);
  expect(d.reasons[0]?.rule).toBe('CMP-CLOSE');
  return d.reasons[0];
}

const never = { customerNeverAccepts: true } as const;
const lawful = { ...never, handlingCompliedWithLaw: true } as const;

describe('what each closure reason says', () => {
  it('CMP-CLOSE: accepted at the callback: the reason carries the outcome and the route, word for word', () => {
    expect(canCloseComplaint({ callbackOutcome: 'satisfied' }, { now })).toEqual({
      closable: true,
      via: 'accepted-at-callback',
      servedVia: null,
      reasons: [
        {
          rule: 'CMP-CLOSE',
          facts: { callbackOutcome: 'satisfied', via: 'accepted-at-callback' },
          message: {
            'zh-CN': '回访时客户认可处理结果，投诉封闭',
            en: 'The customer accepted the result at the callback: closed',
          },
        },
      ],
    });
  });

  it('CMP-CLOSE: no callback owed and the reply attached: the reason names the ground, its first letter capitalised in English', () => {
    expect(canCloseComplaint({ hasContactInfo: false, replyAttached: true }, { now }).reasons).toEqual([
      {
        rule: 'CMP-CLOSE',
        facts: { noCallbackGround: 'no-contact', replyAttached: true, via: 'reply-attached' },
        message: {
          'zh-CN': '投诉人未留联系方式，可不回访，复函情况已附在投诉表后，投诉封闭',
          en: 'The complainant left no contact information: no callback is owed, and the reply is attached to the record: closed',
        },
      },
    ]);
    expect(
      canCloseComplaint({ replyLetterOnly: true, replyAttached: true }, { now }).reasons[0]?.message,
    ).toEqual({
      'zh-CN': '上级部门只要求复函，可不回访，复函情况已附在投诉表后，投诉封闭',
      en: 'A higher authority asks only for a reply letter: no callback is owed, and the reply is attached to the record: closed',
    });
  });

  it('CMP-CLOSE: the opinion served by EMS on both impasse grounds: both are named, joined by 且 and ", and"', () => {
    expect(
      canCloseComplaint(
        { ...never, beyondAuthorityOrCapacity: true, opinionServedVia: 'ems', proofOfServiceKept: true },
        { now },
      ),
    ).toEqual({
      closable: true,
      via: 'opinion-served',
      servedVia: 'ems',
      reasons: [
        {
          rule: 'CMP-CLOSE',
          facts: {
            customerNeverAccepts: true,
            beyondAuthorityOrCapacity: true,
            servedVia: 'ems',
            proofOfServiceKept: true,
            via: 'opinion-served',
          },
          message: {
            'zh-CN':
              '经长期沟通客户始终不认可处理意见或结果，且客户投诉超出公司管理权限或能力范围；投诉处理意见书已以EMS（邮政特快专递）送达客户并保留相关证明文件，投诉封闭',
            en: "After long communication the customer never accepts the opinion or the result, and the demand is beyond the company's authority or capacity; the written opinion was served by EMS (China Post express mail) and the proof kept: closed",
          },
        },
      ],
    });
  });

  it('CMP-CLOSE: the opinion served on one impasse ground names that ground only', () => {
    const beyond = canCloseComplaint(
      { beyondAuthorityOrCapacity: true, opinionServedVia: 'other-traceable', proofOfServiceKept: true },
      { now },
    ).reasons[0];
    expect(beyond?.facts).toEqual({
      customerNeverAccepts: false,
      beyondAuthorityOrCapacity: true,
      servedVia: 'other-traceable',
      proofOfServiceKept: true,
      via: 'opinion-served',
    });
    expect(beyond?.message).toEqual({
      'zh-CN':
        '客户投诉超出公司管理权限或能力范围；投诉处理意见书已以其他可追踪的方式送达客户并保留相关证明文件，投诉封闭',
      en: "The demand is beyond the company's authority or capacity; the written opinion was served by another traceable way and the proof kept: closed",
    });
    expect(
      canCloseComplaint({ ...never, opinionServedVia: 'registered-mail', proofOfServiceKept: true }, { now })
        .reasons[0]?.message.en,
    ).toBe(
      'After long communication the customer never accepts the opinion or the result; the written opinion was served by registered mail and the proof kept: closed',
    );
  });

  it('CMP-CLOSE and LAW-WINDOW: handling completed 2026-07-07, the window ends 2026-10-07 (National Day, not extended): filed that day closes it, word for word', () => {
    const facts = {
      ...lawful,
      handlingCompletedAt: '2026-07-07T10:00:00+08:00',
      lawsuitOrArbitrationFiledOn: '2026-10-07',
    } as const;
    expect(canCloseComplaint(facts, { now })).toEqual({
      closable: true,
      via: 'lawsuit-or-arbitration',
      servedVia: null,
      reasons: [
        {
          rule: 'CMP-CLOSE',
          facts: {
            customerNeverAccepts: true,
            beyondAuthorityOrCapacity: false,
            handlingCompliedWithLaw: true,
            lawsuitOrArbitrationFiledOn: '2026-10-07',
            windowLastDay: '2026-10-07',
            via: 'lawsuit-or-arbitration',
          },
          message: {
            'zh-CN':
              '经长期沟通客户始终不认可处理意见或结果；处理符合国家相关法律法规，客户已在3个月内（至2026-10-07）提交诉讼或仲裁请求，投诉封闭',
            en: 'After long communication the customer never accepts the opinion or the result; handling complied with the law and the customer filed a lawsuit or arbitration within 3 months (through 2026-10-07): closed',
          },
        },
      ],
    });
    // 2026-10-08, the first working day after National Day, is outside: a window is never moved.
    expect(notClosable({ ...facts, lawsuitOrArbitrationFiledOn: '2026-10-08' })?.facts.missing).toEqual([
      'lawsuit-outside-window',
      'opinion-served',
    ]);
  });

  it('CMP-CLOSE: a lawsuit filed on the day of judgement counts; filed the next day it is not a fact yet', () => {
    const facts = { ...lawful, handlingCompletedAt: '2026-09-30T10:00:00+08:00' } as const;
    expect(canCloseComplaint({ ...facts, lawsuitOrArbitrationFiledOn: '2026-10-20' }, { now }).via).toBe(
      'lawsuit-or-arbitration',
    );
    // An instant is read as its Asia/Shanghai day: 2026-10-20 08:00+08:00 is today.
    expect(
      canCloseComplaint({ ...facts, lawsuitOrArbitrationFiledOn: '2026-10-20T00:30:00Z' }, { now }).reasons[0]
        ?.facts.lawsuitOrArbitrationFiledOn,
    ).toBe('2026-10-20');
    expect(notClosable({ ...facts, lawsuitOrArbitrationFiledOn: '2026-10-21' })?.facts.missing).toEqual([
      'lawsuit-filed-after-now',
      'opinion-served',
    ]);
  });

  it('CMP-CLOSE: a lawsuit filed before the handling was completed is outside the window, not after now', () => {
    const facts = { ...lawful, handlingCompletedAt: '2026-09-30T10:00:00+08:00' } as const;
    expect(canCloseComplaint({ ...facts, lawsuitOrArbitrationFiledOn: '2026-09-30' }, { now }).closable).toBe(
      true,
    );
    expect(notClosable({ ...facts, lawsuitOrArbitrationFiledOn: '2026-09-29' })?.facts.missing).toEqual([
      'lawsuit-outside-window',
      'opinion-served',
    ]);
    // Filed today, but today is past the window (2026-09-30 + 3 months = 12-30): outside the window.
    expect(
      notClosable({ ...facts, lawsuitOrArbitrationFiledOn: '2026-12-31' }, '2026-12-31T10:00:00+08:00')?.facts
        .missing,
    ).toEqual(['lawsuit-outside-window', 'opinion-served']);
    // Filed today, but the handling is completed only later: before the window, not after now.
    expect(
      notClosable({
        ...lawful,
        handlingCompletedAt: '2026-10-21T10:00:00+08:00',
        lawsuitOrArbitrationFiledOn: '2026-10-20',
      })?.facts.missing,
    ).toEqual(['lawsuit-outside-window', 'opinion-served']);
  });
});

describe('what a complaint not closable yet is missing', () => {
  it('CMP-CLOSE: no callback yet: the whole reason, with the callback owed and no outcome', () => {
    expect(canCloseComplaint({}, { now }).reasons).toEqual([
      {
        rule: 'CMP-CLOSE',
        facts: {
          closable: false,
          missing: ['callback'],
          callbackNeeded: true,
          noCallbackGround: null,
          callbackOutcome: null,
        },
        message: {
          'zh-CN': '尚不具备投诉封闭条件（缺少：callback）',
          en: 'Not closable yet (missing: callback)',
        },
      },
    ]);
  });

  it('CMP-CLOSE: a callback the customer was not satisfied with: the outcome is in the facts and the missing item', () => {
    expect(notClosable({ callbackOutcome: 'not-satisfied' })).toEqual({
      rule: 'CMP-CLOSE',
      facts: {
        closable: false,
        missing: ['callback-not-satisfied'],
        callbackNeeded: true,
        noCallbackGround: null,
        callbackOutcome: 'not-satisfied',
      },
      message: {
        'zh-CN': '尚不具备投诉封闭条件（缺少：callback-not-satisfied）',
        en: 'Not closable yet (missing: callback-not-satisfied)',
      },
    });
  });

  it('CMP-CLOSE: no callback owed (anonymous) and no reply attached: the reply is what is missing', () => {
    expect(notClosable({ anonymous: true, replyAttached: false })?.facts).toEqual({
      closable: false,
      missing: ['reply-attached'],
      callbackNeeded: false,
      noCallbackGround: 'anonymous',
      callbackOutcome: null,
    });
  });

  it('CMP-CLOSE: never accepted and nothing else known: each missing item in order, joined by 、 and ", "', () => {
    expect(notClosable(never)?.message).toEqual({
      'zh-CN':
        '尚不具备投诉封闭条件（缺少：handling-complied-with-law、lawsuit-or-arbitration、handling-completed-at、opinion-served）',
      en: 'Not closable yet (missing: handling-complied-with-law, lawsuit-or-arbitration, handling-completed-at, opinion-served)',
    });
  });

  it('CMP-CLOSE: on the lawsuit route each missing fact is named alone', () => {
    const completed = { handlingCompletedAt: '2026-09-30T10:00:00+08:00' } as const;
    const filed = { lawsuitOrArbitrationFiledOn: '2026-10-08' } as const;
    expect(notClosable({ ...lawful, ...completed })?.facts.missing).toEqual([
      'lawsuit-or-arbitration',
      'opinion-served',
    ]);
    expect(notClosable({ ...lawful, ...filed })?.facts.missing).toEqual([
      'handling-completed-at',
      'opinion-served',
    ]);
    expect(notClosable({ ...never, ...completed, ...filed })?.facts.missing).toEqual([
      'handling-complied-with-law',
      'opinion-served',
    ]);
    expect(
      notClosable({ ...never, handlingCompliedWithLaw: false, ...completed, ...filed })?.facts.missing,
    ).toEqual(['handling-complied-with-law', 'opinion-served']);
  });

  it('CMP-CLOSE: the proof kept without a way of service is not served; a way without the proof misses the proof', () => {
    expect(notClosable({ beyondAuthorityOrCapacity: true, proofOfServiceKept: true })?.facts.missing).toEqual(
      ['handling-complied-with-law', 'lawsuit-or-arbitration', 'handling-completed-at', 'opinion-served'],
    );
    expect(
      notClosable({ ...lawful, opinionServedVia: 'ems', proofOfServiceKept: false })?.facts.missing,
    ).toEqual(['lawsuit-or-arbitration', 'handling-completed-at', 'proof-of-service-kept']);
  });
});

describe('what closure refuses, and where', () => {
  it('CMP-CLOSE: no options: the error says nothing reads the clock, at options.now', () => {
    const e = refusalOf(() => canCloseComplaint({}, undefined as never));
    expect(e.path).toEqual(['options', 'now']);
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toBe('options.now: expected { now }: nothing here reads the clock');
  });

  it('CMP-CLOSE: facts that are not an object, and an unknown fact, are refused at their paths', () => {
    const e = refusalOf(() => canCloseComplaint(null as never, { now }));
    expect(e.path).toEqual([]);
    expect(e.message).toBe('expected closure facts, got null');
    expect(refusalOf(() => canCloseComplaint({ replyAtached: true } as never, { now })).path).toEqual([
      'replyAtached',
    ]);
  });

  it('CMP-CLOSE: each yes-or-no fact that is not a boolean is refused at its own path', () => {
    for (const key of [
      'replyAttached',
      'customerNeverAccepts',
      'beyondAuthorityOrCapacity',
      'handlingCompliedWithLaw',
      'proofOfServiceKept',
    ] as const) {
      expect(refusalOf(() => canCloseComplaint({ [key]: 'yes' } as never, { now })).path).toEqual([key]);
    }
  });

  it('CMP-CLOSE: a bad handling instant or lawsuit day is refused at its path, on any route', () => {
    expect(
      refusalOf(() => canCloseComplaint({ handlingCompletedAt: '2026-09-30' } as never, { now })).path,
    ).toEqual(['handlingCompletedAt']);
    const filed = refusalOf(() =>
      canCloseComplaint({ lawsuitOrArbitrationFiledOn: 'soon' } as never, { now }),
    );
    expect(filed.path).toEqual(['lawsuitOrArbitrationFiledOn']);
    expect(filed.message).toBe(
      'lawsuitOrArbitrationFiledOn: expected a day (YYYY-MM-DD), a valid Date or an ISO 8601 instant with an offset, got a string',
    );
    // On the lawsuit route a day before 1901 is refused by the range check, at the same path.
    expect(
      refusalOf(() =>
        canCloseComplaint(
          {
            ...lawful,
            handlingCompletedAt: '2026-09-30T10:00:00+08:00',
            lawsuitOrArbitrationFiledOn: '1900-12-31',
          },
          { now },
        ),
      ).path,
    ).toEqual(['lawsuitOrArbitrationFiledOn']);
  });

  it('CMP-CLOSE and LAW-WINDOW: a lawsuit window outside 1901..9999 is refused at handlingCompletedAt, not at the calendar argument', () => {
    const filed = { ...lawful, lawsuitOrArbitrationFiledOn: '2026-10-08' } as const;
    const early = refusalOf(() =>
      canCloseComplaint({ ...filed, handlingCompletedAt: '1900-12-31T10:00:00+08:00' }, { now }),
    );
    expect(early.path).toEqual(['handlingCompletedAt']);
    expect(early.code).toBe('INVALID_ARGUMENT');
    expect(early.message).toBe(
      'handlingCompletedAt: a day before 1901-01-01: the package counts days from 1901-01-01 to 9999-12-31 only (before 1901 Shanghai kept local mean time; a later year cannot be written YYYY-MM-DD)',
    );
    // 9999-10-01 + 3 months ends after 9999-12-31; 9999-09-30 ends on it and is judged.
    const late = refusalOf(() =>
      canCloseComplaint({ ...filed, handlingCompletedAt: '9999-10-01T10:00:00+08:00' }, { now }),
    );
    expect(late.path).toEqual(['handlingCompletedAt']);
    expect(late.message).toBe(
      'handlingCompletedAt: the period ends after 9999-12-31: the package counts days from 1901-01-01 to 9999-12-31 only (before 1901 Shanghai kept local mean time; a later year cannot be written YYYY-MM-DD)',
    );
    expect(
      notClosable({ ...filed, handlingCompletedAt: '9999-09-30T10:00:00+08:00' })?.facts.missing,
    ).toEqual(['lawsuit-outside-window', 'opinion-served']);
  });
});
