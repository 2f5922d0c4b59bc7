/**
 * The row helpers of the repair order's field table.
 *
 * @internal
 * @module
 */

import type { FieldRow, FieldValueKind } from '../../records/fieldTable.js';

/** A row without its names. */
export type Spec = Omit<FieldRow, 'id' | 'label' | 'description'>;
/** A row of the repair order's field table. */
export const row = (
  id: string,
  zh: string,
  en: string,
  about: readonly [string, string],
  spec: Spec,
): FieldRow => ({
  id,
  label: { 'zh-CN': zh, en },
  description: { 'zh-CN': about[0], en: about[1] },
  ...spec,
});
/** What a row holds: its kind, headers and rules, and more. */
export const of = (
  value: FieldValueKind,
  headers: readonly string[],
  rules: readonly string[],
  more?: Partial<Spec>,
): Spec => ({ headers, value, required: false, rules, ...more });
/** A check of a whole number's upper bound, as the schema sets it. */
export const whole = (max: number) => (v: unknown) => typeof v === 'number' && v <= max;
