/**
 * A cell of a file of personal data (a customer export) quoted by the CLI: a file without a
 * header row has its first record read as one, and the error that says no column is a field
 * quotes its first cells (`CUS-PRIVACY`).
 *
 * @module
 */

import { MASK_CHARACTER } from '../core/personal/mask.js';

/**
 * A cell's text with all but its first character hidden (`张三` -> `张*`), the length kept;
 * a lower-case code (`remarks`, `customer_no`) is shown, as `maskQuotedValues` shows codes.
 *
 * @rule CUS-PRIVACY
 * @example
 * ```ts
 * maskCellText('13812345678'); // '1**********'
 * ```
 */
export function maskCellText(text: string): string {
  if (/^[a-z][a-z0-9_-]{0,39}$/.test(text) && !/\d{4}/.test(text)) return text;
  const chars = [...text];
  return `${chars[0] ?? ''}${MASK_CHARACTER.repeat(Math.max(chars.length - 1, 1))}`;
}
