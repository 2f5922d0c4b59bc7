/**
 * Issue 14: a defect decision function checks a hand-made `policy` with the hand-written
 * shape of `src/defects/policyShape.ts` (no zod in its bundle), `createPolicy` and
 * `parsePolicy` with the zod schema. The two must agree: on the presets, and on copies
 * damaged at any place (a key dropped, a value replaced by a wrong one, a key added), the
 * same verdict and the same first issue, path and message.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createZodErrorMap } from '../../src/calendar/zodErrorMap.js';
import { findShapeIssue } from '../../src/core/shapeCheck.js';
import {
  assessDefectHandbook,
  computeDefectReportDue,
  createDefectMachine,
  findDefectRecurrences,
  SOL_DEFECT_HANDBOOK,
} from '../../src/defects/index.js';
import { DefectPolicySchema } from '../../src/defects/policy.js';
import { DEFECT_POLICY_SHAPE } from '../../src/defects/policyShape.js';
import { aoyuan2014, generic, sinoOcean2008 } from '../../src/presets/index.js';
import { refusalSummary } from '../_lib/refusal.js';

const PRESETS = [sinoOcean2008, aoyuan2014, generic].map((p) => p.defects);

function zodVerdict(value: unknown) {
  const r = DefectPolicySchema.safeParse(value, { error: createZodErrorMap('en') });
  if (r.success) return undefined;
  const first = r.error.issues[0];
  return { path: first?.path.map(String), message: first?.message };
}

function shapeVerdict(value: unknown) {
  const found = findShapeIssue(DEFECT_POLICY_SHAPE, value);
  return found === undefined ? undefined : { path: [...found.path], message: found.message };
}

function pathsOf(value: unknown, at: readonly string[] = []): string[][] {
  const out = [[...at]];
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  }
  return out;
}

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const junk = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    0,
    -0.5,
    0.5,
    1,
    1.5,
    2,
    10,
    11,
    31,
    32,
    120,
    121,
    366,
    367,
    1e20,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    'x',
    'month-end',
    'at-least',
    'less-than',
    'source',
    'borrowed',
    'library-default',
    'company',
    [],
    {},
    new Date(0),
    { 'zh-CN': '注', en: '' },
    { kind: 'at-least', value: 3 },
    { kind: 'source', section: null, note: { 'zh-CN': '注', en: 'n' } },
  ),
  fc.double(),
  fc.integer({ min: -10, max: 400 }),
  fc.string({ maxLength: 4 }),
);

type Edit = { readonly op: 'drop' | 'set' | 'add'; readonly pick: number; readonly value: unknown };

function damage(base: object, edits: readonly Edit[]): unknown {
  let root: unknown = copy(base);
  for (const e of edits) {
    const paths = pathsOf(root);
    const path = paths[e.pick % paths.length] as string[];
    if (path.length === 0) {
      if (e.op === 'set') root = e.value;
      continue;
    }
    const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], root);
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

/** The code, path and message of what a door throws. */
describe("the defect decisions' policy check (issue 14)", () => {
  it('DEF-HANDBOOK: the presets pass both the hand-written shape and the zod schema', () => {
    for (const p of PRESETS) {
      expect(shapeVerdict(p)).toBeUndefined();
      expect(zodVerdict(p)).toBeUndefined();
    }
  });

  it('DEF-RECUR: a damaged defect policy gets the same first issue, path and message from the shape as from the zod schema', () => {
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

  it('DEF-HANDBOOK: known damages, each with the message zod gives', () => {
    const at = (path: string[], value: unknown) => {
      const c = copy(sinoOcean2008.defects) as unknown as Record<string, unknown>;
      const parent = path.slice(0, -1).reduce((o, k) => o[k] as Record<string, unknown>, c);
      parent[path.at(-1) as string] = value;
      return c;
    };
    const cases: [unknown, string[], string][] = [
      [at(['id'], ''), ['id'], 'Too small: expected string to have >=1 characters'],
      [
        at(['handbook', 'gracePeriodDays'], -1),
        ['handbook', 'gracePeriodDays'],
        'Too small: expected number to be >=0',
      ],
      [
        at(['handbook', 'monthsAfterCentralizedDelivery'], 121),
        ['handbook', 'monthsAfterCentralizedDelivery'],
        'Too big: expected number to be <=120',
      ],
      [
        at(['monthlyReport', 'lastDay'], 0),
        ['monthlyReport', 'lastDay'],
        'Too small: expected number to be >=1',
      ],
      [at(['monthlyReport', 'lastDay'], 'end'), ['monthlyReport', 'lastDay'], 'Invalid input'],
      [
        at(['recurrence', 'threshold'], 0),
        ['recurrence', 'threshold'],
        'Too small: expected number to be >0',
      ],
      [
        at(['recurrence', 'keyPenalties', 'discipline'], 1.5),
        ['recurrence', 'keyPenalties', 'discipline'],
        'Too big: expected number to be <=1',
      ],
      [
        at(['sources', 'recurrence', 'kind'], 'company'),
        ['sources', 'recurrence', 'kind'],
        'Invalid option: expected one of "source"|"borrowed"|"library-default"',
      ],
      [at(['handbok'], {}), [], 'Unrecognized key: "handbok"'],
    ];
    for (const [value, path, message] of cases) {
      expect(shapeVerdict(value)).toEqual({ path, message });
      expect(zodVerdict(value)).toEqual({ path, message });
    }
  });

  it('DEF-HANDBOOK: the handbook and monthly-report doors refuse a damaged policy at its path, with the message of the shape', () => {
    const bad = copy(sinoOcean2008.defects) as unknown as { handbook: { gracePeriodDays: unknown } };
    bad.handbook.gracePeriodDays = '3';
    const facts = { centralizedDeliveryOn: '2026-03-31', caseCount: 30, now: '2026-07-02T09:00:00+08:00' };
    const expected = {
      code: 'INVALID_POLICY',
      path: ['options', 'policy', 'defects', 'handbook', 'gracePeriodDays'],
      message: expect.stringContaining(
        'Invalid input: expected number, received string (make a policy with createPolicy)',
      ),
    };
    expect(refusalSummary(() => assessDefectHandbook(facts, { policy: { defects: bad } as never }))).toEqual(
      expected,
    );
    expect(
      refusalSummary(() => computeDefectReportDue('2026-01', { policy: { defects: bad } as never })),
    ).toEqual(expected);
    expect(refusalSummary(() => createDefectMachine({ policy: { defects: bad } as never }))).toEqual(
      expected,
    );
    // The settings alone (not inside a whole policy): the path has no `defects`.
    expect(refusalSummary(() => assessDefectHandbook(facts, { policy: bad as never }))?.path).toEqual([
      'options',
      'policy',
      'handbook',
      'gracePeriodDays',
    ]);
    expect(refusalSummary(() => assessDefectHandbook(facts, { policy: 'sol' as never }))).toMatchObject({
      code: 'INVALID_POLICY',
      path: ['options', 'policy'],
    });
    // The presets and createPolicy's results pass, and decide as before.
    expect(assessDefectHandbook(facts, { policy: aoyuan2014 }).dueOn).toBe(assessDefectHandbook(facts).dueOn);
  });

  it('DEF-RECUR: the recurrence door refuses a damaged policy at its path; a policy is not changed by the check', () => {
    const bad = copy(sinoOcean2008.defects) as unknown as { recurrence: { threshold: unknown } };
    bad.recurrence.threshold = 0;
    const before = copy(bad);
    expect(
      refusalSummary(() =>
        findDefectRecurrences({ description: '空调百叶过密' }, SOL_DEFECT_HANDBOOK, { policy: bad as never }),
      ),
    ).toEqual({
      code: 'INVALID_POLICY',
      path: ['options', 'policy', 'recurrence', 'threshold'],
      message:
        'options.policy.recurrence.threshold: Too small: expected number to be >0 (make a policy with createPolicy)',
    });
    expect(bad).toEqual(before);
  });
});
