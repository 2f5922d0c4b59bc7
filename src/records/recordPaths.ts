/**
 * Writing values at a field's path in a record, and the item columns that add list items
 * (`repairs.plumbing: 3`): what the import does with nested rows.
 *
 * @internal
 * @module
 */

import type { LocalizedText } from '../core/reason.js';
import { valueAt } from './createOrderCheck.js';
import type { ImportIssue } from './importTypes.js';
import type { Slot } from './prepareImport.js';

/** Why an item column's cell was refused (it quotes no value). */
export const itemCountMessage = (max: number): LocalizedText => ({
  'zh-CN': `应为不小于0的整数（条目数），合计不超过${max}条`,
  en: `expected a whole number of items >= 0, at most ${max} in all`,
});

/** Sets the value at a path of a record, making the objects on the way. */
export function setAt(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let at = record;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string;
    let next = at[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      next = {};
      at[key] = next;
    }
    at = next as Record<string, unknown>;
  }
  at[path[path.length - 1] as string] = value;
}

/** A count read from an item column: that many items added to its list at `to.path`, or why not. */
export function expandItems(
  record: Record<string, unknown>,
  field: string,
  to: NonNullable<Slot['expands']>,
  count: unknown,
  issues: ImportIssue[] | undefined,
): ImportIssue[] | undefined {
  let list = valueAt(record, to.path);
  if (list === undefined) {
    list = [];
    setAt(record, to.path, list);
  }
  const room = Array.isArray(list) ? to.maxItems - list.length : -1;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0 || count > room)
    return [...(issues ?? []), { field, message: itemCountMessage(to.maxItems) }];
  for (let n = 0; n < count; n++) (list as unknown[]).push({ ...to.item });
  return issues;
}
