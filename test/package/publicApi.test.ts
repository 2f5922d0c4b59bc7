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
      'COMPLAINT_FIELD_TABLE',
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
      'TRIAGE_COLUMN_LABELS',
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
      'createComplaintTriage',
      'createGroupComplaintDetector',
      'detectGroupComplaints',
      'parseComplaint',
      'parseComplaints',
      'restoreComplaintSnapshot',
      'routeCallback',
      'routeComplaint',
      'triageComplaints',
    ],
  ],
  presets: [
    presets,
    ['PRESETS', 'PolicySchema', 'aoyuan2014', 'createPolicy', 'generic', 'parsePolicy', 'sinoOcean2008'],
  ],
  warranty: [
    warranty,
    ['STATUTORY_WARRANTY_TABLE', 'WARRANTY_ITEMS', 'computeStatutoryWarranty', 'isWarrantyAtLeastStatutory'],
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
