/**
 * The household delivery machine's events, each with its schema, the check of its input,
 * and {@link parseHouseholdDeliveryEvent}, the same check as a function an app calls before
 * it sends an event to an actor.
 *
 * @module
 */

import { RealtyCrmError } from '../core/errors.js';
import {
  CLOCK_TICK_EVENT,
  createEventChecker,
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
import type {
  HouseholdDeliveryMachineContext,
  HouseholdDeliveryMachineEvent,
  HouseholdDeliveryMachineInput,
} from './householdDeliveryMachineTypes.js';
import { dayField, nonEmptyListField, repairItemsField } from './machineFields.js';
import { DELIVERY_MODES } from './types.js';

const timed = <F extends Record<string, unknown>>(fields: F) =>
  ({ fields: { at: instantField(), ...fields }, instant: 'at' }) as const;

/**
 * Every event of the household delivery machine and its schema. A refusal of the keys
 * carries at least one reason; a repair item names its discipline.
 *
 * @rule DLV-MODE
 * @example
 * ```ts
 * Object.keys(HOUSEHOLD_DELIVERY_EVENT_SPECS['keys.refused'].fields); // ['at', 'reasons']
 * ```
 */
export const HOUSEHOLD_DELIVERY_EVENT_SPECS = Object.freeze({
  'preInspection.completed': timed({ repairItems: repairItemsField() }),
  'preInspectionRepairs.closed': timed({}),
  'inspection.completed': timed({ mode: oneOfField(DELIVERY_MODES), repairItems: repairItemsField() }),
  'keys.taken': timed({}),
  'keys.refused': timed({ reasons: nonEmptyListField(textField(500), 50) }),
  'repairs.closed': timed({}),
  'eligibility.confirmed': timed({}),
  'clock.tick': CLOCK_TICK_EVENT,
} as const satisfies Readonly<Record<HouseholdDeliveryMachineEvent['type'], EventSpec>>);

// The schemas and the event type agree.
type SpecEvent = EventOfSpecs<typeof HOUSEHOLD_DELIVERY_EVENT_SPECS>;
const _specEventsAreEvents = (e: SpecEvent): HouseholdDeliveryMachineEvent => e;
void _specEventsAreEvents;

/** The check the machine runs on every event before its guards (`attachEventChecks`). @internal */
export const checkHouseholdDeliveryEvent = createEventChecker<HouseholdDeliveryMachineContext>({
  machine: 'household delivery',
  events: HOUSEHOLD_DELIVERY_EVENT_SPECS,
  notBefore: (c) =>
    c.lastEventAt === c.notifiedAt
      ? { at: c.notifiedAt, what: 'notifiedAt' }
      : { at: c.lastEventAt, what: 'the previous event' },
});

/** What {@link parseHouseholdDeliveryEvent} returns: the event rebuilt from its schema, or the error the machine would throw. */
export type HouseholdDeliveryEventParse =
  | { readonly success: true; readonly data: HouseholdDeliveryMachineEvent }
  | { readonly success: false; readonly error: RealtyCrmError };

/**
 * Checks an event as the household delivery machine will, without sending it: its type,
 * its fields against its schema (a refusal of the keys without a reason, an unknown
 * discipline, an instant without an offset are refused), and its order (not before the
 * owner was notified or the previous event).
 *
 * @rule DLV-MODE
 * @example
 * ```ts
 * const r = parseHouseholdDeliveryEvent({ type: 'keys.refused', at: '2026-10-12T11:00:00+08:00', reasons: [] }, snapshot.context);
 * r.success || (r.error as InvalidArgumentError).path; // ['event', 'reasons']
 * ```
 */
export function parseHouseholdDeliveryEvent(
  event: unknown,
  context: HouseholdDeliveryMachineContext,
): HouseholdDeliveryEventParse {
  try {
    return {
      success: true,
      data: checkHouseholdDeliveryEvent(context, event) as HouseholdDeliveryMachineEvent,
    };
  } catch (e) {
    if (e instanceof RealtyCrmError) return { success: false, error: e };
    throw e;
  }
}

/** The input's schema. */
const INPUT_FIELDS = {
  householdId: textField(200),
  deliveryOn: dayField(),
  notifiedAt: instantField(),
  eligible: booleanField(),
  preInspection: optional(booleanField()),
  region: optional(textField(100)),
} as const;

/** The machine's input, checked (code `INVALID_ARGUMENT` at `['input', field]`). @internal */
export function checkHouseholdDeliveryMachineInput(input: unknown): FieldsValue<typeof INPUT_FIELDS> {
  return checkFields(
    INPUT_FIELDS,
    input,
    ['input'],
    'INVALID_ARGUMENT',
  ) satisfies Partial<HouseholdDeliveryMachineInput>;
}
