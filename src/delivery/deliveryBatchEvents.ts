/**
 * The delivery batch machine's events, each with its schema, the check of its input, and
 * {@link parseDeliveryBatchEvent}, the same check as a function an app calls before it
 * sends an event to an actor.
 *
 * @module
 */

import { shanghaiStartOfDayMs, tryParseDayString } from '../calendar/days.js';
import { InvalidArgumentError, RealtyCrmError } from '../core/errors.js';
import {
  CLOCK_TICK_EVENT,
  createEventChecker,
  type EventChecker,
  type EventOfSpecs,
  type EventSpec,
} from '../machine/checkEvents.js';
import {
  booleanField,
  checkFields,
  type FieldsValue,
  instantField,
  oneOfField,
  optional,
  textField,
} from '../machine/fields.js';
import { canonicalInstant } from '../machine/instants.js';
import type {
  DeliveryBatchMachineContext,
  DeliveryBatchMachineEvent,
  DeliveryBatchMachineInput,
} from './deliveryBatchMachineTypes.js';
import { dayField, riskCheckField } from './machineFields.js';
import type { DeliveryRiskCheck } from './schemas.js';
import { DELIVERY_MILESTONES } from './types.js';

const timed = <F extends Record<string, unknown>>(fields: F) =>
  ({ fields: { at: instantField(), ...fields }, instant: 'at' }) as const;

/**
 * Every event of the delivery batch machine and its schema: the fields each carries
 * besides `type`, and which one is its instant. Nothing outside a schema reaches the context.
 *
 * @rule DLV-STEPS
 * @example
 * ```ts
 * Object.keys(DELIVERY_BATCH_EVENT_SPECS['riskCheck.assessed'].fields); // ['at', 'check']
 * ```
 */
export const DELIVERY_BATCH_EVENT_SPECS = Object.freeze({
  'plan.approved': timed({}),
  'riskCheck.assessed': timed({ check: riskCheckField() }),
  'preInspection.completed': timed({}),
  'handover.completed': timed({}),
  'centralized.ended': timed({}),
  'sporadic.ended': timed({}),
  'summary.submitted': timed({}),
  'milestone.completed': timed({ milestone: oneOfField(DELIVERY_MILESTONES) }),
  'clock.tick': CLOCK_TICK_EVENT,
} as const satisfies Readonly<Record<DeliveryBatchMachineEvent['type'], EventSpec>>);

// The schemas and the event type agree: every event a schema lets through is a DeliveryBatchMachineEvent.
type SpecEvent = EventOfSpecs<typeof DELIVERY_BATCH_EVENT_SPECS>;
const _specEventsAreEvents = (e: SpecEvent): DeliveryBatchMachineEvent => e;
void _specEventsAreEvents;

/** The start of the delivery day (00:00 Asia/Shanghai), canonical UTC. */
export const deliveryStartsAt = (deliveryOn: string): string =>
  canonicalInstant(shanghaiStartOfDayMs(tryParseDayString(deliveryOn) as number));

/**
 * The order of events: none before the batch was set up or the previous event; the end of
 * the centralized delivery not before the delivery day starts.
 */
const notBefore = (c: DeliveryBatchMachineContext, type: string) => {
  if (type === 'centralized.ended') {
    const start = deliveryStartsAt(c.deliveryOn);
    if (start > c.lastEventAt) return { at: start, what: `the delivery day ${c.deliveryOn}` };
  }
  return c.lastEventAt === c.createdAt
    ? { at: c.createdAt, what: 'createdAt' }
    : { at: c.lastEventAt, what: 'the previous event' };
};

const baseCheck = createEventChecker<DeliveryBatchMachineContext>({
  machine: 'delivery batch',
  events: DELIVERY_BATCH_EVENT_SPECS,
  notBefore,
});

/**
 * The check the machine runs on every event before its guards: the schema and the order,
 * then what only the context can say (a milestone that is not in this batch's schedule).
 *
 * @internal
 */
export const checkDeliveryBatchEvent: EventChecker<DeliveryBatchMachineContext> = (context, event) => {
  const e = baseCheck(context, event);
  if (e.type === 'milestone.completed' && !context.milestones.some((m) => m.id === e.milestone)) {
    throw new InvalidArgumentError(
      ['event', 'milestone'],
      `${String(e.milestone)} is not a milestone of this batch's schedule; it has ${context.milestones.map((m) => m.id).join(', ')}`,
      'INVALID_EVENT',
    );
  }
  if (e.type === 'riskCheck.assessed') {
    const check = e.check as DeliveryRiskCheck;
    if (check.deliveryOn !== undefined && check.deliveryOn !== context.deliveryOn) {
      throw new InvalidArgumentError(
        ['event', 'check', 'deliveryOn'],
        `the risk check is for delivery on ${check.deliveryOn}; this batch delivers on ${context.deliveryOn}`,
        'INVALID_EVENT',
      );
    }
    if (check.firstDelivery !== context.firstDelivery) {
      throw new InvalidArgumentError(
        ['event', 'check', 'firstDelivery'],
        `the risk check says firstDelivery ${String(check.firstDelivery)}; this batch says ${String(context.firstDelivery)}`,
        'INVALID_EVENT',
      );
    }
  }
  return e;
};

/** What {@link parseDeliveryBatchEvent} returns: the event rebuilt from its schema, or the error the machine would throw. */
export type DeliveryBatchEventParse =
  | { readonly success: true; readonly data: DeliveryBatchMachineEvent }
  | { readonly success: false; readonly error: RealtyCrmError };

/**
 * Checks an event as the delivery batch machine will, without sending it: its type, its
 * fields against its schema (instants with an offset, a risk check record by its schema,
 * nothing else), its order (not before the batch was set up or the previous event; the
 * centralized delivery not ended before the delivery day), and a milestone that the
 * batch's schedule has; a risk check for another delivery day, or that disagrees on the
 * first delivery, is refused. An app that keeps an actor checks first, since an actor given a
 * bad event stops in `status: 'error'`; the pure `transition` throws the same error.
 *
 * @rule DLV-STEPS
 * @example
 * ```ts
 * const r = parseDeliveryBatchEvent({ type: 'milestone.completed', at: '2026-08-20T10:00:00+08:00', milestone: 'rehearsals' }, snapshot.context);
 * r.success; // false when the batch is not a first delivery: no rehearsals in its schedule
 * ```
 */
export function parseDeliveryBatchEvent(
  event: unknown,
  context: DeliveryBatchMachineContext,
): DeliveryBatchEventParse {
  try {
    return { success: true, data: checkDeliveryBatchEvent(context, event) as DeliveryBatchMachineEvent };
  } catch (e) {
    if (e instanceof RealtyCrmError) return { success: false, error: e };
    throw e;
  }
}

/** The input's schema. */
const INPUT_FIELDS = {
  batchId: textField(200),
  deliveryOn: dayField(),
  createdAt: instantField(),
  firstDelivery: optional(booleanField()),
  preInspection: optional(booleanField()),
  region: optional(textField(100)),
} as const;

/**
 * The machine's input, checked: an `InvalidArgumentError` with code `INVALID_ARGUMENT` at
 * `['input', field]`; a batch set up after its delivery day is refused.
 *
 * @internal
 */
export function checkDeliveryBatchMachineInput(input: unknown): FieldsValue<typeof INPUT_FIELDS> {
  const i = checkFields(INPUT_FIELDS, input, ['input'], 'INVALID_ARGUMENT');
  const end = canonicalInstant(shanghaiStartOfDayMs((tryParseDayString(i.deliveryOn) as number) + 1));
  if (i.createdAt >= end) {
    throw new InvalidArgumentError(
      ['input', 'createdAt'],
      `a batch is set up on or before its delivery day (${i.deliveryOn}), got ${i.createdAt}`,
    );
  }
  return i satisfies Partial<DeliveryBatchMachineInput>;
}
