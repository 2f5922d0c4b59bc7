import { describe, expect, it } from 'vitest';
import {
  assessCustomerFileCompleteness,
  CUSTOMER_FIELD_TABLE,
  CUSTOMER_FIELDS,
  CUSTOMER_FILE_ITEM_TABLE,
  CUSTOMER_FILE_ITEMS,
  CustomerSchema,
  parseCustomer,
  parseCustomers,
} from '../../src/index.js';

const minimal = {
  id: 'K-1',
  projectId: 'P-1',
  name: '欧阳娜娜',
  phone: '13812345678',
  createdOn: '2025-08-31',
};
const full = {
  ...minimal,
  address: '广东省广州市天河区珠江新城华夏路10号',
  nativePlace: '湖南长沙',
  occupation: '教师',
  productNeed: '三房两厅，南北通透',
  purpose: '自住',
  intendedAreaMinSqm: 90,
  intendedAreaMaxSqm: 120,
  budgetMinYuan: 2_000_000,
  budgetMaxYuan: 3_000_000,
  idNumber: '11010519491231002X',
  familyStructure: '三口之家',
  isDecisionMaker: true,
  purchaseCount: 1,
  lastReviewedOn: '2026-02-28',
};

/** Personal values that must never appear in any message. */
const SECRETS = [
  '欧阳娜娜',
  '13812345678',
  '11010519491231002',
  '110105194912310021',
  '1381234567',
  '65529988',
];
const noSecrets = (value: unknown) => {
  const text = JSON.stringify(value);
  for (const s of SECRETS) expect(text).not.toContain(s);
};

describe('CUS-FIELDS: the customer record', () => {
  it('CUS-FIELDS: every item of AOY 4.1.2 has a field; a full record and a minimal one are valid', () => {
    for (const item of CUSTOMER_FILE_ITEMS) {
      for (const f of CUSTOMER_FILE_ITEM_TABLE[item].fields)
        expect(Object.keys(CustomerSchema.shape)).toContain(f);
    }
    expect(Object.keys(CustomerSchema.shape)).toEqual([...CUSTOMER_FIELDS]);
    for (const f of CUSTOMER_FIELDS) expect(CUSTOMER_FIELD_TABLE[f]['zh-CN'].length).toBeGreaterThan(0);
    expect(parseCustomer(full).success).toBe(true);
    expect(parseCustomer(minimal).success).toBe(true);
    expect(parseCustomer({ ...minimal, phone: '0571-8702123' }).success).toBe(true);
    expect(parseCustomer({ ...minimal, otherIdType: 'passport', otherIdNumber: 'E12345678' }).success).toBe(
      true,
    );
  });

  it('CUS-ID: a wrong check character is reported at idNumber, in zh-CN and en, without the number', () => {
    const bad = { ...full, idNumber: '110105194912310021' };
    const zh = parseCustomer(bad);
    expect(zh.success).toBe(false);
    expect(zh.error?.issues[0]?.path).toEqual(['idNumber']);
    expect(zh.error?.issues[0]?.message).toContain('校验码');
    const en = parseCustomer(bad, { locale: 'en' });
    expect(en.error?.issues[0]?.message).toContain('check');
    noSecrets(zh.error?.issues);
    noSecrets(en.error?.issues);
  });

  it('CUS-ID: with now, a birth date after it is refused (once); without now it is not checked', () => {
    const future = { ...minimal, idNumber: '110105202612010057' };
    expect(parseCustomer(future).success).toBe(true);
    const r = parseCustomer(future, { now: '2026-11-20T10:00:00+08:00' });
    expect(r.error?.issues).toHaveLength(1);
    expect(r.error?.issues[0]?.message).toContain('晚于当前日期');
    expect(parseCustomer(future, { now: '2026-12-01' }).success).toBe(true);
    expect(
      parseCustomer({ ...minimal, idNumber: '110105194912310021' }, { now: '2026-11-20' }).error?.issues,
    ).toHaveLength(1);
    expect(() => parseCustomer(minimal, { now: 'soon' })).toThrow(/options\.now/);
  });

  it('CUS-PHONE: a phone is stored as 11 digits or area code-number; another form is refused with the stored form named', () => {
    const spaced = parseCustomer({ ...minimal, phone: '+86 138 1234 5678' }, { locale: 'en' });
    expect(spaced.error?.issues[0]).toMatchObject({ path: ['phone'] });
    expect(spaced.error?.issues[0]?.message).toContain('as stored');
    const short = parseCustomer({ ...minimal, phone: '1381234567' }, { locale: 'en' });
    expect(short.error?.issues[0]?.message).toContain('11 digits');
    const local = parseCustomer({ ...minimal, phone: '65529988' });
    expect(local.error?.issues[0]?.message).toContain('座机需加上区号');
    const landline = parseCustomer({ ...minimal, phone: '010-6552998' });
    expect(landline.error?.issues[0]?.message).toContain('区号');
    noSecrets([spaced.error?.issues, short.error?.issues, local.error?.issues, landline.error?.issues]);
    expect(parseCustomer({ ...minimal, idNumber: '11010519491231002x' }).success).toBe(false);
  });

  it('CUS-FIELDS: across fields: ranges in order, another document with its type, no day before the file was opened', () => {
    const r = parseCustomer(
      {
        ...minimal,
        intendedAreaMinSqm: 120,
        intendedAreaMaxSqm: 90,
        budgetMinYuan: 3e6,
        budgetMaxYuan: 2e6,
        otherIdNumber: 'E12345678',
        closedOn: '2025-08-30',
      },
      { locale: 'en' },
    );
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'intendedAreaMinSqm',
      'budgetMinYuan',
      'otherIdType',
      'closedOn',
    ]);
    noSecrets(r.error?.issues);
    expect(JSON.stringify(r.error?.issues)).not.toContain('E12345678');
  });

  it('CUS-FIELDS: unknown keys, wrong types and missing fields are path-addressed; a batch keeps the good ones', () => {
    const r = parseCustomer(
      { ...minimal, phone: 13812345678, nickname: 'x', createdOn: undefined },
      { locale: 'en' },
    );
    expect(r.error?.issues.map((i) => i.path.join('.') || i.code).sort()).toEqual([
      'createdOn',
      'phone',
      'unrecognized_keys',
    ]);
    noSecrets(r.error?.issues);
    const b = parseCustomers([full, { ...full, phone: '1381234567' }, 'nonsense'], { locale: 'en' });
    expect(b.valid).toHaveLength(1);
    expect(b.validIndexes).toEqual([0]);
    expect(b.invalid.map((i) => [i.index, i.path.join('.')])).toEqual([
      [1, 'phone'],
      [2, ''],
    ]);
    noSecrets(b.invalid);
    expect(() => parseCustomers('x' as never)).toThrow(/inputs/);
    expect(() => parseCustomer(minimal, { locale: 'fr' as never })).toThrow(/options\.locale/);
  });

  it('CUS-FIELDS: which items of AOY 4.1.2 a file still lacks; a company may ask for fewer', () => {
    expect(assessCustomerFileCompleteness(full)).toMatchObject({ complete: true, missing: [] });
    const r = assessCustomerFileCompleteness({
      ...minimal,
      budgetMaxYuan: 3e6,
      purchaseCount: 0,
      isDecisionMaker: false,
    });
    expect(r.missing).toEqual([
      'address',
      'nativePlace',
      'occupation',
      'productNeed',
      'purpose',
      'intendedArea',
      'idDocument',
      'familyStructure',
    ]);
    expect(r.reasons[0]?.message['zh-CN']).toContain(
      '缺少8项：住所、籍贯、职业、产品需求、用途、意向面积、身份证件、家庭结构',
    );
    noSecrets(r.reasons);
    expect(assessCustomerFileCompleteness(minimal, { items: ['name', 'phone'] }).complete).toBe(true);
    expect(() => assessCustomerFileCompleteness(minimal, { items: ['nam' as never] })).toThrow(
      /did you mean 'name'/,
    );
  });
});
