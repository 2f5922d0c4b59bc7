import type { Deadline } from '../calendar/deadline.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { assessComplaintSeverity, type SeverityAssessment } from '../complaints/assessComplaintSeverity.js';
import { computeComplaintDeadlines } from '../complaints/computeComplaintDeadlines.js';
import type { GroupFinding } from '../complaints/detectGroupComplaints.js';
import { type ComplaintRoute, routeComplaint } from '../complaints/routeComplaint.js';
import type { Complaint } from '../complaints/schemas.js';
import { toDeadlineInput } from '../complaints/toDeadlineInput.js';
import { toSeverityFacts } from '../complaints/toSeverityFacts.js';
import type { Reason } from '../core/reason.js';
import type { Policy } from '../presets/types.js';

/** One complaint's triage: the public row of `realty-crm triage --format json`. */
export interface TriagedComplaint {
  readonly id: string;
  readonly category: Complaint['category'];
  readonly level: SeverityAssessment['level'];
  readonly majorGroup: boolean;
  readonly role: ComplaintRoute['role'];
  readonly unit: ComplaintRoute['unit'];
  readonly replyBy: Deadline;
  readonly callbackBy: Deadline | null;
  readonly closeBy: Deadline | null;
  readonly overdue: {
    readonly reply: boolean;
    readonly callback: boolean | null;
    readonly close: boolean | null;
  };
  readonly reasons: readonly Reason[];
}

/**
 * Triages one valid complaint: severity (its own facts with its issue's group counts
 * folded in, so a complaint on an issue that reached 20 households is major), routing,
 * deadlines and overdue flags at `now`, on `calendar` (the built-in one when absent). Days
 * the calendar does not cover are counted weekends-only, and the deadline says so
 * (`fallbackUsed`).
 */
export function triageComplaint(
  c: Complaint,
  group: GroupFinding | undefined,
  now: string,
  policy: Policy,
  calendar?: WorkCalendar,
): TriagedComplaint {
  // The record reaches each decision through the complaints module's adapters (convention 13).
  const severity = assessComplaintSeverity(
    toSeverityFacts(c, { now, ...(group === undefined ? {} : { group }) }),
    {
      policy,
    },
  );
  const route = routeComplaint({ ...c, level: severity.level }, { policy });
  const deadlines = computeComplaintDeadlines(
    toDeadlineInput(c, { now }),
    calendar === undefined
      ? { policy, fallback: 'weekends-only' }
      : { policy, calendar, fallback: 'weekends-only' },
  );
  return {
    id: c.id,
    category: c.category,
    level: severity.level,
    majorGroup: severity.majorGroup,
    role: route.role,
    unit: route.unit,
    replyBy: deadlines.replyBy,
    callbackBy: deadlines.callbackBy ?? null,
    closeBy: deadlines.closeBy ?? null,
    overdue: {
      reply: deadlines.overdue?.reply ?? false,
      callback: deadlines.overdue?.callback ?? null,
      close: deadlines.overdue?.close ?? null,
    },
    reasons: [...severity.reasons, ...route.reasons],
  };
}
