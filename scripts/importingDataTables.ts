/**
 * The generated parts of the "importing your data" guide: the field reference, the value
 * alias tables and the examples of times, read from the complaint field table and the
 * import itself (so the docs say what the code does). `scripts/generateDocs.ts` puts them
 * between the markers `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` of
 * docs/<locale>/importing-data.md.
 */

import { COMPLAINT_FIELD_TABLE } from '../src/complaints/tables/fields.js';
import type { Locale } from '../src/core/reason.js';
import { DEFECT_FIELD_TABLE } from '../src/defects/tables/fields.js';
import { HOUSEHOLD_DELIVERY_FIELD_TABLE } from '../src/delivery/tables/fields.js';
import { OPENING_RISK_CHECK_FIELD_TABLE } from '../src/delivery/tables/openingCheckFields.js';
import { DELIVERY_RISK_CHECK_FIELD_TABLE } from '../src/delivery/tables/riskCheckFields.js';
import { createRecordImporter } from '../src/records/createRecordImporter.js';
import type { FieldRow, FieldTable, FieldValueKind } from '../src/records/fieldTable.js';
import { readTime } from '../src/records/readTime.js';
import { NO_WORDS, YES_WORDS } from '../src/records/readValue.js';
import { renderFlatKindParts } from './importingDataFlatKinds.js';

const esc = (s: string) => s.replace(/\|/g, '\\|');
const code = (s: string) => `\`${s}\``;

const KIND_WORDS: Readonly<Record<FieldValueKind, { readonly 'zh-CN': string; readonly en: string }>> = {
  id: { 'zh-CN': '编号（文字，1-200字）', en: 'id (text, 1-200 characters)' },
  text: { 'zh-CN': '文字（至多1万字）', en: 'text (up to 10,000 characters)' },
  enum: { 'zh-CN': '代码之一（见下表）', en: 'one code (see below)' },
  'enum-list': { 'zh-CN': '若干代码（见下表）', en: 'codes (see below)' },
  boolean: { 'zh-CN': '是/否', en: 'yes/no' },
  amount: { 'zh-CN': '金额（元，不小于0）', en: 'amount (yuan, at least 0)' },
  count: { 'zh-CN': '整数（不小于0）', en: 'whole number (at least 0)' },
  instant: { 'zh-CN': '时刻（带时区偏移）', en: 'instant (with an offset)' },
  'day-or-instant': { 'zh-CN': '日期或时刻', en: 'day or instant' },
  day: { 'zh-CN': '日期（年-月-日）', en: 'day (YYYY-MM-DD)' },
  'text-list': { 'zh-CN': '若干文字（以“|”或“；”分隔）', en: 'texts (split by | or ;)' },
  'day-list': {
    'zh-CN': '若干日期（年-月-日，以“|”“、”或“；”分隔）',
    en: 'days (YYYY-MM-DD, split by | , or ;)',
  },
  records: {
    'zh-CN': '条目列表（仅JSON；表格中见按专业计数的列）',
    en: 'list of items (JSON only; in a table, see the count columns)',
  },
  phone: {
    'zh-CN': '电话（手机11位或“区号-号码”，个人信息）',
    en: 'phone (11-digit mobile or area code-number; personal information)',
  },
};

const IS_WORDS = {
  given: { 'zh-CN': '已填写', en: 'given' },
  true: { 'zh-CN': '为“是”', en: 'yes' },
  'not-true': { 'zh-CN': '不为“是”', en: 'not yes' },
} as const;

/** A text field's own length limits, where they differ from the kind's. */
function textWords(row: FieldRow, locale: Locale): string | undefined {
  if (row.value !== 'text') return undefined;
  const zh = locale === 'zh-CN';
  const max = row.maxLength ?? 10_000;
  if (row.minLength !== undefined && row.minLength > 0)
    return zh ? `文字（${row.minLength}-${max}字）` : `text (${row.minLength}-${max} characters)`;
  if (max < 10_000) return zh ? `文字（至多${max}字）` : `text (up to ${max} characters)`;
  return undefined;
}

/** What a row's value is, with the rules between fields it carries. */
function valueWords(row: FieldRow, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const notes: string[] = [];
  if (row.expands !== undefined) {
    const item = Object.entries(row.expands.item)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(', ');
    notes.push(
      zh
        ? `每1计为${row.expands.into}中的一条（${item}）`
        : `each 1 adds an item { ${item} } to ${row.expands.into}`,
    );
  }
  if (row.notBefore !== undefined) {
    const before = typeof row.notBefore === 'string' ? [row.notBefore] : row.notBefore;
    notes.push(zh ? `不早于${before.join('、')}` : `not before ${before.join(', ')}`);
  }
  if (row.notBelow !== undefined) notes.push(zh ? `不小于${row.notBelow}` : `not below ${row.notBelow}`);
  for (const r of row.requires ?? []) {
    const when = r.when === 'true' ? (zh ? '为“是”时' : 'when yes') : zh ? '填写时' : 'when given';
    notes.push(
      zh ? `${when}${r.field}须${IS_WORDS[r.is][locale]}` : `${when}, ${r.field} ${IS_WORDS[r.is][locale]}`,
    );
  }
  if (row.requiredGroup !== undefined)
    notes.push(zh ? `${row.requiredGroup}至少填一项` : `at least one ${row.requiredGroup} field`);
  if (row.distinct === true) notes.push(zh ? '同一代码不得重复' : 'each code once');
  if (row.uniqueBy !== undefined)
    notes.push(zh ? `各条的${row.uniqueBy}不得重复` : `each item's ${row.uniqueBy} once`);
  if (row.objectOptional === true && row.path !== undefined) {
    const head = row.path[0] as string;
    notes.push(zh ? `可无${head}；有${head}时必填` : `${head} may be absent; required when it is given`);
  }
  const base = row.valueNote?.[locale] ?? textWords(row, locale) ?? KIND_WORDS[row.value][locale];
  return notes.length === 0 ? base : `${base}; ${notes.join('; ')}`;
}

/** The field reference: one row per field (or item column) of a record kind. */
export function fields(table: FieldTable, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const lines = [
    zh
      ? '| 字段 | 中文列名 | English | 也读作 | 取值 | 必填 | 规则 |'
      : '| Field | Chinese header | English | Also read as | Value | Required | Rules |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of Object.values(table)) {
    lines.push(
      `| ${code(row.id)} | ${esc(row.label['zh-CN'])} | ${esc(row.label.en)} | ${row.headers.map(esc).join(zh ? '、' : ', ')} | ${esc(valueWords(row, locale))} | ${row.required ? (zh ? '是' : 'yes') : ''} | ${(row.rules ?? []).join(' ')} |`,
    );
  }
  return lines.join('\n');
}

/** The fields of the items of each `records` row (and of their own lists), for the kinds whose lists are JSON only. */
function itemFields(table: FieldTable, locale: Locale, under = ''): string {
  const out: string[] = [];
  for (const row of Object.values(table)) {
    if (row.value !== 'records' || row.items === undefined) continue;
    const name = `${under}${row.id}[]`;
    out.push(`**${code(name)}** (${row.label[locale]})`, '', fields(row.items, locale), '');
    const inner = itemFields(row.items, locale, `${name}.`);
    if (inner !== '') out.push(inner, '');
  }
  return out.join('\n').trimEnd();
}

/** The codes of each field with a vocabulary, and of the fields of its items. */
function itemValues(table: FieldTable, locale: Locale, under = ''): string {
  const out = [values(table, locale, false, under)];
  for (const row of Object.values(table))
    if (row.value === 'records' && row.items !== undefined)
      out.push(itemValues(row.items, locale, `${under}${row.id}[].`));
  return out.filter((s) => s !== '').join('\n\n');
}

/** The codes of each field with a vocabulary, with what the import reads as each. */
export function values(table: FieldTable, locale: Locale, yesNo = true, prefix = ''): string {
  const zh = locale === 'zh-CN';
  const out: string[] = [];
  for (const row of Object.values(table)) {
    if (row.vocabulary === undefined) continue;
    out.push(
      `**${code(`${prefix}${row.id}`)}** (${row.label[locale]})`,
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
  if (!yesNo) return out.join('\n').trimEnd();
  out.push(
    zh ? '**是/否字段**（不分大小写）' : '**Yes/no fields** (case folded)',
    '',
    zh ? '| 值 | 读作 |' : '| Value | Read as |',
    '|---|---|',
    `| ${YES_WORDS.map(esc).join(' ')} | \`true\` |`,
    `| ${NO_WORDS.map(esc).join(' ')} | \`false\` |`,
  );
  return out.join('\n').trimEnd();
}

/** Examples of cells as exports write them and what the import reads, run through the import itself. */
function examples(locale: Locale): string {
  const zh = locale === 'zh-CN';
  const cases: [string, string][] = [
    ['compensationClaimed', '25,000'],
    ['compensationClaimed', '2.5万'],
    ['compensationClaimed', '¥25000'],
    ['compensationClaimed', '￥25,000.00'],
    ['collectiveComplainants', '12人'],
    ['crisisSignals', '媒体负面曝光、台风'],
    ['receivedAt', '2025-10-09T10:00:00+08:00'],
    ['receivedAt', '2025-10-09T10:00+08:00'],
    ['receivedAt', '2025-10-09 10:00:00+0800'],
    ['receivedAt', '2025-10-09 10:00'],
    ['receivedAt', '2025/10/9 10:00:00'],
    ['receivedAt', '2025/10/9 上午10:00'],
    ['receivedAt', '45939.416666667'],
    ['receivedAt', '2026-02-30 10:00'],
    ['receivedAt', '2025-10-09'],
    ['centralizedDeliveryAt', '2026/6/30'],
  ];
  const lines = [
    zh
      ? '| 字段 | 单元格 | 命令行读作（默认） | `--naive-times reject` |'
      : '| Field | Cell | The CLI reads (default) | `--naive-times reject` |',
    '|---|---|---|---|',
  ];
  const shown = (field: string, cell: string, naive: 'asia-shanghai' | 'reject') => {
    const row = COMPLAINT_FIELD_TABLE[field as keyof typeof COMPLAINT_FIELD_TABLE];
    if (row.value === 'instant' || row.value === 'day-or-instant') {
      const r = readTime(cell, row.value === 'day-or-instant', naive);
      if (r === undefined) return zh ? '（原样交给校验）' : '(left to the schema)';
      return r.how === 'refused' ? `${zh ? '拒绝：' : 'refused: '}${r.message[locale]}` : code(r.value);
    }
    const imp = createRecordImporter(COMPLAINT_FIELD_TABLE, { naiveTimes: naive });
    imp.readHeader([field]);
    const rec = imp.readRow([cell], 'text')?.record as Record<string, unknown> | undefined;
    return code(JSON.stringify(rec?.[field]));
  };
  for (const [field, cell] of cases) {
    lines.push(
      `| ${code(field)} | ${code(cell)} | ${esc(shown(field, cell, 'asia-shanghai'))} | ${esc(shown(field, cell, 'reject'))} |`,
    );
  }
  return lines.join('\n');
}

/** Every generated part of the guide, by marker name. */
export function renderImportingDataParts(locale: Locale): Readonly<Record<string, string>> {
  return {
    fields: fields(COMPLAINT_FIELD_TABLE, locale),
    values: values(COMPLAINT_FIELD_TABLE, locale),
    examples: examples(locale),
    householdfields: fields(HOUSEHOLD_DELIVERY_FIELD_TABLE, locale),
    householdvalues: values(HOUSEHOLD_DELIVERY_FIELD_TABLE, locale, false),
    defectfields: fields(DEFECT_FIELD_TABLE, locale),
    defectvalues: values(DEFECT_FIELD_TABLE, locale, false),
    riskcheckfields: `${fields(DELIVERY_RISK_CHECK_FIELD_TABLE, locale)}\n\n${itemFields(DELIVERY_RISK_CHECK_FIELD_TABLE, locale)}`,
    riskcheckvalues: itemValues(DELIVERY_RISK_CHECK_FIELD_TABLE, locale),
    openingcheckfields: `${fields(OPENING_RISK_CHECK_FIELD_TABLE, locale)}\n\n${itemFields(OPENING_RISK_CHECK_FIELD_TABLE, locale)}`,
    openingcheckvalues: itemValues(OPENING_RISK_CHECK_FIELD_TABLE, locale),
    ...renderFlatKindParts(locale),
  };
}

/** A guide with its generated parts replaced: text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
export function fillGeneratedParts(text: string, parts: Readonly<Record<string, string>>): string {
  return text.replace(
    /(<!-- generated:([a-z]+) -->)\n(?:[\s\S]*?\n)?(<!-- \/generated:\2 -->)/g,
    (whole, open: string, name: string, close: string) => {
      const part = parts[name];
      return part === undefined ? whole : `${open}\n${part}\n${close}`;
    },
  );
}
