import { afterEach, describe, expect, it } from 'vitest';
import { computeMonthlyReportDue } from '../../src/complaints/computeMonthlyReportDue.js';
import { computeSurveyPeriods } from '../../src/complaints/computeSurveyPeriods.js';
import { computeWeeklyReportDue } from '../../src/complaints/computeWeeklyReportDue.js';
import {
  type ComplaintCountRecord,
  countComplaintsByCategory,
} from '../../src/complaints/countComplaintsByCategory.js';
import type { Complaint } from '../../src/complaints/schemas.js';
import { COMPLAINT_CATEGORIES } from '../../src/complaints/types.js';
import { aoyuan2014, createPolicy, generic, sinoOcean2008 } from '../../src/presets/index.js';
import { refusalOf } from '../_lib/refusal.js';

function expectInvalid(f: () => unknown, path: readonly (string | number)[], code = 'INVALID_ARGUMENT') {
  const e = refusalOf(f);
  expect(e).toMatchObject({ path, code });
}

describe('computeWeeklyReportDue', () => {
  it('CMP-RPT-WEEKLY: the week of 2026-10-01 (09-28..10-04) is due Monday 2026-10-05, a 国庆节 day off, not moved', () => {
    const r = computeWeeklyReportDue('2026-10-01');
    expect(r).not.toBeNull();
    expect(r?.period).toEqual({ from: '2026-09-28', to: '2026-10-04' });
    expect(r?.lastDay).toBe('2026-10-05');
    expect(r?.endsAt.toISOString()).toBe('2026-10-05T16:00:00.000Z');
    expect(r?.reasons.map((x) => x.rule)).toEqual(['CMP-RPT-WEEKLY', 'LAW-WORKDAY']);
    expect(r?.reasons[0]?.facts).toMatchObject({
      policy: 'sinoOcean2008',
      from: '2026-09-28',
      to: '2026-10-04',
      dueWeekday: 1,
      lastDay: '2026-10-05',
    });
    expect(r?.reasons[0]?.message['zh-CN']).toContain('重大客户投诉/服务监督系统投诉周报');
    expect(r?.reasons[1]?.facts).toMatchObject({
      day: '2026-10-05',
      kind: 'holiday',
      holiday: '国庆节',
      notice: '国办发明电〔2025〕7号',
      moved: false,
      fallbackUsed: false,
    });
    expect(r?.reasons[1]?.message['zh-CN']).toContain('国庆节');
    expect(r?.reasons[1]?.message['zh-CN']).toContain('不顺延');
    expect(r?.reasons[1]?.message.en).toContain('National Day');
    expect(r?.reasons[1]?.message.en).toContain('not moved');
  });

  it('CMP-RPT-WEEKLY: every day of a week, Monday to Sunday, gives the same week; the next Monday starts the next one', () => {
    for (const day of ['2026-09-28', '2026-09-30', '2026-10-03', '2026-10-04']) {
      expect(computeWeeklyReportDue(day)?.period).toEqual({ from: '2026-09-28', to: '2026-10-04' });
    }
    const next = computeWeeklyReportDue('2026-10-05');
    expect(next?.period).toEqual({ from: '2026-10-05', to: '2026-10-11' });
    expect(next?.lastDay).toBe('2026-10-12');
    // An ordinary Monday: no day-kind reason.
    expect(next?.reasons.map((x) => x.rule)).toEqual(['CMP-RPT-WEEKLY']);
  });

  it('CMP-RPT-WEEKLY: a week spanning the year end, 2025-12-29..2026-01-04, is due Monday 2026-01-05', () => {
    for (const day of ['2025-12-29', '2025-12-31', '2026-01-01', '2026-01-04']) {
      const r = computeWeeklyReportDue(day);
      expect(r?.period).toEqual({ from: '2025-12-29', to: '2026-01-04' });
      expect(r?.lastDay).toBe('2026-01-05');
      expect(r?.endsAt.toISOString()).toBe('2026-01-05T16:00:00.000Z');
    }
  });

  it('CMP-RPT-WEEKLY: an instant is read as its Asia/Shanghai day, on both sides of Monday 00:00 +08:00', () => {
    // 2026-10-04T15:59:59Z is Sunday 23:59:59 in Shanghai; one second later it is Monday 10-05.
    expect(computeWeeklyReportDue('2026-10-04T15:59:59Z')?.period.from).toBe('2026-09-28');
    expect(computeWeeklyReportDue('2026-10-04T16:00:00Z')?.period.from).toBe('2026-10-05');
    expect(computeWeeklyReportDue(new Date('2026-10-04T16:00:00Z'))?.lastDay).toBe('2026-10-12');
    expect(computeWeeklyReportDue('2026-10-05T00:00:00+08:00')?.period.from).toBe('2026-10-05');
    expect(computeWeeklyReportDue('2026-10-04T23:59:59+08:00')?.period.to).toBe('2026-10-04');
  });

  it('CMP-RPT-WEEKLY: aoyuan2014 and generic have no weekly report: null, no throw', () => {
    expect(computeWeeklyReportDue('2026-10-01', { policy: aoyuan2014 })).toBeNull();
    expect(computeWeeklyReportDue('2026-10-01', { policy: generic })).toBeNull();
    expect(computeWeeklyReportDue('2026-10-01', { policy: generic.complaints })).toBeNull();
    expect(computeWeeklyReportDue('2026-10-01', { policy: sinoOcean2008 })?.lastDay).toBe('2026-10-05');
  });

  it("CMP-RPT-WEEKLY: a company's due weekday is the first such day after the week", () => {
    const wednesday = createPolicy(sinoOcean2008, { complaints: { reports: { weeklyDueWeekday: 3 } } });
    expect(computeWeeklyReportDue('2026-03-04', { policy: wednesday })?.lastDay).toBe('2026-03-11');
    const sunday = createPolicy(aoyuan2014, { complaints: { reports: { weeklyDueWeekday: 7 } } });
    const r = computeWeeklyReportDue('2026-03-04', { policy: sunday });
    expect(r?.lastDay).toBe('2026-03-15');
    expect(r?.reasons[1]).toMatchObject({ rule: 'LAW-WORKDAY', facts: { kind: 'weekend', moved: false } });
  });

  it('CMP-RPT-WEEKLY: a year the calendar does not cover does not throw (weekends-only for the note)', () => {
    const r = computeWeeklyReportDue('2030-10-01');
    expect(r?.period).toEqual({ from: '2030-09-30', to: '2030-10-06' });
    expect(r?.lastDay).toBe('2030-10-07');
  });

  it('CMP-RPT-WEEKLY: a day that is neither a day nor an instant with an offset is a path-addressed error', () => {
    for (const bad of ['2026-02-30', '2026/10/01', '2026-10-01T10:00', 'soon', '']) {
      expectInvalid(() => computeWeeklyReportDue(bad), ['day']);
    }
    expectInvalid(() => computeWeeklyReportDue(new Date(Number.NaN)), ['day']);
  });
});

describe('computeMonthlyReportDue', () => {
  it('CMP-RPT-MONTHLY: sinoOcean2008, the month 2026-09 is due 2026-10-24 (每月25日前, the month after), a Saturday, not moved', () => {
    const r = computeMonthlyReportDue('2026-09', { policy: sinoOcean2008 });
    expect(r?.period).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    expect(r?.lastDay).toBe('2026-10-24');
    expect(r?.endsAt.toISOString()).toBe('2026-10-24T16:00:00.000Z');
    expect(r?.reasons.map((x) => x.rule)).toEqual(['CMP-RPT-MONTHLY', 'LAW-WORKDAY']);
    expect(computeMonthlyReportDue('2026-10', { policy: sinoOcean2008 })?.lastDay).toBe('2026-11-24');
    expect(r?.reasons[0]?.facts).toMatchObject({
      policy: 'sinoOcean2008',
      monthOffset: 1,
      dueDay: 24,
      source: { kind: 'source', section: 'SOL 投诉管理 8' },
    });
    expect(r?.reasons[0]?.message['zh-CN']).toContain('25日前');
    expect(r?.reasons[0]?.message.en).toContain('before the 25th');
    expect(r?.reasons[1]).toMatchObject({ facts: { kind: 'weekend', moved: false } });
    // The default policy is sinoOcean2008.
    expect(computeMonthlyReportDue('2026-09')).toEqual(r);
  });

  it('CMP-RPT-MONTHLY: aoyuan2014 is due the last day of the following month: 2026-01 on 2026-02-28, 2024-01 on 2024-02-29', () => {
    const r = computeMonthlyReportDue('2026-01', { policy: aoyuan2014 });
    expect(r?.period).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(r?.lastDay).toBe('2026-02-28');
    // AOY names no day: the last day is the library's own default, and the reason says so (convention 14).
    expect(r?.reasons[0]?.facts).toMatchObject({ dueDay: 'month-end', source: { kind: 'library-default' } });
    expect(r?.reasons[0]?.message.en).toContain("the library's own default");
    expect(r?.reasons[0]?.message.en).toContain('without a day');
    // 2026-02-28 is a Saturday, a makeup working day for the Spring Festival.
    expect(r?.reasons[1]?.facts).toMatchObject({ kind: 'makeup-workday', holiday: '春节' });
    const leap = computeMonthlyReportDue('2024-01', { policy: aoyuan2014 });
    expect(leap?.lastDay).toBe('2024-02-29');
    expect(leap?.endsAt.toISOString()).toBe('2024-02-29T16:00:00.000Z');
    expect(computeMonthlyReportDue('2024-02', { policy: aoyuan2014 })?.period.to).toBe('2024-02-29');
    expect(computeMonthlyReportDue('2026-02', { policy: aoyuan2014 })?.period.to).toBe('2026-02-28');
  });

  it('CMP-RPT-MONTHLY: generic is due the 10th of the following month (每月初10日内): 2026-09 on 2026-10-10, a makeup Saturday', () => {
    const r = computeMonthlyReportDue('2026-09', { policy: generic });
    expect(r?.period).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    expect(r?.lastDay).toBe('2026-10-10');
    expect(r?.endsAt.toISOString()).toBe('2026-10-10T16:00:00.000Z');
    expect(r?.reasons[0]?.facts).toMatchObject({
      source: { kind: 'source', section: 'GEN 客户管理制度 第二十七条' },
      monthOffset: 1,
      dueDay: 10,
    });
    expect(r?.reasons[1]?.facts).toMatchObject({ kind: 'makeup-workday', holiday: '国庆节' });
  });

  it('CMP-RPT-MONTHLY: December reports fall in the next year, which the calendar need not cover', () => {
    expect(computeMonthlyReportDue('2026-12', { policy: generic })?.lastDay).toBe('2027-01-10');
    const r = computeMonthlyReportDue('2026-12', { policy: aoyuan2014 });
    expect(r?.lastDay).toBe('2027-01-31');
    // 2027 is not covered: a Sunday read weekends-only, said so, and nothing thrown.
    expect(r?.reasons[1]?.facts).toMatchObject({ kind: 'weekend', fallbackUsed: true, moved: false });
    expect(computeMonthlyReportDue('2030-08')?.lastDay).toBe('2030-09-24');
  });

  it("CMP-RPT-MONTHLY: a company's day past the month's end is the month's last day; no monthly report is null", () => {
    const late = createPolicy(sinoOcean2008, {
      complaints: { reports: { monthly: { monthOffset: 1, lastDay: 31 } } },
    });
    const r = computeMonthlyReportDue('2026-01', { policy: late });
    expect(r?.lastDay).toBe('2026-02-28');
    expect(r?.reasons[0]?.message.en).toContain('no such day');
    // The company's own day, not a reading of SOL's (convention 14).
    expect(r?.reasons[0]?.facts.source).toEqual({ kind: 'company', policy: 'sinoOcean2008-custom' });
    expect(r?.reasons[0]?.message.en).toContain('set by the company policy sinoOcean2008-custom');
    const none = createPolicy(generic, { complaints: { reports: { monthly: null } } });
    expect(computeMonthlyReportDue('2026-01', { policy: none })).toBeNull();
  });

  it('CMP-RPT-MONTHLY: a month that is not YYYY-MM with a month 01-12 is a path-addressed error', () => {
    for (const bad of ['2026-13', '2026-1', '2026-00', '26-10', '2026-10-01', '2026/10', ' 2026-10', '']) {
      expectInvalid(() => computeMonthlyReportDue(bad), ['month']);
      expectInvalid(() => computeMonthlyReportDue(bad, { policy: aoyuan2014 }), ['month']);
    }
    expectInvalid(() => computeMonthlyReportDue(202610 as unknown as string), ['month']);
  });
});

describe('countComplaintsByCategory', () => {
  it('CMP-CATEGORY: the month is Asia/Shanghai days: 2026-09-30T15:59:59Z is September, 2026-09-30T16:00:00Z is October', () => {
    const records: ComplaintCountRecord[] = [
      { category: 'engineering-quality', receivedAt: '2026-09-30T15:59:59Z' },
      { category: 'engineering-quality', receivedAt: '2026-09-30T16:00:00Z' },
      { category: 'planning-design', receivedAt: new Date('2026-09-30T16:30:00Z') },
      { category: 'other', receivedAt: '2026-10-31T23:59:59+08:00' },
      { category: 'other', receivedAt: '2026-10-31T16:00:00Z' }, // 2026-11-01 00:00 in Shanghai
    ];
    const oct = countComplaintsByCategory(records, { month: '2026-10' });
    expect(oct.counts).toMatchObject({ 'engineering-quality': 1, 'planning-design': 1, other: 1 });
    expect(oct.total).toBe(3);
    const sep = countComplaintsByCategory(records, { month: '2026-09' });
    expect(sep.counts['engineering-quality']).toBe(1);
    expect(sep.total).toBe(1);
    expect(countComplaintsByCategory(records, { month: '2026-11' }).counts.other).toBe(1);
  });

  it('CMP-CATEGORY: all six categories are present, zero when none, in the table order', () => {
    const r = countComplaintsByCategory([], { month: '2026-10' });
    expect(Object.keys(r.counts)).toEqual([...COMPLAINT_CATEGORIES]);
    expect(r.counts).toEqual({
      'engineering-quality': 0,
      'planning-design': 0,
      'sales-management': 0,
      'property-management': 0,
      'customer-service': 0,
      other: 0,
    });
    expect({ month: r.month, total: r.total, suggestions: r.suggestions, enquiries: r.enquiries }).toEqual({
      month: '2026-10',
      total: 0,
      suggestions: 0,
      enquiries: 0,
    });
    expect(r.reasons.map((x) => x.rule)).toEqual(['CMP-CATEGORY', 'CMP-RPT-MONTHLY']);
    expect(r.reasons[0]?.message['zh-CN']).toContain('工程质量0件');
  });

  it('CMP-CATEGORY: suggestions (建议) and enquiries (咨询) are counted apart, not in counts or total', () => {
    const at = '2026-10-12T09:00:00+08:00';
    const r = countComplaintsByCategory(
      [
        { category: 'sales-management', receivedAt: at },
        { category: 'sales-management', receivedAt: at, kind: 'complaint' },
        { category: 'sales-management', receivedAt: at, kind: 'suggestion' },
        { category: 'property-management', receivedAt: at, kind: 'enquiry' },
        { category: 'property-management', receivedAt: at, kind: 'enquiry' },
        { category: 'customer-service', receivedAt: at, kind: undefined },
      ],
      { month: '2026-10' },
    );
    expect(r.counts['sales-management']).toBe(2);
    expect(r.counts['property-management']).toBe(0);
    expect(r.counts['customer-service']).toBe(1);
    expect(r.total).toBe(3);
    expect(r.suggestions).toBe(1);
    expect(r.enquiries).toBe(2);
    expect(r.reasons[0]?.message['zh-CN']).toContain('建议1件、咨询2件另计');
  });

  it('CMP-RPT-MONTHLY: counts full complaint records in one pass over any iterable, leaving them unchanged', () => {
    const complaint: Complaint = {
      id: 'C-1',
      projectId: 'P-1',
      householdId: 'H-101',
      complainantId: 'U-1',
      issue: 'roof-leak',
      category: 'engineering-quality',
      receivedAt: '2026-10-09T09:30:00+08:00',
      channel: 'hotline-400',
    };
    const records = Object.freeze([Object.freeze(complaint), Object.freeze({ ...complaint, id: 'C-2' })]);
    const before = JSON.stringify(records);
    expect(countComplaintsByCategory(records, { month: '2026-10' }).counts['engineering-quality']).toBe(2);
    expect(JSON.stringify(records)).toBe(before);
    let reads = 0;
    function* once(): Generator<ComplaintCountRecord> {
      for (const r of records) {
        reads++;
        yield r;
      }
    }
    expect(countComplaintsByCategory(once(), { month: '2026-10' }).total).toBe(2);
    expect(reads).toBe(2);
  });

  it('CMP-CATEGORY: a bad month, receivedAt, category or kind is a path-addressed error', () => {
    const ok: ComplaintCountRecord = { category: 'other', receivedAt: '2026-10-12T09:00:00+08:00' };
    expectInvalid(() => countComplaintsByCategory([ok], { month: '2026-13' }), ['options', 'month']);
    expectInvalid(() => countComplaintsByCategory([ok], { month: '2026-1' }), ['options', 'month']);
    expectInvalid(
      () =>
        countComplaintsByCategory([ok, { category: 'other', receivedAt: 'yesterday' }], { month: '2026-10' }),
      ['complaints', 1, 'receivedAt'],
    );
    expectInvalid(
      () =>
        countComplaintsByCategory([{ ...ok, category: 'noise' as unknown as 'other' }], { month: '2026-10' }),
      ['complaints', 0, 'category'],
      'UNKNOWN_CATEGORY',
    );
    expectInvalid(
      () =>
        countComplaintsByCategory([ok, ok, { ...ok, kind: 'praise' as unknown as 'enquiry' }], {
          month: '2026-10',
        }),
      ['complaints', 2, 'kind'],
    );
  });
});

describe('computeSurveyPeriods', () => {
  it('CMP-RPT-SURVEY: the half-years 01-01..06-30 and 07-01..12-31, and the whole year', () => {
    const r = computeSurveyPeriods(2026);
    expect(r.halfYears).toEqual([
      { from: '2026-01-01', to: '2026-06-30' },
      { from: '2026-07-01', to: '2026-12-31' },
    ]);
    expect(r.year).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toMatchObject({
      rule: 'CMP-RPT-SURVEY',
      facts: { year: 2026, source: 'AOY 4.2.6' },
    });
    expect(computeSurveyPeriods(2024).halfYears[0].to).toBe('2024-06-30');
  });

  it('CMP-RPT-SURVEY: a year that is not an integer from 1000 to 9999 is a path-addressed error', () => {
    for (const bad of [
      2026.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      999,
      10_000,
      '2026' as unknown as number,
    ]) {
      expectInvalid(() => computeSurveyPeriods(bad), ['year']);
    }
  });
});

describe('reports and the host time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('CMP-RPT-WEEKLY: the weekly and monthly due days and the month counts do not depend on the host time zone', () => {
    const run = () =>
      JSON.stringify([
        computeWeeklyReportDue(new Date('2026-10-04T16:00:00Z')),
        computeWeeklyReportDue('2026-10-04T15:59:59Z'),
        computeWeeklyReportDue('2025-12-31'),
        computeMonthlyReportDue('2026-10'),
        computeMonthlyReportDue('2024-01', { policy: aoyuan2014 }),
        computeMonthlyReportDue('2026-09', { policy: generic }),
        countComplaintsByCategory(
          [
            { category: 'other', receivedAt: '2026-09-30T15:59:59Z' },
            { category: 'other', receivedAt: new Date('2026-09-30T16:00:00Z') },
          ],
          { month: '2026-10' },
        ),
        computeSurveyPeriods(2026),
      ]);
    const results = new Set<string>();
    for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Etc/GMT+12']) {
      process.env.TZ = tz;
      results.add(run());
    }
    expect(results.size).toBe(1);
    const [weekly] = JSON.parse([...results][0] ?? '[]') as { lastDay: string }[];
    expect(weekly?.lastDay).toBe('2026-10-12');
  });
});
