/**
 * The warranty settings that differ between the source rulebooks, and the default: the
 * Sino-Ocean 2008 rules (SOL 工程维保修管理), which the presets module names
 * `sinoOcean2008`. It lives here so that every warranty function can default to it
 * without importing presets.
 *
 * @module
 */

import * as z from 'zod';
import { deepFreeze } from '../core/deepFreeze.js';
import { moreThan, type Threshold } from '../core/thresholds.js';
import { checkPromiseAgainst1998 } from './checkPromise.js';
import type { WarrantyPromise } from './tables/components.js';
import { WARRANTY_COMPONENT_IDS, type WarrantyComponent } from './types.js';

/** A deadline counted after a repair's completion: working days, or a Civil Code period in days, weeks or months. */
export type RepairDeadlineRule =
  | { readonly workingDays: number }
  | { readonly days: number }
  | { readonly weeks: number }
  | { readonly months: number };

/** A monthly report's due day: the `lastDay`-th of the month `monthOffset` months after the period ('month-end' for its last day). */
export interface RepairReportRule {
  readonly monthOffset: 0 | 1;
  readonly lastDay: number | 'month-end';
}

/** The warranty settings of a policy. */
export interface WarrantyPolicy {
  /** The preset or company policy this is (for reasons and reports). */
  readonly id: string;
  /**
   * The developer's own warranty (住宅质量保证书) per component, counted from delivery
   * (`LAW-WARRANTY-BUYER`); never shorter than the 1998 minimum (checked when the policy is
   * made). Empty in the presets: the sources set none.
   */
  readonly promises: Readonly<Partial<Record<WarrantyComponent, WarrantyPromise>>>;
  /** `WAR-PHASE`: the centralized-delivery period and the break-in period, in months. */
  readonly phases: { readonly centralizedDeliveryMonths: number; readonly breakInMonths: number };
  /** `WAR-EXPIRY`: how long before a warranty's last day the owners, the contractor and the full inspection are due. */
  readonly notices: {
    readonly ownerMonthsBefore: number;
    readonly contractorDaysBefore: number;
    readonly fullInspectionMonthsBefore: number;
  };
  /** `WAR-STORM`: hours after a rainstorm or snow forecast within which the warning goes to the engineering head. */
  readonly stormWarningHours: number;
  /** Repair callbacks (`WAR-FLOW` step 8, `WAR-CALLBACK-GEN`): within how long of completion, and the rate asked for (`null`: none). */
  readonly callback: { readonly within: RepairDeadlineRule; readonly minimumRate: number | null };
  /** `WAR-APPOINT`: minutes after the agreed time past which a visit is late (不得超过预约时间10分钟: more than 10). */
  readonly appointment: { readonly lateAfterMinutes: Threshold };
  /** `WAR-REWARD`: the supplier repair-staff instant-reward fund per project and year, in yuan, and whether fines top it up. */
  readonly reward: { readonly annualFundYuan: number; readonly topUpWithFines: boolean };
  /** `WAR-RPT-MONTHLY`: when the monthly repair statistics are due, or `null`. */
  readonly reports: { readonly monthly: RepairReportRule | null };
}

/**
 * The Sino-Ocean 2008 warranty rules (SOL 工程维保修管理), the library's default: the
 * centralized-delivery period 3 months and the break-in period 1 year after delivery;
 * owners told a month before expiry, the contractor 30 days before, a full inspection 3
 * months before; the storm warning within 2 hours; the callback within 5 working days of
 * completion (no rate set); the 20,000-yuan reward fund topped up by fines; the monthly
 * statistics before the 25th of the following month. The 10-minute visit rule is
 * borrowed from generic (GEN 报修服务规程 3.2): SOL sets none.
 *
 * @rule WAR-PHASE
 * @rule WAR-EXPIRY
 * @rule WAR-STORM
 * @rule WAR-FLOW
 * @rule WAR-REWARD
 * @rule WAR-APPOINT
 * @rule WAR-RPT-MONTHLY
 */
export const SINO_OCEAN_2008_WARRANTY_POLICY: WarrantyPolicy = deepFreeze({
  id: 'sinoOcean2008',
  promises: {},
  phases: { centralizedDeliveryMonths: 3, breakInMonths: 12 },
  notices: { ownerMonthsBefore: 1, contractorDaysBefore: 30, fullInspectionMonthsBefore: 3 },
  stormWarningHours: 2,
  callback: { within: { workingDays: 5 }, minimumRate: null },
  appointment: { lateAfterMinutes: moreThan(10) },
  reward: { annualFundYuan: 20_000, topUpWithFines: true },
  // "每月25日前" read as the complaint report reads it: the month before, by the 24th.
  reports: { monthly: { monthOffset: 1, lastDay: 24 } },
});

/** A policy as functions take it: the warranty settings, or a whole preset that carries them. */
export type WarrantyPolicyInput = WarrantyPolicy | { readonly warranty: WarrantyPolicy };

/** The warranty settings of a policy input; the default when absent. @internal */
export function resolveWarrantyPolicy(input: WarrantyPolicyInput | undefined): WarrantyPolicy {
  if (input === undefined) return SINO_OCEAN_2008_WARRANTY_POLICY;
  return 'warranty' in input ? input.warranty : input;
}

const positiveInt = (max: number) => z.number().int().min(1).max(max);

/** A warranty length: exactly one of `years`, `months`, `seasons`, a whole number from 1. */
export const WarrantyPromiseSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      years: positiveInt(200).optional(),
      months: positiveInt(2400).optional(),
      seasons: positiveInt(200).optional(),
    })
    .refine((p) => Object.values(p).filter((v) => v !== undefined).length === 1, {
      error: 'expected exactly one of years, months, seasons',
    }))();

const RepairDeadlineRuleSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      workingDays: positiveInt(366).optional(),
      days: positiveInt(3660).optional(),
      weeks: positiveInt(520).optional(),
      months: positiveInt(120).optional(),
    })
    .refine((r) => Object.values(r).filter((v) => v !== undefined).length === 1, {
      error: 'expected exactly one of workingDays, days, weeks, months',
    }))();

/**
 * The warranty settings, validated: unknown keys and bad numbers are path-addressed
 * errors, and a promise shorter than its component's 1998 minimum is an error at
 * `promises.<component>` naming the component.
 */
export const WarrantyPolicySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().min(1),
    promises: z
      .partialRecord(z.enum(WARRANTY_COMPONENT_IDS), WarrantyPromiseSchema)
      .superRefine((promises, ctx) => {
        for (const [component, promise] of Object.entries(promises)) {
          const units = Object.entries(promise ?? {}).filter(([, n]) => n !== undefined);
          if (units.length !== 1) continue; // reported by the length's own check
          const length = Object.fromEntries(units) as WarrantyPromise;
          const problem = checkPromiseAgainst1998(component as WarrantyComponent, length);
          if (problem !== null) ctx.addIssue({ code: 'custom', path: [component], message: problem.en });
        }
      }),
    phases: z.strictObject({ centralizedDeliveryMonths: positiveInt(120), breakInMonths: positiveInt(120) }),
    notices: z.strictObject({
      ownerMonthsBefore: positiveInt(120),
      contractorDaysBefore: positiveInt(3660),
      fullInspectionMonthsBefore: positiveInt(120),
    }),
    stormWarningHours: z.number().finite().positive().max(240),
    callback: z.strictObject({
      within: RepairDeadlineRuleSchema,
      minimumRate: z.number().min(0).max(1).nullable(),
    }),
    appointment: z.strictObject({
      lateAfterMinutes: z.strictObject({
        kind: z.enum(['at-least', 'more-than', 'at-most', 'less-than']),
        value: z.number().finite().min(0).max(1440),
      }),
    }),
    reward: z.strictObject({
      annualFundYuan: z.number().finite().min(0),
      topUpWithFines: z.boolean(),
    }),
    reports: z.strictObject({
      monthly: z
        .strictObject({
          monthOffset: z.union([z.literal(0), z.literal(1)]),
          lastDay: z.union([z.number().int().min(1).max(31), z.literal('month-end')]),
        })
        .nullable(),
    }),
  }))();
