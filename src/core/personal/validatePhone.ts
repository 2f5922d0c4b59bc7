import { describeType, expectBoolean, expectPlainObject } from '../checks.js';
import { createReason, type Decision, type Reason } from '../reason.js';
import { findMobilePrefix, MOBILE_PREFIX_TABLE_AS_OF } from './mobilePrefixes.js';
import { MAX_PERSONAL_TEXT_LENGTH, toHalfWidth } from './text.js';

/** The options of {@link validateMobileNumber}. */
export interface MobileNumberOptions {
  /**
   * Check the number's block against the table of allocated blocks
   * ({@link MOBILE_PREFIX_TABLE}); by default any `1[3-9]` is accepted, since new blocks
   * keep being allocated.
   */
  readonly strict?: boolean;
}

/** The verdict on a phone number (`CUS-PHONE`). Never carries the number in its reasons. */
export type PhoneCheck = Decision<{
  readonly valid: boolean;
  /**
   * The stored form when valid: the 11 digits of a mobile number; `0AA-NNNNNNNN` (area
   * code, hyphen, local number, and `-EXT` for an extension) for a landline.
   */
  readonly normalized?: string;
}>;

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const fail = (
  check: string,
  zh: string,
  en: string,
  facts: Record<string, string | boolean> = {},
): PhoneCheck => ({
  valid: false,
  reasons: [createReason('CUS-PHONE', { check, passed: false, ...facts }, text(zh, en))],
});

/** Spaces (any kind, after full-width folding) and hyphens or dashes between digit groups. */
const SEPARATORS = /[\s\-\u2010-\u2015]+/g;
const COUNTRY_CODE = /^(?:\+86|0086)/;

function readText(value: unknown): string | PhoneCheck {
  if (typeof value !== 'string') {
    return fail(
      'type',
      typeof value === 'number' ? '电话号码应以文本保存（作为数字会丢失前导0和+86）' : '电话号码应为文本',
      typeof value === 'number'
        ? 'A phone number is text (as a number it loses a leading 0 or +86)'
        : `A phone number is text, got ${describeType(value)}`,
    );
  }
  if (value.length > MAX_PERSONAL_TEXT_LENGTH)
    return fail('length', '号码过长', 'Far too long for a phone number');
  return toHalfWidth(value);
}

/**
 * Checks a mainland mobile number (`CUS-PHONE`): 11 digits beginning with 1, optionally
 * written with `+86` or `0086`, with spaces and hyphens between groups tolerated
 * (`+86 138-1234-5678`); `normalized` is the 11 digits. Lenient by default: any number
 * beginning `13`-`19` passes, since new blocks keep appearing. With `{ strict: true }` its
 * block must be in {@link MOBILE_PREFIX_TABLE} (allocations up to
 * {@link MOBILE_PREFIX_TABLE_AS_OF}). A landline is refused here: see
 * {@link validateLandlineNumber}. Reasons name the failed part, never the number.
 *
 * @rule CUS-PHONE
 * @example
 * ```ts
 * validateMobileNumber('+86 138-1234-5678').normalized; // '13812345678'
 * validateMobileNumber('16012345678').valid; // true: lenient, 1[3-9]
 * validateMobileNumber('16012345678', { strict: true }).valid; // false: 160 is not an allocated block
 * validateMobileNumber('1381234567').valid; // false: 10 digits
 * ```
 */
export function validateMobileNumber(value: string, options?: MobileNumberOptions): PhoneCheck {
  let strict = false;
  if (options !== undefined) {
    const o = expectPlainObject(options, ['options']);
    if (o.strict !== undefined) strict = expectBoolean(o.strict, ['options', 'strict']);
  }
  const s = readText(value);
  if (typeof s !== 'string') return s;
  const digits = s.replace(SEPARATORS, '').replace(COUNTRY_CODE, '');
  if (!/^\d+$/.test(digits)) {
    return fail(
      'characters',
      '手机号码只能由数字组成（可带+86或0086，数字间可有空格或连字符）',
      'A mobile number is digits only (optionally +86 or 0086, with spaces or hyphens between groups)',
    );
  }
  if (digits[0] === '0') {
    return fail(
      'landline',
      '以0开头，是带区号的固定电话而不是手机号码（用 validateLandlineNumber 核验）',
      'Begins with 0: a landline with its area code, not a mobile number (see validateLandlineNumber)',
    );
  }
  if (digits.length !== 11 || digits[0] !== '1') {
    return fail(
      'length',
      `手机号码应为以1开头的11位数字，实为${digits.length}位${digits[0] === '1' ? '' : '且不以1开头'}`,
      `A mobile number has 11 digits beginning with 1, got ${digits.length} digits${digits[0] === '1' ? '' : ' not beginning with 1'}`,
    );
  }
  const prefix = digits.slice(0, 3);
  if (!/^1[3-9]/.test(digits)) {
    return fail(
      'prefix',
      `号段${prefix}不是手机号段（手机号码以13-19开头）`,
      `${prefix} is not a mobile block (mobile numbers begin 13 to 19)`,
      { prefix, strict },
    );
  }
  const reasons: Reason[] = [];
  if (strict) {
    const block = findMobilePrefix(digits);
    if (block === undefined) {
      return fail(
        'prefix',
        `号段${prefix}不在已分配号段表中（截至${MOBILE_PREFIX_TABLE_AS_OF}）；新分配的号段须更新号段表，或改用宽松核验`,
        `${prefix} is not in the table of allocated blocks (as of ${MOBILE_PREFIX_TABLE_AS_OF}); a newer block needs the table updated, or the lenient check`,
        { prefix, strict, tableAsOf: MOBILE_PREFIX_TABLE_AS_OF },
      );
    }
    reasons.push(
      createReason(
        'CUS-PHONE',
        { prefix: block.prefix, strict, use: block.use, tableAsOf: MOBILE_PREFIX_TABLE_AS_OF },
        text(
          `11位手机号码，号段${block.prefix}在已分配号段表中（截至${MOBILE_PREFIX_TABLE_AS_OF}）${block.use === 'data' ? '；该号段为上网卡号段，可能无法接听电话' : ''}`,
          `An 11-digit mobile number in the allocated block ${block.prefix} (as of ${MOBILE_PREFIX_TABLE_AS_OF})${block.use === 'data' ? '; a data-only block, which may not take calls' : ''}`,
        ),
      ),
    );
  } else {
    reasons.push(
      createReason(
        'CUS-PHONE',
        { prefix, strict },
        text(
          '11位手机号码，以13-19开头（宽松核验：未核对号段表）',
          'An 11-digit mobile number beginning 13 to 19 (lenient: the table of blocks not consulted)',
        ),
      ),
    );
  }
  return { valid: true, normalized: digits, reasons };
}

/** An extension after 转, 分机, ext, x or #, at the end. */
const EXTENSION = /\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i;

/**
 * Checks a mainland landline number with its area code (`CUS-PHONE`): `010`, `02X` (then 8
 * digits) or a 4-digit area code `0XXX` (then 7 or 8 digits), the local number not
 * beginning with 0 or 1; with `+86`/`0086` the area code's 0 may be dropped (`+86 10
 * 6552 9988`); parentheses, spaces and hyphens between groups tolerated; an extension after
 * `转`, `分机`, `ext`, `x`, `#` or a third group (`010-65529988-123`). A number without an
 * area code is refused: GEN asks for it (座机需加上区号). 400 and 800 service numbers and
 * mobile numbers are refused with a reason saying so. Area codes are checked by their
 * shape, not against a list. `normalized` is `0AA-NNNNNNNN[-EXT]`.
 *
 * @rule CUS-PHONE
 * @example
 * ```ts
 * validateLandlineNumber('(010) 6552 9988').normalized; // '010-65529988'
 * validateLandlineNumber('0571-8702 1234 转 806').normalized; // '0571-87021234-806'
 * validateLandlineNumber('65529988').valid; // false: no area code
 * ```
 */
export function validateLandlineNumber(value: string): PhoneCheck {
  const s = readText(value);
  if (typeof s !== 'string') return s;
  let main = s;
  let extension: string | undefined;
  const ext = EXTENSION.exec(s);
  if (ext !== null) {
    main = s.slice(0, ext.index);
    extension = ext[1];
  }
  main = main.replace(/[()（）]/g, ' ').trim();
  let international = false;
  if (COUNTRY_CODE.test(main.replace(SEPARATORS, ''))) {
    international = true;
    main = main.replace(/^\s*(?:\+86|0086)[\s-]*/, '');
  }
  const groups = main.split(SEPARATORS).filter((g) => g !== '');
  if (groups.some((g) => !/^\d+$/.test(g))) {
    return fail(
      'characters',
      '固定电话号码只能由数字组成（区号可加括号，数字间可有空格或连字符，分机号可写在“转”之后）',
      'A landline is digits only (the area code may be in parentheses, spaces or hyphens between groups, an extension after 转 or ext)',
    );
  }
  let digits = groups.join('');
  // A third group after a complete area code and local number is an extension.
  if (extension === undefined && groups.length >= 3) {
    const last = groups[groups.length - 1] as string;
    const head = groups.slice(0, -1).join('');
    if (isCompleteLandline(international && head[0] !== '0' ? `0${head}` : head)) {
      extension = last;
      digits = head;
    }
  }
  if (international && digits[0] !== '0') digits = `0${digits}`;
  if (/^(?:400|800)\d{7}$/.test(digits)) {
    return fail(
      'service-number',
      '400/800开头的10位号码是企业服务号码，不是客户的固定电话',
      'A 10-digit 400/800 number is a company service number, not a customer landline',
    );
  }
  if (/^1[3-9]\d{9}$/.test(digits)) {
    return fail(
      'mobile',
      '这是手机号码，不是固定电话（用 validateMobileNumber 核验）',
      'A mobile number, not a landline (see validateMobileNumber)',
    );
  }
  if (digits[0] !== '0') {
    return fail(
      'area-code',
      '缺少区号：固定电话须带区号（GEN：座机需加上区号）',
      'No area code: a landline is written with its area code (GEN: 座机需加上区号)',
    );
  }
  const split = splitLandline(digits);
  if (split === undefined) {
    return fail(
      'length',
      `区号加本地号码共${digits.length}位，不合固定电话的位数（010、02X区号后为8位，0XXX区号后为7或8位，本地号码不以0或1开头）`,
      `${digits.length} digits with the area code do not make a landline (8 digits after 010 or 02X, 7 or 8 after a 4-digit 0XXX code, the local number not beginning with 0 or 1)`,
    );
  }
  const normalized = `${split.area}-${split.local}${extension === undefined ? '' : `-${extension}`}`;
  return {
    valid: true,
    normalized,
    reasons: [
      createReason(
        'CUS-PHONE',
        {
          areaCodeDigits: split.area.length,
          localDigits: split.local.length,
          extension: extension !== undefined,
        },
        text(
          `带区号的固定电话：区号${split.area.length}位，本地号码${split.local.length}位${extension === undefined ? '' : '，含分机号'}（区号按格式核对，未对照区号表）`,
          `A landline with a ${split.area.length}-digit area code and ${article(split.local.length)} ${split.local.length}-digit local number${extension === undefined ? '' : ' and an extension'} (the area code checked by its shape, not against a list)`,
        ),
      ),
    ],
  };
}

/** 'an' before 8, 11 and 18, else 'a'. */
const article = (n: number): string => (n === 8 || n === 11 || n === 18 ? 'an' : 'a');

function splitLandline(digits: string): { area: string; local: string } | undefined {
  let areaLength: number;
  if (/^0(?:10|2\d)/.test(digits)) areaLength = 3;
  else if (/^0[3-9]\d\d/.test(digits)) areaLength = 4;
  else return undefined;
  const local = digits.slice(areaLength);
  const lengths = areaLength === 3 ? [8] : [7, 8];
  if (!lengths.includes(local.length) || !/^[2-9]/.test(local)) return undefined;
  return { area: digits.slice(0, areaLength), local };
}

function isCompleteLandline(digits: string): boolean {
  return splitLandline(digits) !== undefined;
}
