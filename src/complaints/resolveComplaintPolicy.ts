/**
 * The one place a complaint function turns its `policy` option into complaint settings it
 * can trust: checked the first time an object is seen (against the hand-written
 * {@link COMPLAINT_POLICY_SHAPE}, so that a decision function's bundle carries no zod),
 * then remembered (a `WeakSet`), so a hot loop pays one lookup. `createPolicy`'s output
 * (validated by zod there) is trusted from the start.
 *
 * @internal
 * @module
 */

import { describeType } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { findShapeIssue, type Shape } from '../core/shapeCheck.js';
import {
  type ComplaintPolicy,
  type ComplaintPolicyInput,
  SINO_OCEAN_2008_COMPLAINT_POLICY,
} from './policy.js';
import { COMPLAINT_POLICY_SHAPE, SEVERITY_POLICY_SHAPE } from './policyShape.js';
import type { SeverityPolicy } from './severityPolicy.js';

/** Complaint settings already validated (by identity). */
const trusted = /* @__PURE__ */ new WeakSet<object>();
/** Whole policies already resolved, and their complaint settings. */
const slices = /* @__PURE__ */ new WeakMap<object, ComplaintPolicy>();

/** Marks settings validated elsewhere (a preset, `createPolicy`'s output) as trusted. @internal */
export function trustComplaintPolicy(policy: ComplaintPolicy): void {
  trusted.add(policy);
}

/**
 * The complaint settings of a `policy` option; the default when absent. An object seen
 * for the first time is checked whole, so a hand-made or damaged policy is an
 * `InvalidArgumentError` (code `INVALID_POLICY`) at `options.policy...`, never a plain
 * `TypeError` later.
 *
 * @internal
 */
export function resolveComplaintPolicy(
  input: ComplaintPolicyInput | undefined,
  at?: readonly (string | number)[],
): ComplaintPolicy {
  if (input === undefined || input === SINO_OCEAN_2008_COMPLAINT_POLICY)
    return SINO_OCEAN_2008_COMPLAINT_POLICY;
  return checkComplaintPolicy(input, at);
}

/**
 * The complaint settings of a `policy` option that was given, checked as
 * {@link resolveComplaintPolicy} checks it; without the default, so that a function with a
 * default of its own (the severity path's) does not carry the whole default policy.
 *
 * @internal
 */
export function checkComplaintPolicy(
  input: ComplaintPolicyInput,
  at?: readonly (string | number)[],
): ComplaintPolicy {
  return checkPolicyPart(input, at, COMPLAINT_POLICY_SHAPE, trusted) as ComplaintPolicy;
}

/** Settings whose severity part has been checked (by identity); the wholly checked are in `trusted`. */
const severityTrusted = /* @__PURE__ */ new WeakSet<object>();

/**
 * What `assessComplaintSeverity` reads of a `policy` option that was given (the id, the
 * severity settings and their sources), checked against {@link SEVERITY_POLICY_SHAPE}:
 * each door checks what it reads, so a severity bundle carries neither the whole shape nor
 * the whole default policy (issue 14). A policy broken elsewhere is refused by the doors
 * that read that part. Errors as {@link checkComplaintPolicy}'s.
 *
 * @internal
 */
export function checkSeverityPolicy(input: ComplaintPolicyInput): SeverityPolicy {
  if (trusted.has(input)) return input as ComplaintPolicy;
  return checkPolicyPart(input, undefined, SEVERITY_POLICY_SHAPE, severityTrusted) as SeverityPolicy;
}

/** Checks the settings of a policy input against a shape once, remembering them in `seen`. */
function checkPolicyPart(
  input: ComplaintPolicyInput,
  at: readonly (string | number)[] | undefined,
  shape: Shape,
  seen: WeakSet<object>,
): object {
  if (seen.has(input)) return input;
  const known = slices.get(input);
  if (known !== undefined && (trusted.has(known) || seen.has(known))) return known;
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
  if (typeof slice === 'object' && slice !== null && (trusted.has(slice) || seen.has(slice))) {
    if (hasSlice) slices.set(input, slice as ComplaintPolicy);
    return slice;
  }
  const issue = findShapeIssue(shape, slice);
  if (issue !== undefined) {
    throw new InvalidArgumentError(
      [...path, ...(hasSlice ? ['complaints'] : []), ...issue.path],
      `${issue.message} (make a policy with createPolicy)`,
      'INVALID_POLICY',
    );
  }
  seen.add(slice as object);
  if (hasSlice) slices.set(input, slice as ComplaintPolicy);
  return slice as object;
}
