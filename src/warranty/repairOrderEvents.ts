/**
 * The repair-order machine's events, each with its schema (a spec of fields), the check
 * of its input, and {@link parseRepairOrderEvent}, the same check as a function an app
 * calls before it sends an event to an actor.
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
  arrayField,
  booleanField,
  checkFields,
  type FieldsValue,
  instantField,
  numberField,
  oneOfField,
  optional,
  textField,
} from '../machine/fields.js';
import type {
  RepairOrderMachineContext,
  RepairOrderMachineEvent,
  RepairOrderMachineInput,
} from './repairOrderMachineTypes.js';
import { CONTRACTOR_FAILURES, HIDDEN_WORK_KINDS, SURVEY_PROBLEMS, WARRANTY_COMPONENT_IDS } from './types.js';

const at = { at: instantField() };
const flag = () => optional(booleanField());
const yuan = () => numberField({ min: 0, max: 1e12 });

const timed = <F extends Record<string, unknown>>(fields: F) =>
  ({ fields: { ...at, ...fields }, instant: 'at' }) as const;

/**
 * Every event of the repair-order machine and its schema: the fields each carries besides
 * `type`, and which one is its instant. Nothing outside a schema reaches the context.
 *
 * @rule WAR-FLOW
 * @rule WAR-APPOINT
 * @rule WAR-CONTRACTOR
 * @rule WAR-COMP
 * @example
 * ```ts
 * Object.keys(REPAIR_ORDER_EVENT_SPECS['acceptance.recorded'].fields); // ['at', 'outcome']
 * ```
 */
export const REPAIR_ORDER_EVENT_SPECS = Object.freeze({
  'order.classified': timed({
    component: oneOfField(WARRANTY_COMPONENT_IDS),
    problem: oneOfField(SURVEY_PROBLEMS),
    inWarranty: booleanField(),
    structuralSafety: flag(),
    emergency: flag(),
    largeArea: flag(),
    previousRepairsAtSameLocation: optional(numberField({ min: 0, max: 10_000, integer: true })),
    responsibilityUnclear: flag(),
    ownerRefusesHome: flag(),
  }),
  'survey.completed': timed({}),
  'plan.confirmed': timed({}),
  'charges.accepted': timed({ amountYuan: yuan() }),
  'repair.started': timed({}),
  'hiddenWorks.recorded': timed({ works: arrayField(oneOfField(HIDDEN_WORK_KINDS), 5) }),
  'hiddenWorks.inspected': timed({}),
  'repair.completed': timed({}),
  'acceptance.recorded': timed({ outcome: oneOfField(['accepted', 'rejected'] as const) }),
  'callback.completed': timed({}),
  'visit.agreed': timed({ visitAt: instantField() }),
  'visit.rescheduled': timed({ visitAt: instantField() }),
  'visit.arrived': timed({}),
  'authority.reported': timed({}),
  'contractor.replaced': timed({ failure: oneOfField(CONTRACTOR_FAILURES), thirdPartyId: textField(200) }),
  'evidence.recorded': timed({}),
  'penaltyNotice.issued': timed({}),
  'compensation.planned': timed({ amountYuan: yuan() }),
  'compensation.approved': timed({}),
  'deduction.notified': timed({}),
  'clock.tick': CLOCK_TICK_EVENT,
} as const satisfies Readonly<Record<RepairOrderMachineEvent['type'], EventSpec>>);

// The schemas and the event type agree: every event a schema lets through is a RepairOrderMachineEvent.
type SpecEvent = EventOfSpecs<typeof REPAIR_ORDER_EVENT_SPECS>;
const _specEventsAreEvents = (e: SpecEvent): RepairOrderMachineEvent => e;
void _specEventsAreEvents;

/** An event is refused when dated before the receipt or before the latest event other than a tick. */
const notBefore = (context: RepairOrderMachineContext) =>
  context.lastEventAt === context.receivedAt
    ? { at: context.receivedAt, what: 'receivedAt' }
    : { at: context.lastEventAt, what: 'the previous event' };

/** The check the machine runs on every event before its guards (`attachEventChecks`). @internal */
export const checkRepairOrderEvent = createEventChecker<RepairOrderMachineContext>({
  machine: 'repair-order',
  events: REPAIR_ORDER_EVENT_SPECS,
  notBefore,
});

/** What {@link parseRepairOrderEvent} returns: the event rebuilt from its schema, or the error the machine would throw. */
export type RepairOrderEventParse =
  | { readonly success: true; readonly data: RepairOrderMachineEvent }
  | { readonly success: false; readonly error: RealtyCrmError };

/**
 * Checks an event as the repair-order machine will, without sending it: its type, its
 * fields against its schema (instants with an offset, nothing else, no `undefined`,
 * `BigInt`, `Date` or `NaN`), and, given the context, its order (not before the receipt or
 * the previous event). An app that keeps an actor checks first, since an actor given a bad
 * event stops in `status: 'error'`; the pure `transition` throws the same error.
 *
 * @rule WAR-FLOW
 * @example
 * ```ts
 * const r = parseRepairOrderEvent({ type: 'acceptance.recorded', at: '2026-09-28T16:00:00+08:00', outcome: 'ok' }, snapshot.context);
 * r.success; // false
 * r.success || [r.error.code, (r.error as InvalidArgumentError).path]; // ['INVALID_EVENT', ['event', 'outcome']]
 * ```
 */
export function parseRepairOrderEvent(
  event: unknown,
  context: RepairOrderMachineContext,
): RepairOrderEventParse {
  try {
    return { success: true, data: checkRepairOrderEvent(context, event) as RepairOrderMachineEvent };
  } catch (e) {
    if (e instanceof RealtyCrmError) return { success: false, error: e };
    throw e;
  }
}

/** The input's schema. */
const INPUT_FIELDS = { id: textField(200), receivedAt: instantField() } as const;

/**
 * The machine's input, checked: an `InvalidArgumentError` with code `INVALID_ARGUMENT` at
 * `['input', field]`; the receipt comes out canonical.
 *
 * @internal
 */
export function checkRepairOrderMachineInput(input: unknown): FieldsValue<typeof INPUT_FIELDS> {
  return checkFields(
    INPUT_FIELDS,
    input,
    ['input'],
    'INVALID_ARGUMENT',
  ) satisfies Partial<RepairOrderMachineInput>;
}
