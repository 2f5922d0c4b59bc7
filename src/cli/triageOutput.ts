/**
 * How `realty-crm triage` writes: an aligned table (CJK characters counted two columns),
 * one JSON document streamed, or CSV rows (cells that a spreadsheet would run as formulas
 * neutralised); then the group findings, what the import interpreted, the invalid records
 * grouped by field, and a summary.
 *
 * @module
 */

import type { GroupFinding } from '../complaints/detectGroupComplaints.js';
import { COMPLAINT_CATEGORY_TABLE } from '../complaints/tables/categories.js';
import { COMPLAINT_FIELD_TABLE, TRIAGE_COLUMN_LABELS } from '../complaints/tables/fields.js';
import {
  FOLLOW_UP_ROLE_LABELS,
  HANDLING_UNIT_LABELS,
  SEVERITY_LEVEL_LABELS,
} from '../complaints/tables/labels.js';
import type { TriagedComplaint } from '../complaints/triageComplaints.js';
import { COMPLAINT_CATEGORIES, SEVERITY_LEVELS } from '../complaints/types.js';
import type { Locale } from '../core/reason.js';
import type { ProblemGroup } from '../records/createProblemTally.js';
import { csvCell } from './csv.js';
import type { Output } from './output.js';
import { problemLines } from './problemLines.js';
import { padToWidth, textWidth } from './textWidth.js';

/** How the triage writes. */
export interface TriageFormat {
  readonly format: 'table' | 'json' | 'csv';
  readonly locale: Locale;
  readonly now: string;
  readonly summaryOnly: boolean;
}

/** The summary printed at the end (and the `summary` member of the JSON output). */
export interface Summary {
  readonly valid: number;
  readonly invalid: number;
  readonly byCategory: Record<string, number>;
  readonly byLevel: Record<string, number>;
  readonly majorGroups: number;
  readonly overdue: { reply: number; callback: number; close: number };
  readonly fallbackUsed: number;
}

const CSV_COLUMNS = [
  'id',
  'category',
  'level',
  'majorGroup',
  'role',
  'unit',
  'replyBy',
  'replyOverdue',
  'callbackBy',
  'callbackOverdue',
  'closeBy',
  'closeOverdue',
  'rules',
] as const;

const majorGroupWords = (locale: Locale) => (locale === 'en' ? ' (major group)' : '（重大群诉）');

function deadlineText(
  d: TriagedComplaint['replyBy'] | null,
  overdue: boolean | null,
  locale: Locale,
): string {
  if (d === null) return '-';
  const late = overdue === true ? (locale === 'en' ? ' OVERDUE' : ' 逾期') : '';
  const est = d.fallbackUsed ? (locale === 'en' ? ' (estimate)' : '（估算）') : '';
  return `${d.lastDay}${late}${est}`;
}

/** The column widths of the table: every column as wide as its longest possible value. */
export function tableWidths(locale: Locale, idWidth: number): number[] {
  const max = (texts: readonly string[]) => Math.max(...texts.map(textWidth));
  const deadline = max([
    '-',
    deadlineText(
      { lastDay: '2026-01-01', endsAt: new Date(0), fallbackUsed: true, reasons: [] },
      true,
      locale,
    ),
  ]);
  const headers = tableHeaders(locale);
  return [
    Math.max(idWidth, textWidth(headers[0] as string)),
    max([headers[1] as string, ...COMPLAINT_CATEGORIES.map((c) => categoryLabel(c, locale))]),
    max([
      headers[2] as string,
      ...SEVERITY_LEVELS.map((l) => SEVERITY_LEVEL_LABELS[l][locale] + majorGroupWords(locale)),
    ]),
    max([headers[3] as string, ...Object.values(FOLLOW_UP_ROLE_LABELS).map((l) => l[locale])]),
    max([headers[4] as string, ...Object.values(HANDLING_UNIT_LABELS).map((l) => l[locale])]),
    Math.max(deadline, textWidth(headers[5] as string)),
    Math.max(deadline, textWidth(headers[6] as string)),
    Math.max(deadline, textWidth(headers[7] as string)),
  ];
}

const categoryLabel = (c: keyof typeof COMPLAINT_CATEGORY_TABLE, locale: Locale) =>
  locale === 'en' ? COMPLAINT_CATEGORY_TABLE[c].en : COMPLAINT_CATEGORY_TABLE[c].zh;

function tableHeaders(locale: Locale): string[] {
  const T = TRIAGE_COLUMN_LABELS;
  return [
    COMPLAINT_FIELD_TABLE.id.label[locale],
    COMPLAINT_FIELD_TABLE.category.label[locale],
    T.level[locale],
    T.role[locale],
    T.unit[locale],
    T.replyBy[locale],
    T.callbackBy[locale],
    T.closeBy[locale],
  ];
}

function tableLine(cells: readonly string[], widths: readonly number[]): string {
  const last = cells.length - 1;
  return `${cells.map((c, i) => (i === last ? c : padToWidth(c, widths[i] as number))).join('  ')}\n`;
}

/** The title and, for a table, its header row; the JSON document's opening; the CSV header. */
export function header(out: Output, f: TriageFormat, policyId: string, widths: readonly number[]) {
  if (f.format === 'json')
    return out.push(`{"policy":${JSON.stringify(policyId)},"now":${JSON.stringify(f.now)},"complaints":[`);
  if (f.format === 'csv') return out.push(`${CSV_COLUMNS.join(',')}\n`);
  const title =
    f.locale === 'en'
      ? `Complaints at ${f.now} (policy ${policyId})\n`
      : `投诉分诊（${f.now}，政策 ${policyId}）\n`;
  return out.push(f.summaryOnly ? title : `${title}\n${tableLine(tableHeaders(f.locale), widths)}`);
}

// The JSON of the parts a triage shares between complaints (deadlines and route reasons of
// the same day and kind, frozen): written once, reused by identity. The row's text is the
// same as JSON.stringify of the whole row, key for key.
const sharedJson = new WeakMap<object, string>();
function jsonOf(value: object | null): string {
  if (value === null) return 'null';
  if (!Object.isFrozen(value)) return JSON.stringify(value);
  let text = sharedJson.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    sharedJson.set(value, text);
  }
  return text;
}

/** `JSON.stringify(t)`, written from its parts. */
export function triagedJson(t: TriagedComplaint): string {
  let reasons = '';
  for (const r of t.reasons) reasons = reasons === '' ? jsonOf(r) : `${reasons},${jsonOf(r)}`;
  const o = t.overdue;
  return `{"id":${JSON.stringify(t.id)},"category":"${t.category}","level":"${t.level}","majorGroup":${t.majorGroup},"role":"${t.role}","unit":"${t.unit}","replyBy":${jsonOf(t.replyBy)},"callbackBy":${jsonOf(t.callbackBy)},"closeBy":${jsonOf(t.closeBy)},"overdue":{"reply":${o.reply},"callback":${o.callback},"close":${o.close}},"reasons":[${reasons}]}`;
}

/** One triaged complaint. */
export function row(
  out: Output,
  t: TriagedComplaint,
  f: TriageFormat,
  first: boolean,
  widths: readonly number[],
) {
  const { locale } = f;
  if (f.format === 'json') return out.push(`${first ? '' : ','}\n${triagedJson(t)}`);
  if (f.format === 'csv') {
    let rules = '';
    for (const r of t.reasons) rules = rules === '' ? r.rule : `${rules}|${r.rule}`;
    return out.push(
      `${csvCell(t.id)},${t.category},${t.level},${t.majorGroup},${t.role},${t.unit},${t.replyBy.lastDay},${t.overdue.reply},${t.callbackBy?.lastDay ?? ''},${t.overdue.callback ?? ''},${t.closeBy?.lastDay ?? ''},${t.overdue.close ?? ''},${rules}\n`,
    );
  }
  if (f.summaryOnly) return undefined;
  const level = SEVERITY_LEVEL_LABELS[t.level][locale] + (t.majorGroup ? majorGroupWords(locale) : '');
  return out.push(
    tableLine(
      [
        t.id,
        categoryLabel(t.category, locale),
        level,
        FOLLOW_UP_ROLE_LABELS[t.role][locale],
        HANDLING_UNIT_LABELS[t.unit][locale],
        deadlineText(t.replyBy, t.overdue.reply, locale),
        deadlineText(t.callbackBy, t.overdue.callback, locale),
        deadlineText(t.closeBy, t.overdue.close, locale),
      ],
      widths,
    ),
  );
}

/** What follows the rows: groups, import notes, invalid records, summary. */
export interface Footer {
  readonly groups: readonly GroupFinding[];
  readonly problems: readonly ProblemGroup[];
  readonly summary: Summary;
  readonly notes: readonly string[];
  readonly report: unknown;
}

/** Ends the output; for CSV, what does not fit in one table goes to `stderr`. */
export async function footer(
  out: Output,
  stderr: (text: string) => void,
  f: Footer & TriageFormat,
): Promise<void> {
  const { locale, summary } = f;
  if (f.format === 'json') {
    const groupRows = f.groups.map((g) => ({
      projectId: g.projectId,
      issue: g.issue,
      households: g.households,
      complainantsWithin30Days: g.complainantsWithin30Days,
      majorHouseholds: g.majorHouseholds,
      level: g.level,
      majorGroup: g.majorGroup,
      reasons: g.reasons,
    }));
    await out.push(
      `\n],"groups":${JSON.stringify(groupRows)},"invalid":${JSON.stringify(f.problems)},"summary":${JSON.stringify(summary)},"import":${JSON.stringify(f.report)}}\n`,
    );
    return out.flush();
  }
  if (f.format === 'csv') {
    await out.flush();
    // stdout stays one clean CSV table; what does not fit in it goes to stderr.
    stderr(
      locale === 'en'
        ? `realty-crm: ${summary.valid} complaints triaged, ${summary.invalid} invalid records (see \`realty-crm validate\`), ${summary.majorGroups} major group complaint(s)\n`
        : `realty-crm：已分诊${summary.valid}条，无效记录${summary.invalid}条（详见 realty-crm validate），重大群诉${summary.majorGroups}组\n`,
    );
    for (const n of f.notes) stderr(`realty-crm: ${n}\n`);
    return;
  }
  const notable = f.groups.filter((g) => g.level !== 'general');
  const lines: string[] = [
    locale === 'en'
      ? `\nGroups above general (${notable.length} of ${f.groups.length}):`
      : `\n一般以上的群体投诉（共${f.groups.length}组中的${notable.length}组）：`,
  ];
  for (const g of notable) {
    const label = SEVERITY_LEVEL_LABELS[g.level][locale] + (g.majorGroup ? majorGroupWords(locale) : '');
    lines.push(
      locale === 'en'
        ? `  ${g.projectId} / ${g.issue}: ${label}; ${g.households} households, ${g.complainantsWithin30Days} complainants in 30 days, ${g.majorHouseholds} open major households`
        : `  ${g.projectId} / ${g.issue}：${label}；累计${g.households}户，近30天${g.complainantsWithin30Days}位投诉人，${g.majorHouseholds}户重大投诉未解决`,
    );
  }
  if (f.problems.length > 0) {
    lines.push(
      locale === 'en' ? `\nInvalid records (${summary.invalid}):` : `\n无效记录（${summary.invalid}条）：`,
      ...problemLines(f.problems, locale, '  '),
    );
  }
  const cats = COMPLAINT_CATEGORIES.map((c) => `${categoryLabel(c, locale)} ${summary.byCategory[c]}`).join(
    ', ',
  );
  const levels = SEVERITY_LEVELS.map((l) => `${SEVERITY_LEVEL_LABELS[l][locale]} ${summary.byLevel[l]}`).join(
    ', ',
  );
  lines.push(
    locale === 'en'
      ? `\nSummary: ${summary.valid} valid, ${summary.invalid} invalid; ${summary.majorGroups} major group complaint(s)\n  by category: ${cats}\n  by level: ${levels}\n  overdue: reply ${summary.overdue.reply}, callback ${summary.overdue.callback}, close ${summary.overdue.close}`
      : `\n汇总：有效${summary.valid}条，无效${summary.invalid}条；重大群诉${summary.majorGroups}组\n  按类别：${cats}\n  按重要性：${levels}\n  逾期：回复${summary.overdue.reply}，回访${summary.overdue.callback}，结案${summary.overdue.close}`,
  );
  if (summary.fallbackUsed > 0) {
    lines.push(
      locale === 'en'
        ? `  ${summary.fallbackUsed} complaint(s) have deadlines in years without a holiday notice: counted weekends only (estimates)`
        : `  ${summary.fallbackUsed}条投诉的期限落在尚无节假日通知的年份：仅按周末估算`,
    );
  }
  for (const n of f.notes) lines.push(`  ${n}`);
  await out.push(`${lines.join('\n')}\n`);
  return out.flush();
}
