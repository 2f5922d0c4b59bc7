/**
 * The compact form of the built-in holiday years: what the package ships and the calendar
 * reads, decoded once. The year files (`2008.ts` ... `2026.ts`, each with its notice's words)
 * are the reviewed source; `scripts/generateHolidayData.ts` encodes them into
 * `builtInData.ts`, and a test checks that decoding gives them back field for field.
 *
 * The form, one line per year:
 *
 *     YEAR|NOTICE;NOTICE...|RUNRUN...
 *     NOTICE = number^issuedOn^url (`~` for `http://www.gov.cn/`, `!` for `https://www.gov.cn/`)^title (empty: the yearly title)
 *              url: `@` for the issue date written `YYYY-MM/DD`, `#` for its month written `YYYYMM`
 *              number: `N` for 国办发明电〔YEAR-1〕N号, `YYYY.N` for 国办发明电〔YYYY〕N号, else as written
 *              issuedOn: `MMDD` in the year before, else `YYYYMMDD`
 *     RUN    = DELTA NAME LENGTH [*NOTICE INDEX]
 *              DELTA: days after the previous run's last day (the first run: after 11-30 of the year before)
 *              NAME: a letter, `a` for the first of {@link HOLIDAY_NAMES}; upper case for days off,
 *              lower case for makeup working days
 *              LENGTH: 1-9 days
 *
 * A run is consecutive days of one name, kind and notice. Days and deltas instead of
 * `MMDD` dates and short notice numbers save about 300 bytes of the gzipped browser bundle
 * (issue 14).
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
const RUN = /(\d+)([a-z])(\d)(?:\*(\d))?/gi;
/** A notice number in its short form: `N` or `YYYY.N`. */
const SHORT_NUMBER = /^(?:(\d{4})\.)?(\d+)$/;
const GENERAL_OFFICE_NUMBER = /^国办发明电〔(\d{4})〕(\d+)号$/;

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
        const short = SHORT_NUMBER.exec(number);
        const date = issued.length === 4 ? `${year - 1}${issued}` : issued;
        return Object.freeze({
          number: short === null ? number : `国办发明电〔${short[1] ?? year - 1}〕${short[2]}号`,
          title: title === '' ? yearlyNoticeTitle(year) : title,
          url: expandUrl(url)
            .replace('@', `${date.slice(0, 4)}-${date.slice(4, 6)}/${date.slice(6)}`)
            .replace('#', date.slice(0, 6)),
          issuedOn: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
        });
      });
      const days: HolidayDay[] = [];
      let last = dayNumberOf(year - 1, 11, 30);
      for (const m of runText.matchAll(RUN)) {
        const first = last + Number(m[1]);
        const letter = m[2] as string;
        const lower = letter.toLowerCase();
        const isOffDay = letter !== lower;
        const name = NAME_LIST[lower.charCodeAt(0) - 97] as string;
        // Stryker disable next-line ConditionalExpression,OptionalChaining: notices[NaN] is undefined as well; the encoder writes only the indices of notices it has
        const notice = m[4] === undefined ? undefined : notices[Number(m[4])]?.number;
        last = first + Number(m[3]) - 1;
        for (let dn = first; dn <= last; dn++) {
          const date = formatDayNumber(dn);
          days.push(
            Object.freeze(notice === undefined ? { date, isOffDay, name } : { date, isOffDay, name, notice }),
          );
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
        if (SHORT_NUMBER.test(n.number))
          throw refuse(`${y.year}: notice ${i}'s number would read as a short form`, 'notices', i);
        const title = i === 0 && n.title === yearlyNoticeTitle(y.year) ? '' : n.title;
        const office = GENERAL_OFFICE_NUMBER.exec(n.number);
        const number =
          office === null
            ? n.number
            : Number(office[1]) === y.year - 1
              ? office[2]
              : `${office[1]}.${office[2]}`;
        if (/[@#]/.test(n.url)) throw refuse(`${y.year}: notice ${i}'s address holds @ or #`, 'notices', i);
        const issued = n.issuedOn.replaceAll('-', '');
        const shortIssued = issued.startsWith(String(y.year - 1)) ? issued.slice(4) : issued;
        // The issue date in the address, as gov.cn writes it (2013-12/11, or 202310 for the month): @ and #.
        const dated = `${issued.slice(0, 4)}-${issued.slice(4, 6)}/${issued.slice(6)}`;
        const month = `/${issued.slice(0, 6)}/`;
        const url = n.url.includes(dated) ? n.url.replace(dated, '@') : n.url.replace(month, '/#/');
        return [number, shortIssued, shrinkUrl(url), title].join('^');
      });
      const runs: string[] = [];
      let current: { start: number; length: number; key: string } | undefined;
      let previous = Number.NaN;
      let lastEnd = dayNumberOf(y.year - 1, 11, 30);
      const flush = () => {
        if (current === undefined) return;
        const [y0, m0] = civilOf(current.start);
        if (!(y0 === y.year || (y0 === y.year - 1 && m0 === 12)))
          throw refuse(`${y.year}: a day outside the year and its December before`, 'days');
        if (current.start <= lastEnd) throw refuse(`${y.year}: days out of date order`, 'days');
        runs.push(
          `${current.start - lastEnd}${current.key.slice(0, 1)}${current.length}${current.key.slice(1)}`,
        );
        lastEnd = current.start + current.length - 1;
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
        const letter = String.fromCharCode(97 + nameIndex);
        const key = `${d.isOffDay ? letter.toUpperCase() : letter}${noticeIndex === 0 ? '' : `*${noticeIndex}`}`;
        const [yy, mm, dd] = d.date.split('-').map(Number) as [number, number, number];
        const dn = dayNumberOf(yy, mm, dd);
        if (current !== undefined && current.key === key && dn === previous + 1 && current.length < 9)
          current.length++;
        else {
          flush();
          current = { start: dn, length: 1, key };
        }
        previous = dn;
      }
      flush();
      return `${y.year}|${notices.join(';')}|${runs.join('')}`;
    })
    .join('\n');
}
