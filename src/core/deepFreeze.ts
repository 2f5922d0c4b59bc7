/**
 * Freezes an object and everything under it, so a table or a shared result can be
 * handed out without a caller changing it for everyone.
 *
 * @example
 * ```ts
 * const t = deepFreeze({ a: { b: 1 } });
 * Object.isFrozen(t.a); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
