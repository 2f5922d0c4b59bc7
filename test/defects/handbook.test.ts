import { describe, expect, it } from 'vitest';
import {
  aoyuan2014,
  assessDefectHandbook,
  CalendarCoverageError,
  computeDefectReportDue,
  createPolicy,
  generic,
  sinoOcean2008,
} from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

const base = { centralizedDeliveryOn: '2025-12-31', caseCount: 30 } as const;

describe('assessDefectHandbook', () => {
  it('DEF-HANDBOOK: 29 cases are not enough; 30 are (不应少于30个, atLeast(30))', () => {
    const now = '2026-04-01T10:00:00+08:00';
    const h29 = assessDefectHandbook({ ...base, caseCount: 29, now });
    expect(h29).toMatchObject({
      caseCount: 29,
      enough: false,
      minimumCases: { kind: 'at-least', value: 30 },
    });
    expect(h29.reasons.find((r) => r.facts.enough === false)?.message['zh-CN']).toBe(
      '手册含缺陷案例29个，要求30个以上：数量不足',
    );
    expect(assessDefectHandbook({ ...base, caseCount: 30, now }).enough).toBe(true);
  });

  it('DEF-HANDBOOK: centralized 2025-12-31, the 3-month window ends 2026-03-31, so the handbook is due 2026-04-01', () => {
    const h = assessDefectHandbook({ ...base, now: '2026-03-15T10:00:00+08:00' });
    expect(h).toMatchObject({
      windowLastDay: '2026-03-31',
      dueOn: '2026-04-01',
      overdue: false,
      submitted: false,
    });
    expect(h.reasons.map((r) => r.rule)).toEqual([
      'LAW-WINDOW',
      'DEF-HANDBOOK',
      'DEF-HANDBOOK',
      'DEF-HANDBOOK',
    ]);
  });

  it('DEF-HANDBOOK: on its due day (until 24:00) it is not overdue; from 00:00 the day after it is', () => {
    expect(assessDefectHandbook({ ...base, now: '2026-04-01T00:00:00+08:00' }).overdue).toBe(false);
    expect(assessDefectHandbook({ ...base, now: '2026-04-01T23:59:59.999+08:00' }).overdue).toBe(false);
    const after = assessDefectHandbook({ ...base, now: '2026-04-02T00:00:00+08:00' });
    expect(after.overdue).toBe(true);
    expect(after.dueEndsAt.toISOString()).toBe('2026-04-01T16:00:00.000Z');
    expect(after.reasons.at(-1)?.message['zh-CN']).toBe(
      '应交日2026-04-01已过（至当日24:00止）仍未提交：逾期',
    );
    // The same instants in UTC and in Los Angeles time.
    expect(assessDefectHandbook({ ...base, now: '2026-04-01T15:59:59Z' }).overdue).toBe(false);
    expect(assessDefectHandbook({ ...base, now: '2026-04-01T09:00:00-07:00' }).overdue).toBe(true);
  });

  it('DEF-HANDBOOK: submitted, it is never overdue; submitted after its due day, it was late', () => {
    const now = '2026-05-01T10:00:00+08:00';
    expect(assessDefectHandbook({ ...base, now, submittedOn: '2026-04-01' })).toMatchObject({
      submitted: true,
      overdue: false,
      late: false,
    });
    const late = assessDefectHandbook({ ...base, now, submittedOn: '2026-04-02' });
    expect(late).toMatchObject({ submitted: true, overdue: false, late: true });
    expect(late.reasons.at(-1)?.message.en).toBe(
      'Submitted on 2026-04-02, after its due day 2026-04-01: late',
    );
    const early = assessDefectHandbook({ ...base, now, submittedOn: '2026-03-20' });
    expect(early.late).toBe(false);
    expect(early.reasons.at(-1)?.message['zh-CN']).toContain('手册未覆盖集中交付后满3个月的缺陷');
  });

  it('DEF-HANDBOOK: the window is a LAW-WINDOW, never moved over rest days: 2025-11-30 gives 2026-02-28 (no Feb 30), due Sunday 2026-03-01', () => {
    const h = assessDefectHandbook({
      centralizedDeliveryOn: '2025-11-30',
      caseCount: 30,
      now: '2026-01-01T00:00:00+08:00',
    });
    expect(h).toMatchObject({ windowLastDay: '2026-02-28', dueOn: '2026-03-01' });
  });

  it('DEF-HANDBOOK: a due day in the National Day holiday (2026-10-01) is not moved either', () => {
    const h = assessDefectHandbook({
      centralizedDeliveryOn: '2026-06-30',
      caseCount: 30,
      now: '2026-10-02T09:00:00+08:00',
    });
    expect(h).toMatchObject({ windowLastDay: '2026-09-30', dueOn: '2026-10-01', overdue: true });
  });

  it('DEF-HANDBOOK: the grace period is 0 in every preset; a company policy may add days', () => {
    for (const p of [sinoOcean2008, aoyuan2014, generic]) expect(p.defects.handbook.gracePeriodDays).toBe(0);
    const policy = createPolicy(sinoOcean2008, { id: 'acme', defects: { handbook: { gracePeriodDays: 5 } } });
    const h = assessDefectHandbook({ ...base, now: '2026-04-06T23:00:00+08:00' }, { policy });
    expect(h).toMatchObject({ windowLastDay: '2026-03-31', dueOn: '2026-04-06', overdue: false });
    expect(h.reasons[1]?.message['zh-CN']).toContain('另加宽限5日');
    expect(assessDefectHandbook({ ...base, now: '2026-04-07T00:00:00+08:00' }, { policy }).overdue).toBe(
      true,
    );
  });

  it('DEF-HANDBOOK: the preset cites its source for the 30 cases and the 3 months, or says it borrowed them', () => {
    expect(sinoOcean2008.defects.sources.handbookMinimumCases).toMatchObject({
      kind: 'source',
      section: 'SOL 缺陷信息上报',
    });
    expect(sinoOcean2008.defects.sources.handbookMinimumCases.note['zh-CN']).toContain('不应少于30个');
    expect(aoyuan2014.defects.sources.handbookWindow.kind).toBe('borrowed');
    expect(generic.defects.sources.handbookMinimumCases.note.en).toContain('GEN sets no defect rules');
    expect(sinoOcean2008.defects.sources.handbookGracePeriod.kind).toBe('library-default');
  });

  it('DEF-HANDBOOK: bad facts are path-addressed errors', () => {
    const now = '2026-04-01T10:00:00+08:00';
    expect(refusalOf(() => assessDefectHandbook({ ...base, caseCount: 29.5, now })).path).toEqual([
      'caseCount',
    ]);
    expect(refusalOf(() => assessDefectHandbook({ ...base, caseCount: -1, now })).path).toEqual([
      'caseCount',
    ]);
    expect(
      refusalOf(() => assessDefectHandbook({ ...base, centralizedDeliveryOn: '2025-12-32', now })).path,
    ).toEqual(['centralizedDeliveryOn']);
    expect(refusalOf(() => assessDefectHandbook({ ...base, now: '2026-04-01 10:00' })).path).toEqual(['now']);
    expect(refusalOf(() => assessDefectHandbook({ ...base, now, submittedOn: '2026-04-02' })).path).toEqual([
      'submittedOn',
    ]);
  });
});

describe('computeDefectReportDue', () => {
  it('DEF-HANDBOOK: the monthly report of 2026-01 is due 2026-01-30: the 31st is a Saturday (LAW-BEFORE)', () => {
    const r = computeDefectReportDue('2026-01');
    expect(r).toMatchObject({
      month: '2026-01',
      period: { from: '2026-01-01', to: '2026-01-31' },
      nominalDay: '2026-01-31',
      dueOn: '2026-01-30',
      movedBackDays: 1,
      fallbackUsed: false,
    });
    expect(r.dueEndsAt.toISOString()).toBe('2026-01-30T16:00:00.000Z');
    expect(r.reasons.map((x) => x.rule)).toEqual(['DEF-HANDBOOK', 'LAW-BEFORE']);
  });

  it('DEF-HANDBOOK: 2026-02 is due 2026-02-28, a Saturday but a Spring Festival makeup working day', () => {
    const r = computeDefectReportDue('2026-02');
    expect(r).toMatchObject({ dueOn: '2026-02-28', movedBackDays: 0 });
    expect(
      r.reasons.some((x) => x.rule === 'LAW-WORKDAY' && x.message['zh-CN'].includes('春节调休上班日')),
    ).toBe(true);
  });

  it('LAW-BEFORE: month ends on a Sunday (2026-05-31) and a Saturday (2026-10-31) move back to the Friday; a working day stays', () => {
    expect(computeDefectReportDue('2026-05').dueOn).toBe('2026-05-29');
    expect(computeDefectReportDue('2026-10').dueOn).toBe('2026-10-30');
    expect(computeDefectReportDue('2026-09').dueOn).toBe('2026-09-30');
    expect(computeDefectReportDue('2026-12').dueOn).toBe('2026-12-31');
  });

  it('LAW-BEFORE: a company day inside Labour Day (the 5th of 2026-05) moves back over the holiday to 2026-04-30', () => {
    const policy = createPolicy(sinoOcean2008, { defects: { monthlyReport: { lastDay: 5 } } });
    const r = computeDefectReportDue('2026-05', { policy });
    expect(r).toMatchObject({ nominalDay: '2026-05-05', dueOn: '2026-04-30', movedBackDays: 5 });
  });

  it('DEF-HANDBOOK: a year the calendar does not cover throws, unless read weekends-only', () => {
    expect(() => computeDefectReportDue('2027-01')).toThrow(CalendarCoverageError);
    expect(computeDefectReportDue('2027-01', { fallback: 'weekends-only' })).toMatchObject({
      dueOn: '2027-01-29',
      fallbackUsed: true,
    });
  });

  it('DEF-HANDBOOK: a month not written YYYY-MM is a path-addressed error', () => {
    expect(refusalOf(() => computeDefectReportDue('2026-13')).path).toEqual(['month']);
    expect(refusalOf(() => computeDefectReportDue('2026-1')).path).toEqual(['month']);
  });
});
