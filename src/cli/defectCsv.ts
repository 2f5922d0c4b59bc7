import { DEFECT_FIELD_TABLE, type DefectFieldRow } from '../defects/tables/fields.js';

/** Every name a column of a defect file may carry (the key path, its aliases, both labels), lower-cased, to its field. */
const COLUMNS: ReadonlyMap<string, DefectFieldRow> = new Map(
  DEFECT_FIELD_TABLE.flatMap((f) =>
    [f.path.join('.'), ...f.aliases, f['zh-CN'], f.en].map((name) => [name.toLowerCase(), f] as const),
  ),
);

const TRUE = new Set(['true', 'yes', 'y', '1', '是']);
const FALSE = new Set(['false', 'no', 'n', '0', '否']);

/**
 * A CSV row of defects as a defect record: columns named by the field table (`description.zh`,
 * `缺陷描述`, `Description (Chinese)`, ...) become the record's fields, nested where the path
 * is; `major` reads true/false (是/否), `householdsAffected` a whole number. A value that does
 * not read stays text, so that validation names it; an unknown column stays as it is, so that
 * validation reports it. (The lead's import machinery replaces this with the field table's
 * header and value aliases at merge.)
 */
export function defectFromCsvRow(row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    const field = COLUMNS.get(name.trim().toLowerCase());
    if (field === undefined) {
      record[name] = value;
      continue;
    }
    let typed: unknown = value;
    if (typeof value === 'string') {
      const text = value.trim();
      if (field.type === 'boolean') {
        const lower = text.toLowerCase();
        typed = TRUE.has(lower) ? true : FALSE.has(lower) ? false : value;
      } else if (field.type === 'count') {
        typed = /^\d+$/.test(text) ? Number(text) : value;
      }
    }
    const [head, leaf] = field.path;
    if (leaf === undefined) record[head as string] = typed;
    else {
      const inner = (record[head as string] ?? {}) as Record<string, unknown>;
      inner[leaf] = typed;
      record[head as string] = inner;
    }
  }
  return record;
}
