import { describeCode, isPlainObject, suggestClosest } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { aoyuan2014 } from './aoyuan2014.js';
import { createPolicy } from './createPolicy.js';
import { generic } from './generic.js';
import { sinoOcean2008 } from './sinoOcean2008.js';
import type { Policy, PolicyOverrides } from './types.js';

const BASES: Readonly<Record<string, Policy>> = Object.freeze({ sinoOcean2008, aoyuan2014, generic });

/**
 * A company policy from plain data, such as a `policy.json` file: `{ "extends":
 * "aoyuan2014", "id": "acme", "complaints": { ... } }`. `extends` names the preset to start
 * from (default `sinoOcean2008`); the rest are overrides, validated as
 * {@link createPolicy} validates them (path-addressed `INVALID_POLICY` errors). Any value,
 * a `BigInt` or an object without a primitive value included, gives such an error, never
 * a plain `TypeError`.
 *
 * @example
 * ```ts
 * parsePolicy({ extends: 'generic', id: 'acme', complaints: { deadlines: { close: { days: 10 } } } })
 *   .complaints.deadlines.close; // { days: 10 }
 * ```
 */
export function parsePolicy(data: unknown): Policy {
  if (!isPlainObject(data)) {
    throw new InvalidArgumentError(
      [],
      'a policy is an object such as { "extends": "aoyuan2014", "complaints": { ... } }',
      'INVALID_POLICY',
    );
  }
  const { extends: base = 'sinoOcean2008', ...overrides } = data;
  if (typeof base !== 'string' || !Object.hasOwn(BASES, base)) {
    const hint = typeof base === 'string' ? suggestClosest(base, Object.keys(BASES)) : undefined;
    throw new InvalidArgumentError(
      ['extends'],
      `expected one of ${Object.keys(BASES).join(', ')}, got ${describeCode(base)}${hint === undefined ? '' : ` (did you mean '${hint}'?)`}`,
      'INVALID_POLICY',
    );
  }
  return createPolicy(BASES[base] as Policy, overrides as PolicyOverrides);
}
