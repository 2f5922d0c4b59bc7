/**
 * The reasons of assessEscalation, stage by stage: the facts each one carries (grounds, the
 * group count and the warning share, the due instant, the policy), both messages word for word
 * with and without `at` (2026-09-30 10:00, the eve of National Day: elapsed hours, never moved),
 * the source each message cites, and refused facts. Found unchecked by the mutation run of
 * issue 8.
 */

import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { assessEscalation, createPolicy, sinoOcean2008 } from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

const at = '2026-09-30T10:00:00+08:00';

describe('what each escalation reason says', () => {
  it('CMP-WARN: nothing owed: the whole reason, and no due instant even with at', () => {
    expect(assessEscalation({}, { at })).toEqual({
      stage: 'none',
      grounds: [],
      level: 'general',
      majorGroup: false,
      dueAt: null,
      reasons: [
        {
          rule: 'CMP-WARN',
          facts: {
            stage: 'none',
            grounds: [],
            level: 'general',
            majorGroup: false,
            dueAt: null,
            policy: 'sinoOcean2008',
          },
          message: {
            'zh-CN': '未见重大群诉或危机隐患，也未发生重大（危机）事件：无需预警或上报',
            en: 'No risk of a major group complaint or a crisis, and no major (crisis) event: no warning or report owed',
          },
        },
      ],
    });
    // 4 households, one short of half the threshold (10): the count is in the facts, no ground.
    expect(assessEscalation({ householdsComplainingTogether: 4 }).reasons[0]?.facts).toEqual({
      stage: 'none',
      grounds: [],
      level: 'general',
      majorGroup: false,
      groupCount: 4,
      warningShare: { kind: 'at-least', value: 5 },
      dueAt: null,
      policy: 'sinoOcean2008',
    });
  });

  it('CMP-WARN: three grounds of a warning, joined by ； and "; ", due 24 h after at (2026-10-01, National Day, not moved)', () => {
    const a = assessEscalation(
      { householdsComplainingTogether: 5, riskOfMajorGroupOrCrisis: true, mayLeadToLawsuitOrMedia: true },
      { at },
    );
    expect(a).toEqual({
      stage: 'warning',
      grounds: ['risk-reported', 'group-share', 'hot-risk'],
      level: 'hot',
      majorGroup: false,
      dueAt: '2026-10-01T02:00:00.000Z',
      reasons: [
        {
          rule: 'CMP-WARN',
          facts: {
            stage: 'warning',
            grounds: ['risk-reported', 'group-share', 'hot-risk'],
            level: 'hot',
            majorGroup: false,
            groupCount: 5,
            warningShare: { kind: 'at-least', value: 5 },
            dueAt: '2026-10-01T02:00:00.000Z',
            policy: 'sinoOcean2008',
          },
          message: {
            'zh-CN':
              '有重大群诉或危机隐患（经判断有重大群诉或危机隐患；同一问题已有5户以上（达到重大群诉门槛的50%）（sinoOcean2008，本库默认值）；热点投诉可能引发法律诉讼或被媒体曝光）：发出《投诉升级预警单》，向直接上级汇报，依照《危机事件处理流程》处理，24小时内（至2026-10-01T02:00:00.000Z）（sinoOcean2008，本库默认值）',
            en: "A risk of a major group complaint or a crisis (judged to carry a risk of a major group complaint or a crisis; the issue reached 5 households or more (50% of the major group threshold) (sinoOcean2008, the library's own default); a hot complaint that may lead to a lawsuit or media exposure): send the escalation warning form to the direct superior, handled per the crisis procedure, within 24 h (by 2026-10-01T02:00:00.000Z) (sinoOcean2008, the library's own default)",
          },
        },
      ],
    });
    // The grounds in the facts are a copy: changing the result's grounds leaves the reason's alone.
    expect(a.reasons[0]?.facts.grounds).not.toBe(a.grounds);
  });

  it('CMP-WARN: a warning without at says no due instant; the caller’s judgement alone is its one ground', () => {
    expect(assessEscalation({ riskOfMajorGroupOrCrisis: true })).toEqual({
      stage: 'warning',
      grounds: ['risk-reported'],
      level: 'general',
      majorGroup: false,
      dueAt: null,
      reasons: [
        {
          rule: 'CMP-WARN',
          facts: {
            stage: 'warning',
            grounds: ['risk-reported'],
            level: 'general',
            majorGroup: false,
            dueAt: null,
            policy: 'sinoOcean2008',
          },
          message: {
            'zh-CN':
              '有重大群诉或危机隐患（经判断有重大群诉或危机隐患）：发出《投诉升级预警单》，向直接上级汇报，依照《危机事件处理流程》处理，24小时内（sinoOcean2008，本库默认值）',
            en: "A risk of a major group complaint or a crisis (judged to carry a risk of a major group complaint or a crisis): send the escalation warning form to the direct superior, handled per the crisis procedure, within 24 h (sinoOcean2008, the library's own default)",
          },
        },
      ],
    });
  });

  it('CMP-WARN and CMP-SEV-GROUP: a major group complaint (10 households) owes the event report, named as such, due 24 h after at', () => {
    expect(assessEscalation({ householdsComplainingTogether: 10 }, { at })).toEqual({
      stage: 'event-report',
      grounds: [],
      level: 'major',
      majorGroup: true,
      dueAt: '2026-10-01T02:00:00.000Z',
      reasons: [
        {
          rule: 'CMP-WARN',
          facts: {
            stage: 'event-report',
            grounds: [],
            level: 'major',
            majorGroup: true,
            groupCount: 10,
            warningShare: { kind: 'at-least', value: 5 },
            dueAt: '2026-10-01T02:00:00.000Z',
            policy: 'sinoOcean2008',
          },
          message: {
            'zh-CN':
              '重大（危机）事件已发生（重大群诉）：项目客户服务部填写《项目重大(危机)客户事件报表》，上报本部客户关系部，24小时内（至2026-10-01T02:00:00.000Z）（sinoOcean2008，本库默认值）',
            en: "A major (crisis) event has happened (major group complaint): project customer service fills the major (crisis) customer event report and sends it to HQ customer relations within 24 h (by 2026-10-01T02:00:00.000Z) (sinoOcean2008, the library's own default)",
          },
        },
      ],
    });
  });

  it('CMP-WARN: a major complaint or a crisis without at: the level is named in lower case, with no due instant', () => {
    expect(assessEscalation({ mediaExposed: true }).reasons[0]?.message).toEqual({
      'zh-CN':
        '重大（危机）事件已发生（重大投诉）：项目客户服务部填写《项目重大(危机)客户事件报表》，上报本部客户关系部，24小时内（sinoOcean2008，本库默认值）',
      en: "A major (crisis) event has happened (major complaint): project customer service fills the major (crisis) customer event report and sends it to HQ customer relations within 24 h (sinoOcean2008, the library's own default)",
    });
    const crisis = assessEscalation({ crisisSignals: ['disaster'] });
    expect(crisis).toMatchObject({ stage: 'event-report', level: 'crisis', majorGroup: false, dueAt: null });
    expect(crisis.reasons[0]?.message.en).toBe(
      "A major (crisis) event has happened (crisis): project customer service fills the major (crisis) customer event report and sends it to HQ customer relations within 24 h (sinoOcean2008, the library's own default)",
    );
    expect(crisis.reasons[0]?.message['zh-CN']).toContain('（危机事件）');
  });
});

describe('what the policy changes in an escalation reason', () => {
  const acme = createPolicy(sinoOcean2008, {
    id: 'acme',
    complaints: {
      escalation: { warningShareOfMajorGroup: 0.3, warningWithinHours: 4, eventReportWithinHours: 12 },
    },
  });

  it('CMP-WARN: the event report is due after its own hours (12), the warning after its own (4)', () => {
    expect(assessEscalation({ householdsComplainingTogether: 10 }, { at, policy: acme }).dueAt).toBe(
      '2026-09-30T14:00:00.000Z',
    );
    expect(assessEscalation({ riskOfMajorGroupOrCrisis: true }, { at, policy: acme }).dueAt).toBe(
      '2026-09-30T06:00:00.000Z',
    );
    expect(assessEscalation({ mediaExposed: true }, { policy: acme }).reasons[0]?.message.en).toContain(
      'within 12 h (acme, ',
    );
  });

  it("CMP-WARN: 30% of the group threshold is 3 households; the group-share ground cites the share's source, and every warning ends with its hours' source", () => {
    const three = assessEscalation({ householdsComplainingTogether: 3 }, { policy: acme }).reasons[0];
    expect(three?.facts).toMatchObject({ groupCount: 3, warningShare: { kind: 'at-least', value: 3 } });
    expect(three?.message['zh-CN']).toContain('同一问题已有3户以上（达到重大群诉门槛的30%）');
    expect(three?.message.en).toContain(
      'the issue reached 3 households or more (30% of the major group threshold)',
    );
    // With only the hours its own, the group-share ground cites the share's source (the
    // library's default 50%) and the warning ends with the hours' source (the company's).
    const hoursOnly = createPolicy(sinoOcean2008, {
      id: 'hours-only',
      complaints: { escalation: { warningWithinHours: 4 } },
    });
    const share = assessEscalation({ householdsComplainingTogether: 5 }, { policy: hoursOnly }).reasons[0];
    const judged = assessEscalation({ riskOfMajorGroupOrCrisis: true }, { policy: hoursOnly }).reasons[0];
    expect(judged?.message.en).toBe(
      'A risk of a major group complaint or a crisis (judged to carry a risk of a major group complaint or a crisis): send the escalation warning form to the direct superior, handled per the crisis procedure, within 4 h (hours-only, set by the company policy hours-only)',
    );
    expect(share?.message.en).toBe(
      "A risk of a major group complaint or a crisis (the issue reached 5 households or more (50% of the major group threshold) (hours-only, the library's own default)): send the escalation warning form to the direct superior, handled per the crisis procedure, within 4 h (hours-only, set by the company policy hours-only)",
    );
  });
});

describe('what an escalation refuses', () => {
  it('CMP-WARN: facts that are not an object are refused at the root with a library error', () => {
    for (const facts of [null, 'many', [1]]) {
      const error = refusalOf(() => assessEscalation(facts as never), InvalidArgumentError);
      expect((error as InvalidArgumentError).path).toEqual([]);
      expect((error as InvalidArgumentError).message).toBe('expected escalation facts');
    }
  });
});
