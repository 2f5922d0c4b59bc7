/**
 * Reading a list of days (`day-list`): a cell's days split by `|`, `、`, `,` or `;`, a JSON
 * list's items, each read as a `day` field reads it (`2026/10/9` and `2026年10月9日` as
 * `2026-10-09`).
 *
 * @internal
 * @module
 */

import type { ReadHow, ReadResult, ValueReader, ValueSource } from './readValue.js';

/** Between the days of a cell (a day holds none of these). */
const DAY_LIST_SEPARATORS = /\s*[|、,，;；]\s*/u;

/** The reader of a list of days, from the reader of one day. */
export function createDayListReader(readDay: ValueReader): ValueReader {
  const inner: ReadResult = { value: undefined, how: 'as-is', message: undefined };
  return (value: unknown, source: ValueSource, out: ReadResult) => {
    let items: readonly unknown[];
    let how: ReadHow = 'as-is';
    if (Array.isArray(value)) items = value;
    else if (typeof value === 'string' && source !== 'json') {
      const parts = value.split(DAY_LIST_SEPARATORS);
      if (parts.length > 1 && !value.includes('|')) how = 'alias';
      items = parts.filter((s) => s !== '');
    } else {
      out.value = value;
      out.how = 'as-is';
      out.message = undefined;
      return;
    }
    const list: unknown[] = [];
    for (const item of items) {
      readDay(item, source, inner);
      if (inner.how === 'refused') {
        // A day that cannot be one: the list is refused with the day's message.
        out.value = value;
        out.how = 'refused';
        out.message = inner.message;
        return;
      }
      if (inner.how !== 'as-is') how = 'alias';
      list.push(inner.value);
    }
    out.value = list;
    out.how = how;
    out.message = undefined;
  };
}
