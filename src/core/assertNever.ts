/**
 * Ends a `switch` over a domain union: a new member breaks the build until every
 * branch handles it, and an unexpected value at run time throws.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new TypeError(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
