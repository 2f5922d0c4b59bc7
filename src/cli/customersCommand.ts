/**
 * `realty-crm customers due FILE --now ISO`: the customer files due for review (CUS-REVIEW)
 * and for destruction or anonymisation (CUS-RETENTION, CUS-PIPL), names and phones masked
 * unless `--show-personal-info` (CUS-PRIVACY). The file is read by the customer field
 * table's import (Chinese headers, yes/no words, `2025/3/1` days), as `validate --kind
 * customer` reads it. I/O only: the rules are decided by the customers module.
 *
 * @module
 */

import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { toDayNumber } from '../calendar/days.js';
import { InvalidArgumentError } from '../core/errors.js';
import { validateResidentIdNumber } from '../core/personal/validateResidentIdNumber.js';
import type { Locale } from '../core/reason.js';
import {
  type CustomerDueEntry,
  type CustomersDue,
  detectCustomersDue,
} from '../customers/detectCustomersDue.js';
import { parseCustomer } from '../customers/parseCustomer.js';
import type { Customer } from '../customers/schemas.js';
import { CUSTOMER_DUTY_LABELS, RETENTION_ACTION_LABELS } from '../customers/tables/labels.js';
import { CUSTOMER_RECORD_FIELD_TABLE } from '../customers/tables/recordFieldTable.js';
import type { ProblemPlace } from '../records/createProblemTally.js';
import { csvCell } from './csv.js';
import { createWriter } from './output.js';
import { DEFAULT_MAX_RECORD_CHARS } from './readImportOptions.js';
import { UnreadableInputError } from './readRecords.js';
import { readValidRecords } from './readValidRecords.js';
import { findRecordKind, type RecordKindEntry } from './recordKinds.js';
import type { CliIo } from './runCli.js';
import { readPolicyOption } from './triageCommand.js';

/** The usage lines of `realty-crm customers`, for the CLI's help. */
export const CUSTOMERS_USAGE = `  customers due FILE [--now ISO] [--within DAYS] [--format table|json|csv] [--locale zh-CN|en]
                [--policy sinoOcean2008|aoyuan2014|generic|policy.json]
                [--show-personal-info] [--fallback]
      Customer files due for review (every 6 months) and for destruction or anonymisation
      (retention period ended, or consent withdrawn), today or within DAYS. Names and phones
      are masked; --show-personal-info shows them, for staff entitled to see them.
`;

/** The options of `realty-crm customers due`. */
interface DueOptions {
  readonly now: string;
  readonly within: number;
  readonly locale: Locale;
  readonly format: 'table' | 'json' | 'csv';
}

/** `realty-crm customers <subcommand> ...`. Exit 0, 1 when a record was invalid, 2 when the input cannot be read. */
export async function runCustomersCommand(
  args: readonly string[],
  io: CliIo,
  stdin: Readable,
  clock: () => Date,
): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'due')
    throw new UnreadableInputError(`customers: the subcommand is due (customers due FILE --now ISO)`);
  const { values, positionals } = parseArgs({
    args: [...rest],
    allowPositionals: true,
    options: {
      now: { type: 'string' },
      within: { type: 'string', default: '0' },
      policy: { type: 'string', default: 'sinoOcean2008' },
      format: { type: 'string', default: 'table' },
      locale: { type: 'string', default: 'zh-CN' },
      'show-personal-info': { type: 'boolean', default: false },
      fallback: { type: 'boolean', default: false },
    },
  });
  const path = positionals[0];
  if (path === undefined) throw new UnreadableInputError('give the customers file (or - for stdin)');
  const locale = choose('--locale', values.locale, ['zh-CN', 'en'] as const);
  const format = choose('--format', values.format, ['table', 'json', 'csv'] as const);
  if (!/^\d{1,4}$/.test(values.within ?? ''))
    throw new InvalidArgumentError(['--within'], 'expected whole days, 0 to 3660');
  const o: DueOptions = {
    now: values.now ?? clock().toISOString(),
    within: Number(values.within),
    locale,
    format,
  };
  try {
    toDayNumber(o.now, ['--now']);
  } catch {
    throw new InvalidArgumentError(
      ['--now'],
      'expected a day YYYY-MM-DD or an ISO 8601 instant with an offset',
    );
  }
  const policy = readPolicyOption(values.policy ?? 'sinoOcean2008');
  const valid: Customer[] = [];
  const en = locale === 'en';
  const where = (p: ProblemPlace) =>
    `${en ? 'record' : '记录'} ${p.index}${p.line === undefined ? '' : ` (${en ? 'line' : '行'} ${p.line})`}`;
  const read = await readValidRecords(
    path,
    customerEntry(o.now),
    { locale, naiveTimes: 'asia-shanghai', maxRecordChars: DEFAULT_MAX_RECORD_CHARS },
    stdin,
    {
      valid(record) {
        valid.push(record as Customer);
        return undefined;
      },
      // The messages name the field and what is wrong with it, never the value (CUS-PRIVACY).
      invalid(problems, place) {
        for (const p of problems) io.stderr.write(`${where(place)}: ${p.path || '(record)'}: ${p.message}\n`);
        return undefined;
      },
    },
  );
  const invalid = read.invalid;
  const due = detectCustomersDue(valid, {
    now: o.now,
    policy,
    withinDays: o.within,
    showPersonalInfo: values['show-personal-info'] === true,
    ...(values.fallback === true ? { fallback: 'weekends-only' as const } : {}),
  });
  await writeDue(createWriter(io.stdout), due, o, policy.id, { valid: valid.length, invalid });
  return invalid > 0 ? 1 : 0;
}

/**
 * The customer kind with its birth-date check against `now` (CUS-ID): an identity number
 * whose birth date is after `now` is refused by the cheap check as by the schema.
 */
function customerEntry(now: string): RecordKindEntry {
  const entry = findRecordKind('customer') as RecordKindEntry;
  const idRow = CUSTOMER_RECORD_FIELD_TABLE.idNumber;
  const fields = {
    ...CUSTOMER_RECORD_FIELD_TABLE,
    idNumber: {
      ...idRow,
      accepts: (v: unknown) =>
        idRow.accepts?.(v) === true && validateResidentIdNumber(v as string, { now }).valid,
    },
  };
  return {
    ...entry,
    fields,
    parse: (input, options) => parseCustomer(input, { ...options, now }),
  };
}

function choose<T extends string>(flag: string, value: string | undefined, choices: readonly T[]): T {
  if (value !== undefined && (choices as readonly string[]).includes(value)) return value as T;
  throw new InvalidArgumentError([flag], `expected one of ${choices.join(', ')}, got '${value}'`);
}

type Write = (text: string) => Promise<void> | undefined;

const CSV_COLUMNS = [
  'duty',
  'customerId',
  'projectId',
  'name',
  'phone',
  'dueOn',
  'status',
  'daysOverdue',
  'action',
];

/** A CSV cell that a spreadsheet will not read as a formula (OWASP CSV injection). */
const safeCell = (value: unknown): string => {
  const s = value === undefined ? '' : String(value);
  return csvCell(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
};

const STATUS: Readonly<Record<CustomerDueEntry['status'], { 'zh-CN': string; en: string }>> = {
  overdue: { 'zh-CN': '已逾期', en: 'overdue' },
  'due-today': { 'zh-CN': '今日到期', en: 'due today' },
  upcoming: { 'zh-CN': '即将到期', en: 'upcoming' },
};

async function writeDue(
  write: Write,
  due: CustomersDue,
  o: DueOptions,
  policyId: string,
  counts: { valid: number; invalid: number },
): Promise<void> {
  const entries = [...due.review, ...due.disposal];
  if (o.format === 'json') {
    const plain = (e: CustomerDueEntry) => ({
      ...e,
      reasons: e.reasons.map((r) => ({ rule: r.rule, message: r.message[o.locale] })),
    });
    const body = {
      policy: policyId,
      asOf: due.asOf,
      horizon: due.horizon,
      review: due.review.map(plain),
      disposal: due.disposal.map(plain),
      records: counts,
    };
    await write(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }
  if (o.format === 'csv') {
    await write(`${CSV_COLUMNS.join(',')}\n`);
    for (const e of entries)
      await write(
        `${[e.duty, e.customerId, e.projectId, e.name, e.phone, e.dueOn, e.status, e.daysOverdue, e.action].map(safeCell).join(',')}\n`,
      );
    return;
  }
  const en = o.locale === 'en';
  const status = (e: CustomerDueEntry) =>
    `${STATUS[e.status][o.locale]}${e.daysOverdue > 0 ? (en ? ` ${e.daysOverdue} day${e.daysOverdue === 1 ? '' : 's'}` : ` ${e.daysOverdue} 天`) : ''}`;
  const range = due.horizon === due.asOf ? due.asOf : `${due.asOf}${en ? ' to ' : ' 至 '}${due.horizon}`;
  await write(
    en
      ? `Customer files due (${range}, policy ${policyId})\n`
      : `到期的客户档案（${range}，政策 ${policyId}）\n`,
  );
  const review = CUSTOMER_DUTY_LABELS.review[o.locale];
  await write(`\n${review} (CUS-REVIEW): ${due.review.length}\n`);
  if (due.review.length > 0) {
    await write(
      en
        ? 'customer | project | name | phone | due by | status\n'
        : '客户编号 | 项目 | 姓名 | 电话 | 应复核日期 | 状态\n',
    );
    for (const e of due.review)
      await write(`${[e.customerId, e.projectId, e.name, e.phone, e.dueOn, status(e)].join(' | ')}\n`);
  }
  const disposal = CUSTOMER_DUTY_LABELS.disposal[o.locale];
  await write(`\n${disposal} (CUS-RETENTION, CUS-PIPL): ${due.disposal.length}\n`);
  if (due.disposal.length > 0) {
    await write(
      en
        ? 'customer | project | name | phone | from | status | action\n'
        : '客户编号 | 项目 | 姓名 | 电话 | 处置起始日 | 状态 | 处置方式\n',
    );
    for (const e of due.disposal) {
      const action = e.action === undefined ? '' : RETENTION_ACTION_LABELS[e.action][o.locale];
      await write(
        `${[e.customerId, e.projectId, e.name, e.phone, e.dueOn, status(e), action].join(' | ')}\n`,
      );
    }
  }
  await write(
    en
      ? `\n${counts.valid} valid, ${counts.invalid} invalid records. Names and phones are masked (CUS-PRIVACY); --show-personal-info shows them to staff entitled to see them.\n`
      : `\n有效记录 ${counts.valid} 条，无效记录 ${counts.invalid} 条。姓名、电话已脱敏（CUS-PRIVACY）；有权查看的人员可加 --show-personal-info 显示。\n`,
  );
}
