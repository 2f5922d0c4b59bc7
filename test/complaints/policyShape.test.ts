/**
 * Issue 14: a decision function checks a hand-made `policy` with the hand-written shape of
 * `src/complaints/policyShape.ts` (no zod in its bundle), `createPolicy` and `parsePolicy`
 * with the zod schema. The two must agree: on the presets, and on copies damaged at any
 * place (a key dropped, a value replaced by a wrong one, a key added), the same verdict and
 * the same first issue, path and message.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createZodErrorMap } from '../../src/calendar/zodErrorMap.js';
import { assessComplaintSeverity } from '../../src/complaints/index.js';
import { ComplaintPolicySchema } from '../../src/complaints/policySchema.js';
import { COMPLAINT_POLICY_SHAPE } from '../../src/complaints/policyShape.js';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { findShapeIssue } from '../../src/core/shapeCheck.js';
import { aoyuan2014, generic, sinoOcean2008 } from '../../src/presets/index.js';
import { refusalOf } from '../_lib/refusal.js';

const PRESETS = [sinoOcean2008, aoyuan2014, generic].map((p) => p.complaints);

/** The zod schema's verdict: `undefined`, or the first issue's path and message. */
function zodVerdict(value: unknown) {
  const r = ComplaintPolicySchema.safeParse(value, { error: createZodErrorMap('en') });
  if (r.success) return undefined;
  const first = r.error.issues[0];
  return { path: first?.path.map(String), message: first?.message };
}

function shapeVerdict(value: unknown) {
  const found = findShapeIssue(COMPLAINT_POLICY_SHAPE, value);
  return found === undefined ? undefined : { path: [...found.path], message: found.message };
}

/** Every path to a value in a plain-data tree, the root included. */
function pathsOf(value: unknown, at: readonly string[] = []): string[][] {
  const out = [[...at]];
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  }
  return out;
}

/** A deep, unfrozen copy of plain data. */
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Wrong and edge values: types, limits, fixed values of other fields, nested shapes. */
const junk = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    false,
    0,
    1,
    -1,
    0.5,
    1.5,
    2,
    7,
    8,
    24,
    31,
    32,
    100,
    101,
    120,
    121,
    366,
    367,
    3660,
    3661,
    8784,
    8785,
    1e20,
    -1e20,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    '',
    'x',
    '17:30',
    '24:00',
    'month-end',
    'at-least',
    'more-than',
    'opinion',
    'source',
    'borrowed',
    'library-default',
    'company',
    'handover',
    'delivery-window',
    'complaining-together',
    'project-customer-service',
    'x'.repeat(501),
    'y'.repeat(201),
    [],
    [1],
    {},
    new Date(0),
    new Map(),
    Object.create(null),
    { kind: 'source' },
    { kind: 'source', section: 'S 1' },
    { kind: 'library-default', note: { 'zh-CN': '注', en: 'n' } },
    { kind: 'nope' },
    { workingDays: 2 },
    { sameDay: true },
    { sameDay: false },
    { days: 2, weeks: 1 },
    { monthOffset: 0, lastDay: 'month-end' },
    { monthOffset: 2, lastDay: 0 },
    { scheme: 'handover' },
    { scheme: 'delivery-window' },
    { kind: 'at-least', value: 3 },
    { 'zh-CN': '注', en: '' },
  ),
  fc.double(),
  fc.integer({ min: -10, max: 10_000 }),
  fc.string({ maxLength: 6 }),
);

type Edit = { readonly op: 'drop' | 'set' | 'add'; readonly pick: number; readonly value: unknown };

/** Applies edits to a copy of a preset's settings, each at a place picked among its paths. */
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

describe("the decision path's policy check (issue 14)", () => {
  it('LAW-THRESHOLD: the presets pass both the hand-written shape and the zod schema', () => {
    for (const p of PRESETS) {
      expect(shapeVerdict(p)).toBeUndefined();
      expect(zodVerdict(p)).toBeUndefined();
    }
  });

  it('LAW-THRESHOLD: a damaged policy gets the same first issue, path and message from the shape as from the zod schema', () => {
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

  it('LAW-THRESHOLD: known damages, each with the message zod gives', () => {
    const cases: [unknown, string[], string][] = [
      [
        { ...copy(sinoOcean2008.complaints), id: '' },
        ['id'],
        'Too small: expected string to have >=1 characters',
      ],
      [{ severity: 1 }, ['id'], 'Invalid input: expected string, received undefined'],
      [
        damage(sinoOcean2008.complaints, [{ op: 'set', pick: 0, value: [] }]),
        [],
        'Invalid input: expected object, received array',
      ],
    ];
    for (const [value, path, message] of cases) {
      expect(shapeVerdict(value)).toEqual({ path, message });
      expect(zodVerdict(value)).toEqual({ path, message });
    }
    const late = copy(sinoOcean2008.complaints) as { reports: { monthly: { lastDay: unknown } } };
    late.reports.monthly.lastDay = 32;
    expect(shapeVerdict(late)).toEqual({
      path: ['reports', 'monthly', 'lastDay'],
      message: 'Too big: expected number to be <=31',
    });
    expect(zodVerdict(late)).toEqual(shapeVerdict(late));
  });

  it('LAW-THRESHOLD: a decision function refuses a damaged policy at its path, with the message of the shape', () => {
    const bad = copy(sinoOcean2008.complaints) as { severity: { hotStaleAfterDays: unknown } };
    bad.severity.hotStaleAfterDays = 1.5;
    const error = refusalOf(
      () => assessComplaintSeverity({}, { policy: { complaints: bad } as never }),
      InvalidArgumentError,
    );
    expect(error).toMatchObject({
      code: 'INVALID_POLICY',
      path: ['options', 'policy', 'complaints', 'severity', 'hotStaleAfterDays'],
      message: expect.stringContaining(
        'Invalid input: expected int, received number (make a policy with createPolicy)',
      ),
    });
  });
});
