import { formatDayNumber, type InstantInput, toInstantMs, tryParseDayString } from '../calendar/days.js';
import { expectArray, expectOneOf, expectOptional, expectPlainObject, expectString } from '../core/checks.js';
import { InvalidArgumentError } from '../core/errors.js';
import { LOCALES, type Locale } from '../core/reason.js';
import type { DeliverySchedule } from './computeDeliverySchedule.js';
import { DELIVERY_ROLE_LABELS } from './tables/labels.js';
import { DELIVERY_MILESTONE_TABLE } from './tables/milestones.js';

/** The options of {@link formatDeliveryScheduleIcs}. */
export interface DeliveryIcsOptions {
  /** The file's time stamp (`DTSTAMP`): an instant. Nothing here reads the clock. */
  readonly now: InstantInput;
  /** The language of the event titles and descriptions (default `zh-CN`). */
  readonly locale?: Locale;
  /**
   * Makes each event's `UID` unique to the batch (a project and batch id such as `P-1-B2`), so
   * that importing a new version of the schedule updates the events instead of adding copies.
   * Letters, digits, `-`, `_` and `.` only.
   */
  readonly uidPrefix?: string;
  /** The calendar's name (`X-WR-CALNAME`); a name from the delivery day when absent. */
  readonly calendarName?: string;
}

const CRLF = '\r\n';

/** TEXT values escaped as RFC 5545 3.3.11 asks: backslash, semicolon, comma, newline. */
function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function octets(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * A content line folded at 75 octets (RFC 5545 3.1): continuation lines start with one space;
 * a line is never split inside a UTF-8 character.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0) as number);
    if (size + n > limit) {
      parts.push(current);
      current = ' ';
      size = 1;
      limit = 75;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join(CRLF);
}

const dateValue = (day: string) => day.replace(/-/g, '');
const nextDay = (day: string) => dateValue(formatDayNumber((tryParseDayString(day) as number) + 1));

/**
 * A delivery schedule as an iCalendar file (RFC 5545) that calendar apps (Outlook, Apple
 * Calendar, Google Calendar, DingTalk, WeCom) open: one all-day event per milestone on its due
 * day (the owners' calls over their window), titled in the chosen language with the owner,
 * the rule and the reasons in the description. CRLF line ends, lines folded at 75 octets,
 * TEXT escaped, a stable `UID` per milestone and a `DTSTAMP` from `now`.
 *
 * @rule DLV-PLAN
 * @rule DLV-PREP
 * @throws {InvalidArgumentError} `now` is not an instant, or `uidPrefix` holds characters other than letters, digits, `-`, `_`, `.`.
 * @example
 * ```ts
 * const ics = formatDeliveryScheduleIcs(computeDeliverySchedule({ deliveryOn: '2026-10-12' }), {
 *   now: '2026-07-01T09:00:00+08:00', uidPrefix: 'P-1-B2',
 * });
 * ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'); // true
 * ics.includes('DTSTART;VALUE=DATE:20260930'); // true: the notice pack, moved before National Day
 * ```
 */
export function formatDeliveryScheduleIcs(schedule: DeliverySchedule, options: DeliveryIcsOptions): string {
  const s = expectPlainObject(schedule, ['schedule']);
  const o = expectPlainObject(options, ['options']);
  const stampMs = toInstantMs(o.now as InstantInput, ['options', 'now']);
  const locale =
    expectOptional(o.locale, ['options', 'locale'], (v, p) => expectOneOf(v, LOCALES, p)) ?? 'zh-CN';
  const prefix = expectOptional(o.uidPrefix, ['options', 'uidPrefix'], (v, p) =>
    expectString(v, p, { maxLength: 100 }),
  );
  if (prefix !== undefined && !/^[A-Za-z0-9._-]+$/.test(prefix)) {
    throw new InvalidArgumentError(['options', 'uidPrefix'], 'use letters, digits, -, _ and . only');
  }
  const deliveryOn = expectString(s.deliveryOn, ['schedule', 'deliveryOn']);
  expectArray(s.milestones, ['schedule', 'milestones']);
  const name =
    expectOptional(o.calendarName, ['options', 'calendarName'], (v, p) =>
      expectString(v, p, { maxLength: 200 }),
    ) ?? (locale === 'en' ? `Delivery schedule ${deliveryOn}` : `房屋交付计划 ${deliveryOn}`);
  const stamp = `${new Date(stampMs).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//realty-crm-rules//delivery schedule//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const m of schedule.milestones) {
    const row = DELIVERY_MILESTONE_TABLE[m.id];
    const role = DELIVERY_ROLE_LABELS[m.role];
    const from = m.window?.from ?? m.dueOn;
    const description = [
      locale === 'en' ? row.duty.en : row.duty['zh-CN'],
      `${locale === 'en' ? 'Owner' : '责任部门'}: ${role[locale]}`,
      `${locale === 'en' ? 'Rule' : '规则'}: ${m.rule}`,
      ...m.reasons.map((r) => `[${r.rule}] ${r.message[locale]}`),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${prefix === undefined ? '' : `${prefix}-`}${deliveryOn}-${m.id}@realty-crm-rules`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(from)}`,
      `DTEND;VALUE=DATE:${nextDay(m.dueOn)}`,
      `SUMMARY:${escapeText(`${row[locale]}${locale === 'en' ? ' (' : '（'}${role[locale]}${locale === 'en' ? ')' : '）'}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(m.rule)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join(CRLF)}${CRLF}`;
}
