import { expect } from 'vitest';
import { InvalidArgumentError } from '../../src/index.js';

/** The InvalidArgumentError `fn` throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): InvalidArgumentError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidArgumentError);
    return e as InvalidArgumentError;
  }
  throw new Error('expected an InvalidArgumentError, got none');
}
