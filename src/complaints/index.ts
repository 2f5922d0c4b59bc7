/**
 * Complaints (投诉): categories, routing, severity, group detection, deadlines, closure,
 * the lifecycle machine and reports (`CMP-*`).
 *
 * @module complaints
 */

export type {
  FieldExpansion,
  FieldRequirement,
  FieldRow,
  FieldValueKind,
  VocabularyEntry,
} from '../records/fieldTable.js';
export type { NaiveTimePolicy } from '../records/readTime.js';
export {
  assessComplaintSeverity,
  type SeverityAssessment,
  type SeverityFacts,
  type SeverityOptions,
} from './assessComplaintSeverity.js';
export {
  assessEscalation,
  ESCALATION_STAGES,
  type EscalationAssessment,
  type EscalationFacts,
  type EscalationOptions,
  type EscalationStage,
} from './assessEscalation.js';
export {
  CLOSURE_ROUTES,
  type ClosureDecision,
  type ClosureFacts,
  type ClosureOptions,
  type ClosureRoute,
  canCloseComplaint,
} from './canCloseComplaint.js';
export { type ComplaintEventParse, parseComplaintEvent } from './complaintEvents.js';
export {
  type ComplaintMachine,
  type ComplaintMachineOptions,
  complaintMachine,
  createComplaintMachine,
} from './complaintMachine.js';
export {
  type AssessedFacts,
  type CallbackRound,
  COMPLAINT_MACHINE_VERSION,
  type ComplaintClosure,
  type ComplaintMachineContext,
  type ComplaintMachineEvent,
  type ComplaintMachineInput,
  type EscalationWarning,
  type EventReport,
  type StoredDeadline,
} from './complaintMachineTypes.js';
export {
  type ComplaintDeadlineInput,
  type ComplaintDeadlineOptions,
  type ComplaintDeadlines,
  computeComplaintDeadlines,
} from './computeComplaintDeadlines.js';
export { computeMonthlyReportDue } from './computeMonthlyReportDue.js';
export { computeNextDueAt } from './computeNextDueAt.js';
export { computeSurveyPeriods, type SurveyPeriod, type SurveyPeriods } from './computeSurveyPeriods.js';
export { computeWeeklyReportDue } from './computeWeeklyReportDue.js';
export {
  type ComplaintCountRecord,
  type ComplaintCountsByCategory,
  type CountComplaintsOptions,
  countComplaintsByCategory,
} from './countComplaintsByCategory.js';
export { createGroupComplaintDetector } from './createGroupComplaintDetector.js';
export {
  detectGroupComplaints,
  type GroupComplaintDetector,
  type GroupComplaintRecord,
  type GroupDetectionOptions,
  type GroupFinding,
} from './detectGroupComplaints.js';
export { type CallbackNeed, type CallbackNeedFacts, needsCallback } from './needsCallback.js';
export {
  needsWeeklyReport,
  type WeeklyReportGround,
  type WeeklyReportSelection,
} from './needsWeeklyReport.js';
export {
  type InvalidRecord,
  type ParseComplaintOptions,
  type ParsedBatch,
  type ParseOptions,
  parseComplaint,
  parseComplaints,
} from './parseComplaint.js';
export {
  COMPLAINT_SETTING_KEYS,
  type ComplaintPolicy,
  type ComplaintPolicyInput,
  type ComplaintSettingKey,
  DEFAULT_DELAY_ON_COMPANY_SIDE,
  type DeadlineRule,
  type MonthlyReportRule,
  type RoutingRule,
  SINO_OCEAN_2008_COMPLAINT_POLICY,
} from './policy.js';
export {
  ComplaintPolicySchema,
  DeadlineRuleSchema,
  SettingSourceSchema,
  ThresholdSchema,
} from './policySchema.js';
export type { ReportDue, ReportDueOptions } from './reportDue.js';
export { ComplaintSnapshotMismatchError, restoreComplaintSnapshot } from './restoreComplaintSnapshot.js';
export { type CallbackRoute, routeCallback } from './routeCallback.js';
export { type ComplaintRoute, type RouteInput, type RouteOptions, routeComplaint } from './routeComplaint.js';
export { type Complaint, ComplaintSchema } from './schemas.js';
export {
  type CategoryRow,
  COMPLAINT_CATEGORY_TABLE,
  FOLLOW_UP_ROLE_TABLE,
  type FollowUpRoleRow,
  RECORD_KIND_TABLE,
} from './tables/categories.js';
export {
  COMPLAINT_FIELD_TABLE,
  type ComplaintFieldRow,
  TRIAGE_COLUMN_LABELS,
} from './tables/fields.js';
export {
  CALLBACK_CALLER_LABELS,
  CALLBACK_OUTCOME_LABELS,
  type ChannelRow,
  COMPLAINT_CHANNEL_LABELS,
  CRISIS_SIGNAL_LABELS,
  ESCALATION_GROUND_LABELS,
  FOLLOW_UP_ROLE_LABELS,
  HANDLING_UNIT_LABELS,
  IMPASSE_GROUND_LABELS,
  type Label,
  MAJOR_GROUP_READING_LABELS,
  NO_CALLBACK_GROUND_LABELS,
  REPLY_MILESTONE_LABELS,
  SERVICE_METHOD_LABELS,
  SEVERITY_LEVEL_LABELS,
} from './tables/labels.js';
export { COMPLAINT_MACHINE_LABELS } from './tables/machineLabels.js';
export {
  SEVERITY_CONDITION_TABLE,
  SEVERITY_CONDITIONS,
  type SeverityCondition,
  type SeverityConditionRow,
} from './tables/severityConditions.js';
export { toComplaintMachineInput } from './toComplaintMachineInput.js';
export { toDeadlineInput } from './toDeadlineInput.js';
export { type ToSeverityFactsOptions, toSeverityFacts } from './toSeverityFacts.js';
export {
  type ComplaintTriage,
  type ComplaintTriageResult,
  type ComplaintTriageSummary,
  createComplaintTriage,
  type TriageComplaintsOptions,
  type TriagedComplaint,
  triageComplaints,
} from './triageComplaints.js';
export {
  CALLBACK_CALLERS,
  CALLBACK_OUTCOMES,
  type CallbackCaller,
  type CallbackOutcome,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  type ComplaintCategory,
  type ComplaintChannel,
  CRISIS_SIGNALS,
  type CrisisSignal,
  ESCALATION_GROUNDS,
  type EscalationGround,
  FOLLOW_UP_ROLES,
  type FollowUpRole,
  HANDLING_UNITS,
  type HandlingUnit,
  IMPASSE_GROUNDS,
  type ImpasseGrounds,
  MAJOR_GROUP_READINGS,
  type MajorGroupReading,
  NO_CALLBACK_GROUNDS,
  type NoCallbackGround,
  RECORD_KINDS,
  REPLY_MILESTONES,
  type RecordKind,
  type ReplyMilestone,
  ROUTING_SCHEMES,
  type RoutingScheme,
  SERVICE_METHODS,
  SEVERITY_LEVELS,
  type ServiceMethod,
  type SeverityLevel,
} from './types.js';
