import type { ComplaintMachineContext } from './complaintMachineTypes.js';

/**
 * The earliest instant at which something about an open complaint falls due, or `null`:
 * the end of a pending deadline not yet missed (the handling form until it is completed,
 * the reply until it is given, the current round's callback until the customer is reached,
 * the closure until it closes), the due instant of an escalation warning not sent or an
 * event report not made (`CMP-WARN`), or the instant the complaint turns stale while it is
 * still general, unresolved and the delay is on the company's side (`CMP-SEV-HOT-STALE`,
 * 7 x 24 h after receipt, `LAW-ELAPSED`). An app sets one timer for it and sends
 * `clock.tick` when it fires. The machine recomputes it on every transition.
 *
 * Instants in the context are canonical UTC ISO strings, so they compare as strings.
 *
 * @rule CMP-DL-FORM
 * @rule CMP-DL-REPLY
 * @rule CMP-DL-CALLBACK
 * @rule CMP-DL-CLOSE
 * @rule CMP-WARN
 * @rule CMP-SEV-HOT-STALE
 * @rule LAW-ELAPSED
 * @example
 * ```ts
 * const [s] = initialTransition(complaintMachine, {
 *   id: 'C-1', receivedAt: '2026-09-30T10:00:00+08:00', category: 'engineering-quality',
 * });
 * computeNextDueAt(s.context); // '2026-10-07T02:00:00.000Z': stale 7 x 24 h after receipt, before the reply (10-09)
 * ```
 */
export function computeNextDueAt(context: ComplaintMachineContext): string | null {
  if (context.closure !== null) return null;
  const { deadlines, overdue, clockAt } = context;
  let next: string | null = null;
  const consider = (instant: string) => {
    if (next === null || instant < next) next = instant;
  };
  if (deadlines.formBy !== null && context.formCompletedAt === null && !overdue.form)
    consider(deadlines.formBy.endsAt);
  if (context.replyGivenAt === null && !overdue.reply) consider(deadlines.replyBy.endsAt);
  if (deadlines.callbackBy !== null && context.calledBackAt === null && !overdue.callback) {
    consider(deadlines.callbackBy.endsAt);
  }
  if (deadlines.closeBy !== null && !overdue.close) consider(deadlines.closeBy.endsAt);
  for (const w of context.warnings) if (w.sentAt === null && clockAt < w.dueAt) consider(w.dueAt);
  for (const r of context.eventReports) if (r.reportedAt === null && clockAt < r.dueAt) consider(r.dueAt);
  if (
    context.severity.level === 'general' &&
    context.resolvedAt === null &&
    context.delayOnCompanySide &&
    clockAt < context.staleAt
  ) {
    consider(context.staleAt);
  }
  return next;
}
