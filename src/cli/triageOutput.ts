/**
 * How `realty-crm triage` writes: a table, one JSON object streamed, or CSV rows; then
 * the group findings, the invalid records and a summary.
 *
 * @module
 */

import type { GroupFinding } from '../complaints/detectGroupComplaints.js';
import { COMPLAINT_CATEGORY_TABLE } from '../complaints/tables/categories.js';
import {
  FOLLOW_UP_ROLE_LABELS,
  HANDLING_UNIT_LABELS,
  SEVERITY_LEVEL_LABELS,
} from '../complaints/tables/labels.js';
import { COMPLAINT_CATEGORIES, SEVERITY_LEVELS } from '../complaints/types.js';
import type { Locale } from '../core/reason.js';
import { csvCell } from './csv.js';
import type { CliIo } from './runCli.js';
import type { TriageOptions } from './triageCommand.js';
import type { TriagedComplaint } from './triageComplaint.js';

/** One problem of an invalid record. */
export interface Invalid {
  readonly index: number;
  readonly line?: number;
  readonly path: string;
  readonly message: string;
}

/** Writes text, waiting for the stream to drain when it must. */
export type Write = (text: string) => Promise<void> | undefined;

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

export async function header(write: Write, o: TriageOptions, policyId: string): Promise<void> {
  if (o.format === 'json')
    await write(`{"policy":${JSON.stringify(policyId)},"now":${JSON.stringify(o.now)},"complaints":[`);
  else if (o.format === 'csv') await write(`${CSV_COLUMNS.join(',')}\n`);
  else {
    await write(
      o.locale === 'en'
        ? `Complaints at ${o.now} (policy ${policyId})\n\nid | category | level | follow-up | handled by | reply by | callback by | close by\n`
        : `投诉分诊（${o.now}，政策 ${policyId}）\n\n编号 | 类别 | 重要性 | 跟进人 | 处理单位 | 回复期限 | 回访期限 | 结案期限\n`,
    );
  }
}

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

export async function row(
  write: Write,
  t: TriagedComplaint,
  o: TriageOptions,
  first: boolean,
): Promise<void> {
  const { locale } = o;
  if (o.format === 'json') {
    await write(`${first ? '' : ','}\n${JSON.stringify(t)}`);
    return;
  }
  if (o.format === 'csv') {
    const cells = [
      t.id,
      t.category,
      t.level,
      t.majorGroup,
      t.role,
      t.unit,
      t.replyBy.lastDay,
      t.overdue.reply,
      t.callbackBy?.lastDay,
      t.overdue.callback,
      t.closeBy?.lastDay,
      t.overdue.close,
      t.reasons.map((r) => r.rule).join('|'),
    ];
    await write(`${cells.map(csvCell).join(',')}\n`);
    return;
  }
  const cat = COMPLAINT_CATEGORY_TABLE[t.category];
  const level =
    SEVERITY_LEVEL_LABELS[t.level][locale] +
    (t.majorGroup ? (locale === 'en' ? ' (major group)' : '（重大群诉）') : '');
  await write(
    `${[
      t.id,
      locale === 'en' ? cat.en : cat.zh,
      level,
      FOLLOW_UP_ROLE_LABELS[t.role][locale],
      HANDLING_UNIT_LABELS[t.unit][locale],
      deadlineText(t.replyBy, t.overdue.reply, locale),
      deadlineText(t.callbackBy, t.overdue.callback, locale),
      deadlineText(t.closeBy, t.overdue.close, locale),
    ].join(' | ')}\n`,
  );
}

export interface Summary {
  readonly valid: number;
  readonly invalid: number;
  readonly byCategory: Record<string, number>;
  readonly byLevel: Record<string, number>;
  readonly majorGroups: number;
  readonly overdue: { reply: number; callback: number; close: number };
  readonly fallbackUsed: number;
}

export async function footer(
  write: Write,
  groups: readonly GroupFinding[],
  invalid: readonly Invalid[],
  summary: Summary,
  o: TriageOptions,
  io: CliIo,
): Promise<void> {
  const { locale } = o;
  if (o.format === 'json') {
    const groupRows = groups.map((g) => ({
      projectId: g.projectId,
      issue: g.issue,
      households: g.households,
      complainantsWithin30Days: g.complainantsWithin30Days,
      majorHouseholds: g.majorHouseholds,
      level: g.level,
      majorGroup: g.majorGroup,
      reasons: g.reasons,
    }));
    await write(
      `\n],"groups":${JSON.stringify(groupRows)},"invalid":${JSON.stringify(invalid)},"summary":${JSON.stringify(summary)}}\n`,
    );
    return;
  }
  if (o.format === 'csv') {
    // stdout stays one clean CSV table; what does not fit in it goes to stderr.
    io.stderr.write(
      locale === 'en'
        ? `realty-crm: ${summary.valid} complaints triaged, ${summary.invalid} invalid records (see \`realty-crm validate\`), ${summary.majorGroups} major group complaint(s)\n`
        : `realty-crm：已分诊${summary.valid}条，无效记录${summary.invalid}条（详见 realty-crm validate），重大群诉${summary.majorGroups}组\n`,
    );
    return;
  }
  const notable = groups.filter((g) => g.level !== 'general');
  await write(
    locale === 'en'
      ? `\nGroups above general (${notable.length} of ${groups.length}):\n`
      : `\n一般以上的群体投诉（共${groups.length}组中的${notable.length}组）：\n`,
  );
  for (const g of notable) {
    const label =
      SEVERITY_LEVEL_LABELS[g.level][locale] +
      (g.majorGroup ? (locale === 'en' ? ' (major group)' : '（重大群诉）') : '');
    await write(
      locale === 'en'
        ? `  ${g.projectId} / ${g.issue}: ${label}; ${g.households} households, ${g.complainantsWithin30Days} complainants in 30 days, ${g.majorHouseholds} open major households\n`
        : `  ${g.projectId} / ${g.issue}：${label}；累计${g.households}户，近30天${g.complainantsWithin30Days}位投诉人，${g.majorHouseholds}户重大投诉未解决\n`,
    );
  }
  if (invalid.length > 0) {
    await write(
      locale === 'en'
        ? `\nInvalid records (${summary.invalid}):\n`
        : `\n无效记录（${summary.invalid}条）：\n`,
    );
    for (const p of invalid) {
      await write(
        `  #${p.index}${p.line === undefined ? '' : locale === 'en' ? ` (line ${p.line})` : `（行 ${p.line}）`} ${p.path === '' ? '' : `${p.path}: `}${p.message}\n`,
      );
    }
  }
  const cats = COMPLAINT_CATEGORIES.map(
    (c) =>
      `${locale === 'en' ? COMPLAINT_CATEGORY_TABLE[c].en : COMPLAINT_CATEGORY_TABLE[c].zh} ${summary.byCategory[c]}`,
  ).join(', ');
  const levels = SEVERITY_LEVELS.map((l) => `${SEVERITY_LEVEL_LABELS[l][locale]} ${summary.byLevel[l]}`).join(
    ', ',
  );
  await write(
    locale === 'en'
      ? `\nSummary: ${summary.valid} valid, ${summary.invalid} invalid; ${summary.majorGroups} major group complaint(s)\n  by category: ${cats}\n  by level: ${levels}\n  overdue: reply ${summary.overdue.reply}, callback ${summary.overdue.callback}, close ${summary.overdue.close}\n`
      : `\n汇总：有效${summary.valid}条，无效${summary.invalid}条；重大群诉${summary.majorGroups}组\n  按类别：${cats}\n  按重要性：${levels}\n  逾期：回复${summary.overdue.reply}，回访${summary.overdue.callback}，结案${summary.overdue.close}\n`,
  );
  if (summary.fallbackUsed > 0) {
    await write(
      locale === 'en'
        ? `  ${summary.fallbackUsed} complaint(s) have deadlines in years without a holiday notice: counted weekends only (estimates)\n`
        : `  ${summary.fallbackUsed}条投诉的期限落在尚无节假日通知的年份：仅按周末估算\n`,
    );
  }
}
