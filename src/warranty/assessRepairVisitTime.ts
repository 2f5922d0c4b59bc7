import { formatInstant, type InstantInput, toInstantMs } from '../calendar/days.js';
import { expectKnownKeys, expectPlainObject } from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';
import { describeThreshold, meetsThreshold } from '../core/thresholds.js';
import { formatShanghaiTime } from './formatShanghaiTime.js';
import { resolveWarrantyPolicy, type WarrantyPolicyInput } from './policy.js';
import { describeSettingSource } from './tables/presetSources.js';

/** The facts of {@link assessRepairVisitTime}. */
export interface RepairVisitInput {
  /** The visit time agreed with the customer (预约上门时间). */
  readonly agreedAt: InstantInput;
  /** When the repair staff arrived. */
  readonly arrivedAt: InstantInput;
  /** A new time the customer agreed to (特殊情况须与客户沟通并取得同意): the visit is judged against it. */
  readonly rescheduledTo?: InstantInput | undefined;
  /** The policy; `sinoOcean2008` when absent (its visit rule is generic's). */
  readonly policy?: WarrantyPolicyInput | undefined;
}

/** Whether a repair visit was late (`WAR-APPOINT`). */
export type RepairVisitAssessment = Decision<{
  /** More than the policy's minutes after the time agreed (10 minutes late is on time; 11 is late). */
  readonly late: boolean;
  /** Minutes after the time agreed (negative when early). */
  readonly minutesLate: number;
  /** The time the visit is judged against: the new time when the customer agreed one, else the first. */
  readonly agreedAt: string;
}>;

/**
 * Whether a repair visit is late (`WAR-APPOINT`, GEN 报修服务规程 3.2: "非特殊情况不得超过预约
 * 时间10分钟，特殊情况须与客户沟通并取得同意"): late when more than 10 minutes after the time
 * agreed (超过: 10 minutes is not late, 10 minutes and a second is), unless the customer
 * agreed a new time, against which the visit is then judged. The repair-order machine
 * records a late visit.
 *
 * @rule WAR-APPOINT
 * @throws {InvalidArgumentError} a time that is not an instant with an offset.
 * @example
 * ```ts
 * assessRepairVisitTime({ agreedAt: '2026-03-02T09:00:00+08:00', arrivedAt: '2026-03-02T09:10:00+08:00' }).late; // false
 * assessRepairVisitTime({ agreedAt: '2026-03-02T09:00:00+08:00', arrivedAt: '2026-03-02T09:11:00+08:00' }).late; // true
 * ```
 */
export function assessRepairVisitTime(input: RepairVisitInput): RepairVisitAssessment {
  const obj = expectPlainObject(input, ['input']);
  expectKnownKeys(obj, ['agreedAt', 'arrivedAt', 'rescheduledTo', 'policy'], []);
  const first = toInstantMs(obj.agreedAt as InstantInput, ['agreedAt']);
  const arrived = toInstantMs(obj.arrivedAt as InstantInput, ['arrivedAt']);
  const rescheduled =
    obj.rescheduledTo === undefined
      ? undefined
      : toInstantMs(obj.rescheduledTo as InstantInput, ['rescheduledTo']);
  const policy = resolveWarrantyPolicy(obj.policy as WarrantyPolicyInput | undefined);
  const agreed = rescheduled ?? first;
  const minutesLate = (arrived - agreed) / 60_000;
  const threshold = policy.appointment.lateAfterMinutes;
  const late = meetsThreshold(threshold, minutesLate);
  const words = describeThreshold(threshold, { 'zh-CN': '分钟', en: 'minutes' });
  const source = describeSettingSource(policy, 'appointment');
  const agreedText = formatInstant(agreed);
  const agreedLocal = formatShanghaiTime(agreed);
  const minutes = Math.round(minutesLate * 100) / 100;
  return {
    late,
    minutesLate,
    agreedAt: agreedText,
    reasons: [
      createReason(
        'WAR-APPOINT',
        {
          agreedAt: agreedText,
          arrivedAt: formatInstant(arrived),
          rescheduled: rescheduled !== undefined,
          minutesLate: minutes,
          threshold: { ...threshold },
          late,
          policy: policy.id,
          source: source.source,
        },
        {
          'zh-CN': `${rescheduled === undefined ? '预约' : '经客户同意改约的'}上门时间${agreedLocal}（北京时间），${minutes >= 0 ? `晚到${minutes}分钟` : `提前${-minutes}分钟到达`}；晚到${words['zh-CN']}为迟到：${late ? '迟到' : '未迟到'}（${source['zh-CN']}）`,
          en: `${rescheduled === undefined ? 'Agreed' : 'Rescheduled (with the customer’s consent)'} visit time ${agreedLocal} (Beijing time), arrived ${minutes >= 0 ? `${minutes} minutes after` : `${-minutes} minutes before`}; ${words.en} after is late: ${late ? 'late' : 'on time'} (${source.en})`,
        },
      ),
    ],
  };
}
