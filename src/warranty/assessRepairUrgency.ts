import { expectBoolean, expectKnownKeys, expectPlainObject } from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';
import { REPAIR_URGENCY_LABELS } from './tables/labels.js';
import type { RepairUrgency } from './types.js';

/** The facts of {@link assessRepairUrgency}. */
export interface RepairUrgencyFacts {
  /** The defect touches structural safety (涉及结构安全). */
  readonly structuralSafety?: boolean | undefined;
  /** An emergency touching safety or use (影响使用的紧急抢修), such as a burst pipe. */
  readonly emergency?: boolean | undefined;
}

/** How urgent a repair is, and what it calls for at once (`LAW-WARRANTY-REPLACE`). */
export type RepairUrgencyAssessment = Decision<{
  /** `structural-safety`, `emergency` or `normal`. */
  readonly urgency: RepairUrgency;
  /** The contractor comes at once rather than in the agreed time. */
  readonly contractorAtOnce: boolean;
  /** The defect is reported to the local construction authority at once, with safety measures taken. */
  readonly reportToAuthority: boolean;
}>;

/**
 * How urgent a warranty repair is (`LAW-WARRANTY-REPLACE`, 房屋建筑工程质量保修办法 arts.
 * 9-10): the contractor comes at once for an emergency touching safety or use, otherwise
 * within the time agreed; a defect touching structural safety is reported to the local
 * construction authority at once, and safety measures are taken. The repair-order machine
 * records the report owed when an order with a structural-safety defect is received.
 *
 * @rule LAW-WARRANTY-REPLACE
 * @throws {InvalidArgumentError} a flag that is not a boolean.
 * @example
 * ```ts
 * const u = assessRepairUrgency({ structuralSafety: true });
 * [u.urgency, u.contractorAtOnce, u.reportToAuthority]; // ['structural-safety', true, true]
 * assessRepairUrgency({}).urgency; // 'normal'
 * ```
 */
export function assessRepairUrgency(facts: RepairUrgencyFacts): RepairUrgencyAssessment {
  const f = expectPlainObject(facts, ['facts']);
  expectKnownKeys(f, ['structuralSafety', 'emergency'], []);
  const structural =
    f.structuralSafety === undefined ? false : expectBoolean(f.structuralSafety, ['structuralSafety']);
  const emergency = f.emergency === undefined ? false : expectBoolean(f.emergency, ['emergency']);
  const urgency: RepairUrgency = structural ? 'structural-safety' : emergency ? 'emergency' : 'normal';
  const label = REPAIR_URGENCY_LABELS[urgency];
  const message =
    urgency === 'structural-safety'
      ? {
          'zh-CN': `${label['zh-CN']}：立即向当地建设行政主管部门报告，采取安全防范措施；施工单位立即到达现场抢修`,
          en: 'The defect touches structural safety: report it to the local construction authority at once and take safety measures; the contractor comes at once',
        }
      : urgency === 'emergency'
        ? {
            'zh-CN': `${label['zh-CN']}：施工单位接到通知后立即到达现场抢修`,
            en: 'An emergency touching safety or use: the contractor comes at once',
          }
        : {
            'zh-CN': '一般维修：施工单位在约定的时间内到现场核查、维修',
            en: 'A normal repair: the contractor inspects and repairs within the time agreed',
          };
  return {
    urgency,
    contractorAtOnce: urgency !== 'normal',
    reportToAuthority: urgency === 'structural-safety',
    reasons: [
      createReason('LAW-WARRANTY-REPLACE', { urgency, structuralSafety: structural, emergency }, message),
    ],
  };
}
