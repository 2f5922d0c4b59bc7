/**
 * What the repair-order machine's context implies, computed the same way after every
 * transition and checked again on restore: the overdue flags and `nextDueAt`.
 *
 * @module
 */

import type { RepairOrderMachineContext } from './repairOrderMachineTypes.js';

type Ctx = RepairOrderMachineContext;

/**
 * The overdue flags a context implies: the visit is late once the staff arrived late, or
 * while they have not arrived at `lateFrom` or after (`WAR-APPOINT`); the callback is
 * missed when made at or after the end of `callbackBy` (`LAW-PERIOD-END`: the end is
 * exclusive), or not made by `clockAt`.
 *
 * @internal
 */
export function deriveRepairOrderOverdue(c: Ctx): Ctx['overdue'] {
  const v = c.visit;
  const visit = v === null ? false : v.arrivedAt !== null ? v.late === true : c.clockAt >= v.lateFrom;
  const d = c.callbackBy;
  const callback =
    d === null ? false : c.calledBackAt !== null ? c.calledBackAt >= d.endsAt : c.clockAt >= d.endsAt;
  return { visit, callback };
}

/**
 * The earliest instant at which something about an open repair order falls due, or
 * `null`: the instant the agreed visit turns late while the staff have not arrived
 * (`WAR-APPOINT`), and the end of the callback window while the customer has not been
 * called back (`WAR-FLOW` step 8). An app sets one timer for it and sends `clock.tick`
 * when it fires; the machine recomputes it on every transition. The report to the
 * authority of a structural-safety defect is owed at once, so it has no later instant.
 *
 * @rule WAR-FLOW
 * @rule WAR-APPOINT
 * @example
 * ```ts
 * const [s] = initialTransition(repairOrderMachine, { id: 'R-1', receivedAt: '2026-09-21T09:30:00+08:00' });
 * computeRepairOrderNextDueAt(s.context); // null: nothing is due before a visit is agreed or the repair completed
 * ```
 */
export function computeRepairOrderNextDueAt(context: Ctx): string | null {
  if (context.closedAt !== null) return null;
  let next: string | null = null;
  const consider = (instant: string) => {
    if (context.clockAt < instant && (next === null || instant < next)) next = instant;
  };
  const v = context.visit;
  if (v !== null && v.arrivedAt === null) consider(v.lateFrom);
  if (context.callbackBy !== null && context.calledBackAt === null) consider(context.callbackBy.endsAt);
  return next;
}
