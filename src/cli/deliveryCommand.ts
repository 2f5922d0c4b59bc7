import type { Readable } from 'node:stream';
import { InvalidArgumentError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import { createDeliveryKpiCounter, type DeliveryFigure } from '../delivery/computeDeliveryKpis.js';
import { computeDeliverySchedule, type DeliverySchedule } from '../delivery/computeDeliverySchedule.js';
import { formatDeliveryScheduleIcs } from '../delivery/formatDeliveryScheduleIcs.js';
import { parseHouseholdDelivery } from '../delivery/parseDeliveryRecords.js';
import { HOUSEHOLD_DELIVERY_FIELD_TABLE } from '../delivery/tables/fields.js';
import { DELIVERY_KPI_TABLE } from '../delivery/tables/kpis.js';
import { DELIVERY_REPAIR_DISCIPLINE_LABELS, DELIVERY_ROLE_LABELS } from '../delivery/tables/labels.js';
import { DELIVERY_MILESTONE_TABLE } from '../delivery/tables/milestones.js';
import { DELIVERY_KPIS, DELIVERY_REPAIR_DISCIPLINES } from '../delivery/types.js';
import { createTableRowReader } from './createTableRowReader.js';
import { openPlainRecords, UnreadableInputError } from './readRecords.js';
import type { CliIo } from './runCli.js';
import { readPolicyOption } from './triageCommand.js';

/** The options of `realty-crm delivery schedule`. */
export interface DeliveryScheduleCommandOptions {
  readonly firstDelivery: boolean;
  readonly region?: string | undefined;
  readonly preInspection?: 'yes' | 'no' | undefined;
  readonly mailedOn?: string | undefined;
  readonly centralizedEnds?: string | undefined;
  readonly policy: string;
  readonly format: 'table' | 'json' | 'ics';
  readonly locale: Locale;
  readonly explain: boolean;
  readonly fallback: boolean;
  /** The DTSTAMP of an .ics file: `--now`, else the clock. */
  readonly now: string;
  readonly uidPrefix?: string | undefined;
}

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

/** `realty-crm delivery schedule DAY`: the milestones of a delivery, as a table, JSON or an .ics calendar. */
export function runDeliveryScheduleCommand(
  day: string | undefined,
  options: DeliveryScheduleCommandOptions,
  io: CliIo,
): number {
  if (day === undefined) throw new InvalidArgumentError(['DAY'], 'give the delivery day, such as 2026-10-12');
  const policy = readPolicyOption(options.policy);
  const schedule = computeDeliverySchedule({
    deliveryOn: day,
    firstDelivery: options.firstDelivery,
    policy,
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.preInspection === undefined ? {} : { preInspection: options.preInspection === 'yes' }),
    ...(options.mailedOn === undefined ? {} : { noticeMailedOn: options.mailedOn }),
    ...(options.centralizedEnds === undefined ? {} : { centralizedEndsOn: options.centralizedEnds }),
    ...(options.fallback ? { fallback: 'weekends-only' as const } : {}),
  });
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(schedule, null, 2)}\n`);
    return 0;
  }
  if (options.format === 'ics') {
    io.stdout.write(
      formatDeliveryScheduleIcs(schedule, {
        now: options.now,
        locale: options.locale,
        ...(options.uidPrefix === undefined ? {} : { uidPrefix: options.uidPrefix }),
      }),
    );
    return 0;
  }
  writeScheduleTable(schedule, policy.id, options, io);
  return 0;
}

function writeScheduleTable(
  s: DeliverySchedule,
  policyId: string,
  options: DeliveryScheduleCommandOptions,
  io: CliIo,
): void {
  const l = options.locale;
  const en = l === 'en';
  io.stdout.write(
    en
      ? `Delivery schedule: delivery on ${s.deliveryOn} (${policyId}); ${s.firstDelivery ? 'first delivery' : 'not a first delivery'}; owners' pre-inspection: ${s.preInspection ? 'yes' : 'no'}\n\n`
      : `房屋交付计划：交付日 ${s.deliveryOn}（${policyId}）；${s.firstDelivery ? '首次交付' : '非首次交付'}；业主预验收：${s.preInspection ? '是' : '否'}\n\n`,
  );
  const rows = s.milestones.map((m) => [
    m.window === undefined ? m.dueOn : `${m.window.from}~${m.window.to}`,
    DELIVERY_MILESTONE_TABLE[m.id][l],
    DELIVERY_ROLE_LABELS[m.role][l],
    m.rule,
  ]);
  const head = en ? ['Due', 'Milestone', 'Owner', 'Rule'] : ['期限', '事项', '责任部门', '规则'];
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] as string))));
  const line = (cells: readonly string[]) =>
    `${cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i] as number))).join('  ')}\n`;
  io.stdout.write(line(head));
  s.milestones.forEach((m, i) => {
    io.stdout.write(line(rows[i] as string[]));
    const notes = options.explain
      ? m.reasons
      : m.reasons.filter(
          (r) =>
            (r.rule === 'LAW-BEFORE' && (r.facts.movedBackDays as number) > 0) ||
            (r.rule === 'LAW-WORKDAY' && r.facts.moved === false) ||
            (r.rule !== 'LAW-BEFORE' && r.facts.basis === 'library-default'),
        );
    for (const r of notes) io.stdout.write(`    [${r.rule}] ${r.message[l]}\n`);
  });
  const skipped = s.reasons.filter((r) => r.rule !== 'DLV-STEPS' || !s.preInspection);
  if (skipped.length > 0) io.stdout.write('\n');
  for (const r of skipped) io.stdout.write(`[${r.rule}] ${r.message[l]}\n`);
}

/** The options of `realty-crm delivery kpis`. */
export interface DeliveryKpisCommandOptions {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly format: 'table' | 'json';
  readonly locale: Locale;
}

/**
 * `realty-crm delivery kpis FILE --from DAY --to DAY`: the figures of the delivery summary over
 * a file of household records (JSON, JSON Lines or CSV, streamed). Any invalid record is
 * reported and no figure is printed (exit 1): a summary over part of the batch would mislead.
 */
export async function runDeliveryKpisCommand(
  path: string | undefined,
  options: DeliveryKpisCommandOptions,
  io: CliIo,
  stdin: Readable,
): Promise<number> {
  if (path === undefined)
    throw new UnreadableInputError('give the file of household records (or - for stdin)');
  if (options.from === undefined || options.to === undefined)
    throw new InvalidArgumentError(['--from'], 'give the centralized delivery period: --from DAY --to DAY');
  const counter = createDeliveryKpiCounter({ centralizedFrom: options.from, centralizedTo: options.to });
  const { format, records } = await openPlainRecords(path, stdin, { locale: options.locale });
  const en = options.locale === 'en';
  const readRow = createTableRowReader(HOUSEHOLD_DELIVERY_FIELD_TABLE, options.locale);
  let bad = 0;
  let shown = 0;
  const report = (index: number, line: number | undefined, where: string, message: string) => {
    if (shown++ < 20)
      io.stderr.write(
        `${en ? 'record' : '记录'} ${index}${line === undefined ? '' : ` (${en ? 'line' : '行'} ${line})`}: ${where === '' ? '(record)' : where}: ${message}\n`,
      );
  };
  for await (const r of records) {
    if (r.readError !== undefined) {
      bad++;
      report(r.index, r.line, '', r.readError);
      continue;
    }
    let value = r.value;
    if (format === 'csv') {
      const converted = readRow(value as Record<string, unknown>);
      if (converted.problems.length > 0) {
        bad++;
        for (const p of converted.problems) report(r.index, r.line, p.path, p.message);
        continue;
      }
      value = converted.value;
    }
    const parsed = parseHouseholdDelivery(value, { locale: options.locale });
    if (!parsed.success) {
      bad++;
      for (const issue of parsed.error.issues)
        report(r.index, r.line, issue.path.map(String).join('.'), issue.message);
      continue;
    }
    counter.add(parsed.data, r.index);
  }
  if (bad > 0) {
    io.stderr.write(
      en
        ? `${bad} invalid ${bad === 1 ? 'record' : 'records'}${shown > 20 ? ` (first 20 problems shown)` : ''}: no figures; fix the file (realty-crm validate --kind household-delivery)\n`
        : `无效记录 ${bad} 条${shown > 20 ? '（仅显示前20个问题）' : ''}：不计算指标；请先修正文件（realty-crm validate --kind household-delivery）\n`,
    );
    return 1;
  }
  const k = counter.result();
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(k, null, 2)}\n`);
    return 0;
  }
  const l = options.locale;
  const show = (f: DeliveryFigure, rate: boolean) =>
    f.value === null ? '—' : rate ? `${(f.value * 100).toFixed(1)}%` : f.value.toFixed(2);
  io.stdout.write(
    en
      ? `Delivery summary: ${k.households} households, centralized delivery ${k.centralizedFrom} to ${k.centralizedTo}\n\n`
      : `房屋交付总结：${k.households} 户，集中交付期 ${k.centralizedFrom} 至 ${k.centralizedTo}\n\n`,
  );
  const rows: string[][] = DELIVERY_KPIS.map((id) => {
    const row = DELIVERY_KPI_TABLE[id];
    const f = k[id];
    return [
      row[l],
      show(f, row.unit === 'rate'),
      `${f.numerator} / ${f.denominator}`,
      `${row.numerator[l]} ÷ ${row.denominator[l]}`,
    ];
  });
  for (const d of DELIVERY_REPAIR_DISCIPLINES) {
    const f = k.repairRateByDiscipline[d];
    rows.push([
      `  ${DELIVERY_REPAIR_DISCIPLINE_LABELS[d][l]}${en ? ' repair rate' : '维修率'}`,
      show(f, true),
      `${f.numerator} / ${f.denominator}`,
      '',
    ]);
  }
  const head = en ? ['Figure', 'Value', 'Counts', 'Formula'] : ['指标', '数值', '分子 / 分母', '公式'];
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] as string))));
  for (const cells of [head, ...rows])
    io.stdout.write(
      `${cells
        .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i] as number)))
        .join('  ')
        .trimEnd()}\n`,
    );
  return 0;
}
