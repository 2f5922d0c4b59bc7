import { describeCode } from './checks.js';

/**
 * Ends a `switch` over a domain union: a new member breaks the build until every
 * branch handles it, and an unexpected value at run time throws, quoting it only when it
 * cannot be personal data (`describeCode`, CUS-PRIVACY).
 */
export function assertNever(value: never, what = 'value'): never {
  throw new TypeError(`Unexpected ${what}: ${describeCode(value)}`);
}
