/**
 * The defect machine's events, each with its schema (the machine kit's field specs), the
 * check of its input, and {@link parseDefectEvent}, the same check as a function an app
 * calls before it sends an event to an actor.
 *
 * @module
 */

import {
  formatDayNumber,
  shanghaiDayNumberOfInstant,
  tryParseDayString,
  tryParseInstant,
} from '../calendar/days.js';
import { describeType } from '../core/checks.js';
import { InvalidArgumentError, RealtyCrmError } from '../core/errors.js';
import {
  CLOCK_TICK_EVENT,
  createEventChecker,
  type EventOfSpecs,
  type EventSpec,
} from '../machine/checkEvents.js';
import {
  booleanField,
  checkFields,
  type FieldCheck,
  type FieldsValue,
  instantField,
  objectField,
  oneOfField,
  optional,
  textField,
} from '../machine/fields.js';
import type { DefectMachineContext, DefectMachineEvent, DefectMachineInput } from './defectMachineTypes.js';
import { DEFECT_SOURCES } from './types.js';

/** A day `YYYY-MM-DD` (a real one), kept as written. */
function dayField(): FieldCheck<string> {
  const check: FieldCheck<string>['check'] = (value, path, code) => {
    if (typeof value === 'string' && value.length === 10 && tryParseDayString(value) !== undefined)
      return value;
    throw new InvalidArgumentError(
      path,
      `expected a day YYYY-MM-DD such as 2026-10-09, got ${describeType(value)}`,
      code,
    );
  };
  return Object.freeze({ kind: 'a day YYYY-MM-DD', optional: false, check });
}

/** A stated text (a reason, an evaluation): non-blank, at most 2,000 characters; never quoted. */
function statedTextField(): FieldCheck<string> {
  const text = textField(2000);
  const check: FieldCheck<string>['check'] = (value, path, code) => {
    const s = text.check(value, path, code);
    if (s.trim().length === 0) throw new InvalidArgumentError(path, 'a blank text states nothing', code);
    return s;
  };
  return Object.freeze({ kind: 'a non-blank text of at most 2000 characters', optional: false, check });
}

const timed = <F extends Record<string, unknown>>(fields: F) =>
  ({ fields: { at: instantField(), ...fields }, instant: 'at' }) as const;

const FEASIBILITY = {
  constructionCapacity: booleanField(),
  technical: booleanField(),
  schedule: booleanField(),
} as const;

/**
 * Every event of the defect machine and its schema: the fields each carries besides
 * `type`, and which one is its instant. Nothing outside a schema reaches the context.
 *
 * @rule DEF-FLOW
 * @rule DEF-RECTIFY
 * @rule DEF-TRACK
 */
export const DEFECT_EVENT_SPECS = Object.freeze({
  'contactForm.generated': timed({}),
  'decision.made': timed({
    needsRectification: booleanField(),
    feasibility: optional(objectField(FEASIBILITY)),
  }),
  'rectification.planned': timed({ dueOn: dayField() }),
  'rectification.carriedOut': timed({}),
  'rectification.accepted': timed({}),
  'rectification.verified': timed({}),
  'prevention.filed': timed({ dueOn: dayField() }),
  'prevention.implemented': timed({}),
  'confirmation.filed': timed({}),
  'miss.explained': timed({ reason: statedTextField() }),
  'miss.evaluated': timed({ evaluation: statedTextField() }),
  'summary.recorded': timed({}),
  'clock.tick': CLOCK_TICK_EVENT,
} as const satisfies Readonly<Record<DefectMachineEvent['type'], EventSpec>>);

// The schemas and the event type agree: every event a schema lets through is a DefectMachineEvent.
type SpecEvent = EventOfSpecs<typeof DEFECT_EVENT_SPECS>;
const _specEventsAreEvents = (e: SpecEvent): DefectMachineEvent => e;
void _specEventsAreEvents;

/** The order of events: none before the collection, none before the previous event. */
const notBefore = (context: DefectMachineContext) =>
  context.lastEventAt === context.reportedAt
    ? { at: context.reportedAt, what: 'reportedAt' }
    : { at: context.lastEventAt, what: 'the previous event' };

const checkSchema = createEventChecker<DefectMachineContext>({
  machine: 'defect',
  events: DEFECT_EVENT_SPECS,
  notBefore,
});

/**
 * The check the machine runs on every event before its guards (`attachEventChecks`): the
 * schema and the order, then what a schema cannot say: a decision that finds rectification
 * needed gives its feasibility (`gradeDefect` grades on it, `DEF-GRADE`), and a due day
 * is not before the day the plan is made.
 *
 * @internal
 */
export function checkDefectEvent(context: DefectMachineContext, event: unknown) {
  const e = checkSchema(context, event) as { type: string } & Record<string, unknown>;
  if (e.type === 'decision.made' && e.needsRectification === true && e.feasibility === undefined) {
    throw new InvalidArgumentError(
      ['event', 'feasibility'],
      'a decision that finds rectification needed grades it on its feasibility: give constructionCapacity, technical and schedule',
      'INVALID_EVENT',
    );
  }
  if (e.type === 'rectification.planned' || e.type === 'prevention.filed') {
    const planDay = formatDayNumber(shanghaiDayNumberOfInstant(tryParseInstant(e.at) as number));
    if ((e.dueOn as string) < planDay) {
      throw new InvalidArgumentError(
        ['event', 'dueOn'],
        `the due day ${e.dueOn as string} is before the day the plan is made (${planDay}, Asia/Shanghai)`,
        'INVALID_EVENT',
      );
    }
  }
  return e;
}

/** What {@link parseDefectEvent} returns: the event rebuilt from its schema, or the error the machine would throw. */
export type DefectEventParse =
  | { readonly success: true; readonly data: DefectMachineEvent }
  | { readonly success: false; readonly error: RealtyCrmError };

/**
 * Checks an event as the defect machine will, without sending it: its type, its fields
 * against its schema (instants with an offset, days `YYYY-MM-DD`, non-blank texts, nothing
 * else, no `undefined`, `BigInt`, `Date` or `NaN`), a decision's feasibility when
 * rectification is needed, a due day not before the plan, and, given the context, its
 * order (not before the collection or the previous event). An actor given a bad event
 * stops in `status: 'error'`; the pure `transition` throws the same error.
 *
 * @rule DEF-FLOW
 * @rule DEF-TRACK
 * @example
 * ```ts
 * const r = parseDefectEvent({ type: 'miss.explained', at: '2026-10-12T10:00:00+08:00', reason: '  ' }, snapshot.context);
 * r.success || [r.error.code, (r.error as InvalidArgumentError).path]; // ['INVALID_EVENT', ['event', 'reason']]
 * ```
 */
export function parseDefectEvent(event: unknown, context: DefectMachineContext): DefectEventParse {
  try {
    return { success: true, data: checkDefectEvent(context, event) as unknown as DefectMachineEvent };
  } catch (e) {
    if (e instanceof RealtyCrmError) return { success: false, error: e };
    throw e;
  }
}

/** The input's schema. */
const INPUT_FIELDS = {
  id: textField(200),
  source: oneOfField(DEFECT_SOURCES),
  major: booleanField(),
  reportedAt: instantField(),
} as const;

/**
 * The machine's input, checked (`source: 'garbage'`, `id: 42` are refused): an
 * `InvalidArgumentError` with code `INVALID_ARGUMENT` at `['input', field]`; the instant
 * comes out canonical.
 *
 * @internal
 */
export function checkDefectMachineInput(input: unknown): FieldsValue<typeof INPUT_FIELDS> {
  return checkFields(INPUT_FIELDS, input, ['input'], 'INVALID_ARGUMENT') satisfies DefectMachineInput;
}
