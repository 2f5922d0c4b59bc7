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
 * The complaint machine (`src/complaints/complaintMachine.ts`) is the model. A new machine
 * (`repairOrder` below) copies it in these files, under its own module:
 *
 * 1. `repairOrderMachineTypes.ts`: `REPAIR_ORDER_MACHINE_VERSION = 1` (raised whenever the
 *    context changes shape), the input, the context (plain JSON: `machineVersion`,
 *    `policyId`, canonical UTC instants, `StoredDeadline`s, `lastEventAt`, `clockAt`,
 *    `nextDueAt`) and the event union (dot-separated, past tense, each with `at`).
 * 2. `repairOrderEvents.ts`: `REPAIR_ORDER_EVENT_SPECS`, one `EventSpec` per event
 *    (`{ fields: { at: instantField(), ... }, instant: 'at' }`, `'clock.tick':
 *    CLOCK_TICK_EVENT`), `satisfies Record<Event['type'], EventSpec>`, plus the
 *    compile-time check that `EventOfSpecs<typeof SPECS>` is assignable to the event union;
 *    `checkRepairOrderEvent = createEventChecker({ machine: 'repair-order', events, notBefore })`
 *    (`notBefore`: the receipt, then `lastEventAt`); `parseRepairOrderEvent(event, context)`
 *    (public: an app checks before it sends to an actor); the input check with
 *    `checkFields(INPUT_FIELDS, input, ['input'], 'INVALID_ARGUMENT')`.
 * 3. `createRepairOrderSteps.ts`: pure steps (context, checked event) -> patch, each
 *    ending in one `settle` (clock, overdue flags, `nextDueAt`); every judgement made by the
 *    module's decision functions, never in a guard. Guards only read the context and the
 *    already-checked event, so they cannot throw.
 * 4. `repairOrderMachine.ts`: `setup({ types, guards, actions }).createMachine({ id,
 *    meta: { policyId }, context: ({ input }) => steps.initial(input), ... })`, thin
 *    `assign` wrappers, root `clock.tick` guarded by "is open"; the context factory throws
 *    one prebuilt `missingInput` error when `input` is undefined; then
 *    `attachEventChecks(machine, checkRepairOrderEvent, { missingInput })` before returning
 *    it (without `missingInput`, every pure `transition()` pays for a throw: about 2x).
 * 5. `repairOrderContextSchema.ts`: a `z.strictObject` of the context, field by field
 *    (`CanonicalInstantSchema`, `StoredDeadlineSchema`), with the two-way compile-time
 *    check against the context type (copy the complaint one).
 * 6. `restoreRepairOrderSnapshot.ts`: `restoreMachineSnapshot(machine, json, { machine,
 *    version, contextSchema, check, mismatch })`, `check` holding the cross-field rules the
 *    schema cannot say (final state iff closed, overdue flags and `nextDueAt` that follow
 *    from the context).
 * 7. `computeNextDueAt` for the module: `earliestInstant` of the pending deadlines' `endsAt`.
 *
 * Tests to copy (`test/complaints/`): `_machine.ts` (start/run/tick/refusal helpers),
 * `complaintMachine.test.ts` (each transition on real dates, both sides of every
 * deadline), `complaintMachineGraph.test.ts` (`xstate/graph` paths), `machineRefusals.test.ts`
 * (every event malformed: unknown type and key, Date, `undefined`, NaN, BigInt, no offset,
 * before receipt, before the last event; the snapshot untouched; an actor in `status:
 * 'error'`), `restoreSnapshot.test.ts` (tampered contexts, version as digits, closed without
 * closure), `machineModel.test.ts` (fast-check model, `FUZZ_RUNS`, 10^3 in the suite and
 * 10^4 in `npm run test:fuzz`). Then register the machine in `scripts/machineDiagrams.ts`
 * and `MACHINES` of `scripts/generateDocs.ts`, document its refusals in the machines guide
 * (en, zh-CN), add its public names to `test/package/publicApi.test.ts`, and a bench in
 * `bench/machine.bench.mjs` style (within 2x of a bare machine of the same shape).
 *
 * @internal
 * @module
 */

export { type AttachOptions, attachEventChecks } from './attachEventChecks.js';
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
