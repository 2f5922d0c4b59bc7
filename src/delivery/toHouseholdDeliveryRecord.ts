import { formatDayNumber, shanghaiDayNumberOfInstant, tryParseInstant } from '../calendar/days.js';
import { expectPlainObject } from '../core/checks.js';
import type { HouseholdDeliveryMachineContext } from './householdDeliveryMachineTypes.js';
import type { HouseholdDelivery } from './schemas.js';

const dayOf = (instant: string) =>
  formatDayNumber(shanghaiDayNumberOfInstant(tryParseInstant(instant) as number));

/**
 * The household record (`HouseholdDelivery`) of a household machine's context: what
 * `computeDeliveryKpis` reads and `HouseholdDeliverySchema` accepts. Instants become their
 * Asia/Shanghai days; the repair items are those of the handover inspection (the
 * pre-inspection's are fixed before delivery and are not counted in the summary's
 * figures); `keysTakenAtFirstInspection` is present once the keys were taken or refused.
 *
 * @rule DLV-SUMMARY
 * @rule DLV-MODE
 * @throws {InvalidArgumentError} `context` is not an object.
 * @example
 * ```ts
 * toHouseholdDeliveryRecord(delivered.context);
 * // { householdId: 'B3-1201', eligible: true, mode: 'centralized', notifiedOn: '2026-10-02', firstInspectedOn: '2026-10-12',
 * //   keysTakenAtFirstInspection: true, keysTakenOn: '2026-10-12', repairItems: [] }
 * ```
 */
export function toHouseholdDeliveryRecord(context: HouseholdDeliveryMachineContext): HouseholdDelivery {
  const c = expectPlainObject(context, ['context']) as unknown as HouseholdDeliveryMachineContext;
  const record: HouseholdDelivery = {
    householdId: c.householdId,
    eligible: c.eligible,
    ...(c.mode === null ? {} : { mode: c.mode }),
    notifiedOn: dayOf(c.notifiedAt),
    ...(c.preInspectedAt === null ? {} : { preInspectedOn: dayOf(c.preInspectedAt) }),
    ...(c.firstInspectedAt === null ? {} : { firstInspectedOn: dayOf(c.firstInspectedAt) }),
    ...(c.keysTakenAtFirstInspection === null
      ? {}
      : { keysTakenAtFirstInspection: c.keysTakenAtFirstInspection }),
    ...(c.keysTakenAt === null ? {} : { keysTakenOn: dayOf(c.keysTakenAt) }),
    ...(c.refusedReasons.length === 0 ? {} : { refusedReasons: [...c.refusedReasons] }),
    repairItems: c.repairItems.map((i) => ({
      discipline: i.discipline,
      ...(i.description === null ? {} : { description: i.description }),
      ...(i.closedAt === null ? {} : { closedOn: dayOf(i.closedAt) }),
    })),
    ...(c.repairsClosedAt === null ? {} : { repairsClosedOn: dayOf(c.repairsClosedAt) }),
  };
  return record;
}
