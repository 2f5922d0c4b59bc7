/**
 * One group finding from the counts of one (project, issue): the judgement shared by the
 * detector in JS and the SQL query of `realty-crm-rules/postgres`, so that both give the
 * same finding, reasons included.
 *
 * @internal
 * @module
 */

import { createReason } from '../core/reason.js';
import { meetsThreshold } from '../core/thresholds.js';
import { assessComplaintSeverity } from './assessComplaintSeverity.js';
import { assessEscalation } from './assessEscalation.js';
import type { GroupFinding } from './detectGroupComplaints.js';
import type { ComplaintPolicy } from './policy.js';

/** The raw counts of one (project, issue), before `CMP-SEV-MAJOR-COUNT` is applied. */
export interface GroupCounts {
  readonly projectId: string;
  readonly issue: string;
  readonly households: number;
  readonly complainantsWithin30Days: number;
  /** Households with an open complaint on the issue at `now`, major or not. */
  readonly openHouseholds: number;
  /** Households with an open complaint that is major by its own facts. */
  readonly openMajorHouseholds: number;
  readonly householdsTogether: number;
}

/** The finding of one (project, issue) under `policy` at `nowIso` (canonical UTC). */
export function toGroupFinding(g: GroupCounts, policy: ComplaintPolicy, nowIso: string): GroupFinding {
  const s = policy.severity;
  const { households, complainantsWithin30Days, householdsTogether } = g;
  // CMP-SEV-MAJOR-COUNT: once the issue has enough households, every open complaint on it is major.
  const majorHouseholds = meetsThreshold(s.majorSameIssueHouseholds, households)
    ? g.openHouseholds
    : g.openMajorHouseholds;
  const facts = {
    householdsWithSameIssue: households,
    distinctComplainantsWithin30Days: complainantsWithin30Days,
    simultaneousMajorHouseholds: majorHouseholds,
    householdsComplainingTogether: householdsTogether,
  };
  const assessment = assessComplaintSeverity(facts, { policy });
  const escalation = assessEscalation(facts, { policy });
  const windowDays = String(s.hotRepeatWindowDays);
  const windowHours = String(s.majorGroupWindowHours);
  const detect = createReason(
    'CMP-SEV-DETECT',
    {
      projectId: g.projectId,
      issue: g.issue,
      households,
      complainantsWithin30Days,
      majorHouseholds,
      householdsTogether,
      now: nowIso,
    },
    {
      'zh-CN': `项目${g.projectId}问题「${g.issue}」：累计投诉${households}户，近${windowDays}天${complainantsWithin30Days}位不同投诉人，同时${majorHouseholds}户重大投诉未解决，${windowHours}小时内最多${householdsTogether}户共同投诉`,
      en: `Project ${g.projectId}, issue ${g.issue}: ${households} ${households === 1 ? 'household' : 'households'} in total, ${complainantsWithin30Days} different ${complainantsWithin30Days === 1 ? 'complainant' : 'complainants'} in the last ${windowDays} days, ${majorHouseholds} ${majorHouseholds === 1 ? 'household' : 'households'} with an open major complaint, at most ${householdsTogether} complaining together within ${windowHours} hours`,
    },
  );
  return {
    projectId: g.projectId,
    issue: g.issue,
    households,
    complainantsWithin30Days,
    majorHouseholds,
    householdsTogether,
    level: assessment.level,
    majorGroup: assessment.majorGroup,
    escalation: escalation.stage,
    reasons: [detect, ...assessment.reasons, ...(escalation.stage === 'warning' ? escalation.reasons : [])],
  };
}
