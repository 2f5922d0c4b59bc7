/**
 * The decisions the repair-order machine will guard on: the visit time, starting and
 * completing the repair, replacing a contractor, who pays, how urgent, the deduction
 * notice, the callback deadline.
 */

import { describe, expect, it } from 'vitest';
import {
  assessRepairUrgency,
  assessRepairVisitTime,
  canCompleteRepair,
  canIssueDeductionNotice,
  canReplaceContractor,
  canStartRepair,
  computeRepairCallbackDue,
  createPolicy,
  generic,
  routeRepairCost,
  sinoOcean2008,
} from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

const AGREED = '2026-03-02T09:00:00+08:00';

describe('WAR-APPOINT', () => {
  it('WAR-APPOINT: 10 minutes after the agreed time is on time, 11 is late', () => {
    const ten = assessRepairVisitTime({ agreedAt: AGREED, arrivedAt: '2026-03-02T09:10:00+08:00' });
    expect([ten.late, ten.minutesLate]).toEqual([false, 10]);
    const eleven = assessRepairVisitTime({ agreedAt: AGREED, arrivedAt: '2026-03-02T09:11:00+08:00' });
    expect([eleven.late, eleven.minutesLate]).toEqual([true, 11]);
    expect(eleven.reasons[0]?.message['zh-CN']).toBe(
      '预约上门时间2026-03-02 09:00（北京时间），晚到11分钟；晚到超过10分钟为迟到：迟到（借用generic（GEN 报修服务规程 3.2））',
    );
    // 超过 10 minutes: a second past counts.
    expect(assessRepairVisitTime({ agreedAt: AGREED, arrivedAt: '2026-03-02T09:10:01+08:00' }).late).toBe(
      true,
    );
    expect(
      assessRepairVisitTime({ agreedAt: AGREED, arrivedAt: '2026-03-02T08:50:00+08:00' }).minutesLate,
    ).toBe(-10);
  });

  it('WAR-APPOINT: a new time the customer agreed is the one the visit is judged against', () => {
    const r = assessRepairVisitTime({
      agreedAt: AGREED,
      rescheduledTo: '2026-03-02T14:00:00+08:00',
      arrivedAt: '2026-03-02T14:05:00+08:00',
    });
    expect([r.late, r.minutesLate, r.agreedAt]).toEqual([false, 5, '2026-03-02T06:00:00.000Z']);
    expect(r.reasons[0]?.facts.rescheduled).toBe(true);
  });

  it("WAR-APPOINT: a company's own tolerance, and instants without an offset refused", () => {
    const strict = createPolicy(generic, {
      id: 'acme',
      warranty: { appointment: { lateAfterMinutes: { value: 5 } } },
    });
    expect(
      assessRepairVisitTime({ agreedAt: AGREED, arrivedAt: '2026-03-02T09:06:00+08:00', policy: strict })
        .late,
    ).toBe(true);
    expect(
      refusalOf(() => assessRepairVisitTime({ agreedAt: '2026-03-02T09:00:00', arrivedAt: AGREED })).path,
    ).toEqual(['agreedAt']);
  });

  it('WAR-APPOINT: an out-of-warranty repair starts only once the customer accepted the charges', () => {
    expect(canStartRepair({ inWarranty: true, planConfirmed: true })).toMatchObject({
      allowed: true,
      paid: false,
    });
    const unpaid = canStartRepair({ inWarranty: false, planConfirmed: true });
    expect([unpaid.allowed, unpaid.paid]).toEqual([false, true]);
    expect(unpaid.reasons[1]?.message.en).toBe(
      'Out of warranty, a paid repair: the charges must be stated and accepted before work starts (GEN 报修服务规程 3.4)',
    );
    expect(canStartRepair({ inWarranty: false, planConfirmed: true, chargesAccepted: true }).allowed).toBe(
      true,
    );
    expect(refusalOf(() => canStartRepair({ inWarranty: 'no' as never, planConfirmed: true })).path).toEqual([
      'inWarranty',
    ]);
  });
});

describe('WAR-FLOW', () => {
  it('WAR-FLOW: work starts once the plan is confirmed with the customer', () => {
    const r = canStartRepair({ inWarranty: true, planConfirmed: false });
    expect(r.allowed).toBe(false);
    expect(r.reasons[0]?.facts).toEqual({ step: 'plan-confirmed', planConfirmed: false });
  });

  it('WAR-FLOW: hidden works (leaks, cracks, pipes, lines, anti-rust) cannot be reported complete before they are inspected', () => {
    for (const work of ['leak', 'crack', 'pipe', 'line', 'anti-rust'] as const) {
      expect(canCompleteRepair({ hiddenWorks: [work], hiddenWorksInspected: false }).allowed, work).toBe(
        false,
      );
      expect(canCompleteRepair({ hiddenWorks: [work], hiddenWorksInspected: true }).allowed, work).toBe(true);
    }
    expect(canCompleteRepair({ hiddenWorks: [], hiddenWorksInspected: false }).allowed).toBe(true);
    expect(
      canCompleteRepair({ hiddenWorks: ['pipe', 'line'], hiddenWorksInspected: false }).reasons[0]?.message[
        'zh-CN'
      ],
    ).toBe(
      '隐蔽工序（管道、线路）须在隐蔽前经物业工程部验收，未验收不能报完工（SOL 保修期满前的处理流程 5）',
    );
    expect(
      refusalOf(() =>
        canCompleteRepair({ hiddenWorks: ['pipe', 'paint' as never], hiddenWorksInspected: true }),
      ).path,
    ).toEqual(['hiddenWorks', 1]);
  });

  it('WAR-FLOW: the callback is due within 5 working days of completion (National Day skipped); generic within a month', () => {
    const d = computeRepairCallbackDue('2026-09-30T16:00:00+08:00');
    expect(d.lastDay).toBe('2026-10-13');
    expect(d.reasons[0]?.message['zh-CN']).toBe(
      '维保修结束后5个工作日内回访客户，最迟2026-10-13（SOL 保修期满前的处理流程 8）',
    );
    expect(d.reasons.map((r) => r.rule)).toContain('LAW-WORKDAY-PERIOD');
    expect(computeRepairCallbackDue('2026-09-30T16:00:00+08:00', { policy: sinoOcean2008 }).lastDay).toBe(
      '2026-10-13',
    );
    // One month from 09-30 is 10-30, a Friday.
    expect(computeRepairCallbackDue('2026-09-30T16:00:00+08:00', { policy: generic }).lastDay).toBe(
      '2026-10-30',
    );
    expect(
      refusalOf(() => computeRepairCallbackDue('2026-09-30T16:00:00+08:00', { fallback: 'maybe' as never }))
        .path,
    ).toEqual(['options', 'fallback']);
  });
});

describe('LAW-WARRANTY-REPLACE and WAR-CONTRACTOR', () => {
  it('WAR-CONTRACTOR: a contractor that refuses or misses the agreed time is replaced at its cost, with the records owed', () => {
    for (const failure of ['refused', 'missed-agreed-time', 'not-repaired-as-agreed'] as const) {
      const r = canReplaceContractor({ failure });
      expect([r.allowed, r.costBorneBy, r.outstanding], failure).toEqual([
        true,
        'contractor',
        ['on-site-evidence', 'penalty-notice'],
      ]);
    }
    const done = canReplaceContractor({
      failure: 'refused',
      onSiteEvidenceRecorded: true,
      penaltyNoticeIssued: true,
    });
    expect(done.outstanding).toEqual([]);
    expect(done.reasons.map((r) => r.rule)).toEqual(['LAW-WARRANTY-REPLACE', 'WAR-CONTRACTOR']);
    expect(canReplaceContractor({ failure: 'refused', onSiteEvidenceRecorded: true }).outstanding).toEqual([
      'penalty-notice',
    ]);
    expect(refusalOf(() => canReplaceContractor({ failure: 'late' as never })).path).toEqual(['failure']);
  });

  it('LAW-WARRANTY-REPLACE: the repair costs are borne by the party responsible for the defect', () => {
    const bearer = (inWarranty: boolean, cause: 'construction' | 'owner-use' | 'third-party' | 'unclear') =>
      routeRepairCost({ inWarranty, cause }).bearer;
    expect(bearer(true, 'construction')).toBe('contractor');
    expect(bearer(true, 'owner-use')).toBe('owner');
    expect(bearer(true, 'third-party')).toBe('third-party');
    expect(bearer(true, 'unclear')).toBe('to-be-determined');
    expect(bearer(false, 'construction')).toBe('owner');
    expect(bearer(false, 'third-party')).toBe('third-party');
    expect(routeRepairCost({ inWarranty: true, cause: 'unclear' }).reasons[0]?.rule).toBe('WAR-ONSITE');
    expect(routeRepairCost({ inWarranty: false, cause: 'unclear' })).toMatchObject({
      bearer: 'owner',
      paidByOwner: true,
    });
  });

  it('LAW-WARRANTY-REPLACE: a structural-safety defect is reported to the authority at once; an emergency brings the contractor at once', () => {
    expect(assessRepairUrgency({ structuralSafety: true, emergency: true })).toMatchObject({
      urgency: 'structural-safety',
      contractorAtOnce: true,
      reportToAuthority: true,
    });
    expect(assessRepairUrgency({ emergency: true })).toMatchObject({
      urgency: 'emergency',
      contractorAtOnce: true,
      reportToAuthority: false,
    });
    expect(assessRepairUrgency({})).toMatchObject({
      urgency: 'normal',
      contractorAtOnce: false,
      reportToAuthority: false,
    });
    expect(assessRepairUrgency({ structuralSafety: true }).reasons[0]?.message['zh-CN']).toBe(
      '涉及结构安全：立即向当地建设行政主管部门报告，采取安全防范措施；施工单位立即到达现场抢修',
    );
    expect(refusalOf(() => assessRepairUrgency({ structuralSafety: 1 as never })).path).toEqual([
      'structuralSafety',
    ]);
  });
});

describe('WAR-COMP', () => {
  it('WAR-COMP: compensation goes plan -> approved -> deduction notice', () => {
    expect(canIssueDeductionNotice({ planAgreed: false, approved: false })).toMatchObject({
      allowed: false,
      step: 'plan',
    });
    expect(canIssueDeductionNotice({ planAgreed: true, approved: false })).toMatchObject({
      allowed: false,
      step: 'approved',
    });
    const ok = canIssueDeductionNotice({ planAgreed: true, approved: true });
    expect(ok).toMatchObject({ allowed: true, step: 'deduction-notice' });
    expect(ok.reasons[0]?.facts.source).toBe('SOL 保修期满前的处理流程 9');
    expect(refusalOf(() => canIssueDeductionNotice({ planAgreed: true } as never)).path).toEqual([
      'approved',
    ]);
  });
});
