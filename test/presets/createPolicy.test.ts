import { describe, expect, it } from 'vitest';
import {
  aoyuan2014,
  COMPLAINT_SETTING_KEYS,
  createPolicy,
  deepFreeze,
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

describe('presets cite or say so (convention 14)', () => {
  it('CMP-DL-REPLY: every setting of every preset has a source: its section, borrowed from a named preset, or the library default with a note', () => {
    for (const p of Object.values(PRESETS)) {
      expect(Object.keys(p.complaints.sources).sort()).toEqual([...COMPLAINT_SETTING_KEYS].sort());
      for (const key of COMPLAINT_SETTING_KEYS) {
        const s = p.complaints.sources[key];
        if (s.kind === 'source') expect(s.section, `${p.id} ${key}`).toMatch(new RegExp(`^${p.source} `));
        else if (s.kind === 'borrowed') {
          expect(Object.keys(PRESETS)).toContain(s.from);
          expect(s.from).not.toBe(p.id);
        } else expect(s.kind, `${p.id} ${key}`).toBe('library-default');
      }
    }
  });

  it('CMP-DL-REPLY: generic borrows its reply deadline and severity thresholds from sinoOcean2008, and says so', () => {
    const g = generic.complaints.sources;
    expect(g['deadlines.reply']).toEqual({
      kind: 'borrowed',
      from: 'sinoOcean2008',
      section: 'SOL 投诉管理 6',
      note: { 'zh-CN': 'GEN未规定，借用远洋的取值', en: "GEN sets none: Sino-Ocean's value" },
    });
    for (const key of [
      'severity.majorCompensationPerHouseholdYuan',
      'severity.majorSameIssueHouseholds',
      'severity.majorGroupHouseholds',
      'severity.hotStaleAfterDays',
    ] as const) {
      expect(g[key]).toMatchObject({ kind: 'borrowed', from: 'sinoOcean2008', section: 'SOL 投诉管理 3(2)' });
      expect(aoyuan2014.complaints.sources[key]).toMatchObject({ kind: 'borrowed', from: 'sinoOcean2008' });
    }
    // What GEN does set is GEN's own.
    expect(g['deadlines.close']).toEqual({ kind: 'source', section: 'GEN 客户管理制度 第二十六条' });
    expect(g['callback.callers']).toEqual({ kind: 'source', section: 'GEN 回访 1.3' });
  });

  it("CMP-DL-FORM: the same-day form is AOY's own; SOL and GEN set none; maxAttempts is the library default everywhere", () => {
    expect(aoyuan2014.complaints.deadlines.form).toEqual({ sameDay: true });
    expect(aoyuan2014.complaints.sources['deadlines.form']).toMatchObject({
      kind: 'source',
      section: 'AOY 4.2.1',
    });
    expect(sinoOcean2008.complaints.deadlines.form).toBeNull();
    expect(generic.complaints.deadlines.form).toBeNull();
    for (const p of Object.values(PRESETS)) {
      expect(p.complaints.callback.maxAttempts).toBe(3);
      expect(p.complaints.sources['callback.maxAttempts'].kind).toBe('library-default');
    }
  });

  it("CMP-DL-REPLY: what a company overrides is marked the company's, unless it cites its own source", () => {
    const acme = createPolicy(aoyuan2014, {
      id: 'acme',
      complaints: {
        severity: { majorCompensationPerHouseholdYuan: { value: 50_000 } },
        deadlines: { reply: { workingDays: 3 } },
        sources: { 'deadlines.reply': { kind: 'source', section: 'ACME 客服制度 3.2' } },
      },
    });
    expect(acme.complaints.sources['severity.majorCompensationPerHouseholdYuan']).toEqual({
      kind: 'company',
      policy: 'acme',
    });
    expect(acme.complaints.sources['deadlines.reply']).toEqual({
      kind: 'source',
      section: 'ACME 客服制度 3.2',
    });
    // What it leaves alone keeps the base's source.
    expect(acme.complaints.sources['deadlines.callback']).toEqual(
      aoyuan2014.complaints.sources['deadlines.callback'],
    );
    // A whole group overridden marks every setting under it.
    const grp = createPolicy(sinoOcean2008, { complaints: { closure: { lawsuitWithinMonths: 6 } } });
    expect(grp.complaints.sources['closure.lawsuitWithinMonths']).toEqual({
      kind: 'company',
      policy: 'sinoOcean2008-custom',
    });
  });
});

describe('createPolicy and parsePolicy at the door', () => {
  it("LAW-THRESHOLD: the caller's overrides are never written to; frozen overrides work", () => {
    const overrides = deepFreeze({
      complaints: {
        deadlines: { close: null, reply: { workingDays: 4 } },
        severity: { hotStaleAfterDays: 5 },
      },
    });
    const copy = structuredClone(overrides);
    const p = createPolicy(sinoOcean2008, overrides);
    expect(p.complaints.deadlines.reply).toEqual({ workingDays: 4 });
    expect(overrides).toEqual(copy);
    expect('id' in overrides).toBe(false);
    // Not frozen: still not changed (no id added, nothing frozen under the caller's feet).
    const open: { complaints: { deadlines: { reply: { workingDays: number } } } } = {
      complaints: { deadlines: { reply: { workingDays: 4 } } },
    };
    createPolicy(sinoOcean2008, open);
    expect(open).toEqual({ complaints: { deadlines: { reply: { workingDays: 4 } } } });
    expect(Object.isFrozen(open.complaints.deadlines.reply)).toBe(false);
  });

  it('LAW-THRESHOLD: a base that is not a policy, an id that is not a string, BigInt and objects without a primitive value are INVALID_POLICY, never a TypeError', () => {
    expect(errorOf(() => createPolicy(42 as never, {})).path).toEqual(['base']);
    expect(errorOf(() => createPolicy({ id: 'x' } as never, {})).path[0]).toBe('base');
    expect(errorOf(() => createPolicy(null as never)).code).toBe('INVALID_POLICY');
    expect(errorOf(() => createPolicy(sinoOcean2008, { id: Object.create(null) } as never)).path).toEqual([
      'id',
    ]);
    expect(errorOf(() => createPolicy(sinoOcean2008, { id: 7 } as never)).path).toEqual(['id']);
    const big = errorOf(() => parsePolicy({ complaints: { closure: { lawsuitWithinMonths: 3n } } }));
    expect([big.code, big.path]).toEqual([
      'INVALID_POLICY',
      ['complaints', 'closure', 'lawsuitWithinMonths'],
    ]);
    const bare = errorOf(() => parsePolicy({ extends: Object.create(null) }));
    expect([bare.code, bare.path]).toEqual(['INVALID_POLICY', ['extends']]);
    expect(bare.message).toContain('got an object');
    expect(errorOf(() => parsePolicy({ extends: 10n })).message).toContain('got a bigint');
    expect(errorOf(() => parsePolicy({ extends: 'aoyuan' })).message).toContain("did you mean 'aoyuan2014'");
    // An object without a prototype is still plain data: an empty policy file extends the default.
    expect(parsePolicy(Object.create(null)).id).toBe('sinoOcean2008-custom');
  });

  it('CMP-ROUTE-PHASE: the routing rule is replaced whole; a window is no setting of the handover scheme', () => {
    const p = createPolicy(aoyuan2014, {
      complaints: { routing: { scheme: 'delivery-window', projectWindowMonths: 6 } },
    });
    expect(p.complaints.routing).toEqual({ scheme: 'delivery-window', projectWindowMonths: 6 });
    const e = errorOf(() =>
      createPolicy(aoyuan2014, { complaints: { routing: { projectWindowMonths: 6 } } } as never),
    );
    expect(e.code).toBe('INVALID_POLICY');
    expect(e.path.slice(0, 2)).toEqual(['complaints', 'routing']);
  });
});
