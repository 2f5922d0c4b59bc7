import { describeCode } from './checks.js';
import { InvalidArgumentError } from './errors.js';

/**
 * Ends a `switch` over a domain union: a new member breaks the build until every
 * branch handles it, and an unexpected value at run time throws the library's own
 * `InvalidArgumentError` (convention 13), quoting it only when it cannot be personal data
 * (`describeCode`, CUS-PRIVACY).
 */
export function assertNever(value: never, what = 'value'): never {
  throw new InvalidArgumentError([], `Unexpected ${what}: ${describeCode(value)}`);
}
