/**
 * What the complaint machine's context implies, computed the same way after every
 * transition and checked again on restore: the overdue flags (from what was done and when,
 * and the latest instant known) and the current round's.
 *
 * @internal
 * @module
 */

import type { StoredDeadline } from '../machine/instants.js';
import type { ComplaintMachineContext } from './complaintMachineTypes.js';

type Ctx = ComplaintMachineContext;

/** Missed: done at or after the end (`LAW-PERIOD-END`: the end is exclusive), or not done by `clockAt`. */
export function isMissed(
  deadline: StoredDeadline | null | undefined,
  doneAt: string | null,
  clockAt: string,
): boolean {
  if (deadline === null || deadline === undefined) return false;
  return doneAt !== null ? doneAt >= deadline.endsAt : clockAt >= deadline.endsAt;
}

/** The overdue flags a context implies. */
export function deriveOverdue(c: Ctx): Ctx['overdue'] {
  const clock = c.clockAt;
  return {
    form: isMissed(c.deadlines.formBy, c.formCompletedAt, clock),
    reply: isMissed(c.deadlines.replyBy, c.replyGivenAt, clock),
    callback: isMissed(c.deadlines.callbackBy, c.calledBackAt, clock),
    close: isMissed(c.deadlines.closeBy, c.closure?.at ?? null, clock),
    warning: c.warnings.some((w) => (w.sentAt !== null ? w.sentAt >= w.dueAt : clock >= w.dueAt)),
    eventReport: c.eventReports.some((r) =>
      r.reportedAt !== null ? r.reportedAt >= r.dueAt : clock >= r.dueAt,
    ),
  };
}

const sameOverdue = (a: Ctx['overdue'], b: Ctx['overdue']) =>
  a.form === b.form &&
  a.reply === b.reply &&
  a.callback === b.callback &&
  a.close === b.close &&
  a.warning === b.warning &&
  a.eventReport === b.eventReport;

/** The context with its overdue flags and its current round's flag brought up to date (the same object when nothing changed). */
export function withOverdue(c: Ctx): Ctx {
  const overdue = deriveOverdue(c);
  const last = c.rounds.at(-1);
  const roundMissed = last === undefined ? false : isMissed(last.callbackBy, last.calledBackAt, c.clockAt);
  const roundChanged = last !== undefined && last.overdue !== roundMissed;
  if (sameOverdue(overdue, c.overdue) && !roundChanged) return c;
  return {
    ...c,
    overdue: sameOverdue(overdue, c.overdue) ? c.overdue : overdue,
    ...(roundChanged && last !== undefined
      ? { rounds: [...c.rounds.slice(0, -1), { ...last, overdue: roundMissed }] }
      : {}),
  };
}
