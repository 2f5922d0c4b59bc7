import {
  expectArray,
  expectBoolean,
  expectKnownKeys,
  expectOneOf,
  expectPlainObject,
} from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';
import { HIDDEN_WORK_LABELS } from './tables/labels.js';
import { HIDDEN_WORK_KINDS, type HiddenWorkKind } from './types.js';

/** The facts of {@link canCompleteRepair}. */
export interface RepairCompletionFacts {
  /** The hidden works the repair involved (leaks, cracks, pipes, lines, anti-rust); empty when none. */
  readonly hiddenWorks: readonly HiddenWorkKind[];
  /** The property engineering department inspected them before they were covered. */
  readonly hiddenWorksInspected: boolean;
}

/** Whether a repair may be reported complete (`WAR-FLOW`). */
export type RepairCompletionDecision = Decision<{ readonly allowed: boolean }>;

/**
 * Whether a repair may be reported complete and go to acceptance with the customer
 * (`WAR-FLOW`, SOL 保修期满前的处理流程 5: 物业工程部在施工单位实施渗漏水、裂缝、管道、线路、防锈等隐蔽
 * 工序隐蔽前须验收): hidden works are inspected before they are covered, so a repair with
 * hidden works needs that inspection first. The repair-order machine's guard on leaving
 * `repairing`.
 *
 * @rule WAR-FLOW
 * @throws {InvalidArgumentError} an unknown kind of hidden work (at its index), a flag that is not a boolean.
 * @example
 * ```ts
 * canCompleteRepair({ hiddenWorks: ['pipe'], hiddenWorksInspected: false }).allowed; // false
 * canCompleteRepair({ hiddenWorks: [], hiddenWorksInspected: false }).allowed; // true
 * ```
 */
export function canCompleteRepair(facts: RepairCompletionFacts): RepairCompletionDecision {
  const f = expectPlainObject(facts, ['facts']);
  expectKnownKeys(f, ['hiddenWorks', 'hiddenWorksInspected'], []);
  const works = expectArray(f.hiddenWorks, ['hiddenWorks']).map((w, i) =>
    expectOneOf(w, HIDDEN_WORK_KINDS, ['hiddenWorks', i]),
  );
  const inspected = expectBoolean(f.hiddenWorksInspected, ['hiddenWorksInspected']);
  const allowed = works.length === 0 || inspected;
  const names = [...new Set(works)].map((w) => HIDDEN_WORK_LABELS[w]);
  const zh = names.map((n) => n['zh-CN']).join('、');
  const en = names.map((n) => n.en).join(', ');
  return {
    allowed,
    reasons: [
      createReason(
        'WAR-FLOW',
        { step: 'repairing', hiddenWorks: [...works], hiddenWorksInspected: inspected, allowed },
        works.length === 0
          ? { 'zh-CN': '无隐蔽工序，可报完工验收', en: 'No hidden works: the repair may go to acceptance' }
          : inspected
            ? {
                'zh-CN': `隐蔽工序（${zh}）已在隐蔽前验收，可报完工验收`,
                en: `The hidden works (${en}) were inspected before they were covered: the repair may go to acceptance`,
              }
            : {
                'zh-CN': `隐蔽工序（${zh}）须在隐蔽前经物业工程部验收，未验收不能报完工（SOL 保修期满前的处理流程 5）`,
                en: `The hidden works (${en}) must be inspected before they are covered: not complete until then (SOL 保修期满前的处理流程 5)`,
              },
      ),
    ],
  };
}
