import type * as z from 'zod';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { Locale } from '../core/reason.js';
import { CALENDAR_MESSAGES } from './calendarMessages.js';

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
      const text = key === undefined ? undefined : CALENDAR_MESSAGES[key];
      if (text !== undefined) {
        const m = text[locale] ?? text['zh-CN'];
        return typeof m === 'string' ? m : m(issue.params as Record<string, unknown>);
      }
    }
    return base(issue);
  };
}
