import type { DeliveryBatchMachineContext, StoredDeliveryMilestone } from './deliveryBatchMachineTypes.js';

/**
 * Whether a stored milestone is missed (`LAW-PERIOD-END`: the end is exclusive): done at or
 * after its end, or not done by `clockAt`.
 *
 * @internal
 */
export function isMilestoneMissed(m: StoredDeliveryMilestone, clockAt: string): boolean {
  return m.doneAt !== null ? m.doneAt >= m.due.endsAt : clockAt >= m.due.endsAt;
}

/**
 * The earliest instant at which a milestone of an open delivery batch falls due, or
 * `null`: the end (00:00 Asia/Shanghai of the day after its due day) of the first milestone
 * neither done nor missed. An app sets one timer for it and sends `clock.tick` when it
 * fires; the machine recomputes it on every transition.
 *
 * @rule DLV-PLAN
 * @rule DLV-PREP
 * @rule DLV-SUMMARY
 * @example
 * ```ts
 * const [s] = initialTransition(deliveryBatchMachine, { batchId: 'B-1', deliveryOn: '2026-10-12', createdAt: '2026-07-01T09:00:00+08:00' });
 * computeDeliveryBatchNextDueAt(s.context); // '2026-08-12T16:00:00.000Z': the plan, due 2 months before (08-12)
 * ```
 */
export function computeDeliveryBatchNextDueAt(context: DeliveryBatchMachineContext): string | null {
  if (context.closedAt !== null) return null;
  let next: string | null = null;
  for (const m of context.milestones)
    if (m.doneAt === null && !m.overdue && (next === null || m.due.endsAt < next)) next = m.due.endsAt;
  return next;
}
