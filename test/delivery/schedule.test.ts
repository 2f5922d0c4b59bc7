import { describe, expect, it } from 'vitest';
import {
  CalendarCoverageError,
  computeDeliverySchedule,
  createPolicy,
  createWorkCalendar,
  type DeliveryMilestone,
  type DeliverySchedule,
  InvalidArgumentError,
  isWorkingDay,
  needsOwnerPreInspection,
  sinoOcean2008,
} from '../../src/index.js';

const byId = (s: DeliverySchedule) => new Map(s.milestones.map((m) => [m.id, m]));
const due = (s: DeliverySchedule, id: string) => byId(s).get(id as DeliveryMilestone['id'])?.dueOn;
const messages = (m: DeliveryMilestone | undefined) =>
  (m?.reasons ?? []).map((r) => r.message['zh-CN']).join(' | ');

/** A first delivery in Beijing on Monday 2026-10-12, centralized until Sunday 10-18. */
const october = computeDeliverySchedule({
  deliveryOn: '2026-10-12',
  firstDelivery: true,
  region: '北京',
  centralizedEndsOn: '2026-10-18',
});

describe('the schedule of a delivery on 2026-10-12 (National Day, Mid-Autumn and a makeup Saturday on the way)', () => {
  it('DLV-PLAN: the delivery plan is due 2 months before, the corresponding day 2026-08-12, owned by project customer service', () => {
    const m = byId(october).get('delivery-plan');
    expect(m).toMatchObject({ rule: 'DLV-PLAN', role: 'project-customer-service', dueOn: '2026-08-12' });
    expect(m?.endsAt).toBe('2026-08-12T16:00:00.000Z');
    expect(m?.reasons[0]?.facts).toMatchObject({
      before: '2 months',
      basis: 'source',
      source: 'SOL 房屋交付管理 3 Step1',
    });
    expect(m?.reasons[1]?.rule).toBe('LAW-BEFORE');
  });

  it('DLV-RISK-TEAM: the risk-check team 1.5 months before: 1 month back (09-12), then 15 days back: 2026-08-28', () => {
    expect(byId(october).get('risk-team')).toMatchObject({ rule: 'DLV-RISK-TEAM', dueOn: '2026-08-28' });
  });

  it('DLV-RISK-REPORT: the self-check 1 month before (09-12, a Saturday) and the report at least 30 days before (09-12): both by Friday 09-11', () => {
    expect(byId(october).get('risk-self-check')).toMatchObject({
      rule: 'DLV-RISK-REPORT',
      dueOn: '2026-09-11',
    });
    expect(byId(october).get('risk-report')).toMatchObject({ rule: 'DLV-RISK-REPORT', dueOn: '2026-09-11' });
    expect(messages(byId(october).get('risk-report'))).toContain(
      '该日是周六，提前至其前的最后一个工作日2026-09-11',
    );
  });

  it('DLV-RISK-HQ: the HQ check no later than 1 month before, by HQ customer relations: 2026-09-11', () => {
    expect(byId(october).get('hq-check')).toMatchObject({
      rule: 'DLV-RISK-HQ',
      role: 'hq-customer-relations',
      dueOn: '2026-09-11',
    });
  });

  it('DLV-PREP: area measurement, title agency and documents 1 month before, each by 2026-09-11, with their owners', () => {
    const m = byId(october);
    expect(m.get('area-measurement')).toMatchObject({
      rule: 'DLV-PREP',
      role: 'design-management',
      dueOn: '2026-09-11',
    });
    expect(m.get('title-agency')).toMatchObject({
      rule: 'DLV-PREP',
      role: 'project-company',
      dueOn: '2026-09-11',
    });
    expect(m.get('documents')).toMatchObject({
      rule: 'DLV-PREP',
      role: 'project-company',
      dueOn: '2026-09-11',
    });
  });

  it('DLV-PREP: the notice pack 7 days before is 10-05, a National Day holiday: mailed by 09-30, and the reason names the holiday', () => {
    const m = byId(october).get('notice-pack-mailed');
    expect(m).toMatchObject({ rule: 'DLV-PREP', role: 'project-customer-service', dueOn: '2026-09-30' });
    expect(m?.reasons[1]?.facts).toMatchObject({
      nominalDay: '2026-10-05',
      lastDay: '2026-09-30',
      movedBackDays: 5,
    });
    expect(messages(m)).toContain('国庆节放假日');
    expect(m?.reasons.some((r) => r.rule === 'LAW-WORKDAY' && r.facts.holiday === '国庆节')).toBe(true);
  });

  it('DLV-PREP: the owners are phoned on the 2nd to the 3rd day after the planned mailing day: 10-02 to 10-03, National Day days named, not moved', () => {
    const m = byId(october).get('owner-calls');
    expect(m).toMatchObject({
      rule: 'DLV-PREP',
      dueOn: '2026-10-03',
      window: { from: '2026-10-02', to: '2026-10-03' },
    });
    expect(m?.endsAt).toBe('2026-10-03T16:00:00.000Z');
    expect(messages(m)).toContain('2026-10-02（国庆节）');
    expect(m?.reasons.at(-1)?.facts).toMatchObject({ moved: false, restDays: 2 });
  });

  it('DLV-PREP: the owners are phoned from the day the pack was actually mailed when given: mailed 09-29, calls 10-01 to 10-02', () => {
    const s = computeDeliverySchedule({ deliveryOn: '2026-10-12', noticeMailedOn: '2026-09-29' });
    expect(byId(s).get('owner-calls')?.window).toEqual({ from: '2026-10-01', to: '2026-10-02' });
    expect(byId(s).get('owner-calls')?.reasons[0]?.facts).toMatchObject({
      mailedOn: '2026-09-29',
      mailedOnGiven: true,
    });
  });

  it('DLV-PREP: a policy that reads 第2-3日 as working days phones after National Day: the 2nd and 3rd working days after 09-30 are 10-09 and the makeup Saturday 10-10', () => {
    const policy = createPolicy(sinoOcean2008, {
      id: 'acme',
      delivery: { ownerCalls: { counting: 'working-days' } },
    });
    const s = computeDeliverySchedule({ deliveryOn: '2026-10-12', policy });
    const m = byId(s).get('owner-calls');
    expect(m?.window).toEqual({ from: '2026-10-09', to: '2026-10-10' });
    expect(m?.reasons[0]?.facts).toMatchObject({
      counting: 'working-days',
      basis: 'company',
      source: 'acme',
    });
  });

  it('DLV-PREP: cleaning, keys and packs by the property company, and the site dressing, 3 days before: Friday 10-09', () => {
    expect(byId(october).get('cleaning-keys-packs')).toMatchObject({
      role: 'property-company',
      dueOn: '2026-10-09',
    });
    expect(byId(october).get('site-dressing')).toMatchObject({
      role: 'project-customer-service',
      dueOn: '2026-10-09',
    });
  });

  it('DLV-PREP: rehearsals (at least 2) for a first delivery, by default the last working day before delivery: the makeup Saturday 10-10, said to be a default', () => {
    const m = byId(october).get('rehearsals');
    expect(m?.dueOn).toBe('2026-10-10');
    expect(isWorkingDay('2026-10-10')).toBe(true);
    expect(m?.reasons[0]?.facts).toMatchObject({ basis: 'library-default' });
    expect(messages(m)).toContain('至少2次演练');
    expect(messages(m)).toContain('本库默认值');
    expect(m?.reasons[0]?.message.en).toContain("the library's own default");
  });

  it('DLV-PREP: no rehearsals for a later delivery, and a reason says why', () => {
    const s = computeDeliverySchedule({ deliveryOn: '2026-10-12' });
    expect(byId(s).has('rehearsals')).toBe(false);
    expect(s.firstDelivery).toBe(false);
    expect(s.reasons.some((r) => r.rule === 'DLV-PREP' && r.facts.rehearsals === 0)).toBe(true);
  });

  it('DLV-HANDOVER-LAW: the handover inspection at least 15 days before: 09-27 falls in the Mid-Autumn holiday (09-25..27), so by Thursday 09-24', () => {
    const m = byId(october).get('handover-inspection');
    expect(m).toMatchObject({
      rule: 'DLV-HANDOVER-LAW',
      role: 'engineering-management',
      dueOn: '2026-09-24',
    });
    expect(messages(m)).toContain('中秋节');
    expect(m?.reasons[0]?.facts).toMatchObject({ source: '物业承接查验办法 (2010) 第五条' });
  });

  it('DLV-HANDOVER: the engineering department owns the handover inspection', () => {
    expect(byId(october).get('handover-inspection')?.role).toBe('engineering-management');
  });

  it('DLV-SUMMARY: the summary 5 working days after the centralized delivery ends (Sunday 10-18): 10-19..10-23, so 10-23', () => {
    const m = byId(october).get('delivery-summary');
    expect(m).toMatchObject({ rule: 'DLV-SUMMARY', dueOn: '2026-10-23', endsAt: '2026-10-23T16:00:00.000Z' });
    expect(m?.reasons[1]?.rule).toBe('LAW-WORKDAY-PERIOD');
  });

  it('DLV-SUMMARY: ending on 2026-09-30, the summary skips National Day and counts the makeup Saturday: 10-08, 09, 10, 12, 13', () => {
    const s = computeDeliverySchedule({ deliveryOn: '2026-09-28', centralizedEndsOn: '2026-09-30' });
    expect(due(s, 'delivery-summary')).toBe('2026-10-13');
  });

  it('DLV-SUMMARY: no summary milestone until the end of the centralized delivery is known; a reason says so', () => {
    const s = computeDeliverySchedule({ deliveryOn: '2026-10-12' });
    expect(byId(s).has('delivery-summary')).toBe(false);
    expect(s.reasons.some((r) => r.rule === 'DLV-SUMMARY' && r.facts.centralizedEndsOn === null)).toBe(true);
  });

  it('DLV-STEPS: a Beijing project has the owners pre-inspection (library default, 1 month before) and its repairs before delivery', () => {
    expect(october.preInspection).toBe(true);
    expect(byId(october).get('owner-pre-inspection')).toMatchObject({
      rule: 'DLV-STEPS',
      dueOn: '2026-09-11',
    });
    expect(byId(october).get('owner-pre-inspection')?.reasons[0]?.facts).toMatchObject({
      basis: 'library-default',
    });
    expect(byId(october).get('pre-inspection-repairs')).toMatchObject({
      rule: 'DLV-STEPS',
      role: 'engineering-management',
      dueOn: '2026-10-10',
    });
  });

  it('DLV-STEPS: a project outside the policy regions skips the pre-inspection, with a reason naming the policy', () => {
    const s = computeDeliverySchedule({ deliveryOn: '2026-10-12', region: 'shanghai' });
    expect(s.preInspection).toBe(false);
    expect(byId(s).has('owner-pre-inspection')).toBe(false);
    expect(byId(s).has('pre-inspection-repairs')).toBe(false);
    expect(s.reasons[0]?.message['zh-CN']).toContain('仅对北京地区项目组织业主预验收');
    expect(s.reasons[0]?.message['zh-CN']).toContain('跳过');
  });

  it('DLV-STEPS: the region is the policy data, not code: a company that adds Tianjin gets a pre-inspection there', () => {
    const policy = createPolicy(sinoOcean2008, {
      id: 'north',
      delivery: {
        preInspection: {
          regions: [
            { id: 'beijing', 'zh-CN': '北京', en: 'Beijing' },
            { id: 'tianjin', 'zh-CN': '天津', en: 'Tianjin' },
          ],
        },
      },
    });
    expect(needsOwnerPreInspection({ region: '天津市' }, { policy }).required).toBe(true);
    expect(needsOwnerPreInspection({ region: '天津市' }).required).toBe(false);
    expect(needsOwnerPreInspection({ region: 'Tianjin' }, { policy }).reasons[0]?.facts).toMatchObject({
      policy: 'north',
    });
    expect(needsOwnerPreInspection({ region: 'tianjin', preInspection: false }, { policy }).required).toBe(
      false,
    );
    expect(needsOwnerPreInspection({}).required).toBe(false);
    const all = createPolicy(sinoOcean2008, { delivery: { preInspection: { scope: 'all' } } });
    expect(needsOwnerPreInspection({ region: 'shenzhen' }, { policy: all }).required).toBe(true);
  });
});

describe('counting back over month ends (LAW-BEFORE)', () => {
  it('LAW-BEFORE: 2026-06-30 minus 2 months is 2026-04-30; minus 1.5 months is 05-15; minus 30 days is Sunday 05-31, so Friday 05-29', () => {
    const s = computeDeliverySchedule({ deliveryOn: '2026-06-30' });
    expect(due(s, 'delivery-plan')).toBe('2026-04-30');
    expect(due(s, 'risk-team')).toBe('2026-05-15');
    expect(due(s, 'risk-report')).toBe('2026-05-29');
    expect(due(s, 'risk-self-check')).toBe('2026-05-29');
    expect(due(s, 'handover-inspection')).toBe('2026-06-15');
    expect(due(s, 'notice-pack-mailed')).toBe('2026-06-23');
    expect(byId(s).get('owner-calls')?.window).toEqual({ from: '2026-06-25', to: '2026-06-26' });
    expect(due(s, 'cleaning-keys-packs')).toBe('2026-06-26');
  });

  it('LAW-BEFORE: 2026-03-31 minus 1 month is 02-28, a Spring Festival makeup Saturday (a working day); minus 2 months is Saturday 01-31, so 01-30', () => {
    const s = computeDeliverySchedule({ deliveryOn: '2026-03-31' });
    expect(due(s, 'risk-self-check')).toBe('2026-02-28');
    expect(due(s, 'area-measurement')).toBe('2026-02-28');
    expect(messages(byId(s).get('documents'))).toContain('该月没有对应日，取月末日');
    expect(due(s, 'delivery-plan')).toBe('2026-01-30');
    // 30 days before is Sunday 03-01: the last working day before it is the makeup Saturday 02-28.
    expect(due(s, 'risk-report')).toBe('2026-02-28');
  });

  it('LAW-BEFORE: 3 days before a delivery on 2026-05-08 is 05-05, Labour Day: cleaning by 04-30', () => {
    const s = computeDeliverySchedule({ deliveryOn: '2026-05-08' });
    expect(due(s, 'cleaning-keys-packs')).toBe('2026-04-30');
    expect(messages(byId(s).get('site-dressing'))).toContain('劳动节');
  });

  it("LAW-BEFORE: a company's own day off counts: with 2026-08-12 off, the plan is due 08-11", () => {
    const calendar = createWorkCalendar({ days: [{ date: '2026-08-12', isOffDay: true, name: '公司年会' }] });
    expect(due(computeDeliverySchedule({ deliveryOn: '2026-10-12', calendar }), 'delivery-plan')).toBe(
      '2026-08-11',
    );
  });
});

describe('bad input', () => {
  it('DLV-PLAN: a delivery so early that its plan falls before the calendar (2007) is a coverage error naming the year, or an estimate with the fallback', () => {
    expect(() => computeDeliverySchedule({ deliveryOn: '2008-02-20' })).toThrow(CalendarCoverageError);
    try {
      computeDeliverySchedule({ deliveryOn: '2008-02-20' });
    } catch (e) {
      expect((e as CalendarCoverageError).year).toBe(2007);
      expect((e as CalendarCoverageError).code).toBe('CALENDAR_NOT_COVERED');
    }
    const s = computeDeliverySchedule({ deliveryOn: '2008-02-20', fallback: 'weekends-only' });
    expect(due(s, 'delivery-plan')).toBe('2007-12-20');
    expect(
      byId(s)
        .get('delivery-plan')
        ?.reasons.some((r) => r.rule === 'LAW-COVERAGE'),
    ).toBe(true);
  });

  it('DLV-PREP: a pack mailed after the delivery day, or a centralized delivery that ends before it starts, is a path-addressed error', () => {
    const e1 = () => computeDeliverySchedule({ deliveryOn: '2026-10-12', noticeMailedOn: '2026-10-13' });
    expect(e1).toThrow(InvalidArgumentError);
    expect(e1).toThrow(/^input\.noticeMailedOn: /);
    expect(() =>
      computeDeliverySchedule({ deliveryOn: '2026-10-12', centralizedEndsOn: '2026-10-11' }),
    ).toThrow(/^input\.centralizedEndsOn: /);
  });

  it('DLV-PLAN: a malformed day, a non-boolean flag, a foreign policy or calendar: path-addressed InvalidArgumentErrors, never a TypeError', () => {
    const cases: [unknown, RegExp][] = [
      [undefined, /^input: expected an object/],
      [{ deliveryOn: '2026-02-30' }, /^input\.deliveryOn: /],
      [{ deliveryOn: '2026-10-12', firstDelivery: 'yes' }, /^input\.firstDelivery: expected true or false/],
      [{ deliveryOn: '2026-10-12', policy: { id: 'x' } }, /^input\.policy: /],
      [{ deliveryOn: '2026-10-12', calendar: {} }, /^input\.calendar: /],
      [{ deliveryOn: '2026-10-12', region: 42 }, /^input\.region: /],
      [{ deliveryOn: '2026-10-12', fallback: 'weekend' }, /^input\.fallback: .*did you mean 'weekends-only'/],
    ];
    for (const [input, message] of cases) {
      const run = () => computeDeliverySchedule(input as Parameters<typeof computeDeliverySchedule>[0]);
      expect(run).toThrow(InvalidArgumentError);
      expect(run).toThrow(message);
    }
  });

  it('DLV-PLAN: the input is not changed, the result survives JSON, and the milestones run in the order of their days', () => {
    const input = {
      deliveryOn: '2026-10-12',
      firstDelivery: true,
      region: '北京',
      centralizedEndsOn: '2026-10-18',
    };
    const copy = structuredClone(input);
    const s = computeDeliverySchedule(input);
    expect(input).toEqual(copy);
    expect(s).toEqual(october);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    const starts = s.milestones.map((m) => m.window?.from ?? m.dueOn);
    expect(starts).toEqual([...starts].sort());
    expect(s.milestones.map((m) => m.id)).toEqual([
      'delivery-plan',
      'risk-team',
      'risk-self-check',
      'risk-report',
      'hq-check',
      'owner-pre-inspection',
      'area-measurement',
      'title-agency',
      'documents',
      'handover-inspection',
      'notice-pack-mailed',
      'owner-calls',
      'cleaning-keys-packs',
      'site-dressing',
      'rehearsals',
      'pre-inspection-repairs',
      'delivery-summary',
    ]);
  });
});
