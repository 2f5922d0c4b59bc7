import { UnreadableInputError } from './errors.js';
import type { RawRecord, ReaderOptions } from './rawRecord.js';

/** Where the reader is: before the `[`, between elements, inside one, after the `]`. */
const START = 0;
const BETWEEN = 1;
const ELEMENT = 2;
const END = 3;

/**
 * The records of a JSON array, streamed: each element is cut out of the text as it
 * passes (strings and nesting followed character by character) and parsed alone, so memory
 * holds one element at a time, never the whole array. Empty text is no records. Anything
 * that is not one array of values (an object, text after the array, an element that does
 * not parse, one over the record-size limit) makes the file unreadable: the structure can
 * no longer be trusted.
 */
export async function* readJsonArray(
  text: AsyncIterable<string>,
  options: ReaderOptions,
): AsyncGenerator<RawRecord[]> {
  const limit = options.maxRecordChars;
  const name = options.name;
  let state: number = START;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: string[] = [];
  let size = 0;
  let index = 0;
  let line = 1;
  let elementLine = 1;
  let first = true;
  const bad = (what: string): never => {
    throw new UnreadableInputError(`${name} is not valid JSON: ${what} (near line ${line})`);
  };
  for await (const raw of text) {
    let chunk = raw;
    if (first) {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    const out: RawRecord[] = [];
    let elementStart = state === ELEMENT ? 0 : -1;
    const finish = (end: number) => {
      parts.push(chunk.slice(elementStart, end));
      const t = parts.length === 1 ? (parts[0] as string) : parts.join('');
      parts = [];
      size = 0;
      let value: unknown;
      try {
        value = JSON.parse(t);
      } catch {
        bad(`record ${index} does not parse`);
      }
      out.push({ kind: 'json', index: index++, value });
      elementStart = -1;
    };
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) line++;
      if (state === ELEMENT) {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 92) escaped = true;
          else if (c === 34) inString = false;
          continue;
        }
        if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) {
          if (depth === 0) {
            if (c === 125) bad('a } closes nothing');
            finish(i);
            state = END;
          } else depth--;
        } else if (c === 44 && depth === 0) {
          finish(i);
          state = BETWEEN;
        }
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      switch (state) {
        case START:
          if (c !== 91) {
            bad(
              c === 123
                ? 'a .json file holds an array of records ([...]); one record per line is JSON Lines (.jsonl)'
                : 'a .json file holds an array of records ([...])',
            );
          }
          state = BETWEEN;
          break;
        case BETWEEN:
          if (c === 93) {
            if (index > 0) bad('a comma before ]');
            state = END;
            break;
          }
          if (c === 44) bad('two commas in a row');
          state = ELEMENT;
          elementStart = i;
          elementLine = line;
          depth = 0;
          i--; // read this character as the element's first
          break;
        case END:
          bad('text after the array');
      }
    }
    if (state === ELEMENT && elementStart !== -1) {
      const piece = chunk.slice(elementStart);
      size += piece.length;
      if (size > limit) {
        throw new UnreadableInputError(
          `${name}: record ${index} (from line ${elementLine}) is larger than the limit of ${limit.toLocaleString('en-US')} characters (--max-record-size): the file cannot be read as records`,
        );
      }
      parts.push(piece);
    }
    if (out.length > 0) yield out;
  }
  if (state === ELEMENT || state === BETWEEN) bad('the text ends inside the array');
}
