/**
 * The repair order record, as a zod schema: the boundary where repair data from files,
 * forms and other systems is checked before the decision functions (and the coming
 * repair-order machine) trust it.
 *
 * @module
 */

import * as z from 'zod';
import { tryParseDayString, tryParseInstant } from '../calendar/days.js';
import { DayStringSchema, InstantStringSchema } from '../calendar/schemas.js';
import { HEATING_SEASON_CITIES } from './tables/heatingSeasons.js';
import { REPAIR_ORDER_FIELDS, type RepairOrderField } from './tables/repairOrderFields.js';
import {
  CONTRACTOR_FAILURES,
  DEFECT_CAUSES,
  HIDDEN_WORK_KINDS,
  SURVEY_PROBLEMS,
  WARRANTY_COMPONENT_IDS,
} from './types.js';

const id = () => z.string().min(1).max(200);
const d = (field: RepairOrderField, note?: string) =>
  `${REPAIR_ORDER_FIELDS[field].en} (${REPAIR_ORDER_FIELDS[field]['zh-CN']}, ${REPAIR_ORDER_FIELDS[field].rule})${note === undefined ? '' : `: ${note}`}`;

/** Pairs of fields that come in this order when both are present: [earlier, later]. */
const ORDER: readonly (readonly [RepairOrderField, RepairOrderField])[] = [
  ['completionAcceptedOn', 'deliveredOn'],
  ['receivedAt', 'planConfirmedAt'],
  ['receivedAt', 'repairStartedAt'],
  ['planConfirmedAt', 'repairStartedAt'],
  ['repairStartedAt', 'completedAt'],
  ['receivedAt', 'completedAt'],
  ['completedAt', 'acceptedAt'],
  ['completedAt', 'calledBackAt'],
  ['receivedAt', 'closedAt'],
  ['compensationPlanAgreedAt', 'compensationApprovedAt'],
  ['compensationApprovedAt', 'deductionNoticeAt'],
];

const timeOf = (value: unknown): number | undefined => {
  if (typeof value !== 'string') return undefined;
  if (value.length === 10) {
    const dn = tryParseDayString(value);
    return dn === undefined ? undefined : dn * 86_400_000;
  }
  return tryParseInstant(value);
};

/**
 * A repair order (维修任务记录表, and what the repair flow adds to it): the home, when and
 * what was reported, its classification, the facts of the on-site survey (`WAR-ONSITE`),
 * of the warranty clocks (`LAW-WARRANTY-*`) and of the contractor (`LAW-WARRANTY-REPLACE`:
 * structural safety, the agreed visit time, a failure and its replacement), the charges of a
 * paid repair (`WAR-APPOINT`), the steps of `WAR-FLOW` and of compensation (`WAR-COMP`).
 * Only the home, the order and its receipt are required: the rest arrives as the order
 * moves. Steps present out of order (completed before received, approved before the plan)
 * are errors at the later field. No personal data: the customer is the household.
 *
 * @rule WAR-FLOW
 * @rule WAR-ONSITE
 * @rule WAR-APPOINT
 * @rule WAR-CONTRACTOR
 * @rule WAR-COMP
 * @rule LAW-WARRANTY-REPLACE
 * @example
 * ```ts
 * RepairOrderSchema.safeParse({
 *   id: 'R-1', projectId: 'P-1', householdId: 'H-101', receivedAt: '2026-03-02T09:30:00+08:00',
 *   component: 'leakage', problem: 'leak', agreedVisitAt: '2026-03-03T09:00:00+08:00',
 * }).success; // true
 * ```
 */
export const RepairOrderSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: id().describe(d('id')),
      projectId: id().describe(d('projectId')),
      householdId: id().describe(d('householdId', 'one home; no personal data')),
      customerId: id()
        .optional()
        .describe(d('customerId', 'the customer record (CustomerSchema) by its id; no personal data')),
      receivedAt: InstantStringSchema.describe(d('receivedAt')),
      summary: z.string().max(10_000).optional().describe(d('summary')),
      component: z.enum(WARRANTY_COMPONENT_IDS).optional().describe(d('component')),
      problem: z.enum(SURVEY_PROBLEMS).optional().describe(d('problem')),
      deliveredOn: DayStringSchema.optional().describe(d('deliveredOn')),
      completionAcceptedOn: DayStringSchema.optional().describe(d('completionAcceptedOn')),
      centralizedDeliveryOn: DayStringSchema.optional().describe(d('centralizedDeliveryOn')),
      city: z.enum(HEATING_SEASON_CITIES).optional().describe(d('city')),
      inWarranty: z.boolean().optional().describe(d('inWarranty')),
      largeArea: z.boolean().optional().describe(d('largeArea')),
      previousRepairsAtSameLocation: z
        .number()
        .int()
        .min(0)
        .max(10_000)
        .optional()
        .describe(d('previousRepairsAtSameLocation')),
      responsibilityUnclear: z.boolean().optional().describe(d('responsibilityUnclear')),
      ownerRefusesHome: z.boolean().optional().describe(d('ownerRefusesHome')),
      structuralSafety: z.boolean().optional().describe(d('structuralSafety')),
      emergency: z.boolean().optional().describe(d('emergency')),
      authorityReportedAt: InstantStringSchema.optional().describe(d('authorityReportedAt')),
      contractorId: id().optional().describe(d('contractorId')),
      agreedVisitAt: InstantStringSchema.optional().describe(d('agreedVisitAt')),
      rescheduledTo: InstantStringSchema.optional().describe(d('rescheduledTo')),
      arrivedAt: InstantStringSchema.optional().describe(d('arrivedAt')),
      contractorFailure: z.enum(CONTRACTOR_FAILURES).optional().describe(d('contractorFailure')),
      thirdPartyId: id().optional().describe(d('thirdPartyId')),
      onSiteEvidenceRecorded: z.boolean().optional().describe(d('onSiteEvidenceRecorded')),
      penaltyNoticeIssuedAt: InstantStringSchema.optional().describe(d('penaltyNoticeIssuedAt')),
      cause: z.enum(DEFECT_CAUSES).optional().describe(d('cause')),
      chargesYuan: z.number().finite().min(0).optional().describe(d('chargesYuan')),
      chargesAcceptedAt: InstantStringSchema.optional().describe(d('chargesAcceptedAt')),
      planConfirmedAt: InstantStringSchema.optional().describe(d('planConfirmedAt')),
      hiddenWorks: z.array(z.enum(HIDDEN_WORK_KINDS)).max(5).optional().describe(d('hiddenWorks')),
      hiddenWorksInspectedAt: InstantStringSchema.optional().describe(d('hiddenWorksInspectedAt')),
      repairStartedAt: InstantStringSchema.optional().describe(d('repairStartedAt')),
      completedAt: InstantStringSchema.optional().describe(d('completedAt')),
      acceptedAt: InstantStringSchema.optional().describe(d('acceptedAt')),
      reworkCount: z.number().int().min(0).max(1000).optional().describe(d('reworkCount')),
      calledBackAt: InstantStringSchema.optional().describe(d('calledBackAt')),
      closedAt: InstantStringSchema.optional().describe(d('closedAt')),
      compensationYuan: z.number().finite().min(0).optional().describe(d('compensationYuan')),
      compensationPlanAgreedAt: InstantStringSchema.optional().describe(d('compensationPlanAgreedAt')),
      compensationApprovedAt: InstantStringSchema.optional().describe(d('compensationApprovedAt')),
      deductionNoticeAt: InstantStringSchema.optional().describe(d('deductionNoticeAt')),
    })
    .superRefine((order, ctx) => {
      const record = order as Record<string, unknown>;
      for (const [earlier, later] of ORDER) {
        const a = timeOf(record[earlier]);
        const b = timeOf(record[later]);
        if (a !== undefined && b !== undefined && b < a) {
          ctx.addIssue({
            code: 'custom',
            path: [later],
            params: { key: 'repairOrderOrder', earlier, later },
          });
        }
      }
    }))();

/** A repair order (the output of {@link RepairOrderSchema}). */
export type RepairOrder = z.infer<typeof RepairOrderSchema>;
