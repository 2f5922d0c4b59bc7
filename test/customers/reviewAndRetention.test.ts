import { describe, expect, it } from 'vitest';
import {
  aoyuan2014,
  CalendarCoverageError,
  computeCustomerReviewDue,
  computeRetentionEnd,
  createPolicy,
  generic,
  InvalidArgumentError,
  sinoOcean2008,
  toCustomerRetentionInput,
  toCustomerReviewInput,
} from '../../src/index.js';

const due = (lastReviewedOn: string) => computeCustomerReviewDue({ lastReviewedOn });

describe('CUS-REVIEW: every 6 months, moved back over rest days (LAW-BEFORE)', () => {
  it('CUS-REVIEW: reviewed 2025-08-31, due 2026-02-28: no 02-31, and 02-28 is a Saturday but a Spring Festival makeup working day', () => {
    const r = due('2025-08-31');
    expect(r).toMatchObject({
      nominalDueOn: '2026-02-28',
      dueOn: '2026-02-28',
      movedBackDays: 0,
      fallbackUsed: false,
    });
    expect(r.endsAt.toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(r.reasons[0]).toMatchObject({
      rule: 'CUS-REVIEW',
      facts: {
        intervalMonths: 6,
        clampedToMonthEnd: true,
        basis: 'borrowed',
        source: 'AOY 4.1.4',
        policy: 'sinoOcean2008',
      },
    });
    expect(r.reasons.map((x) => x.rule)).toContain('LAW-BEFORE');
  });

  it('LAW-BEFORE: due on Labour Day 2026-05-01, the review moves back to Thursday 04-30', () => {
    const r = due('2025-11-01');
    expect(r).toMatchObject({ nominalDueOn: '2026-05-01', dueOn: '2026-04-30', movedBackDays: 1 });
    expect(r.reasons[1]?.message['zh-CN']).toContain('劳动节');
  });

  it('LAW-BEFORE: due on National Day 2026-10-01, back to 09-30; due on the makeup Saturday 10-10, it stays', () => {
    expect(due('2026-04-01').dueOn).toBe('2026-09-30');
    expect(due('2026-04-10')).toMatchObject({ dueOn: '2026-10-10', movedBackDays: 0 });
  });

  it('LAW-BEFORE: due in the 2026 Spring Festival (02-15..02-23), back to the makeup Saturday 02-14', () => {
    expect(due('2025-08-15')).toMatchObject({
      nominalDueOn: '2026-02-15',
      dueOn: '2026-02-14',
      movedBackDays: 1,
    });
    expect(due('2025-08-20')).toMatchObject({
      nominalDueOn: '2026-02-20',
      dueOn: '2026-02-14',
      movedBackDays: 6,
    });
    expect(due('2025-08-23')).toMatchObject({
      nominalDueOn: '2026-02-23',
      dueOn: '2026-02-14',
      movedBackDays: 9,
    });
    expect(due('2025-08-24')).toMatchObject({ dueOn: '2026-02-24', movedBackDays: 0 });
  });

  it('LAW-BEFORE: both sides of a weekend and of Mid-Autumn: 03-27 (Friday) stays, 03-28 (Saturday) moves to 03-27; 09-27 (Sunday, Mid-Autumn) to 09-24', () => {
    expect(due('2025-09-27').dueOn).toBe('2026-03-27');
    expect(due('2025-09-28')).toMatchObject({ dueOn: '2026-03-27', movedBackDays: 1 });
    expect(due('2026-03-27')).toMatchObject({
      nominalDueOn: '2026-09-27',
      dueOn: '2026-09-24',
      movedBackDays: 3,
    });
  });

  it('CUS-REVIEW: an instant is read as its Asia/Shanghai day: 2025-08-31T20:00Z is 09-01, due 03-01 (Sunday) moved to the makeup Saturday 02-28', () => {
    expect(due('2025-08-31T20:00:00Z')).toMatchObject({
      lastReviewedOn: '2025-09-01',
      nominalDueOn: '2026-03-01',
      dueOn: '2026-02-28',
    });
  });

  it('LAW-COVERAGE: a due day in 2027 needs its notice, or the weekends-only fallback, which says so', () => {
    expect(() => due('2026-09-01')).toThrow(CalendarCoverageError);
    const r = computeCustomerReviewDue({ lastReviewedOn: '2026-09-01' }, { fallback: 'weekends-only' });
    expect(r).toMatchObject({ dueOn: '2027-03-01', fallbackUsed: true });
  });

  it('CUS-REVIEW: the interval and its source come from the policy: AOY 4.1.4 for aoyuan2014, a company override says it is its own', () => {
    const aoy = computeCustomerReviewDue({ lastReviewedOn: '2025-08-31' }, { policy: aoyuan2014 });
    expect(aoy.reasons[0]?.facts).toMatchObject({
      basis: 'source',
      source: 'AOY 4.1.4',
      policy: 'aoyuan2014',
    });
    expect(aoy.reasons[0]?.message['zh-CN']).toContain('每6个月');
    const acme = createPolicy(aoyuan2014, { id: 'acme', customers: { reviewIntervalMonths: 3 } });
    const r = computeCustomerReviewDue({ lastReviewedOn: '2025-11-30' }, { policy: acme });
    expect(r).toMatchObject({ nominalDueOn: '2026-02-28', dueOn: '2026-02-28' });
    expect(r.reasons[0]?.facts).toMatchObject({ basis: 'company', policy: 'acme', intervalMonths: 3 });
    expect(r.reasons[0]?.message.en).toContain("company policy acme's own setting");
    // acme keeps aoyuan2014's retention: still cited as borrowed from GEN 3.2.8, under acme's name.
    expect(computeRetentionEnd({ closedOn: '2016-03-15' }, { policy: acme }).reasons[0]?.facts).toMatchObject(
      {
        policy: 'acme',
        basis: 'borrowed',
        source: 'GEN 3.2.8',
      },
    );
  });

  it('CUS-REVIEW: a file never reviewed counts from its opening; bad input is a path-addressed error', () => {
    expect(toCustomerReviewInput({ createdOn: '2025-08-31' })).toEqual({ lastReviewedOn: '2025-08-31' });
    expect(toCustomerReviewInput({ createdOn: '2025-01-02', lastReviewedOn: '2025-08-31' })).toEqual({
      lastReviewedOn: '2025-08-31',
    });
    expect(() => due('2025-02-30')).toThrow(/input\.lastReviewedOn/);
    expect(() => computeCustomerReviewDue(null as never)).toThrow(InvalidArgumentError);
  });
});

describe('CUS-RETENTION and CUS-PIPL: how long a closed file is kept, and what then', () => {
  it('CUS-RETENTION: 10 years in the generic preset (GEN 3.2.8): closed 2016-03-15, kept through 2026-03-15 (a Sunday, not moved), disposed of from 03-16', () => {
    const r = computeRetentionEnd({ closedOn: '2016-03-15' }, { policy: generic });
    expect(r).toMatchObject({
      retainUntil: '2026-03-15',
      disposeFrom: '2026-03-16',
      action: 'destroy-with-approval',
      approvalRequired: true,
      endsBy: 'retention-period',
    });
    expect(r.reasons.map((x) => x.rule)).toEqual(['CUS-RETENTION', 'LAW-WINDOW', 'CUS-PIPL']);
    expect(r.reasons[0]?.facts).toMatchObject({ years: 10, basis: 'source', source: 'GEN 3.2.8' });
  });

  it('CUS-PIPL: the reason says the 10 years are a company rule, not a legal minimum, and what PIPL asks when they end', () => {
    const r = computeRetentionEnd({ closedOn: '2016-03-15' }, { policy: generic });
    const pipl = r.reasons[2];
    expect(pipl?.message['zh-CN']).toContain('公司制度');
    expect(pipl?.message['zh-CN']).toContain('第四十七条');
    expect(pipl?.message.en).toContain('a company rule, not a legal minimum');
    expect(pipl?.message['zh-CN']).toContain('经审批后销毁');
  });

  it('LAW-WINDOW: the period is never moved over rest days (closed on National Day 2016, kept through 2026-10-01); 02-29 ends on 02-28', () => {
    expect(computeRetentionEnd({ closedOn: '2016-10-01' }).retainUntil).toBe('2026-10-01');
    expect(computeRetentionEnd({ closedOn: '2016-02-29' }).retainUntil).toBe('2026-02-28');
    expect(computeRetentionEnd({ closedOn: '2016-03-14' }).disposeFrom).toBe('2026-03-15');
  });

  it('CUS-RETENTION: every preset keeps 10 years and destroys with approval; sinoOcean2008 and aoyuan2014 borrow it from GEN and say so', () => {
    for (const policy of [sinoOcean2008, aoyuan2014]) {
      const r = computeRetentionEnd({ closedOn: '2016-03-15' }, { policy });
      expect(r.retainUntil).toBe('2026-03-15');
      expect(r.reasons[0]?.facts).toMatchObject({ basis: 'borrowed', source: 'GEN 3.2.8' });
      expect(r.reasons[0]?.message['zh-CN']).toContain('借用generic');
    }
  });

  it("CUS-PIPL: a company policy may anonymise instead; no approval then, and the reason calls it the company's own setting", () => {
    const acme = createPolicy(generic, {
      id: 'acme',
      customers: { retentionAction: 'anonymise', retentionYears: 5 },
    });
    const r = computeRetentionEnd({ closedOn: '2016-03-15' }, { policy: acme });
    expect(r).toMatchObject({ retainUntil: '2021-03-15', action: 'anonymise', approvalRequired: false });
    expect(r.reasons[0]?.facts).toMatchObject({ basis: 'company', policy: 'acme' });
    expect(r.reasons[2]?.message['zh-CN']).toContain('匿名化');
  });

  it('CUS-PIPL: withdrawn consent makes the file due for deletion that day, when it comes before the period ends', () => {
    const r = computeRetentionEnd({ closedOn: '2016-03-15', consentWithdrawnOn: '2020-05-06' });
    expect(r).toMatchObject({
      retainUntil: '2020-05-05',
      disposeFrom: '2020-05-06',
      endsBy: 'consent-withdrawn',
    });
    expect(r.reasons.at(-1)?.message['zh-CN']).toContain('撤回同意');
    expect(computeRetentionEnd({ consentWithdrawnOn: '2026-11-02' }).disposeFrom).toBe('2026-11-02');
    // After the period has ended anyway, the period decides.
    expect(computeRetentionEnd({ closedOn: '2016-03-15', consentWithdrawnOn: '2026-03-16' }).endsBy).toBe(
      'retention-period',
    );
    expect(computeRetentionEnd({ closedOn: '2016-03-15', consentWithdrawnOn: '2026-03-15' }).endsBy).toBe(
      'consent-withdrawn',
    );
  });

  it('CUS-RETENTION: an open file with consent in place has no end yet; with neither day the function says what it needs', () => {
    expect(toCustomerRetentionInput({})).toBeUndefined();
    expect(toCustomerRetentionInput({ closedOn: '2016-03-15' })).toEqual({ closedOn: '2016-03-15' });
    expect(() => computeRetentionEnd({})).toThrow(/closedOn/);
    expect(() => computeRetentionEnd({ closedOn: '2016-13-01' })).toThrow(/input\.closedOn/);
  });
});
