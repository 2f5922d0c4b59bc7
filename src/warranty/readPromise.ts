/**
 * Reads a warranty length given at a public door: exactly one of `years`, `months`,
 * `seasons`, a whole number from 1; seasons only for a component counted in seasons.
 *
 * @internal
 * @module
 */

import { expectNumber, expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { WARRANTY_COMPONENTS, type WarrantyPromise } from './tables/components.js';
import type { WarrantyComponent } from './types.js';

const UNITS = ['years', 'months', 'seasons'] as const;
const MAX = { years: 200, months: 2400, seasons: 200 } as const;

/** A checked warranty length, or a path-addressed error. @internal */
export function readPromise(
  value: unknown,
  path: readonly (string | number)[],
  component: WarrantyComponent,
): WarrantyPromise {
  const obj = expectPlainObject(value, path);
  const keys = Object.keys(obj);
  for (const key of keys) {
    if (!(UNITS as readonly string[]).includes(key)) {
      throw new InvalidArgumentError(
        [...path, key],
        `unknown unit; a length is one of { years }, { months }, { seasons }`,
      );
    }
  }
  if (keys.length !== 1) {
    throw new InvalidArgumentError(path, 'expected exactly one of years, months, seasons');
  }
  const unit = keys[0] as (typeof UNITS)[number];
  const n = expectNumber(obj[unit], [...path, unit], { integer: true, min: 1, max: MAX[unit] });
  if (unit === 'seasons' && WARRANTY_COMPONENTS[component].season === null) {
    throw new InvalidArgumentError(
      [...path, unit],
      `${component} is not counted in heating or cooling seasons: give years or months`,
    );
  }
  return { [unit]: n } as WarrantyPromise;
}
