import type { HouseholdDeliveryMachineContext } from './householdDeliveryMachineTypes.js';

/**
 * Whether the pre-inspection repairs of a household are missed (`LAW-PERIOD-END`: the end
 * is exclusive): an item still open at `clockAt` at or after the end, or the last one
 * closed at or after it. No item, no duty.
 *
 * @internal
 */
export function arePreInspectionRepairsMissed(c: HouseholdDeliveryMachineContext): boolean {
  const due = c.deadlines.preInspectionRepairsBy;
  if (due === null || c.preInspectionItems.length === 0) return false;
  let last = '';
  for (const item of c.preInspectionItems) {
    if (item.closedAt === null) return c.clockAt >= due.endsAt;
    if (item.closedAt > last) last = item.closedAt;
  }
  return last >= due.endsAt;
}

/**
 * The earliest instant at which something about a household's delivery falls due, or
 * `null`: the end of the pre-inspection repairs (fixed before delivery, SOL 房屋交付管理
 * Step3) while an item the owners' pre-inspection found is open and the deadline is not yet
 * missed. The handover inspection's repairs have no deadline in the sources.
 *
 * @rule DLV-STEPS
 * @example
 * ```ts
 * computeHouseholdNextDueAt(preInspected.context); // '2026-10-09T16:00:00.000Z': fixed by 10-09, the last working day before a delivery on 10-12
 * ```
 */
export function computeHouseholdNextDueAt(context: HouseholdDeliveryMachineContext): string | null {
  const due = context.deadlines.preInspectionRepairsBy;
  if (context.deliveredAt !== null || due === null || context.overdue.preInspectionRepairs) return null;
  return context.preInspectionItems.some((i) => i.closedAt === null) ? due.endsAt : null;
}
