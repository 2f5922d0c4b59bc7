/**
 * The reasons an event produced: every reason (an object with a rule id, facts and a
 * message) in the context after it that was not in the context before. Works for every
 * machine of the package, whose records (a closure, a warning, a report) carry their
 * reasons.
 *
 * @internal
 * @module
 */

import type { Reason } from '../core/reason.js';

const isReason = (v: Record<string, unknown>): boolean =>
  typeof v.rule === 'string' &&
  typeof v.facts === 'object' &&
  v.facts !== null &&
  typeof v.message === 'object' &&
  v.message !== null;

/** Every reason in a plain-JSON value, depth first. */
function reasonsIn(value: unknown, out: Reason[]): Reason[] {
  if (Array.isArray(value)) {
    for (const v of value) reasonsIn(v, out);
  } else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (isReason(o)) out.push(o as unknown as Reason);
    else for (const v of Object.values(o)) reasonsIn(v, out);
  }
  return out;
}

/** The reasons in `after` that are not in `before` (all of `after`'s when `before` is absent). */
export function collectNewReasons(before: unknown, after: unknown): Reason[] {
  const seen = new Set(reasonsIn(before, []).map((r) => JSON.stringify(r)));
  return reasonsIn(after, []).filter((r) => !seen.has(JSON.stringify(r)));
}
