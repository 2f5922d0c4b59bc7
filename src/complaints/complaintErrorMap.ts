import type * as z from 'zod';
import { createZodErrorMap } from '../calendar/zodErrorMap.js';
import type { Locale } from '../core/reason.js';

const MESSAGES = Object.freeze({
  beforeReceipt: {
    'zh-CN': '早于受理时间receivedAt：投诉应在受理之后处理',
    en: 'is before receivedAt: a complaint is handled after it is received',
  },
} as const);

/**
 * The zod error map of the complaint schemas, per parse: the complaint module's own
 * messages (a time before the receipt), then the calendar's and zod's.
 *
 * @internal
 */
export function createComplaintErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const base = createZodErrorMap(locale);
  return (issue) => {
    if (issue.code === 'custom') {
      const key = (issue.params as { key?: string } | undefined)?.key;
      if (key === 'beforeReceipt') return MESSAGES.beforeReceipt[locale];
    }
    return base(issue);
  };
}
