/**
 * The compact form of the built-in holiday years: what the package ships and the calendar
 * reads, decoded once. The year files (`2008.ts` ... `2026.ts`, each with its notice's words)
 * are the reviewed source; `scripts/generateHolidayData.ts` encodes them into
 * `builtInData.ts`, and a test checks that decoding gives them back field for field.
 *
 * The form, one line per year:
 *
 *     YEAR|NOTICE;NOTICE...|RUN,RUN...
 *     NOTICE = number^issuedOn (YYYYMMDD)^url (`~` for `http://www.gov.cn/`, `!` for `https://www.gov.cn/`)^title (empty: the yearly title)
 *     RUN    = [-]MMDD (`-`: in December of the year before) o|w (off, makeup working day) LENGTH NAME [NOTICE INDEX]
 *
 * `NAME` is a letter, `a` for the first of {@link HOLIDAY_NAMES}; a run is consecutive days
 * of one name, kind and notice.
 *
 * @internal
 * @module
 */

import { InvalidArgumentError } from '../../core/errors.js';
import { civilOf, dayNumberOf, formatDayNumber } from '../days.js';
import { HOLIDAY_NAMES, type HolidayDay, type HolidayNotice, type HolidayYear } from './types.js';

const NAME_LIST = /* @__PURE__ */ Object.keys(HOLIDAY_NAMES);
const URL_PREFIXES: readonly (readonly [string, string])[] = [
  ['~', 'http://www.gov.cn/'],
  ['!', 'https://www.gov.cn/'],
];
const RUN = /^(-?)(\d\d)(\d\d)([ow])(\d+)([a-z])(\d?)$/;

/** The yearly notice's title, which the compact form leaves out. */
export function yearlyNoticeTitle(year: number): string {
  return `国务院办公厅关于${year}年部分节假日安排的通知`;
}

function expandUrl(s: string): string {
  for (const [mark, prefix] of URL_PREFIXES) if (s.startsWith(mark)) return prefix + s.slice(1);
  return s;
}

function shrinkUrl(url: string): string {
  for (const [mark, prefix] of URL_PREFIXES)
    if (url.startsWith(prefix)) return mark + url.slice(prefix.length);
  return url;
}

/** Decodes the compact form into holiday years, frozen. */
export function decodeHolidayYears(data: string): readonly HolidayYear[] {
  return Object.freeze(
    data.split('\n').map((line) => {
      const [yearText, noticeText, runText] = line.split('|') as [string, string, string];
      const year = Number(yearText);
      const notices: HolidayNotice[] = noticeText.split(';').map((n) => {
        const [number, issued, url, title] = n.split('^') as [string, string, string, string];
        return Object.freeze({
          number,
          title: title === '' ? yearlyNoticeTitle(year) : title,
          url: expandUrl(url),
          issuedOn: `${issued.slice(0, 4)}-${issued.slice(4, 6)}-${issued.slice(6, 8)}`,
        });
      });
      const days: HolidayDay[] = [];
      for (const run of runText.split(',')) {
        const m = RUN.exec(run) as RegExpExecArray;
        const first = dayNumberOf(m[1] === '-' ? year - 1 : year, Number(m[2]), Number(m[3]));
        const name = NAME_LIST[(m[6] as string).charCodeAt(0) - 97] as string;
        const notice = m[7] === '' || m[7] === '0' ? undefined : notices[Number(m[7])]?.number;
        for (let i = 0; i < Number(m[5]); i++) {
          const day: HolidayDay =
            notice === undefined
              ? { date: formatDayNumber(first + i), isOffDay: m[4] === 'o', name }
              : { date: formatDayNumber(first + i), isOffDay: m[4] === 'o', name, notice };
          days.push(Object.freeze(day));
        }
      }
      return Object.freeze({ year, notices: Object.freeze(notices), days: Object.freeze(days) });
    }),
  );
}

/**
 * Encodes holiday years into the compact form. Build time only (the generator and its
 * test); throws on what the form cannot hold, so that a new year file cannot be shipped
 * half-encoded (an `INVALID_CALENDAR` error at the year's path, convention 13).
 */
export function encodeHolidayYears(years: readonly HolidayYear[]): string {
  return years
    .map((y, yi) => {
      const refuse = (message: string, ...at: (string | number)[]) =>
        new InvalidArgumentError(['years', yi, ...at], message, 'INVALID_CALENDAR');
      const notices = y.notices.map((n, i) => {
        if ([n.number, n.url, n.title].some((s) => /[|;^\n]/.test(s)))
          throw refuse(`${y.year}: notice ${i} holds a separator character`, 'notices', i);
        const title = i === 0 && n.title === yearlyNoticeTitle(y.year) ? '' : n.title;
        return [n.number, n.issuedOn.replaceAll('-', ''), shrinkUrl(n.url), title].join('^');
      });
      const runs: string[] = [];
      let current: { start: number; length: number; key: string } | undefined;
      let previous = Number.NaN;
      const flush = () => {
        if (current === undefined) return;
        const [y0, m0, d0] = civilOf(current.start);
        const lead = y0 === y.year - 1 ? '-' : y0 === y.year ? '' : undefined;
        if (lead === undefined)
          throw refuse(`${y.year}: a day outside the year and its December before`, 'days');
        runs.push(
          `${lead}${String(m0).padStart(2, '0')}${String(d0).padStart(2, '0')}${current.key.slice(0, 1)}${current.length}${current.key.slice(1)}`,
        );
      };
      for (const d of y.days) {
        if (d.nameEn !== undefined)
          throw refuse(
            `${y.year} ${d.date}: a built-in day takes its English name from HOLIDAY_NAMES`,
            'days',
          );
        const nameIndex = NAME_LIST.indexOf(d.name);
        if (nameIndex < 0)
          throw refuse(`${y.year} ${d.date}: add '${d.name}' to HOLIDAY_NAMES first`, 'days');
        const noticeIndex = d.notice === undefined ? 0 : y.notices.findIndex((n) => n.number === d.notice);
        if (noticeIndex === 0 && d.notice !== undefined)
          throw refuse(`${y.year} ${d.date}: leave out the main notice's number`, 'days');
        if (noticeIndex < 0 || noticeIndex > 9) throw refuse(`${y.year} ${d.date}: unknown notice`, 'days');
        const key = `${d.isOffDay ? 'o' : 'w'}${String.fromCharCode(97 + nameIndex)}${noticeIndex === 0 ? '' : noticeIndex}`;
        const [yy, mm, dd] = d.date.split('-').map(Number) as [number, number, number];
        const dn = dayNumberOf(yy, mm, dd);
        if (current !== undefined && current.key === key && dn === previous + 1) current.length++;
        else {
          flush();
          current = { start: dn, length: 1, key };
        }
        previous = dn;
      }
      flush();
      return `${y.year}|${notices.join(';')}|${runs.join(',')}`;
    })
    .join('\n');
}
