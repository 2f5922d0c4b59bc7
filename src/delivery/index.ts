/**
 * House delivery (房屋交付, 交房): the schedule back from the delivery day, the delivery and
 * sales-opening risk checks, the household records and the summary KPIs (`DLV-*`).
 *
 * @module delivery
 */

export {
  assessDeliveryRiskCheck,
  type DeliveryRiskAssessment,
  type DeliveryRiskCheckOptions,
} from './assessDeliveryRiskCheck.js';
export {
  assessOpeningRiskCheck,
  type OpeningReportDue,
  type OpeningRiskAssessment,
  type OpeningRiskCheckOptions,
} from './assessOpeningRiskCheck.js';
export { computeDeliveryBatchNextDueAt } from './computeDeliveryBatchNextDueAt.js';
export {
  computeDeliveryKpis,
  createDeliveryKpiCounter,
  type DeliveryFigure,
  type DeliveryKpiCounter,
  type DeliveryKpiOptions,
  type DeliveryKpiRecord,
  type DeliveryKpis,
} from './computeDeliveryKpis.js';
export {
  computeDeliverySchedule,
  type DeliverySchedule,
  type DeliveryScheduleInput,
} from './computeDeliverySchedule.js';
export { computeHouseholdNextDueAt } from './computeHouseholdNextDueAt.js';
export { type DeliveryBatchEventParse, parseDeliveryBatchEvent } from './deliveryBatchEvents.js';
export {
  createDeliveryBatchMachine,
  type DeliveryBatchMachine,
  deliveryBatchMachine,
} from './deliveryBatchMachine.js';
export {
  DELIVERY_BATCH_MACHINE_VERSION,
  type DeliveryBatchMachineContext,
  type DeliveryBatchMachineEvent,
  type DeliveryBatchMachineInput,
  type StoredDeliveryMilestone,
  type StoredRiskBlocker,
} from './deliveryBatchMachineTypes.js';
export { type DeliveryIcsOptions, formatDeliveryScheduleIcs } from './formatDeliveryScheduleIcs.js';
export {
  type HouseholdDeliveryEventParse,
  parseHouseholdDeliveryEvent,
} from './householdDeliveryEvents.js';
export {
  createHouseholdDeliveryMachine,
  type HouseholdDeliveryMachine,
  householdDeliveryMachine,
} from './householdDeliveryMachine.js';
export {
  HOUSEHOLD_DELIVERY_MACHINE_VERSION,
  type HouseholdDeliveryMachineContext,
  type HouseholdDeliveryMachineEvent,
  type HouseholdDeliveryMachineInput,
  type RepairItemInput,
  type StoredRepairItem,
} from './householdDeliveryMachineTypes.js';
export type { DeliveryMachineOptions } from './machineOptions.js';
export {
  needsOwnerPreInspection,
  type OwnerPreInspectionDecision,
  type OwnerPreInspectionFacts,
  type OwnerPreInspectionOptions,
} from './needsOwnerPreInspection.js';
export {
  type DeliveryParseOptions,
  type InvalidHouseholdRecord,
  type ParsedHouseholdBatch,
  parseDeliveryRiskCheck,
  parseHouseholdDeliveries,
  parseHouseholdDelivery,
  parseOpeningRiskCheck,
} from './parseDeliveryRecords.js';
export {
  type BeforeRule,
  type Citation,
  type CitationBasis,
  type DeliveryPolicy,
  type DeliveryPolicyInput,
  type PreInspectionRegion,
  SINO_OCEAN_2008_DELIVERY_POLICY,
} from './policy.js';
export { DeliveryPolicySchema } from './policySchema.js';
export {
  DeliverySnapshotMismatchError,
  restoreDeliveryBatchSnapshot,
  restoreHouseholdDeliverySnapshot,
} from './restoreDeliverySnapshots.js';
export type { RiskFinding } from './riskFindings.js';
export type { DeliveryMilestone } from './scheduleMilestones.js';
export {
  type DeliveryRiskCheck,
  DeliveryRiskCheckSchema,
  type HouseholdDelivery,
  HouseholdDeliverySchema,
  HouseholdRepairItemSchema,
  OpeningFindingSchema,
  type OpeningRiskCheck,
  OpeningRiskCheckSchema,
  RiskCheckItemSchema,
  RiskDispositionSchema,
} from './schemas.js';
export {
  HOUSEHOLD_DELIVERY_FIELD_TABLE,
  type HouseholdFieldRow,
  type HouseholdRepairColumn,
} from './tables/fields.js';
export { DELIVERY_KPI_TABLE, type DeliveryKpiRow } from './tables/kpis.js';
export {
  DELIVERY_MODE_LABELS,
  DELIVERY_REPAIR_DISCIPLINE_LABELS,
  DELIVERY_ROLE_LABELS,
  type DeliveryLabelRow,
  HQ_CHECK_DEPARTMENT_LABELS,
  RISK_CHECK_CLASS_LABELS,
  RISK_DISPOSITION_LABELS,
  RISK_FINDING_STATUS_LABELS,
  RISK_ITEM_RESULT_LABELS,
} from './tables/labels.js';
export {
  DELIVERY_BATCH_MACHINE_LABELS,
  HOUSEHOLD_DELIVERY_MACHINE_LABELS,
} from './tables/machineLabels.js';
export {
  DELIVERY_MILESTONE_TABLE,
  type DeliveryMilestoneRow,
} from './tables/milestones.js';
export { OPENING_RISK_CHECK_FIELD_TABLE } from './tables/openingCheckFields.js';
export { OPENING_ASPECT_LABELS, OPENING_REPORT_CADENCE_LABELS } from './tables/openingLabels.js';
export { DELIVERY_RISK_CHECK_FIELD_TABLE, type DeliveryRiskCheckFieldKey } from './tables/riskCheckFields.js';
export { DELIVERY_STEP_TABLE, type DeliveryStepRow } from './tables/steps.js';
export { toHouseholdDeliveryRecord } from './toHouseholdDeliveryRecord.js';
export {
  DELIVERY_KPIS,
  DELIVERY_MILESTONES,
  DELIVERY_MODES,
  DELIVERY_REPAIR_DISCIPLINES,
  DELIVERY_ROLES,
  DELIVERY_STEPS,
  type DeliveryBeforeMilestoneId,
  type DeliveryKpi,
  type DeliveryMilestoneId,
  type DeliveryMode,
  type DeliveryRepairDiscipline,
  type DeliveryRole,
  type DeliveryStep,
  HQ_CHECK_DEPARTMENTS,
  type HqCheckDepartment,
  OPENING_ASPECTS,
  OPENING_REPORT_CADENCES,
  type OpeningAspect,
  type OpeningReportCadence,
  RISK_CHECK_CLASSES,
  RISK_DISPOSITION_KINDS,
  RISK_FINDING_STATUSES,
  RISK_ITEM_RESULTS,
  type RiskCheckClass,
  type RiskDispositionKind,
  type RiskFindingStatus,
  type RiskItemResult,
} from './types.js';
