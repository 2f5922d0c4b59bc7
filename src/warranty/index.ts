/**
 * Warranty and repairs (维保修): the contractor's and the buyer's warranty clocks with
 * heating seasons per city (`LAW-WARRANTY-*`), phases and lead teams, on-site surveys,
 * expiry notices, storm warnings, callback rates, the supplier reward fund, the monthly
 * repair statistics, the repair order record, the decisions on it, and the repair-order
 * machine that runs an order through them (`WAR-*`).
 *
 * @module warranty
 */

export {
  assessCallbackRate,
  type CallbackRateAssessment,
  type CallbackRateOptions,
  type CallbackRecord,
  type CallbackWindowRule,
  type ComplaintCallbackSettings,
} from './assessCallbackRate.js';
export {
  assessRepairUrgency,
  type RepairUrgencyAssessment,
  type RepairUrgencyFacts,
} from './assessRepairUrgency.js';
export {
  assessRepairVisitTime,
  type RepairVisitAssessment,
  type RepairVisitInput,
} from './assessRepairVisitTime.js';
export {
  canCompleteRepair,
  type RepairCompletionDecision,
  type RepairCompletionFacts,
} from './canCompleteRepair.js';
export {
  canGrantSupplierReward,
  type SupplierRewardDecision,
  type SupplierRewardInput,
} from './canGrantSupplierReward.js';
export {
  canIssueDeductionNotice,
  type DeductionNoticeDecision,
  type DeductionNoticeFacts,
} from './canIssueDeductionNotice.js';
export {
  type ContractorReplacementDecision,
  type ContractorReplacementFacts,
  canReplaceContractor,
  type ReplacementRecord,
} from './canReplaceContractor.js';
export { canStartRepair, type RepairStartDecision, type RepairStartFacts } from './canStartRepair.js';
export {
  computeMonthlyRepairReportDue,
  type RepairReportDue,
  type RepairReportDueOptions,
} from './computeMonthlyRepairReportDue.js';
export { computeRepairCallbackDue, type RepairCallbackOptions } from './computeRepairCallbackDue.js';
export {
  computeStormWarningDue,
  type StormWarningDue,
  type StormWarningInput,
} from './computeStormWarningDue.js';
export {
  computeWarrantyExpiry,
  type WarrantyExpiry,
  type WarrantyExpiryOptions,
} from './computeWarrantyExpiry.js';
export {
  computeWarrantyExpiryNotices,
  type WarrantyExpiryNoticeInput,
  type WarrantyExpiryNotices,
} from './computeWarrantyExpiryNotices.js';
export {
  computeWarrantyPhase,
  type WarrantyPhaseDecision,
  type WarrantyPhaseInput,
} from './computeWarrantyPhase.js';
export { needsOnSiteSurvey, type OnSiteSurveyDecision, type OnSiteSurveyFacts } from './needsOnSiteSurvey.js';
export {
  type InvalidRepairOrder,
  parseRepairOrder,
  parseRepairOrders,
  type RepairOrderBatch,
  type RepairOrderParseOptions,
} from './parseRepairOrder.js';
export {
  type RepairDeadlineRule,
  type RepairReportRule,
  SINO_OCEAN_2008_WARRANTY_POLICY,
  type WarrantyPolicy,
  type WarrantyPolicyInput,
  WarrantyPolicySchema,
  WarrantyPromiseSchema,
} from './policy.js';
export { computeRepairOrderNextDueAt } from './repairOrderContext.js';
export {
  parseRepairOrderEvent,
  REPAIR_ORDER_EVENT_SPECS,
  type RepairOrderEventParse,
} from './repairOrderEvents.js';
export {
  createRepairOrderMachine,
  type RepairOrderMachine,
  type RepairOrderMachineOptions,
  repairOrderMachine,
} from './repairOrderMachine.js';
export {
  type ContractorReplacement,
  REPAIR_ORDER_MACHINE_VERSION,
  type RepairClassification,
  type RepairCompensation,
  type RepairOrderMachineContext,
  type RepairOrderMachineEvent,
  type RepairOrderMachineInput,
  type RepairOrderRefusal,
  type RepairVisit,
} from './repairOrderMachineTypes.js';
export {
  RepairOrderSnapshotMismatchError,
  restoreRepairOrderSnapshot,
} from './restoreRepairOrderSnapshot.js';
export { type RepairCostFacts, type RepairCostRoute, routeRepairCost } from './routeRepairCost.js';
export { type RepairOrder, RepairOrderSchema } from './schemas.js';
export type { SeasonDates } from './seasons.js';
export {
  computeStatutoryWarranty,
  isWarrantyAtLeastStatutory,
  STATUTORY_WARRANTY_TABLE,
  type StatutoryWarranty,
  type StatutoryWarrantyRow,
  WARRANTY_ITEMS,
  type WarrantyItem,
  type WarrantyLength,
} from './statutoryWarranty.js';
export { WARRANTY_COMPONENTS, type WarrantyComponentRow, type WarrantyPromise } from './tables/components.js';
export {
  HEATING_SEASON_CITIES,
  HEATING_SEASONS,
  type HeatingSeasonCity,
  type HeatingSeasonRow,
} from './tables/heatingSeasons.js';
export {
  CALLBACK_RATE_KIND_LABELS,
  type ClockLabel,
  COMPENSATION_STEP_LABELS,
  CONTRACTOR_FAILURE_LABELS,
  COST_BEARER_LABELS,
  DEFECT_CAUSE_LABELS,
  HIDDEN_WORK_LABELS,
  LEAD_TEAM_LABELS,
  QUICK_REPAIR_EVENT_LABELS,
  REPAIR_ORDER_STEP_LABELS,
  REPAIR_URGENCY_LABELS,
  SEASON_KIND_LABELS,
  type SourcedLabel,
  SURVEY_PROBLEM_LABELS,
  WARRANTY_CLOCK_LABELS,
  WARRANTY_PHASE_LABELS,
} from './tables/labels.js';
export { REPAIR_ORDER_MACHINE_LABELS } from './tables/machineLabels.js';
export {
  WARRANTY_SETTING_SOURCES,
  type WarrantyPresetId,
  type WarrantySettingKey,
  type WarrantySettingRow,
  type WarrantySettingSource,
} from './tables/presetSources.js';
export {
  REPAIR_ORDER_FIELDS,
  type RepairOrderField,
  type RepairOrderFieldLabel,
} from './tables/repairOrderFields.js';
export { REPAIR_ORDER_FIELD_TABLE } from './tables/repairOrderFieldTable.js';
export {
  CALLBACK_RATE_KINDS,
  type CallbackRateKind,
  COMPENSATION_STEPS,
  CONTRACTOR_FAILURES,
  COST_BEARERS,
  type CompensationStep,
  type ContractorFailure,
  type CostBearer,
  DEFECT_CAUSES,
  type DefectCause,
  HIDDEN_WORK_KINDS,
  type HiddenWorkKind,
  LEAD_TEAMS,
  type LeadTeam,
  QUICK_REPAIR_EVENTS,
  type QuickRepairEvent,
  REPAIR_ORDER_STEPS,
  REPAIR_URGENCIES,
  type RepairOrderStep,
  type RepairUrgency,
  SEASON_KINDS,
  type SeasonKind,
  SURVEY_PROBLEMS,
  type SurveyProblem,
  WARRANTY_CLOCKS,
  WARRANTY_COMPONENT_IDS,
  WARRANTY_PHASES,
  type WarrantyClock,
  type WarrantyComponent,
  type WarrantyPhase,
} from './types.js';
