import type { ComplaintMachineContext } from './complaintMachineTypes.js';

/**
 * The earliest instant at which something about an open complaint falls due, or `null`:
 * the end of a pending deadline not yet marked overdue (the handling form until it is
 * completed, the reply until the plan is communicated, the callback until the customer
 * is reached, the closure until it closes), or the instant the complaint turns stale
 * while it is still general, unresolved and the delay is on the company's side
 * (`CMP-SEV-HOT-STALE`, 7 x 24 h elapsed, `LAW-ELAPSED`). An app sets one timer for it
 * and sends `clock.tick` when it fires. The machine recomputes it on every transition.
 *
 * Instants in the context are canonical UTC ISO strings, so they compare as strings.
 *
 * @rule CMP-DL-FORM
 * @rule CMP-DL-REPLY
 * @rule CMP-DL-CALLBACK
 * @rule CMP-DL-CLOSE
 * @rule CMP-SEV-HOT-STALE
 * @rule LAW-ELAPSED
 * @example
 * ```ts
 * const [s] = initialTransition(complaintMachine, {
 *   id: 'C-1', receivedAt: '2026-09-30T10:00:00+08:00', category: 'engineering-quality',
 * });
 * computeNextDueAt(s.context); // '2026-09-30T16:00:00.000Z': the handling form, end of the day of receipt
 * ```
 */
export function computeNextDueAt(context: ComplaintMachineContext): string | null {
  if (context.closure !== null) return null;
  const { deadlines, overdue } = context;
  let next: string | null = null;
  const consider = (instant: string) => {
    if (next === null || instant < next) next = instant;
  };
  if (context.formCompletedAt === null && !overdue.form) consider(deadlines.formBy.endsAt);
  if (context.repliedAt === null && !overdue.reply) consider(deadlines.replyBy.endsAt);
  if (deadlines.callbackBy !== null && context.calledBackAt === null && !overdue.callback) {
    consider(deadlines.callbackBy.endsAt);
  }
  if (deadlines.closeBy !== null && !overdue.close) consider(deadlines.closeBy.endsAt);
  if (context.severity.level === 'general' && context.resolvedAt === null && context.delayOnCompanySide) {
    consider(context.staleAt);
  }
  return next;
}
