/**
 * The complaint machine's events, each with its schema (a spec of fields, DESIGN
 * convention 8 and issue 15), the check of its input, and {@link parseComplaintEvent}, the
 * same check as a function an app calls before it sends an event to an actor.
 *
 * @module
 */

import { isPlainObject } from '../core/checks.js';
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
  dayOrInstantField,
  type FieldsValue,
  instantField,
  numberField,
  objectField,
  oneOfField,
  optional,
  textField,
} from '../machine/fields.js';
import type {
  ComplaintMachineContext,
  ComplaintMachineEvent,
  ComplaintMachineInput,
} from './complaintMachineTypes.js';
import {
  CALLBACK_OUTCOMES,
  COMPLAINT_CATEGORIES,
  CRISIS_SIGNALS,
  IMPASSE_GROUNDS,
  SERVICE_METHODS,
} from './types.js';

const at = { at: instantField() };
const count = () => optional(numberField({ min: 0, max: 1_000_000, integer: true }));
const flag = () => optional(booleanField());

/** The facts of `severity.assessed`: escalation facts, without the times the machine holds itself. */
const ASSESSED_FACTS = {
  compensationPerHousehold: optional(numberField({ min: 0, max: 1e12 })),
  lawsuitFiled: flag(),
  mediaExposed: flag(),
  householdsWithSameIssue: count(),
  simultaneousMajorHouseholds: count(),
  householdsComplainingTogether: count(),
  demandsReturnOrLargeCompensation: flag(),
  mayLeadToLawsuitOrMedia: flag(),
  distinctComplainantsWithin30Days: count(),
  collectiveComplainants: count(),
  crisisSignals: optional(arrayField(oneOfField(CRISIS_SIGNALS), CRISIS_SIGNALS.length)),
  riskOfMajorGroupOrCrisis: flag(),
} as const;

const timed = <F extends Record<string, ReturnType<typeof instantField> | unknown>>(fields: F) =>
  ({ fields: { ...at, ...fields }, instant: 'at' }) as const;

/**
 * Every event of the complaint machine and its schema: the fields each carries besides
 * `type`, and which one is its instant. Nothing outside a schema reaches the context.
 *
 * @rule CMP-FLOW
 * @rule CMP-REOPEN
 * @rule CMP-CLOSE
 * @rule CMP-WARN
 */
export const COMPLAINT_EVENT_SPECS = Object.freeze({
  'form.completed': timed({}),
  'department.assigned': timed({ department: textField(200) }),
  'plan.issued': timed({}),
  'plan.communicated': timed({}),
  'handling.completed': timed({}),
  'callback.completed': timed({ outcome: oneOfField(CALLBACK_OUTCOMES) }),
  'reply.attached': timed({}),
  'impasse.recorded': timed({ grounds: oneOfField(IMPASSE_GROUNDS) }),
  'lawsuit.filed': timed({ filedOn: dayOrInstantField(), handlingCompliedWithLaw: booleanField() }),
  'opinion.served': timed({ via: oneOfField(SERVICE_METHODS), proofKept: booleanField() }),
  'clock.tick': CLOCK_TICK_EVENT,
  'severity.assessed': timed({ facts: objectField(ASSESSED_FACTS) }),
  'delay.attributed': timed({ side: oneOfField(['company', 'customer'] as const) }),
  'warning.sent': timed({}),
  'event.reported': timed({}),
} as const satisfies Readonly<Record<ComplaintMachineEvent['type'], EventSpec>>);

// The schemas and the event type agree: every event a schema lets through is a ComplaintMachineEvent.
type SpecEvent = EventOfSpecs<typeof COMPLAINT_EVENT_SPECS>;
const _specEventsAreEvents = (e: SpecEvent): ComplaintMachineEvent => e;
void _specEventsAreEvents;

/**
 * The order of events (issue 15): an event is refused when dated before the receipt or
 * before the latest event other than a tick; a tick too (the clock may lag a recorded
 * event only by refusal, never silently).
 */
const notBefore = (context: ComplaintMachineContext) =>
  context.lastEventAt === context.receivedAt
    ? { at: context.receivedAt, what: 'receivedAt' }
    : { at: context.lastEventAt, what: 'the previous event' };

/** The check the machine runs on every event before its guards (`attachEventChecks`). @internal */
export const checkComplaintEvent = createEventChecker<ComplaintMachineContext>({
  machine: 'complaint',
  events: COMPLAINT_EVENT_SPECS,
  notBefore,
});

/** What {@link parseComplaintEvent} returns: the event rebuilt from its schema, or the error the machine would throw. */
export type ComplaintEventParse =
  | { readonly success: true; readonly data: ComplaintMachineEvent }
  | { readonly success: false; readonly error: RealtyCrmError };

/**
 * Checks an event as the complaint machine will, without sending it: its type, its fields
 * against its schema (instants with an offset, nothing else, no `undefined`, `BigInt`,
 * `Date` or `NaN`), and, given the context, its order (not before the receipt or the
 * previous event). An app that keeps an actor checks first, since an actor given a bad
 * event stops in `status: 'error'`; the pure `transition` throws the same error.
 *
 * @rule CMP-FLOW
 * @example
 * ```ts
 * const r = parseComplaintEvent({ type: 'delay.attributed', at: '2026-11-03T10:00:00+08:00', side: 'Company' }, snapshot.context);
 * r.success; // false
 * r.success || [r.error.code, (r.error as InvalidArgumentError).path]; // ['INVALID_EVENT', ['event', 'side']]
 * ```
 */
export function parseComplaintEvent(event: unknown, context: ComplaintMachineContext): ComplaintEventParse {
  try {
    return { success: true, data: checkComplaintEvent(context, event) as ComplaintMachineEvent };
  } catch (e) {
    if (e instanceof RealtyCrmError) return { success: false, error: e };
    throw e;
  }
}

/** The input's schema. */
const INPUT_FIELDS = {
  id: textField(200),
  receivedAt: instantField(),
  category: oneOfField(COMPLAINT_CATEGORIES),
  hasContactInfo: flag(),
  anonymous: flag(),
  replyLetterOnly: flag(),
  delayOnCompanySide: flag(),
} as const;

/**
 * The machine's input, checked (`category: 'garbage'` and `id: 42` are refused): an
 * `InvalidArgumentError` with code `INVALID_ARGUMENT` at `['input', field]`; the receipt
 * comes out canonical.
 *
 * @internal
 */
export function checkComplaintMachineInput(input: unknown): FieldsValue<typeof INPUT_FIELDS> {
  if (!isPlainObject(input)) {
    return checkFields(INPUT_FIELDS, input, ['input'], 'INVALID_ARGUMENT');
  }
  return checkFields(
    INPUT_FIELDS,
    input,
    ['input'],
    'INVALID_ARGUMENT',
  ) satisfies Partial<ComplaintMachineInput>;
}
