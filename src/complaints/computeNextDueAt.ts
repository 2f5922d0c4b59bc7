import { earliestInstant } from '../machine/instants.js';
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
  const { deadlines, overdue } = context;
  const pending = (end: string | undefined | null, done: boolean, missed: boolean) =>
    end !== undefined && end !== null && !done && !missed ? end : null;
  return earliestInstant([
    pending(deadlines.formBy?.endsAt, context.formCompletedAt !== null, overdue.form),
    pending(deadlines.replyBy.endsAt, context.replyGivenAt !== null, overdue.reply),
    pending(deadlines.callbackBy?.endsAt, context.calledBackAt !== null, overdue.callback),
    pending(deadlines.closeBy?.endsAt, false, overdue.close),
    ...context.warnings.map((w) => pending(w.dueAt, w.sentAt !== null, context.clockAt >= w.dueAt)),
    ...context.eventReports.map((r) => pending(r.dueAt, r.reportedAt !== null, context.clockAt >= r.dueAt)),
    context.severity.level === 'general' &&
    context.resolvedAt === null &&
    context.delayOnCompanySide &&
    context.clockAt < context.staleAt
      ? context.staleAt
      : null,
  ]);
}
