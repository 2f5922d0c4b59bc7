import { describe, expect, it } from 'vitest';
import { canCloseComplaint, needsCallback } from '../../src/index.js';

const now = '2026-10-20T10:00:00+08:00';

describe('canCloseComplaint', () => {
  it('CMP-CLOSE: the customer accepts the result at the callback', () => {
    expect(canCloseComplaint({ callbackOutcome: 'satisfied' }, { now })).toMatchObject({
      closable: true,
      via: 'accepted-at-callback',
    });
    for (const outcome of ['not-satisfied', 'no-answer', 'refused'] as const) {
      const d = canCloseComplaint({ callbackOutcome: outcome }, { now });
      expect(d).toMatchObject({ closable: false, via: null });
      expect(d.reasons[0]?.facts.missing).toEqual([`callback-${outcome}`]);
    }
    expect(canCloseComplaint({}, { now }).reasons[0]?.facts.missing).toEqual(['callback']);
  });

  it('CMP-CLOSE: a complaint with no contact information needs no callback; the reply attached to the record closes it', () => {
    const d = canCloseComplaint({ hasContactInfo: false, replyAttached: true }, { now });
    expect(d).toMatchObject({ closable: true, via: 'reply-attached', servedVia: null });
    expect(d.reasons[0]?.facts.noCallbackGround).toBe('no-contact');
    expect(canCloseComplaint({ hasContactInfo: false }, { now })).toMatchObject({ closable: false });
    // With contact information, the reply attached alone does not close it: the callback is owed.
    expect(canCloseComplaint({ replyAttached: true }, { now }).closable).toBe(false);
  });

  it('CMP-CLOSE: no name left, or a higher authority asking only for a reply letter, needs no callback either (GEN 回访 1.13)', () => {
    for (const [facts, ground] of [
      [{ anonymous: true }, 'anonymous'],
      [{ replyLetterOnly: true }, 'reply-letter-only'],
    ] as const) {
      expect(needsCallback(facts)).toMatchObject({ needed: false, ground });
      const d = canCloseComplaint({ ...facts, replyAttached: true }, { now });
      expect(d).toMatchObject({ closable: true, via: 'reply-attached' });
      expect(d.reasons[0]?.facts.noCallbackGround).toBe(ground);
      // A callback outcome means nothing to such a complaint: only the reply attached closes it.
      expect(canCloseComplaint({ ...facts, callbackOutcome: 'satisfied' }, { now }).closable).toBe(false);
    }
    expect(needsCallback({ anonymous: false, replyLetterOnly: false })).toMatchObject({
      needed: true,
      ground: null,
    });
    expect(needsCallback({}).reasons[0]?.rule).toBe('CMP-CLOSE');
    expect(needsCallback({ replyLetterOnly: true }).reasons[0]?.message['zh-CN']).toBe(
      '上级部门只要求复函：可不回访，复函情况附在投诉表后',
    );
  });

  it('CMP-CLOSE: never accepted, lawful handling, lawsuit filed within 3 months of the handling opinion (window’s last day included)', () => {
    const base = {
      customerNeverAccepts: true,
      handlingCompliedWithLaw: true,
      handlingCompletedAt: '2026-03-31T10:00:00+08:00',
    } as const;
    // 2026-03-31 + 3 months = 06-30 (no June 31): filed 06-30 closes, 07-01 does not.
    expect(canCloseComplaint({ ...base, lawsuitOrArbitrationFiledOn: '2026-06-30' }, { now })).toMatchObject({
      closable: true,
      via: 'lawsuit-or-arbitration',
    });
    const late = canCloseComplaint({ ...base, lawsuitOrArbitrationFiledOn: '2026-07-01' }, { now });
    expect(late.closable).toBe(false);
    expect(late.reasons[0]?.facts.missing).toContain('lawsuit-outside-window');
    // Filed the day handling completed counts.
    expect(canCloseComplaint({ ...base, lawsuitOrArbitrationFiledOn: '2026-03-31' }, { now }).closable).toBe(
      true,
    );
    // Handling not shown lawful: not closable this way.
    expect(
      canCloseComplaint(
        { ...base, handlingCompliedWithLaw: false, lawsuitOrArbitrationFiledOn: '2026-05-01' },
        { now },
      ).closable,
    ).toBe(false);
    // A filing after now is not a fact yet.
    expect(
      canCloseComplaint(
        { ...base, lawsuitOrArbitrationFiledOn: '2026-06-01' },
        { now: '2026-05-01T10:00:00+08:00' },
      ).closable,
    ).toBe(false);
  });

  it('CMP-CLOSE: beyond authority or capacity, the written opinion served by registered mail with the proof kept', () => {
    const d = canCloseComplaint(
      { beyondAuthorityOrCapacity: true, opinionServedVia: 'registered-mail', proofOfServiceKept: true },
      { now },
    );
    expect(d).toMatchObject({ closable: true, via: 'opinion-served', servedVia: 'registered-mail' });
    expect(d.reasons[0]?.message['zh-CN']).toBe(
      '客户投诉超出公司管理权限或能力范围；投诉处理意见书已以挂号信函送达客户并保留相关证明文件，投诉封闭',
    );
    const noProof = canCloseComplaint(
      { beyondAuthorityOrCapacity: true, opinionServedVia: 'registered-mail' },
      { now },
    );
    expect(noProof.closable).toBe(false);
    expect(noProof.reasons[0]?.facts.missing).toContain('proof-of-service-kept');
    // Served by mail but the customer has not refused for good: the ordinary callback still decides.
    expect(
      canCloseComplaint({ opinionServedVia: 'registered-mail', proofOfServiceKept: true }, { now }).closable,
    ).toBe(false);
  });

  it('CMP-CLOSE: a similar traceable way (挂号信函等方式) closes it too, and the decision says which: EMS, or another traceable way', () => {
    for (const via of ['ems', 'other-traceable'] as const) {
      const d = canCloseComplaint(
        { customerNeverAccepts: true, opinionServedVia: via, proofOfServiceKept: true },
        { now },
      );
      expect(d).toMatchObject({ closable: true, via: 'opinion-served', servedVia: via });
      expect(d.reasons[0]?.facts).toMatchObject({ servedVia: via });
    }
    expect(
      canCloseComplaint(
        { customerNeverAccepts: true, opinionServedVia: 'ems', proofOfServiceKept: true },
        { now },
      ).reasons[0]?.message.en,
    ).toContain('served by EMS (China Post express mail)');
    // Not served at all: missing says so.
    expect(canCloseComplaint({ customerNeverAccepts: true }, { now }).reasons[0]?.facts.missing).toContain(
      'opinion-served',
    );
  });

  it('CMP-CLOSE: the old fact names are refused with a hint, and an unknown way of service with a did-you-mean', () => {
    expect(() => canCloseComplaint({ servedByRegisteredMail: true } as never, { now })).toThrow(
      /servedByRegisteredMail: not a field here: renamed: give opinionServedVia/,
    );
    expect(() => canCloseComplaint({ beyondAuthority: true } as never, { now })).toThrow(
      /beyondAuthority: not a field here: renamed: beyondAuthorityOrCapacity/,
    );
    expect(() => canCloseComplaint({ opinionServedVia: 'EMS' } as never, { now })).toThrow(
      /opinionServedVia: expected one of registered-mail, ems, other-traceable, got "EMS" \(did you mean 'ems'\?\)/,
    );
  });

  it('CMP-CLOSE: the reasons are bilingual and the input is not mutated', () => {
    const facts = Object.freeze({ callbackOutcome: 'satisfied' as const });
    const d = canCloseComplaint(facts, { now });
    expect(d.reasons[0]?.message['zh-CN']).toContain('投诉封闭');
    expect(d.reasons[0]?.message.en).toContain('closed');
    expect(() => canCloseComplaint({}, { now: 'later' })).toThrow(/options\.now/);
  });
});
