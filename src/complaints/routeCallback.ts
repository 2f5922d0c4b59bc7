import { expectOneOf } from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';
import { describeSettingSource } from '../core/settingSource.js';
import { expectInputObject, expectOptions } from './checkInputs.js';
import type { ComplaintPolicyInput } from './policy.js';
import { resolveComplaintPolicy } from './policySchema.js';
import { CALLBACK_CALLER_LABELS, SEVERITY_LEVEL_LABELS } from './tables/labels.js';
import { type CallbackCaller, SEVERITY_LEVELS, type SeverityLevel } from './types.js';

/** Who calls a complaint back, and the rate the policy asks for. */
export type CallbackRoute = Decision<{
  readonly caller: CallbackCaller;
  /** The callback rate the policy asks for (0.95 = 95%), or `null`. */
  readonly minimumRate: number | null;
}>;

/**
 * Who calls a complaint back, by its severity (`CMP-CALLBACK-BY`, `CMP-DL-CALLBACK`):
 * under `generic`, general complaints by the property assistant, important (hot) ones by
 * the department supervisor, major ones by the company manager, at a rate of at least
 * 50%; under `aoyuan2014`, staff named for it at 95%; under `sinoOcean2008`, the
 * customer-service department.
 *
 * @rule CMP-CALLBACK-BY
 * @rule CMP-DL-CALLBACK
 * @example
 * ```ts
 * routeCallback({ level: 'major' }, { policy: generic }).caller; // 'company-manager'
 * ```
 */
export function routeCallback(
  input: { readonly level: SeverityLevel },
  options?: { readonly policy?: ComplaintPolicyInput },
): CallbackRoute {
  const opts = expectOptions(options);
  const policy = resolveComplaintPolicy(opts?.policy as ComplaintPolicyInput | undefined);
  const lv = expectOneOf(expectInputObject(input, 'a complaint { level }').level, SEVERITY_LEVELS, ['level']);
  const caller = policy.callback.callers[lv];
  const label = CALLBACK_CALLER_LABELS[caller];
  const level = SEVERITY_LEVEL_LABELS[lv];
  const rate = policy.callback.minimumRate;
  const cite = describeSettingSource(policy.sources['callback.callers']);
  return {
    caller,
    minimumRate: rate,
    reasons: [
      createReason(
        'CMP-CALLBACK-BY',
        { level: lv, caller, minimumRate: rate, policy: policy.id },
        {
          'zh-CN': `${level['zh-CN']}由${label['zh-CN']}回访${rate === null ? '' : `，回访率不低于${Math.round(rate * 100)}%`}（${policy.id}，${cite['zh-CN']}）`,
          en: `${level.en}: called back by the ${label.en.toLowerCase()}${rate === null ? '' : `, at a rate of at least ${Math.round(rate * 100)}%`} (${policy.id}, ${cite.en})`,
        },
      ),
    ],
  };
}
