/**
 * The package's public face: every value the root exports, and each subpath's share. A
 * name that disappears (or a barrel edit that silently does nothing) fails here; a new
 * name is added to the list on purpose.
 */

import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import * as complaints from '../../src/complaints/index.js';
import * as root from '../../src/index.js';
import * as presets from '../../src/presets/index.js';
import * as warranty from '../../src/warranty/index.js';

const ROOT_VALUES = [
  'BUILT_IN_HOLIDAY_YEARS',
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
  'CalendarCoverageError',
  'ComplaintPolicySchema',
  'ComplaintSchema',
  'ComplaintSnapshotMismatchError',
  'DayOrInstantStringSchema',
  'DayStringSchema',
  'DeadlineRuleSchema',
  'FOLLOW_UP_ROLES',
  'FOLLOW_UP_ROLE_LABELS',
  'FOLLOW_UP_ROLE_TABLE',
  'HANDLING_UNITS',
  'HANDLING_UNIT_LABELS',
  'HOLIDAY_NAMES',
  'HolidayDaySchema',
  'HolidayNoticeSchema',
  'HolidayYearSchema',
  'InstantStringSchema',
  'InvalidArgumentError',
  'LOCALES',
  'PRESETS',
  'PolicySchema',
  'RECORD_KINDS',
  'RECORD_KIND_TABLE',
  'RULES',
  'RULE_IDS',
  'RULE_TEXT_ZH',
  'RealtyCrmError',
  'SEVERITY_CONDITIONS',
  'SEVERITY_CONDITION_TABLE',
  'SEVERITY_LEVELS',
  'SEVERITY_LEVEL_LABELS',
  'SINO_OCEAN_2008_COMPLAINT_POLICY',
  'STATUTORY_WARRANTY_TABLE',
  'THRESHOLD_WORDS',
  'ThresholdSchema',
  'WARRANTY_ITEMS',
  'WorkCalendar',
  'WorkCalendarOptionsSchema',
  'addElapsed',
  'addPeriod',
  'addWindow',
  'addWorkingDays',
  'aoyuan2014',
  'assertNever',
  'assessComplaintSeverity',
  'atLeast',
  'atMost',
  'canCloseComplaint',
  'complaintMachine',
  'computeComplaintDeadlines',
  'computeDayKind',
  'computeMonthlyReportDue',
  'computeNextDueAt',
  'computeStatutoryWarranty',
  'computeSurveyPeriods',
  'computeWeeklyReportDue',
  'countComplaintsByCategory',
  'countWorkingDays',
  'createComplaintMachine',
  'createGroupComplaintDetector',
  'createPolicy',
  'createReason',
  'createWorkCalendar',
  'createZodErrorMap',
  'deepFreeze',
  'defaultWorkCalendar',
  'describeThreshold',
  'detectGroupComplaints',
  'formatReason',
  'generic',
  'hasElapsed',
  'isDeadlinePassed',
  'isRuleId',
  'isWarrantyAtLeastStatutory',
  'isWithinLast',
  'isWithinWindow',
  'isWorkingDay',
  'lessThan',
  'meetsThreshold',
  'moreThan',
  'parseComplaint',
  'parseComplaints',
  'parsePolicy',
  'readThresholdWord',
  'restoreComplaintSnapshot',
  'routeCallback',
  'routeComplaint',
  'sinoOcean2008',
];

describe('public API', () => {
  it('CMP-FLOW: the root exports exactly the documented values', () => {
    expect(Object.keys(root).sort()).toEqual(ROOT_VALUES);
  });

  it('CMP-SEV-DETECT: every subpath value is also exported by the root, the same binding', () => {
    for (const mod of [calendar, complaints, presets, warranty]) {
      for (const [name, value] of Object.entries(mod)) {
        expect(name in root, name).toBe(true);
        expect((root as Record<string, unknown>)[name], name).toBe(value);
      }
    }
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
