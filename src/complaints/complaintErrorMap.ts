import type * as z from 'zod';
import { createZodErrorMap } from '../calendar/zodErrorMap.js';
import type { Locale, LocalizedText } from '../core/reason.js';

const MESSAGES = /* @__PURE__ */ Object.freeze({
  beforeReceipt: {
    'zh-CN': '早于受理时间receivedAt：投诉应在受理之后处理',
    en: 'is before receivedAt: a complaint is handled after it is received',
  },
} as const);

/**
 * The zod error map of the complaint schemas, per parse: the complaint module's own
 * messages (a time before the receipt, a contact phone's problem), then the calendar's and zod's.
 *
 * @internal
 */
export function createComplaintErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const base = createZodErrorMap(locale);
  return (issue) => {
    if (issue.code === 'custom') {
      const key = (issue.params as { key?: string } | undefined)?.key;
      if (key === 'beforeReceipt') return MESSAGES.beforeReceipt[locale];
      // A message of its own in both languages (a contact phone's problem, which never quotes it).
      const text = (issue.params as { text?: LocalizedText } | undefined)?.text;
      if (text !== undefined) return text[locale];
    }
    return base(issue);
  };
}
