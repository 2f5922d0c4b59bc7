/**
 * The delivery records as zod schemas: a household's handover (for the summary KPIs and,
 * next, the household machine), the delivery risk check and the sales-opening risk check.
 * The boundary where data from files, forms and other systems is checked before the
 * decision functions trust it.
 *
 * @module
 */

import * as z from 'zod';
import { DayStringSchema } from '../calendar/schemas.js';
import {
  DELIVERY_MODES,
  DELIVERY_REPAIR_DISCIPLINES,
  HQ_CHECK_DEPARTMENTS,
  OPENING_ASPECTS,
  OPENING_REPORT_CADENCES,
  RISK_CHECK_CLASSES,
  RISK_DISPOSITION_KINDS,
  RISK_ITEM_RESULTS,
} from './types.js';

const id = () => z.string().min(1).max(200);
const text = (max: number) => z.string().min(1).max(max);
/** A custom issue the delivery error map words in both languages. */
const issue = (key: string, path: (string | number)[]) => ({
  code: 'custom' as const,
  path,
  params: { key },
});

/**
 * One repair item found at the handover inspection (验房问题): its discipline, what it is,
 * and when it was closed.
 *
 * @rule DLV-SUMMARY
 */
export const HouseholdRepairItemSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    discipline: z
      .enum(DELIVERY_REPAIR_DISCIPLINES)
      .describe('DLV-SUMMARY: the discipline (专业) of the item'),
    description: text(2000).optional().describe('What was found'),
    closedOn: DayStringSchema.optional().describe('The day the repair was closed'),
  }))();

/**
 * A household's delivery record (户交付记录): eligibility, the first inspection, whether the
 * keys were taken there (收楼) or refused and why, the repair items by discipline. It feeds
 * `computeDeliveryKpis`, and holds what the household machine will start from.
 *
 * @rule DLV-SUMMARY
 * @rule DLV-MODE
 * @example
 * ```ts
 * HouseholdDeliverySchema.safeParse({
 *   householdId: 'B3-1201', eligible: true, firstInspectedOn: '2026-10-12',
 *   keysTakenAtFirstInspection: true, keysTakenOn: '2026-10-12', repairItems: [{ discipline: 'plumbing' }],
 * }).success; // true
 * ```
 */
export const HouseholdDeliverySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      householdId: id().describe('The household (户), e.g. a building-unit-room number'),
      customerId: id()
        .optional()
        .describe("CUS-FIELDS: the owner's customer record (CustomerSchema) by its id; no personal data"),
      eligible: z
        .boolean()
        .describe('Eligible to take the home (具备入住资格): counts in the take-over rate'),
      mode: z
        .enum(DELIVERY_MODES)
        .optional()
        .describe('DLV-MODE: centralized (集中交付) or sporadic (零星交付)'),
      notifiedOn: DayStringSchema.optional().describe(
        'The day the owner was notified (phoned) of the delivery',
      ),
      preInspectedOn: DayStringSchema.optional().describe(
        "The owners' pre-inspection day (业主预验收), where held",
      ),
      firstInspectedOn: DayStringSchema.optional().describe(
        'The first handover inspection (首次验房); absent: not inspected',
      ),
      keysTakenAtFirstInspection: z
        .boolean()
        .optional()
        .describe('Took the keys at the first inspection (一次交付成功)'),
      keysTakenOn: DayStringSchema.optional().describe('The day the keys were taken (收楼)'),
      refusedReasons: z
        .array(text(500))
        .max(50)
        .optional()
        .describe('Why the keys were refused at the first inspection (拒收原因)'),
      repairItems: z
        .array(HouseholdRepairItemSchema)
        .max(1000)
        .describe('The repair items found at the handover inspection'),
      repairsClosedOn: DayStringSchema.optional().describe('The day every repair item was closed'),
    })
    .superRefine((h, ctx) => {
      const inspected = h.firstInspectedOn !== undefined;
      if (h.keysTakenAtFirstInspection !== undefined && !inspected)
        ctx.addIssue(issue('firstInspectionNeeded', ['firstInspectedOn']));
      if (h.keysTakenAtFirstInspection === true && h.keysTakenOn === undefined)
        ctx.addIssue(issue('keysDayNeeded', ['keysTakenOn']));
      if (
        h.keysTakenOn !== undefined &&
        h.firstInspectedOn !== undefined &&
        h.keysTakenOn < h.firstInspectedOn
      )
        ctx.addIssue(issue('keysBeforeInspection', ['keysTakenOn']));
      if (h.keysTakenOn !== undefined && !h.eligible) ctx.addIssue(issue('keysNotEligible', ['keysTakenOn']));
      if (h.keysTakenAtFirstInspection === true && (h.refusedReasons?.length ?? 0) > 0)
        ctx.addIssue(issue('refusedButTaken', ['refusedReasons']));
      if (h.repairItems.length > 0 && !inspected)
        ctx.addIssue(issue('itemsWithoutInspection', ['repairItems']));
      h.repairItems.forEach((item, i) => {
        if (
          item.closedOn !== undefined &&
          h.firstInspectedOn !== undefined &&
          item.closedOn < h.firstInspectedOn
        )
          ctx.addIssue(issue('closedBeforeInspection', ['repairItems', i, 'closedOn']));
      });
      if (
        h.repairsClosedOn !== undefined &&
        h.firstInspectedOn !== undefined &&
        h.repairsClosedOn < h.firstInspectedOn
      )
        ctx.addIssue(issue('closedBeforeInspection', ['repairsClosedOn']));
    }))();

/** A household's delivery record (the output of {@link HouseholdDeliverySchema}). */
export type HouseholdDelivery = z.infer<typeof HouseholdDeliverySchema>;

/**
 * What was done about a failed checklist item, and on which day (`DLV-RISK-HQ`).
 *
 * @rule DLV-RISK-HQ
 */
export const RiskDispositionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z
      .enum(RISK_DISPOSITION_KINDS)
      .describe('rectified (已整改), contingency-plan (预案报本部备案), customer-explanation (对客说辞)'),
    on: DayStringSchema.describe('The day it was rectified, filed or prepared'),
    note: text(2000).optional(),
  }))();

/**
 * One item of the delivery risk checklist (《交付风险检查工作一览表》).
 *
 * @rule DLV-RISK-SCOPE
 */
export const RiskCheckItemSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: id().describe('The item id, unique in the check'),
    class: z.enum(RISK_CHECK_CLASSES).describe('DLV-RISK-SCOPE: one of the four classes'),
    description: text(2000).optional(),
    result: z.enum(RISK_ITEM_RESULTS).describe('passed, failed or not-checked'),
    major: z
      .boolean()
      .optional()
      .describe('A major risk such as late delivery (重大风险): needs a contingency plan'),
    dispositions: z.array(RiskDispositionSchema).max(20).optional(),
  }))();

/**
 * A delivery risk check (交付风险检查) of a batch: the team, the self-check, the report to HQ,
 * the HQ check and the checklist items in the four classes.
 *
 * @rule DLV-RISK-SCOPE
 * @rule DLV-RISK-TEAM
 * @rule DLV-RISK-REPORT
 * @rule DLV-RISK-HQ
 * @example
 * ```ts
 * DeliveryRiskCheckSchema.safeParse({
 *   projectId: 'P-1', deliveryOn: '2026-10-12', firstDelivery: false,
 *   items: [{ id: 'R-1', class: 'engineering-quality', result: 'passed' }],
 * }).success; // true
 * ```
 */
export const DeliveryRiskCheckSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      projectId: id().describe('The project (项目)'),
      batch: text(200).optional().describe('The batch (批次) delivered'),
      deliveryOn: DayStringSchema.optional().describe('The delivery day of the batch'),
      firstDelivery: z.boolean().describe("A subsidiary's first delivery: the joint HQ check is required"),
      teamFormedOn: DayStringSchema.optional().describe(
        'DLV-RISK-TEAM: the day the risk-check team was formed',
      ),
      selfCheckCompletedOn: DayStringSchema.optional().describe('DLV-RISK-REPORT: the self-check completed'),
      reportSubmittedOn: DayStringSchema.optional().describe(
        'DLV-RISK-REPORT: the self-assessment report reached HQ customer relations',
      ),
      hqCheck: z
        .strictObject({
          checkedOn: DayStringSchema.describe('The day HQ checked'),
          departments: z
            .array(z.enum(HQ_CHECK_DEPARTMENTS))
            .max(HQ_CHECK_DEPARTMENTS.length)
            .describe('The HQ departments that took part'),
        })
        .optional()
        .describe('DLV-RISK-HQ: the HQ check'),
      items: z.array(RiskCheckItemSchema).max(5000).describe('The checklist items'),
    })
    .superRefine((c, ctx) => {
      const seen = new Set<string>();
      c.items.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue(issue('duplicateId', ['items', i, 'id']));
        seen.add(item.id);
      });
      const deps = c.hqCheck?.departments ?? [];
      if (new Set(deps).size !== deps.length)
        ctx.addIssue(issue('duplicateDepartment', ['hqCheck', 'departments']));
    }))();

/** A delivery risk check (the output of {@link DeliveryRiskCheckSchema}). */
export type DeliveryRiskCheck = z.infer<typeof DeliveryRiskCheckSchema>;

/**
 * One finding of a sales-opening risk check: its aspect, when it was found and closed.
 *
 * @rule DLV-OPENING
 */
export const OpeningFindingSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: id(),
    aspect: z.enum(OPENING_ASPECTS).describe('DLV-OPENING: one of the five aspects'),
    description: text(2000).optional(),
    foundOn: DayStringSchema,
    closedOn: DayStringSchema.optional().describe('Absent: still open'),
  }))();

/**
 * A sales-opening risk check (开盘风险检查): whether it is a new company's new project's first
 * opening, the aspects checked, the preparation meeting, the findings and the reports.
 *
 * @rule DLV-OPENING
 * @example
 * ```ts
 * OpeningRiskCheckSchema.safeParse({
 *   projectId: 'P-9', newCompany: true, newProject: true, firstOpening: true, reportingCadence: 'weekly',
 *   aspectsChecked: ['sales-contracts'], findings: [],
 * }).success; // true
 * ```
 */
export const OpeningRiskCheckSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      projectId: id(),
      newCompany: z.boolean().describe('A new company (新公司)'),
      newProject: z.boolean().describe('A new project (新项目)'),
      firstOpening: z.boolean().describe('Its first opening (首次开盘)'),
      openingOn: DayStringSchema.optional().describe('The opening day'),
      assessmentStartsOn: DayStringSchema.optional().describe('The day the risk assessment starts'),
      preparationMeetingOn: DayStringSchema.optional().describe('The preparation meeting (准备会)'),
      reportingCadence: z.enum(OPENING_REPORT_CADENCES).describe('weekly (周报) or daily (日报)'),
      aspectsChecked: z.array(z.enum(OPENING_ASPECTS)).max(OPENING_ASPECTS.length),
      findings: z.array(OpeningFindingSchema).max(5000),
      reportsSubmittedOn: z
        .array(DayStringSchema)
        .max(2000)
        .optional()
        .describe('The days reports were sent'),
    })
    .superRefine((c, ctx) => {
      const seen = new Set<string>();
      c.findings.forEach((f, i) => {
        if (seen.has(f.id)) ctx.addIssue(issue('duplicateId', ['findings', i, 'id']));
        seen.add(f.id);
        if (f.closedOn !== undefined && f.closedOn < f.foundOn)
          ctx.addIssue(issue('closedBeforeFound', ['findings', i, 'closedOn']));
      });
      if (new Set(c.aspectsChecked).size !== c.aspectsChecked.length)
        ctx.addIssue(issue('duplicateAspect', ['aspectsChecked']));
    }))();

/** A sales-opening risk check (the output of {@link OpeningRiskCheckSchema}). */
export type OpeningRiskCheck = z.infer<typeof OpeningRiskCheckSchema>;
