/**
 * What each event of the household delivery machine does to its context, for one policy
 * and one calendar: pure functions from (context, checked event) to the fields that change,
 * each ending in `settle` (the clock, the overdue flag, `nextDueAt`).
 *
 * @internal
 * @module
 */

import type { WorkCalendar } from '../calendar/workCalendar.js';
import { toStoredDeadline } from '../machine/instants.js';
import { computeDeliverySchedule } from './computeDeliverySchedule.js';
import { arePreInspectionRepairsMissed, computeHouseholdNextDueAt } from './computeHouseholdNextDueAt.js';
import { checkHouseholdDeliveryMachineInput } from './householdDeliveryEvents.js';
import {
  HOUSEHOLD_DELIVERY_MACHINE_VERSION,
  type HouseholdDeliveryMachineContext,
  type HouseholdDeliveryMachineEvent,
  type RepairItemInput,
  type StoredRepairItem,
} from './householdDeliveryMachineTypes.js';
import { needsOwnerPreInspection } from './needsOwnerPreInspection.js';
import type { DeliveryPolicy } from './policy.js';

type Ctx = HouseholdDeliveryMachineContext;
/** The fields of the context a step changes. */
export type HouseholdPatch = { -readonly [K in keyof Ctx]?: Ctx[K] };
type Mutable = { -readonly [K in keyof Ctx]: Ctx[K] };
type EventOf<T extends HouseholdDeliveryMachineEvent['type']> = Extract<
  HouseholdDeliveryMachineEvent,
  { type: T }
>;

const storeItems = (items: readonly RepairItemInput[]): StoredRepairItem[] =>
  items.map((i) => ({ discipline: i.discipline, description: i.description ?? null, closedAt: null }));
const closeAll = (items: readonly StoredRepairItem[], at: string) =>
  items.map((i) => (i.closedAt === null ? { ...i, closedAt: at } : i));

/** The step functions of one policy and calendar. @internal */
export function createHouseholdDeliverySteps(policy: DeliveryPolicy, calendar: WorkCalendar | undefined) {
  const options = calendar === undefined ? { policy } : { policy, calendar };

  const settle = (c: Ctx, patch: HouseholdPatch, at: string, business: boolean): HouseholdPatch => {
    const x: Mutable = { ...c, ...patch };
    if (at > x.clockAt) x.clockAt = patch.clockAt = at;
    if (business && at > x.lastEventAt) x.lastEventAt = patch.lastEventAt = at;
    const missed = arePreInspectionRepairsMissed(x);
    if (missed !== x.overdue.preInspectionRepairs)
      x.overdue = patch.overdue = { preInspectionRepairs: missed };
    const next = computeHouseholdNextDueAt(x);
    if (next !== x.nextDueAt) patch.nextDueAt = next;
    return patch;
  };

  return {
    /** The context of a household just notified; the pre-inspection scope and its repairs' deadline computed at once. */
    initial(raw: unknown): Ctx {
      const input = checkHouseholdDeliveryMachineInput(raw);
      const pre = needsOwnerPreInspection(
        {
          ...(input.preInspection === undefined ? {} : { preInspection: input.preInspection }),
          ...(input.region === undefined ? {} : { region: input.region }),
        },
        { policy },
      );
      const repairs = pre.required
        ? computeDeliverySchedule({
            deliveryOn: input.deliveryOn,
            preInspection: true,
            ...options,
          }).milestones.find((m) => m.id === 'pre-inspection-repairs')
        : undefined;
      const c: Ctx = {
        machineVersion: HOUSEHOLD_DELIVERY_MACHINE_VERSION,
        policyId: policy.id,
        householdId: input.householdId,
        deliveryOn: input.deliveryOn,
        eligible: input.eligible,
        preInspection: { required: pre.required, reasons: pre.reasons },
        notifiedAt: input.notifiedAt,
        mode: null,
        preInspectedAt: null,
        preInspectionItems: [],
        firstInspectedAt: null,
        repairItems: [],
        keysRefusedAt: null,
        refusedReasons: [],
        keysTakenAt: null,
        keysTakenAtFirstInspection: null,
        repairsClosedAt: null,
        deliveredAt: null,
        deadlines: {
          preInspectionRepairsBy:
            repairs === undefined
              ? null
              : toStoredDeadline({
                  lastDay: repairs.dueOn,
                  endsAt: new Date(repairs.endsAt),
                  fallbackUsed: false,
                }),
        },
        overdue: { preInspectionRepairs: false },
        lastEventAt: input.notifiedAt,
        clockAt: input.notifiedAt,
        nextDueAt: null,
      };
      return { ...c, ...settle(c, {}, input.notifiedAt, false) };
    },

    tick: (c: Ctx, e: EventOf<'clock.tick'>) => settle(c, {}, e.now, false),
    preInspect: (c: Ctx, e: EventOf<'preInspection.completed'>) =>
      settle(c, { preInspectedAt: e.at, preInspectionItems: storeItems(e.repairItems) }, e.at, true),
    closePreInspectionRepairs: (c: Ctx, e: EventOf<'preInspectionRepairs.closed'>) =>
      settle(c, { preInspectionItems: closeAll(c.preInspectionItems, e.at) }, e.at, true),
    inspect: (c: Ctx, e: EventOf<'inspection.completed'>) =>
      settle(c, { firstInspectedAt: e.at, mode: e.mode, repairItems: storeItems(e.repairItems) }, e.at, true),
    /** 收楼: at the first inspection when nothing was refused before. */
    takeKeys: (c: Ctx, e: EventOf<'keys.taken'>) =>
      settle(c, { keysTakenAt: e.at, keysTakenAtFirstInspection: c.keysRefusedAt === null }, e.at, true),
    refuseKeys: (c: Ctx, e: EventOf<'keys.refused'>) =>
      settle(
        c,
        { keysRefusedAt: e.at, refusedReasons: [...e.reasons], keysTakenAtFirstInspection: false },
        e.at,
        true,
      ),
    closeRepairs: (c: Ctx, e: EventOf<'repairs.closed'>) =>
      settle(c, { repairItems: closeAll(c.repairItems, e.at), repairsClosedAt: e.at }, e.at, true),
    confirmEligibility: (c: Ctx, e: EventOf<'eligibility.confirmed'>) =>
      settle(c, { eligible: true }, e.at, true),
    deliver: (c: Ctx, e: EventOf<'keys.taken' | 'repairs.closed'>) =>
      settle(c, { deliveredAt: e.at }, e.at, true),
  };
}

/** The step functions of one policy and calendar. @internal */
export type HouseholdDeliverySteps = ReturnType<typeof createHouseholdDeliverySteps>;
