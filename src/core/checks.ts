/**
 * Cheap run-time checks of a public function's arguments (DESIGN convention 13): a typed
 * guard per kind of value, each throwing an {@link InvalidArgumentError} with a stable code
 * and the path the caller used (`['options', 'now']`, `['records', 3, 'receivedAt']`), never
 * a plain `TypeError`. They are for the hot path: no zod, no allocation when the value is
 * good. A message describes a bad value by its type, and quotes it only where it is a
 * short code of the package's own vocabulary ({@link expectOneOf}), never what could be
 * personal data (convention 16, `CUS-PRIVACY`: {@link isPossiblyPersonal}).
 *
 * @internal
 * @module
 */

import { InvalidArgumentError } from './errors.js';

/** Where a value is, as the caller wrote it: `['options', 'policy']`, `['records', 3, 'id']`. */
export type ArgumentPath = readonly (string | number)[];

/**
 * A short rendering of a bad value for an error message that names its type only (`a
 * string`, `the number NaN`, `an array`): safe for values that may be personal data.
 */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  switch (typeof value) {
    case 'string':
      return value.length === 0 ? 'an empty string' : 'a string';
    case 'number':
      return Number.isFinite(value) ? 'a number' : `the number ${String(value)}`;
    case 'bigint':
      return 'a bigint';
    case 'boolean':
      return 'a boolean';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return 'an object';
  }
}

/**
 * A code of the package's vocabulary, or a typo of one (`roof`, `Company`, `hotlne`): a
 * Latin letter or `_`, then letters, digits, `_`, `-` or `.`, at most 40 in all, never five digits
 * in a row.
 */
const CODE_LIKE = /^[a-z_](?!.*\d{5})[\w.-]{0,39}$/i;

/**
 * Whether a string could be personal data (CUS-PRIVACY, convention 16) and is not to be
 * quoted in a message: anything that does not look like a code of the package's vocabulary
 * (a phone or an identity number, which begin with a digit or `+`; a name or an address in
 * Chinese; an email, with its `@`; a name with a space; anything longer than 40).
 */
export function isPossiblyPersonal(value: string): boolean {
  return !CODE_LIKE.test(value);
}

/**
 * The value's own rendering for a code of the package's vocabulary (`"roof"`, `number 3`),
 * else its type and length: a string that could be personal data ({@link isPossiblyPersonal})
 * is never quoted (`a string of 11 characters (not shown)`), nor a whole number of 11 or
 * more digits (a phone typed as a number).
 */
export function describeCode(value: unknown): string {
  if (typeof value === 'string' && value !== '')
    return isPossiblyPersonal(value)
      ? `a string of ${value.length} characters${HIDDEN}`
      : JSON.stringify(value);
  if (typeof value === 'number') {
    const shown = describeNumber(value);
    return shown.endsWith(HIDDEN) ? shown : `number ${shown}`;
  }
  return typeof value === 'boolean' ? `boolean ${value}` : describeType(value);
}

const HIDDEN = ' (not shown)';

/**
 * A number for a message: itself (`2.5`), but a whole number of 11 or more digits (a phone,
 * an identity number typed as a number) by its length only.
 */
export function describeNumber(value: number): string {
  return Number.isInteger(value) && Math.abs(value) >= 1e10
    ? `a number of 11 or more digits${HIDDEN}`
    : `${value}`;
}

/** True for `{}`-style objects (not arrays, Dates, class instances or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A plain object, or throws. */
export function expectPlainObject(value: unknown, path: ArgumentPath): Record<string, unknown> {
  if (isPlainObject(value)) return value;
  throw new InvalidArgumentError(path, `expected an object, got ${describeType(value)}`);
}

/** A string (non-empty unless `allowEmpty`), or throws without quoting the value. */
export function expectString(
  value: unknown,
  path: ArgumentPath,
  options?: { readonly allowEmpty?: boolean; readonly maxLength?: number },
): string {
  if (typeof value !== 'string' || (value.length === 0 && options?.allowEmpty !== true)) {
    throw new InvalidArgumentError(path, `expected a non-empty string, got ${describeType(value)}`);
  }
  const max = options?.maxLength;
  if (max !== undefined && value.length > max) {
    throw new InvalidArgumentError(path, `expected at most ${max} characters, got ${value.length}`);
  }
  return value;
}

/** A boolean, or throws (no truthy strings: `'false'` is not `false`). */
export function expectBoolean(value: unknown, path: ArgumentPath): boolean {
  if (typeof value === 'boolean') return value;
  throw new InvalidArgumentError(path, `expected true or false, got ${describeType(value)}`);
}

/** The limits of {@link expectNumber}. */
export interface NumberLimits {
  /** The least value allowed (inclusive). */
  readonly min?: number;
  /** The greatest value allowed (inclusive). */
  readonly max?: number;
  /** Whole numbers only. */
  readonly integer?: boolean;
}

/** A finite number within the limits, or throws (`NaN`, `Infinity`, `'3'` and `3n` are refused). */
export function expectNumber(value: unknown, path: ArgumentPath, limits?: NumberLimits): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidArgumentError(path, `expected a finite number, got ${describeType(value)}`);
  }
  if (limits?.integer === true && !Number.isSafeInteger(value)) {
    throw new InvalidArgumentError(path, `expected a whole number, got ${describeNumber(value)}`);
  }
  if (limits?.min !== undefined && value < limits.min) {
    throw new InvalidArgumentError(path, `expected a number >= ${limits.min}, got ${describeNumber(value)}`);
  }
  if (limits?.max !== undefined && value > limits.max) {
    throw new InvalidArgumentError(path, `expected a number <= ${limits.max}, got ${describeNumber(value)}`);
  }
  return value;
}

/**
 * One of a fixed set of codes, or throws naming the choices and the closest one ("did you
 * mean 'engineering-quality'?").
 */
export function expectOneOf<T extends string>(value: unknown, choices: readonly T[], path: ArgumentPath): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  const hint = typeof value === 'string' ? suggestClosest(value, choices) : undefined;
  const list = choices.length <= 12 ? choices.join(', ') : `${choices.slice(0, 12).join(', ')}, ...`;
  throw new InvalidArgumentError(
    path,
    `expected one of ${list}, got ${describeCode(value)}${hint === undefined ? '' : ` (did you mean '${hint}'?)`}`,
  );
}

/** Runs `check` on a value that is present; `undefined` passes through. */
export function expectOptional<T>(
  value: unknown,
  path: ArgumentPath,
  check: (value: unknown, path: ArgumentPath) => T,
): T | undefined {
  return value === undefined ? undefined : check(value, path);
}

/**
 * An array without holes, or throws; a hole (`[a, , b]`) is an error at its index, never
 * skipped.
 */
export function expectArray(value: unknown, path: ArgumentPath): readonly unknown[] {
  if (!Array.isArray(value))
    throw new InvalidArgumentError(path, `expected an array, got ${describeType(value)}`);
  for (let i = 0; i < value.length; i++) {
    if (!(i in value))
      throw new InvalidArgumentError([...path, i], 'a hole in the array (a missing element)');
  }
  return value;
}

/** The Levenshtein distance of two short strings (case-insensitive). */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = row;
  }
  return prev[t.length] as number;
}

/**
 * The candidate closest to `input` when it is close enough to be a likely typo (at most a
 * third of its length edited, or a candidate containing it), else `undefined`. For "did
 * you mean" hints on codes and column headers.
 */
export function suggestClosest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length === 0 || input.length > 64) return undefined;
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  const lower = input.toLowerCase();
  for (const c of candidates) {
    const d = c.toLowerCase().includes(lower) || lower.includes(c.toLowerCase()) ? 1 : distance(input, c);
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  return best !== undefined && bestScore <= Math.max(1, Math.floor(input.length / 3)) ? best : undefined;
}

/**
 * Checks that an options object has only the keys a function knows, or throws at the first
 * unknown key with the closest known one ("did you mean 'completionAcceptedOn'?"): a
 * misspelt option would otherwise be silently ignored and its default used.
 */
export function expectKnownKeys(
  value: Record<string, unknown>,
  known: readonly string[],
  path: ArgumentPath,
): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    // A typo, or a shortened or re-spelt name sharing its first six letters ('centralised').
    const hint =
      suggestClosest(key, known) ??
      known.find((k) => key.length >= 6 && k.toLowerCase().startsWith(key.slice(0, 6).toLowerCase()));
    throw new InvalidArgumentError(
      [...path, key],
      `unknown option; expected one of ${known.join(', ')}${hint === undefined ? '' : ` (did you mean '${hint}'?)`}`,
    );
  }
}
