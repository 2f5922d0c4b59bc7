import { expectBoolean, expectKnownKeys, expectPlainObject } from '../core/checks.js';
import { createReason, type Decision, type Reason } from '../core/reason.js';

/** The facts of {@link canStartRepair}. */
export interface RepairStartFacts {
  /** The item is within its warranty (as {@link computeWarrantyExpiry} tells). */
  readonly inWarranty: boolean;
  /** The repair plan was confirmed with the customer (`WAR-FLOW` step 3). */
  readonly planConfirmed: boolean;
  /** Out of warranty: the customer was told the charges and accepted them (`WAR-APPOINT`). */
  readonly chargesAccepted?: boolean | undefined;
}

/** Whether repair work may start, and whether it is a paid repair. */
export type RepairStartDecision = Decision<{
  /** Work may start. */
  readonly allowed: boolean;
  /** A paid repair (out of warranty): the customer pays the charges stated before work started. */
  readonly paid: boolean;
}>;

/**
 * Whether repair work may start (`WAR-FLOW`, `WAR-APPOINT`): once the plan is confirmed
 * with the customer (SOL 保修期满前的处理流程 3), and, for an item out of warranty, a paid
 * repair, once the customer has been told the charges and accepted them (GEN 报修服务规程
 * 3.4: 向客户告之收费标准，客户同意后才能开始维修). The repair-order machine's guard before
 * `repairing`.
 *
 * @rule WAR-FLOW
 * @rule WAR-APPOINT
 * @throws {InvalidArgumentError} a fact that is not a boolean.
 * @example
 * ```ts
 * canStartRepair({ inWarranty: true, planConfirmed: true }).allowed; // true
 * canStartRepair({ inWarranty: false, planConfirmed: true }).allowed; // false: charges not yet accepted
 * canStartRepair({ inWarranty: false, planConfirmed: true, chargesAccepted: true }); // allowed: true, paid: true
 * ```
 */
export function canStartRepair(facts: RepairStartFacts): RepairStartDecision {
  const f = expectPlainObject(facts, ['facts']);
  expectKnownKeys(f, ['inWarranty', 'planConfirmed', 'chargesAccepted'], []);
  const inWarranty = expectBoolean(f.inWarranty, ['inWarranty']);
  const planConfirmed = expectBoolean(f.planConfirmed, ['planConfirmed']);
  const chargesAccepted =
    f.chargesAccepted === undefined ? false : expectBoolean(f.chargesAccepted, ['chargesAccepted']);
  const reasons: Reason[] = [
    createReason(
      'WAR-FLOW',
      { step: 'plan-confirmed', planConfirmed },
      planConfirmed
        ? { 'zh-CN': '维修方案已与客户沟通确认', en: 'The repair plan is confirmed with the customer' }
        : {
            'zh-CN': '维修方案尚未与客户沟通确认，不能开始施工（SOL 保修期满前的处理流程 3）',
            en: 'The repair plan is not yet confirmed with the customer: work cannot start (SOL 保修期满前的处理流程 3)',
          },
    ),
  ];
  const paid = !inWarranty;
  if (paid) {
    reasons.push(
      createReason(
        'WAR-APPOINT',
        { inWarranty, paid, chargesAccepted },
        chargesAccepted
          ? {
              'zh-CN': '已过保修期，为有偿维修：已告知收费标准并经客户同意',
              en: 'Out of warranty, a paid repair: the customer was told the charges and accepted them',
            }
          : {
              'zh-CN':
                '已过保修期，为有偿维修：须先告知收费标准，客户同意后才能开始维修（GEN 报修服务规程 3.4）',
              en: 'Out of warranty, a paid repair: the charges must be stated and accepted before work starts (GEN 报修服务规程 3.4)',
            },
      ),
    );
  }
  return { allowed: planConfirmed && (!paid || chargesAccepted), paid, reasons };
}
