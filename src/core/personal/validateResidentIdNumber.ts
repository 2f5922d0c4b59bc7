import { assertNever } from '../assertNever.js';
import { describeType, expectPlainObject } from '../checks.js';
import { InvalidArgumentError } from '../errors.js';
import { createReason, type Decision, type Reason } from '../reason.js';
import { RESIDENT_ID_KIND_TABLE, type ResidentIdKind } from './idKinds.js';
import { MAINLAND_PROVINCE_CODES, PERMIT_REGIONS } from './regions.js';
import { MAX_PERSONAL_TEXT_LENGTH, toHalfWidth } from './text.js';
import { isRealDate, readNowDay } from './today.js';

/** The sex an identity number records: its 17th digit (15th for 15 digits), odd for men. */
export type RecordedSex = 'male' | 'female';

/** The options of {@link validateResidentIdNumber}. */
export interface ResidentIdOptions {
  /**
   * The moment to judge the birth date by (a `Date`, a day `YYYY-MM-DD` or an ISO 8601
   * instant with an offset): a birth date after its Asia/Shanghai day is refused. Without
   * it that check is skipped, and a reason says so (time is an argument).
   */
  readonly now?: Date | string;
}

/** The verdict on an identity number (`CUS-ID`). Never carries the number itself. */
export type ResidentIdCheck = Decision<{
  /** True when every check passed (a 15-digit number: its date and region). */
  readonly valid: boolean;
  /** What the number was read as; `unknown` when it has neither 18 characters nor 15 digits. */
  readonly kind: ResidentIdKind;
  /** The number as stored: half-width, trimmed, a lower-case `x` as `X`; present when valid. */
  readonly normalized?: string;
  /** The birth date it records, `YYYY-MM-DD`; present when valid. */
  readonly birthDate?: string;
  /** The sex it records; present when valid. */
  readonly sex?: RecordedSex;
}>;

/** ISO 7064 MOD 11-2 weights of the first 17 digits (GB 11643-1999 §7). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** The check character of each remainder 0-10. */
const CHECK_CHARACTERS = '10X98765432';

/**
 * The check character (0-9 or X) of 17 digits by ISO 7064 MOD 11-2 (GB 11643-1999): each
 * digit times its weight (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2), the sum modulo 11, and
 * the remainder 0-10 read as 1 0 X 9 8 7 6 5 4 3 2.
 *
 * @rule CUS-ID
 * @example
 * ```ts
 * computeIdCheckCharacter('11010519491231002'); // 'X'
 * computeIdCheckCharacter('44052418800101001'); // '4'
 * ```
 */
export function computeIdCheckCharacter(digits: string): string {
  if (typeof digits !== 'string' || !/^\d{17}$/.test(digits)) {
    throw new InvalidArgumentError(
      ['digits'],
      typeof digits === 'string'
        ? `expected the 17 digits before the check character, got ${digits.length} characters`
        : `expected a string of 17 digits, got ${describeType(digits)}`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (digits.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return CHECK_CHARACTERS[sum % 11] as string;
}

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** One failed check: a reason that says which part is wrong, never what it holds. */
function failure(kind: ResidentIdKind, check: string, zh: string, en: string): Reason {
  return createReason('CUS-ID', { kind, check, passed: false }, text(zh, en));
}

function invalid(kind: ResidentIdKind, reasons: Reason[]): ResidentIdCheck {
  return { valid: false, kind, reasons };
}

/**
 * Checks an identity number (`CUS-ID`): an 18-character number by GB 11643-1999 (the
 * region's province, a real birth date, the ISO 7064 MOD 11-2 check character, `X` for
 * 10) for a resident identity card, a residence permit of a Hong Kong, Macao or Taiwan
 * resident (region 810000, 820000, 830000) or the 2023 foreigners' permanent residence ID
 * card (first digit 9), each named by `kind`; a 15-digit first-generation number by its
 * region and birth date only (it has no check character), reported valid with a reason that
 * it cannot be verified further. Only the province of a region code is checked: codes
 * revoked since (110103 崇文区) are on valid cards. Full-width digits and a lower-case `x`
 * are read; `normalized` is the stored form. With `now`, a birth date after its
 * Asia/Shanghai day is refused; without it, a reason says that check was skipped.
 *
 * Not a thrown error: a bad number is a verdict (`valid: false`) with reasons that name
 * the failed part (length, region, birth date, check character), never the number or its
 * digits. Only bad options throw.
 *
 * @rule CUS-ID
 * @example
 * ```ts
 * const r = validateResidentIdNumber('11010519491231002X', { now: '2026-11-20' });
 * r.valid; // true
 * r.kind; // 'resident-id'
 * r.birthDate; // '1949-12-31'
 * r.sex; // 'female'
 * validateResidentIdNumber('110105194912310021').valid; // false: the check character should be X
 * validateResidentIdNumber('110105491231002').kind; // 'first-generation' (valid, not verifiable further)
 * ```
 */
export function validateResidentIdNumber(value: string, options?: ResidentIdOptions): ResidentIdCheck {
  let nowDay: number | undefined;
  if (options !== undefined) {
    const o = expectPlainObject(options, ['options']);
    if (o.now !== undefined) nowDay = readNowDay(o.now, ['options', 'now']);
  }
  if (typeof value !== 'string') {
    const number = typeof value === 'number' || typeof value === 'bigint';
    return invalid('unknown', [
      failure(
        'unknown',
        'type',
        number
          ? '身份证号码应以文本保存：18位号码作为数字会丢失末尾几位，也无法保存校验码X'
          : '身份证号码应为文本',
        number
          ? 'An identity number is text: as a number an 18-digit one loses its last digits and cannot hold the check character X'
          : `An identity number is text, got ${describeType(value)}`,
      ),
    ]);
  }
  if (value.length > MAX_PERSONAL_TEXT_LENGTH) {
    return invalid('unknown', [
      failure('unknown', 'length', '号码过长，不是身份证号码', 'Far too long for an identity number'),
    ]);
  }
  const s = toHalfWidth(value).replace(/x$/, 'X');
  if (/^\d{17}[\dX]$/.test(s)) return check18(s, nowDay);
  if (/^\d{15}$/.test(s)) return check15(s, nowDay);
  if (/^[A-Z]{3}\d{12}$/.test(s)) {
    return invalid('unknown', [
      failure(
        'unknown',
        'layout',
        '形如2004-2017年版外国人永久居留证（3位字母加12位数字），不适用 GB 11643-1999，本函数不作核验',
        "Looks like a 2004-2017 foreigner's permanent residence card (3 letters and 12 digits): GB 11643-1999 does not apply and this check does not read it",
      ),
    ]);
  }
  return invalid('unknown', [
    failure(
      'unknown',
      'length',
      `应为18位（17位数字加1位数字或X）或15位数字，实为${s.length}个字符${/^[\dX]*$/.test(s) ? '' : '且含其他字符'}`,
      `Expected 18 characters (17 digits and a digit or X) or 15 digits, got ${s.length} characters${/^[\dX]*$/.test(s) ? '' : ' including others'}`,
    ),
  ]);
}

function kindOf18(s: string): ResidentIdKind {
  if (s[0] === '9') return 'foreign-permanent-residence-id';
  const head = s.slice(0, 2);
  return Object.hasOwn(PERMIT_REGIONS, head)
    ? PERMIT_REGIONS[head as keyof typeof PERMIT_REGIONS]
    : 'resident-id';
}

function checkRegion18(kind: ResidentIdKind, s: string): Reason | undefined {
  switch (kind) {
    case 'foreign-permanent-residence-id': {
      const province = s.slice(1, 3);
      if (!MAINLAND_PROVINCE_CODES.has(province) || province === '71')
        return failure(
          kind,
          'region',
          '第2-3位应为受理地的省级行政区划代码',
          'digits 2-3 should be the province of issue (GB/T 2260)',
        );
      if (s.slice(3, 6) === '000')
        return failure(kind, 'region', '第4-6位应为国籍代码', 'digits 4-6 should be a nationality code');
      return undefined;
    }
    case 'hong-kong-residence-permit':
    case 'macao-residence-permit':
    case 'taiwan-residence-permit':
      return s.slice(2, 6) === '0000'
        ? undefined
        : failure(
            kind,
            'region',
            '港澳台居民居住证的地址码应为810000、820000或830000',
            'the region digits of a residence permit are 810000, 820000 or 830000',
          );
    case 'resident-id':
      return MAINLAND_PROVINCE_CODES.has(s.slice(0, 2))
        ? undefined
        : failure(
            kind,
            'region',
            '前2位不是省级行政区划代码（GB/T 2260）',
            'the first 2 digits are not a province code (GB/T 2260)',
          );
    // Never read from 18 characters.
    case 'first-generation':
    case 'unknown':
      return undefined;
    default:
      return assertNever(kind);
  }
}

/** The birth date YYYYMMDD, or a failure: not a real day, or after `now`. */
function checkBirth(
  kind: ResidentIdKind,
  y: number,
  m: number,
  d: number,
  digits: { readonly zh: string; readonly en: string },
  nowDay: number | undefined,
): Reason | undefined {
  if (!isRealDate(y, m, d)) {
    const feb29 = m === 2 && d === 29;
    return failure(
      kind,
      'birth-date',
      `出生日期码（${digits.zh}）不是真实日期${feb29 ? '：该年不是闰年，没有2月29日' : ''}`,
      `the birth-date digits (${digits.en}) are not a real day${feb29 ? ': that year is not a leap year' : ''}`,
    );
  }
  if (nowDay !== undefined && y * 10_000 + m * 100 + d > nowDay) {
    return failure(
      kind,
      'birth-date',
      `出生日期码（${digits.zh}）晚于当前日期`,
      `the birth-date digits (${digits.en}) are after the current day`,
    );
  }
  return undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function check18(s: string, nowDay: number | undefined): ResidentIdCheck {
  const kind = kindOf18(s);
  const problems: Reason[] = [];
  const region = checkRegion18(kind, s);
  if (region !== undefined) problems.push(region);
  const [y, m, d] = [Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14))];
  const birth = checkBirth(kind, y, m, d, { zh: '第7-14位', en: '7-14' }, nowDay);
  if (birth !== undefined) problems.push(birth);
  if (computeIdCheckCharacter(s.slice(0, 17)) !== s[17]) {
    problems.push(
      failure(
        kind,
        'check-character',
        '第18位校验码与前17位不符（GB 11643-1999，ISO 7064 MOD 11-2）：号码有误录或不是真实号码',
        'the check character (the 18th) does not match the first 17 (GB 11643-1999, ISO 7064 MOD 11-2): mistyped, or not a real number',
      ),
    );
  }
  if (problems.length > 0) return invalid(kind, withKindPrefix(kind, problems));
  const label = RESIDENT_ID_KIND_TABLE[kind];
  const reasons: Reason[] = [
    createReason(
      'CUS-ID',
      {
        kind,
        length: 18,
        checkCharacter: 'matches',
        birthDateChecked: true,
        nowChecked: nowDay !== undefined,
      },
      text(
        `${label['zh-CN']}号码：地区码、出生日期码有效，校验码符合 GB 11643-1999（ISO 7064 MOD 11-2）`,
        `${label.en} number: region and birth date valid, check character per GB 11643-1999 (ISO 7064 MOD 11-2)`,
      ),
    ),
  ];
  if (nowDay === undefined) reasons.push(skippedNow(kind));
  return {
    valid: true,
    kind,
    normalized: s,
    birthDate: `${pad(y, 4)}-${pad(m)}-${pad(d)}`,
    sex: Number(s[16]) % 2 === 1 ? 'male' : 'female',
    reasons,
  };
}

function check15(s: string, nowDay: number | undefined): ResidentIdCheck {
  const kind: ResidentIdKind = 'first-generation';
  const problems: Reason[] = [];
  if (!MAINLAND_PROVINCE_CODES.has(s.slice(0, 2)))
    problems.push(
      failure(
        kind,
        'region',
        '前2位不是省级行政区划代码（GB/T 2260）',
        'the first 2 digits are not a province code (GB/T 2260)',
      ),
    );
  const [y, m, d] = [1900 + Number(s.slice(6, 8)), Number(s.slice(8, 10)), Number(s.slice(10, 12))];
  const birth = checkBirth(kind, y, m, d, { zh: '第7-12位', en: '7-12' }, nowDay);
  if (birth !== undefined) problems.push(birth);
  if (problems.length > 0) return invalid(kind, withKindPrefix(kind, problems));
  const reasons: Reason[] = [
    createReason(
      'CUS-ID',
      { kind, length: 15, checkCharacter: 'none', birthDateChecked: true, nowChecked: nowDay !== undefined },
      text(
        '15位第一代身份证号码：地区码和出生日期码有效；它没有校验码，无法进一步核验（可请客户提供18位号码）',
        'A 15-digit first-generation number: region and birth date valid; it has no check character and cannot be verified further (ask for the 18-character number)',
      ),
    ),
  ];
  if (nowDay === undefined) reasons.push(skippedNow(kind));
  return {
    valid: true,
    kind,
    normalized: s,
    birthDate: `${y}-${pad(m)}-${pad(d)}`,
    sex: Number(s[14]) % 2 === 1 ? 'male' : 'female',
    reasons,
  };
}

function skippedNow(kind: ResidentIdKind): Reason {
  return createReason(
    'CUS-ID',
    { kind, check: 'birth-date-not-after-now', skipped: true },
    text(
      '未提供当前时间（now），未核对出生日期是否晚于当前日期',
      'No `now` given: whether the birth date is after the current day was not checked',
    ),
  );
}

/** The failures, the first prefixed with what the number was read as. */
function withKindPrefix(kind: ResidentIdKind, problems: Reason[]): Reason[] {
  const label = RESIDENT_ID_KIND_TABLE[kind];
  return problems.map((r, i) =>
    i === 0
      ? {
          ...r,
          message: text(
            `${label['zh-CN']}号码：${r.message['zh-CN']}`,
            `${label.en} number: ${r.message.en}`,
          ),
        }
      : r,
  );
}
