/**
 * The complaint settings that differ between the source rulebooks, and the default: the
 * Sino-Ocean 2008 rules (SOL), which the presets module names `sinoOcean2008`. It lives
 * here so that every complaint function can default to it without importing presets.
 * Every setting carries its provenance in `sources` (DESIGN convention 14).
 *
 * @module
 */

import type { DailyCutoff } from '../calendar/options.js';
import { deepFreeze } from '../core/deepFreeze.js';
import type { SettingSource } from '../core/settingSource.js';
import { atLeast, moreThan, type Threshold } from '../core/thresholds.js';
import { SINO_OCEAN_2008_SOURCES } from './sinoOcean2008Sources.js';
import type { CallbackCaller, MajorGroupReading, ReplyMilestone, SeverityLevel } from './types.js';

export { SINO_OCEAN_2008_SOURCES };

/**
 * A deadline rule: the same day, N working days (`LAW-WORKDAY-PERIOD`), or a Civil Code
 * period in days, weeks or months (`LAW-PERIOD-*`).
 */
export type DeadlineRule =
  | { readonly sameDay: true }
  | { readonly workingDays: number }
  | { readonly days: number }
  | { readonly weeks: number }
  | { readonly months: number };

/** The monthly report's due day: the `lastDay`-th of the month `monthOffset` months after the period ('month-end' for its last day). */
export interface MonthlyReportRule {
  readonly monthOffset: 0 | 1;
  readonly lastDay: number | 'month-end';
}

/**
 * How the phase of a complaint picks its handling unit (`CMP-ROUTE-PHASE`): SOL's window
 * after the centralized delivery, or AOY's split at the handover of the home.
 */
export type RoutingRule =
  | { readonly scheme: 'delivery-window'; readonly projectWindowMonths: number }
  | { readonly scheme: 'handover' };

/** Every setting of the complaint policy that carries a source, by its path. */
export const COMPLAINT_SETTING_KEYS = Object.freeze([
  'severity.majorCompensationPerHouseholdYuan',
  'severity.majorSameIssueHouseholds',
  'severity.majorGroupHouseholds',
  'severity.majorGroupReading',
  'severity.majorGroupWindowHours',
  'severity.hotRepeatComplainants',
  'severity.hotRepeatWindowDays',
  'severity.hotCollectiveComplainants',
  'severity.hotStaleAfterDays',
  'escalation.warningShareOfMajorGroup',
  'escalation.warningWithinHours',
  'escalation.eventReportWithinHours',
  'routing',
  'deadlines.form',
  'deadlines.reply',
  'deadlines.replyMetBy',
  'deadlines.callback',
  'deadlines.close',
  'deadlines.cutoff',
  'callback.minimumRate',
  'callback.callers',
  'callback.maxAttempts',
  'closure.lawsuitWithinMonths',
  'reports.weeklyDueWeekday',
  'reports.monthly',
] as const);
/** The path of a complaint setting: `deadlines.reply`. */
export type ComplaintSettingKey = (typeof COMPLAINT_SETTING_KEYS)[number];

/** The complaint settings of a policy. */
export interface ComplaintPolicy {
  /** The preset or company policy this is (for reasons and reports). */
  readonly id: string;
  /** Severity thresholds (`CMP-SEV-*`), read the law's way (`LAW-THRESHOLD`). */
  readonly severity: {
    /** `CMP-SEV-MAJOR-COMP`: compensation claimed per household, 超过 20,000 yuan. */
    readonly majorCompensationPerHouseholdYuan: Threshold;
    /** `CMP-SEV-MAJOR-COUNT`: households with the same issue, 20户以上. */
    readonly majorSameIssueHouseholds: Threshold;
    /** `CMP-SEV-GROUP`: households of a major group complaint, 10户以上. */
    readonly majorGroupHouseholds: Threshold;
    /** `CMP-SEV-GROUP`: which reading of 同时有10户以上的重大投诉事件 the policy takes. */
    readonly majorGroupReading: MajorGroupReading;
    /** `CMP-SEV-GROUP`, reading `complaining-together`: the window (hours) within which households complain together. */
    readonly majorGroupWindowHours: number;
    /** `CMP-SEV-HOT-REPEAT`: distinct complainants of the same complaint in the window, 三次以上. */
    readonly hotRepeatComplainants: Threshold;
    /** `CMP-SEV-HOT-REPEAT`: the sliding window, in days (一个月 = 30). */
    readonly hotRepeatWindowDays: number;
    /** `CMP-SEV-HOT-COLLECTIVE`: people in a collective complaint, 3人以上. */
    readonly hotCollectiveComplainants: Threshold;
    /** `CMP-SEV-HOT-STALE`: days (x 24 h) after receipt, unresolved for the company's reasons, 一周 = 7. */
    readonly hotStaleAfterDays: number;
  };
  /** The warning before the event and the report after it (`CMP-WARN`). */
  readonly escalation: {
    /** The share of the group threshold at which an issue shows a risk of a major group complaint (0.5: 5 of 10 households). */
    readonly warningShareOfMajorGroup: number;
    /** Hours (elapsed) within which the escalation warning form (投诉升级预警单) goes to the direct superior. */
    readonly warningWithinHours: number;
    /** Hours (elapsed) within which the major (crisis) event report (项目重大(危机)客户事件报表) goes to HQ. */
    readonly eventReportWithinHours: number;
  };
  /** Routing by phase (`CMP-ROUTE-PHASE`). */
  readonly routing: RoutingRule;
  /** Deadlines (`CMP-DL-*`). */
  readonly deadlines: {
    /** `CMP-DL-FORM`: the handling form, counted from receipt; `null` where the source sets none. */
    readonly form: DeadlineRule | null;
    /** `CMP-DL-REPLY`: the reply to the customer, counted from receipt. */
    readonly reply: DeadlineRule;
    /** `CMP-DL-REPLY`: what meets it, the handling opinion (SOL) or the result and its opinion (AOY). */
    readonly replyMetBy: ReplyMilestone;
    /** `CMP-DL-CALLBACK`: the callback, counted from the completion of handling. */
    readonly callback: DeadlineRule;
    /** `CMP-DL-CLOSE`: closure, counted from receipt; `null` where the source sets none. */
    readonly close: DeadlineRule | null;
    /** Optional daily cut-off: received after it counts as received on the next working day. */
    readonly cutoff: DailyCutoff | null;
  };
  /** Callbacks (`CMP-DL-CALLBACK`, `CMP-CALLBACK-BY`). */
  readonly callback: {
    /** The callback rate the source asks for (0.95 = 95%), `null` where it sets none. */
    readonly minimumRate: number | null;
    /** Who calls back, by the complaint's severity. */
    readonly callers: Readonly<Record<SeverityLevel, CallbackCaller>>;
    /** Unanswered callback attempts after which a complaint is handled as one that cannot be reached. */
    readonly maxAttempts: number;
  };
  /** Closure (`CMP-CLOSE`): months after the handling opinion within which a lawsuit or arbitration closes it. */
  readonly closure: { readonly lawsuitWithinMonths: number };
  /** Reports (`CMP-RPT-*`). */
  readonly reports: {
    /** `CMP-RPT-WEEKLY`: the weekday (1 Monday ... 7 Sunday) the weekly report is due, or `null`. */
    readonly weeklyDueWeekday: number | null;
    /** `CMP-RPT-MONTHLY`: when the monthly report is due, or `null`. */
    readonly monthly: MonthlyReportRule | null;
  };
  /** Where each setting comes from: the source's section, borrowed, the library's default, or a company's (convention 14). */
  readonly sources: Readonly<Record<ComplaintSettingKey, SettingSource>>;
}

/**
 * The Sino-Ocean 2008 complaint rules (SOL 投诉管理), the library's default: reply with a
 * handling opinion within 2 working days, callback within 2 days of completion, no form
 * or closing deadline, the major group complaint read as 10 households complaining
 * together within 72 hours, the weekly report every Monday, the monthly report on a month
 * by the 24th of the next. Every value's source is in `sources`.
 *
 * @rule CMP-SEV-MAJOR-COMP
 * @rule CMP-SEV-MAJOR-COUNT
 * @rule CMP-SEV-GROUP
 * @rule CMP-SEV-HOT-REPEAT
 * @rule CMP-SEV-HOT-COLLECTIVE
 * @rule CMP-SEV-HOT-STALE
 * @rule CMP-WARN
 * @rule CMP-ROUTE-PHASE
 * @rule CMP-DL-FORM
 * @rule CMP-DL-REPLY
 * @rule CMP-DL-CALLBACK
 * @rule CMP-CLOSE
 * @rule CMP-RPT-WEEKLY
 * @rule CMP-RPT-MONTHLY
 */
export const SINO_OCEAN_2008_COMPLAINT_POLICY: ComplaintPolicy = deepFreeze({
  id: 'sinoOcean2008',
  severity: {
    majorCompensationPerHouseholdYuan: moreThan(20_000),
    majorSameIssueHouseholds: atLeast(20),
    majorGroupHouseholds: atLeast(10),
    majorGroupReading: 'complaining-together',
    majorGroupWindowHours: 72,
    hotRepeatComplainants: atLeast(3),
    hotRepeatWindowDays: 30,
    hotCollectiveComplainants: atLeast(3),
    hotStaleAfterDays: 7,
  },
  escalation: { warningShareOfMajorGroup: 0.5, warningWithinHours: 24, eventReportWithinHours: 24 },
  routing: { scheme: 'delivery-window', projectWindowMonths: 3 },
  deadlines: {
    form: null,
    reply: { workingDays: 2 },
    replyMetBy: 'opinion',
    callback: { days: 2 },
    close: null,
    cutoff: null,
  },
  callback: {
    minimumRate: null,
    callers: {
      crisis: 'project-customer-service',
      major: 'project-customer-service',
      hot: 'project-customer-service',
      general: 'project-customer-service',
    },
    maxAttempts: 3,
  },
  closure: { lawsuitWithinMonths: 3 },
  reports: {
    weeklyDueWeekday: 1,
    // "每月25日前": before the 25th, so the 24th is the last day. The report sums up the month
    // before: a report on a month due before that month ends could not count its last week.
    monthly: { monthOffset: 1, lastDay: 24 },
  },
  sources: SINO_OCEAN_2008_SOURCES,
});

/** A policy as functions take it: the complaint settings, or a whole preset that carries them. */
export type ComplaintPolicyInput = ComplaintPolicy | { readonly complaints: ComplaintPolicy };

/**
 * Whose side a delay is on when nobody has said (`CMP-SEV-HOT-STALE`): the company's. The
 * company holds an open complaint, so one still unresolved a week after its receipt is
 * taken as late for the company's reasons (由于我方原因) until someone records that the
 * delay is on the customer's side. `assessComplaintSeverity`, the adapters and the
 * complaint machine all use this one default.
 *
 * @rule CMP-SEV-HOT-STALE
 * @example
 * ```ts
 * DEFAULT_DELAY_ON_COMPANY_SIDE; // true
 * ```
 */
export const DEFAULT_DELAY_ON_COMPANY_SIDE = true;
