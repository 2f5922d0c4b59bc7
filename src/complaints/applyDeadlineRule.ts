import { addPeriod } from '../calendar/addPeriod.js';
import { addWorkingDays } from '../calendar/addWorkingDays.js';
import type { InstantInput } from '../calendar/days.js';
import type { Deadline } from '../calendar/deadline.js';
import type { ReceiptOptions } from '../calendar/options.js';
import { createReason, type FactValue, type LocalizedText } from '../core/reason.js';
import type { RuleId } from '../core/rules.js';
import { describeSettingSource, type SettingSource } from '../core/settingSource.js';
import type { ComplaintPolicy, ComplaintSettingKey, DeadlineRule } from './policy.js';

/** A deadline rule in words: `2个工作日` / `2 working days`. @internal */
export function describeDeadlineRule(rule: DeadlineRule): { readonly 'zh-CN': string; readonly en: string } {
  if ('sameDay' in rule) return { 'zh-CN': '当日', en: 'the same day' };
  if ('workingDays' in rule)
    return {
      'zh-CN': `${rule.workingDays}个工作日`,
      en: `${rule.workingDays} working day${rule.workingDays === 1 ? '' : 's'}`,
    };
  if ('days' in rule)
    return { 'zh-CN': `${rule.days}日`, en: `${rule.days} day${rule.days === 1 ? '' : 's'}` };
  if ('weeks' in rule)
    return { 'zh-CN': `${rule.weeks}周`, en: `${rule.weeks} week${rule.weeks === 1 ? '' : 's'}` };
  return { 'zh-CN': `${rule.months}个月`, en: `${rule.months} month${rule.months === 1 ? '' : 's'}` };
}

/**
 * The deadline a rule sets after `start`, with a first reason that names the complaint
 * rule, the policy and where the policy's value comes from (convention 14), followed by the
 * calendar's reasons. Working days follow `LAW-WORKDAY-PERIOD`; days, weeks and months are
 * Civil Code periods (`LAW-PERIOD-*`), because these deadlines are owed to the customer.
 *
 * @internal
 */
export function applyDeadlineRule(
  rule: DeadlineRule,
  start: InstantInput,
  ruleId: RuleId,
  what: LocalizedText,
  policy: ComplaintPolicy,
  key: ComplaintSettingKey,
  options: ReceiptOptions,
): Deadline {
  let d: Deadline;
  if ('sameDay' in rule) d = addWorkingDays(start, 0, options);
  else if ('workingDays' in rule) d = addWorkingDays(start, rule.workingDays, options);
  else d = addPeriod(start, rule, options);
  const words = describeDeadlineRule(rule);
  const source = policy.sources[key];
  const cite = describeSettingSource(source);
  return {
    lastDay: d.lastDay,
    endsAt: d.endsAt,
    fallbackUsed: d.fallbackUsed,
    reasons: [
      createReason(
        ruleId,
        { policy: policy.id, rule: { ...rule }, lastDay: d.lastDay, source: sourceFact(source) },
        {
          'zh-CN': `${what['zh-CN']}：${words['zh-CN']}内（${policy.id}，${cite['zh-CN']}），最迟${d.lastDay}`,
          en: `${what.en}: within ${words.en} (${policy.id}, ${cite.en}), by ${d.lastDay}`,
        },
      ),
      ...d.reasons,
    ],
  };
}

/** A setting's source as a reason's fact (plain JSON). @internal */
export function sourceFact(source: SettingSource): { readonly [key: string]: FactValue } {
  return JSON.parse(JSON.stringify(source)) as { readonly [key: string]: FactValue };
}
