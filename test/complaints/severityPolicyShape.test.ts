/**
 * Issue 14: `assessComplaintSeverity` checks only what it reads of a given policy (the id,
 * the severity settings and their sources) against `SEVERITY_POLICY_SHAPE`, so its bundle
 * carries neither the whole policy shape nor the whole default policy. On settings damaged
 * in that part, its first issue, path and message are the zod schema's; a policy broken
 * elsewhere is still refused by the doors that read that part.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createZodErrorMap } from '../../src/calendar/zodErrorMap.js';
import { assessComplaintSeverity, assessEscalation } from '../../src/complaints/index.js';
import { ComplaintPolicySchema } from '../../src/complaints/policySchema.js';
import { SEVERITY_POLICY_SHAPE } from '../../src/complaints/policyShape.js';
import { findShapeIssue } from '../../src/core/shapeCheck.js';
import { aoyuan2014, createPolicy, generic, sinoOcean2008 } from '../../src/presets/index.js';
import { refusalSummary } from '../_lib/refusal.js';

const PRESETS = [sinoOcean2008, aoyuan2014, generic].map((p) => p.complaints);
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function zodVerdict(value: unknown) {
  const r = ComplaintPolicySchema.safeParse(value, { error: createZodErrorMap('en') });
  if (r.success) return undefined;
  const first = r.error.issues[0];
  return { path: first?.path.map(String), message: first?.message };
}

function shapeVerdict(value: unknown) {
  const found = findShapeIssue(SEVERITY_POLICY_SHAPE, value);
  return found === undefined ? undefined : { path: found.path.map(String), message: found.message };
}

/** The paths the severity door reads: the id, the severity settings, their sources (and below). */
function severityPaths(value: Record<string, unknown>): string[][] {
  const out: string[][] = [['id'], ['severity']];
  const walk = (v: unknown, at: string[]) => {
    out.push(at);
    if (typeof v === 'object' && v !== null) for (const [k, w] of Object.entries(v)) walk(w, [...at, k]);
  };
  const entries = (v: unknown) => (typeof v === 'object' && v !== null ? Object.entries(v) : []);
  for (const [k, v] of entries(value.severity)) walk(v, ['severity', k]);
  for (const [k, v] of entries(value.sources)) if (k.startsWith('severity.')) walk(v, ['sources', k]);
  return out;
}

const junk = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    0,
    -1,
    0.5,
    1.5,
    8784,
    8785,
    Number.NaN,
    '',
    'x',
    'at-least',
    'more-than',
    'complaining-together',
    'simultaneous-open-major',
    'opinion',
    'source',
    'borrowed',
    'company',
    'library-default',
    'x'.repeat(501),
    [],
    {},
    { kind: 'at-least', value: 3 },
    { kind: 'source' },
    { kind: 'library-default', note: { 'zh-CN': '注', en: 'n' } },
  ),
  fc.integer({ min: -5, max: 10_000 }),
  fc.string({ maxLength: 4 }),
);

type Edit = { readonly op: 'drop' | 'set' | 'add'; readonly pick: number; readonly value: unknown };

function damage(base: object, edits: readonly Edit[]): unknown {
  const root = copy(base) as Record<string, unknown>;
  for (const e of edits) {
    const paths = severityPaths(root);
    const path = paths[e.pick % paths.length] as string[];
    const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], root);
    if (typeof parent !== 'object' || parent === null) continue;
    const key = path.at(-1) as string;
    const p = parent as Record<string, unknown>;
    if (e.op === 'drop') delete p[key];
    else if (e.op === 'set') p[key] = e.value;
    else if (typeof p[key] === 'object' && p[key] !== null)
      (p[key] as Record<string, unknown>).extra = e.value;
  }
  return root;
}

const edit = fc.record({
  op: fc.constantFrom<Edit['op']>('drop', 'set', 'set', 'set', 'add'),
  pick: fc.nat(),
  value: junk,
});

/** `[code, path]` of the InvalidArgumentError `f` throws, or undefined when it returns. */
function refusal(f: () => unknown) {
  const r = refusalSummary(f);
  return r && [r.code, r.path];
}

describe("the severity door's policy check (issue 14)", () => {
  it('CMP-SEV-MAJOR-COMP: the presets pass the severity part of the shape', () => {
    for (const p of PRESETS) expect(shapeVerdict(p)).toBeUndefined();
    expect(shapeVerdict(createPolicy(sinoOcean2008, { id: 'acme' }).complaints)).toBeUndefined();
  });

  it('CMP-SEV-GROUP: settings damaged in what severity reads get the first issue, path and message of the zod schema', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (base, edits) => {
          const value = damage(base, edits);
          expect(shapeVerdict(value)).toEqual(zodVerdict(value));
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('CMP-SEV-MAJOR-COMP: a threshold of the wrong kind is refused at its path by the severity door', () => {
    const bad = copy(sinoOcean2008.complaints) as unknown as {
      severity: { majorCompensationPerHouseholdYuan: unknown };
    };
    bad.severity.majorCompensationPerHouseholdYuan = { kind: 'above', value: 20_000 };
    expect(refusal(() => assessComplaintSeverity({}, { policy: { complaints: bad } as never }))).toEqual([
      'INVALID_POLICY',
      ['options', 'policy', 'complaints', 'severity', 'majorCompensationPerHouseholdYuan', 'kind'],
    ]);
  });

  it('CMP-SEV-GROUP: a policy broken in its escalation settings is judged by the severity door (which does not read them) and refused by assessEscalation (which does)', () => {
    const bad = copy(sinoOcean2008.complaints) as unknown as {
      escalation: { warningShareOfMajorGroup: unknown };
    };
    bad.escalation.warningShareOfMajorGroup = 0;
    const policy = { complaints: bad } as never;
    const s = assessComplaintSeverity({ compensationPerHousehold: 20_000.01 }, { policy });
    expect(s.level).toBe('major');
    expect(s).toEqual(assessComplaintSeverity({ compensationPerHousehold: 20_000.01 }));
    expect(refusal(() => assessEscalation({ householdsComplainingTogether: 5 }, { policy }))).toEqual([
      'INVALID_POLICY',
      ['options', 'policy', 'complaints', 'escalation', 'warningShareOfMajorGroup'],
    ]);
    // Still refused after the severity door has seen it: its check is not taken for the whole.
    expect(refusal(() => assessEscalation({ householdsComplainingTogether: 5 }, { policy }))?.[0]).toBe(
      'INVALID_POLICY',
    );
  });
});
