import type * as z from 'zod';
import { createZodErrorMap } from '../calendar/zodErrorMap.js';
import type { Locale, LocalizedText } from '../core/reason.js';

/**
 * The error map of the customer parsers: a custom issue carrying its own message in both
 * languages (`params.text`, from the validators' reasons, which never quote the value) in
 * the caller's locale; the calendar's and zod's messages for the rest (which quote no input
 * either: zod names types, lengths and allowed values, never the value it rejects).
 *
 * @internal
 */
export function createCustomerErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const base = createZodErrorMap(locale);
  return (issue) => {
    if (issue.code === 'custom') {
      const text = (issue.params as { text?: LocalizedText } | undefined)?.text;
      if (text !== undefined) return text[locale];
    }
    return base(issue);
  };
}
