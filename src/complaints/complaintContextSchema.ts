/**
 * The complaint machine's context as a zod schema, for the restore of a stored snapshot
 * (issue 15: "a restored snapshot is checked whole"). Derived field by field from
 * `ComplaintMachineContext`, and held to it by a compile-time check both ways, so the two
 * cannot drift: a field added to the type and not here (or here and not there) fails the
 * build.
 *
 * @internal
 * @module
 */

import * as z from 'zod';
import { isRuleId } from '../core/rules.js';
import { CanonicalInstantSchema, StoredDeadlineSchema } from '../machine/instants.js';
import { CLOSURE_ROUTES } from './canCloseComplaint.js';
import type { ComplaintMachineContext } from './complaintMachineTypes.js';
import {
  CALLBACK_OUTCOMES,
  COMPLAINT_CATEGORIES,
  ESCALATION_GROUNDS,
  SERVICE_METHODS,
  SEVERITY_LEVELS,
} from './types.js';

const instant = () => CanonicalInstantSchema;
const maybeInstant = () => CanonicalInstantSchema.nullable();
const text = () => z.string().min(1).max(10_000);

/** A reason as stored: a rule id of the catalog, JSON facts, a message in both languages. */
const ReasonSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    rule: z.string().refine(isRuleId, { error: 'expected a rule id of the catalog' }),
    facts: z.record(z.string(), z.json()),
    message: z.strictObject({ 'zh-CN': text(), en: text() }),
  }))();

/** The stored context of the complaint machine, strict at every level. @internal */
export const ComplaintMachineContextSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    machineVersion: z.number().int(),
    policyId: z.string().min(1).max(200),
    id: z.string().min(1).max(200),
    category: z.enum(COMPLAINT_CATEGORIES),
    receivedAt: instant(),
    hasContactInfo: z.boolean(),
    anonymous: z.boolean(),
    replyLetterOnly: z.boolean(),
    callbackNeeded: z.boolean(),
    delayOnCompanySide: z.boolean(),
    department: z.string().min(1).max(200).nullable(),
    severity: z.strictObject({ level: z.enum(SEVERITY_LEVELS), majorGroup: z.boolean() }),
    staleAt: instant(),
    deadlines: z.strictObject({
      formBy: StoredDeadlineSchema.nullable(),
      replyBy: StoredDeadlineSchema,
      callbackBy: StoredDeadlineSchema.nullable(),
      closeBy: StoredDeadlineSchema.nullable(),
    }),
    overdue: z.strictObject({
      form: z.boolean(),
      reply: z.boolean(),
      callback: z.boolean(),
      close: z.boolean(),
      warning: z.boolean(),
      eventReport: z.boolean(),
    }),
    formCompletedAt: maybeInstant(),
    opinionGivenAt: maybeInstant(),
    resultGivenAt: maybeInstant(),
    replyGivenAt: maybeInstant(),
    handlingCompletedAt: maybeInstant(),
    resolvedAt: maybeInstant(),
    calledBackAt: maybeInstant(),
    lastCallbackOutcome: z.enum(CALLBACK_OUTCOMES).nullable(),
    callbackAttempts: z.number().int().min(0).max(1_000_000),
    rounds: z
      .array(
        z.strictObject({
          round: z.number().int().min(1),
          rule: z.enum(['CMP-FLOW', 'CMP-REOPEN']),
          handlingCompletedAt: instant(),
          callbackBy: StoredDeadlineSchema.nullable(),
          calledBackAt: maybeInstant(),
          outcome: z.enum(CALLBACK_OUTCOMES).nullable(),
          attempts: z.number().int().min(0).max(1_000_000),
          overdue: z.boolean(),
          reason: ReasonSchema,
        }),
      )
      .max(10_000),
    customerNeverAccepts: z.boolean(),
    beyondAuthorityOrCapacity: z.boolean(),
    warnings: z
      .array(
        z.strictObject({
          kind: z.literal('escalation-warning'),
          rule: z.literal('CMP-WARN'),
          raisedAt: instant(),
          grounds: z.array(z.enum(ESCALATION_GROUNDS)).max(ESCALATION_GROUNDS.length),
          dueAt: instant(),
          sentAt: maybeInstant(),
          reason: ReasonSchema,
        }),
      )
      .max(100),
    eventReports: z
      .array(
        z.strictObject({
          kind: z.literal('event-report'),
          rule: z.literal('CMP-WARN'),
          level: z.enum(['major', 'crisis']),
          majorGroup: z.boolean(),
          owedSince: instant(),
          dueAt: instant(),
          reportedAt: maybeInstant(),
          reason: ReasonSchema,
        }),
      )
      .max(100),
    closure: z
      .strictObject({
        via: z.enum(CLOSURE_ROUTES),
        at: instant(),
        servedVia: z.enum(SERVICE_METHODS).nullable(),
      })
      .nullable(),
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
type Parsed = z.output<typeof ComplaintMachineContextSchema>;
type Declared = Mutable<ComplaintMachineContext>;
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: SameShape<
  Omit<Parsed, 'rounds' | 'warnings' | 'eventReports'>,
  Omit<Declared, 'rounds' | 'warnings' | 'eventReports'>
> &
  SameShape<Omit<Parsed['rounds'][number], 'reason'>, Omit<Declared['rounds'][number], 'reason'>> &
  SameShape<Omit<Parsed['warnings'][number], 'reason'>, Omit<Declared['warnings'][number], 'reason'>> &
  SameShape<
    Omit<Parsed['eventReports'][number], 'reason'>,
    Omit<Declared['eventReports'][number], 'reason'>
  > = true;
void _sameShape;
