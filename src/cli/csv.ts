/**
 * A streaming RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, newlines
 * inside quotes. Feed it chunks; it hands out complete rows with the line they start on.
 */
export class CsvReader {
  private field = '';
  private row: string[] = [];
  private inQuotes = false;
  private quoteSeen = false;
  private line = 1;
  private rowLine = 1;
  private readonly rows: { readonly cells: string[]; readonly line: number }[] = [];

  /** Adds a chunk of text; returns the rows it completed. */
  push(chunk: string): { readonly cells: string[]; readonly line: number }[] {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as string;
      if (this.inQuotes) {
        if (c === '"') {
          this.inQuotes = false;
          this.quoteSeen = true;
        } else {
          if (c === '\n') this.line++;
          this.field += c;
        }
        continue;
      }
      if (c === '"') {
        // A doubled quote inside a quoted field: the quote we just closed reopens with one '"'.
        if (this.quoteSeen) this.field += '"';
        this.inQuotes = true;
        continue;
      }
      this.quoteSeen = false;
      if (c === ',') {
        this.row.push(this.field);
        this.field = '';
      } else if (c === '\n') {
        this.endRow();
        this.line++;
        this.rowLine = this.line;
      } else if (c !== '\r') {
        this.field += c;
      }
    }
    return this.rows.splice(0);
  }

  /** Ends the input; returns the last row if it had no final newline. */
  end(): { readonly cells: string[]; readonly line: number }[] {
    if (this.field !== '' || this.row.length > 0) this.endRow();
    return this.rows.splice(0);
  }

  /** Whether the input ended inside a quoted field. */
  get unterminated(): boolean {
    return this.inQuotes;
  }

  private endRow(): void {
    this.row.push(this.field);
    this.field = '';
    const cells = this.row;
    this.row = [];
    this.quoteSeen = false;
    if (!(cells.length === 1 && cells[0] === '')) this.rows.push({ cells, line: this.rowLine });
  }
}

/** One CSV cell, quoted when it needs to be. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const s =
    typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
