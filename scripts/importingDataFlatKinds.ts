/**
 * The generated parts of the "importing your data" guide for the flat record kinds (repair
 * orders, customers): a field reference and the value alias tables per kind, read from
 * their field tables, the same ones the import reads. `renderImportingDataParts` adds them
 * under the markers `repairorderfields`, `repairordervalues`, `customerfields` and
 * `customervalues`.
 */

import type { Locale } from '../src/core/reason.js';
import { CUSTOMER_RECORD_FIELD_TABLE } from '../src/customers/tables/recordFieldTable.js';
import type { FieldTable } from '../src/records/fieldTable.js';
import { REPAIR_ORDER_FIELD_TABLE } from '../src/warranty/tables/repairOrderFieldTable.js';
import { KIND_WORDS } from './importingDataTables.js';

const esc = (s: string) => s.replace(/\|/g, '\\|');
const code = (s: string) => `\`${s}\``;

/** The field reference of a table: one row per field, the order of times named. */
function fieldsOf(table: FieldTable, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const lines = [
    zh
      ? '| 字段 | 中文列名 | English | 也读作 | 取值 | 必填 | 规则 |'
      : '| Field | Chinese header | English | Also read as | Value | Required | Rules |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of Object.values(table)) {
    const before = row.notBefore === undefined ? [] : [row.notBefore].flat();
    const after =
      before.length === 0
        ? ''
        : zh
          ? `，不早于 ${before.map(code).join('、')}`
          : `, not before ${before.map(code).join(', ')}`;
    const below =
      row.notBelow === undefined
        ? ''
        : zh
          ? `，不小于 ${code(row.notBelow)}`
          : `, not below ${code(row.notBelow)}`;
    const text =
      row.value === 'text'
        ? {
            'zh-CN': `文字（${row.minLength ?? 0}-${row.maxLength ?? 10_000}字）`,
            en: `text (${row.minLength ?? 0}-${row.maxLength ?? 10_000} characters)`,
          }
        : undefined;
    const value = `${(row.valueNote ?? text ?? KIND_WORDS[row.value])[locale]}${after}${below}`;
    lines.push(
      `| ${code(row.id)} | ${esc(row.label['zh-CN'])} | ${esc(row.label.en)} | ${row.headers.map(esc).join(zh ? '、' : ', ')} | ${esc(value)} | ${row.required ? (zh ? '是' : 'yes') : ''} | ${(row.rules ?? []).join(' ')} |`,
    );
  }
  return lines.join('\n');
}

/** The codes of each field of a table with a vocabulary, with what the import reads as each. */
function valuesOf(table: FieldTable, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const out: string[] = [];
  for (const row of Object.values(table)) {
    if (row.vocabulary === undefined) continue;
    out.push(
      `**${code(row.id)}** (${row.label[locale]})`,
      '',
      zh ? '| 代码 | 中文 | English | 也读作 |' : '| Code | Chinese | English | Also read as |',
      '|---|---|---|---|',
      ...row.vocabulary.map(
        (e) =>
          `| ${code(e.id)} | ${esc(e.label['zh-CN'])} | ${esc(e.label.en)} | ${e.aliases.map(esc).join(zh ? '、' : ', ')} |`,
      ),
      '',
    );
  }
  return out.join('\n').trimEnd();
}

/** The flat kinds' generated parts, by marker name. */
export function renderFlatKindParts(locale: Locale): Readonly<Record<string, string>> {
  return {
    repairorderfields: fieldsOf(REPAIR_ORDER_FIELD_TABLE, locale),
    repairordervalues: valuesOf(REPAIR_ORDER_FIELD_TABLE, locale),
    customerfields: fieldsOf(CUSTOMER_RECORD_FIELD_TABLE, locale),
    customervalues: valuesOf(CUSTOMER_RECORD_FIELD_TABLE, locale),
  };
}
