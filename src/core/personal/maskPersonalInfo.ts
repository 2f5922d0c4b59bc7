import { expectBoolean, expectOneOf, expectPlainObject, isPlainObject } from '../checks.js';
import { InvalidArgumentError } from '../errors.js';
import type { RuleId } from '../rules.js';
import { maskAddress, maskIdNumber, maskName, maskPhone } from './mask.js';

/** The kinds of personal information the package masks (`CUS-PRIVACY`). */
export const PERSONAL_INFO_KINDS = Object.freeze(['name', 'phone', 'id-number', 'address'] as const);
/** A kind of personal information: a name, a phone number, an identity number, an address. */
export type PersonalInfoKind = (typeof PERSONAL_INFO_KINDS)[number];

/** One row of {@link PERSONAL_INFO_KIND_TABLE}: a kind's name and its masking rule, with an example. */
export interface PersonalInfoKindRow {
  readonly 'zh-CN': string;
  readonly en: string;
  /** What the mask keeps. */
  readonly masking: { readonly 'zh-CN': string; readonly en: string };
  /** An invented value and its mask. */
  readonly example: readonly [string, string];
  readonly rule: RuleId;
}

/**
 * Each kind of personal information, its masking rule and an example (`CUS-PRIVACY`): the
 * one table the docs and the CLI read.
 *
 * @rule CUS-PRIVACY
 * @example
 * ```ts
 * PERSONAL_INFO_KIND_TABLE.phone.example; // ['13812345678', '138****5678']
 * ```
 */
export const PERSONAL_INFO_KIND_TABLE: Readonly<Record<PersonalInfoKind, PersonalInfoKindRow>> =
  Object.freeze({
    name: {
      'zh-CN': '姓名',
      en: 'Name',
      masking: {
        'zh-CN': '保留姓氏（复姓保留两字），其余每字以*代替；外文名和带间隔号的名字只保留首字母或首字',
        en: 'the surname kept (both characters of a compound surname), every other character a *; a name in Latin letters or with a middle dot keeps its first character only',
      },
      example: ['欧阳娜娜', '欧阳**'],
      rule: 'CUS-PRIVACY',
    },
    phone: {
      'zh-CN': '电话号码',
      en: 'Phone number',
      masking: {
        'zh-CN': '手机号码保留前3位和后4位；固定电话保留区号和后4位（7位本地号码保留后3位），至少隐去4位',
        en: 'a mobile number keeps its first 3 and last 4 digits; a landline its area code and last 4 digits (last 3 of a 7-digit local number), at least 4 always hidden',
      },
      example: ['13812345678', '138****5678'],
      rule: 'CUS-PRIVACY',
    },
    'id-number': {
      'zh-CN': '证件号码',
      en: 'Identity number',
      masking: {
        'zh-CN':
          '18位号码保留前6位和后4位，隐去8位出生日期；15位号码保留前6位和后3位；其他号码至多保留最后2位',
        en: 'an 18-character number keeps its first 6 and last 4 characters, the 8 birth-date digits hidden; a 15-digit one its first 6 and last 3; any other at most its last 2',
      },
      example: ['11010519491231002X', '110105********002X'],
      rule: 'CUS-PRIVACY',
    },
    address: {
      'zh-CN': '地址',
      en: 'Address',
      masking: {
        'zh-CN': '保留开头至多6个字（且不超过一半，通常为省、市），其余以*代替',
        en: 'its first characters kept (at most 6 and at most half: usually the province and city), the rest a *',
      },
      example: ['广东省广州市天河区珠江新城华夏路10号', '广东省广州市*************'],
      rule: 'CUS-PRIVACY',
    },
  });

/**
 * The field names {@link maskPersonalInfo} masks by default, and as what: the customer
 * record's own fields and the names other records and exports use for a person's name,
 * phone, identity number and address.
 *
 * @rule CUS-PRIVACY
 * @example
 * ```ts
 * PERSONAL_INFO_FIELDS.contactPhone; // 'phone'
 * ```
 */
export const PERSONAL_INFO_FIELDS: Readonly<Record<string, PersonalInfoKind>> = Object.freeze({
  name: 'name',
  customerName: 'name',
  complainantName: 'name',
  contactName: 'name',
  ownerName: 'name',
  phone: 'phone',
  mobile: 'phone',
  landline: 'phone',
  telephone: 'phone',
  contactPhone: 'phone',
  ownerPhone: 'phone',
  idNumber: 'id-number',
  residentIdNumber: 'id-number',
  otherIdNumber: 'id-number',
  contactIdNumber: 'id-number',
  address: 'address',
  contactAddress: 'address',
});

const MASKS: Readonly<Record<PersonalInfoKind, (value: string) => string>> = Object.freeze({
  name: maskName,
  phone: maskPhone,
  'id-number': maskIdNumber,
  address: maskAddress,
});

/** The options of {@link maskPersonalInfo}. */
export interface MaskPersonalInfoOptions {
  /** More fields to mask, or other kinds for the default ones: `{ buyerMobile: 'phone' }`. */
  readonly fields?: Readonly<Record<string, PersonalInfoKind>>;
  /**
   * Return the record unmasked (a copy), for a caller entitled to see the personal
   * information, so that one code path serves both; `false` by default.
   */
  readonly showPersonalInfo?: boolean;
}

const MAX_DEPTH = 16;

/**
 * A copy of a record with every personal field masked (`CUS-PRIVACY`): the fields of
 * {@link PERSONAL_INFO_FIELDS} (plus `options.fields`), at any depth, by the rule of their
 * kind ({@link maskName}, {@link maskPhone}, {@link maskIdNumber}, {@link maskAddress}). A
 * number in a phone or identity field is masked as its digits; an array or object under a
 * personal field has every string and number in it masked; `null` and absent values stay.
 * The record is not changed. `{ showPersonalInfo: true }` returns an unmasked copy.
 *
 * @rule CUS-PRIVACY
 * @example
 * ```ts
 * maskPersonalInfo({ id: 'K-1', name: '欧阳娜娜', phone: '13812345678', idNumber: '11010519491231002X' });
 * // { id: 'K-1', name: '欧阳**', phone: '138****5678', idNumber: '110105********002X' }
 * ```
 */
export function maskPersonalInfo<T extends Readonly<Record<string, unknown>>>(
  record: T,
  options?: MaskPersonalInfoOptions,
): T {
  expectPlainObject(record, ['record']);
  let fields = DEFAULT_FIELDS;
  let show = false;
  if (options !== undefined) {
    const o = expectPlainObject(options, ['options']);
    if (o.showPersonalInfo !== undefined)
      show = expectBoolean(o.showPersonalInfo, ['options', 'showPersonalInfo']);
    if (o.fields !== undefined) {
      const extra = expectPlainObject(o.fields, ['options', 'fields']);
      const map = new Map(DEFAULT_FIELDS);
      for (const [key, kind] of Object.entries(extra)) {
        map.set(key, expectOneOf(kind, PERSONAL_INFO_KINDS, ['options', 'fields', key]));
      }
      fields = map;
    }
  }
  return copy(record, show ? EMPTY : fields, 0) as T;
}

const DEFAULT_FIELDS: ReadonlyMap<string, PersonalInfoKind> = new Map(Object.entries(PERSONAL_INFO_FIELDS));
const EMPTY: ReadonlyMap<string, PersonalInfoKind> = new Map();

function tooDeep(depth: number): void {
  if (depth > MAX_DEPTH) throw new InvalidArgumentError(['record'], `nested deeper than ${MAX_DEPTH} levels`);
}

/** A copy of plain objects and arrays, the personal fields masked. */
function copy(value: unknown, fields: ReadonlyMap<string, PersonalInfoKind>, depth: number): unknown {
  tooDeep(depth);
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'object' && v !== null ? copy(v, fields, depth + 1) : v));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    const kind = fields.get(key);
    if (kind !== undefined) out[key] = maskDeep(v, MASKS[kind], depth + 1);
    else out[key] = typeof v === 'object' && v !== null ? copy(v, fields, depth + 1) : v;
  }
  return out;
}

function maskDeep(value: unknown, mask: (value: string) => string, depth: number): unknown {
  tooDeep(depth);
  if (typeof value === 'string') return mask(value);
  if (typeof value === 'number' || typeof value === 'bigint') return mask(String(value));
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, mask, depth + 1));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = maskDeep(value[key], mask, depth + 1);
    return out;
  }
  return value;
}
