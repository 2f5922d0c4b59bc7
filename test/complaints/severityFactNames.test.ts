/**
 * The severity door reads every key it is given (issue 8: nothing is silently dropped): a
 * misspelt fact is refused with a did-you-mean at its own path, a record field among facts
 * with what to do instead.
 */

import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  isSeverityFactName,
  SEVERITY_FACT_NAMES,
  type SeverityFacts,
} from '../../src/complaints/assessComplaintSeverity.js';
import { assessComplaintSeverity } from '../../src/complaints/index.js';
import { RealtyCrmError } from '../../src/core/errors.js';
import { refusalOf } from '../_lib/refusal.js';

function refusal(input: unknown): { code: string; path: unknown; message: string } {
  const e = refusalOf(() => assessComplaintSeverity(input as never), RealtyCrmError) as RealtyCrmError & {
    path: unknown;
  };
  return { code: e.code, path: e.path, message: e.message };
}

describe('severity facts by name', () => {
  it('CMP-SEV-MAJOR-LEGAL: a misspelt lawsuitFiled is refused at its own path with a did-you-mean, not judged general', () => {
    const r = refusal({ lawsuitFiles: true });
    expect(r.code).toBe('INVALID_ARGUMENT');
    expect(r.path).toEqual(['lawsuitFiles']);
    expect(r.message).toContain("not a field here (did you mean 'lawsuitFiled'?)");
    // Spelt right, the same fact makes the complaint major.
    expect(assessComplaintSeverity({ lawsuitFiled: true }).level).toBe('major');
  });

  it('CMP-SEV-MAJOR-COMP: a misspelt amount next to good facts is refused, whatever its place among them', () => {
    for (const facts of [
      { mediaExposed: false, compensationPerHouse: 20_000.01 },
      { compensationPerHouse: 20_000.01, mediaExposed: false },
    ]) {
      const r = refusal(facts);
      expect(r.path).toEqual(['compensationPerHouse']);
      expect(r.message).toContain("did you mean 'compensationPerHousehold'?");
    }
    expect(assessComplaintSeverity({ compensationPerHousehold: 20_000.01 }).level).toBe('major');
    // More than 20,000 yuan per household (超过): 20,000 itself is not major.
    expect(assessComplaintSeverity({ compensationPerHousehold: 20_000 }).level).toBe('general');
  });

  it('CMP-SEV-MAJOR-COMP: a record field among facts says what to pass instead; half a record (id without category) is not read as facts silently', () => {
    expect(refusal({ compensationClaimed: 25_000 }).message).toContain(
      'a field of the complaint record: pass the record itself, or toSeverityFacts(record)',
    );
    for (const key of ['id', 'category'] as const) {
      const r = refusal({ [key]: key === 'id' ? 'C-1' : 'engineering-quality', lawsuitFiled: true });
      expect(r.path).toEqual([key]);
      expect(r.message).toContain('a record is read as one when it has both id and category');
    }
  });

  it('CMP-SEV-GENERAL: every documented fact name is accepted', () => {
    const facts: Record<string, unknown> = {};
    for (const name of SEVERITY_FACT_NAMES) facts[name] = undefined;
    expect(assessComplaintSeverity(facts as never).level).toBe('general');
  });

  it('CMP-SEV-GENERAL: the fact names, the name test and the facts type agree, and near-misses are not names', () => {
    expectTypeOf<(typeof SEVERITY_FACT_NAMES)[number]>().toEqualTypeOf<keyof SeverityFacts>();
    expect(SEVERITY_FACT_NAMES).toHaveLength(15);
    for (const name of SEVERITY_FACT_NAMES) {
      expect(isSeverityFactName(name)).toBe(true);
      // One letter less, one more, another case: none is a fact.
      expect(isSeverityFactName(name.slice(0, -1))).toBe(false);
      expect(isSeverityFactName(`${name}s`)).toBe(false);
      expect(isSeverityFactName(name.toUpperCase())).toBe(false);
    }
    for (const key of ['', 'id', 'category', 'compensationClaimed', 'toString', 'constructor', '__proto__'])
      expect(isSeverityFactName(key)).toBe(false);
  });
});
