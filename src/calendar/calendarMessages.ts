/**
 * The calendar's own validation messages in zh-CN and en, without zod: the zod error map
 * (`createZodErrorMap`) and the hand-written check of `createWorkCalendar`'s options (no zod
 * on that path, issue 14) read the same table.
 *
 * @internal
 * @module
 */

import { WEEKDAY_NAMES } from './days.js';

/** A message of a custom issue: fixed, or made from the issue's `params`. @internal */
export type CalendarMessage = string | ((p: Readonly<Record<string, unknown>>) => string);

const WEEKDAY_ZH = WEEKDAY_NAMES['zh-CN'];
const WEEKDAY_EN = WEEKDAY_NAMES.en;
const zhDay = (p: Readonly<Record<string, unknown>>) =>
  `${String(p.date)}（${WEEKDAY_ZH[Number(p.weekday)] ?? ''}）`;
const enDay = (p: Readonly<Record<string, unknown>>) =>
  `${String(p.date)} (${WEEKDAY_EN[Number(p.weekday)] ?? ''})`;

/**
 * The library's own validation messages, keyed by the `params.key` of a custom issue: read by
 * the zod error map (`parse*`) and by the hand-written check of `createWorkCalendar` alike.
 *
 * @internal
 */
export const CALENDAR_MESSAGES: Readonly<
  Record<string, { readonly 'zh-CN': CalendarMessage; readonly en: CalendarMessage }>
> = /* @__PURE__ */ Object.freeze({
  day: { 'zh-CN': '应为YYYY-MM-DD格式的真实日期', en: 'expected a real day written YYYY-MM-DD' },
  instant: {
    'zh-CN': '应为带时区偏移的ISO 8601时间（如2026-10-01T09:30:00+08:00）',
    en: 'expected an ISO 8601 instant with an offset (such as 2026-10-01T09:30:00+08:00)',
  },
  dayOrInstant: {
    'zh-CN': '应为YYYY-MM-DD日期或带时区偏移的ISO 8601时间',
    en: 'expected a day YYYY-MM-DD or an ISO 8601 instant with an offset',
  },
  time: { 'zh-CN': '应为HH:mm格式的时间（如17:30）', en: 'expected a time HH:mm such as 17:30' },
  forbiddenKey: { 'zh-CN': '不允许的键名', en: 'key not allowed' },
  templateBlank: {
    'zh-CN': '仍是模板的"（待填）"：请按通知原文填写',
    en: "still the template's blank (待填): fill it in from the notice",
  },
  noticeNumber: {
    'zh-CN': '应填写通知的文号（如国办发明电〔2025〕7号）',
    en: "expected the notice's number (such as 国办发明电〔2025〕7号)",
  },
  noticeTitle: { 'zh-CN': '应填写通知的标题', en: "expected the notice's title" },
  govCnUrl: {
    'zh-CN': '应为通知在中国政府网（gov.cn）上的网址，如https://www.gov.cn/zhengce/…',
    en: "expected the notice's address on gov.cn, such as https://www.gov.cn/zhengce/…",
  },
  noticeTwice: {
    'zh-CN': (p) => `文号${String(p.number)}重复出现`,
    en: (p) => `the notice ${String(p.number)} is listed twice`,
  },
  noticeTitleYear: {
    'zh-CN': (p) => `第一份通知的标题应含"${String(p.year)}年"：这是${String(p.year)}年的通知吗？`,
    en: (p) =>
      `the first notice's title should name ${String(p.year)}年: is this ${String(p.year)}'s notice?`,
  },
  noticeUnknown: {
    'zh-CN': (p) => `${String(p.notice)}不是本年度的通知之一`,
    en: (p) => `${String(p.notice)} is not one of this year's notices`,
  },
  noticeAfterDay: {
    'zh-CN': (p) => `通知发布日期${String(p.issuedOn)}不早于其安排的第一天${String(p.date)}`,
    en: (p) => `issued on ${String(p.issuedOn)}, not before the first day it sets, ${String(p.date)}`,
  },
  dayTwice: {
    'zh-CN': (p) => `${String(p.date)}重复出现`,
    en: (p) => `${String(p.date)} is listed twice`,
  },
  dayOutsideYear: {
    'zh-CN': (p) => `${String(p.date)}不在${String(p.year)}年内（通知只可另行安排上一年12月20日以后的日子）`,
    en: (p) =>
      `${String(p.date)} is outside ${String(p.year)} (a notice may set only the last days of the December before)`,
  },
  makeupNotWeekend: {
    'zh-CN': (p) => `${zhDay(p)}不是周六或周日：调休上班日（isOffDay: false）只能是周末`,
    en: (p) =>
      `${enDay(p)} is not a Saturday or Sunday: a makeup working day (isOffDay: false) falls on a weekend`,
  },
  weekdayOffUnnamed: {
    'zh-CN': (p) => `${zhDay(p)}是工作日放假：应填写所属节日名称（如元旦、春节）`,
    en: (p) => `${enDay(p)} is a weekday off: name the holiday it belongs to (such as 元旦, 春节)`,
  },
  dayUnnamed: {
    'zh-CN': (p) => `${zhDay(p)}：应填写所属节日名称（如元旦、春节）`,
    en: (p) => `${enDay(p)}: name the holiday the day belongs to (such as 元旦, 春节)`,
  },
  nameEnMissing: {
    'zh-CN': (p) => `内置通知未用过"${String(p.name)}"：应同时填写英文名称nameEn`,
    en: (p) => `the built-in notices do not use "${String(p.name)}": give its English name in nameEn`,
  },
});

/** The English message of a custom issue `key` with its `params`. @internal */
export function calendarMessageEn(key: string, params: Readonly<Record<string, unknown>>): string {
  const m = (CALENDAR_MESSAGES[key] as { readonly en: CalendarMessage }).en;
  return typeof m === 'string' ? m : m(params);
}
