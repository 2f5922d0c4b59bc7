/**
 * Defects (缺陷反馈管理, `DEF-*`): the defect record, A/B grading, the decisions of the
 * six-stage lifecycle (the HQ report of a major defect, rectification or prevention,
 * tracking a plan), the per-phase defect handbook and the monthly report, and recurrence
 * matching against a handbook of old problems, with SOL's four as a starter handbook.
 *
 * @module defects
 */

export {
  assessDefectHandbook,
  type DefectHandbookAssessment,
  type DefectHandbookFacts,
  type DefectHandbookOptions,
} from './assessDefectHandbook.js';
export {
  assessDefectPlanOutcome,
  type DefectPlanAssessment,
  type DefectPlanFacts,
} from './assessDefectPlanOutcome.js';
export {
  canCompleteDefectTracking,
  type DefectTrackingDecision,
  type DefectTrackingFacts,
  type DefectTrackingGap,
} from './canCompleteDefectTracking.js';
export { computeDefectNextDueAt } from './computeDefectNextDueAt.js';
export {
  computeDefectReportDue,
  type DefectReportDue,
  type DefectReportDueOptions,
} from './computeDefectReportDue.js';
export { type DefectEventParse, parseDefectEvent } from './defectEvents.js';
export {
  createDefectMachine,
  type DefectMachine,
  type DefectMachineOptions,
  defectMachine,
} from './defectMachine.js';
export {
  DEFECT_MACHINE_VERSION,
  type DefectDecisionRecord,
  type DefectHqReport,
  type DefectMachineContext,
  type DefectMachineEvent,
  type DefectMachineInput,
} from './defectMachineTypes.js';
export {
  type DefectFeasibility,
  type DefectGradeFactor,
  type DefectGradeFacts,
  type DefectGrading,
  gradeDefect,
} from './gradeDefect.js';
export { type DefectHqReportDecision, needsDefectHqReport } from './needsDefectHqReport.js';
export {
  type DefectParseOptions,
  type InvalidDefectRecord,
  type ParsedDefects,
  parseDefect,
  parseDefects,
} from './parseDefect.js';
export {
  type DefectPolicy,
  type DefectPolicyInput,
  DefectPolicySchema,
  type DefectSettingSource,
  type RecurrenceKeyPenalties,
  SINO_OCEAN_2008_DEFECT_POLICY,
} from './policy.js';
export { createDefectHandbookIndex } from './recurrence/createDefectHandbookIndex.js';
export { findDefectRecurrences } from './recurrence/findDefectRecurrences.js';
export type {
  DefectHandbookCase,
  DefectHandbookIndex,
  RecurrenceDescription,
  RecurrenceFindings,
  RecurrenceMatch,
  RecurrenceOptions,
  RecurrenceQuery,
} from './recurrence/recurrenceTypes.js';
export { DefectSnapshotMismatchError, restoreDefectSnapshot } from './restoreDefectSnapshot.js';
export { type DefectRectificationRoute, routeDefectRectification } from './routeDefectRectification.js';
export {
  type Defect,
  type DefectDescription,
  DefectDescriptionSchema,
  DefectSchema,
} from './schemas.js';
export {
  type CaseIncident,
  type CaseOccurrence,
  SOL_DEFECT_HANDBOOK,
  type SolDefectCase,
  type StatedHouseholds,
} from './solDefectHandbook.js';
export { DEFECT_FIELD_TABLE, type DefectFieldKey, type DefectFieldRow } from './tables/fields.js';
export {
  DEFECT_DISCIPLINE_LABELS,
  DEFECT_GRADE_TABLE,
  DEFECT_PLAN_OUTCOME_LABELS,
  DEFECT_SOURCE_TABLE,
  type DefectGradeRow,
  type DefectSourceRow,
  FEASIBILITY_FACTOR_LABELS,
  type FeasibilityFactorRow,
  RECURRENCE_FIELD_LABELS,
} from './tables/labels.js';
export { DEFECT_MACHINE_LABELS } from './tables/machineLabels.js';
export {
  DEFECT_DEPARTMENT_LABELS,
  DEFECT_DEPARTMENTS,
  DEFECT_FORM_LABELS,
  DEFECT_FORMS,
  DEFECT_STAGE_TABLE,
  type DefectDepartment,
  type DefectForm,
  type DefectStageRow,
  RECTIFICATION_STEP_TABLE,
  type RectificationStepRow,
} from './tables/stages.js';
export {
  DEFECT_DISCIPLINES,
  DEFECT_GRADES,
  DEFECT_PLAN_OUTCOMES,
  DEFECT_SOURCES,
  DEFECT_STAGES,
  type DefectDiscipline,
  type DefectGrade,
  type DefectPlanOutcome,
  type DefectSource,
  type DefectStage,
  FEASIBILITY_FACTORS,
  type FeasibilityFactor,
  RECURRENCE_FIELDS,
  type RecurrenceField,
} from './types.js';
