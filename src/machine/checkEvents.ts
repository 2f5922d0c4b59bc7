/**
 * The events of a machine, each with its schema (a spec of fields), and the check that
 * refuses a bad event before it changes anything: the kit's answer to "events are checked
 * before they change anything" (issue 15). {@link attachEventChecks} runs the check on
 * every event a machine is given, by xstate's pure `transition` or by an actor, before any
 * guard or action sees it.
 *
 * @internal
 * @module
 */

import type { AnyEventObject } from 'xstate';
import { describeCode, describeType, isPlainObject, suggestClosest } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { checkFields, type FieldSpec, type FieldsValue, instantField } from './fields.js';

/** One event's schema: its fields, and which of them carries the instant it happened. */
export interface EventSpec<F extends FieldSpec = FieldSpec> {
  /** The event's fields besides `type`. */
  readonly fields: F;
  /** The field holding the instant the event happened (`at`, or `now` for a tick), or `null`. */
  readonly instant: (keyof F & string) | null;
}

/** Every event of a machine, by type. */
export type EventSpecs = Readonly<Record<string, EventSpec>>;

/** The union of events a spec describes: `{ type, ...fields }`. */
export type EventOfSpecs<S extends EventSpecs> = {
  [T in keyof S & string]: { readonly type: T } & FieldsValue<S[T]['fields']>;
}[keyof S & string];

/** An event's instant must not come before this one. */
export interface EventOrder {
  /** The earliest instant allowed, canonical UTC ISO. */
  readonly at: string;
  /** What that instant is, for the message: `receivedAt`, `the previous event`. */
  readonly what: string;
}

/** What {@link createEventChecker} needs to know. */
export interface EventCheckerOptions<C> {
  /** The machine's name in messages: `complaint`. */
  readonly machine: string;
  /** Every event the machine takes, by type. */
  readonly events: EventSpecs;
  /**
   * The earliest instant an event of this type may carry, given the context (the
   * receipt, the previous event), or `null`; an event dated before it is refused.
   */
  readonly notBefore?: (context: C, type: string) => EventOrder | null;
}

/** Checks one event against the context: the event rebuilt from its schema, or throws. */
export type EventChecker<C> = (context: C, event: unknown) => AnyEventObject;

/** The `clock.tick { now }` event every machine of the package takes (DESIGN convention 8). */
export const CLOCK_TICK_EVENT = /* @__PURE__ */ Object.freeze({
  fields: Object.freeze({ now: instantField() }),
  instant: 'now',
} as const) satisfies EventSpec;

/**
 * The check of a machine's events. An event that is not a plain object, whose `type` the
 * machine does not know (with a did-you-mean), whose fields do not match its schema, or
 * whose instant comes before `notBefore` throws an `InvalidArgumentError` with code
 * `INVALID_EVENT` and a path under `event` (`['event', 'at']`). xstate's own events
 * (`xstate.*`) pass unchanged. The event returned is a new object of exactly the schema's
 * fields, instants canonical.
 *
 * @example
 * ```ts
 * const check = createEventChecker({ machine: 'complaint', events: { 'clock.tick': CLOCK_TICK_EVENT } });
 * check(context, { type: 'clock.tick', now: '2026-11-02T10:00:00+08:00' });
 * // { type: 'clock.tick', now: '2026-11-02T02:00:00.000Z' }
 * ```
 */
export function createEventChecker<C>(options: EventCheckerOptions<C>): EventChecker<C> {
  const { machine, events, notBefore } = options;
  const types = Object.keys(events);
  return (context, event) => {
    if (!isPlainObject(event)) {
      throw new InvalidArgumentError(
        ['event'],
        `expected a ${machine} event { type, ... }, got ${describeType(event)}`,
        'INVALID_EVENT',
      );
    }
    const type = event.type;
    if (typeof type === 'string' && type.startsWith('xstate.')) return event as AnyEventObject;
    if (typeof type !== 'string' || !Object.hasOwn(events, type)) {
      const hint = typeof type === 'string' ? suggestClosest(type, types) : undefined;
      throw new InvalidArgumentError(
        ['event', 'type'],
        `the ${machine} machine takes no event ${describeCode(type)}${hint === undefined ? '' : ` (did you mean '${hint}'?)`}; it takes ${types.join(', ')}`,
        'INVALID_EVENT',
      );
    }
    const spec = events[type] as EventSpec;
    const parsed = checkFields(spec.fields, event, ['event'], 'INVALID_EVENT', 'type') as Record<
      string,
      unknown
    >;
    if (spec.instant !== null && notBefore !== undefined) {
      const order = notBefore(context, type);
      const at = parsed[spec.instant];
      if (order !== null && typeof at === 'string' && at < order.at) {
        throw new InvalidArgumentError(
          ['event', spec.instant],
          `${at} is before ${order.what} (${order.at}): a ${machine} event is refused when dated before it`,
          'INVALID_EVENT',
        );
      }
    }
    parsed.type = type;
    return parsed as AnyEventObject;
  };
}
