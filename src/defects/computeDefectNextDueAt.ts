import type { DefectMachineContext } from './defectMachineTypes.js';

/**
 * Whether the plan's due day is missed (`DEF-TRACK`): completed at or after the end of the
 * due day (00:00 Asia/Shanghai of the next day, `LAW-PERIOD-END`), or not completed by
 * `clockAt`. The same reading as `assessDefectPlanOutcome`, on the stored instants.
 *
 * @internal
 */
export function isDefectPlanMissed(context: DefectMachineContext): boolean {
  const due = context.deadlines.planDue;
  if (due === null) return false;
  const done = context.planCompletedAt;
  return done !== null ? done >= due.endsAt : context.clockAt >= due.endsAt;
}

/**
 * The earliest instant at which something about an open defect falls due, or `null`: the
 * end of the plan's due day (the rectification's for grade A, the preventive measures' for
 * grade B) while the plan is not completed and not yet missed (`DEF-TRACK`). An app sets
 * one timer for it and sends `clock.tick` when it fires; the tick marks the plan overdue.
 * The machine recomputes it on every transition.
 *
 * @rule DEF-TRACK
 * @rule DEF-RECTIFY
 * @example
 * ```ts
 * // planned on 2026-09-28, due 2026-10-09 (after National Day): the end of the due day
 * computeDefectNextDueAt(planned.context); // '2026-10-09T16:00:00.000Z'
 * ```
 */
export function computeDefectNextDueAt(context: DefectMachineContext): string | null {
  if (context.closedAt !== null) return null;
  const due = context.deadlines.planDue;
  if (due === null || context.planCompletedAt !== null || context.overdue.plan) return null;
  return due.endsAt;
}
