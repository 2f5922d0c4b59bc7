/**
 * The defect settings as a {@link Shape}: what `DefectPolicySchema` (zod) checks, written as
 * plain data for the decision path, which checks a hand-made policy without zod in the
 * bundle (issue 14). `test/defects/policyShape.test.ts` checks that the two agree (the same
 * first issue, path and message) on the presets and on damaged copies of them.
 *
 * @internal
 * @module
 */

import type { Shape } from '../core/shapeCheck.js';

const int = (min: number, max?: number): Shape =>
  max === undefined ? { k: 'number', int: true, min } : { k: 'number', int: true, min, max };
const obj = (keys: Readonly<Record<string, Shape>>): Shape => ({ k: 'object', keys });
const TEXT: Shape = { k: 'string', min: 1 };
const PENALTY: Shape = { k: 'number', min: 0, max: 1 };

/** The defect settings, as `DefectPolicySchema` checks them. @internal */
export const DEFECT_POLICY_SHAPE: Shape = /* @__PURE__ */ (() => {
  const SOURCE = obj({
    kind: { k: 'one-of', values: ['source', 'borrowed', 'library-default'] },
    section: { k: 'nullable', of: TEXT },
    note: obj({ 'zh-CN': TEXT, en: TEXT }),
  });
  return obj({
    id: TEXT,
    handbook: obj({
      minimumCases: obj({
        kind: { k: 'one-of', values: ['at-least', 'more-than', 'at-most', 'less-than'] },
        value: int(0),
      }),
      monthsAfterCentralizedDelivery: int(1, 120),
      gracePeriodDays: int(0, 366),
    }),
    monthlyReport: obj({
      lastDay: { k: 'any-of', options: [{ k: 'one-of', values: ['month-end'] }, int(1, 31)] },
    }),
    recurrence: obj({
      threshold: { k: 'number', gt: 0, max: 1 },
      minSharedGrams: int(1, 10),
      keyPenalties: obj({ component: PENALTY, discipline: PENALTY, location: PENALTY }),
    }),
    sources: obj({
      handbookMinimumCases: SOURCE,
      handbookWindow: SOURCE,
      handbookGracePeriod: SOURCE,
      monthlyReport: SOURCE,
      recurrence: SOURCE,
    }),
  });
})();
