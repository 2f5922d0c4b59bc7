import { describe, expect, it } from 'vitest';
import {
  describeType,
  expectArray,
  expectBoolean,
  expectNumber,
  expectOneOf,
  expectPlainObject,
  expectString,
  suggestClosest,
} from '../../src/core/checks.js';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { refusalOf } from '../_lib/refusal.js';

describe('argument checks (DESIGN convention 13)', () => {
  it('LAW-THRESHOLD: expectNumber refuses NaN, Infinity, strings and bigints, and reads min/max inclusively', () => {
    expect(expectNumber(20000, ['x'], { min: 0 })).toBe(20000);
    expect(expectNumber(0, ['x'], { min: 0 })).toBe(0);
    expect(refusalOf(() => expectNumber(-0.01, ['x'], { min: 0 })).message).toBe(
      'x: expected a number >= 0, got -0.01',
    );
    expect(expectNumber(10, ['x'], { max: 10 })).toBe(10);
    expect(() => expectNumber(10.5, ['x'], { max: 10 })).toThrow(InvalidArgumentError);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '25000', 25000n, null, undefined, {}]) {
      const e = refusalOf(() => expectNumber(bad, ['compensationClaimedYuan']));
      expect(e.path).toEqual(['compensationClaimedYuan']);
      expect(e.code).toBe('INVALID_ARGUMENT');
    }
    expect(() => expectNumber(1.5, ['n'], { integer: true })).toThrow(/whole number/);
    expect(() => expectNumber(2 ** 53, ['n'], { integer: true })).toThrow(/whole number/);
  });

  it('CUS-PRIVACY: a refused string is described by its type, never quoted', () => {
    const e = refusalOf(() => expectString('', ['name']));
    expect(e.message).toBe('name: expected a non-empty string, got an empty string');
    const f = refusalOf(() => expectString(13812345678, ['phone']));
    expect(f.message).not.toContain('13812345678');
    expect(refusalOf(() => expectString('x'.repeat(5), ['id'], { maxLength: 4 })).message).toBe(
      'id: expected at most 4 characters, got 5',
    );
    expect(describeType('11010519491231002X')).toBe('a string');
  });

  it('CMP-CATEGORY: expectOneOf names the choices and the closest one', () => {
    const cats = ['engineering-quality', 'planning-design', 'other'] as const;
    expect(expectOneOf('other', cats, ['category'])).toBe('other');
    const e = refusalOf(() => expectOneOf('engineering-qualty', cats, ['category']));
    expect(e.message).toContain("did you mean 'engineering-quality'?");
    expect(e.path).toEqual(['category']);
    expect(refusalOf(() => expectOneOf('roof', cats, ['category'])).message).not.toContain('did you mean');
    expect(refusalOf(() => expectOneOf(42, cats, ['category'])).message).toContain('got number 42');
    expect(suggestClosest('受理时间', ['受理时间', '解决时间'])).toBe('受理时间');
    expect(suggestClosest('', ['a'])).toBeUndefined();
  });

  it('CMP-SEV-DETECT: expectArray reports a hole at its index; objects and booleans are plain', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const e = refusalOf(() => expectArray([1, , 3], ['records']));
    expect(e.path).toEqual(['records', 1]);
    expect(() => expectArray('x', ['records'])).toThrow(/expected an array/);
    expect(expectPlainObject({}, ['o'])).toEqual({});
    expect(() => expectPlainObject(new Date(), ['o'])).toThrow(/expected an object, got a Date/);
    expect(() => expectPlainObject([], ['o'])).toThrow(/an array/);
    expect(expectBoolean(false, ['b'])).toBe(false);
    expect(() => expectBoolean('false', ['b'])).toThrow(/expected true or false/);
  });
});
