/**
 * The checks of {@link validateResidentIdNumber}, part by part: the region, the birth date,
 * the check character, for 18-character and 15-digit numbers. Each failure is a reason that
 * names the part, never its digits.
 *
 * @internal
 * @module
 */

import { assertNever } from '../assertNever.js';
import { createReason, type Reason } from '../reason.js';
import { computeIdCheckCharacter } from './computeIdCheckCharacter.js';
import { RESIDENT_ID_KIND_TABLE, type ResidentIdKind } from './idKinds.js';
import { MAINLAND_PROVINCE_CODES, PERMIT_REGIONS } from './regions.js';
import type { ResidentIdCheck } from './residentIdCheck.js';
import { isRealDate } from './today.js';

export const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** One failed check: a reason that says which part is wrong, never what it holds. */
export function failure(kind: ResidentIdKind, check: string, zh: string, en: string): Reason {
  return createReason('CUS-ID', { kind, check, passed: false }, text(zh, en));
}

export function invalid(kind: ResidentIdKind, reasons: Reason[]): ResidentIdCheck {
  return { valid: false, kind, reasons };
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

export function check18(s: string, nowDay: number | undefined): ResidentIdCheck {
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

export function check15(s: string, nowDay: number | undefined): ResidentIdCheck {
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
