import type { LocalizedText } from '../../core/reason.js';

/** One item a reader hands out: a table's header row, a row of cells, a JSON value, or what could not be read. */
export type RawRecord =
  | { readonly kind: 'header'; readonly cells: readonly unknown[]; readonly line: number }
  | {
      readonly kind: 'row';
      readonly index: number;
      readonly line: number;
      readonly cells: readonly unknown[];
      /** `text` for CSV cells, `cell` for spreadsheet values. */
      readonly source: 'text' | 'cell';
    }
  | {
      readonly kind: 'json';
      readonly index: number;
      readonly line?: number;
      readonly value: unknown;
      /** The JSON text on one line (JSON Lines), to keep it as written when it needs no change. */
      readonly text?: string;
    }
  | {
      readonly kind: 'unreadable';
      readonly index: number;
      readonly line?: number;
      readonly message: LocalizedText;
    };

/** The options every reader takes. */
export interface ReaderOptions {
  /** The largest record, in characters of text: a larger one is skipped (JSON Lines) or stops the run. */
  readonly maxRecordChars: number;
  /** The input's name in messages. */
  readonly name: string;
}

/** The message of a record over the size limit. */
export function tooLarge(limit: number): LocalizedText {
  const n = limit.toLocaleString('en-US');
  return {
    'zh-CN': `记录超过大小上限（${n}个字符，见 --max-record-size），未读取`,
    en: `the record is larger than the limit of ${n} characters (see --max-record-size): not read`,
  };
}

/** The message of a JSON line that does not parse. */
export const NOT_JSON: LocalizedText = Object.freeze({
  'zh-CN': '不是有效的JSON行',
  en: 'not a valid JSON line',
});
