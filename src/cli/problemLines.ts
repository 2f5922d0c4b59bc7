import type { Locale } from '../core/reason.js';
import type { ProblemGroup, ProblemPlace } from '../records/createProblemTally.js';

const place = (p: ProblemPlace, locale: Locale) =>
  `#${p.index}${p.line === undefined ? '' : locale === 'en' ? ` (line ${p.line})` : `（行 ${p.line}）`}`;

/**
 * The problems of a file grouped by field and message, two lines a group: what is wrong,
 * then how many records have it and where (at most three places), indented by `indent`.
 */
export function problemLines(groups: readonly ProblemGroup[], locale: Locale, indent: string): string[] {
  const zh = locale === 'zh-CN';
  const lines: string[] = [];
  for (const g of groups) {
    const field =
      g.path === '*'
        ? zh
          ? '其他问题'
          : 'other problems'
        : g.path === ''
          ? zh
            ? '（记录）'
            : '(record)'
          : g.path;
    lines.push(g.path === '*' ? `${indent}${field}` : `${indent}${field}${zh ? '：' : ': '}${g.message}`);
    const where = g.examples.map((p) => place(p, locale)).join(zh ? '、' : ', ');
    const n = g.count.toLocaleString('en-US');
    const more = g.count > g.examples.length;
    lines.push(
      zh
        ? `${indent}  ${n}条${more ? '，如' : ''}：${where}${more ? '…' : ''}`
        : `${indent}  ${n} ${g.count === 1 ? 'record' : 'records'}${more ? ', such as' : ':'} ${where}${more ? ', …' : ''}`,
    );
  }
  return lines;
}
