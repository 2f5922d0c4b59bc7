import { describe, expect, it } from 'vitest';
import {
  assessOpeningRiskCheck,
  createPolicy,
  type OpeningRiskCheck,
  sinoOcean2008,
} from '../../src/index.js';

const ALL = [
  'sales-contracts',
  'advertising',
  'on-site-display',
  'product-technical',
  'physical-quality',
] as const;
const check = (extra: Partial<OpeningRiskCheck> = {}): OpeningRiskCheck => ({
  projectId: 'P-9',
  newCompany: true,
  newProject: true,
  firstOpening: true,
  reportingCadence: 'weekly',
  assessmentStartsOn: '2026-04-20',
  preparationMeetingOn: '2026-04-03',
  aspectsChecked: [...ALL],
  findings: [],
  ...extra,
});
const OPTS = { openingOn: '2026-05-16', now: '2026-05-20' };

describe('assessOpeningRiskCheck', () => {
  it("DLV-OPENING: required only for a new company's new project's first opening", () => {
    expect(assessOpeningRiskCheck(check(), OPTS).required).toBe(true);
    for (const k of ['newCompany', 'newProject', 'firstOpening'] as const) {
      const a = assessOpeningRiskCheck(check({ [k]: false }), OPTS);
      expect(a.required, k).toBe(false);
      expect(a.reasons[0]?.message['zh-CN']).toContain('不作强制要求');
    }
  });

  it('DLV-OPENING: the five aspects: one not checked is named', () => {
    const a = assessOpeningRiskCheck(
      check({ aspectsChecked: ['sales-contracts', 'advertising', 'on-site-display', 'product-technical'] }),
      OPTS,
    );
    expect(a.aspectsMissing).toEqual(['physical-quality']);
    expect(a.complete).toBe(false);
    expect(a.reasons[1]?.message['zh-CN']).toBe('尚未检查：项目实体质量');
  });

  it('DLV-OPENING: the preparation meeting 2 weeks before the assessment (04-20): 04-06 is Qingming, so by Friday 04-03; held 04-03 on time, 04-07 late', () => {
    const a = assessOpeningRiskCheck(check(), OPTS);
    expect(a.preparationMeeting).toMatchObject({
      id: 'preparation-meeting',
      status: 'on-time',
      blocking: false,
    });
    expect(a.preparationMeeting?.reasons[1]?.facts).toMatchObject({
      dueOn: '2026-04-03',
      anchor: '2026-04-20',
    });
    expect(
      a.preparationMeeting?.reasons.some(
        (r) => r.rule === 'LAW-BEFORE' && String(r.message['zh-CN']).includes('清明节'),
      ),
    ).toBe(true);
    expect(
      assessOpeningRiskCheck(check({ preparationMeetingOn: '2026-04-07' }), OPTS).preparationMeeting?.status,
    ).toBe('late');
  });

  it('DLV-OPENING: read from the opening instead (policy setting): 2 weeks before 05-16 is Saturday 05-02, Labour Day, so by 04-30', () => {
    const policy = createPolicy(sinoOcean2008, {
      delivery: { opening: { preparationMeetingBefore: 'opening' } },
    });
    const a = assessOpeningRiskCheck(check(), { ...OPTS, policy });
    expect(a.preparationMeeting?.reasons[1]?.facts).toMatchObject({
      dueOn: '2026-04-30',
      anchor: '2026-05-16',
      preparationMeetingBefore: 'opening',
    });
  });

  it('DLV-OPENING: without the assessment day the meeting has no due day, and a reason says so', () => {
    const { assessmentStartsOn: _, ...rest } = check();
    const a = assessOpeningRiskCheck(rest, OPTS);
    expect(a.preparationMeeting).toBeNull();
    expect(a.reasons.some((r) => r.facts.assessmentStartsOn === null)).toBe(true);
  });

  it('DLV-OPENING: weekly reports from the first finding until the last is closed: due 04-28, 05-05 (Labour Day, not moved), 05-12', () => {
    const a = assessOpeningRiskCheck(
      check({
        findings: [{ id: 'F-1', aspect: 'advertising', foundOn: '2026-04-21', closedOn: '2026-05-06' }],
        reportsSubmittedOn: ['2026-04-28'],
      }),
      OPTS,
    );
    expect(a.reports).toEqual([
      {
        dueOn: '2026-04-28',
        covers: { from: '2026-04-21', to: '2026-04-28' },
        openFindings: 1,
        status: 'on-time',
      },
      {
        dueOn: '2026-05-05',
        covers: { from: '2026-04-29', to: '2026-05-05' },
        openFindings: 1,
        status: 'overdue',
      },
      {
        dueOn: '2026-05-12',
        covers: { from: '2026-05-06', to: '2026-05-12' },
        openFindings: 1,
        status: 'overdue',
      },
    ]);
    expect(a.complete).toBe(true);
    expect(a.openFindings).toEqual([]);
  });

  it('DLV-OPENING: a finding closed on the day of a report ends the list with that report', () => {
    const a = assessOpeningRiskCheck(
      check({
        findings: [{ id: 'F-1', aspect: 'advertising', foundOn: '2026-04-21', closedOn: '2026-04-28' }],
      }),
      OPTS,
    );
    expect(a.reports.map((r) => r.dueOn)).toEqual(['2026-04-28']);
  });

  it('DLV-OPENING: daily reports while a finding is open, up to the next one after now', () => {
    const a = assessOpeningRiskCheck(
      check({
        reportingCadence: 'daily',
        findings: [{ id: 'F-1', aspect: 'physical-quality', foundOn: '2026-05-17' }],
      }),
      { openingOn: '2026-05-16', now: '2026-05-20T10:00:00+08:00' },
    );
    expect(a.reports.map((r) => [r.dueOn, r.status])).toEqual([
      ['2026-05-18', 'overdue'],
      ['2026-05-19', 'overdue'],
      ['2026-05-20', 'pending'],
    ]);
    expect(a.openFindings).toEqual(['F-1']);
    expect(a.complete).toBe(false);
  });

  it('DLV-OPENING: bad input is path-addressed: an unknown aspect, two different opening days', () => {
    expect(() =>
      assessOpeningRiskCheck(
        check({ findings: [{ id: 'F', aspect: 'adverts' as 'advertising', foundOn: '2026-04-21' }] }),
        OPTS,
      ),
    ).toThrow(/^check\.findings\.0\.aspect: /);
    expect(() => assessOpeningRiskCheck(check({ openingOn: '2026-05-17' }), OPTS)).toThrow(
      /^options\.openingOn: /,
    );
    expect(() => assessOpeningRiskCheck(check({ reportingCadence: 'monthly' as 'weekly' }), OPTS)).toThrow(
      /^check\.reportingCadence: /,
    );
  });
});
