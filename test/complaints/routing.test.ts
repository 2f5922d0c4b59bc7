import { describe, expect, it } from 'vitest';
import {
  aoyuan2014,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_TABLE,
  generic,
  InvalidArgumentError,
  routeCallback,
  routeComplaint,
} from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

const delivered = '2026-03-15';

describe('routeComplaint', () => {
  it('CMP-ROUTE-ROLE: engineering quality and planning-design go to the project leader, sales to the marketing leader, the rest to the customer-service head', () => {
    const role = (category: (typeof COMPLAINT_CATEGORIES)[number]) =>
      routeComplaint({ category, receivedAt: '2026-05-06T10:00:00+08:00' }).role;
    expect(role('engineering-quality')).toBe('project-leader');
    expect(role('planning-design')).toBe('project-leader');
    expect(role('sales-management')).toBe('marketing-leader');
    expect(role('property-management')).toBe('customer-service-head');
    expect(role('customer-service')).toBe('customer-service-head');
    expect(role('other')).toBe('customer-service-head');
  });

  it('CMP-CATEGORY: six categories, each with zh-CN and en labels and a definition', () => {
    expect(COMPLAINT_CATEGORIES).toHaveLength(6);
    for (const c of COMPLAINT_CATEGORIES) {
      const row = COMPLAINT_CATEGORY_TABLE[c];
      expect(row.id).toBe(c);
      expect(row.zh.length).toBeGreaterThan(0);
      expect(row.definition.en.length).toBeGreaterThan(0);
    }
    expect(COMPLAINT_CATEGORY_TABLE['sales-management'].zh).toBe('销售管理');
  });

  it('CMP-ROUTE-PHASE: the 3-month window after the centralized delivery includes its last day (06-15) and not the day after', () => {
    const onLastDay = routeComplaint({
      category: 'property-management',
      receivedAt: '2026-06-15T23:59:59+08:00',
      centralizedDeliveryAt: delivered,
    });
    expect(onLastDay.unit).toBe('project-customer-service');
    const dayAfter = routeComplaint({
      category: 'property-management',
      receivedAt: '2026-06-16T00:00:00+08:00',
      centralizedDeliveryAt: delivered,
    });
    expect(dayAfter.unit).toBe('property-company');
    expect(dayAfter.reasons.map((r) => r.rule)).toEqual(['CMP-ROUTE-ROLE', 'CMP-ROUTE-PHASE', 'LAW-WINDOW']);
    // 2026-06-15T16:00Z is already 06-16 in Shanghai.
    expect(
      routeComplaint({
        category: 'other',
        receivedAt: '2026-06-15T16:00:00Z',
        centralizedDeliveryAt: delivered,
      }).unit,
    ).toBe('property-company');
  });

  it('CMP-ROUTE-PHASE: the window is not extended over rest days: delivered 2026-07-01, it ends 10-01 (National Day)', () => {
    expect(
      routeComplaint({
        category: 'other',
        receivedAt: '2026-10-01T10:00:00+08:00',
        centralizedDeliveryAt: '2026-07-01',
      }).unit,
    ).toBe('project-customer-service');
    expect(
      routeComplaint({
        category: 'other',
        receivedAt: '2026-10-02T10:00:00+08:00',
        centralizedDeliveryAt: '2026-07-01',
      }).unit,
    ).toBe('property-company');
  });

  it('CMP-ROUTE-PHASE: a month-end delivery: 2025-11-30 + 3 months ends 2026-02-28', () => {
    expect(
      routeComplaint({
        category: 'other',
        receivedAt: '2026-02-28T18:00:00+08:00',
        centralizedDeliveryAt: '2025-11-30',
      }).unit,
    ).toBe('project-customer-service');
    expect(
      routeComplaint({
        category: 'other',
        receivedAt: '2026-03-01T08:00:00+08:00',
        centralizedDeliveryAt: '2025-11-30',
      }).unit,
    ).toBe('property-company');
  });

  it('CMP-ROUTE-PHASE: before delivery, project customer service; no delivery day given reads as before delivery', () => {
    expect(
      routeComplaint({
        category: 'sales-management',
        receivedAt: '2026-01-10T10:00:00+08:00',
        centralizedDeliveryAt: delivered,
      }).unit,
    ).toBe('project-customer-service');
    const r = routeComplaint({ category: 'sales-management', receivedAt: '2026-01-10T10:00:00+08:00' });
    expect(r.unit).toBe('project-customer-service');
    expect(r.reasons[1]?.facts).toMatchObject({ centralizedDeliveryAt: null });
  });

  it('CMP-ROUTE-PHASE: warranty compensation for engineering quality or similar causes, and developer legacy issues, stay with project customer service whatever the date', () => {
    const late = { receivedAt: '2027-05-06T10:00:00+08:00', centralizedDeliveryAt: delivered } as const;
    expect(
      routeComplaint({
        ...late,
        category: 'engineering-quality',
        inWarranty: true,
        involvesDeveloperCompensation: true,
      }).unit,
    ).toBe('project-customer-service');
    expect(routeComplaint({ ...late, category: 'engineering-quality', inWarranty: true }).unit).toBe(
      'property-company',
    );
    expect(
      routeComplaint({ ...late, category: 'engineering-quality', involvesDeveloperCompensation: true }).unit,
    ).toBe('property-company');
    // "因工程质量等原因": engineering quality and similar causes, so any category with the
    // developer's compensation in warranty (a design defect, a sales promise) stays too.
    for (const category of ['planning-design', 'sales-management', 'property-management', 'other'] as const) {
      const r = routeComplaint({ ...late, category, inWarranty: true, involvesDeveloperCompensation: true });
      expect(r.unit).toBe('project-customer-service');
      expect(r.reasons[1]?.facts).toMatchObject({ exception: 'warranty-compensation', category });
      expect(r.reasons[1]?.message['zh-CN']).toContain('因工程质量等原因涉及开发赔偿');
    }
    // Out of warranty, or without the developer's compensation: the ordinary window decides.
    expect(
      routeComplaint({ ...late, category: 'planning-design', involvesDeveloperCompensation: true }).unit,
    ).toBe('property-company');
    const legacy = routeComplaint({ ...late, category: 'other', developerLegacyIssue: true });
    expect(legacy.unit).toBe('project-customer-service');
    expect(legacy.reasons[1]?.facts).toMatchObject({ exception: 'developer-legacy-issue' });
  });

  it('CMP-ROUTE-PHASE: an owner whose own home is not yet delivered is before delivery whatever the centralized day', () => {
    // Centralized delivery 2026-03-15, window through 06-15; this owner's home is delivered on 2026-09-01.
    const base = {
      category: 'property-management',
      centralizedDeliveryAt: delivered,
      deliveredToOwnerOn: '2026-09-01',
    } as const;
    const before = routeComplaint({ ...base, receivedAt: '2026-08-31T23:59:59+08:00' });
    expect(before.unit).toBe('project-customer-service');
    expect(before.reasons[1]?.facts).toMatchObject({
      deliveredToOwnerOn: '2026-09-01',
      beforeDelivery: true,
    });
    expect(before.reasons[1]?.message['zh-CN']).toContain('业主房屋尚未交付');
    // From the day of the owner's delivery on, the centralized window decides again: past it, the property company.
    expect(routeComplaint({ ...base, receivedAt: '2026-09-01T00:00:00+08:00' }).unit).toBe(
      'property-company',
    );
    // An owner delivered early, inside the window: the window still keeps it with project customer service.
    expect(
      routeComplaint({ ...base, deliveredToOwnerOn: '2026-03-01', receivedAt: '2026-06-15T10:00:00+08:00' })
        .unit,
    ).toBe('project-customer-service');
  });

  it('CMP-ROUTE-PHASE: aoyuan2014 routes as AOY 3.2-3.3: the company customer service before the handover, the property company from it', () => {
    const aoy = { policy: aoyuan2014 } as const;
    const base = { category: 'engineering-quality', deliveredToOwnerOn: '2026-05-01' } as const;
    const before = routeComplaint({ ...base, receivedAt: '2026-04-30T23:59:59+08:00' }, aoy);
    expect(before.unit).toBe('company-customer-service');
    expect(before.reasons[1]?.message['zh-CN']).toBe(
      '交楼（2026-05-01）前的投诉：售前售中，由公司客户服务部处理（aoyuan2014，出处：AOY 3.2-3.3）',
    );
    expect(routeComplaint({ ...base, receivedAt: '2026-05-01T00:00:00+08:00' }, aoy).unit).toBe(
      'property-company',
    );
    // Not SOL's 3-month window: the day after the handover is the property company's under AOY, project customer service's under SOL.
    expect(routeComplaint({ ...base, receivedAt: '2026-05-02T10:00:00+08:00' }).unit).toBe(
      'project-customer-service',
    );
    // Without the owner's day, the centralized delivery is the handover; without either, before or during the sale.
    expect(
      routeComplaint(
        { category: 'other', receivedAt: '2026-06-01T10:00:00+08:00', centralizedDeliveryAt: delivered },
        aoy,
      ).unit,
    ).toBe('property-company');
    const none = routeComplaint(
      { category: 'sales-management', receivedAt: '2026-06-01T10:00:00+08:00' },
      aoy,
    );
    expect(none.unit).toBe('company-customer-service');
    expect(none.reasons[1]?.facts).toMatchObject({ scheme: 'handover', handoverDay: null });
    // SOL's exceptions are SOL's: under AOY, warranty compensation after handover is the property company's.
    expect(
      routeComplaint(
        {
          ...base,
          receivedAt: '2027-05-06T10:00:00+08:00',
          inWarranty: true,
          involvesDeveloperCompensation: true,
        },
        aoy,
      ).unit,
    ).toBe('property-company');
    expect(aoyuan2014.complaints.routing).toEqual({ scheme: 'handover' });
    expect(generic.complaints.sources.routing).toMatchObject({ kind: 'borrowed', from: 'sinoOcean2008' });
  });

  it('CMP-ROUTE-ROLE: an unknown category is a clear error naming it', () => {
    const error = refusalOf(
      () => routeComplaint({ category: 'roof' as never, receivedAt: '2026-05-06T10:00:00+08:00' }),
      InvalidArgumentError,
    );
    expect((error as InvalidArgumentError).code).toBe('UNKNOWN_CATEGORY');
    expect((error as Error).message).toContain('"roof"');
    expect((error as InvalidArgumentError).path).toEqual(['category']);
    expect(() =>
      routeComplaint({ category: 'enginering-quality' as never, receivedAt: '2026-05-06T10:00:00+08:00' }),
    ).toThrow(/did you mean 'engineering-quality'/);
    expect(() =>
      routeComplaint({ category: '__proto__' as never, receivedAt: '2026-05-06T10:00:00+08:00' }),
    ).toThrow(/__proto__/);
    expect(() => routeComplaint({ category: 'other', receivedAt: 'soon' })).toThrow(/receivedAt/);
  });
});

describe('two levels and callbacks', () => {
  it('CMP-TWO-LEVEL: the project level handles; major and crisis complaints are reported up to HQ customer relations', () => {
    const base = { category: 'engineering-quality', receivedAt: '2026-05-06T10:00:00+08:00' } as const;
    expect(routeComplaint(base).reportedTo).toBeNull();
    expect(routeComplaint({ ...base, level: 'hot' }).reportedTo).toBeNull();
    const major = routeComplaint({ ...base, level: 'major' });
    expect(major.reportedTo).toBe('hq-customer-relations');
    expect(major.reasons.at(-1)).toMatchObject({
      rule: 'CMP-TWO-LEVEL',
      facts: { level: 'major', handledBy: 'project-customer-service' },
    });
    expect(routeComplaint({ ...base, level: 'crisis' }).reportedTo).toBe('hq-customer-relations');
  });

  it('CMP-CALLBACK-BY: the caller follows the severity under generic; named staff at 95% under aoyuan2014', () => {
    expect(routeCallback({ level: 'general' }, { policy: generic }).caller).toBe('property-assistant');
    expect(routeCallback({ level: 'hot' }, { policy: generic }).caller).toBe('department-supervisor');
    expect(routeCallback({ level: 'major' }, { policy: generic })).toMatchObject({
      caller: 'company-manager',
      minimumRate: 0.5,
    });
    expect(routeCallback({ level: 'general' }, { policy: aoyuan2014 })).toMatchObject({
      caller: 'designated-staff',
      minimumRate: 0.95,
    });
    expect(routeCallback({ level: 'general' }).reasons[0]?.message['zh-CN']).toContain('客服部');
  });
});
