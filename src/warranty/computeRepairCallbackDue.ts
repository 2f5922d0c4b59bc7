import { addPeriod } from '../calendar/addPeriod.js';
import { addWorkingDays } from '../calendar/addWorkingDays.js';
import type { InstantInput } from '../calendar/days.js';
import type { Deadline } from '../calendar/deadline.js';
import type { CalendarOptions } from '../calendar/options.js';
import { expectKnownKeys, expectPlainObject } from '../core/checks.js';
import { createReason } from '../core/reason.js';
import { resolveWarrantyPolicy, type WarrantyPolicyInput } from './policy.js';
import { readCalendarOptions } from './readCalendarOptions.js';
import { describeSettingSource } from './tables/presetSources.js';

/** The options of {@link computeRepairCallbackDue}. */
export interface RepairCallbackOptions extends CalendarOptions {
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: WarrantyPolicyInput | undefined;
}

/**
 * When the callback of a completed repair is due (`WAR-FLOW` step 8: "维保修结束后5个工作日内，
 * 由物管中心客户服务部对客户进行回访", SOL 保修期满前的处理流程 8): the policy's window after
 * completion, counted as a deadline owed to the customer (working days per the State Council
 * notices, `LAW-WORKDAY-PERIOD`; days, weeks or months per the Civil Code, `LAW-PERIOD-*`).
 * sinoOcean2008: 5 working days; generic: one month (GEN 回访 1.4). The repair-order
 * machine keeps it in context as `callbackBy`.
 *
 * @rule WAR-FLOW
 * @rule WAR-CALLBACK-GEN
 * @throws {InvalidArgumentError} `completedAt` is not an instant with an offset.
 * @throws {CalendarCoverageError} a day in a year without a holiday notice, unless `fallback: 'weekends-only'`.
 * @example
 * ```ts
 * computeRepairCallbackDue('2026-09-30T16:00:00+08:00').lastDay; // '2026-10-13': National Day 10-01..07 skipped
 * computeRepairCallbackDue('2026-09-30T16:00:00+08:00', { policy: generic }).lastDay; // '2026-10-30'
 * ```
 */
export function computeRepairCallbackDue(
  completedAt: InstantInput,
  options?: RepairCallbackOptions,
): Deadline {
  const opts = options === undefined ? {} : expectPlainObject(options, ['options']);
  expectKnownKeys(opts, ['policy', 'calendar', 'fallback'], ['options']);
  const policy = resolveWarrantyPolicy(opts.policy as WarrantyPolicyInput | undefined);
  const calendar = readCalendarOptions(opts, ['options']);
  const rule = policy.callback.within;
  const d =
    'workingDays' in rule
      ? addWorkingDays(completedAt, rule.workingDays, calendar)
      : addPeriod(completedAt, rule, calendar);
  const words =
    'workingDays' in rule
      ? { zh: `${rule.workingDays}个工作日`, en: `${rule.workingDays} working days` }
      : 'days' in rule
        ? { zh: `${rule.days}日`, en: `${rule.days} days` }
        : 'weeks' in rule
          ? { zh: `${rule.weeks}周`, en: `${rule.weeks} weeks` }
          : { zh: `${rule.months}个月`, en: `${rule.months} month${rule.months === 1 ? '' : 's'}` };
  const source = describeSettingSource(policy, 'callback');
  return {
    lastDay: d.lastDay,
    endsAt: d.endsAt,
    fallbackUsed: d.fallbackUsed,
    reasons: [
      createReason(
        'WAR-FLOW',
        { step: 'callback', policy: policy.id, within: words.en, lastDay: d.lastDay, source: source.source },
        {
          'zh-CN': `维保修结束后${words.zh}内回访客户，最迟${d.lastDay}（${source['zh-CN']}）`,
          en: `Call the customer back within ${words.en} of completing the repair: by ${d.lastDay} (${source.en})`,
        },
      ),
      ...d.reasons,
    ],
  };
}
