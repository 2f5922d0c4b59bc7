import { addPeriod } from '../calendar/addPeriod.js';
import { addWorkingDays } from '../calendar/addWorkingDays.js';
import { computeCalendarCoverage } from '../calendar/computeCalendarCoverage.js';
import { computeDayKind } from '../calendar/computeDayKind.js';
import type { Deadline } from '../calendar/deadline.js';
import type { PeriodLength } from '../calendar/periodLength.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import type { CliIo } from './runCli.js';

/** The options of `realty-crm calendar`. */
export interface CalendarCommandOptions {
  readonly 'add-working-days'?: string | undefined;
  readonly 'add-period'?: string | undefined;
  readonly explain?: boolean | undefined;
  readonly fallback?: boolean | undefined;
  readonly locale: Locale;
  readonly format?: string | undefined;
  /** `--coverage`: print the days the calendar covers instead of days' kinds or deadlines. */
  readonly coverage?: boolean | undefined;
  /** `--now`: today, for `--coverage`'s days remaining. */
  readonly now?: string | undefined;
  /** The calendar made from `--calendar` notice files; the built-in one when absent. */
  readonly calendar?: WorkCalendar | undefined;
  /** The line naming the notice files the calendar was made from. */
  readonly calendarNote?: string | undefined;
}

const PERIOD = /^(\d+)([dwmy])$/;
const UNIT: Record<string, keyof PeriodLength> = { d: 'days', w: 'weeks', m: 'months', y: 'years' };

/** Parses `3m`, `7d`, `1w`, `1y` into a period length. */
export function parsePeriodFlag(text: string): PeriodLength {
  const m = PERIOD.exec(text);
  if (m === null)
    throw new InvalidArgumentError(
      ['--add-period'],
      `expected a number and a unit d, w, m or y (such as 3m or 7d), got '${text}'`,
    );
  return { [UNIT[m[2] as string] as string]: Number(m[1]) };
}

const KIND_TEXT: Record<string, { 'zh-CN': string; en: string }> = {
  workday: { 'zh-CN': '工作日', en: 'working day' },
  weekend: { 'zh-CN': '周末', en: 'weekend' },
  holiday: { 'zh-CN': '节假日', en: 'holiday' },
  'makeup-workday': { 'zh-CN': '调休上班日', en: 'makeup working day' },
};

/** `realty-crm calendar --coverage [--now ISO]`: the first and last covered day, and the days remaining. */
function writeCoverage(options: CalendarCommandOptions, io: CliIo): number {
  const c = computeCalendarCoverage({
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(c, null, 2)}\n`);
    return 0;
  }
  const en = options.locale === 'en';
  const years = c.years.length > 0 ? `${c.years[0]}-${c.years.at(-1)}` : '-';
  io.stdout.write(
    en
      ? `covered: ${c.firstDay ?? '-'} to ${c.lastDay ?? '-'} (notice years ${years})\n`
      : `覆盖：${c.firstDay ?? '-'} 至 ${c.lastDay ?? '-'}（通知年份 ${years}）\n`,
  );
  if (c.daysRemaining !== null) {
    io.stdout.write(
      en
        ? `remaining: ${c.daysRemaining} days after ${options.now}\n`
        : `剩余：${c.daysRemaining}天（今天 ${options.now}）\n`,
    );
  }
  for (const r of c.reasons) io.stdout.write(`  [${r.rule}] ${r.message[options.locale]}\n`);
  return 0;
}

/**
 * `realty-crm calendar DAY... [--add-working-days N | --add-period 3m] [--explain]`, or
 * `--coverage`. With `--calendar` files, the first line names them (text format).
 */
export function runCalendarCommand(
  days: readonly string[],
  options: CalendarCommandOptions,
  io: CliIo,
): number {
  if (options.calendarNote !== undefined && options.format !== 'json')
    io.stdout.write(`${options.calendarNote}\n`);
  if (options.coverage) return writeCoverage(options, io);
  if (days.length === 0) throw new InvalidArgumentError(['DAY'], 'give at least one day, such as 2026-09-30');
  const calendarOptions = {
    ...(options.fallback ? ({ fallback: 'weekends-only' } as const) : {}),
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
  };
  const workingDays = options['add-working-days'];
  const period = options['add-period'];
  if (workingDays !== undefined && period !== undefined) {
    throw new InvalidArgumentError([], 'give --add-working-days or --add-period, not both');
  }
  const json: unknown[] = [];
  for (const day of days) {
    let deadline: Deadline | undefined;
    if (workingDays !== undefined) {
      if (!/^\d+$/.test(workingDays))
        throw new InvalidArgumentError(
          ['--add-working-days'],
          `expected a whole number, got '${workingDays}'`,
        );
      deadline = addWorkingDays(day, Number(workingDays), calendarOptions);
    } else if (period !== undefined) {
      deadline = addPeriod(day, parsePeriodFlag(period), calendarOptions);
    }
    if (deadline === undefined) {
      const kind = computeDayKind(day, calendarOptions);
      if (options.format === 'json') {
        json.push(kind);
        continue;
      }
      const what = KIND_TEXT[kind.kind]?.[options.locale] ?? kind.kind;
      const holiday =
        kind.holiday === null
          ? ''
          : ` (${options.locale === 'en' ? kind.holiday.nameEn : kind.holiday.name}${kind.holiday.notice ? `, ${kind.holiday.notice}` : ''})`;
      io.stdout.write(`${kind.day}  ${what}${holiday}\n`);
      continue;
    }
    if (options.format === 'json') {
      json.push({ start: day, ...deadline });
      continue;
    }
    const ends = options.locale === 'en' ? 'ends' : '届满';
    io.stdout.write(`${day} -> ${deadline.lastDay}  (${ends} ${deadline.endsAt.toISOString()})\n`);
    if (options.explain)
      for (const r of deadline.reasons) io.stdout.write(`  [${r.rule}] ${r.message[options.locale]}\n`);
  }
  if (options.format === 'json') io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  return 0;
}
