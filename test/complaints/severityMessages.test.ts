/**
 * The severity messages of a company policy whose every severity setting differs from the
 * default (compiled on first use, compileSeverity.ts): each condition's message word for word
 * with its policy's thresholds and its source, the stale message with and without the side of
 * the delay, and what assessComplaintSeverity refuses at its door (not an object, options that
 * belong to a record, a record's field or an old name among the facts, a resolution before the
 * receipt). Found unchecked by the mutation run of issue 8.
 */

import { describe, expect, it } from 'vitest';
import { fill } from '../../src/complaints/compileSeverity.js';
import { assessComplaintSeverity, atLeast, createPolicy, moreThan, sinoOcean2008 } from '../../src/index.js';
import { refusalOf } from '../_lib/refusal.js';

/**
 * A company policy with every severity setting its own, made afresh for each test: its messages
 * are compiled on first use and kept per policy, so each test compiles them itself (a test that
 * reused another's compiled messages would not show a change in the compiling code).
 */
const makeAcme = () =>
  createPolicy(sinoOcean2008, {
    id: 'acme',
    complaints: {
      severity: {
        majorCompensationPerHouseholdYuan: moreThan(50_000),
        majorSameIssueHouseholds: atLeast(30),
        majorGroupHouseholds: atLeast(8),
        majorGroupWindowHours: 48,
        hotRepeatComplainants: atLeast(4),
        hotRepeatWindowDays: 14,
        hotCollectiveComplainants: atLeast(5),
        hotStaleAfterDays: 5,
      },
    },
  });
const set = '（acme，公司政策acme设定）';
const setEn = ' (acme, set by the company policy acme)';

/** The only reason of an assessment under acme. */
function only(facts: Parameters<typeof assessComplaintSeverity>[0], policy: ReturnType<typeof makeAcme>) {
  const s = assessComplaintSeverity(facts, { policy });
  expect(s.reasons).toHaveLength(1);
  return s.reasons[0];
}

describe('the messages of a company policy', () => {
  it('CMP-SEV-MAJOR-COMP: more than 50,000 yuan under acme: 50,000 is not major, 50,000.01 is, and the message says so', () => {
    const policy = makeAcme();
    expect(assessComplaintSeverity({ compensationPerHousehold: 50_000 }, { policy }).level).toBe('general');
    expect(only({ compensationPerHousehold: 50_000.01 }, policy)).toEqual({
      rule: 'CMP-SEV-MAJOR-COMP',
      facts: {
        compensationPerHousehold: 50_000.01,
        threshold: { kind: 'more-than', value: 50_000 },
        policy: 'acme',
      },
      message: {
        'zh-CN': `赔偿金额超过50000元/每户：重大投诉${set}`,
        en: `Compensation claimed more than 50000 yuan per household: major complaint${setEn}`,
      },
    });
  });

  it('CMP-SEV-MAJOR-COUNT: 30 households or more under acme: 29 is not, 30 is', () => {
    const policy = makeAcme();
    expect(assessComplaintSeverity({ householdsWithSameIssue: 29 }, { policy }).level).toBe('general');
    expect(only({ householdsWithSameIssue: 30 }, policy)?.message).toEqual({
      'zh-CN': `就同一问题累计投诉30户以上：重大投诉${set}`,
      en: `The same issue complained about by 30 households or more in total: major complaint${setEn}`,
    });
  });

  it('CMP-SEV-GROUP: 8 households within 48 hours under acme: the reading, the window and the threshold in the message', () => {
    const policy = makeAcme();
    expect(assessComplaintSeverity({ householdsComplainingTogether: 7 }, { policy }).majorGroup).toBe(false);
    const r = only({ householdsComplainingTogether: 8 }, policy);
    expect(r?.facts).toEqual({
      reading: 'complaining-together',
      householdsComplainingTogether: 8,
      windowHours: 48,
      threshold: { kind: 'at-least', value: 8 },
      policy: 'acme',
    });
    expect(r?.message['zh-CN']).toMatch(
      /^读法（乙）“共同投诉”：48小时内有8户以上就同一问题共同投诉，不论各户投诉本身是否重大：重大群诉，按危机事件程序处理（acme，出处：SOL 投诉管理 3\(2\); SOL 危机事件；读作“共同投诉”：/,
    );
    expect(r?.message.en).toMatch(
      /^Reading \(b\), complaining together: 8 households or more complaining about the same issue within 48 hours, whatever each complaint's own facts: major group complaint, handled with the crisis procedure \(acme, source: SOL 投诉管理 3\(2\); SOL 危机事件; read as households complaining together: /,
    );
  });

  it('CMP-SEV-HOT-REPEAT and CMP-SEV-HOT-COLLECTIVE: 4 complainants in 14 days, 5 people, under acme', () => {
    const policy = makeAcme();
    expect(assessComplaintSeverity({ distinctComplainantsWithin30Days: 3 }, { policy }).level).toBe(
      'general',
    );
    expect(only({ distinctComplainantsWithin30Days: 4 }, policy)?.message).toEqual({
      'zh-CN': `14日内累计4次以上不同投诉人的相同投诉：热点投诉${set}`,
      en: `The same complaint from 4 different complainants or more within 14 days: hot complaint${setEn}`,
    });
    expect(assessComplaintSeverity({ collectiveComplainants: 4 }, { policy }).level).toBe('general');
    expect(only({ collectiveComplainants: 5 }, policy)?.message).toEqual({
      'zh-CN': `5人以上的集体投诉：热点投诉${set}`,
      en: `A collective complaint by 5 people or more: hot complaint${setEn}`,
    });
  });

  it('CMP-SEV-HOT-STALE: 5 days (120 h) under acme, received 2026-09-30 10:00, reached 10-05 10:00 in National Day; the side of the delay presumed or given', () => {
    const policy = makeAcme();
    const base = { receivedAt: '2026-09-30T10:00:00+08:00', now: '2026-10-05T10:00:00+08:00' } as const;
    expect(assessComplaintSeverity({ ...base, now: '2026-10-05T09:59:59.999+08:00' }, { policy }).level).toBe(
      'general',
    );
    const presumed = assessComplaintSeverity(base, { policy });
    expect(presumed.level).toBe('hot');
    expect(presumed.reasons[0]).toEqual({
      rule: 'CMP-SEV-HOT-STALE',
      facts: {
        receivedAt: '2026-09-30T02:00:00.000Z',
        now: '2026-10-05T02:00:00.000Z',
        hoursUnresolved: 120,
        thresholdDays: 5,
        delayOnCompanySide: 'presumed',
        policy: 'acme',
      },
      message: {
        'zh-CN': `投诉受理5日（120小时）后由于我方原因仍未解决：热点投诉${set}（未说明延误原因，按我方原因计）`,
        en: `Still unresolved 5 days (120 h) after it was received, for reasons on the company side: hot complaint${setEn} (no side was given for the delay: taken as the company's)`,
      },
    });
    expect(presumed.reasons[1]?.facts).toEqual({
      since: '2026-09-30T02:00:00.000Z',
      elapsedDays: 5,
      reachedAt: '2026-10-05T02:00:00.000Z',
    });
    expect(
      assessComplaintSeverity({ ...base, delayOnCompanySide: true }, { policy }).reasons[0]?.message,
    ).toEqual({
      'zh-CN': `投诉受理5日（120小时）后由于我方原因仍未解决：热点投诉${set}`,
      en: `Still unresolved 5 days (120 h) after it was received, for reasons on the company side: hot complaint${setEn}`,
    });
  });

  it('CMP-SEV-GENERAL: nothing holds under acme: the general reason names acme', () => {
    const policy = makeAcme();
    expect(assessComplaintSeverity({}, { policy })).toEqual({
      level: 'general',
      majorGroup: false,
      reasons: [
        {
          rule: 'CMP-SEV-GENERAL',
          facts: { policy: 'acme' },
          message: {
            'zh-CN': '不属于危机、重大或热点投诉的其他情况：一般投诉',
            en: 'None of the crisis, major or hot conditions holds: general complaint',
          },
        },
      ],
    });
    // Judged twice, the compiled messages of acme are the same.
    expect(assessComplaintSeverity({ collectiveComplainants: 5 }, { policy })).toEqual(
      assessComplaintSeverity({ collectiveComplainants: 5 }, { policy }),
    );
  });
});

describe('the placeholders of a message', () => {
  it('CMP-SEV-GROUP: each {name} is filled in its own language; a name with no value is kept as written, never dropped', () => {
    expect(
      fill(
        { 'zh-CN': '{count}户（{window}小时）{missing}', en: '{count} households ({window} h) {missing}' },
        { count: { 'zh-CN': '10', en: 'ten' }, window: { 'zh-CN': '72', en: '72' } },
      ),
    ).toEqual({ 'zh-CN': '10户（72小时）{missing}', en: 'ten households (72 h) {missing}' });
  });
});

describe('what the severity door refuses', () => {
  it('CMP-SEV-GENERAL: input that is not an object (null, an array, a string) is refused at the root, naming what came', () => {
    for (const [value, got] of [
      [null, 'null'],
      [[], 'an array'],
      ['major', 'a string'],
    ] as const) {
      const e = refusalOf(() => assessComplaintSeverity(value as never));
      expect(e.path).toEqual([]);
      expect(e.message).toBe(`expected severity facts or a complaint record, got ${got}`);
    }
  });

  it('CMP-SEV-GENERAL: options.now and options.group belong to a complaint record, not to facts', () => {
    const now = refusalOf(() => assessComplaintSeverity({}, { now: '2026-10-05T10:00:00+08:00' }));
    expect(now.path).toEqual(['options', 'now']);
    expect(now.message).toBe('options.now: facts carry their own now: give it in the facts');
    const group = refusalOf(() => assessComplaintSeverity({}, { group: {} as never }));
    expect(group.path).toEqual(['options', 'group']);
    expect(group.message).toBe(
      'options.group: a group finding is folded into a complaint record, not into facts',
    );
  });

  it('CMP-SEV-GENERAL: a record field or an old name among the facts is refused at its name with its hint', () => {
    for (const [key, hint] of [
      [
        'compensationClaimed',
        'a field of the complaint record: pass the record itself, or toSeverityFacts(record)',
      ],
      ['registeredAt', 'staleness counts from the receipt (CMP-SEV-HOT-STALE): give receivedAt'],
      ['riskOfMajorGroupOrCrisis', 'a fact of assessEscalation, not of severity'],
    ] as const) {
      const e = refusalOf(() => assessComplaintSeverity({ [key]: true } as never));
      expect(e.path).toEqual([key]);
      expect(
        e.message.startsWith(`${key}: not a field here: ${hint}; expected compensationPerHousehold, `),
      ).toBe(true);
    }
  });

  it('CMP-SEV-HOT-STALE: each bad time is refused at its own name; resolved before received is refused, resolved at receipt is not', () => {
    for (const key of ['receivedAt', 'resolvedAt', 'now'] as const) {
      expect(refusalOf(() => assessComplaintSeverity({ [key]: 'soon' } as never)).path).toEqual([key]);
    }
    const receivedAt = '2026-09-30T10:00:00+08:00';
    const early = refusalOf(() =>
      assessComplaintSeverity({ receivedAt, resolvedAt: '2026-09-30T09:59:59.999+08:00' }),
    );
    expect(early.path).toEqual(['resolvedAt']);
    expect(early.message).toBe(
      'resolvedAt: is before receivedAt: a complaint is resolved after it is received',
    );
    expect(assessComplaintSeverity({ receivedAt, resolvedAt: receivedAt }).level).toBe('general');
    // Either time alone is not compared.
    expect(assessComplaintSeverity({ resolvedAt: receivedAt }).level).toBe('general');
  });

  it('CMP-SEV-CRISIS: the signals follow "Crisis:" in lower case in English, in the order given, joined by "; " (by "；" in Chinese)', () => {
    const r = assessComplaintSeverity({ crisisSignals: ['disaster', 'brand-damaging-media'] });
    expect(r.level).toBe('crisis');
    expect(r.reasons[0]?.rule).toBe('CMP-SEV-CRISIS');
    expect(r.reasons[0]?.message).toEqual({
      'zh-CN':
        '危机事件：不可抗拒又无法提前多日预知的灾难（台风、洪水等）；被媒体负面曝光，品牌信任度急剧下降',
      en: 'Crisis: a sudden disaster that could not be foreseen days ahead (typhoon, flood); negative media exposure sharply damaging the brand',
    });
    // The labels themselves keep their capital, where they stand alone (tables, the docs).
    expect(assessComplaintSeverity({ crisisSignals: ['disaster'] }).reasons[0]?.message.en).toBe(
      'Crisis: a sudden disaster that could not be foreseen days ahead (typhoon, flood)',
    );
  });
});
