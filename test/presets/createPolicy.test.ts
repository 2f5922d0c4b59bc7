import { describe, expect, it } from 'vitest';
import {
  aoyuan2014,
  createPolicy,
  generic,
  InvalidArgumentError,
  PRESETS,
  parsePolicy,
  sinoOcean2008,
} from '../../src/index.js';

function errorOf(fn: () => unknown): InvalidArgumentError {
  try {
    fn();
  } catch (e) {
    return e as InvalidArgumentError;
  }
  throw new Error('expected an error');
}

describe('presets', () => {
  it('CMP-DL-REPLY: each preset reproduces its source: 2 working days (SOL), 5 (AOY); GEN sets none and takes the default', () => {
    expect(sinoOcean2008.complaints.deadlines.reply).toEqual({ workingDays: 2 });
    expect(aoyuan2014.complaints.deadlines.reply).toEqual({ workingDays: 5 });
    expect(generic.complaints.deadlines.reply).toEqual({ workingDays: 2 });
  });

  it('CMP-DL-CALLBACK: callback within 2 days (SOL), one week at 95% by named staff (AOY), 3 days at 50% (GEN)', () => {
    expect(sinoOcean2008.complaints.deadlines.callback).toEqual({ days: 2 });
    expect(aoyuan2014.complaints.deadlines.callback).toEqual({ weeks: 1 });
    expect(aoyuan2014.complaints.callback).toMatchObject({
      minimumRate: 0.95,
      callers: { general: 'designated-staff' },
    });
    expect(generic.complaints.deadlines.callback).toEqual({ days: 3 });
  });

  it('CMP-CALLBACK-BY: generic: general by the property assistant, important by the supervisor, major by the company manager, at 50%', () => {
    expect(generic.complaints.callback).toEqual({
      minimumRate: 0.5,
      callers: {
        crisis: 'company-manager',
        major: 'company-manager',
        hot: 'department-supervisor',
        general: 'property-assistant',
      },
      maxAttempts: 3,
    });
  });

  it('CMP-DL-CLOSE: only generic closes within 7 days', () => {
    expect(generic.complaints.deadlines.close).toEqual({ days: 7 });
    expect(sinoOcean2008.complaints.deadlines.close).toBeNull();
    expect(aoyuan2014.complaints.deadlines.close).toBeNull();
  });

  it('CMP-SEV-MAJOR-COMP: the presets are deep-frozen and listed by id', () => {
    expect(Object.isFrozen(sinoOcean2008.complaints.severity.majorCompensationPerHouseholdYuan)).toBe(true);
    expect(Object.keys(PRESETS)).toEqual(['sinoOcean2008', 'aoyuan2014', 'generic']);
  });
});

describe('createPolicy', () => {
  it('CMP-SEV-MAJOR-COMP: a preset plus overrides, validated, frozen, base untouched', () => {
    const policy = createPolicy(aoyuan2014, {
      id: 'acme',
      complaints: {
        severity: { majorCompensationPerHouseholdYuan: { value: 50_000 } },
        deadlines: { reply: { workingDays: 3 } },
      },
    });
    expect(policy.id).toBe('acme');
    expect(policy.complaints.id).toBe('acme');
    expect(policy.complaints.severity.majorCompensationPerHouseholdYuan).toEqual({
      kind: 'more-than',
      value: 50_000,
    });
    expect(policy.complaints.deadlines.reply).toEqual({ workingDays: 3 });
    expect(policy.complaints.deadlines.callback).toEqual({ weeks: 1 });
    expect(Object.isFrozen(policy.complaints.deadlines)).toBe(true);
    expect(aoyuan2014.complaints.deadlines.reply).toEqual({ workingDays: 5 });
    expect(createPolicy(sinoOcean2008).id).toBe('sinoOcean2008-custom');
  });

  it('CMP-DL-REPLY: a deadline rule is replaced whole, so a new shape is valid', () => {
    const policy = createPolicy(sinoOcean2008, {
      complaints: { deadlines: { callback: { weeks: 1 }, close: { days: 10 } } },
    });
    expect(policy.complaints.deadlines.callback).toEqual({ weeks: 1 });
    expect(policy.complaints.deadlines.close).toEqual({ days: 10 });
  });

  it('LAW-THRESHOLD: bad overrides are path-addressed INVALID_POLICY errors', () => {
    const neg = errorOf(() =>
      createPolicy(sinoOcean2008, { complaints: { severity: { majorSameIssueHouseholds: { value: -1 } } } }),
    );
    expect(neg).toBeInstanceOf(InvalidArgumentError);
    expect(neg.code).toBe('INVALID_POLICY');
    expect(neg.path).toEqual(['complaints', 'severity', 'majorSameIssueHouseholds', 'value']);
    expect(
      errorOf(() => createPolicy(sinoOcean2008, { complaints: { severtiy: {} } } as never)).message,
    ).toMatch(/severtiy/);
    const proto = errorOf(() =>
      createPolicy(sinoOcean2008, JSON.parse('{"complaints":{"__proto__":{"polluted":true}}}')),
    );
    expect(proto.path).toEqual(['complaints', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(
      errorOf(() =>
        createPolicy(sinoOcean2008, { complaints: { deadlines: { reply: { workingDays: -2 } } } }),
      ).path.slice(0, 3),
    ).toEqual(['complaints', 'deadlines', 'reply']);
    expect(
      errorOf(() => createPolicy(sinoOcean2008, { complaints: { deadlines: { cutoff: '25:00' } } })).path,
    ).toEqual(['complaints', 'deadlines', 'cutoff']);
    expect(
      errorOf(() =>
        createPolicy(sinoOcean2008, { complaints: { severity: { hotStaleAfterDays: Number.NaN } } }),
      ).code,
    ).toBe('INVALID_POLICY');
    expect(errorOf(() => createPolicy(sinoOcean2008, 'strict' as never)).code).toBe('INVALID_POLICY');
  });
});

describe('parsePolicy', () => {
  it('CMP-DL-CLOSE: a policy file extends a preset with overrides', () => {
    const p = parsePolicy(
      JSON.parse('{"extends":"generic","id":"acme","complaints":{"deadlines":{"close":{"days":10}}}}'),
    );
    expect(p.id).toBe('acme');
    expect(p.complaints.deadlines.close).toEqual({ days: 10 });
    expect(p.complaints.callback.minimumRate).toBe(0.5);
    expect(parsePolicy({}).complaints.deadlines.reply).toEqual({ workingDays: 2 });
    expect(errorOf(() => parsePolicy({ extends: 'vanke' })).path).toEqual(['extends']);
    expect(errorOf(() => parsePolicy([])).code).toBe('INVALID_POLICY');
    expect(errorOf(() => parsePolicy({ complaints: { deadlines: { close: { days: 0 } } } })).code).toBe(
      'INVALID_POLICY',
    );
  });
});

describe('createPolicy details', () => {
  it('CMP-DL-REPLY: a deadline rule names exactly one unit, and a company policy is titled after itself', () => {
    const both = errorOf(() =>
      createPolicy(sinoOcean2008, {
        complaints: { deadlines: { reply: { days: 2, workingDays: 3 } as never } },
      }),
    );
    expect(both.message).toContain('exactly one of');
    expect(both.path).toEqual(['complaints', 'deadlines', 'reply']);
    const acme = createPolicy(aoyuan2014, { id: 'acme' });
    expect(acme.name).toEqual({
      'zh-CN': 'acme（基于奥园集团（2014））',
      en: 'acme (based on Aoyuan Group (2014))',
    });
    expect(acme.source).toBe('AOY');
    expect(createPolicy(aoyuan2014, { id: 'acme', name: { 'zh-CN': '某公司', en: 'Acme' } }).name.en).toBe(
      'Acme',
    );
  });
});
