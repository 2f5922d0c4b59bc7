/**
 * The complaint settings that differ between the source rulebooks, and the default: the
 * Sino-Ocean 2008 rules (SOL), which the presets module names `sinoOcean2008`. It lives
 * here so that every complaint function can default to it without importing presets.
 *
 * @module
 */

import * as z from 'zod';
import type { DailyCutoff } from '../calendar/options.js';
import { deepFreeze } from '../core/deepFreeze.js';
import { atLeast, moreThan, type Threshold } from '../core/thresholds.js';
import type { CallbackCaller, SeverityLevel } from './types.js';
import { CALLBACK_CALLERS } from './types.js';

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
    /** `CMP-SEV-GROUP`: households with a major complaint at the same time, 10户以上. */
    readonly majorGroupHouseholds: Threshold;
    /** `CMP-SEV-HOT-REPEAT`: distinct complainants of the same complaint in the window, 三次以上. */
    readonly hotRepeatComplainants: Threshold;
    /** `CMP-SEV-HOT-REPEAT`: the sliding window, in days (一个月 = 30). */
    readonly hotRepeatWindowDays: number;
    /** `CMP-SEV-HOT-COLLECTIVE`: people in a collective complaint, 3人以上. */
    readonly hotCollectiveComplainants: Threshold;
    /** `CMP-SEV-HOT-STALE`: days (x 24 h) unresolved for the company's reasons, 一周 = 7. */
    readonly hotStaleAfterDays: number;
  };
  /** Routing (`CMP-ROUTE-PHASE`): months after the centralized delivery that project customer service keeps. */
  readonly routing: { readonly projectWindowMonths: number };
  /** Deadlines (`CMP-DL-*`). */
  readonly deadlines: {
    /** `CMP-DL-FORM`: the handling form, counted from receipt. */
    readonly form: DeadlineRule;
    /** `CMP-DL-REPLY`: the handling opinion to the customer, counted from receipt. */
    readonly reply: DeadlineRule;
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
    /** Callback attempts before an unanswered complaint is handled as one that cannot be reached. */
    readonly maxAttempts: number;
  };
  /** Closure (`CMP-CLOSE`): months after the handling opinion within which a lawsuit or arbitration closes it. */
  readonly closure: { readonly lawsuitWithinMonths: number };
  /** Reports (`CMP-RPT-*`). */
  readonly reports: {
    /** `CMP-RPT-WEEKLY`: the weekday (1 Monday ... 7 Sunday) the weekly major-complaint report is due, or `null`. */
    readonly weeklyDueWeekday: number | null;
    /** `CMP-RPT-MONTHLY`: when the monthly report is due, or `null`. */
    readonly monthly: MonthlyReportRule | null;
  };
}

/**
 * The Sino-Ocean 2008 complaint rules (SOL 投诉管理), the library's default: reply within 2
 * working days, callback within 2 days of completion, no closing deadline, the weekly
 * major-complaint report every Monday, the monthly report on a month before the 25th of
 * the next.
 *
 * @rule CMP-SEV-MAJOR-COMP
 * @rule CMP-SEV-MAJOR-COUNT
 * @rule CMP-SEV-GROUP
 * @rule CMP-SEV-HOT-REPEAT
 * @rule CMP-SEV-HOT-COLLECTIVE
 * @rule CMP-SEV-HOT-STALE
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
    hotRepeatComplainants: atLeast(3),
    hotRepeatWindowDays: 30,
    hotCollectiveComplainants: atLeast(3),
    hotStaleAfterDays: 7,
  },
  routing: { projectWindowMonths: 3 },
  deadlines: {
    form: { sameDay: true },
    reply: { workingDays: 2 },
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
    // "每月25日前": before the 25th, so the 24th is the last day (RULES.md reads it "before the 25th").
    // The report sums up the month before: a report on a month due before that month ends
    // could not count its last week.
    monthly: { monthOffset: 1, lastDay: 24 },
  },
});

/** A policy as functions take it: the complaint settings, or a whole preset that carries them. */
export type ComplaintPolicyInput = ComplaintPolicy | { readonly complaints: ComplaintPolicy };

/** The complaint settings of a policy input; the default when absent. @internal */
export function resolveComplaintPolicy(input: ComplaintPolicyInput | undefined): ComplaintPolicy {
  if (input === undefined) return SINO_OCEAN_2008_COMPLAINT_POLICY;
  return 'complaints' in input ? input.complaints : input;
}

const count = () => z.number().finite().min(0);
const positiveInt = () => z.number().int().min(1);

/** A threshold: `{ kind, value }` with a finite, non-negative value. */
export const ThresholdSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.enum(['at-least', 'more-than', 'at-most', 'less-than']),
    value: count(),
  }))();

/**
 * A deadline rule: exactly one of `sameDay: true`, `workingDays`, `days`, `weeks`,
 * `months`. One object with every unit optional and a check that exactly one is given,
 * so that a bad number is reported at its own path (`...reply.workingDays: too small`).
 */
export const DeadlineRuleSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      sameDay: z.literal(true).optional(),
      workingDays: z.number().int().min(0).max(366).optional(),
      days: z.number().int().min(1).max(3660).optional(),
      weeks: z.number().int().min(1).max(520).optional(),
      months: z.number().int().min(1).max(120).optional(),
    })
    .refine((rule) => Object.values(rule).filter((v) => v !== undefined).length === 1, {
      error: 'expected exactly one of sameDay: true, workingDays, days, weeks, months',
    }))();

/**
 * The complaint settings, validated: unknown keys, negative or non-finite numbers and
 * malformed rules are path-addressed errors.
 */
export const ComplaintPolicySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().min(1),
    severity: z.strictObject({
      majorCompensationPerHouseholdYuan: ThresholdSchema,
      majorSameIssueHouseholds: ThresholdSchema,
      majorGroupHouseholds: ThresholdSchema,
      hotRepeatComplainants: ThresholdSchema,
      hotRepeatWindowDays: positiveInt(),
      hotCollectiveComplainants: ThresholdSchema,
      hotStaleAfterDays: positiveInt(),
    }),
    routing: z.strictObject({ projectWindowMonths: positiveInt() }),
    deadlines: z.strictObject({
      form: DeadlineRuleSchema,
      reply: DeadlineRuleSchema,
      callback: DeadlineRuleSchema,
      close: DeadlineRuleSchema.nullable(),
      cutoff: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time HH:mm such as 17:30' })
        .nullable(),
    }),
    callback: z.strictObject({
      minimumRate: z.number().min(0).max(1).nullable(),
      callers: z.strictObject({
        crisis: z.enum(CALLBACK_CALLERS),
        major: z.enum(CALLBACK_CALLERS),
        hot: z.enum(CALLBACK_CALLERS),
        general: z.enum(CALLBACK_CALLERS),
      }),
      maxAttempts: positiveInt(),
    }),
    closure: z.strictObject({ lawsuitWithinMonths: positiveInt() }),
    reports: z.strictObject({
      weeklyDueWeekday: z.number().int().min(1).max(7).nullable(),
      monthly: z
        .strictObject({
          monthOffset: z.union([z.literal(0), z.literal(1)]),
          lastDay: z.union([z.number().int().min(1).max(31), z.literal('month-end')]),
        })
        .nullable(),
    }),
  }))();
