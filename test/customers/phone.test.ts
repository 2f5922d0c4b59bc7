import { describe, expect, it } from 'vitest';
import {
  MOBILE_PREFIX_TABLE,
  MOBILE_PREFIX_TABLE_AS_OF,
  validateLandlineNumber,
  validateMobileNumber,
} from '../../src/index.js';

const told = (r: { reasons: readonly unknown[] }) => JSON.stringify(r.reasons);

describe('CUS-PHONE: mobile numbers', () => {
  it.each([
    '13812345678',
    '+8613812345678',
    '+86 138 1234 5678',
    '0086 138-1234-5678',
    '0086-13812345678',
    '138-1234-5678',
    ' 138 1234 5678 ',
    '１３８１２３４５６７８',
    '+86\u3000138\u20131234\u20135678',
  ])('CUS-PHONE: %j is 13812345678, with +86/0086, spaces and hyphens tolerated', (written) => {
    const r = validateMobileNumber(written);
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe('13812345678');
  });

  it('CUS-PHONE: 11 digits beginning with 1, and only 13-19: 10 and 12 digits, 12x and letters fail, without quoting the number', () => {
    for (const s of [
      '1381234567',
      '138123456789',
      '12012345678',
      '11012345678',
      '1381234567a',
      '+1 415 555 0100',
    ]) {
      const r = validateMobileNumber(s);
      expect(r.valid, s).toBe(false);
      expect(told(r)).not.toContain(s.replace(/\D/g, ''));
    }
    expect(validateMobileNumber('1381234567').reasons[0]?.message.en).toContain('got 10 digits');
    expect(validateMobileNumber('12012345678').reasons[0]?.facts).toMatchObject({
      check: 'prefix',
      prefix: '120',
    });
    expect(validateMobileNumber('010-65529988').reasons[0]?.facts).toMatchObject({ check: 'landline' });
    expect(validateMobileNumber(13812345678 as unknown as string).reasons[0]?.message.en).toContain(
      'is text',
    );
  });

  it('CUS-PHONE: lenient by default (any 13-19 block, new blocks keep appearing); strict checks the table of allocated blocks', () => {
    // 160 and 194 have never been allocated; 192 (China Broadnet, 2019) and 199 have.
    for (const unallocated of ['16012345678', '19412345678', '15412345678', '17412345678']) {
      expect(validateMobileNumber(unallocated).valid, unallocated).toBe(true);
      const strict = validateMobileNumber(unallocated, { strict: true });
      expect(strict.valid, unallocated).toBe(false);
      expect(strict.reasons[0]?.facts).toMatchObject({
        check: 'prefix',
        tableAsOf: MOBILE_PREFIX_TABLE_AS_OF,
      });
    }
    for (const allocated of ['19212345678', '19912345678', '13012345678', '17012345678', '14512345678']) {
      expect(validateMobileNumber(allocated, { strict: true }).valid, allocated).toBe(true);
    }
    // 174 only for its satellite blocks 1740 and 1749.
    expect(validateMobileNumber('17401234567', { strict: true }).valid).toBe(true);
    expect(validateMobileNumber('17491234567', { strict: true }).valid).toBe(true);
    // A data-only block is valid and says it may not take calls.
    expect(validateMobileNumber('14712345678', { strict: true }).reasons[0]?.message.en).toContain(
      'data-only',
    );
    expect(validateMobileNumber('13812345678').reasons[0]?.facts).toMatchObject({ strict: false });
  });

  it('CUS-PHONE: the prefix table holds 3- and 4-digit blocks, each once, all beginning 13-19', () => {
    const prefixes = MOBILE_PREFIX_TABLE.map((r) => r.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const p of prefixes) expect(p).toMatch(/^1[3-9]\d{1,2}$/);
    expect(MOBILE_PREFIX_TABLE.every((r) => r.rule === 'CUS-PHONE')).toBe(true);
  });

  it('CUS-PHONE: bad options throw', () => {
    expect(() => validateMobileNumber('13812345678', { strict: 'yes' as never })).toThrow(/options\.strict/);
  });
});

describe('CUS-PHONE: landlines', () => {
  it.each([
    ['010-65529988', '010-65529988'],
    ['(010) 6552 9988', '010-65529988'],
    ['（010）65529988', '010-65529988'],
    ['+86 10 6552 9988', '010-65529988'],
    ['0086-10-65529988', '010-65529988'],
    ['020-8888 6666', '020-88886666'],
    ['0571-87021234', '0571-87021234'],
    ['0571 8702123', '0571-8702123'],
    ['0571-8702 1234 转 806', '0571-87021234-806'],
    ['010-65529988 ext. 12', '010-65529988-12'],
    ['010-65529988-123', '010-65529988-123'],
  ])('CUS-PHONE: %j is %j', (written, normalized) => {
    const r = validateLandlineNumber(written);
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe(normalized);
  });

  it('CUS-PHONE: an area code is required (GEN: 座机需加上区号); 400/800 numbers and mobiles are not landlines', () => {
    const local = validateLandlineNumber('65529988');
    expect(local.valid).toBe(false);
    expect(local.reasons[0]?.message['zh-CN']).toContain('座机需加上区号');
    expect(validateLandlineNumber('400-820-8820').reasons[0]?.facts).toMatchObject({
      check: 'service-number',
    });
    expect(validateLandlineNumber('13812345678').reasons[0]?.facts).toMatchObject({ check: 'mobile' });
  });

  it('CUS-PHONE: the local number has 8 digits after 010 and 02X, 7 or 8 after a 4-digit code, never beginning with 0 or 1', () => {
    expect(validateLandlineNumber('010-6552998').valid).toBe(false);
    expect(validateLandlineNumber('010-165529988').valid).toBe(false);
    expect(validateLandlineNumber('0571-870212').valid).toBe(false);
    expect(validateLandlineNumber('0571-07021234').valid).toBe(false);
    expect(validateLandlineNumber('011-65529988').valid).toBe(false);
    const r = validateLandlineNumber('0571-870212');
    expect(told(r)).not.toContain('870212');
  });
});
