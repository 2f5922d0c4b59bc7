/**
 * The delivery settings as a zod schema, for `PolicySchema` and company policies.
 *
 * @module
 */

import * as z from 'zod';
import { DELIVERY_MILESTONES, type DeliveryBeforeMilestoneId, HQ_CHECK_DEPARTMENTS } from './types.js';

const positive = () => z.number().int().min(0).max(1200);

/** A period counted back: whole days, weeks, months or years, at least one positive. */
/** @internal */
export const PeriodLengthSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      days: positive().optional(),
      weeks: positive().optional(),
      months: positive().optional(),
      years: z.number().int().min(0).max(100).optional(),
    })
    .refine((p) => Object.values(p).some((v) => v !== undefined && v > 0), {
      error: 'expected at least one of days, weeks, months, years to be positive',
    }))();

/** A citation: its basis and source. */
/** @internal */
export const CitationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    basis: z.enum(['source', 'borrowed', 'library-default', 'company']),
    source: z.string().min(1).max(500),
    note: z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) }).optional(),
  }))();

const beforeRule = () => z.strictObject({ before: PeriodLengthSchema, cite: CitationSchema });

/**
 * The delivery settings, validated: unknown keys, a period with no positive unit, a call
 * window that ends before it starts and unknown HQ departments are path-addressed errors.
 */
export const DeliveryPolicySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().min(1),
    milestones: z.strictObject(
      Object.fromEntries(
        DELIVERY_MILESTONES.filter((m) => m !== 'owner-calls' && m !== 'delivery-summary').map((m) => [
          m,
          beforeRule(),
        ]),
      ) as Record<DeliveryBeforeMilestoneId, ReturnType<typeof beforeRule>>,
    ),
    ownerCalls: z
      .strictObject({
        fromDay: z.number().int().min(1).max(60),
        toDay: z.number().int().min(1).max(60),
        counting: z.enum(['calendar-days', 'working-days']),
        cite: CitationSchema,
      })
      .refine((w) => w.toDay >= w.fromDay, { error: 'toDay must not be before fromDay', path: ['toDay'] }),
    rehearsals: z.strictObject({ minimum: z.number().int().min(0).max(20), cite: CitationSchema }),
    summary: z.strictObject({ workingDays: z.number().int().min(0).max(60), cite: CitationSchema }),
    preInspection: z.strictObject({
      scope: z.enum(['all', 'none', 'listed-regions']),
      regions: z.array(
        z.strictObject({
          id: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'expected a lowercase id such as beijing' }),
          'zh-CN': z.string().min(1),
          en: z.string().min(1),
        }),
      ),
      cite: CitationSchema,
    }),
    riskCheck: z.strictObject({
      jointCheckDepartments: z.array(z.enum(HQ_CHECK_DEPARTMENTS)).min(1),
      cite: CitationSchema,
    }),
    opening: z.strictObject({
      preparationMeeting: beforeRule(),
      preparationMeetingBefore: z.enum(['risk-assessment', 'opening']),
      weeklyReportEveryDays: z.number().int().min(1).max(31),
      cite: CitationSchema,
    }),
  }))();
