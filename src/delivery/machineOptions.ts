/**
 * The options both delivery machines take, checked: the policy and the calendar.
 *
 * @internal
 * @module
 */

import { WorkCalendar } from '../calendar/workCalendar.js';
import { describeType, expectPlainObject, suggestClosest } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { type DeliveryPolicy, type DeliveryPolicyInput, resolveDeliveryPolicy } from './policy.js';

/**
 * The options of `createDeliveryBatchMachine` and `createHouseholdDeliveryMachine`: the
 * policy and the calendar the schedule is computed with.
 *
 * @rule DLV-STEPS
 * @example
 * ```ts
 * const options: DeliveryMachineOptions = { policy: sinoOcean2008, calendar: createWorkCalendar({ years: [notice2027] }) };
 * ```
 */
export interface DeliveryMachineOptions {
  /** The policy (a preset, a company policy, or its delivery settings); `sinoOcean2008` when absent. */
  readonly policy?: DeliveryPolicyInput;
  /** The working-day calendar; the built-in one (2008-2026) when absent. */
  readonly calendar?: WorkCalendar;
}

const KNOWN = ['policy', 'calendar'] as const;

/** The options, checked: an unknown key, a calendar that is not one, a policy that is not one. @internal */
export function readDeliveryMachineOptions(options: unknown): {
  readonly policy: DeliveryPolicy;
  readonly calendar: WorkCalendar | undefined;
} {
  if (options === undefined)
    return { policy: resolveDeliveryPolicy(undefined, ['options', 'policy']), calendar: undefined };
  const o = expectPlainObject(options, ['options']);
  for (const key in o) {
    if ((KNOWN as readonly string[]).includes(key)) continue;
    const close = suggestClosest(key, KNOWN);
    throw new InvalidArgumentError(
      ['options', key],
      `not an option here${close === undefined ? '' : ` (did you mean '${close}'?)`}; expected ${KNOWN.join(', ')}`,
    );
  }
  if (o.calendar !== undefined && !(o.calendar instanceof WorkCalendar)) {
    throw new InvalidArgumentError(
      ['options', 'calendar'],
      `expected a calendar made by createWorkCalendar, got ${describeType(o.calendar)}`,
    );
  }
  return {
    policy: resolveDeliveryPolicy(o.policy, ['options', 'policy']),
    calendar: o.calendar as WorkCalendar | undefined,
  };
}
