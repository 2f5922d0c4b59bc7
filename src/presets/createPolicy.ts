import * as z from 'zod';
import { createZodErrorMap } from '../calendar/zodErrorMap.js';
import { ComplaintPolicySchema } from '../complaints/policy.js';
import { deepFreeze } from '../core/deepFreeze.js';
import { InvalidArgumentError } from '../core/errors.js';
import { CustomerPolicySchema } from '../customers/policy.js';
import { DefectPolicySchema } from '../defects/policy.js';
import { citeDeliveryOverrides } from '../delivery/policy.js';
import { DeliveryPolicySchema } from '../delivery/policySchema.js';
import { WarrantyPolicySchema } from '../warranty/policy.js';
import type { Policy, PolicyOverrides } from './types.js';

/** A whole policy, validated: every module's settings, strict at every level. */
export const PolicySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().min(1),
    name: z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
    source: z.string().min(1),
    complaints: ComplaintPolicySchema,
    delivery: DeliveryPolicySchema,
    warranty: WarrantyPolicySchema,
    customers: CustomerPolicySchema,
    defects: DefectPolicySchema,
  }))();

/** Values replaced whole by an override, never merged key by key (a deadline rule is one of several shapes). */
const ATOMIC =
  /^(complaints\.deadlines\.(form|reply|callback|close)|delivery\.(milestones\.[a-z-]+|opening\.preparationMeeting)\.before|warranty\.(promises\.[^.]+|callback\.within))$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype
  );
}

function merge(base: unknown, override: unknown, path: readonly string[]): unknown {
  if (!isPlainObject(override) || !isPlainObject(base) || ATOMIC.test(path.join('.'))) {
    if (isPlainObject(override)) checkKeys(override, path);
    return override;
  }
  checkKeys(override, path);
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(override)) {
    out[key] = merge(base[key], override[key], [...path, key]);
  }
  return out;
}

function checkKeys(value: Record<string, unknown>, path: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key))
      throw new InvalidArgumentError(
        [...path, key],
        `the key ${JSON.stringify(key)} is not allowed`,
        'INVALID_POLICY',
      );
    const v = value[key];
    if (isPlainObject(v)) checkKeys(v, [...path, key]);
  }
}

/**
 * A company's policy: a preset plus overrides, at any depth, validated by zod when it is
 * made. An unknown key, a negative threshold, a malformed deadline rule or a `__proto__`
 * key is an {@link InvalidArgumentError} with code `INVALID_POLICY` and the path of the
 * first problem. The base and the overrides are not changed; the result is frozen. A
 * deadline rule (`complaints.deadlines.reply`, ...) is replaced whole; other objects merge
 * key by key, so `{ value: 30000 }` changes a threshold's number and keeps its reading.
 * A warranty promise (`warranty.promises.<component>`, the 住宅质量保证书) is replaced whole
 * too, and one shorter than the component's 1998 minimum (`LAW-WARRANTY-BUYER`) is an
 * `INVALID_POLICY` error at its path naming the component.
 *
 * @example
 * ```ts
 * const policy = createPolicy(aoyuan2014, {
 *   id: 'acme',
 *   complaints: { severity: { majorCompensationPerHouseholdYuan: { value: 50000 } }, deadlines: { reply: { workingDays: 3 } } },
 * });
 * policy.complaints.deadlines.reply; // { workingDays: 3 }
 * policy.complaints.severity.majorCompensationPerHouseholdYuan; // { kind: 'more-than', value: 50000 }
 * ```
 */
export function createPolicy(base: Policy, overrides: PolicyOverrides = {}): Policy {
  if (!isPlainObject(overrides)) {
    throw new InvalidArgumentError(
      ['overrides'],
      'expected an object of settings to override',
      'INVALID_POLICY',
    );
  }
  const merged = merge(base, overrides, []) as Record<string, unknown>;
  if (overrides.id === undefined) merged.id = `${base.id}-custom`;
  // A company policy that names itself but not its title is titled after itself and its base.
  if (overrides.name === undefined && merged.id !== base.id) {
    const id = String(merged.id);
    merged.name = { 'zh-CN': `${id}（基于${base.name['zh-CN']}）`, en: `${id} (based on ${base.name.en})` };
  }
  const parsed = PolicySchema.safeParse(merged, { error: createZodErrorMap('en') });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
    throw new InvalidArgumentError(path, issue?.message ?? 'invalid policy', 'INVALID_POLICY');
  }
  // The complaint settings keep the policy's id, so reasons name the company policy.
  const complaints = { ...parsed.data.complaints, id: parsed.data.id };
  // So do the delivery settings, and a value the company changed cites the company, not the source.
  const delivery = citeDeliveryOverrides(
    parsed.data.delivery as Policy['delivery'],
    overrides.delivery,
    parsed.data.id,
  );
  const warranty = { ...parsed.data.warranty, id: parsed.data.id };
  const defects = { ...parsed.data.defects, id: parsed.data.id };
  return deepFreeze({ ...parsed.data, complaints, delivery, warranty, defects }) as Policy;
}
