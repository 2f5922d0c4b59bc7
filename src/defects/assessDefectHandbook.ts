import { addWindow } from '../calendar/addWindow.js';
import {
  type DayInput,
  formatDayNumber,
  type InstantInput,
  shanghaiDayNumberOfInstant,
  shanghaiStartOfDayMs,
  toDayNumber,
  toInstantMs,
} from '../calendar/days.js';
import { expectNumber, expectOptional, expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';
import { describeThreshold, meetsThreshold, type Threshold } from '../core/thresholds.js';
import { type DefectPolicyInput, resolveDefectPolicy } from './policy.js';

/** A phase's handbook: when its centralized delivery was, how many cases it holds, whether it went in (`DEF-HANDBOOK`). */
export interface DefectHandbookFacts {
  /** The phase's centralized delivery day (集中交付). */
  readonly centralizedDeliveryOn: DayInput;
  /** Cases in the handbook (缺陷案例). */
  readonly caseCount: number;
  /** The moment of judgement. */
  readonly now: InstantInput;
  /** The day the handbook went to HQ customer relations, if it did. */
  readonly submittedOn?: DayInput | undefined;
}

/** The options of {@link assessDefectHandbook}. */
export interface DefectHandbookOptions {
  /** The policy; `sinoOcean2008` when absent. */
  readonly policy?: DefectPolicyInput;
}

/** Where a phase's handbook stands (`DEF-HANDBOOK`). */
export type DefectHandbookAssessment = Decision<{
  /** The first day it is owed: the day after the window of 3 months after the centralized delivery, plus any grace. */
  readonly dueOn: string;
  /** The exclusive end of `dueOn`: 00:00 Asia/Shanghai of the next day. Overdue from then when not submitted. */
  readonly dueEndsAt: Date;
  /** The last day of the window after the centralized delivery (`LAW-WINDOW`). */
  readonly windowLastDay: string;
  readonly caseCount: number;
  /** How many cases are enough: 30 or more (`atLeast(30)`). */
  readonly minimumCases: Threshold;
  /** Whether the handbook holds enough cases. */
  readonly enough: boolean;
  readonly submitted: boolean;
  /** Not submitted and `now` is past the end of `dueOn`. */
  readonly overdue: boolean;
  /** Submitted after `dueOn`. */
  readonly late: boolean;
}>;

const CASES = { 'zh-CN': '个', en: 'cases' };

/**
 * Where a phase's defect handbook (《产品服务缺陷反馈手册》) stands (`DEF-HANDBOOK`, SOL 缺陷
 * 信息上报): owed once 3 months have passed after the phase's centralized delivery, so
 * `dueOn` is the first day after that window (`LAW-WINDOW`: centralized 2025-12-31, window to
 * 2026-03-31, due 2026-04-01; never moved over rest days; a policy may add grace days, 0 by
 * default); at least 30 cases (`atLeast(30)`: 29 are not enough, 30 are); overdue when `now`
 * is past the end of `dueOn` and it was not submitted.
 *
 * @rule DEF-HANDBOOK
 * @rule LAW-WINDOW
 * @rule LAW-THRESHOLD
 * @throws {InvalidArgumentError} a malformed day or instant, a case count that is not a
 * whole number of 0 or more, or a submission after `now`.
 * @example
 * ```ts
 * const h = assessDefectHandbook({ centralizedDeliveryOn: '2025-12-31', caseCount: 29, now: '2026-04-02T09:00:00+08:00' });
 * [h.dueOn, h.enough, h.overdue]; // ['2026-04-01', false, true]
 * ```
 */
export function assessDefectHandbook(
  facts: DefectHandbookFacts,
  options?: DefectHandbookOptions,
): DefectHandbookAssessment {
  const f = expectPlainObject(facts, ['facts']);
  const opts = expectOptional(options, ['options'], expectPlainObject) as DefectHandbookOptions | undefined;
  const policy = resolveDefectPolicy(opts?.policy);
  const rule = policy.handbook;
  const startDn = toDayNumber(f.centralizedDeliveryOn as DayInput, ['centralizedDeliveryOn']);
  const caseCount = expectNumber(f.caseCount, ['caseCount'], { integer: true, min: 0 });
  const nowMs = toInstantMs(f.now as InstantInput, ['now']);
  const submittedDn =
    f.submittedOn === undefined ? undefined : toDayNumber(f.submittedOn as DayInput, ['submittedOn']);
  if (submittedDn !== undefined && submittedDn > shanghaiDayNumberOfInstant(nowMs)) {
    throw new InvalidArgumentError(['submittedOn'], 'the submission is after now');
  }
  const window = addWindow(formatDayNumber(startDn), { months: rule.monthsAfterCentralizedDelivery });
  const windowLastDn = toDayNumber(window.lastDay, ['window']);
  const grace = rule.gracePeriodDays;
  const dueDn = windowLastDn + 1 + grace;
  const dueOn = formatDayNumber(dueDn);
  const dueEndsAt = new Date(shanghaiStartOfDayMs(dueDn + 1));
  const enough = meetsThreshold(rule.minimumCases, caseCount);
  const submitted = submittedDn !== undefined;
  const overdue = !submitted && nowMs >= dueEndsAt.getTime();
  const late = submittedDn !== undefined && submittedDn > dueDn;
  const months = rule.monthsAfterCentralizedDelivery;
  const centralized = formatDayNumber(startDn);
  const need = describeThreshold(rule.minimumCases, CASES);
  const reasons: Reason[] = [...window.reasons];
  reasons.push(
    createReason(
      'DEF-HANDBOOK',
      {
        policy: policy.id,
        centralizedDeliveryOn: centralized,
        months,
        windowLastDay: window.lastDay,
        gracePeriodDays: grace,
        dueOn,
        source: policy.sources.handbookWindow.section,
      },
      {
        'zh-CN': `每期集中交付（${centralized}）${months}个月以后提交《产品服务缺陷反馈手册》：期间至${window.lastDay}止，${grace > 0 ? `另加宽限${grace}日，` : ''}应交日为${dueOn}`,
        en: `The handbook is owed once ${months} months have passed after the centralized delivery (${centralized}): the window ends ${window.lastDay}${grace > 0 ? `, plus ${grace} days of grace` : ''}, so it is due on ${dueOn}`,
      },
    ),
    createReason(
      'DEF-HANDBOOK',
      {
        caseCount,
        minimumCases: { kind: rule.minimumCases.kind, value: rule.minimumCases.value },
        enough,
        source: policy.sources.handbookMinimumCases.section,
      },
      {
        'zh-CN': `手册含缺陷案例${caseCount}个，要求${need['zh-CN']}：${enough ? '数量足够' : '数量不足'}`,
        en: `The handbook holds ${caseCount} cases; ${need.en} are asked for: ${enough ? 'enough' : 'not enough'}`,
      },
    ),
  );
  const submittedOn = submittedDn === undefined ? null : formatDayNumber(submittedDn);
  const status = { submittedOn, overdue, late, dueEndsAt: dueEndsAt.toISOString() };
  reasons.push(
    createReason(
      'DEF-HANDBOOK',
      status,
      submitted
        ? late
          ? {
              'zh-CN': `${submittedOn}提交，晚于应交日${dueOn}：逾期提交`,
              en: `Submitted on ${submittedOn}, after its due day ${dueOn}: late`,
            }
          : submittedDn < dueDn
            ? {
                'zh-CN': `${submittedOn}提交，早于应交日${dueOn}：手册未覆盖集中交付后满${months}个月的缺陷`,
                en: `Submitted on ${submittedOn}, before its due day ${dueOn}: it does not cover the full ${months} months after the centralized delivery`,
              }
            : { 'zh-CN': `${submittedOn}提交：按时`, en: `Submitted on ${submittedOn}: on time` }
        : overdue
          ? {
              'zh-CN': `应交日${dueOn}已过（至当日24:00止）仍未提交：逾期`,
              en: `Not submitted and the due day ${dueOn} is over (at 24:00): overdue`,
            }
          : {
              'zh-CN': `尚未提交，应交日${dueOn}当日24:00前提交不逾期`,
              en: `Not yet submitted; submitted by 24:00 on ${dueOn}, it is on time`,
            },
    ),
  );
  return {
    dueOn,
    dueEndsAt,
    windowLastDay: window.lastDay,
    caseCount,
    minimumCases: rule.minimumCases,
    enough,
    submitted,
    overdue,
    late,
    reasons,
  };
}
