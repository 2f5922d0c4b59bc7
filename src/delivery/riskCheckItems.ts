/**
 * The checklist items of a delivery risk check, read and checked at the public door.
 *
 * @internal
 * @module
 */

import { expectArray, expectBoolean, expectOneOf, expectPlainObject, expectString } from '../core/checks.js';
import { type DispositionInput, readDay } from './riskFindings.js';
import {
  RISK_CHECK_CLASSES,
  RISK_DISPOSITION_KINDS,
  RISK_ITEM_RESULTS,
  type RiskCheckClass,
} from './types.js';

/** One checklist item as the assessment reads it. */
export interface Item {
  readonly id: string;
  readonly class: RiskCheckClass;
  readonly result: (typeof RISK_ITEM_RESULTS)[number];
  readonly major: boolean;
  readonly dispositions: readonly DispositionInput[];
}

/** The items of a check, or throws at the first bad one. */
export function readItems(value: unknown): Item[] {
  return expectArray(value, ['check', 'items']).map((raw, i): Item => {
    const p = ['check', 'items', i];
    const it = expectPlainObject(raw, p);
    const dispositions =
      it.dispositions === undefined
        ? []
        : expectArray(it.dispositions, [...p, 'dispositions']).map((d, j) => {
            const dp = [...p, 'dispositions', j];
            const o = expectPlainObject(d, dp);
            return {
              kind: expectOneOf(o.kind, RISK_DISPOSITION_KINDS, [...dp, 'kind']),
              on: readDay(o.on, [...dp, 'on']),
            };
          });
    return {
      id: expectString(it.id, [...p, 'id'], { maxLength: 200 }),
      class: expectOneOf(it.class, RISK_CHECK_CLASSES, [...p, 'class']),
      result: expectOneOf(it.result, RISK_ITEM_RESULTS, [...p, 'result']),
      major: it.major === undefined ? false : expectBoolean(it.major, [...p, 'major']),
      dispositions,
    };
  });
}
