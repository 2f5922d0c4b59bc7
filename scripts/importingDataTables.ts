/**
 * The generated parts of the "importing your data" guide: the field reference, the value
 * alias tables and the examples of times, read from the complaint field table and the
 * import itself (so the docs say what the code does). `scripts/generateDocs.ts` puts them
 * between the markers `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` of
 * docs/<locale>/importing-data.md.
 */

import { COMPLAINT_FIELD_TABLE } from '../src/complaints/tables/fields.js';
import type { Locale } from '../src/core/reason.js';
import { createRecordImporter } from '../src/records/createRecordImporter.js';
import type { FieldValueKind } from '../src/records/fieldTable.js';
import { readTime } from '../src/records/readTime.js';
import { NO_WORDS, YES_WORDS } from '../src/records/readValue.js';

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
  phone: {
    'zh-CN': '电话（手机11位或“区号-号码”，个人信息）',
    en: 'phone (11-digit mobile or area code-number; personal information)',
  },
};

/** The field reference: one row per field of the complaint record. */
function fields(locale: Locale): string {
  const zh = locale === 'zh-CN';
  const lines = [
    zh
      ? '| 字段 | 中文列名 | English | 也读作 | 取值 | 必填 | 规则 |'
      : '| Field | Chinese header | English | Also read as | Value | Required | Rules |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of Object.values(COMPLAINT_FIELD_TABLE)) {
    lines.push(
      `| ${code(row.id)} | ${esc(row.label['zh-CN'])} | ${esc(row.label.en)} | ${row.headers.map(esc).join(zh ? '、' : ', ')} | ${row.value === 'text' && row.maxLength !== undefined && row.maxLength < 10_000 ? (zh ? `文字（至多${row.maxLength}字）` : `text (up to ${row.maxLength} characters)`) : KIND_WORDS[row.value][locale]} | ${row.required ? (zh ? '是' : 'yes') : ''} | ${(row.rules ?? []).join(' ')} |`,
    );
  }
  return lines.join('\n');
}

/** The codes of each field with a vocabulary, with what the import reads as each. */
function values(locale: Locale): string {
  const zh = locale === 'zh-CN';
  const out: string[] = [];
  for (const row of Object.values(COMPLAINT_FIELD_TABLE)) {
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
  return { fields: fields(locale), values: values(locale), examples: examples(locale) };
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
