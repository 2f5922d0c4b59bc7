/**
 * The two delivery machines' contexts as zod schemas, for the restore of a stored snapshot
 * ("a restored snapshot is checked whole"). Derived field by field from the context types,
 * and held to them by a compile-time check both ways, so the two cannot drift.
 *
 * @internal
 * @module
 */

import * as z from 'zod';
import { isRuleId } from '../core/rules.js';
import { CanonicalInstantSchema, StoredDaySchema, StoredDeadlineSchema } from '../machine/instants.js';
import type { DeliveryBatchMachineContext } from './deliveryBatchMachineTypes.js';
import type { HouseholdDeliveryMachineContext } from './householdDeliveryMachineTypes.js';
import {
  DELIVERY_MILESTONES,
  DELIVERY_MODES,
  DELIVERY_REPAIR_DISCIPLINES,
  DELIVERY_ROLES,
  RISK_FINDING_STATUSES,
} from './types.js';

const instant = () => CanonicalInstantSchema;
const maybeInstant = () => CanonicalInstantSchema.nullable();
const text = (max: number) => z.string().min(1).max(max);
const ruleId = () => z.string().refine(isRuleId, { error: 'expected a rule id of the catalog' });

/** A reason as stored: a rule id of the catalog, JSON facts, a message in both languages. */
const ReasonSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    rule: ruleId(),
    facts: z.record(z.string(), z.json()),
    message: z.strictObject({ 'zh-CN': text(10_000), en: text(10_000) }),
  }))();

/** The stored context of the delivery batch machine, strict at every level. @internal */
export const DeliveryBatchContextSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    machineVersion: z.number().int(),
    policyId: text(200),
    batchId: text(200),
    deliveryOn: StoredDaySchema,
    firstDelivery: z.boolean(),
    preInspection: z.strictObject({ required: z.boolean(), reasons: z.array(ReasonSchema).max(20) }),
    createdAt: instant(),
    milestones: z
      .array(
        z.strictObject({
          id: z.enum(DELIVERY_MILESTONES),
          rule: ruleId(),
          role: z.enum(DELIVERY_ROLES),
          due: StoredDeadlineSchema,
          window: z.strictObject({ from: StoredDaySchema, to: StoredDaySchema }).nullable(),
          doneAt: maybeInstant(),
          overdue: z.boolean(),
        }),
      )
      .max(DELIVERY_MILESTONES.length),
    riskCheck: z
      .strictObject({
        assessedAt: instant(),
        ready: z.boolean(),
        blocking: z
          .array(
            z.strictObject({
              id: text(200),
              kind: z.enum(['item', 'class', 'duty']),
              status: z.enum(RISK_FINDING_STATUSES),
            }),
          )
          .max(10_000),
      })
      .nullable(),
    centralizedEndedOn: StoredDaySchema.nullable(),
    sporadicEndedAt: maybeInstant(),
    summarySubmittedAt: maybeInstant(),
    closedAt: maybeInstant(),
    lastEventAt: instant(),
    clockAt: instant(),
    nextDueAt: maybeInstant(),
  }))();

const RepairItemSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    discipline: z.enum(DELIVERY_REPAIR_DISCIPLINES),
    description: text(2000).nullable(),
    closedAt: maybeInstant(),
  }))();

/** The stored context of the household delivery machine, strict at every level. @internal */
export const HouseholdDeliveryContextSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    machineVersion: z.number().int(),
    policyId: text(200),
    householdId: text(200),
    deliveryOn: StoredDaySchema,
    eligible: z.boolean(),
    preInspection: z.strictObject({ required: z.boolean(), reasons: z.array(ReasonSchema).max(20) }),
    notifiedAt: instant(),
    mode: z.enum(DELIVERY_MODES).nullable(),
    preInspectedAt: maybeInstant(),
    preInspectionItems: z.array(RepairItemSchema).max(1000),
    firstInspectedAt: maybeInstant(),
    repairItems: z.array(RepairItemSchema).max(1000),
    keysRefusedAt: maybeInstant(),
    refusedReasons: z.array(text(500)).max(50),
    keysTakenAt: maybeInstant(),
    keysTakenAtFirstInspection: z.boolean().nullable(),
    repairsClosedAt: maybeInstant(),
    deliveredAt: maybeInstant(),
    deadlines: z.strictObject({ preInspectionRepairsBy: StoredDeadlineSchema.nullable() }),
    overdue: z.strictObject({ preInspectionRepairs: z.boolean() }),
    lastEventAt: instant(),
    clockAt: instant(),
    nextDueAt: maybeInstant(),
  }))();

// The schemas and the types describe the same contexts, field for field.
type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Batch = Mutable<DeliveryBatchMachineContext>;
type BatchParsed = z.output<typeof DeliveryBatchContextSchema>;
type Household = Mutable<HouseholdDeliveryMachineContext>;
type HouseholdParsed = z.output<typeof HouseholdDeliveryContextSchema>;
const _sameShape: SameShape<
  Omit<BatchParsed, 'preInspection' | 'milestones'>,
  Omit<Batch, 'preInspection' | 'milestones'>
> &
  SameShape<Omit<BatchParsed['milestones'][number], 'rule'>, Omit<Batch['milestones'][number], 'rule'>> &
  SameShape<Omit<HouseholdParsed, 'preInspection'>, Omit<Household, 'preInspection'>> = true;
void _sameShape;
