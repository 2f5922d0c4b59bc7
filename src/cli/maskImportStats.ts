/**
 * The import's notes for a file of personal data (a customer export): the column names it
 * did not know are masked like any cell, since a file without a header row has its first
 * record read as one (`CUS-PRIVACY`).
 *
 * @module
 */

import { MASK_CHARACTER } from '../core/personal/mask.js';
import type { ImportStats } from '../records/createRecordImporter.js';

/**
 * A cell's text with all but its first character hidden (`张三` -> `张*`), the length kept;
 * a short code-like text (`K-1`, `remarks`) is shown, as `maskQuotedValues` shows codes.
 *
 * @rule CUS-PRIVACY
 * @example
 * ```ts
 * maskCellText('13812345678'); // '1**********'
 * ```
 */
export function maskCellText(text: string): string {
  if (/^[A-Za-z][A-Za-z0-9_-]{0,39}$/.test(text) && !/\d{4}/.test(text)) return text;
  const chars = [...text];
  return `${chars[0] ?? ''}${MASK_CHARACTER.repeat(Math.max(chars.length - 1, 1))}`;
}

/** The stats with the unknown column names masked by {@link maskCellText}. */
export function maskImportStats(stats: ImportStats): ImportStats {
  return {
    ...stats,
    unknownColumns: stats.unknownColumns.map((u) => ({ ...u, header: maskCellText(u.header) })),
  };
}
