import type * as z from 'zod';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { Locale } from '../core/reason.js';

/** The library's own validation messages, keyed by the `params.key` of a custom issue. */
const MESSAGES: Readonly<Record<string, { readonly 'zh-CN': string; readonly en: string }>> = Object.freeze({
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
});

// The two locales by their own modules: `z.locales` as a namespace would pull in all of zod's
// forty-odd languages.
const baseMaps = {
  'zh-CN': /* @__PURE__ */ (() => zhCN().localeError)(),
  en: /* @__PURE__ */ (() => en().localeError)(),
};

/**
 * A zod error map for one parse, in zh-CN or en: the library's own messages for its
 * custom checks, zod's locale for the rest. Pass it per call (`schema.safeParse(x, {
 * error: createZodErrorMap('zh-CN') })`); the library never calls the global `z.config()`.
 *
 * @example
 * ```ts
 * DayStringSchema.safeParse('2026-02-30', { error: createZodErrorMap('en') }).error?.issues[0]?.message;
 * // 'expected a real day written YYYY-MM-DD'
 * ```
 */
export function createZodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const base = baseMaps[locale] ?? baseMaps['zh-CN'];
  return (issue) => {
    if (issue.code === 'custom') {
      const key = (issue.params as { key?: string } | undefined)?.key;
      const text = key === undefined ? undefined : MESSAGES[key];
      if (text !== undefined) return text[locale];
    }
    return base(issue);
  };
}
