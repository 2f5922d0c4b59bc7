/**
 * Field checks for machine events and inputs: each turns an unknown value into a value of
 * its type, or throws a path-addressed {@link InvalidArgumentError} (code
 * `INVALID_EVENT`). A spec of fields is the schema of one event: {@link checkFields}
 * builds a new object of exactly those fields, so nothing outside the spec reaches a
 * machine's context, and instants come out canonical (UTC ISO with milliseconds), so they
 * compare as strings. Plain JSON only: `undefined` as a value, `BigInt`, `Date`, `NaN`,
 * `Infinity`, functions and class instances are refused.
 *
 * @internal
 * @module
 */

import { formatInstant, tryParseDayString, tryParseInstant } from '../calendar/days.js';
import {
  type ArgumentPath,
  describeCode,
  describeNumber,
  describeType,
  isPlainObject,
  suggestClosest,
} from '../core/checks.js';
import { InvalidArgumentError, type RealtyCrmErrorCode } from '../core/errors.js';

/** One field's check: the value it yields, and how the docs describe it. */
export interface FieldCheck<T> {
  /** The checked value, or throws at `path`. */
  readonly check: (value: unknown, path: ArgumentPath, code: RealtyCrmErrorCode) => T;
  /** What the field holds, for docs and messages: `an instant`, `one of a, b`. */
  readonly kind: string;
  /** An optional field may be left out (never given as `undefined`). */
  readonly optional: boolean;
}

/** A field that may be left out. */
export type OptionalFieldCheck<T> = FieldCheck<T> & { readonly optional: true };

/** The fields of an object, by name. */
export type FieldSpec = Readonly<Record<string, FieldCheck<unknown>>>;

/** The value a field check yields. */
export type FieldValue<F> = F extends FieldCheck<infer T> ? T : never;

/** The object a spec of fields yields: required fields, then optional ones. */
export type FieldsValue<F extends FieldSpec> = {
  readonly [K in keyof F as F[K] extends { readonly optional: true } ? never : K]: FieldValue<F[K]>;
} & {
  readonly [K in keyof F as F[K] extends { readonly optional: true } ? K : never]?: FieldValue<F[K]>;
};

const fail = (path: ArgumentPath, message: string, code: RealtyCrmErrorCode): never => {
  throw new InvalidArgumentError(path, message, code);
};

function field<T>(kind: string, check: FieldCheck<T>['check']): FieldCheck<T> {
  return Object.freeze({ kind, optional: false, check });
}

/** An ISO 8601 instant with an offset, returned canonical: `2026-11-02T02:00:00.000Z`. */
export function instantField(): FieldCheck<string> {
  return field('an ISO 8601 instant with an offset', (value, path, code) => {
    const ms = typeof value === 'string' ? tryParseInstant(value) : undefined;
    if (ms === undefined) {
      return fail(
        path,
        `expected an ISO 8601 instant with an offset such as 2026-11-02T10:00:00+08:00, got ${describeType(value)}`,
        code,
      );
    }
    return formatInstant(ms);
  });
}

/** A day `YYYY-MM-DD` (kept as written) or an instant with an offset (returned canonical). */
export function dayOrInstantField(): FieldCheck<string> {
  return field('a day YYYY-MM-DD or an ISO 8601 instant with an offset', (value, path, code) => {
    if (typeof value === 'string') {
      if (value.length === 10 && tryParseDayString(value) !== undefined) return value;
      const ms = tryParseInstant(value);
      if (ms !== undefined) return formatInstant(ms);
    }
    return fail(
      path,
      `expected a day YYYY-MM-DD or an ISO 8601 instant with an offset, got ${describeType(value)}`,
      code,
    );
  });
}

/** A non-empty string of at most `maxLength` characters (default 200); never quoted in messages. */
export function textField(maxLength = 200): FieldCheck<string> {
  return field(`a string of 1 to ${maxLength} characters`, (value, path, code) => {
    if (typeof value !== 'string' || value.length === 0) {
      return fail(path, `expected a non-empty string, got ${describeType(value)}`, code);
    }
    if (value.length > maxLength) {
      return fail(path, `expected at most ${maxLength} characters, got ${value.length}`, code);
    }
    return value;
  });
}

/** `true` or `false` (no truthy strings). */
export function booleanField(): FieldCheck<boolean> {
  return field('true or false', (value, path, code) =>
    typeof value === 'boolean'
      ? value
      : fail(path, `expected true or false, got ${describeType(value)}`, code),
  );
}

/** One of a fixed set of codes, with a did-you-mean hint. */
export function oneOfField<T extends string>(choices: readonly T[]): FieldCheck<T> {
  const list = choices.join(', ');
  return field(`one of ${list}`, (value, path, code) => {
    if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
    const hint = typeof value === 'string' ? suggestClosest(value, choices) : undefined;
    return fail(
      path,
      `expected one of ${list}, got ${describeCode(value)}${hint === undefined ? '' : ` (did you mean '${hint}'?)`}`,
      code,
    );
  });
}

/** A finite number in `[min, max]`, whole when `integer`. */
export function numberField(limits: {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}): FieldCheck<number> {
  const { min, max, integer = false } = limits;
  return field(`${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`, (value, path, code) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return fail(path, `expected a finite number, got ${describeType(value)}`, code);
    }
    if (integer && !Number.isInteger(value))
      return fail(path, `expected a whole number, got ${describeNumber(value)}`, code);
    if (value < min || value > max)
      return fail(path, `expected a number from ${min} to ${max}, got ${describeNumber(value)}`, code);
    return value;
  });
}

/** An array of at most `maxLength` items, each checked; holes refused. */
export function arrayField<T>(item: FieldCheck<T>, maxLength = 100): FieldCheck<readonly T[]> {
  return field(`a list of at most ${maxLength} of ${item.kind}`, (value, path, code) => {
    if (!Array.isArray(value)) return fail(path, `expected an array, got ${describeType(value)}`, code);
    if (value.length > maxLength)
      return fail(path, `expected at most ${maxLength} items, got ${value.length}`, code);
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return fail([...path, i], 'a hole in the array (a missing element)', code);
      out.push(item.check(value[i], [...path, i], code));
    }
    return out;
  });
}

/** A nested object of exactly these fields. */
export function objectField<F extends FieldSpec>(fields: F): FieldCheck<FieldsValue<F>> {
  return field('an object', (value, path, code) => checkFields(fields, value, path, code));
}

/** The same check, for a field that may be left out. */
export function optional<T>(check: FieldCheck<T>): OptionalFieldCheck<T> {
  return Object.freeze({ ...check, optional: true as const });
}

const names = /* @__PURE__ */ new WeakMap<FieldSpec, readonly string[]>();
/** The field names of a spec, computed once per spec. */
function namesOf(fields: FieldSpec): readonly string[] {
  let n = names.get(fields);
  if (n === undefined) {
    n = Object.keys(fields);
    names.set(fields, n);
  }
  return n;
}

/**
 * A plain object with exactly the fields of `fields`, rebuilt: an unknown key (with a
 * did-you-mean), a missing required field, a key given as `undefined` and a bad value are
 * each an error at their own path.
 */
export function checkFields<F extends FieldSpec>(
  fields: F,
  value: unknown,
  path: ArgumentPath,
  code: RealtyCrmErrorCode,
  /** A key of `value` that is not a field and is left out (an event's `type`). */
  skip?: string,
): FieldsValue<F> {
  if (!isPlainObject(value)) return fail(path, `expected an object, got ${describeType(value)}`, code);
  const names = namesOf(fields);
  for (const key in value) {
    if (key !== skip && !Object.hasOwn(fields, key)) {
      const hint = suggestClosest(key, names);
      fail(
        [...path, key],
        `unknown field${hint === undefined ? '' : ` (did you mean '${hint}'?)`}; expected only ${names.join(', ')}`,
        code,
      );
    }
  }
  const out: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) {
    const key = names[i] as string;
    const f = fields[key] as FieldCheck<unknown>;
    if (!Object.hasOwn(value, key)) {
      if (!f.optional) fail([...path, key], `missing: expected ${f.kind}`, code);
      continue;
    }
    const v = value[key];
    if (v === undefined) fail([...path, key], 'undefined is not a value: leave the field out instead', code);
    out[key] = f.check(v, [...path, key], code);
  }
  return out as FieldsValue<F>;
}
