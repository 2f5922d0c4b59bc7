import { describe, expect, it } from 'vitest';
import { RealtyCrmError } from '../../src/core/errors.js';
import {
  aoyuan2014,
  createPolicy,
  generic,
  InvalidArgumentError,
  parseDeliveryRiskCheck,
  parseHouseholdDeliveries,
  parseHouseholdDelivery,
  parseOpeningRiskCheck,
  parsePolicy,
  sinoOcean2008,
} from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

const good = {
  householdId: 'B3-1201',
  eligible: true,
  mode: 'centralized',
  firstInspectedOn: '2026-10-12',
  keysTakenAtFirstInspection: true,
  keysTakenOn: '2026-10-12',
  repairItems: [{ discipline: 'plumbing', description: '厨房下水慢' }],
};
const issues = (input: unknown, locale: 'en' | 'zh-CN' = 'en') => {
  const r = parseHouseholdDelivery(input, { locale });
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('the household delivery record', () => {
  it('DLV-SUMMARY: a full record passes; the disciplines are the eight of the table', () => {
    expect(parseHouseholdDelivery(good).success).toBe(true);
    expect(issues({ ...good, repairItems: [{ discipline: 'roof' }] })[0]?.[0]).toBe(
      'repairItems.0.discipline',
    );
  });

  it('DLV-SUMMARY: cross-field checks, each at its field, in both languages', () => {
    const { firstInspectedOn: _, ...noInspection } = good;
    expect(issues(noInspection)).toEqual([
      ['firstInspectedOn', 'keysTakenAtFirstInspection needs the first inspection day (firstInspectedOn)'],
      [
        'repairItems',
        'repair items are recorded at the inspection: a household with items needs firstInspectedOn',
      ],
    ]);
    expect(issues({ ...good, keysTakenOn: '2026-10-11' })).toEqual([
      ['keysTakenOn', 'the keys cannot be taken before the first inspection'],
    ]);
    expect(issues({ ...good, keysTakenOn: '2026-10-11' }, 'zh-CN')).toEqual([
      ['keysTakenOn', '收楼日期不能早于首次验房日期'],
    ]);
    expect(issues({ ...good, eligible: false })[0]?.[0]).toBe('keysTakenOn');
    expect(issues({ ...good, refusedReasons: ['面积误差'] })[0]?.[0]).toBe('refusedReasons');
    const { keysTakenOn: _k, ...noKeys } = good;
    expect(issues(noKeys)[0]?.[0]).toBe('keysTakenOn');
    expect(issues({ ...good, repairItems: [{ discipline: 'civil', closedOn: '2026-10-01' }] })[0]?.[0]).toBe(
      'repairItems.0.closedOn',
    );
    expect(issues({ ...good, keysTakenOn: '2026-02-30' })[0]?.[1]).toBe(
      'expected a real day written YYYY-MM-DD',
    );
  });

  it('DLV-MODE: centralized or sporadic only; unknown keys are refused', () => {
    expect(issues({ ...good, mode: 'online' })[0]?.[0]).toBe('mode');
    expect(issues({ ...good, phone: '13800000000' })[0]?.[1]).toContain('phone');
    expect(JSON.stringify(issues({ ...good, phone: '13800000000' }))).not.toContain('13800000000');
  });

  it('DLV-SUMMARY: a batch keeps the good records and names every bad one by index', () => {
    const b = parseHouseholdDeliveries([good, { householdId: 'X' }, good], { locale: 'en' });
    expect(b.valid.length).toBe(2);
    expect(b.validIndexes).toEqual([0, 2]);
    expect(new Set(b.invalid.map((i) => i.index))).toEqual(new Set([1]));
    expect(() => parseHouseholdDeliveries('x' as never)).toThrow(InvalidArgumentError);
  });

  it('DLV-RISK-SCOPE: the risk check record: classes, dispositions, duplicate ids', () => {
    const ok = {
      projectId: 'P-1',
      firstDelivery: true,
      hqCheck: { checkedOn: '2026-09-08', departments: ['customer-relations', 'quality'] },
      items: [
        {
          id: 'R-1',
          class: 'sales-promises',
          result: 'failed',
          major: true,
          dispositions: [{ kind: 'contingency-plan', on: '2026-09-01' }],
        },
      ],
    };
    expect(parseDeliveryRiskCheck(ok).success).toBe(true);
    const dup = parseDeliveryRiskCheck({ ...ok, items: [ok.items[0], ok.items[0]] }, { locale: 'en' });
    expect(dup.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['items.1.id', 'the id is used twice'],
    ]);
    expect(
      parseDeliveryRiskCheck({
        ...ok,
        hqCheck: { checkedOn: '2026-09-08', departments: ['quality', 'quality'] },
      }).error?.issues[0]?.path,
    ).toEqual(['hqCheck', 'departments']);
  });

  it('DLV-OPENING: the opening check record: aspects, findings closed after found', () => {
    const ok = {
      projectId: 'P-9',
      newCompany: true,
      newProject: true,
      firstOpening: true,
      reportingCadence: 'daily',
      aspectsChecked: ['advertising'],
      findings: [{ id: 'F', aspect: 'advertising', foundOn: '2026-04-21' }],
    };
    expect(parseOpeningRiskCheck(ok).success).toBe(true);
    const r = parseOpeningRiskCheck(
      {
        ...ok,
        findings: [{ id: 'F', aspect: 'advertising', foundOn: '2026-04-21', closedOn: '2026-04-20' }],
      },
      { locale: 'zh-CN' },
    );
    expect(r.error?.issues[0]?.message).toBe('问题关闭日期不能早于发现日期');
  });
});

describe('the delivery slice of the presets', () => {
  it('DLV-PLAN: sinoOcean2008 cites SOL for its values; aoyuan2014 and generic borrow them and say so', () => {
    expect(sinoOcean2008.delivery.milestones['delivery-plan']).toEqual({
      before: { months: 2 },
      cite: { basis: 'source', source: 'SOL 房屋交付管理 3 Step1' },
    });
    expect(aoyuan2014.delivery.milestones['delivery-plan'].cite).toEqual({
      basis: 'borrowed',
      source: 'sinoOcean2008: SOL 房屋交付管理 3 Step1',
    });
    expect(generic.delivery.id).toBe('generic');
    expect(generic.delivery.summary.cite.basis).toBe('borrowed');
    expect(aoyuan2014.delivery.milestones.rehearsals.cite.note?.['zh-CN']).toContain('SOL未规定演练日期');
  });

  it("DLV-PREP: a company's override cites the company; a period is replaced whole, never merged", () => {
    const p = createPolicy(sinoOcean2008, {
      id: 'acme',
      delivery: { milestones: { 'notice-pack-mailed': { before: { days: 10 } } } },
    });
    expect(p.delivery.milestones['notice-pack-mailed']).toEqual({
      before: { days: 10 },
      cite: { basis: 'company', source: 'acme' },
    });
    expect(p.delivery.milestones['delivery-plan'].cite.basis).toBe('source');
    expect(p.delivery.id).toBe('acme');
    const q = createPolicy(sinoOcean2008, {
      delivery: { milestones: { 'delivery-plan': { before: { days: 60 } } } },
    });
    expect(q.delivery.milestones['delivery-plan'].before).toEqual({ days: 60 });
  });

  it('DLV-PREP: a bad delivery setting is a path-addressed INVALID_POLICY error', () => {
    const bad = (delivery: unknown) => () => parsePolicy({ id: 'x', delivery });
    expect(bad({ ownerCalls: { fromDay: 3, toDay: 2 } })).toThrow(/^delivery\.ownerCalls\.toDay: /);
    expect(bad({ milestones: { 'delivery-plan': { before: { months: 0 } } } })).toThrow(
      /^delivery\.milestones\.delivery-plan\.before: /,
    );
    expect(bad({ preInspection: { regions: [{ id: 'Bei Jing', 'zh-CN': '北京', en: 'Beijing' }] } })).toThrow(
      /^delivery\.preInspection\.regions\.0\.id: /,
    );
    expect(bad({ summary: { workingDays: -1 } })).toThrow(/^delivery\.summary\.workingDays: /);
    expect(refusalOf(bad({ rehearsals: { minimum: 'two' } }), RealtyCrmError).code).toBe('INVALID_POLICY');
  });
});
