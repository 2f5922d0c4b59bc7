/**
 * The package's public face: every value each module exports, and the root's union of
 * them. A name that disappears (or a barrel edit that silently does nothing) fails here; a
 * new name is added to its module's list on purpose. One list per module, so that work on
 * two modules never edits the same lines.
 */

import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import * as complaints from '../../src/complaints/index.js';
import * as core from '../../src/core/index.js';
import * as delivery from '../../src/delivery/index.js';
import * as root from '../../src/index.js';
import * as presets from '../../src/presets/index.js';
import * as warranty from '../../src/warranty/index.js';

/** Each module's barrel and the values it exports, sorted. */
const MODULES: Readonly<Record<string, readonly [Record<string, unknown>, readonly string[]]>> = {
  core: [
    core,
    [
      'CalendarCoverageError',
      'InvalidArgumentError',
      'LOCALES',
      'RULES',
      'RULE_IDS',
      'RULE_TEXT_ZH',
      'RealtyCrmError',
      'THRESHOLD_WORDS',
      'assertNever',
      'atLeast',
      'atMost',
      'createReason',
      'deepFreeze',
      'describeThreshold',
      'formatReason',
      'isRuleId',
      'lessThan',
      'meetsThreshold',
      'moreThan',
      'readThresholdWord',
    ],
  ],
  calendar: [
    calendar,
    [
      'BUILT_IN_HOLIDAY_YEARS',
      'DayOrInstantStringSchema',
      'DayStringSchema',
      'HOLIDAY_NAMES',
      'HolidayDaySchema',
      'HolidayNoticeSchema',
      'HolidayYearSchema',
      'InstantStringSchema',
      'WorkCalendar',
      'WorkCalendarOptionsSchema',
      'addElapsed',
      'addPeriod',
      'addWindow',
      'addWorkingDays',
      'computeDayKind',
      'computeWorkingDayOnOrBefore',
      'countWorkingDays',
      'createWorkCalendar',
      'createZodErrorMap',
      'defaultWorkCalendar',
      'hasElapsed',
      'isDeadlinePassed',
      'isWithinLast',
      'isWithinWindow',
      'isWorkingDay',
      'subtractPeriod',
    ],
  ],
  complaints: [
    complaints,
    [
      'CALLBACK_CALLERS',
      'CALLBACK_CALLER_LABELS',
      'CALLBACK_OUTCOMES',
      'CALLBACK_OUTCOME_LABELS',
      'CLOSURE_ROUTES',
      'COMPLAINT_CATEGORIES',
      'COMPLAINT_CATEGORY_TABLE',
      'COMPLAINT_CHANNELS',
      'COMPLAINT_CHANNEL_LABELS',
      'COMPLAINT_MACHINE_VERSION',
      'CRISIS_SIGNALS',
      'CRISIS_SIGNAL_LABELS',
      'ComplaintPolicySchema',
      'ComplaintSchema',
      'ComplaintSnapshotMismatchError',
      'DeadlineRuleSchema',
      'FOLLOW_UP_ROLES',
      'FOLLOW_UP_ROLE_LABELS',
      'FOLLOW_UP_ROLE_TABLE',
      'HANDLING_UNITS',
      'HANDLING_UNIT_LABELS',
      'RECORD_KINDS',
      'RECORD_KIND_TABLE',
      'SEVERITY_CONDITIONS',
      'SEVERITY_CONDITION_TABLE',
      'SEVERITY_LEVELS',
      'SEVERITY_LEVEL_LABELS',
      'SINO_OCEAN_2008_COMPLAINT_POLICY',
      'ThresholdSchema',
      'assessComplaintSeverity',
      'canCloseComplaint',
      'complaintMachine',
      'computeComplaintDeadlines',
      'computeMonthlyReportDue',
      'computeNextDueAt',
      'computeSurveyPeriods',
      'computeWeeklyReportDue',
      'countComplaintsByCategory',
      'createComplaintMachine',
      'createGroupComplaintDetector',
      'detectGroupComplaints',
      'parseComplaint',
      'parseComplaints',
      'restoreComplaintSnapshot',
      'routeCallback',
      'routeComplaint',
    ],
  ],
  delivery: [
    delivery,
    [
      'DELIVERY_KPIS',
      'DELIVERY_KPI_TABLE',
      'DELIVERY_MILESTONES',
      'DELIVERY_MILESTONE_TABLE',
      'DELIVERY_MODES',
      'DELIVERY_MODE_LABELS',
      'DELIVERY_REPAIR_DISCIPLINES',
      'DELIVERY_REPAIR_DISCIPLINE_LABELS',
      'DELIVERY_ROLES',
      'DELIVERY_ROLE_LABELS',
      'DELIVERY_STEPS',
      'DELIVERY_STEP_TABLE',
      'DeliveryPolicySchema',
      'DeliveryRiskCheckSchema',
      'HOUSEHOLD_DELIVERY_FIELD_TABLE',
      'HQ_CHECK_DEPARTMENTS',
      'HQ_CHECK_DEPARTMENT_LABELS',
      'HouseholdDeliverySchema',
      'HouseholdRepairItemSchema',
      'OPENING_ASPECTS',
      'OPENING_ASPECT_LABELS',
      'OPENING_REPORT_CADENCES',
      'OPENING_REPORT_CADENCE_LABELS',
      'OpeningFindingSchema',
      'OpeningRiskCheckSchema',
      'RISK_CHECK_CLASSES',
      'RISK_CHECK_CLASS_LABELS',
      'RISK_DISPOSITION_KINDS',
      'RISK_DISPOSITION_LABELS',
      'RISK_FINDING_STATUSES',
      'RISK_FINDING_STATUS_LABELS',
      'RISK_ITEM_RESULTS',
      'RISK_ITEM_RESULT_LABELS',
      'RiskCheckItemSchema',
      'RiskDispositionSchema',
      'SINO_OCEAN_2008_DELIVERY_POLICY',
      'assessDeliveryRiskCheck',
      'assessOpeningRiskCheck',
      'computeDeliveryKpis',
      'computeDeliverySchedule',
      'createDeliveryKpiCounter',
      'formatDeliveryScheduleIcs',
      'needsOwnerPreInspection',
      'parseDeliveryRiskCheck',
      'parseHouseholdDeliveries',
      'parseHouseholdDelivery',
      'parseOpeningRiskCheck',
    ],
  ],
  presets: [
    presets,
    ['PRESETS', 'PolicySchema', 'aoyuan2014', 'createPolicy', 'generic', 'parsePolicy', 'sinoOcean2008'],
  ],
  warranty: [
    warranty,
    [
      'CALLBACK_RATE_KINDS',
      'CALLBACK_RATE_KIND_LABELS',
      'COMPENSATION_STEPS',
      'COMPENSATION_STEP_LABELS',
      'CONTRACTOR_FAILURES',
      'CONTRACTOR_FAILURE_LABELS',
      'COST_BEARERS',
      'COST_BEARER_LABELS',
      'DEFECT_CAUSES',
      'DEFECT_CAUSE_LABELS',
      'HEATING_SEASONS',
      'HEATING_SEASON_CITIES',
      'HIDDEN_WORK_KINDS',
      'HIDDEN_WORK_LABELS',
      'LEAD_TEAMS',
      'LEAD_TEAM_LABELS',
      'QUICK_REPAIR_EVENTS',
      'QUICK_REPAIR_EVENT_LABELS',
      'REPAIR_ORDER_FIELDS',
      'REPAIR_ORDER_STEPS',
      'REPAIR_ORDER_STEP_LABELS',
      'REPAIR_URGENCIES',
      'REPAIR_URGENCY_LABELS',
      'RepairOrderSchema',
      'SEASON_KINDS',
      'SEASON_KIND_LABELS',
      'SINO_OCEAN_2008_WARRANTY_POLICY',
      'STATUTORY_WARRANTY_TABLE',
      'SURVEY_PROBLEMS',
      'SURVEY_PROBLEM_LABELS',
      'WARRANTY_CLOCKS',
      'WARRANTY_CLOCK_LABELS',
      'WARRANTY_COMPONENTS',
      'WARRANTY_COMPONENT_IDS',
      'WARRANTY_ITEMS',
      'WARRANTY_PHASES',
      'WARRANTY_PHASE_LABELS',
      'WARRANTY_SETTING_SOURCES',
      'WarrantyPolicySchema',
      'WarrantyPromiseSchema',
      'assessCallbackRate',
      'assessRepairUrgency',
      'assessRepairVisitTime',
      'canCompleteRepair',
      'canGrantSupplierReward',
      'canIssueDeductionNotice',
      'canReplaceContractor',
      'canStartRepair',
      'computeMonthlyRepairReportDue',
      'computeRepairCallbackDue',
      'computeStatutoryWarranty',
      'computeStormWarningDue',
      'computeWarrantyExpiry',
      'computeWarrantyExpiryNotices',
      'computeWarrantyPhase',
      'isWarrantyAtLeastStatutory',
      'needsOnSiteSurvey',
      'parseRepairOrder',
      'parseRepairOrders',
      'routeRepairCost',
    ],
  ],
};

describe('public API', () => {
  it.each(Object.keys(MODULES))('CMP-FLOW: the %s barrel exports exactly its documented values', (name) => {
    const [mod, values] = MODULES[name] as readonly [Record<string, unknown>, readonly string[]];
    expect(Object.keys(mod).sort()).toEqual([...values].sort());
  });

  it('CMP-FLOW: the root exports exactly the union of the modules, each the same binding', () => {
    const all = Object.values(MODULES).flatMap(([, values]) => values);
    expect(new Set(all).size, 'a name exported by two modules').toBe(all.length);
    expect(Object.keys(root).sort()).toEqual([...all].sort());
    for (const [mod] of Object.values(MODULES)) {
      for (const [name, value] of Object.entries(mod)) {
        expect((root as Record<string, unknown>)[name], name).toBe(value);
      }
    }
  });

  it('CMP-SEV-DETECT: the complaints subpath carries group detection, the machine and the reports', () => {
    for (const name of [
      'detectGroupComplaints',
      'complaintMachine',
      'restoreComplaintSnapshot',
      'computeMonthlyReportDue',
    ]) {
      expect(name in complaints, name).toBe(true);
    }
  });
});
