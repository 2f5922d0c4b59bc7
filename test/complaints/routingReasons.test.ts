/**
 * The reasons of routeComplaint, route by route: the role reason, the phase reason of each
 * branch (the two exceptions, the owner's own delivery, no centralized day, inside and
 * outside the window, the three handover cases of aoyuan2014) with its facts and both
 * messages word for word, the report up of a major or crisis complaint, both sides of each
 * day boundary on real dates (2026 National Day), and the path of each refused argument.
 * Found unchecked by the mutation run of issue 8.
 */

import { describe, expect, it } from 'vitest';
import { aoyuan2014, type RouteInput, routeComplaint } from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

const oct8 = '2026-10-08T10:00:00+08:00';
const sol = '（sinoOcean2008，出处：SOL 投诉管理 2）';
const solEn = ' (sinoOcean2008, source: SOL 投诉管理 2)';
const aoy = '（aoyuan2014，出处：AOY 3.2-3.3）';
const aoyEn = ' (aoyuan2014, source: AOY 3.2-3.3)';

describe('what each routing reason says (sinoOcean2008)', () => {
  it('CMP-ROUTE-PHASE and LAW-WINDOW: delivered 2026-07-07, received 2026-10-07 (National Day, the window’s last day): the whole decision', () => {
    expect(
      routeComplaint({
        category: 'engineering-quality',
        receivedAt: '2026-10-07T10:00:00+08:00',
        centralizedDeliveryAt: '2026-07-07',
      }),
    ).toEqual({
      role: 'project-leader',
      unit: 'project-customer-service',
      reportedTo: null,
      reasons: [
        {
          rule: 'CMP-ROUTE-ROLE',
          facts: { category: 'engineering-quality', role: 'project-leader' },
          message: {
            'zh-CN': '工程质量类投诉由项目负责人跟进',
            en: 'Engineering quality complaints are followed up by the project leader',
          },
        },
        {
          rule: 'CMP-ROUTE-PHASE',
          facts: {
            centralizedDeliveryDay: '2026-07-07',
            windowLastDay: '2026-10-07',
            unit: 'project-customer-service',
            policy: 'sinoOcean2008',
          },
          message: {
            'zh-CN': `交付前或集中交付（2026-07-07）起3个月内（至2026-10-07）的投诉，由项目客户服务部处理${sol}`,
            en: `A complaint before delivery or within 3 months of the centralized delivery on 2026-07-07 (through 2026-10-07): handled by the project customer-service department${solEn}`,
          },
        },
        {
          rule: 'LAW-WINDOW',
          facts: {
            startDay: '2026-07-07',
            length: '3 months',
            firstDay: '2026-07-08',
            lastDay: '2026-10-07',
            clampedToMonthEnd: false,
          },
          message: {
            'zh-CN': '2026-07-07后3个月的责任期间：2026-07-08至2026-10-07（含当日），不因休息日顺延',
            en: 'The window of 3 months after 2026-07-07: 2026-07-08 to 2026-10-07 inclusive, never extended over rest days',
          },
        },
      ],
    });
  });

  it('CMP-ROUTE-PHASE: received 2026-10-08, the day after the window: the property company, and the reason says after which day', () => {
    const r = routeComplaint({
      category: 'customer-service',
      receivedAt: oct8,
      centralizedDeliveryAt: '2026-07-07',
    });
    expect(r).toMatchObject({ role: 'customer-service-head', unit: 'property-company', reportedTo: null });
    expect(r.reasons[0]?.message).toEqual({
      'zh-CN': '客户服务类投诉由客服部负责人跟进',
      en: 'Customer service complaints are followed up by the customer-service department head',
    });
    expect(r.reasons[1]).toEqual({
      rule: 'CMP-ROUTE-PHASE',
      facts: {
        centralizedDeliveryDay: '2026-07-07',
        windowLastDay: '2026-10-07',
        unit: 'property-company',
        policy: 'sinoOcean2008',
      },
      message: {
        'zh-CN': `集中交付（2026-07-07）3个月以后（2026-10-07之后）的投诉，由物业公司处理${sol}`,
        en: `A complaint more than 3 months after the centralized delivery on 2026-07-07 (after 2026-10-07): handled by the property company${solEn}`,
      },
    });
    expect(r.reasons[2]?.rule).toBe('LAW-WINDOW');
    expect(r.reasons).toHaveLength(3);
  });

  it('CMP-ROUTE-PHASE: in warranty with the developer’s compensation, after the window: project customer service, the category in the facts', () => {
    const late = { receivedAt: oct8, centralizedDeliveryAt: '2026-07-07' } as const;
    const r = routeComplaint({
      ...late,
      category: 'sales-management',
      inWarranty: true,
      involvesDeveloperCompensation: true,
    });
    expect(r.role).toBe('marketing-leader');
    expect(r.reasons).toEqual([
      {
        rule: 'CMP-ROUTE-ROLE',
        facts: { category: 'sales-management', role: 'marketing-leader' },
        message: {
          'zh-CN': '销售管理类投诉由营销负责人跟进',
          en: 'Sales management complaints are followed up by the marketing leader',
        },
      },
      {
        rule: 'CMP-ROUTE-PHASE',
        facts: {
          exception: 'warranty-compensation',
          category: 'sales-management',
          unit: 'project-customer-service',
          policy: 'sinoOcean2008',
        },
        message: {
          'zh-CN': `保修期内因工程质量等原因涉及开发赔偿的投诉，由项目客户服务部处理${sol}`,
          en: `A complaint in warranty involving compensation by the developer, for engineering quality or similar causes: handled by the project customer-service department${solEn}`,
        },
      },
    ]);
    // Either fact alone is not the exception: the window decides.
    expect(routeComplaint({ ...late, category: 'other', inWarranty: true }).unit).toBe('property-company');
    expect(routeComplaint({ ...late, category: 'other', involvesDeveloperCompensation: true }).unit).toBe(
      'property-company',
    );
    expect(routeComplaint({ ...late, category: 'other', developerLegacyIssue: false }).unit).toBe(
      'property-company',
    );
  });

  it('CMP-ROUTE-PHASE: a developer legacy issue after the window stays with project customer service', () => {
    const r = routeComplaint({
      category: 'property-management',
      receivedAt: oct8,
      centralizedDeliveryAt: '2026-07-07',
      developerLegacyIssue: true,
    });
    expect(r.reasons[1]).toEqual({
      rule: 'CMP-ROUTE-PHASE',
      facts: {
        exception: 'developer-legacy-issue',
        unit: 'project-customer-service',
        policy: 'sinoOcean2008',
      },
      message: {
        'zh-CN': `涉及开发遗留问题的投诉，由项目客户服务部处理${sol}`,
        en: `A complaint about the developer's legacy issues: handled by the project customer-service department${solEn}`,
      },
    });
    expect(r.reasons).toHaveLength(2);
  });

  it('CMP-ROUTE-PHASE: the owner’s own home delivered 2026-10-09, received 10-08: before delivery; received on the day of delivery: the window decides', () => {
    const base = { category: 'planning-design', centralizedDeliveryAt: '2026-07-07' } as const;
    const r = routeComplaint({ ...base, receivedAt: oct8, deliveredToOwnerOn: '2026-10-09' });
    expect(r.reasons[1]).toEqual({
      rule: 'CMP-ROUTE-PHASE',
      facts: {
        deliveredToOwnerOn: '2026-10-09',
        beforeDelivery: true,
        unit: 'project-customer-service',
        policy: 'sinoOcean2008',
      },
      message: {
        'zh-CN': `业主房屋尚未交付（2026-10-09交付）的投诉：交付业主前，由项目客户服务部处理${sol}`,
        en: `A complaint before the owner's own home was delivered (on 2026-10-09): before delivery: handled by the project customer-service department${solEn}`,
      },
    });
    const sameDay = routeComplaint({ ...base, receivedAt: oct8, deliveredToOwnerOn: '2026-10-08' });
    expect(sameDay.unit).toBe('property-company');
    expect(sameDay.reasons[1]?.facts).toMatchObject({ windowLastDay: '2026-10-07' });
  });

  it('CMP-ROUTE-PHASE: no centralized day, the owner\'s home delivered on the day of receipt or before: taken as within the 3 months, and not called "before delivery"', () => {
    // Delivered 2026-10-08, the day of receipt: delivered (the day after the receipt is before delivery).
    for (const deliveredToOwnerOn of ['2026-10-08', '2025-01-01']) {
      const r = routeComplaint({ category: 'other', receivedAt: oct8, deliveredToOwnerOn });
      expect(r.unit).toBe('project-customer-service');
      expect(r.reasons[1]).toEqual({
        rule: 'CMP-ROUTE-PHASE',
        facts: {
          centralizedDeliveryAt: null,
          deliveredToOwnerOn,
          unit: 'project-customer-service',
          policy: 'sinoOcean2008',
        },
        message: {
          'zh-CN': `业主房屋已于${deliveredToOwnerOn}交付、但未给出集中交付日的投诉：按集中交付起3个月内计，由项目客户服务部处理${sol}`,
          en: `A complaint after the owner's home was delivered on ${deliveredToOwnerOn}, with no centralized delivery day given: taken as within the 3 months after the centralized delivery: handled by the project customer-service department${solEn}`,
        },
      });
    }
    const before = routeComplaint({ category: 'other', receivedAt: oct8, deliveredToOwnerOn: '2026-10-09' });
    expect(before.reasons[1]?.facts).toMatchObject({
      deliveredToOwnerOn: '2026-10-09',
      beforeDelivery: true,
    });
  });

  it('CMP-ROUTE-PHASE and CMP-TWO-LEVEL: no centralized day: before delivery; a crisis is reported up, named in both languages', () => {
    expect(routeComplaint({ category: 'other', receivedAt: oct8, level: 'crisis' })).toEqual({
      role: 'customer-service-head',
      unit: 'project-customer-service',
      reportedTo: 'hq-customer-relations',
      reasons: [
        {
          rule: 'CMP-ROUTE-ROLE',
          facts: { category: 'other', role: 'customer-service-head' },
          message: {
            'zh-CN': '其他类投诉由客服部负责人跟进',
            en: 'Other complaints are followed up by the customer-service department head',
          },
        },
        {
          rule: 'CMP-ROUTE-PHASE',
          facts: { centralizedDeliveryAt: null, unit: 'project-customer-service', policy: 'sinoOcean2008' },
          message: {
            'zh-CN': `交付业主前（未给出集中交付日）的投诉，由项目客户服务部处理${sol}`,
            en: `A complaint before delivery (no centralized delivery day given): handled by the project customer-service department${solEn}`,
          },
        },
        {
          rule: 'CMP-TWO-LEVEL',
          facts: {
            level: 'crisis',
            handledBy: 'project-customer-service',
            reportedTo: 'hq-customer-relations',
          },
          message: {
            'zh-CN': '危机事件由项目层面处理，并上报公司层面（本部客户关系部）监督',
            en: 'Crisis: handled at the project level and reported up to the company level (HQ customer relations)',
          },
        },
      ],
    });
    const major = routeComplaint({ category: 'other', receivedAt: oct8, level: 'major' });
    expect(major.reportedTo).toBe('hq-customer-relations');
    expect(major.reasons[2]?.message).toEqual({
      'zh-CN': '重大投诉由项目层面处理，并上报公司层面（本部客户关系部）监督',
      en: 'Major complaint: handled at the project level and reported up to the company level (HQ customer relations)',
    });
    for (const level of ['hot', 'general'] as const) {
      const r = routeComplaint({ category: 'other', receivedAt: oct8, level });
      expect(r.reportedTo).toBeNull();
      expect(r.reasons).toHaveLength(2);
    }
  });
});

describe('what each routing reason says (aoyuan2014, by the handover)', () => {
  const policy = aoyuan2014;

  it('CMP-ROUTE-PHASE: the owner’s handover on 2026-10-09, received 10-08: the company’s customer service, the day and its source in the facts', () => {
    const r = routeComplaint(
      {
        category: 'other',
        receivedAt: oct8,
        deliveredToOwnerOn: '2026-10-09',
        centralizedDeliveryAt: '2026-10-01',
      },
      { policy },
    );
    expect(r.unit).toBe('company-customer-service');
    expect(r.reasons[1]).toEqual({
      rule: 'CMP-ROUTE-PHASE',
      facts: {
        scheme: 'handover',
        handoverDay: '2026-10-09',
        handoverFrom: 'deliveredToOwnerOn',
        unit: 'company-customer-service',
        policy: 'aoyuan2014',
      },
      message: {
        'zh-CN': `交楼（2026-10-09）前的投诉：售前售中，由公司客户服务部处理${aoy}`,
        en: `A complaint before the handover on 2026-10-09: before or during the sale: handled by the company customer-service department${aoyEn}`,
      },
    });
    expect(r.reasons).toHaveLength(2);
  });

  it('CMP-ROUTE-PHASE: the centralized delivery on 2026-10-08, received that day: the property company, from the centralized day', () => {
    const r = routeComplaint(
      { category: 'other', receivedAt: oct8, centralizedDeliveryAt: '2026-10-08' },
      { policy },
    );
    expect(r.reasons[1]).toEqual({
      rule: 'CMP-ROUTE-PHASE',
      facts: {
        scheme: 'handover',
        handoverDay: '2026-10-08',
        handoverFrom: 'centralizedDeliveryAt',
        unit: 'property-company',
        policy: 'aoyuan2014',
      },
      message: {
        'zh-CN': `交楼（2026-10-08）后的投诉，由物业公司处理${aoy}`,
        en: `A complaint after the handover on 2026-10-08: handled by the property company${aoyEn}`,
      },
    });
    // The day before the centralized delivery: still before the handover.
    expect(
      routeComplaint({ category: 'other', receivedAt: oct8, centralizedDeliveryAt: '2026-10-09' }, { policy })
        .reasons[1]?.facts,
    ).toMatchObject({
      handoverDay: '2026-10-09',
      handoverFrom: 'centralizedDeliveryAt',
      unit: 'company-customer-service',
    });
  });

  it('CMP-ROUTE-PHASE: no handover day at all: the company’s customer service, no source in the facts', () => {
    expect(routeComplaint({ category: 'other', receivedAt: oct8 }, { policy }).reasons[1]).toEqual({
      rule: 'CMP-ROUTE-PHASE',
      facts: {
        scheme: 'handover',
        handoverDay: null,
        unit: 'company-customer-service',
        policy: 'aoyuan2014',
      },
      message: {
        'zh-CN': `售前售中（未给出交楼日）的投诉，由公司客户服务部处理${aoy}`,
        en: `A complaint before or during the sale (no handover day given): handled by the company customer-service department${aoyEn}`,
      },
    });
  });
});

describe('what routing refuses, and where', () => {
  const ok: RouteInput = { category: 'other', receivedAt: oct8 };

  it('CMP-ROUTE-ROLE: input that is not an object, and options that are not an object, are refused with their paths', () => {
    const e = refusalOf(() => routeComplaint(null as never));
    expect(e.path).toEqual([]);
    expect(e.message).toBe('expected a complaint to route { category, receivedAt, ... }, got null');
    expect(refusalOf(() => routeComplaint(ok, 'x' as never)).path).toEqual(['options']);
  });

  it('CMP-ROUTE-PHASE: each bad day, instant or yes-or-no fact is refused at its own path', () => {
    expect(refusalOf(() => routeComplaint({ ...ok, receivedAt: 'soon' })).path).toEqual(['receivedAt']);
    expect(refusalOf(() => routeComplaint({ ...ok, centralizedDeliveryAt: 'soon' })).path).toEqual([
      'centralizedDeliveryAt',
    ]);
    expect(refusalOf(() => routeComplaint({ ...ok, deliveredToOwnerOn: 'soon' })).path).toEqual([
      'deliveredToOwnerOn',
    ]);
    for (const key of ['inWarranty', 'involvesDeveloperCompensation', 'developerLegacyIssue'] as const) {
      expect(refusalOf(() => routeComplaint({ ...ok, [key]: 'yes' } as never)).path).toEqual([key]);
    }
    const level = refusalOf(() => routeComplaint({ ...ok, level: 'big' } as never));
    expect(level.path).toEqual(['level']);
    expect(level.message).toBe('level: expected one of crisis, major, hot, general, got "big"');
  });

  it('CMP-ROUTE-PHASE: a bad delivery day is refused even where an exception decides the route without reading it', () => {
    const legacy = { ...ok, developerLegacyIssue: true } as const;
    expect(routeComplaint({ ...legacy, centralizedDeliveryAt: '2026-07-07' }).unit).toBe(
      'project-customer-service',
    );
    expect(refusalOf(() => routeComplaint({ ...legacy, centralizedDeliveryAt: 'soon' })).path).toEqual([
      'centralizedDeliveryAt',
    ]);
    expect(refusalOf(() => routeComplaint({ ...legacy, deliveredToOwnerOn: 'soon' })).path).toEqual([
      'deliveredToOwnerOn',
    ]);
  });

  it('CMP-ROUTE-PHASE and LAW-WINDOW: a window outside 1901..9999 is refused at centralizedDeliveryAt, not at the calendar argument', () => {
    const early = refusalOf(() => routeComplaint({ ...ok, centralizedDeliveryAt: '1900-12-31' }));
    expect(early.path).toEqual(['centralizedDeliveryAt']);
    expect(early.code).toBe('INVALID_ARGUMENT');
    expect(early.message).toBe(
      'centralizedDeliveryAt: a day before 1901-01-01: the package counts days from 1901-01-01 to 9999-12-31 only (before 1901 Shanghai kept local mean time; a later year cannot be written YYYY-MM-DD)',
    );
    // 9999-10-01 + 3 months ends after 9999-12-31; 9999-09-30 ends on it.
    const late = refusalOf(() => routeComplaint({ ...ok, centralizedDeliveryAt: '9999-10-01' }));
    expect(late.path).toEqual(['centralizedDeliveryAt']);
    expect(late.message).toBe(
      'centralizedDeliveryAt: the period ends after 9999-12-31: the package counts days from 1901-01-01 to 9999-12-31 only (before 1901 Shanghai kept local mean time; a later year cannot be written YYYY-MM-DD)',
    );
    expect(
      routeComplaint({ ...ok, centralizedDeliveryAt: '9999-09-30' }).reasons[1]?.facts.windowLastDay,
    ).toBe('9999-12-30');
    // Under aoyuan2014 the days are read without a window, at their own paths.
    expect(
      refusalOf(() => routeComplaint({ ...ok, centralizedDeliveryAt: '1900-12-31' }, { policy: aoyuan2014 }))
        .path,
    ).toEqual(['centralizedDeliveryAt']);
    expect(
      refusalOf(() => routeComplaint({ ...ok, deliveredToOwnerOn: '1900-12-31' }, { policy: aoyuan2014 }))
        .path,
    ).toEqual(['deliveredToOwnerOn']);
    expect(refusalOf(() => routeComplaint({ ...ok, deliveredToOwnerOn: '1900-12-31' })).path).toEqual([
      'deliveredToOwnerOn',
    ]);
    expect(refusalOf(() => routeComplaint({ ...ok, receivedAt: '1900-12-31T10:00:00+08:00' })).path).toEqual([
      'receivedAt',
    ]);
  });
});
