import * as z from 'zod';
import { createZodErrorMap } from '../calendar/zodErrorMap.js';
import { COMPLAINT_SETTING_KEYS } from '../complaints/policy.js';
import { ComplaintPolicySchema, trustComplaintPolicy } from '../complaints/policySchema.js';
import { describeType, isPlainObject } from '../core/checks.js';
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
    id: z.string().min(1).max(200),
    name: z.strictObject({ 'zh-CN': z.string().min(1).max(200), en: z.string().min(1).max(200) }),
    source: z.string().min(1).max(200),
    complaints: ComplaintPolicySchema,
    delivery: DeliveryPolicySchema,
    warranty: WarrantyPolicySchema,
    customers: CustomerPolicySchema,
    defects: DefectPolicySchema,
  }))();

/** Values replaced whole by an override, never merged key by key (a deadline rule, a routing rule or a source is one of several shapes). */
const ATOMIC =
  /^(complaints\.(deadlines\.(form|reply|callback|close)|routing|sources\..+)|delivery\.(milestones\.[a-z-]+|opening\.preparationMeeting)\.before|warranty\.(promises\.[^.]+|callback\.within))$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Policies validated whole already (a preset, a result of createPolicy), by identity. */
const validated = new WeakSet<object>();

function fail(path: readonly (string | number)[], message: string): never {
  throw new InvalidArgumentError(path, message, 'INVALID_POLICY');
}

function firstIssue(error: z.ZodError, prefix: readonly string[]): never {
  const issue = error.issues[0];
  const path = (issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
  return fail([...prefix, ...path], issue?.message ?? 'invalid policy');
}

/** A new object of `base` with `override` merged in; neither is changed. Records each leaf path overridden. */
function merge(base: unknown, override: unknown, path: readonly string[], leaves: string[]): unknown {
  if (isPlainObject(override)) checkKeys(override, path);
  if (!isPlainObject(override) || !isPlainObject(base) || ATOMIC.test(path.join('.'))) {
    leaves.push(path.join('.'));
    return override;
  }
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(override)) {
    out[key] = merge(base[key], override[key], [...path, key], leaves);
  }
  return out;
}

function checkKeys(value: Record<string, unknown>, path: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) fail([...path, key], `the key ${JSON.stringify(key)} is not allowed`);
    const v = value[key];
    if (isPlainObject(v)) checkKeys(v, [...path, key]);
  }
}

/**
 * A company's policy: a preset plus overrides, at any depth, validated by zod when it is
 * made. An unknown key, a negative threshold, a malformed deadline rule, a `__proto__` key,
 * a base that is not a policy or an `id` that is not a string is an
 * {@link InvalidArgumentError} with code `INVALID_POLICY` and the path of the first
 * problem. Neither the base nor the overrides is changed (frozen overrides work); the
 * result is frozen. A deadline rule (`complaints.deadlines.reply`, ...) and the routing rule
 * are replaced whole; other objects merge key by key, so `{ value: 30000 }` changes a
 * threshold's number and keeps its reading. Every complaint setting the overrides touch is
 * marked in `complaints.sources` as the company's (`{ kind: 'company', policy: id }`),
 * unless the overrides give its source themselves (convention 14). A warranty promise
 * (`warranty.promises.<component>`, the 住宅质量保证书) is replaced whole too, and one
 * shorter than the component's 1998 minimum (`LAW-WARRANTY-BUYER`) is an `INVALID_POLICY`
 * error at its path naming the component.
 *
 * @example
 * ```ts
 * const policy = createPolicy(aoyuan2014, {
 *   id: 'acme',
 *   complaints: { severity: { majorCompensationPerHouseholdYuan: { value: 50000 } }, deadlines: { reply: { workingDays: 3 } } },
 * });
 * policy.complaints.deadlines.reply; // { workingDays: 3 }
 * policy.complaints.severity.majorCompensationPerHouseholdYuan; // { kind: 'more-than', value: 50000 }
 * policy.complaints.sources['deadlines.reply']; // { kind: 'company', policy: 'acme' }
 * ```
 */
export function createPolicy(base: Policy, overrides: PolicyOverrides = {}): Policy {
  if (typeof base !== 'object' || base === null || Array.isArray(base)) {
    fail(['base'], `expected a policy such as sinoOcean2008, got ${describeType(base)}`);
  }
  if (!validated.has(base)) {
    const checked = PolicySchema.safeParse(base, { error: createZodErrorMap('en') });
    if (!checked.success) firstIssue(checked.error, ['base']);
    validated.add(base);
  }
  if (!isPlainObject(overrides)) {
    fail(['overrides'], `expected an object of settings to override, got ${describeType(overrides)}`);
  }
  const id: unknown = overrides.id;
  if (id !== undefined && (typeof id !== 'string' || id.length === 0 || id.length > 200)) {
    fail(['id'], `expected a policy id of 1 to 200 characters, got ${describeType(id)}`);
  }
  const leaves: string[] = [];
  const merged = merge(base, overrides, [], leaves) as Record<string, unknown>;
  const policyId = id ?? `${base.id}-custom`;
  merged.id = policyId;
  // A company policy that names itself but not its title is titled after itself and its base.
  if (overrides.name === undefined && policyId !== base.id) {
    merged.name = {
      'zh-CN': `${policyId}（基于${base.name['zh-CN']}）`,
      en: `${policyId} (based on ${base.name.en})`,
    };
  }
  // Convention 14: what the company set is the company's, unless it cites its own source.
  const complaints = merged.complaints;
  if (isPlainObject(complaints) && isPlainObject(complaints.sources)) {
    const given = isPlainObject(overrides.complaints) ? overrides.complaints.sources : undefined;
    const sources: Record<string, unknown> = { ...complaints.sources };
    const touched = leaves.filter((l) => l.startsWith('complaints.') && !l.startsWith('complaints.sources'));
    for (const key of COMPLAINT_SETTING_KEYS) {
      const full = `complaints.${key}`;
      const hit = touched.some((l) => l === full || l.startsWith(`${full}.`) || full.startsWith(`${l}.`));
      if (hit && !(isPlainObject(given) && Object.hasOwn(given, key))) {
        sources[key] = { kind: 'company', policy: policyId };
      }
    }
    merged.complaints = { ...complaints, id: policyId, sources };
  }
  const parsed = PolicySchema.safeParse(merged, { error: createZodErrorMap('en') });
  if (!parsed.success) firstIssue(parsed.error, []);
  // The other modules' settings keep the policy's id too, and a delivery value the company
  // changed cites the company, not the source.
  const data = parsed.data;
  const delivery = citeDeliveryOverrides(data.delivery as Policy['delivery'], overrides.delivery, data.id);
  const warranty = { ...data.warranty, id: data.id };
  const defects = { ...data.defects, id: data.id };
  const policy = deepFreeze({ ...data, delivery, warranty, defects }) as Policy;
  validated.add(policy);
  trustComplaintPolicy(policy.complaints);
  return policy;
}
