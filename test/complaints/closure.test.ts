import { describe, expect, it } from 'vitest';
import { canCloseComplaint } from '../../src/index.js';

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
    expect(canCloseComplaint({ hasContactInfo: false, replyAttached: true }, { now })).toMatchObject({
      closable: true,
      via: 'no-contact-reply-attached',
    });
    expect(canCloseComplaint({ hasContactInfo: false }, { now })).toMatchObject({ closable: false });
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

  it('CMP-CLOSE: beyond authority, the written opinion served by registered mail with the proof kept', () => {
    expect(
      canCloseComplaint(
        { beyondAuthority: true, servedByRegisteredMail: true, proofOfServiceKept: true },
        { now },
      ),
    ).toMatchObject({
      closable: true,
      via: 'registered-mail',
    });
    const noProof = canCloseComplaint({ beyondAuthority: true, servedByRegisteredMail: true }, { now });
    expect(noProof.closable).toBe(false);
    expect(noProof.reasons[0]?.facts.missing).toContain('proof-of-service-kept');
    // Served by mail but the customer has not refused for good: the ordinary callback still decides.
    expect(
      canCloseComplaint({ servedByRegisteredMail: true, proofOfServiceKept: true }, { now }).closable,
    ).toBe(false);
  });

  it('CMP-CLOSE: the reasons are bilingual and the input is not mutated', () => {
    const facts = Object.freeze({ callbackOutcome: 'satisfied' as const });
    const d = canCloseComplaint(facts, { now });
    expect(d.reasons[0]?.message['zh-CN']).toContain('投诉封闭');
    expect(d.reasons[0]?.message.en).toContain('closed');
    expect(() => canCloseComplaint({}, { now: 'later' })).toThrow(/options\.now/);
  });
});
