/**
 * The complaint settings as zod schemas, and the one place a function turns its `policy`
 * option into complaint settings it can trust: validated the first time an object is
 * seen, then remembered (a `WeakSet`), so a hot loop pays one lookup.
 *
 * @module
 */

import * as z from 'zod';
import { createZodErrorMap } from '../calendar/zodErrorMap.js';
import { describeType } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { SETTING_SOURCE_KINDS } from '../core/settingSource.js';
import {
  COMPLAINT_SETTING_KEYS,
  type ComplaintPolicy,
  type ComplaintPolicyInput,
  SINO_OCEAN_2008_COMPLAINT_POLICY,
} from './policy.js';
import { CALLBACK_CALLERS, MAJOR_GROUP_READINGS, REPLY_MILESTONES } from './types.js';

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

const text = () => z.string().min(1).max(500);
const note = () => z.strictObject({ 'zh-CN': text(), en: text() }).optional();

/** Where a setting comes from (DESIGN convention 14): `{ kind: 'source', section }`, `borrowed`, `library-default`, `company`. */
export const SettingSourceSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal(SETTING_SOURCE_KINDS[0]), section: text(), note: note() }),
    z.strictObject({ kind: z.literal(SETTING_SOURCE_KINDS[1]), from: text(), section: text(), note: note() }),
    z.strictObject({
      kind: z.literal(SETTING_SOURCE_KINDS[2]),
      note: z.strictObject({ 'zh-CN': text(), en: text() }),
    }),
    z.strictObject({ kind: z.literal(SETTING_SOURCE_KINDS[3]), policy: text(), note: note() }),
  ]))();

/**
 * The complaint settings, validated: unknown keys, negative or non-finite numbers,
 * malformed rules and a missing source are path-addressed errors.
 */
export const ComplaintPolicySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().min(1).max(200),
    severity: z.strictObject({
      majorCompensationPerHouseholdYuan: ThresholdSchema,
      majorSameIssueHouseholds: ThresholdSchema,
      majorGroupHouseholds: ThresholdSchema,
      majorGroupReading: z.enum(MAJOR_GROUP_READINGS),
      majorGroupWindowHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 366),
      hotRepeatComplainants: ThresholdSchema,
      hotRepeatWindowDays: positiveInt(),
      hotCollectiveComplainants: ThresholdSchema,
      hotStaleAfterDays: positiveInt(),
    }),
    escalation: z.strictObject({
      warningShareOfMajorGroup: z.number().gt(0).max(1),
      warningWithinHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 366),
      eventReportWithinHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 366),
    }),
    routing: z.discriminatedUnion('scheme', [
      z.strictObject({ scheme: z.literal('delivery-window'), projectWindowMonths: positiveInt().max(120) }),
      z.strictObject({ scheme: z.literal('handover') }),
    ]),
    deadlines: z.strictObject({
      form: DeadlineRuleSchema.nullable(),
      reply: DeadlineRuleSchema,
      replyMetBy: z.enum(REPLY_MILESTONES),
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
      maxAttempts: positiveInt().max(100),
    }),
    closure: z.strictObject({ lawsuitWithinMonths: positiveInt().max(120) }),
    reports: z.strictObject({
      weeklyDueWeekday: z.number().int().min(1).max(7).nullable(),
      monthly: z
        .strictObject({
          monthOffset: z.union([z.literal(0), z.literal(1)]),
          lastDay: z.union([z.number().int().min(1).max(31), z.literal('month-end')]),
        })
        .nullable(),
    }),
    sources: z.strictObject(
      Object.fromEntries(COMPLAINT_SETTING_KEYS.map((k) => [k, SettingSourceSchema])) as Record<
        (typeof COMPLAINT_SETTING_KEYS)[number],
        typeof SettingSourceSchema
      >,
    ),
  }))();

/** Complaint settings already validated (by identity). */
const trusted = new WeakSet<object>([SINO_OCEAN_2008_COMPLAINT_POLICY]);
/** Whole policies already resolved, and their complaint settings. */
const slices = new WeakMap<object, ComplaintPolicy>();

/** Marks settings validated elsewhere (a preset, `createPolicy`'s output) as trusted. @internal */
export function trustComplaintPolicy(policy: ComplaintPolicy): void {
  trusted.add(policy);
}

/**
 * The complaint settings of a `policy` option; the default when absent. An object seen
 * for the first time is validated whole, so a hand-made or damaged policy is an
 * `InvalidArgumentError` (code `INVALID_POLICY`) at `options.policy...`, never a plain
 * `TypeError` later.
 *
 * @internal
 */
export function resolveComplaintPolicy(
  input: ComplaintPolicyInput | undefined,
  at?: readonly (string | number)[],
): ComplaintPolicy {
  if (input === undefined) return SINO_OCEAN_2008_COMPLAINT_POLICY;
  if (trusted.has(input)) return input as ComplaintPolicy;
  const known = slices.get(input);
  if (known !== undefined) return known;
  // The path is built here, past the hot path's returns.
  const path = at ?? ['options', 'policy'];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidArgumentError(
      path,
      `expected a policy (a preset such as sinoOcean2008, or createPolicy's result), got ${describeType(input)}`,
      'INVALID_POLICY',
    );
  }
  const hasSlice = Object.hasOwn(input, 'complaints');
  const slice: unknown = hasSlice ? (input as { complaints: unknown }).complaints : input;
  if (typeof slice === 'object' && slice !== null && trusted.has(slice)) {
    if (hasSlice) slices.set(input, slice as ComplaintPolicy);
    return slice as ComplaintPolicy;
  }
  const parsed = ComplaintPolicySchema.safeParse(slice, { error: createZodErrorMap('en') });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = (issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
    throw new InvalidArgumentError(
      [...path, ...(hasSlice ? ['complaints'] : []), ...at],
      `${issue?.message ?? 'invalid policy'} (make a policy with createPolicy)`,
      'INVALID_POLICY',
    );
  }
  trusted.add(slice as object);
  if (hasSlice) slices.set(input, slice as ComplaintPolicy);
  return slice as ComplaintPolicy;
}
