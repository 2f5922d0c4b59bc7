import { describe, expect, it } from 'vitest';
import {
  aoyuan2014,
  assessCallbackRate,
  type CallbackRecord,
  canGrantSupplierReward,
  computeMonthlyRepairReportDue,
  computeMonthlyReportDue,
  createPolicy,
  generic,
  InvalidArgumentError,
  SINO_OCEAN_2008_WARRANTY_POLICY,
  sinoOcean2008,
} from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

const DONE = '2026-03-02T10:00:00+08:00';

/** `n` records completed on 2026-03-02, `called` of them called back on `at`. */
function batch(n: number, called: number, at = '2026-03-20T10:00:00+08:00'): CallbackRecord[] {
  return Array.from({ length: n }, (_, i) =>
    i < called ? { completedAt: DONE, calledBackAt: at } : { completedAt: DONE },
  );
}

describe('WAR-CALLBACK-GEN: repair callbacks', () => {
  it('WAR-CALLBACK-GEN: generic asks 30% within a month: 29 of 100 misses, 30 of 100 meets', () => {
    const miss = assessCallbackRate(batch(100, 29), { kind: 'repair', policy: generic });
    expect([miss.rate, miss.required, miss.meets]).toEqual([0.29, 0.3, false]);
    const meet = assessCallbackRate(batch(100, 30), { kind: 'repair', policy: generic });
    expect([meet.rate, meet.required, meet.meets]).toEqual([0.3, 0.3, true]);
    expect(meet.reasons[0]?.message['zh-CN']).toBe(
      '维修回访：完成后1个月内回访的计30件，共计100件，回访率30%，达到30%（GEN 回访 1.4）',
    );
    // 3 of 10 is exactly 30% (0.3 * 10 is 3.0000000000000004 in floating point).
    expect(assessCallbackRate(batch(10, 3), { kind: 'repair', policy: generic }).meets).toBe(true);
  });

  it('WAR-CALLBACK-GEN: a callback after the window does not count (completed 03-02: the month ends 04-02)', () => {
    const last = assessCallbackRate(batch(1, 1, '2026-04-02T23:59:59+08:00'), {
      kind: 'repair',
      policy: generic,
    });
    expect(last.rate).toBe(1);
    const late = assessCallbackRate(batch(1, 1, '2026-04-03T00:00:00+08:00'), {
      kind: 'repair',
      policy: generic,
    });
    expect(late.rate).toBe(0);
    expect(late.reasons[0]?.facts).toMatchObject({ calledBackLate: 1, counted: 1 });
  });

  it('WAR-FLOW: sinoOcean2008 calls back within 5 working days and sets no rate', () => {
    // Completed 2026-09-30: 5 working days skip National Day, ending 10-13.
    const recs = [
      { completedAt: '2026-09-30T10:00:00+08:00', calledBackAt: '2026-10-13T18:00:00+08:00' },
      { completedAt: '2026-09-30T10:00:00+08:00', calledBackAt: '2026-10-14T09:00:00+08:00' },
    ];
    const a = assessCallbackRate(recs, { kind: 'repair' });
    expect([a.rate, a.required, a.meets]).toEqual([0.5, null, null]);
    expect(a.reasons[0]?.message.en).toContain(
      'policy sinoOcean2008 sets no rate (SOL 保修期满前的处理流程 8)',
    );
    expect(assessCallbackRate(recs, { kind: 'repair', policy: SINO_OCEAN_2008_WARRANTY_POLICY }).rate).toBe(
      0.5,
    );
  });

  it('WAR-CALLBACK-GEN: no records gives rate null; records without contact are not counted', () => {
    const none = assessCallbackRate([], { kind: 'repair', policy: generic });
    expect([none.rate, none.meets]).toEqual([null, null]);
    const noContact = assessCallbackRate([{ completedAt: DONE, hasContactInfo: false }, ...batch(1, 1)], {
      kind: 'repair',
      policy: generic,
    });
    expect(noContact.rate).toBe(1);
    expect(noContact.reasons[0]?.facts.withoutContact).toBe(1);
  });
});

describe('CMP-DL-CALLBACK: complaint callbacks at the presets’ rates', () => {
  it('CMP-DL-CALLBACK: aoyuan2014 asks 95% within a week: 18 of 19 misses, 19 of 20 meets', () => {
    const week = '2026-03-09T10:00:00+08:00';
    const miss = assessCallbackRate(batch(19, 18, week), { kind: 'complaint', policy: aoyuan2014 });
    expect([miss.required, miss.meets]).toEqual([0.95, false]);
    const meet = assessCallbackRate(batch(20, 19, week), { kind: 'complaint', policy: aoyuan2014 });
    expect([meet.rate, meet.meets]).toEqual([0.95, true]);
    // A callback on 03-10 is past the week.
    expect(
      assessCallbackRate(batch(1, 1, '2026-03-10T09:00:00+08:00'), { kind: 'complaint', policy: aoyuan2014 })
        .rate,
    ).toBe(0);
  });

  it('CMP-DL-CALLBACK: generic asks 50% within 3 days', () => {
    const three = '2026-03-05T10:00:00+08:00';
    const a = assessCallbackRate(batch(4, 2, three), { kind: 'complaint', policy: generic });
    expect([a.rate, a.required, a.meets]).toEqual([0.5, 0.5, true]);
    expect(assessCallbackRate(batch(4, 1, three), { kind: 'complaint', policy: generic }).meets).toBe(false);
  });

  it('CMP-DL-CALLBACK: the complaint kind needs a whole policy, and bad records are errors at their index', () => {
    expect(refusalOf(() => assessCallbackRate(batch(1, 1), { kind: 'complaint' })).path).toEqual([
      'options',
      'policy',
    ]);
    expect(() => assessCallbackRate(batch(1, 1), { kind: 'visit' as never })).toThrow(InvalidArgumentError);
    const bad = [...batch(2, 0), { completedAt: DONE, calledBackAt: '2026-03-01T10:00:00+08:00' }];
    expect(refusalOf(() => assessCallbackRate(bad, { kind: 'repair' })).path).toEqual([
      'records',
      2,
      'calledBackAt',
    ]);
    const holed: CallbackRecord[] = [{ completedAt: DONE }, { completedAt: DONE }];
    holed.length = 3;
    expect(refusalOf(() => assessCallbackRate(holed, { kind: 'repair' })).path).toEqual(['records', 2]);
    expect(() => assessCallbackRate([{ completedAt: '2026-03-02' }], { kind: 'repair' })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe('WAR-REWARD', () => {
  it('WAR-REWARD: 20,000 yuan a year: 20,000 fits exactly, 20,000.01 does not', () => {
    const all = canGrantSupplierReward({ grantedThisYearYuan: 0, amountYuan: 20_000 });
    expect([all.allowed, all.remainingYuan]).toEqual([true, 20_000]);
    expect(canGrantSupplierReward({ grantedThisYearYuan: 0, amountYuan: 20_000.01 }).allowed).toBe(false);
    const after = canGrantSupplierReward({ grantedThisYearYuan: 19_500, amountYuan: 500.01 });
    expect([after.allowed, after.remainingYuan]).toEqual([false, 500]);
    expect(after.reasons[0]?.message['zh-CN']).toBe(
      '年度奖励基金20000元，本年已发放19500元，尚余500元；本次奖励500.01元超过余额，不能发放（SOL 供方维修人员即时奖励作业指引）',
    );
  });

  it('WAR-REWARD: the fines collected top the fund up, to the fen', () => {
    const r = canGrantSupplierReward({
      grantedThisYearYuan: 19_999.9,
      amountYuan: 300.1,
      finesCollectedYuan: 300,
    });
    expect([r.allowed, r.remainingYuan]).toEqual([true, 300.1]);
    expect(
      canGrantSupplierReward({ grantedThisYearYuan: 19_999.9, amountYuan: 300.11, finesCollectedYuan: 300 })
        .allowed,
    ).toBe(false);
    const noTopUp = createPolicy(sinoOcean2008, {
      id: 'acme',
      warranty: { reward: { topUpWithFines: false } },
    });
    expect(
      canGrantSupplierReward({
        grantedThisYearYuan: 20_000,
        amountYuan: 1,
        finesCollectedYuan: 300,
        policy: noTopUp,
      }).allowed,
    ).toBe(false);
  });

  it('WAR-REWARD: a negative amount, a reward of 0 and fractions of a fen are errors at their path', () => {
    const pathOf = (fn: () => unknown) => refusalOf(fn).path;
    expect(pathOf(() => canGrantSupplierReward({ grantedThisYearYuan: 0, amountYuan: -1 }))).toEqual([
      'amountYuan',
    ]);
    expect(pathOf(() => canGrantSupplierReward({ grantedThisYearYuan: 0, amountYuan: 0 }))).toEqual([
      'amountYuan',
    ]);
    expect(pathOf(() => canGrantSupplierReward({ grantedThisYearYuan: -5, amountYuan: 1 }))).toEqual([
      'grantedThisYearYuan',
    ]);
    expect(pathOf(() => canGrantSupplierReward({ grantedThisYearYuan: 0, amountYuan: 1.005 }))).toEqual([
      'amountYuan',
    ]);
    expect(
      pathOf(() =>
        canGrantSupplierReward({ grantedThisYearYuan: 0, amountYuan: 1, finesCollectedYuan: Number.NaN }),
      ),
    ).toEqual(['finesCollectedYuan']);
  });
});

describe('WAR-RPT-MONTHLY', () => {
  it('WAR-RPT-MONTHLY: before the 25th read as the complaint report reads it: the 24th of the next month, never moved', () => {
    const r = computeMonthlyRepairReportDue('2026-09');
    expect(r?.period).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    expect(r?.lastDay).toBe('2026-10-24');
    expect(r?.endsAt.toISOString()).toBe('2026-10-24T16:00:00.000Z');
    expect(r?.reasons.map((x) => x.rule)).toEqual(['WAR-RPT-MONTHLY', 'LAW-WORKDAY']);
    // The same day as the complaint report on the same month: one machinery, one reading.
    expect(computeMonthlyReportDue('2026-09')?.lastDay).toBe(r?.lastDay);
    expect(r?.reasons[1]).toEqual(computeMonthlyReportDue('2026-09')?.reasons[1]);
  });

  it('WAR-RPT-MONTHLY: January 2026 is due on 02-24, a working day after the Spring Festival: no day-kind reason', () => {
    const r = computeMonthlyRepairReportDue('2026-01');
    expect(r?.lastDay).toBe('2026-02-24');
    expect(r?.reasons.map((x) => x.rule)).toEqual(['WAR-RPT-MONTHLY']);
    // 2025-12 is due 2026-01-24, a Saturday.
    expect(computeMonthlyRepairReportDue('2025-12')?.lastDay).toBe('2026-01-24');
  });

  it("WAR-RPT-MONTHLY: generic counts at the month's end (GEN 报修服务规程 3.8)", () => {
    expect(computeMonthlyRepairReportDue('2026-02', { policy: generic })?.lastDay).toBe('2026-02-28');
    expect(computeMonthlyRepairReportDue('2026-09', { policy: generic })?.reasons[0]?.facts.source).toBe(
      'GEN 报修服务规程 3.8',
    );
    const none = createPolicy(sinoOcean2008, { id: 'acme', warranty: { reports: { monthly: null } } });
    expect(computeMonthlyRepairReportDue('2026-09', { policy: none })).toBeNull();
  });

  it('WAR-RPT-MONTHLY: a malformed month is an error at its path', () => {
    expect(() => computeMonthlyRepairReportDue('2026-13')).toThrow(InvalidArgumentError);
    expect(() => computeMonthlyRepairReportDue('2026-9')).toThrow(/YYYY-MM/);
  });
});
