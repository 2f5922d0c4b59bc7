/**
 * One CSV cell as the CLI writes it: quoted when it holds a comma, a quote or a line break,
 * and neutralised when a spreadsheet would read it as a formula (the OWASP rule for CSV
 * injection): a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
 * leading `'`, so `=HYPERLINK(...)` shows as text. Every CSV the package writes goes
 * through here.
 *
 * @example
 * ```ts
 * csvCell('C-1'); // 'C-1'
 * csvCell('=1+1'); // "'=1+1"
 * csvCell('a,b'); // '"a,b"'
 * ```
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let s =
    typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (s.length > 0 && FORMULA_START.has(s.charCodeAt(0))) s = `'${s}`;
  return /[",\r\n\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `=`, `+`, `-`, `@`, tab, carriage return. */
const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);
