/**
 * The builders of the schedule's milestones: one counted back from the delivery day
 * (`LAW-BEFORE`), the owners' call window, the summary after the centralized delivery.
 *
 * @internal
 * @module
 */

import { addWorkingDays } from '../calendar/addWorkingDays.js';
import { computeDayKind } from '../calendar/computeDayKind.js';
import { formatDayNumber, shanghaiStartOfDayMs, tryParseDayString } from '../calendar/days.js';
import type { CalendarOptions } from '../calendar/options.js';
import { describePeriodLength, readPeriodLength } from '../calendar/periodLength.js';
import { subtractPeriod } from '../calendar/subtractPeriod.js';
import { createReason, type LocalizedText, type Reason } from '../core/reason.js';
import type { RuleId } from '../core/rules.js';
import { type DeliveryPolicy, describeCitation } from './policy.js';
import { DELIVERY_MILESTONE_TABLE } from './tables/milestones.js';
import type { DeliveryBeforeMilestoneId, DeliveryMilestoneId, DeliveryRole } from './types.js';

/** One milestone of the delivery schedule: a duty, its rule, its owner and its due day. */
export interface DeliveryMilestone {
  /** The stable id (`delivery-plan`, `owner-calls`, ...). */
  readonly id: DeliveryMilestoneId;
  /** The rule that sets the duty. */
  readonly rule: RuleId;
  /** Who owns it. */
  readonly role: DeliveryRole;
  /** The last day the duty is done in time, `YYYY-MM-DD` (a window's last day). */
  readonly dueOn: string;
  /** The exclusive end as an ISO instant: 00:00 Asia/Shanghai of the day after `dueOn` (plain JSON for a machine's context). */
  readonly endsAt: string;
  /** For the owners' calls: the window of days, both ends included. */
  readonly window?: { readonly from: string; readonly to: string };
  /** Why the day is what it is: the duty's rule with the policy's citation, then the calendar's reasons. */
  readonly reasons: readonly Reason[];
}

const endsAtOf = (dayNumber: number) => new Date(shanghaiStartOfDayMs(dayNumber + 1)).toISOString();

function head(
  id: DeliveryMilestoneId,
  policyId: string,
  what: LocalizedText,
  cite: LocalizedText,
): LocalizedText {
  const row = DELIVERY_MILESTONE_TABLE[id];
  return {
    'zh-CN': `${row['zh-CN']}：${what['zh-CN']}（${policyId}，${cite['zh-CN']}）`,
    en: `${row.en}: ${what.en} (${policyId}, ${cite.en})`,
  };
}

/** A milestone due a period before the delivery day: the corresponding day, moved back over rest days. */
export function buildBeforeMilestone(
  id: DeliveryBeforeMilestoneId,
  deliveryOn: string,
  policy: DeliveryPolicy,
  calendar: CalendarOptions,
  extra?: LocalizedText,
): DeliveryMilestone & { readonly dayNumber: number } {
  const row = DELIVERY_MILESTONE_TABLE[id];
  const setting = policy.milestones[id];
  const words = describePeriodLength(
    readPeriodLength(setting.before, ['policy', 'milestones', id, 'before']),
  );
  const d = subtractPeriod(deliveryOn, setting.before, calendar);
  const atLeast = id === 'risk-report' || id === 'handover-inspection';
  const b = setting.before;
  // "Before delivery" with no period: the day before, moved back to a working day.
  const dayBefore = b.days === 1 && !b.weeks && !b.months && !b.years;
  const when = dayBefore
    ? { zh: '交付日前的最后一个工作日', en: 'on the last working day before delivery' }
    : {
        zh: `${atLeast ? '至迟于' : ''}交付前${words.zh}`,
        en: `${atLeast ? 'at least ' : ''}${words.en} before delivery`,
      };
  const what: LocalizedText = {
    'zh-CN': `${when.zh}${extra === undefined ? '' : `，${extra['zh-CN']}`}，最迟${d.lastDay}完成`,
    en: `${when.en}${extra === undefined ? '' : `, ${extra.en}`}: by ${d.lastDay}`,
  };
  const facts = {
    milestone: id,
    policy: policy.id,
    before: words.en,
    deliveryOn,
    nominalDay: d.nominalDay,
    dueOn: d.lastDay,
    basis: setting.cite.basis,
    source: setting.cite.source,
  };
  const dayNumber = tryParseDayString(d.lastDay) as number;
  return {
    id,
    rule: row.rule,
    role: row.role,
    dueOn: d.lastDay,
    endsAt: d.endsAt.toISOString(),
    reasons: [
      createReason(row.rule, facts, head(id, policy.id, what, describeCitation(setting.cite))),
      ...d.reasons,
    ],
    dayNumber,
  };
}

/** The owners' call window: the `fromDay`-th to the `toDay`-th day after the pack is mailed. */
export function buildOwnerCalls(
  mailedOn: string,
  mailedGiven: boolean,
  mailedDayNumber: number,
  policy: DeliveryPolicy,
  calendar: CalendarOptions,
): DeliveryMilestone {
  const row = DELIVERY_MILESTONE_TABLE['owner-calls'];
  const rule = policy.ownerCalls;
  const cite = describeCitation(rule.cite);
  const reasons: Reason[] = [];
  let from: string;
  let to: string;
  let toDayNumber: number;
  if (rule.counting === 'working-days') {
    const a = addWorkingDays(mailedOn, rule.fromDay, calendar);
    const b = addWorkingDays(mailedOn, rule.toDay, calendar);
    from = a.lastDay;
    to = b.lastDay;
    toDayNumber = tryParseDayString(b.lastDay) as number;
    for (const r of [...a.reasons, ...b.reasons]) if (!reasons.includes(r)) reasons.push(r);
  } else {
    from = formatDayNumber(mailedDayNumber + rule.fromDay);
    to = formatDayNumber(mailedDayNumber + rule.toDay);
    toDayNumber = mailedDayNumber + rule.toDay;
  }
  const since = mailedGiven
    ? { zh: `入住文件实际于${mailedOn}寄出`, en: `the pack was mailed on ${mailedOn}` }
    : { zh: `按计划邮寄日${mailedOn}推算`, en: `counted from the planned mailing day ${mailedOn}` };
  const counting =
    rule.counting === 'working-days'
      ? { zh: `第${rule.fromDay}-${rule.toDay}个工作日`, en: `working days ${rule.fromDay} to ${rule.toDay}` }
      : {
          zh: `第${rule.fromDay}-${rule.toDay}日（按日历日计）`,
          en: `days ${rule.fromDay} to ${rule.toDay} (calendar days)`,
        };
  const what: LocalizedText = {
    'zh-CN': `${since.zh}，邮寄后${counting.zh}即${from}至${to}完成电话通知`,
    en: `${since.en}; owners phoned on ${counting.en} after mailing, ${from} to ${to}`,
  };
  reasons.unshift(
    createReason(
      row.rule,
      {
        milestone: 'owner-calls',
        policy: policy.id,
        mailedOn,
        mailedOnGiven: mailedGiven,
        counting: rule.counting,
        fromDay: rule.fromDay,
        toDay: rule.toDay,
        from,
        to,
        basis: rule.cite.basis,
        source: rule.cite.source,
      },
      head('owner-calls', policy.id, what, cite),
    ),
  );
  if (rule.counting === 'calendar-days') {
    // Named, not moved: the source counts calendar days; a policy may count working days.
    const rest: string[] = [];
    const restEn: string[] = [];
    for (let dn = mailedDayNumber + rule.fromDay; dn <= toDayNumber; dn++) {
      const k = computeDayKind(formatDayNumber(dn), { ...calendar, fallback: 'weekends-only' });
      if (!k.isWorkingDay) {
        rest.push(`${k.day}（${k.holiday?.name ?? (k.kind === 'weekend' ? '周末' : '休息日')}）`);
        restEn.push(`${k.day} (${k.holiday?.nameEn ?? (k.kind === 'weekend' ? 'weekend' : 'day off')})`);
      }
    }
    if (rest.length > 0) {
      reasons.push(
        createReason(
          'LAW-WORKDAY',
          { window: { from, to }, restDays: rest.length, moved: false },
          {
            'zh-CN': `通知窗口内有休息日：${rest.join('、')}；窗口按日历日计，不顺延（如需按工作日计，将政策 ownerCalls.counting 设为 working-days）`,
            en: `The window has rest days: ${restEn.join(', ')}; it counts calendar days and is not moved (set the policy's ownerCalls.counting to working-days to count working days)`,
          },
        ),
      );
    }
  }
  return {
    id: 'owner-calls',
    rule: row.rule,
    role: row.role,
    dueOn: to,
    endsAt: endsAtOf(toDayNumber),
    window: { from, to },
    reasons,
  };
}

/** The summary: `workingDays` working days after the centralized delivery ends (`LAW-WORKDAY-PERIOD`). */
export function buildSummary(
  centralizedEndsOn: string,
  policy: DeliveryPolicy,
  calendar: CalendarOptions,
): DeliveryMilestone {
  const row = DELIVERY_MILESTONE_TABLE['delivery-summary'];
  const rule = policy.summary;
  const d = addWorkingDays(centralizedEndsOn, rule.workingDays, calendar);
  const what: LocalizedText = {
    'zh-CN': `集中交付于${centralizedEndsOn}结束，其后${rule.workingDays}个工作日内报备，最迟${d.lastDay}`,
    en: `the centralized delivery ends ${centralizedEndsOn}; due within ${rule.workingDays} working days after, by ${d.lastDay}`,
  };
  return {
    id: 'delivery-summary',
    rule: row.rule,
    role: row.role,
    dueOn: d.lastDay,
    endsAt: d.endsAt.toISOString(),
    reasons: [
      createReason(
        row.rule,
        {
          milestone: 'delivery-summary',
          policy: policy.id,
          centralizedEndsOn,
          workingDays: rule.workingDays,
          dueOn: d.lastDay,
          basis: rule.cite.basis,
          source: rule.cite.source,
        },
        head('delivery-summary', policy.id, what, describeCitation(rule.cite)),
      ),
      ...d.reasons,
    ],
  };
}
