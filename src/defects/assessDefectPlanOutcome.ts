import {
  type DayInput,
  formatDayNumber,
  type InstantInput,
  shanghaiDayNumberOfInstant,
  shanghaiStartOfDayMs,
  toDayNumber,
  toInstantMs,
} from '../calendar/days.js';
import { expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { createReason, type Decision } from '../core/reason.js';
import type { DefectPlanOutcome } from './types.js';

/** A rectification or prevention plan, and the moment of judgement (`DEF-TRACK`). */
export interface DefectPlanFacts {
  /** The plan's due day (计划完成日), `YYYY-MM-DD` Asia/Shanghai. */
  readonly dueOn: DayInput;
  /** When it was completed: a day, or an instant (its Asia/Shanghai day counts). */
  readonly completedAt?: DayInput | undefined;
  /** The moment of judgement. */
  readonly now: InstantInput;
}

/** How a plan stands (`DEF-TRACK`). */
export type DefectPlanAssessment = Decision<{
  /** `pending` (not done, due day not over), `on-plan` (done by the end of its due day) or `missed`. */
  readonly outcome: DefectPlanOutcome;
  readonly dueOn: string;
  /** The exclusive end of the due day: 00:00 Asia/Shanghai of the next day. */
  readonly dueEndsAt: Date;
  /** The Asia/Shanghai day it was completed, or `null`. */
  readonly completedOn: string | null;
}>;

/**
 * How a rectification or prevention plan stands against its due day (`DEF-TRACK`): done by
 * 24:00 of the due day, on plan (confirmed on 《缺陷反馈确认单》 and filed); done later, or
 * not done when the due day is over, missed (the responsible department states why and the
 * reviewing department evaluates it); otherwise pending. The due day is the department's
 * own and is not moved over rest days.
 *
 * @rule DEF-TRACK
 * @throws {InvalidArgumentError} a malformed day or instant, or a completion after `now`.
 * @example
 * ```ts
 * assessDefectPlanOutcome({ dueOn: '2026-04-30', now: '2026-04-30T23:59:59+08:00' }).outcome; // 'pending'
 * assessDefectPlanOutcome({ dueOn: '2026-04-30', now: '2026-05-01T00:00:00+08:00' }).outcome; // 'missed'
 * assessDefectPlanOutcome({ dueOn: '2026-04-30', completedAt: '2026-04-30', now: '2026-05-06T09:00:00+08:00' }).outcome;
 * // 'on-plan'
 * ```
 */
export function assessDefectPlanOutcome(facts: DefectPlanFacts): DefectPlanAssessment {
  const f = expectPlainObject(facts, ['facts']);
  const dueDn = toDayNumber(f.dueOn as DayInput, ['dueOn']);
  const nowMs = toInstantMs(f.now as InstantInput, ['now']);
  const completedDn =
    f.completedAt === undefined ? undefined : toDayNumber(f.completedAt as DayInput, ['completedAt']);
  if (completedDn !== undefined && completedDn > shanghaiDayNumberOfInstant(nowMs)) {
    throw new InvalidArgumentError(['completedAt'], 'the completion is after now');
  }
  const dueOn = formatDayNumber(dueDn);
  const dueEndsAt = new Date(shanghaiStartOfDayMs(dueDn + 1));
  const completedOn = completedDn === undefined ? null : formatDayNumber(completedDn);
  let outcome: DefectPlanOutcome;
  if (completedDn !== undefined) outcome = completedDn <= dueDn ? 'on-plan' : 'missed';
  else outcome = nowMs >= dueEndsAt.getTime() ? 'missed' : 'pending';
  const facts_ = { dueOn, completedOn, now: new Date(nowMs).toISOString(), outcome };
  const message =
    outcome === 'on-plan'
      ? {
          'zh-CN': `计划完成日${dueOn}，${completedOn}完成：按计划解决，由项目客户服务部与责任部门共同填写《缺陷反馈确认单》并存档备案`,
          en: `Due ${dueOn}, done ${completedOn}: solved on plan; project customer service and the responsible department fill in the confirmation form and file it`,
        }
      : outcome === 'missed'
        ? {
            'zh-CN': `计划完成日${dueOn}${completedOn === null ? '已过仍未完成' : `，${completedOn}才完成`}：未按计划完成，责任部门须说明原因，由评议部门评估并出具评估意见`,
            en: `Due ${dueOn}, ${completedOn === null ? 'not done when the day was over' : `done only on ${completedOn}`}: the plan was missed; the responsible department states why and the reviewing department gives its evaluation`,
          }
        : {
            'zh-CN': `计划完成日${dueOn}尚未结束（至当日24:00）：跟进中`,
            en: `The due day ${dueOn} is not over yet (until 24:00): being tracked`,
          };
  return { outcome, dueOn, dueEndsAt, completedOn, reasons: [createReason('DEF-TRACK', facts_, message)] };
}
