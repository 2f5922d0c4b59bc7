/**
 * `realty-crm customers due FILE --now ISO`: the customer files due for review (CUS-REVIEW)
 * and for destruction or anonymisation (CUS-RETENTION, CUS-PIPL), names and phones masked
 * unless `--show-personal-info` (CUS-PRIVACY). And the record adapter of `validate --kind
 * customer`. I/O only: the rules are decided by the customers module.
 *
 * @module
 */

import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { toDayNumber } from '../calendar/days.js';
import { expectPlainObject } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import {
  type CustomerDueEntry,
  type CustomersDue,
  detectCustomersDue,
} from '../customers/detectCustomersDue.js';
import { parseCustomer } from '../customers/parseCustomer.js';
import type { Customer } from '../customers/schemas.js';
import { CUSTOMER_FIELD_TABLE, CUSTOMER_FIELDS, type CustomerField } from '../customers/tables/fields.js';
import { CUSTOMER_DUTY_LABELS, RETENTION_ACTION_LABELS } from '../customers/tables/labels.js';
import { csvCell } from './csv.js';
import { createWriter } from './output.js';
import { openPlainRecords, UnreadableInputError } from './readRecords.js';
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

const NUMBER_FIELDS: ReadonlySet<CustomerField> = new Set([
  'intendedAreaMinSqm',
  'intendedAreaMaxSqm',
  'budgetMinYuan',
  'budgetMaxYuan',
  'purchaseCount',
]);
const TRUE = new Set(['true', '是', 'TRUE', 'Y', 'y', '1']);
const FALSE = new Set(['false', '否', 'FALSE', 'N', 'n', '0']);
const ALIASES: ReadonlyMap<string, CustomerField> = new Map(
  CUSTOMER_FIELDS.flatMap((f) => [
    [CUSTOMER_FIELD_TABLE[f]['zh-CN'], f] as const,
    ...CUSTOMER_FIELD_TABLE[f].aliases.map((a) => [a, f] as const),
  ]),
);

/**
 * A record as read from a file, made ready for `parseCustomer`: column headers named by the
 * field table's Chinese names and aliases (姓名, 身份证号码, ...) read as field ids, and the
 * text of a CSV cell typed where the field is a number or a yes/no. Until the shared import
 * machinery types every kind's CSV, this is the customer kind's own.
 */
export function readCustomerRow(value: unknown): unknown {
  let record: Record<string, unknown>;
  try {
    record = expectPlainObject(value, []);
  } catch {
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(record)) {
    const field =
      (CUSTOMER_FIELD_TABLE as Record<string, unknown>)[key] === undefined ? ALIASES.get(key) : key;
    const name = field ?? key;
    if (Object.hasOwn(out, name)) continue;
    if (
      typeof v === 'string' &&
      NUMBER_FIELDS.has(name as CustomerField) &&
      /^-?\d+(?:\.\d+)?$/.test(v.trim())
    )
      out[name] = Number(v);
    else if (
      typeof v === 'string' &&
      name === 'isDecisionMaker' &&
      (TRUE.has(v.trim()) || FALSE.has(v.trim()))
    )
      out[name] = TRUE.has(v.trim());
    else out[name] = v;
  }
  return out;
}

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
  const { records } = await openPlainRecords(path, stdin, { locale: locale });
  const valid: Customer[] = [];
  let invalid = 0;
  const en = locale === 'en';
  for await (const r of records) {
    const where = `${en ? 'record' : '记录'} ${r.index}${r.line === undefined ? '' : ` (${en ? 'line' : '行'} ${r.line})`}`;
    if (r.readError !== undefined) {
      invalid++;
      io.stderr.write(`${where}: ${r.readError}\n`);
      continue;
    }
    // The messages name the field and what is wrong with it, never the value (CUS-PRIVACY).
    const parsed = parseCustomer(readCustomerRow(r.value), { locale, now: o.now });
    if (parsed.success) valid.push(parsed.data);
    else {
      invalid++;
      for (const i of parsed.error.issues)
        io.stderr.write(`${where}: ${i.path.map(String).join('.') || '(record)'}: ${i.message}\n`);
    }
  }
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
