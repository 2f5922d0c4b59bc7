/**
 * The complaint record, as zod schemas: the boundary where data from files, forms and
 * other systems is checked before the decision functions trust it.
 *
 * @module
 */

import * as z from 'zod';
import { tryParseInstant } from '../calendar/days.js';
import { DayOrInstantStringSchema, InstantStringSchema } from '../calendar/schemas.js';
import { describePhoneProblem } from '../core/personal/describePhoneProblem.js';
import {
  CALLBACK_OUTCOMES,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  CRISIS_SIGNALS,
  RECORD_KINDS,
} from './types.js';

const id = () => z.string().min(1).max(200);

/**
 * A complaint record (投诉登记): who, about what, when and by which channel, with the
 * optional facts that routing, deadlines, severity and closure use.
 *
 * @rule CMP-CATEGORY
 * @rule CMP-CHANNEL
 * @rule CUS-FIELDS
 * @rule CUS-PHONE
 * @example
 * ```ts
 * ComplaintSchema.safeParse({
 *   id: 'C-1', projectId: 'P-1', householdId: 'H-101', complainantId: 'U-1', issue: 'roof-leak',
 *   category: 'engineering-quality', receivedAt: '2026-10-09T09:30:00+08:00', channel: 'hotline-400',
 * }).success; // true
 * ```
 */
export const ComplaintSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: id().describe('The complaint id'),
      projectId: id().describe('The project (楼盘/项目) the home belongs to'),
      householdId: id().describe('The household (户): one household counts once however often it complains'),
      complainantId: id().describe('The person complaining'),
      contactName: z
        .string()
        .max(100)
        .optional()
        .describe(
          'CUS-FIELDS: the name of the person to contact (personal information: masked in every output)',
        ),
      contactPhone: z
        .string()
        .superRefine((value, ctx) => {
          const text = describePhoneProblem(value);
          if (text !== undefined) ctx.addIssue({ code: 'custom', params: { text } });
        })
        .optional()
        .describe(
          'CUS-PHONE: the phone to call back on, as stored: a mobile number as 11 digits, or a landline as area code, hyphen, number; a valid one means contact information was left (hasContactInfo, when not given)',
        ),
      issue: id().describe('The key that makes two complaints "the same issue"'),
      category: z.enum(COMPLAINT_CATEGORIES).describe('CMP-CATEGORY: the content category'),
      kind: z
        .enum(RECORD_KINDS)
        .optional()
        .describe('complaint (default), suggestion (建议) or enquiry (咨询)'),
      receivedAt: InstantStringSchema.describe('When it was received: ISO 8601 with an offset'),
      channel: z.enum(COMPLAINT_CHANNELS).describe('CMP-CHANNEL: how it arrived'),
      summary: z.string().max(10_000).optional().describe('What the customer said'),
      compensationClaimed: z
        .number()
        .finite()
        .min(0)
        .optional()
        .describe('Compensation claimed per household, in yuan'),
      lawsuitFiled: z.boolean().optional(),
      mediaExposed: z.boolean().optional(),
      demandsReturnOrLargeCompensation: z.boolean().optional(),
      mayLeadToLawsuitOrMedia: z.boolean().optional(),
      collectiveComplainants: z.number().int().min(0).optional().describe('People in a collective complaint'),
      delayOnCompanySide: z.boolean().optional().describe('A delay in resolving it is on the company side'),
      crisisSignals: z.array(z.enum(CRISIS_SIGNALS)).optional(),
      centralizedDeliveryAt: DayOrInstantStringSchema.optional().describe(
        'The centralized delivery (集中交付) day',
      ),
      deliveredToOwnerOn: DayOrInstantStringSchema.optional().describe(
        "The day this owner's own home was delivered (交付业主); before it, the complaint is before delivery",
      ),
      inWarranty: z.boolean().optional(),
      involvesDeveloperCompensation: z.boolean().optional(),
      developerLegacyIssue: z.boolean().optional(),
      hasContactInfo: z
        .boolean()
        .optional()
        .describe(
          'Left contact information (default: true, and true when a contactPhone is given); without it no callback is owed',
        ),
      anonymous: z
        .boolean()
        .optional()
        .describe('The complainant left no name (default false): no callback is owed'),
      replyLetterOnly: z
        .boolean()
        .optional()
        .describe(
          'A higher authority asks only for a reply letter (上级部门只要求复函): no callback is owed',
        ),
      repliedAt: InstantStringSchema.optional(),
      handlingCompletedAt: InstantStringSchema.optional(),
      calledBackAt: InstantStringSchema.optional(),
      callbackOutcome: z.enum(CALLBACK_OUTCOMES).optional(),
      resolvedAt: InstantStringSchema.optional().describe('When it was resolved'),
      closedAt: InstantStringSchema.optional(),
    })
    .superRefine((c, ctx) => {
      // A complaint is handled after it is received: no later time comes before the receipt.
      const received = tryParseInstant(c.receivedAt);
      if (received === undefined) return;
      for (const k of [
        'repliedAt',
        'handlingCompletedAt',
        'calledBackAt',
        'resolvedAt',
        'closedAt',
      ] as const) {
        const v = c[k];
        const at = v === undefined ? undefined : tryParseInstant(v);
        if (at !== undefined && at < received) {
          ctx.addIssue({ code: 'custom', path: [k], input: v, params: { key: 'beforeReceipt' } });
        }
      }
    }))();

/** A complaint record (the output of {@link ComplaintSchema}). */
export type Complaint = z.infer<typeof ComplaintSchema>;
