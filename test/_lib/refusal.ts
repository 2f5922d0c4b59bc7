/**
 * Helpers shared by the tests that check what the library refuses: each runs a call and
 * returns what it threw, in the shape the test compares.
 *
 * - {@link refusalOf}: the error itself; fails the test when nothing, or an error of another
 *   class, is thrown.
 * - {@link refusalCodePath}: `[code, path]` of whatever was thrown, or `'no error'` (the machine
 *   tests compare it with `toEqual`, so a missing refusal shows as a readable difference).
 * - {@link refusalSummary}: `{ code, path, message }` of an `InvalidArgumentError`, or
 *   `undefined` when nothing was thrown; anything else thrown is thrown on.
 */

import { expect } from 'vitest';
import { InvalidArgumentError } from '../../src/core/errors.js';

/** A class of error a refusal may be expected to be (`InvalidArgumentError`, `RealtyCrmError`, ...). */
export type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

/**
 * The error `fn` throws, which must be an instance of `errorClass` (by default
 * `InvalidArgumentError`): fails the test when `fn` throws something else or returns.
 * `label` (say, the event refused) is shown with either failure.
 */
export function refusalOf<E extends Error = InvalidArgumentError>(
  fn: () => unknown,
  errorClass: ErrorClass<E> = InvalidArgumentError as unknown as ErrorClass<E>,
  label?: string,
): E {
  try {
    fn();
  } catch (e) {
    expect(e, label).toBeInstanceOf(errorClass);
    return e as E;
  }
  const what = `expected a refusal (${errorClass.name}), but nothing was thrown`;
  throw new Error(label === undefined ? what : `${label}: ${what}`);
}

/**
 * `[code, path]` of whatever `f` throws (`[undefined, undefined]` for an error with neither),
 * or `'no error'` when `f` returns.
 */
export function refusalCodePath(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    const err = e as { code?: string; path?: unknown };
    return [err.code, err.path];
  }
  return 'no error';
}

/** What {@link refusalSummary} returns for an `InvalidArgumentError`. */
export interface RefusalSummary<P = readonly (string | number)[]> {
  readonly code: string;
  readonly path: P;
  readonly message: string;
}

/**
 * `{ code, path, message }` of the `InvalidArgumentError` `f` throws, or `undefined` when `f`
 * returns; any other error is thrown on (failing the test). With `{ pathAsStrings: true }`
 * each path segment is given as a string (`['years', '0']`).
 */
export function refusalSummary(f: () => unknown): RefusalSummary | undefined;
export function refusalSummary(
  f: () => unknown,
  options: { readonly pathAsStrings: true },
): RefusalSummary<string[]> | undefined;
export function refusalSummary(
  f: () => unknown,
  options?: { readonly pathAsStrings?: boolean },
): RefusalSummary<readonly (string | number)[]> | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidArgumentError) {
      const path = options?.pathAsStrings ? e.path.map(String) : e.path;
      return { code: e.code, path, message: e.message };
    }
    throw e;
  }
  return undefined;
}
