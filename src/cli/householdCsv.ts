/**
 * A household delivery record from a CSV row: one row per household, the repair items as one
 * count column per discipline (`repairs.plumbing` or `给排水问题数`), the other columns named
 * by the record's field table (key, Chinese or English name, or an alias). Cells are text: a
 * yes/no becomes a boolean, a list is split on `|`, a count becomes that many items. What
 * cannot be read is a problem at its column, never a guess.
 *
 * @module
 */

import { suggestClosest } from '../core/checks.js';
import type { Locale } from '../core/reason.js';
import { HOUSEHOLD_DELIVERY_FIELD_TABLE } from '../delivery/tables/fields.js';
import { DELIVERY_MODE_LABELS, DELIVERY_REPAIR_DISCIPLINE_LABELS } from '../delivery/tables/labels.js';
import {
  DELIVERY_MODES,
  DELIVERY_REPAIR_DISCIPLINES,
  type DeliveryRepairDiscipline,
} from '../delivery/types.js';

/** A cell that could not be read. */
export interface CsvProblem {
  readonly path: string;
  readonly message: string;
}

type Column =
  | { readonly field: keyof typeof HOUSEHOLD_DELIVERY_FIELD_TABLE }
  | { readonly discipline: DeliveryRepairDiscipline };

const COLUMNS: ReadonlyMap<string, Column> = (() => {
  const m = new Map<string, Column>();
  for (const [key, row] of Object.entries(HOUSEHOLD_DELIVERY_FIELD_TABLE)) {
    const field = key as keyof typeof HOUSEHOLD_DELIVERY_FIELD_TABLE;
    if (field === 'repairItems') continue;
    for (const name of [key, row['zh-CN'], row.en, ...row.aliases]) m.set(name.toLowerCase(), { field });
  }
  for (const d of DELIVERY_REPAIR_DISCIPLINES) {
    const l = DELIVERY_REPAIR_DISCIPLINE_LABELS[d];
    for (const name of [`repairs.${d}`, `${l['zh-CN']}问题数`, `${l['zh-CN']}维修数`])
      m.set(name.toLowerCase(), { discipline: d });
  }
  return m;
})();

const YES = new Set(['true', 'yes', 'y', '1', '是']);
const NO = new Set(['false', 'no', 'n', '0', '否']);

/** The column headers the household CSV reads, in the order of the field table, then one per discipline. */
export const HOUSEHOLD_CSV_HEADERS: readonly string[] = Object.freeze([
  ...Object.keys(HOUSEHOLD_DELIVERY_FIELD_TABLE).filter((k) => k !== 'repairItems'),
  ...DELIVERY_REPAIR_DISCIPLINES.map((d) => `repairs.${d}`),
]);

/** Reads one CSV row (header -> cell text) as a household record, with the cells that could not be read. */
export function householdFromCsvRow(
  row: Readonly<Record<string, unknown>>,
  locale: Locale,
): { readonly value: Record<string, unknown>; readonly problems: readonly CsvProblem[] } {
  const en = locale === 'en';
  const value: Record<string, unknown> = { repairItems: [] };
  const items: { discipline: DeliveryRepairDiscipline }[] = [];
  const problems: CsvProblem[] = [];
  for (const [header, raw] of Object.entries(row)) {
    const text = (Array.isArray(raw) ? raw.join('|') : String(raw)).trim();
    const column = COLUMNS.get(header.trim().toLowerCase());
    if (column === undefined) {
      const hint = suggestClosest(header, [...COLUMNS.keys()]);
      problems.push({
        path: header,
        message: en
          ? `unknown column${hint === undefined ? '' : ` (did you mean '${hint}'?)`}`
          : `未知的列${hint === undefined ? '' : `（是否应为“${hint}”？）`}`,
      });
      continue;
    }
    if (text === '') continue;
    if ('discipline' in column) {
      if (!/^\d{1,4}$/.test(text)) {
        problems.push({
          path: header,
          message: en ? 'expected a whole number of repair items >= 0' : '维修问题数应为不小于0的整数',
        });
        continue;
      }
      for (let i = Number(text); i > 0; i--) items.push({ discipline: column.discipline });
      continue;
    }
    const kind = HOUSEHOLD_DELIVERY_FIELD_TABLE[column.field].kind;
    switch (kind) {
      case 'boolean': {
        const t = text.toLowerCase();
        value[column.field] = YES.has(t) ? true : NO.has(t) ? false : text;
        break;
      }
      case 'mode': {
        const mode = DELIVERY_MODES.find(
          (m) =>
            m === text ||
            DELIVERY_MODE_LABELS[m]['zh-CN'] === text ||
            DELIVERY_MODE_LABELS[m]['zh-CN'].slice(0, 2) === text,
        );
        value[column.field] = mode ?? text;
        break;
      }
      case 'list':
        value[column.field] = text
          .split(/[|;；]/)
          .map((s) => s.trim())
          .filter((s) => s !== '');
        break;
      case 'text':
      case 'day':
      case 'repair-items':
        value[column.field] = text;
        break;
    }
  }
  value.repairItems = items;
  return { value, problems };
}
