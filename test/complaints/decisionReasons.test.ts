/**
 * The reasons of the small complaints decisions, word for word in both languages: who calls
 * back and at what rate, when no callback is owed, why a complaint is or is not in the weekly
 * report, the survey periods. A reason is what a customer-service manager reads, so each one
 * is checked whole (the mutation run of issue 8 found the messages unchecked).
 */

import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/core/errors.js';
import {
  aoyuan2014,
  computeMonthlyReportDue,
  computeSurveyPeriods,
  computeWeeklyReportDue,
  generic,
  needsCallback,
  needsWeeklyReport,
  routeCallback,
  sinoOcean2008,
} from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

describe('who calls back, and when no callback is owed', () => {
  it('CMP-CALLBACK-BY: sinoOcean2008, the customer-service department for every level, no rate', () => {
    const r = routeCallback({ level: 'major' }, { policy: sinoOcean2008 });
    expect(r).toMatchObject({ caller: 'project-customer-service', minimumRate: null });
    expect(r.reasons).toEqual([
      {
        rule: 'CMP-CALLBACK-BY',
        facts: {
          level: 'major',
          caller: 'project-customer-service',
          minimumRate: null,
          policy: 'sinoOcean2008',
        },
        message: {
          'zh-CN': '重大投诉由客服部回访（sinoOcean2008，出处：SOL 投诉管理 7）',
          en: 'Major complaint: called back by the customer-service department (sinoOcean2008, source: SOL 投诉管理 7)',
        },
      },
    ]);
  });

  it('CMP-CALLBACK-BY: aoyuan2014, named staff at a rate of at least 95%; generic, by level at 50%', () => {
    expect(routeCallback({ level: 'hot' }, { policy: aoyuan2014 }).reasons[0]?.message).toEqual({
      'zh-CN': '热点投诉由指定专人回访，回访率不低于95%（aoyuan2014，出处：AOY 4.2.3）',
      en: 'Hot complaint: called back by the staff named for it, at a rate of at least 95% (aoyuan2014, source: AOY 4.2.3)',
    });
    expect(routeCallback({ level: 'crisis' }, { policy: generic }).reasons[0]?.message).toEqual({
      'zh-CN': '危机事件由公司经理回访，回访率不低于50%（generic，出处：GEN 回访 1.3）',
      en: 'Crisis: called back by the company manager, at a rate of at least 50% (generic, source: GEN 回访 1.3)',
    });
  });

  it('CMP-CLOSE: a name and contact information left: a callback is owed, and the reason says so', () => {
    expect(needsCallback({ hasContactInfo: true })).toEqual({
      needed: true,
      ground: null,
      reasons: [
        {
          rule: 'CMP-CLOSE',
          facts: { callbackNeeded: true },
          message: {
            'zh-CN': '留有姓名和联系方式的投诉须回访',
            en: 'The complainant left a name and contact information: a callback is owed',
          },
        },
      ],
    });
  });

  it('CMP-CLOSE: no contact information, no name, or a reply letter only: no callback, the ground named', () => {
    expect(needsCallback({ hasContactInfo: false, anonymous: true })).toEqual({
      needed: false,
      ground: 'no-contact',
      reasons: [
        {
          rule: 'CMP-CLOSE',
          facts: { callbackNeeded: false, ground: 'no-contact' },
          message: {
            'zh-CN': '投诉人未留联系方式：可不回访，复函情况附在投诉表后',
            en: 'The complainant left no contact information: no callback is owed; the reply is attached to the record',
          },
        },
      ],
    });
    expect(needsCallback({ anonymous: true, replyLetterOnly: true }).reasons[0]?.message).toEqual({
      'zh-CN': '投诉人未留姓名：可不回访，复函情况附在投诉表后',
      en: 'The complainant left no name: no callback is owed; the reply is attached to the record',
    });
    expect(needsCallback({ replyLetterOnly: true }).reasons[0]?.message.en).toBe(
      'A higher authority asks only for a reply letter: no callback is owed; the reply is attached to the record',
    );
  });
});

describe('the weekly report', () => {
  it('CMP-RPT-WEEKLY: a major complaint is in the report as a major complaint; facts name channel, tier and grounds', () => {
    const r = needsWeeklyReport({ channel: 'visit', level: 'major' });
    expect(r.reasons).toEqual([
      {
        rule: 'CMP-RPT-WEEKLY',
        facts: {
          channel: 'visit',
          level: 'major',
          tier: r.reasons[0]?.facts.tier,
          included: true,
          grounds: ['major'],
        },
        message: {
          'zh-CN': '重大投诉，经来访投诉：列入《重大客户投诉/服务监督系统投诉周报》（重大投诉）',
          en: 'Major complaint (channel: Visit): in the weekly report of major complaints and complaints through the HQ supervision channels (a major complaint)',
        },
      },
    ]);
    expect(r.reasons[0]?.facts.tier).not.toBe('hq-supervision');
  });

  it('CMP-RPT-WEEKLY: a complaint through an HQ supervision channel is in the report for its channel, whatever its level', () => {
    const r = needsWeeklyReport({ channel: 'hq-supervision-hotline', level: 'major' });
    expect(r).toMatchObject({ included: true, grounds: ['major', 'hq-supervision-channel'] });
    expect(r.reasons[0]?.facts).toMatchObject({ tier: 'hq-supervision', included: true });
    expect(r.reasons[0]?.message).toEqual({
      'zh-CN': '重大投诉，经本部服务监督热线投诉：列入《重大客户投诉/服务监督系统投诉周报》（服务监督渠道）',
      en: 'Major complaint (channel: HQ supervision hotline): in the weekly report of major complaints and complaints through the HQ supervision channels (an HQ supervision channel)',
    });
  });

  it('CMP-RPT-WEEKLY: a hot complaint through a visit is neither: not in the report, and the reason says why', () => {
    const r = needsWeeklyReport({ channel: 'visit', level: 'hot', majorGroup: false });
    expect(r).toMatchObject({ included: false, grounds: [] });
    expect(r.reasons[0]?.facts).toMatchObject({ included: false, grounds: [] });
    expect(r.reasons[0]?.message).toEqual({
      'zh-CN': '热点投诉，经来访投诉：既非重大投诉，也非服务监督渠道，不列入周报',
      en: 'Hot complaint (channel: Visit): neither major nor through an HQ supervision channel: not in the weekly report',
    });
  });
});

describe('the satisfaction surveys', () => {
  it('CMP-RPT-SURVEY: the reason names both half-years and the year, and that the source gives no due day', () => {
    const r = computeSurveyPeriods(2026);
    expect(r.reasons[0]?.facts).toEqual({
      year: 2026,
      halfYears: [
        { from: '2026-01-01', to: '2026-06-30' },
        { from: '2026-07-01', to: '2026-12-31' },
      ],
      source: 'AOY 4.2.6',
    });
    expect(r.reasons[0]?.message).toEqual({
      'zh-CN':
        '2026年投诉解决满意度调查：上半年2026-01-01至2026-06-30、下半年2026-07-01至2026-12-31各一次，另有年度调查（2026-01-01至2026-12-31）；来源未规定完成日期',
      en: '2026 complainant satisfaction surveys: one per half-year (2026-01-01 to 2026-06-30, 2026-07-01 to 2026-12-31) and one for the year (2026-01-01 to 2026-12-31); the source names no due day',
    });
  });

  it('CMP-RPT-SURVEY: the years 1000 and 9999 are the first and last a YYYY-MM-DD day can name; 999 and 10000 are refused, saying why', () => {
    expect(computeSurveyPeriods(1000).year).toEqual({ from: '1000-01-01', to: '1000-12-31' });
    expect(computeSurveyPeriods(9999).year).toEqual({ from: '9999-01-01', to: '9999-12-31' });
    for (const [bad, got] of [
      [999, 'number 999'],
      [10_000, 'number 10000'],
      [2026.5, 'number 2026.5'],
    ] as const) {
      const error = refusalOf(() => computeSurveyPeriods(bad), InvalidArgumentError);
      expect((error as Error).message).toBe(`year: expected a year from 1000 to 9999, got ${got}`);
    }
  });
});

describe('the report due days in words', () => {
  it('CMP-RPT-WEEKLY: the week of National Day 2026 (09-28..10-04), due Monday 10-05, names the report and its source', () => {
    expect(computeWeeklyReportDue('2026-10-01')?.reasons[0]).toEqual({
      rule: 'CMP-RPT-WEEKLY',
      facts: {
        policy: 'sinoOcean2008',
        report: '重大客户投诉/服务监督系统投诉周报',
        from: '2026-09-28',
        to: '2026-10-04',
        dueWeekday: 1,
        lastDay: '2026-10-05',
      },
      message: {
        'zh-CN':
          '《重大客户投诉/服务监督系统投诉周报》（重大投诉及经服务监督渠道的投诉）：统计2026-09-28（周一）至2026-10-04（周日），于其后的周一2026-10-05编报（sinoOcean2008，出处：SOL 投诉管理 8）',
        en: 'Weekly report of major complaints and complaints through the HQ supervision channels for 2026-09-28 (Monday) to 2026-10-04 (Sunday): due the Monday after, 2026-10-05 (sinoOcean2008, source: SOL 投诉管理 8)',
      },
    });
  });

  it('CMP-RPT-MONTHLY: each preset says its due day, its source and how it reads it (每月25日前 as the 24th; 每月初10日内; the library default)', () => {
    expect(computeMonthlyReportDue('2026-09')?.reasons[0]?.message).toEqual({
      'zh-CN':
        '投诉月报（sinoOcean2008）：统计2026-09-01至2026-09-30，次月24日，最迟2026-10-24报出（出处：SOL 投诉管理 8；“每月25日前”读作次月24日（含））',
      en: 'Monthly complaint report (sinoOcean2008) on 2026-09-01 to 2026-09-30: due day 24 of the following month, 2026-10-24 (source: SOL 投诉管理 8; "before the 25th" read as by the 24th of the next month)',
    });
    expect(computeMonthlyReportDue('2026-09', { policy: generic })?.reasons[0]?.message).toEqual({
      'zh-CN':
        '投诉月报（generic）：统计2026-09-01至2026-09-30，次月10日，最迟2026-10-10报出（出处：GEN 客户管理制度 第二十七条；“每月初10日内”）',
      en: 'Monthly complaint report (generic) on 2026-09-01 to 2026-09-30: due day 10 of the following month, 2026-10-10 (source: GEN 客户管理制度 第二十七条; "within the first 10 days of each month")',
    });
    expect(computeMonthlyReportDue('2026-01', { policy: aoyuan2014 })?.reasons[0]?.message.en).toBe(
      "Monthly complaint report (aoyuan2014) on 2026-01-01 to 2026-01-31: due the last day of the following month, 2026-02-28 (the library's own default; AOY 4.2.6 asks for a monthly resolution report without a day; the library takes the last day of the next month)",
    );
  });
});

describe('refusals say what was expected, at the path given', () => {
  /** The message and path of the error a call throws. */
  /** `[message, path]` of the InvalidArgumentError `f` throws. */
  function refusal(f: () => unknown): [string, unknown] {
    const e = refusalOf(f);
    return [e.message, e.path];
  }

  it('CMP-CLOSE: callback facts that are not an object, or a flag that is not true or false, are refused at the flag', () => {
    expect(refusal(() => needsCallback(null as never))).toEqual([
      'expected callback facts { hasContactInfo, anonymous, replyLetterOnly }, got null',
      [],
    ]);
    expect(refusal(() => needsCallback({ anonymous: 'yes' } as never))).toEqual([
      'anonymous: expected true or false, got a string',
      ['anonymous'],
    ]);
    expect(refusal(() => needsCallback({ replyLetterOnly: 1 } as never))).toEqual([
      'replyLetterOnly: expected true or false, got a number',
      ['replyLetterOnly'],
    ]);
  });

  it('CMP-RPT-WEEKLY: a complaint that is not an object, or an unknown level, is refused; CMP-CALLBACK-BY too', () => {
    expect(refusal(() => needsWeeklyReport(null as never))).toEqual([
      'expected a complaint { channel, level }, got null',
      [],
    ]);
    expect(refusal(() => needsWeeklyReport({ channel: 'visit', level: 'big' } as never))[1]).toEqual([
      'level',
    ]);
    expect(refusal(() => routeCallback(null as never))).toEqual([
      'expected a complaint { level }, got null',
      [],
    ]);
  });
});
