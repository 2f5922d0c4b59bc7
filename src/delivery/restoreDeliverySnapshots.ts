/**
 * Stored snapshots of the two delivery machines, restored whole: the version and policy,
 * the state and status, the context against its schema, and what the schema cannot say.
 *
 * @module
 */

import type { SnapshotFrom } from 'xstate';
import type * as z from 'zod';
import { InvalidArgumentError, RealtyCrmError } from '../core/errors.js';
import { restoreMachineSnapshot, type SnapshotIdentity } from '../machine/restoreMachineSnapshot.js';
import { computeDeliveryBatchNextDueAt, isMilestoneMissed } from './computeDeliveryBatchNextDueAt.js';
import { arePreInspectionRepairsMissed, computeHouseholdNextDueAt } from './computeHouseholdNextDueAt.js';
import { deliveryBatchStepsOf } from './createDeliveryBatchSteps.js';
import type { DeliveryBatchMachine } from './deliveryBatchMachine.js';
import {
  DELIVERY_BATCH_MACHINE_VERSION,
  type DeliveryBatchMachineContext,
} from './deliveryBatchMachineTypes.js';
import { DeliveryBatchContextSchema, HouseholdDeliveryContextSchema } from './deliveryContextSchemas.js';
import type { HouseholdDeliveryMachine } from './householdDeliveryMachine.js';
import {
  HOUSEHOLD_DELIVERY_MACHINE_VERSION,
  type HouseholdDeliveryMachineContext,
} from './householdDeliveryMachineTypes.js';

/**
 * A stored delivery snapshot (of a batch or a household) does not fit the machine it is
 * restored into: another machine version, or a machine of another policy. Code
 * `SNAPSHOT_VERSION_MISMATCH`.
 *
 * @rule DLV-STEPS
 * @example
 * ```ts
 * try { restoreDeliveryBatchSnapshot(deliveryBatchMachine, stored); } catch (e) {
 *   if (e instanceof DeliverySnapshotMismatchError) migrate(stored, e.found);
 * }
 * ```
 */
export class DeliverySnapshotMismatchError extends RealtyCrmError {
  /** What the machine expects: its machine version and policy id. */
  readonly expected: { readonly machineVersion: number; readonly policyId: string };
  /** What the snapshot carries. */
  readonly found: { readonly machineVersion: unknown; readonly policyId: unknown };

  constructor(
    machine: string,
    expected: DeliverySnapshotMismatchError['expected'],
    found: DeliverySnapshotMismatchError['found'],
  ) {
    const show = (v: unknown) =>
      typeof v === 'string'
        ? v.length <= 40
          ? JSON.stringify(v)
          : 'a long string'
        : v === undefined
          ? 'none'
          : String(v);
    super(
      'SNAPSHOT_VERSION_MISMATCH',
      `The stored ${machine} snapshot has machine version ${show(found.machineVersion)} and policy ` +
        `${show(found.policyId)}; this machine is version ${expected.machineVersion} of policy ` +
        `${JSON.stringify(expected.policyId)}. Migrate the snapshot, or restore it into a machine of its own version and policy.`,
    );
    this.expected = expected;
    this.found = found;
  }
}

const at = (path: readonly (string | number)[], message: string) =>
  new InvalidArgumentError(['json', 'context', ...path], message, 'INVALID_SNAPSHOT');

function checkOrder(first: string, lastEventAt: string, clockAt: string, name: string): void {
  if (first > lastEventAt || lastEventAt > clockAt)
    throw at(['lastEventAt'], `${name} <= lastEventAt <= clockAt does not hold`);
}

/** What the schema cannot say about a batch. */
function checkBatch(machine: DeliveryBatchMachine, state: string, c: DeliveryBatchMachineContext): void {
  if ((state === 'closed') !== (c.closedAt !== null))
    throw at(
      ['closedAt'],
      state === 'closed' ? 'a closed batch has closedAt' : `a batch in ${state} is not closed`,
    );
  checkOrder(c.createdAt, c.lastEventAt, c.clockAt, 'createdAt');
  const past = ['sporadicDelivery', 'summarizing', 'closed'].includes(state);
  if (past !== (c.centralizedEndedOn !== null))
    throw at(['centralizedEndedOn'], `does not fit the state ${state}`);
  if (c.centralizedEndedOn !== null && c.centralizedEndedOn < c.deliveryOn)
    throw at(['centralizedEndedOn'], `is before the delivery day ${c.deliveryOn}`);
  if (state === 'preInspecting' && !c.preInspection.required)
    throw at(['preInspection', 'required'], 'a batch in preInspecting has a pre-inspection');
  // The milestones are the schedule's: the same ids with the same due days (the owners'
  // calls move with the notice pack's real day, so only their id is compared).
  const steps = deliveryBatchStepsOf(machine);
  if (steps !== undefined) {
    const expected = steps
      .schedule(c, c.centralizedEndedOn === null ? {} : { centralizedEndsOn: c.centralizedEndedOn })
      .milestones.map((m) => (m.id === 'owner-calls' ? m.id : `${m.id}@${m.dueOn}`));
    const found = c.milestones.map((m) => (m.id === 'owner-calls' ? m.id : `${m.id}@${m.due.lastDay}`));
    if (JSON.stringify(expected) !== JSON.stringify(found))
      throw at(['milestones'], "are not the batch's schedule (ids and due days)");
  }
  c.milestones.forEach((m, i) => {
    if (m.overdue !== isMilestoneMissed(m, c.clockAt))
      throw at(['milestones', i, 'overdue'], 'does not follow from the deadline, doneAt and clockAt');
  });
  if (computeDeliveryBatchNextDueAt(c) !== c.nextDueAt)
    throw at(
      ['nextDueAt'],
      `is not what the context implies (${computeDeliveryBatchNextDueAt(c) ?? 'null'})`,
    );
}

/**
 * Restores a stored delivery batch snapshot (the JSON string, or its parsed value) into a
 * snapshot of `machine`, for `transition(machine, snapshot, event)` or
 * `createActor(machine, { snapshot })`. It checks the snapshot whole first: the machine
 * version and policy (another one throws a {@link DeliverySnapshotMismatchError}; a version
 * written as digits is read as its number), the state and status, the context against a
 * schema derived from `DeliveryBatchMachineContext` (no field missing or extra, instants
 * canonical UTC), and what the schema cannot say: `closed` iff `closedAt`, the milestones
 * that are not the batch's schedule, overdue flags and `nextDueAt` that do not follow from
 * the context (code `INVALID_SNAPSHOT`, path `['json', 'context', ...]`).
 *
 * @rule DLV-STEPS
 * @example
 * ```ts
 * const stored = JSON.stringify(deliveryBatchMachine.getPersistedSnapshot(snapshot));
 * const restored = restoreDeliveryBatchSnapshot(deliveryBatchMachine, stored);
 * ```
 */
export function restoreDeliveryBatchSnapshot(
  machine: DeliveryBatchMachine,
  json: unknown,
): SnapshotFrom<DeliveryBatchMachine> {
  return restoreMachineSnapshot(machine, json, {
    machine: 'delivery batch',
    version: DELIVERY_BATCH_MACHINE_VERSION,
    contextSchema: DeliveryBatchContextSchema as unknown as z.ZodType<DeliveryBatchMachineContext>,
    check: (state, context) => checkBatch(machine, state, context),
    mismatch: (expected, found: SnapshotIdentity) =>
      new DeliverySnapshotMismatchError('delivery batch', expected, found),
  });
}

const HOUSEHOLD_STATES_AFTER_INSPECTION = ['inspected', 'refused', 'keysTaken', 'delivered'];

/** What the schema cannot say about a household. */
function checkHousehold(state: string, c: HouseholdDeliveryMachineContext): void {
  if ((state === 'delivered') !== (c.deliveredAt !== null))
    throw at(['deliveredAt'], `does not fit the state ${state}`);
  checkOrder(c.notifiedAt, c.lastEventAt, c.clockAt, 'notifiedAt');
  if (HOUSEHOLD_STATES_AFTER_INSPECTION.includes(state) !== (c.firstInspectedAt !== null))
    throw at(['firstInspectedAt'], `does not fit the state ${state}`);
  if ((state === 'keysTaken' || state === 'delivered') !== (c.keysTakenAt !== null))
    throw at(['keysTakenAt'], `does not fit the state ${state}`);
  if (c.keysTakenAt !== null && !c.eligible) throw at(['eligible'], 'keys taken by a household not eligible');
  if ((c.keysRefusedAt !== null) !== c.refusedReasons.length > 0)
    throw at(['refusedReasons'], 'a refusal has its reasons, and reasons their refusal');
  const taken = c.keysTakenAt !== null || c.keysRefusedAt !== null;
  if (
    taken !== (c.keysTakenAtFirstInspection !== null) ||
    (c.keysTakenAtFirstInspection === true && c.keysRefusedAt !== null)
  )
    throw at(['keysTakenAtFirstInspection'], 'does not follow from keysTakenAt and keysRefusedAt');
  if (state === 'keysTaken' && !c.repairItems.some((i) => i.closedAt === null))
    throw at(['repairItems'], 'a household in keysTaken has a repair item open');
  if (state === 'delivered' && c.repairItems.some((i) => i.closedAt === null))
    throw at(['repairItems'], 'a delivered household has no repair item open');
  if ((c.preInspectedAt !== null || c.preInspectionItems.length > 0) && !c.preInspection.required)
    throw at(['preInspectedAt'], 'a pre-inspection where none applies');
  if (c.preInspection.required !== (c.deadlines.preInspectionRepairsBy !== null))
    throw at(['deadlines', 'preInspectionRepairsBy'], 'is set exactly where a pre-inspection applies');
  if (arePreInspectionRepairsMissed(c) !== c.overdue.preInspectionRepairs)
    throw at(['overdue', 'preInspectionRepairs'], 'does not follow from the deadline, the items and clockAt');
  if (computeHouseholdNextDueAt(c) !== c.nextDueAt)
    throw at(['nextDueAt'], `is not what the context implies (${computeHouseholdNextDueAt(c) ?? 'null'})`);
}

/**
 * Restores a stored household delivery snapshot (the JSON string, or its parsed value),
 * checked whole like {@link restoreDeliveryBatchSnapshot}: `delivered` iff `deliveredAt`,
 * the inspection and the keys that fit the state, a refusal with its reasons, keys taken
 * only by an eligible household, the overdue flag and `nextDueAt` that follow from the context.
 *
 * @rule DLV-MODE
 * @example
 * ```ts
 * const restored = restoreHouseholdDeliverySnapshot(householdDeliveryMachine, stored);
 * ```
 */
export function restoreHouseholdDeliverySnapshot(
  machine: HouseholdDeliveryMachine,
  json: unknown,
): SnapshotFrom<HouseholdDeliveryMachine> {
  return restoreMachineSnapshot(machine, json, {
    machine: 'household delivery',
    version: HOUSEHOLD_DELIVERY_MACHINE_VERSION,
    contextSchema: HouseholdDeliveryContextSchema as unknown as z.ZodType<HouseholdDeliveryMachineContext>,
    check: checkHousehold,
    mismatch: (expected, found: SnapshotIdentity) =>
      new DeliverySnapshotMismatchError('household delivery', expected, found),
  });
}
