import { type DayInput, formatDayNumber, toDayNumber } from '../calendar/days.js';
import type { CalendarOptions, CoverageFallback } from '../calendar/options.js';
import { WorkCalendar } from '../calendar/workCalendar.js';
import {
  expectBoolean,
  expectOneOf,
  expectOptional,
  expectPlainObject,
  expectString,
} from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { needsOwnerPreInspection } from './needsOwnerPreInspection.js';
import { type DeliveryPolicyInput, describeCitation, resolveDeliveryPolicy } from './policy.js';
import {
  buildBeforeMilestone,
  buildOwnerCalls,
  buildSummary,
  type DeliveryMilestone,
} from './scheduleMilestones.js';
import { DELIVERY_MILESTONES, type DeliveryBeforeMilestoneId } from './types.js';

/** What {@link computeDeliverySchedule} counts from. */
export interface DeliveryScheduleInput {
  /** The delivery day of the batch (交付日), `YYYY-MM-DD` (an instant is read as its Asia/Shanghai day). */
  readonly deliveryOn: DayInput;
  /** A project's (or a subsidiary's) first delivery: rehearsals are due. Default `false`. */
  readonly firstDelivery?: boolean | undefined;
  /** Whether the project holds an owners' pre-inspection; absent, the policy decides by `region`. */
  readonly preInspection?: boolean | undefined;
  /** The project's region, for the policy's pre-inspection scope (SOL: Beijing only). */
  readonly region?: string | undefined;
  /** The day the notice pack was actually mailed; the owners' calls count from it (else from the planned day). */
  readonly noticeMailedOn?: DayInput | undefined;
  /** The last day of the centralized delivery; the summary is due after it (absent: no summary milestone). */
  readonly centralizedEndsOn?: DayInput | undefined;
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: DeliveryPolicyInput | undefined;
  /** The working-day calendar; the built-in one (2008-2026) when absent. */
  readonly calendar?: WorkCalendar | undefined;
  /** `'weekends-only'` to estimate in years the calendar does not cover (the reasons say so). */
  readonly fallback?: CoverageFallback | undefined;
}

/** The schedule of a delivery batch: every milestone with its due day, owner and reasons. */
export type DeliverySchedule = Decision<{
  /** The delivery day, `YYYY-MM-DD`. */
  readonly deliveryOn: string;
  /** Whether rehearsals are due (a first delivery). */
  readonly firstDelivery: boolean;
  /** Whether the owners' pre-inspection applies. */
  readonly preInspection: boolean;
  /** The milestones, by the day they start (a window's first day) then in the order of the work. */
  readonly milestones: readonly DeliveryMilestone[];
}>;

const ORDER = new Map<string, number>(DELIVERY_MILESTONES.map((m, i) => [m, i]));

/**
 * The schedule of a delivery batch, back from its delivery day (`DLV-PLAN` ...
 * `DLV-SUMMARY`): one milestone per duty, `{ id, rule, role, dueOn, endsAt, window?, reasons }`.
 *
 * Every duty owed "a period before delivery" is counted back the way `LAW-BEFORE` reads it:
 * months first, to the corresponding day (06-30 minus 2 months is 04-30; 03-31 minus 1
 * month is 02-28), then days (1.5 months is 1 month back, then 15 days back); when that day
 * is a rest day the duty falls on the last working day before it, and the reason names the
 * rest day (a delivery on 2026-10-12 mails its notice pack 7 days before, on 10-05, a
 * National Day holiday: so by 09-30). "At least 30 days before" and "at least 15 days
 * before" give the latest day allowed. The owners are phoned in a window, the 2nd to the
 * 3rd day after the pack is mailed (from `noticeMailedOn` when given, else the planned
 * day). Rehearsals appear for a first delivery only (the sources give no day: the library's
 * default, the last working day before delivery, says so). The owners' pre-inspection and
 * its repairs appear where the policy says so ({@link needsOwnerPreInspection}). The
 * summary is due 5 working days after the centralized delivery ends (`LAW-WORKDAY-PERIOD`),
 * present only when `centralizedEndsOn` is given. No milestone falls after the delivery
 * day except the owners' calls (when the pack was mailed late) and the summary.
 *
 * @rule DLV-PLAN
 * @rule DLV-RISK-TEAM
 * @rule DLV-RISK-REPORT
 * @rule DLV-RISK-HQ
 * @rule DLV-PREP
 * @rule DLV-HANDOVER-LAW
 * @rule DLV-SUMMARY
 * @rule DLV-STEPS
 * @rule LAW-BEFORE
 * @rule LAW-WORKDAY-PERIOD
 * @throws {InvalidArgumentError} a day that is not a day, a `noticeMailedOn` after delivery, a `centralizedEndsOn` before it, a policy that is not one.
 * @throws {CalendarCoverageError} a milestone falls in a year the calendar does not cover (unless `fallback: 'weekends-only'`).
 * @example
 * ```ts
 * const s = computeDeliverySchedule({ deliveryOn: '2026-10-12', firstDelivery: true, centralizedEndsOn: '2026-10-18' });
 * s.milestones.find((m) => m.id === 'delivery-plan')?.dueOn; // '2026-08-12'
 * s.milestones.find((m) => m.id === 'notice-pack-mailed')?.dueOn; // '2026-09-30': 10-05 is a National Day holiday
 * s.milestones.find((m) => m.id === 'owner-calls')?.window; // { from: '2026-10-02', to: '2026-10-03' }
 * s.milestones.find((m) => m.id === 'rehearsals')?.dueOn; // '2026-10-10': a makeup working day
 * s.milestones.find((m) => m.id === 'delivery-summary')?.dueOn; // '2026-10-23'
 * ```
 */
export function computeDeliverySchedule(input: DeliveryScheduleInput): DeliverySchedule {
  const i = expectPlainObject(input, ['input']);
  const deliveryDn = toDayNumber(i.deliveryOn as DayInput, ['input', 'deliveryOn']);
  const deliveryOn = formatDayNumber(deliveryDn);
  const firstDelivery = expectOptional(i.firstDelivery, ['input', 'firstDelivery'], expectBoolean) ?? false;
  const policy = resolveDeliveryPolicy(i.policy, ['input', 'policy']);
  if (i.calendar !== undefined && !(i.calendar instanceof WorkCalendar)) {
    throw new InvalidArgumentError(['input', 'calendar'], 'expected a calendar made by createWorkCalendar');
  }
  const fallback = expectOptional(i.fallback, ['input', 'fallback'], (v, p) =>
    expectOneOf(v, ['none', 'weekends-only'] as const, p),
  );
  const calendar: CalendarOptions = {
    ...(i.calendar === undefined ? {} : { calendar: i.calendar as WorkCalendar }),
    ...(fallback === undefined ? {} : { fallback }),
  };
  const mailedDn =
    i.noticeMailedOn === undefined
      ? undefined
      : toDayNumber(i.noticeMailedOn as DayInput, ['input', 'noticeMailedOn']);
  if (mailedDn !== undefined && mailedDn > deliveryDn) {
    throw new InvalidArgumentError(
      ['input', 'noticeMailedOn'],
      `the notice pack is mailed before delivery: ${formatDayNumber(mailedDn)} is after the delivery day ${deliveryOn}`,
    );
  }
  const endsDn =
    i.centralizedEndsOn === undefined
      ? undefined
      : toDayNumber(i.centralizedEndsOn as DayInput, ['input', 'centralizedEndsOn']);
  if (endsDn !== undefined && endsDn < deliveryDn) {
    throw new InvalidArgumentError(
      ['input', 'centralizedEndsOn'],
      `the centralized delivery cannot end (${formatDayNumber(endsDn)}) before it starts (${deliveryOn})`,
    );
  }
  expectOptional(i.region, ['input', 'region'], (v, p) => expectString(v, p, { maxLength: 100 }));
  const pre = needsOwnerPreInspection(
    {
      ...(i.preInspection === undefined ? {} : { preInspection: i.preInspection as boolean }),
      ...(i.region === undefined ? {} : { region: i.region as string }),
    },
    { policy },
  );

  const reasons: Reason[] = [...pre.reasons];
  const milestones: DeliveryMilestone[] = [];
  let plannedMailing: { day: string; dayNumber: number } | undefined;
  for (const id of DELIVERY_MILESTONES) {
    if (id === 'owner-calls' || id === 'delivery-summary') continue;
    const before = id as DeliveryBeforeMilestoneId;
    if ((before === 'owner-pre-inspection' || before === 'pre-inspection-repairs') && !pre.required) continue;
    if (before === 'rehearsals' && !firstDelivery) continue;
    const extra =
      before === 'rehearsals'
        ? {
            'zh-CN': `至少${policy.rehearsals.minimum}次演练（${describeCitation(policy.rehearsals.cite)['zh-CN']}）`,
            en: `at least ${policy.rehearsals.minimum} rehearsals (${describeCitation(policy.rehearsals.cite).en})`,
          }
        : undefined;
    const m = buildBeforeMilestone(before, deliveryOn, policy, calendar, extra);
    if (before === 'notice-pack-mailed') plannedMailing = { day: m.dueOn, dayNumber: m.dayNumber };
    const { dayNumber: _, ...milestone } = m;
    milestones.push(milestone);
  }
  const mailing =
    mailedDn !== undefined
      ? { day: formatDayNumber(mailedDn), dayNumber: mailedDn, given: true }
      : { ...(plannedMailing as { day: string; dayNumber: number }), given: false };
  milestones.push(buildOwnerCalls(mailing.day, mailing.given, mailing.dayNumber, policy, calendar));
  if (endsDn !== undefined) milestones.push(buildSummary(formatDayNumber(endsDn), policy, calendar));

  if (!firstDelivery) {
    reasons.push(
      createReason(
        'DLV-PREP',
        { firstDelivery: false, rehearsals: 0 },
        {
          'zh-CN': '非首次交付：交付演练不作要求（首次交付楼盘须进行至少两次演练）',
          en: 'Not a first delivery: no rehearsals required (a first delivery needs at least two)',
        },
      ),
    );
  }
  if (endsDn === undefined) {
    reasons.push(
      createReason(
        'DLV-SUMMARY',
        { centralizedEndsOn: null },
        {
          'zh-CN': '未给出集中交付结束日：交付总结的期限待集中交付结束后计算',
          en: 'No end of the centralized delivery given: the summary is due once it is known',
        },
      ),
    );
  }
  const startOf = (m: DeliveryMilestone) => m.window?.from ?? m.dueOn;
  milestones.sort(
    (a, b) =>
      (startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : 0) ||
      (ORDER.get(a.id) as number) - (ORDER.get(b.id) as number),
  );
  return { deliveryOn, firstDelivery, preInspection: pre.required, milestones, reasons };
}
