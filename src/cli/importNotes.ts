/**
 * What the import had to interpret, in words, once per file: the encoding it detected,
 * the columns it read by another name or did not know, the values it read through an
 * alias, the times it read as Asia/Shanghai. Printed with the summary; in JSON, the same as
 * data.
 *
 * @module
 */

import type { Locale } from '../core/reason.js';
import type { ImportStats } from '../records/createRecordImporter.js';
import type { OpenedInput } from './input/openRecords.js';

const ENCODING_WORDS: Readonly<Record<string, { readonly 'zh-CN': string; readonly en: string }>> = {
  gb18030: { 'zh-CN': '按GB18030/GBK编码读取', en: 'read as GB18030/GBK text' },
  'utf-16le': { 'zh-CN': '按UTF-16LE编码读取', en: 'read as UTF-16LE text' },
  'utf-16be': { 'zh-CN': '按UTF-16BE编码读取', en: 'read as UTF-16BE text' },
};

/** The import report as data (the `import` member of JSON outputs). */
export function importReport(input: OpenedInput, stats: ImportStats) {
  return {
    format: input.format,
    ...(input.decoding === undefined
      ? {}
      : { encoding: input.decoding.encoding === 'undecided' ? 'utf-8' : input.decoding.encoding }),
    aliases: stats.aliases,
    naiveTimes: stats.naiveTimes,
    columns: {
      renamed: stats.renamedColumns,
      unknown: stats.unknownColumns.map((u) => ({
        header: u.header,
        ...(u.column === undefined ? {} : { column: u.column + 1 }),
        ...(u.suggestion === undefined ? {} : { suggestion: u.suggestion }),
      })),
      ...(stats.moreUnknownColumns === 0 ? {} : { moreUnknown: stats.moreUnknownColumns }),
      ignored: stats.ignoredColumns,
    },
  };
}

/** The import report in words, one line each (no line when there is nothing to say). */
export function importNotes(input: OpenedInput, stats: ImportStats, locale: Locale): string[] {
  const zh = locale === 'zh-CN';
  const lines: string[] = [];
  const enc = input.decoding?.encoding;
  const words = enc === undefined ? undefined : ENCODING_WORDS[enc];
  if (words !== undefined) lines.push(words[locale]);
  if (stats.renamedColumns.length > 0) {
    const list = stats.renamedColumns.map((r) => `${r.header} → ${r.field}`).join(zh ? '，' : ', ');
    lines.push(zh ? `按列名别名读取：${list}` : `columns read by another name: ${list}`);
  }
  if (stats.unknownColumns.length > 0) {
    const more = stats.moreUnknownColumns;
    const list = stats.unknownColumns
      .map((u) =>
        u.suggestion === undefined
          ? u.header
          : zh
            ? `${u.header}（是否指 ${u.suggestion}？）`
            : `${u.header} (did you mean ${u.suggestion}?)`,
      )
      .join(zh ? '，' : ', ');
    const tail = more === 0 ? '' : zh ? `，另有${more}个` : `, and ${more} more`;
    lines.push(
      zh ? `未识别的列，未读取：${list}${tail}` : `columns not read (no such field): ${list}${tail}`,
    );
  }
  if (stats.ignoredColumns.length > 0) {
    const list = stats.ignoredColumns.join(zh ? '，' : ', ');
    lines.push(zh ? `按映射文件略去的列：${list}` : `columns left out by the mapping: ${list}`);
  }
  if (stats.aliases > 0) {
    lines.push(
      zh
        ? `${stats.aliases}个值按别名读取（如“是/否”“400热线”“2.5万”）`
        : `${stats.aliases} ${stats.aliases === 1 ? 'value' : 'values'} read through an alias (such as 是/否, 400热线, 2.5万)`,
    );
  }
  if (stats.naiveTimes > 0) {
    lines.push(
      zh
        ? `${stats.naiveTimes}个未带时区的时间按北京时间（UTC+8）读取（--naive-times reject 则拒绝）`
        : `${stats.naiveTimes} ${stats.naiveTimes === 1 ? 'time' : 'times'} without an offset read as Asia/Shanghai time (UTC+8); --naive-times reject refuses them`,
    );
  }
  return lines;
}
