import type { Deadline } from '../calendar/deadline.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { assessComplaintSeverity, type SeverityAssessment } from '../complaints/assessComplaintSeverity.js';
import { computeComplaintDeadlines } from '../complaints/computeComplaintDeadlines.js';
import type { GroupFinding } from '../complaints/detectGroupComplaints.js';
import { type ComplaintRoute, routeComplaint } from '../complaints/routeComplaint.js';
import type { Complaint } from '../complaints/schemas.js';
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
  const isComplaint = c.kind === undefined || c.kind === 'complaint';
  const severity = assessComplaintSeverity(
    {
      compensationPerHousehold: c.compensationClaimed,
      lawsuitFiled: c.lawsuitFiled,
      mediaExposed: c.mediaExposed,
      demandsReturnOrLargeCompensation: c.demandsReturnOrLargeCompensation,
      mayLeadToLawsuitOrMedia: c.mayLeadToLawsuitOrMedia,
      collectiveComplainants: c.collectiveComplainants,
      crisisSignals: c.crisisSignals,
      resolvedAt: c.resolvedAt,
      registeredAt: c.receivedAt,
      now,
      // As the complaint machine does: a delay is on the company side unless the record says otherwise.
      delayOnCompanySide: c.delayOnCompanySide ?? true,
      householdsWithSameIssue: isComplaint ? group?.households : undefined,
      distinctComplainantsWithin30Days: isComplaint ? group?.complainantsWithin30Days : undefined,
      simultaneousMajorHouseholds: isComplaint ? group?.majorHouseholds : undefined,
    },
    { policy },
  );
  const route = routeComplaint({ ...c, level: severity.level }, { policy });
  const deadlines = computeComplaintDeadlines(
    { ...c, now },
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
