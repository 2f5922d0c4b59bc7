/**
 * A small shape checker for the decision path: a plain-data description of a settings
 * object (numbers with limits, strings, fixed values, strict objects, tagged unions) and
 * {@link findShapeIssue}, which returns the first problem with its path. It exists so that a
 * decision function can check a hand-made `policy` without zod in the bundle (issue 14): the
 * zod schema stays the contract for `parse*`, `createPolicy` and the JSON Schema files, and
 * a test checks that a shape and its schema agree on every value they are given (the same
 * first issue, path and message, the messages worded as zod's English locale words them).
 *
 * Zod's order is kept: an object's keys in the shape's order (depth first), then its
 * unknown keys, then its `refine` or `check`; an array's elements in order, then its length; a number's whole-number check, then its lower bound,
 * then its upper one.
 *
 * @internal
 * @module
 */

/** A value a {@link Shape} of kind `one-of` accepts. */
type Fixed = string | number | boolean;

/** The description of a value. @internal */
export type Shape =
  | {
      readonly k: 'number';
      /** A safe integer (zod `.int()`). */
      readonly int?: boolean;
      /** The least value (inclusive, zod `.min()`). */
      readonly min?: number;
      /** The value it must exceed (zod `.gt()`). */
      readonly gt?: number;
      /** The greatest value (inclusive, zod `.max()`). */
      readonly max?: number;
    }
  | {
      readonly k: 'string';
      readonly min?: number;
      readonly max?: number;
      /** A pattern, and the message when it does not match. */
      readonly pattern?: readonly [RegExp, string];
      /** A test (zod `.refine`), and the message when it fails. */
      readonly test?: readonly [(value: string) => boolean, string];
    }
  | { readonly k: 'boolean' }
  /** An array of one shape (zod `z.array(...).min(...)`); an element's issue has its index in the path. */
  | { readonly k: 'array'; readonly of: Shape; readonly min?: number }
  /** One of fixed values (zod `z.enum`, `z.literal`). */
  | { readonly k: 'one-of'; readonly values: readonly Fixed[] }
  | {
      readonly k: 'object';
      /** The keys, in zod's order; a key absent from the input is checked as `undefined`. */
      readonly keys: Readonly<Record<string, Shape>>;
      /** A check of the whole object once its keys pass, and its message. */
      readonly refine?: readonly [(value: Readonly<Record<string, unknown>>) => boolean, string];
      /** Other keys are let through (zod `z.looseObject`): for a door that checks only what it reads. */
      readonly open?: boolean;
      /** A check of the whole object once its keys pass that finds its own issue (zod `superRefine`). */
      readonly check?: (value: Readonly<Record<string, unknown>>) => ShapeIssue | undefined;
    }
  | { readonly k: 'optional' | 'nullable'; readonly of: Shape }
  /** A union of strict objects told apart by one key (zod `z.discriminatedUnion`). */
  | { readonly k: 'tagged'; readonly tag: string; readonly options: Readonly<Record<string, Shape>> }
  /** A union of numbers and fixed values (zod `z.union`). */
  | { readonly k: 'any-of'; readonly options: readonly Shape[] };

/** A problem: where, what, and whether zod would stop the value's other checks. @internal */
export interface ShapeIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** Zod's "aborted": a wrong type or value rather than a broken limit. */
  readonly fatal: boolean;
}

/** The type zod names for a received value. */
function received(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(Number.isFinite(v) ? 'number' : v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') {
    const o = v as { constructor?: { name: string } };
    if (Object.getPrototypeOf(o) !== Object.prototype && 'constructor' in o && o.constructor) {
      return o.constructor.name;
    }
  }
  return typeof v;
}

const quote = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));

const issue = (message: string, fatal = true, path: readonly (string | number)[] = []): ShapeIssue => ({
  path,
  message,
  fatal,
});

const wrongType = (expected: string, v: unknown) =>
  issue(`Invalid input: expected ${expected}, received ${received(v)}`);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The issue of a number against its limits (`what` is `number` or, for lengths, `string` or `array`). */
function limit(
  n: number,
  s: { min?: number; gt?: number; max?: number },
  what: string,
): ShapeIssue | undefined {
  const unit = what === 'string' ? ' characters' : what === 'array' ? ' items' : '';
  const verb = what === 'number' ? 'be' : 'have';
  if (s.min !== undefined && n < s.min)
    return issue(`Too small: expected ${what} to ${verb} >=${s.min}${unit}`, false);
  if (s.gt !== undefined && n <= s.gt)
    return issue(`Too small: expected ${what} to ${verb} >${s.gt}${unit}`, false);
  if (s.max !== undefined && n > s.max)
    return issue(`Too big: expected ${what} to ${verb} <=${s.max}${unit}`, false);
  return undefined;
}

/**
 * The first problem of `value` against `shape`, with its path, or `undefined` when it
 * conforms.
 *
 * @internal
 */
export function findShapeIssue(shape: Shape, value: unknown): ShapeIssue | undefined {
  switch (shape.k) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType('number', value);
      if (shape.int === true) {
        if (!Number.isInteger(value)) return wrongType('int', value);
        if (!Number.isSafeInteger(value)) {
          return value > 0
            ? issue(`Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}`, false)
            : issue(`Too small: expected int to be >=${Number.MIN_SAFE_INTEGER}`, false);
        }
      }
      return limit(value, shape, 'number');
    }
    case 'string': {
      if (typeof value !== 'string') return wrongType('string', value);
      const p = shape.pattern;
      const t = shape.test;
      return (
        limit(value.length, shape, 'string') ??
        (p && !p[0].test(value) ? issue(p[1], false) : undefined) ??
        (t && !t[0](value) ? issue(t[1], false) : undefined)
      );
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrongType('boolean', value);
    case 'array': {
      if (!Array.isArray(value)) return wrongType('array', value);
      for (let i = 0; i < value.length; i++) {
        const found = findShapeIssue(shape.of, value[i]);
        if (found !== undefined) return { ...found, path: [i, ...found.path] };
      }
      return limit(value.length, shape, 'array');
    }
    case 'one-of': {
      const vs = shape.values;
      if (vs.includes(value as Fixed)) return undefined;
      return issue(
        vs.length === 1
          ? `Invalid input: expected ${quote(vs[0])}`
          : `Invalid option: expected one of ${vs.map(quote).join('|')}`,
      );
    }
    case 'optional':
      return value === undefined ? undefined : findShapeIssue(shape.of, value);
    case 'nullable':
      return value === null ? undefined : findShapeIssue(shape.of, value);
    case 'object': {
      if (!isObject(value)) return wrongType('object', value);
      for (const key in shape.keys) {
        const found = findShapeIssue(shape.keys[key] as Shape, value[key]);
        if (found !== undefined) return { ...found, path: [key, ...found.path] };
      }
      const unknown: string[] = [];
      if (shape.open !== true)
        for (const key in value) if (!Object.hasOwn(shape.keys, key)) unknown.push(key);
      if (unknown.length > 0) {
        return issue(
          `Unrecognized key${unknown.length > 1 ? 's' : ''}: ${unknown.map(quote).join(', ')}`,
          false,
        );
      }
      const r = shape.refine;
      if (r && !r[0](value)) return issue(r[1], false);
      return shape.check?.(value);
    }
    case 'tagged': {
      if (!isObject(value)) return wrongType('object', value);
      const tag = value[shape.tag];
      const option =
        typeof tag === 'string' && Object.hasOwn(shape.options, tag) ? shape.options[tag] : undefined;
      if (option !== undefined) return findShapeIssue(option, value);
      const names = Object.keys(shape.options).map((o) => `'${o}'`);
      return issue(`Invalid discriminator value. Expected ${names.join(' | ')}`, true, [shape.tag]);
    }
    case 'any-of': {
      // Zod reports the one option that failed only on a limit, else "Invalid input" (the
      // options here are numbers and fixed values: one issue each at most).
      const found = shape.options.map((o) => findShapeIssue(o, value));
      if (found.includes(undefined)) return undefined;
      const near = found.filter((f) => f?.fatal === false);
      return near.length === 1 ? near[0] : issue('Invalid input');
    }
  }
}
