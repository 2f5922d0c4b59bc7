/**
 * `--calendar notice.json` (repeatable): reads State Council notices written as JSON, one year
 * per file, into a working-day calendar on top of the built-in years, so that a notice
 * published after this release is used the day it appears. Every file is validated by
 * `parseHolidayYear`; a bad one stops the command with its problems and their paths.
 *
 * @module
 */

import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { computeCalendarCoverage } from '../calendar/computeCalendarCoverage.js';
import { createWorkCalendar } from '../calendar/createWorkCalendar.js';
import { BUILT_IN_HOLIDAY_YEARS } from '../calendar/holidays/index.js';
import type { HolidayYear } from '../calendar/holidays/types.js';
import { parseHolidayYear } from '../calendar/parseHolidayYear.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { RealtyCrmError } from '../core/errors.js';
import type { Locale } from '../core/reason.js';
import { describeJsonError } from './describeJsonError.js';

/** A notice file that cannot be used: exit status 2, its problems in the message. */
export class NoticeFileError extends RealtyCrmError {
  constructor(message: string) {
    super('INVALID_CALENDAR', message);
  }
}

/** The calendar the notice files make, and a line that names what it was made from. */
export interface CalendarFromFiles {
  /** The calendar: the built-in years with the files' years added (a file's year replaces a built-in one). */
  readonly calendar: WorkCalendar;
  /** One line naming the built-in years and each file's year, file and notice. */
  readonly note: string;
}

/** The largest notice file read: a year's notice is a few kilobytes. */
const MAX_BYTES = 1_000_000;
/** How many problems of one file the message lists. */
const MAX_PROBLEMS = 5;

function readNoticeFile(path: string, locale: Locale): HolidayYear {
  const name = basename(path);
  if (!existsSync(path)) throw new NoticeFileError(`--calendar: no such file: ${path}`);
  const stat = statSync(path);
  if (!stat.isFile()) throw new NoticeFileError(`--calendar: not a file: ${path}`);
  if (stat.size > MAX_BYTES) {
    throw new NoticeFileError(`--calendar ${name}: ${stat.size} bytes is too large for one year's notice`);
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new NoticeFileError(`--calendar ${name}: not valid JSON${describeJsonError(error)}`);
  }
  const parsed = parseHolidayYear(data, { locale });
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const lines = issues
    .slice(0, MAX_PROBLEMS)
    .map((i) => `${i.path.length > 0 ? i.path.map(String).join('.') : '(file)'}: ${i.message}`);
  const more =
    issues.length > MAX_PROBLEMS
      ? locale === 'en'
        ? `; and ${issues.length - MAX_PROBLEMS} more`
        : `；另有${issues.length - MAX_PROBLEMS}处问题`
      : '';
  const head = locale === 'en' ? 'not a valid holiday notice' : '不是有效的节假日安排通知';
  throw new NoticeFileError(`--calendar ${name}: ${head}: ${lines.join('; ')}${more}`);
}

/**
 * Reads the notice files of `--calendar` into a calendar on top of the built-in years, or
 * returns `undefined` when none is given. Two files for one year are refused.
 */
export function readCalendarFiles(
  paths: readonly string[] | undefined,
  locale: Locale,
): CalendarFromFiles | undefined {
  if (paths === undefined || paths.length === 0) return undefined;
  const years: HolidayYear[] = [];
  const from = new Map<number, string>();
  for (const path of paths) {
    const year = readNoticeFile(path, locale);
    const earlier = from.get(year.year);
    if (earlier !== undefined) {
      throw new NoticeFileError(
        `--calendar: ${basename(earlier)} and ${basename(path)} are both ${year.year}'s notice`,
      );
    }
    from.set(year.year, path);
    years.push(year);
  }
  let calendar: WorkCalendar;
  try {
    calendar = createWorkCalendar({ years });
  } catch (error) {
    if (error instanceof RealtyCrmError) throw new NoticeFileError(`--calendar: ${error.message}`);
    throw error;
  }
  const builtIn = BUILT_IN_HOLIDAY_YEARS.map((y) => y.year).filter((y) => !from.has(y));
  const range = builtIn.length > 0 ? `${builtIn[0]}-${builtIn.at(-1)}` : '';
  const parts = years.map((y) => {
    const n = y.notices[0];
    const replaces = BUILT_IN_HOLIDAY_YEARS.some((b) => b.year === y.year);
    const file = basename(from.get(y.year) as string);
    return locale === 'en'
      ? `${y.year} from ${file} (${n?.number}, issued ${n?.issuedOn}${replaces ? ', replacing the built-in year' : ''})`
      : `${y.year}年取自${file}（${n?.number}，${n?.issuedOn}发布${replaces ? '，替换内置数据' : ''}）`;
  });
  const coverage = computeCalendarCoverage({ calendar });
  const note =
    locale === 'en'
      ? `calendar: built-in ${range}; ${parts.join('; ')}; covers ${coverage.firstDay} to ${coverage.lastDay}`
      : `日历：内置${range}年；${parts.join('；')}；覆盖${coverage.firstDay}至${coverage.lastDay}`;
  return { calendar, note };
}
