import { describeType, expectPlainObject } from '../checks.js';
import { check15, check18, failure, invalid } from './readIdNumber.js';
import type { ResidentIdCheck, ResidentIdOptions } from './residentIdCheck.js';
import { MAX_PERSONAL_TEXT_LENGTH, toHalfWidth } from './text.js';
import { readNowDay } from './today.js';

export type { RecordedSex, ResidentIdCheck, ResidentIdOptions } from './residentIdCheck.js';

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
