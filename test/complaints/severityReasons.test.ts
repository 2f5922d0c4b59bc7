/**
 * The reasons of assessComplaintSeverity, condition by condition: the facts each one carries
 * (which of lawsuit and media, the counts and thresholds, the signals), the elapsed-time reason
 * of a stale complaint, and the path of each refused fact. Found unchecked by the mutation run
 * of issue 8.
 */

import { describe, expect, it } from 'vitest';
import { assessComplaintSeverity } from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

describe('what each severity reason says', () => {
  it('CMP-SEV-MAJOR-LEGAL: the reason says which of a lawsuit and media exposure holds', () => {
    expect(assessComplaintSeverity({ lawsuitFiled: true }).reasons[0]).toMatchObject({
      rule: 'CMP-SEV-MAJOR-LEGAL',
      facts: { lawsuitFiled: true, mediaExposed: false },
    });
    expect(assessComplaintSeverity({ mediaExposed: true, lawsuitFiled: false }).reasons[0]?.facts).toEqual({
      lawsuitFiled: false,
      mediaExposed: true,
    });
    expect(assessComplaintSeverity({ lawsuitFiled: false, mediaExposed: false }).level).toBe('general');
  });

  it('CMP-SEV-MAJOR-CLAIM and CMP-SEV-HOT-RISK: the reason names the fact that holds', () => {
    expect(assessComplaintSeverity({ demandsReturnOrLargeCompensation: true }).reasons[0]).toMatchObject({
      rule: 'CMP-SEV-MAJOR-CLAIM',
      facts: { demandsReturnOrLargeCompensation: true },
    });
    expect(assessComplaintSeverity({ mayLeadToLawsuitOrMedia: true }).reasons[0]).toMatchObject({
      rule: 'CMP-SEV-HOT-RISK',
      facts: { mayLeadToLawsuitOrMedia: true },
    });
  });

  it('CMP-SEV-HOT-REPEAT and CMP-SEV-HOT-COLLECTIVE: the reason carries the count, the threshold and the policy', () => {
    expect(assessComplaintSeverity({ distinctComplainantsWithin30Days: 3 }).reasons[0]).toMatchObject({
      rule: 'CMP-SEV-HOT-REPEAT',
      facts: { distinctComplainantsWithin30Days: 3, windowDays: 30, policy: 'sinoOcean2008' },
    });
    expect(assessComplaintSeverity({ collectiveComplainants: 3 }).reasons[0]).toMatchObject({
      rule: 'CMP-SEV-HOT-COLLECTIVE',
      facts: { collectiveComplainants: 3, policy: 'sinoOcean2008' },
    });
  });

  it('CMP-SEV-CRISIS: two signals are both named, joined by ； in Chinese and ; in English', () => {
    const s = assessComplaintSeverity({ crisisSignals: ['disaster', 'disaster'] });
    expect(s.reasons[0]?.facts).toEqual({ crisisSignals: ['disaster', 'disaster'] });
    const zh = s.reasons[0]?.message['zh-CN'] ?? '';
    const en = s.reasons[0]?.message.en ?? '';
    expect(zh).toMatch(/台风[^；]*；[^；]*台风/);
    expect(en).toMatch(/; /);
    expect(zh).not.toContain('{signals}');
    expect(en).not.toContain('{signals}');
  });

  it('CMP-SEV-HOT-STALE: the stale reason is followed by LAW-ELAPSED: received 2026-09-30 10:00, reached 7 x 24 h later over National Day', () => {
    const s = assessComplaintSeverity({
      receivedAt: '2026-09-30T10:00:00+08:00',
      now: '2026-10-08T10:00:00+08:00',
      delayOnCompanySide: true,
    });
    expect(s.reasons[0]?.facts.delayOnCompanySide).toBe(true);
    expect(s.reasons[0]?.message.en).not.toContain("taken as the company's");
    expect(s.reasons[1]).toEqual({
      rule: 'LAW-ELAPSED',
      facts: { since: '2026-09-30T02:00:00.000Z', elapsedDays: 7, reachedAt: '2026-10-07T02:00:00.000Z' },
      message: {
        'zh-CN': '按经过时间计算：受理后7×24小时即2026-10-07T02:00:00.000Z届满，不因休息日或节假日顺延',
        en: 'Elapsed time: 7 x 24 h after receipt, reached at 2026-10-07T02:00:00.000Z, with no rest-day extension',
      },
    });
  });

  it('CMP-SEV-HOT-STALE: resolved exactly at now is resolved (not stale); 1 ms after now it is still open', () => {
    const base = { receivedAt: '2026-09-30T10:00:00+08:00', now: '2026-10-08T10:00:00+08:00' };
    expect(assessComplaintSeverity({ ...base, resolvedAt: '2026-10-08T10:00:00+08:00' }).level).toBe(
      'general',
    );
    expect(assessComplaintSeverity({ ...base, resolvedAt: '2026-10-08T10:00:00.001+08:00' }).level).toBe(
      'hot',
    );
  });
});

describe('refused facts', () => {
  /** The path of the error a call throws. */
  function pathOf(f: () => unknown): unknown {
    return refusalOf(f).path;
  }

  it('CMP-SEV-GENERAL: a flag that is not true or false, or a count that is not a whole number >= 0, is refused at its name', () => {
    for (const key of [
      'lawsuitFiled',
      'mediaExposed',
      'demandsReturnOrLargeCompensation',
      'mayLeadToLawsuitOrMedia',
      'delayOnCompanySide',
    ]) {
      expect(pathOf(() => assessComplaintSeverity({ [key]: 'yes' } as never))).toEqual([key]);
    }
    for (const key of [
      'householdsWithSameIssue',
      'simultaneousMajorHouseholds',
      'householdsComplainingTogether',
      'distinctComplainantsWithin30Days',
      'collectiveComplainants',
    ]) {
      expect(pathOf(() => assessComplaintSeverity({ [key]: 2.5 } as never))).toEqual([key]);
      expect(pathOf(() => assessComplaintSeverity({ [key]: -1 } as never))).toEqual([key]);
    }
    expect(pathOf(() => assessComplaintSeverity({ compensationPerHousehold: -0.01 }))).toEqual([
      'compensationPerHousehold',
    ]);
    expect(pathOf(() => assessComplaintSeverity({ crisisSignals: ['disaster', 'meteor'] } as never))).toEqual(
      ['crisisSignals', 1],
    );
    expect(pathOf(() => assessComplaintSeverity({ crisisSignals: 'disaster' } as never))).toEqual([
      'crisisSignals',
    ]);
  });
});
