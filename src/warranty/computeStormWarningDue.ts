import { formatInstant, type InstantInput, toInstantMs } from '../calendar/days.js';
import { addElapsed } from '../calendar/elapsed.js';
import { expectKnownKeys, expectPlainObject } from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';
import { formatShanghaiTime } from './formatShanghaiTime.js';
import { resolveWarrantyPolicy, type WarrantyPolicyInput } from './policy.js';
import { describeSettingSource } from './tables/presetSources.js';

/** The facts of {@link computeStormWarningDue}. */
export interface StormWarningInput {
  /** When the rainstorm or heavy-snow forecast was issued (an instant). */
  readonly forecastAt: InstantInput;
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: WarrantyPolicyInput | undefined;
}

/** When the storm warning to the engineering head is due (`WAR-STORM`). */
export type StormWarningDue = Decision<{
  /** The instant the warning is due: late when it is issued at or after it. */
  readonly dueAt: Date;
}>;

/**
 * When project customer service must warn the head of the engineering department after a
 * rainstorm or heavy-snow forecast (`WAR-STORM`, SOL 磨合期快速维修工作程序 1(3): 预报2小时内):
 * 2 hours of elapsed time from the forecast, night and rest days included (`LAW-ELAPSED`).
 * The notices to owners that follow have no fixed time, and the 24-hour duty roster holds
 * through the storm: neither is a deadline.
 *
 * @rule WAR-STORM
 * @rule LAW-ELAPSED
 * @throws {InvalidArgumentError} `forecastAt` is not an instant with an offset.
 * @example
 * ```ts
 * computeStormWarningDue({ forecastAt: '2026-10-01T22:30:00+08:00' }).dueAt.toISOString();
 * // '2026-10-01T16:30:00.000Z': 00:30 on 10-02 in Beijing, a holiday night all the same
 * ```
 */
export function computeStormWarningDue(input: StormWarningInput): StormWarningDue {
  const obj = expectPlainObject(input, ['input']);
  expectKnownKeys(obj, ['forecastAt', 'policy'], []);
  const forecastMs = toInstantMs(obj.forecastAt as InstantInput, ['forecastAt']);
  const policy = resolveWarrantyPolicy(obj.policy as WarrantyPolicyInput | undefined);
  const hours = policy.stormWarningHours;
  const dueAt = addElapsed(new Date(forecastMs), { hours });
  const source = describeSettingSource(policy, 'stormWarningHours');
  const forecast = formatInstant(forecastMs);
  const due = formatInstant(dueAt.getTime());
  const forecastLocal = formatShanghaiTime(forecastMs);
  const dueLocal = formatShanghaiTime(dueAt.getTime());
  return {
    dueAt,
    reasons: [
      createReason(
        'WAR-STORM',
        { forecastAt: forecast, hours, dueAt: due, policy: policy.id, source: source.source },
        {
          'zh-CN': `暴雨、大雪预报（${forecastLocal}）后${hours}小时内，项目客户服务部须发出预警并知会工程管理部负责人，最迟北京时间${dueLocal}（${source['zh-CN']}）；随后向业主和管理处发出知会，暴雨期间实行24小时值班`,
          en: `Within ${hours} hours of the rainstorm or snow forecast (${forecastLocal} Beijing time), project customer service warns the head of engineering: by ${dueLocal} (${source.en}); the owners and the estate office are told after it, and a 24-hour duty roster holds through the storm`,
        },
      ),
      createReason(
        'LAW-ELAPSED',
        { start: forecast, hours, dueAt: due },
        {
          'zh-CN': `${hours}小时按实际经过的时间计算，夜间和休息日照常计入，不顺延`,
          en: `${hours} hours of elapsed time, nights and rest days included, never extended`,
        },
      ),
    ],
  };
}
