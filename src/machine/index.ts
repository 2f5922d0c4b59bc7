/**
 * The machine kit: what every machine of the package shares, built once (issue 15). It is
 * an internal layer (it imports core, calendar, zod and xstate; domain modules import it;
 * it has no subpath of its own). A machine built on it:
 *
 * - gives every event a schema (`EventSpec`: fields from `fields.ts`, and the field that
 *   holds its instant), checked by {@link createEventChecker} and attached by
 *   {@link attachEventChecks}, so a bad event is refused with an `InvalidArgumentError`
 *   (code `INVALID_EVENT`, path under `event`) before any guard or action runs, nothing
 *   outside its schema reaches the context, and an event dated before the order the
 *   machine sets (`notBefore`) is refused;
 * - checks its input with {@link checkFields} (code `INVALID_ARGUMENT`, path under `input`);
 * - stores instants canonical (`CanonicalInstantSchema`) and deadlines as
 *   {@link StoredDeadline}, and computes its one-timer instant with {@link earliestInstant};
 * - takes `clock.tick { now }` ({@link CLOCK_TICK_EVENT});
 * - restores a stored snapshot whole with {@link restoreMachineSnapshot}: version (a
 *   number, or digits written as a string), policy, state, status, the context against
 *   a zod schema derived from its type, and the machine's own cross-field checks.
 *
 * The complaint machine (`src/complaints/complaintMachine.ts`) is the model; the recipe
 * for a new machine is in `docs/en/machines.md` ("Building a machine on the kit").
 *
 * @internal
 * @module
 */

export { attachEventChecks } from './attachEventChecks.js';
export {
  CLOCK_TICK_EVENT,
  createEventChecker,
  type EventChecker,
  type EventCheckerOptions,
  type EventOfSpecs,
  type EventOrder,
  type EventSpec,
  type EventSpecs,
} from './checkEvents.js';
export {
  arrayField,
  booleanField,
  checkFields,
  dayOrInstantField,
  type FieldCheck,
  type FieldSpec,
  type FieldsValue,
  type FieldValue,
  instantField,
  numberField,
  objectField,
  oneOfField,
  optional,
  textField,
} from './fields.js';
export {
  CanonicalInstantSchema,
  canonicalInstant,
  earliestInstant,
  isCanonicalInstant,
  StoredDaySchema,
  type StoredDeadline,
  StoredDeadlineSchema,
  toStoredDeadline,
} from './instants.js';
export {
  restoreMachineSnapshot,
  type SnapshotIdentity,
  type SnapshotRules,
} from './restoreMachineSnapshot.js';
