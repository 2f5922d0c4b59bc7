import { describeType } from '../checks.js';
import { InvalidArgumentError } from '../errors.js';
import { COMPOUND_SURNAME_SET } from './compoundSurnames.js';
import { toHalfWidth } from './text.js';

/** The character that stands for a hidden one. */
export const MASK_CHARACTER = '*';

const stars = (n: number): string => MASK_CHARACTER.repeat(Math.max(0, n));

// Fast paths for values already in their stored form, the common case: the same result as
// the general path below, without its normalising passes.
const STORED_ID = /^(?:\d{17}[\dX]|\d{15})$/;
const STORED_MOBILE = /^1\d{10}$/;
const PLAIN_CHINESE_NAME = /^[\u4e00-\u9fff]{2,4}$/;

function readMaskInput(value: unknown, what: string): string {
  if (typeof value === 'string') return value;
  throw new InvalidArgumentError(['value'], `expected ${what} as a string, got ${describeType(value)}`);
}

/** Every character hidden but the last `keep`. */
function hideAllButLast(chars: readonly string[], keep: number): string {
  return stars(chars.length - keep) + chars.slice(chars.length - keep).join('');
}

/**
 * An identity number for display (`CUS-PRIVACY`): the first 6 characters (the region) and
 * the last 4 (sequence and check character) of an 18-character number, the 8 birth-date
 * digits hidden; of a 15-digit number, the first 6 and the last 3 (the sequence), its 6
 * birth-date digits hidden. Anything else (a mistyped number, another document) shows at
 * most its last 2 characters, and nothing when shorter than 8. White space, hyphens and
 * full-width digits are read away first; the length is kept. Masking a masked number
 * changes nothing.
 *
 * @rule CUS-PRIVACY
 * @example
 * ```ts
 * maskIdNumber('11010519491231002X'); // '110105********002X'
 * maskIdNumber('110105491231002'); // '110105******002'
 * maskIdNumber('110105********002X'); // '110105********002X'
 * ```
 */
export function maskIdNumber(value: string): string {
  if (typeof value === 'string' && STORED_ID.test(value)) {
    return value.length === 18
      ? `${value.slice(0, 6)}********${value.slice(14)}`
      : `${value.slice(0, 6)}******${value.slice(12)}`;
  }
  const s = toHalfWidth(readMaskInput(value, 'an identity number'))
    .replace(/[\s\-\u2010-\u2015]/g, '')
    .replace(/x$/, 'X');
  const chars = Array.from(s);
  if (chars.length === 18) return chars.slice(0, 6).join('') + stars(8) + chars.slice(14).join('');
  if (chars.length === 15) return chars.slice(0, 6).join('') + stars(6) + chars.slice(12).join('');
  return hideAllButLast(chars, chars.length >= 8 ? 2 : 0);
}

/**
 * A phone number for display (`CUS-PRIVACY`): a mobile number as its first 3 and last 4
 * digits (`138****5678`, `+86`/`0086` and separators dropped); a landline as its area code
 * and the last 4 digits of an 8-digit local number or the last 3 of a 7-digit one, at least
 * 4 digits always hidden (`010-****9988`, `0571-****234`); anything else shows at most its
 * last 2 characters, and nothing when shorter than 8. Masking a masked number changes
 * nothing.
 *
 * @rule CUS-PRIVACY
 * @example
 * ```ts
 * maskPhone('13812345678'); // '138****5678'
 * maskPhone('+86 138-1234-5678'); // '138****5678'
 * maskPhone('010-65529988'); // '010-****9988'
 * ```
 */
export function maskPhone(value: string): string {
  if (typeof value === 'string' && STORED_MOBILE.test(value))
    return `${value.slice(0, 3)}****${value.slice(7)}`;
  const compact = toHalfWidth(readMaskInput(value, 'a phone number'))
    .replace(/[\s\-\u2010-\u2015()（）]/g, '')
    .replace(/^(?:\+86|0086)/, '');
  if (/^1[\d*]{10}$/.test(compact)) return `${compact.slice(0, 3)}****${compact.slice(7)}`;
  if (/^0[\d*]{9,11}$/.test(compact)) {
    const areaLength = /^0[12]/.test(compact) ? 3 : 4;
    const local = compact.slice(areaLength);
    const shown = Math.min(4, local.length - 4);
    return `${compact.slice(0, areaLength)}-${stars(local.length - shown)}${local.slice(local.length - shown)}`;
  }
  const chars = Array.from(compact);
  return hideAllButLast(chars, chars.length >= 8 ? 2 : 0);
}

/** Characters that separate the parts of a transliterated or minority name: kept as they are. */
const NAME_SEPARATOR = /^[\s·•・．.\-'’]$/u;
/** A name read letter by letter rather than by surname: Latin letters, or parts separated. */
const LETTER_BY_LETTER = /[A-Za-z\u00C0-\u024F\s·•・．.\-'’]/u;

/**
 * A person's name for display (`CUS-PRIVACY`): the surname kept, every other character
 * hidden (`张三` → `张*`); a compound surname from {@link COMPOUND_SURNAMES} keeps both
 * characters when a given name follows (`欧阳娜娜` → `欧阳**`); a name of one character, or
 * of two that could be a compound surname alone, shows one at most. A name in Latin letters
 * or in separated parts (`阿依古丽·买买提`, `John Smith`) keeps only its first character
 * and the separators (nothing of a single letter). Masking a masked name changes nothing.
 *
 * @rule CUS-PRIVACY
 * @example
 * ```ts
 * maskName('张三'); // '张*'
 * maskName('欧阳娜娜'); // '欧阳**'
 * maskName('阿依古丽·买买提'); // '阿***·***'
 * ```
 */
export function maskName(value: string): string {
  if (typeof value === 'string' && PLAIN_CHINESE_NAME.test(value)) {
    const surname = value.length >= 3 && COMPOUND_SURNAME_SET.has(value.slice(0, 2)) ? 2 : 1;
    return value.slice(0, surname) + stars(value.length - surname);
  }
  const chars = Array.from(readMaskInput(value, 'a name').trim());
  if (chars.length === 0) return '';
  if (LETTER_BY_LETTER.test(chars.join(''))) {
    // The first character that is not a separator is kept, unless it is the only one.
    const letters = chars.filter((c) => !NAME_SEPARATOR.test(c)).length;
    let kept = letters <= 1;
    return chars
      .map((c) => {
        if (NAME_SEPARATOR.test(c)) return c;
        if (kept) return MASK_CHARACTER;
        kept = true;
        return c;
      })
      .join('');
  }
  if (chars.length === 1) return MASK_CHARACTER;
  const surname = chars.length >= 3 && COMPOUND_SURNAME_SET.has(`${chars[0]}${chars[1]}`) ? 2 : 1;
  return chars.slice(0, surname).join('') + stars(chars.length - surname);
}

/**
 * An address for display (`CUS-PRIVACY`): its first characters (at most 6, and at most
 * half of it: the province and city of `广东省广州市天河区…`) kept, the rest hidden.
 * Masking a masked address changes nothing.
 *
 * @rule CUS-PRIVACY
 * @example
 * ```ts
 * maskAddress('广东省广州市天河区珠江新城华夏路10号'); // '广东省广州市*************'
 * ```
 */
export function maskAddress(value: string): string {
  const chars = Array.from(readMaskInput(value, 'an address').trim());
  const keep = Math.min(6, Math.floor(chars.length / 2));
  return chars.slice(0, keep).join('') + stars(chars.length - keep);
}
