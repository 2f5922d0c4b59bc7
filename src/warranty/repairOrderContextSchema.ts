/**
 * The repair-order machine's context as a zod schema, for the restore of a stored
 * snapshot. Derived field by field from `RepairOrderMachineContext`, and held to it by a
 * compile-time check both ways, so the two cannot drift.
 *
 * @internal
 * @module
 */

import * as z from 'zod';
import { isRuleId } from '../core/rules.js';
import { CanonicalInstantSchema, StoredDeadlineSchema } from '../machine/instants.js';
import type { RepairOrderMachineContext } from './repairOrderMachineTypes.js';
import {
  COMPENSATION_STEPS,
  CONTRACTOR_FAILURES,
  HIDDEN_WORK_KINDS,
  REPAIR_URGENCIES,
  SURVEY_PROBLEMS,
  WARRANTY_COMPONENT_IDS,
} from './types.js';

const instant = () => CanonicalInstantSchema;
const maybeInstant = () => CanonicalInstantSchema.nullable();
const text = () => z.string().min(1).max(10_000);
const id = () => z.string().min(1).max(200);
const yuan = () => z.number().finite().min(0).max(1e12);

/** A reason as stored: a rule id of the catalog, JSON facts, a message in both languages. */
const ReasonSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    rule: z.string().refine(isRuleId, { error: 'expected a rule id of the catalog' }),
    facts: z.record(z.string(), z.json()),
    message: z.strictObject({ 'zh-CN': text(), en: text() }),
  }))();

/** The stored context of the repair-order machine, strict at every level. @internal */
export const RepairOrderMachineContextSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    machineVersion: z.number().int(),
    policyId: id(),
    id: id(),
    receivedAt: instant(),
    classification: z
      .strictObject({
        component: z.enum(WARRANTY_COMPONENT_IDS),
        problem: z.enum(SURVEY_PROBLEMS),
        inWarranty: z.boolean(),
        urgency: z.enum(REPAIR_URGENCIES),
      })
      .nullable(),
    survey: z
      .strictObject({
        required: z.boolean(),
        reasons: z.array(ReasonSchema).min(1).max(20),
        surveyedAt: maybeInstant(),
      })
      .nullable(),
    authorityReport: z
      .strictObject({ owedSince: instant(), reportedAt: maybeInstant(), reason: ReasonSchema })
      .nullable(),
    planConfirmedAt: maybeInstant(),
    charges: z.strictObject({ amountYuan: yuan(), acceptedAt: instant() }).nullable(),
    paid: z.boolean().nullable(),
    repairStartedAt: maybeInstant(),
    hiddenWorks: z.array(z.enum(HIDDEN_WORK_KINDS)).max(HIDDEN_WORK_KINDS.length),
    hiddenWorksInspectedAt: maybeInstant(),
    completedAt: maybeInstant(),
    reworks: z.number().int().min(0).max(1_000_000),
    acceptedAt: maybeInstant(),
    callbackBy: StoredDeadlineSchema.nullable(),
    calledBackAt: maybeInstant(),
    visit: z
      .strictObject({
        agreedAt: instant(),
        rescheduledTo: maybeInstant(),
        lateFrom: instant(),
        arrivedAt: maybeInstant(),
        minutesLate: z.number().finite().nullable(),
        late: z.boolean().nullable(),
      })
      .nullable(),
    lateVisits: z.number().int().min(0).max(1_000_000),
    replacement: z
      .strictObject({
        failure: z.enum(CONTRACTOR_FAILURES),
        thirdPartyId: id(),
        replacedAt: instant(),
        costBorneBy: z.literal('contractor'),
        evidenceRecordedAt: maybeInstant(),
        penaltyNoticeAt: maybeInstant(),
        outstanding: z.array(z.enum(['on-site-evidence', 'penalty-notice'])).max(2),
      })
      .nullable(),
    compensation: z
      .strictObject({
        amountYuan: yuan(),
        planAgreedAt: instant(),
        approvedAt: maybeInstant(),
        deductionNoticeAt: maybeInstant(),
        step: z.enum(COMPENSATION_STEPS),
      })
      .nullable(),
    refusal: z
      .strictObject({ event: id(), at: instant(), reasons: z.array(ReasonSchema).min(1).max(20) })
      .nullable(),
    overdue: z.strictObject({ visit: z.boolean(), callback: z.boolean() }),
    closedAt: maybeInstant(),
    lastEventAt: instant(),
    clockAt: instant(),
    nextDueAt: maybeInstant(),
  }))();

// The schema and the type describe the same context, field for field.
type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;
type Parsed = z.output<typeof RepairOrderMachineContextSchema>;
type Declared = Mutable<RepairOrderMachineContext>;
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type WithoutReasons = 'survey' | 'authorityReport' | 'refusal';
const _sameShape: SameShape<Omit<Parsed, WithoutReasons>, Omit<Declared, WithoutReasons>> &
  SameShape<
    Omit<NonNullable<Parsed['survey']>, 'reasons'>,
    Omit<NonNullable<Declared['survey']>, 'reasons'>
  > &
  SameShape<
    Omit<NonNullable<Parsed['authorityReport']>, 'reason'>,
    Omit<NonNullable<Declared['authorityReport']>, 'reason'>
  > &
  SameShape<
    Omit<NonNullable<Parsed['refusal']>, 'reasons'>,
    Omit<NonNullable<Declared['refusal']>, 'reasons'>
  > = true;
void _sameShape;
