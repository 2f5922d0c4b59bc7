/**
 * The defect machine's context as a zod schema, for the restore of a stored snapshot.
 * Derived field by field from `DefectMachineContext`, and held to it by a compile-time
 * check both ways, so the two cannot drift.
 *
 * @internal
 * @module
 */

import * as z from 'zod';
import { CanonicalInstantSchema, StoredDeadlineSchema } from '../machine/instants.js';
import type { DefectMachineContext } from './defectMachineTypes.js';
import { DEFECT_GRADES, DEFECT_SOURCES, FEASIBILITY_FACTORS } from './types.js';

const instant = () => CanonicalInstantSchema;
const maybeInstant = () => CanonicalInstantSchema.nullable();
const stated = () => z.string().min(1).max(2000).nullable();

/** The stored context of the defect machine, strict at every level. @internal */
export const DefectMachineContextSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    machineVersion: z.number().int(),
    policyId: z.string().min(1).max(200),
    id: z.string().min(1).max(200),
    source: z.enum(DEFECT_SOURCES),
    major: z.boolean(),
    reportedAt: instant(),
    contactFormAt: maybeInstant(),
    hqReport: z
      .strictObject({ reportTo: z.literal('hq-customer-relations'), reportedAt: instant() })
      .nullable(),
    decision: z
      .strictObject({
        decidedAt: instant(),
        grade: z.enum(DEFECT_GRADES),
        decidedBy: z
          .array(z.enum(['needsRectification', ...FEASIBILITY_FACTORS]))
          .min(1)
          .max(4),
        failedFactors: z.array(z.enum(FEASIBILITY_FACTORS)).max(3),
      })
      .nullable(),
    plannedAt: maybeInstant(),
    deadlines: z.strictObject({ planDue: StoredDeadlineSchema.nullable() }),
    carriedOutAt: maybeInstant(),
    acceptedAt: maybeInstant(),
    verifiedAt: maybeInstant(),
    planCompletedAt: maybeInstant(),
    confirmationFiledAt: maybeInstant(),
    missedReason: stated(),
    missExplainedAt: maybeInstant(),
    reviewEvaluation: stated(),
    missEvaluatedAt: maybeInstant(),
    trackingOutcome: z.enum(['on-plan', 'missed']).nullable(),
    closedAt: maybeInstant(),
    overdue: z.strictObject({ plan: z.boolean() }),
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
type Parsed = z.output<typeof DefectMachineContextSchema>;
type Declared = Mutable<DefectMachineContext>;
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: SameShape<Parsed, Declared> = true;
void _sameShape;
