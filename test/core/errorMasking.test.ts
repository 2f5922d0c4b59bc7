/**
 * Issue 12, library errors (CUS-PRIVACY): no message the package gives back (a thrown error,
 * or a parse result's issue) repeats a phone, an identity number or a Chinese name it was
 * passed. Every public function of the package is a door: each is called with real-format
 * personal data as its arguments, and in every string field of a valid complaint, repair
 * order, household delivery, defect and customer record (alone and in a batch), and as an
 * option. Codes of the package's vocabulary stay quoted, so that "did you mean" stays useful.
 */

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCode, isPossiblyPersonal } from '../../src/core/checks.js';
import * as api from '../../src/index.js';

const sample = (file: string): Record<string, unknown> =>
  (
    JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8')) as Record<
      string,
      unknown
    >[]
  )[0] as Record<string, unknown>;

/** A valid record of each kind the package parses. */
const RECORDS: Readonly<Record<string, Record<string, unknown>>> = {
  complaint: sample('complaints.sample.json'),
  customer: sample('customers.sample.json'),
  defect: sample('defects.sample.json'),
  household: sample('households.sample.json'),
  repairOrder: {
    id: 'R-1',
    projectId: 'P-1',
    householdId: 'H-1-101',
    receivedAt: '2026-03-02T09:30:00+08:00',
    summary: '卫生间地面渗水',
    component: 'leakage',
  },
};

const digit = fc.integer({ min: 0, max: 9 });
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
/** Mobile numbers of allocated-looking blocks, as stored or as typed. */
const mobile = fc
  .tuple(fc.constantFrom('13', '15', '16', '17', '18', '19'), digits(9), fc.integer({ min: 0, max: 2 }))
  .map(([block, rest, form]) => {
    const n = `${block}${rest}`;
    return form === 0 ? n : form === 1 ? `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}` : `+86 ${n}`;
  });
/** Resident identity numbers with a correct check character (GB 11643-1999). */
const idNumber = fc
  .tuple(
    fc.constantFrom('110105', '310104', '440106', '510100', '330106'),
    fc.integer({ min: 1950, max: 2005 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    digits(3),
  )
  .map(([region, y, m, d, seq]) => {
    const first17 = `${region}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${seq}`;
    return `${first17}${api.computeIdCheckCharacter(first17)}`;
  });
/** Chinese names: a surname (some compound), one or two given characters. */
const name = fc
  .tuple(
    fc.constantFrom('王', '李', '张', '刘', '陈', '杨', '黄', '赵', '欧阳', '司马'),
    fc.array(
      fc.constantFrom('伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '艳', '杰', '娟', '涛'),
      {
        minLength: 1,
        maxLength: 2,
      },
    ),
  )
  .map(([s, g]) => `${s}${g.join('')}`);
/** One of each kind per run, so that every run tries all three. */
const personal = fc.tuple(mobile, idNumber, name);

/** The forms a value could be repeated in: as given, and its digits alone (of a phone or an ID). */
const formsOf = (v: string): string[] => {
  const compact = v.replace(/^\+86 /, '').replace(/\D/g, '');
  return compact.length >= 11 ? [v, compact] : [v];
};

/** The public functions of the package (classes and schemas start with a capital). */
const DOORS = (Object.entries(api) as [string, unknown][]).filter(
  (e): e is [string, (...args: unknown[]) => unknown] => typeof e[1] === 'function' && /^[a-z]/.test(e[0]),
);

/** Every way a value reaches a door: as an argument, in each string field of each record, as an option. */
function placements(v: string): unknown[][] {
  const out: unknown[][] = [[v], [v, v], [{}, { now: v }], [{}, { locale: v }], [[v]]];
  for (const record of Object.values(RECORDS)) {
    for (const [key, value] of Object.entries(record)) {
      if (typeof value !== 'string') continue;
      const bad = { ...record, [key]: v };
      out.push([bad], [[bad]]);
    }
    out.push([record, { now: v }], [[record], { now: v }]);
  }
  return out;
}

/** The messages a call gives back: its error's, or its parse result's issues'. */
async function messagesOf(door: (...args: unknown[]) => unknown, args: unknown[]): Promise<string[]> {
  try {
    let r = door(...args);
    if (r instanceof Promise) r = await r;
    const messages: string[] = [];
    const result = r as {
      error?: { issues?: { message: string }[] };
      invalid?: { message: string }[];
    } | null;
    if (result !== null && typeof result === 'object') {
      for (const i of result.error?.issues ?? []) messages.push(i.message);
      if (Array.isArray(result.invalid)) for (const i of result.invalid) messages.push(String(i.message));
    }
    return messages;
  } catch (e) {
    return [e instanceof Error ? e.message : String(e)];
  }
}

describe('CUS-PRIVACY: library error messages never repeat personal data', () => {
  it('CUS-PRIVACY: vocabulary codes and typos stay quoted; phones, identity numbers, names and emails do not', () => {
    for (const code of ['roof', 'Company', 'hotlne', 'engineering-quality', '__proto__', 'sinoOcean2008'])
      expect(describeCode(code), code).toBe(JSON.stringify(code));
    for (const v of [
      '13812345678',
      '138-1234-5678',
      '+86 138 1234 5678',
      '11010519491231002X',
      '张三',
      '欧阳娜娜',
      'a.b@example.com',
      'John Smith',
      'U13812345678',
    ])
      expect(describeCode(v), v).toBe(`a string of ${v.length} characters (not shown)`);
    expect(isPossiblyPersonal('x'.repeat(40))).toBe(false);
    expect(isPossiblyPersonal('x'.repeat(41))).toBe(true);
    // Four digits in a row pass (a year in a code), five do not.
    expect(isPossiblyPersonal('aoyuan2014')).toBe(false);
    expect(isPossiblyPersonal('a12345')).toBe(true);
    expect(describeCode(13812345678)).toBe('a number of 11 or more digits (not shown)');
    expect(describeCode(9999999999)).toBe('number 9999999999');
    expect(describeCode(2.5)).toBe('number 2.5');
    // did-you-mean is computed from the value, so it helps whether or not the value is shown.
    expect(() =>
      api.routeComplaint({
        category: 'Engineering-Quality ' as never,
        receivedAt: '2026-05-06T10:00:00+08:00',
      }),
    ).toThrow(/a string of 20 characters \(not shown\); .* \(did you mean 'engineering-quality'\?\)/);
    expect(() =>
      api.routeComplaint({ category: 'hotlne' as never, receivedAt: '2026-05-06T10:00:00+08:00' }),
    ).toThrow(/"hotlne"/);
  });

  it('CUS-PRIVACY: real-format phones, identity numbers and Chinese names passed to every public door never appear in what it says back', async () => {
    expect(DOORS.length).toBeGreaterThan(100);
    // The harness sees a message that repeats a value, thrown or in a parse result.
    expect(await messagesOf(() => api.parseComplaint({ id: '' }), [])).not.toEqual([]);
    expect(
      await messagesOf(() => {
        throw new Error('13812345678');
      }, []),
    ).toEqual(['13812345678']);
    const refused = new Map<string, number>();
    const leaks = new Set<string>();
    await fc.assert(
      fc.asyncProperty(personal, async (values) => {
        for (const v of values) await tryEveryDoor(v);
      }),
      { numRuns: 4 },
    );
    async function tryEveryDoor(v: string): Promise<void> {
      const forms = formsOf(v);
      for (const [doorName, door] of DOORS) {
        for (const args of placements(v)) {
          // assertNever's second argument is the label its caller writes in code, not data.
          if (doorName === 'assertNever' && args.length > 1) continue;
          for (const message of await messagesOf(door, args)) {
            refused.set(doorName, (refused.get(doorName) ?? 0) + 1);
            for (const form of forms) {
              if (message.includes(form))
                leaks.add(
                  `${doorName}: ${message.replaceAll(form, '<V>').slice(0, 160)}`.replace(/\{.*\}/, '{…}'),
                );
            }
          }
        }
      }
    }
    expect([...leaks]).toEqual([]);
    // Not vacuous: the doors named by the issue refused the value somewhere.
    for (const door of [
      'parseComplaint',
      'parseComplaints',
      'parseRepairOrder',
      'parseHouseholdDelivery',
      'parseDefect',
      'parseCustomer',
      'assessComplaintSeverity',
      'routeComplaint',
      'computeComplaintDeadlines',
      'triageComplaints',
      'canCloseComplaint',
      'toDeadlineInput',
      'addWorkingDays',
      'validateResidentIdNumber',
    ])
      expect(refused.get(door) ?? 0, door).toBeGreaterThan(0);
  }, 120_000);
});
