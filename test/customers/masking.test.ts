import { describe, expect, it } from 'vitest';
import {
  COMPOUND_SURNAMES,
  InvalidArgumentError,
  maskAddress,
  maskIdNumber,
  maskName,
  maskPersonalInfo,
  maskPhone,
  PERSONAL_INFO_FIELDS,
  PERSONAL_INFO_KIND_TABLE,
  PERSONAL_INFO_KINDS,
} from '../../src/index.js';

describe('CUS-PRIVACY: the masks', () => {
  it("CUS-PRIVACY: the issue's examples, exactly", () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧阳**');
  });

  it('CUS-PRIVACY: an identity number keeps its region and its last 4 (18) or 3 (15); the birth date is always hidden', () => {
    expect(maskIdNumber('440524188001010014')).toBe('440524********0014');
    expect(maskIdNumber('11010519491231002x')).toBe('110105********002X');
    expect(maskIdNumber('110105 19491231 002X')).toBe('110105********002X');
    expect(maskIdNumber('110105491231002')).toBe('110105******002');
    // Neither 18 nor 15: at most the last 2, nothing when short.
    expect(maskIdNumber('11010519491231002')).toBe('***************02');
    expect(maskIdNumber('E1234567')).toBe('******67');
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskIdNumber('')).toBe('');
  });

  it('CUS-PRIVACY: a phone keeps 3+4 digits of a mobile, the area code and the last 4 (or 3) of a landline; +86 and separators go', () => {
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
    expect(maskPhone('0086 13812345678')).toBe('138****5678');
    expect(maskPhone('010-65529988')).toBe('010-****9988');
    expect(maskPhone('(0571) 87021234')).toBe('0571-****1234');
    expect(maskPhone('0571-8702123')).toBe('0571-****123');
    expect(maskPhone('010-65529988-123')).toBe('************23');
    expect(maskPhone('65529988')).toBe('******88');
  });

  it('CUS-PRIVACY: a name keeps its surname, a compound one (from the table) when a given name follows; Latin and dotted names keep one letter', () => {
    expect(maskName('司马光')).toBe('司马*');
    expect(maskName('諸葛亮')).toBe('諸葛*');
    expect(maskName('欧阳')).toBe('欧*');
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('张先生')).toBe('张**');
    expect(maskName('张')).toBe('*');
    expect(maskName(' 李四 ')).toBe('李*');
    expect(maskName('阿依古丽·买买提')).toBe('阿***·***');
    expect(maskName('John Smith')).toBe('J*** *****');
    expect(maskName('𠀋子')).toBe('𠀋*');
    expect(COMPOUND_SURNAMES).toContain('上官');
    expect(new Set(COMPOUND_SURNAMES).size).toBe(COMPOUND_SURNAMES.length);
  });

  it('CUS-PRIVACY: an address keeps at most its first 6 characters and at most half', () => {
    expect(maskAddress('广东省广州市天河区珠江新城华夏路10号')).toBe('广东省广州市*************');
    expect(maskAddress('北京市朝阳区')).toBe('北京市***');
    expect(maskAddress('某地')).toBe('某*');
  });

  it('CUS-PRIVACY: a non-string is an error naming its type, not a crash', () => {
    expect(() => maskPhone(13812345678 as never)).toThrow(InvalidArgumentError);
    expect(() => maskName(null as never)).toThrow(/a name as a string, got null/);
  });

  it('CUS-PRIVACY: every kind has its rule and an example the mask reproduces', () => {
    const masks = { name: maskName, phone: maskPhone, 'id-number': maskIdNumber, address: maskAddress };
    for (const kind of PERSONAL_INFO_KINDS) {
      const [value, masked] = PERSONAL_INFO_KIND_TABLE[kind].example;
      expect(masks[kind](value)).toBe(masked);
    }
  });
});

describe('CUS-PRIVACY: maskPersonalInfo', () => {
  const record = Object.freeze({
    id: 'K-1',
    projectId: 'P-1',
    name: '欧阳娜娜',
    phone: '13812345678',
    idNumber: '11010519491231002X',
    address: '广东省广州市天河区珠江新城华夏路10号',
    occupation: '教师',
  });

  it('CUS-PRIVACY: masks the personal fields, keeps the rest, and does not change the record', () => {
    const masked = maskPersonalInfo(record);
    expect(masked).toEqual({
      id: 'K-1',
      projectId: 'P-1',
      name: '欧阳**',
      phone: '138****5678',
      idNumber: '110105********002X',
      address: '广东省广州市*************',
      occupation: '教师',
    });
    expect(record.phone).toBe('13812345678');
    expect(masked).not.toBe(record);
  });

  it('CUS-PRIVACY: at any depth, numbers and arrays under a personal field too; more fields by option', () => {
    const nested = {
      complaint: { contact: { contactName: '张三', contactPhone: ['13812345678', 13912345678] } },
      buyerMobile: '13712345678',
      count: 3,
    };
    const masked = maskPersonalInfo(nested, { fields: { buyerMobile: 'phone' } });
    expect(masked).toEqual({
      complaint: { contact: { contactName: '张*', contactPhone: ['138****5678', '139****5678'] } },
      buyerMobile: '137****5678',
      count: 3,
    });
    expect(PERSONAL_INFO_FIELDS.mobile).toBe('phone');
  });

  it('CUS-PRIVACY: { showPersonalInfo: true } unmasks for a caller entitled to it (a copy)', () => {
    const shown = maskPersonalInfo(record, { showPersonalInfo: true });
    expect(shown).toEqual(record);
    expect(shown).not.toBe(record);
  });

  it('CUS-PRIVACY: bad arguments are path-addressed errors', () => {
    expect(() => maskPersonalInfo([] as never)).toThrow(/record/);
    expect(() => maskPersonalInfo(record, { fields: { x: 'email' as never } })).toThrow(/options\.fields\.x/);
    expect(() => maskPersonalInfo(record, { showPersonalInfo: 'yes' as never })).toThrow(/showPersonalInfo/);
  });
});
