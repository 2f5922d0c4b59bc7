/**
 * Identity numbers by GB 11643-1999 (CUS-ID). The numbers are real in form and invented: each
 * check character below was computed by a separate implementation of ISO 7064 MOD 11-2 (a
 * Python one-liner over the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2), not by the code
 * under test; the first two are the standard's own examples.
 */

import { describe, expect, it } from 'vitest';
import {
  computeIdCheckCharacter,
  InvalidArgumentError,
  RESIDENT_ID_KIND_TABLE,
  RESIDENT_ID_KINDS,
  validateResidentIdNumber,
} from '../../src/index.js';

/** One number for every check character, over several regions and birth dates. */
const BY_CHECK_CHARACTER: Readonly<Record<string, string>> = {
  '0': '510107200002290010',
  '1': '110105194912310011',
  '2': '350203199909090062',
  '3': '650102201205170063',
  '4': '610113196104200014',
  '5': '530102197001010045',
  '6': '210102200512300036',
  '7': '420102198808080027',
  '8': '310104199206150018',
  '9': '440106198001010019',
  X: '33010619751103001X',
};

/** Every reason of a verdict, as text: it must never hold the number. */
const told = (r: { reasons: readonly unknown[] }) => JSON.stringify(r.reasons);

describe('CUS-ID: 18-character numbers by GB 11643-1999', () => {
  it("CUS-ID: the standard's own examples pass, with their birth date and sex", () => {
    const a = validateResidentIdNumber('11010519491231002X', { now: '2026-11-20' });
    expect(a).toMatchObject({ valid: true, kind: 'resident-id', birthDate: '1949-12-31', sex: 'female' });
    const b = validateResidentIdNumber('440524188001010014', { now: '2026-11-20' });
    expect(b).toMatchObject({ valid: true, kind: 'resident-id', birthDate: '1880-01-01', sex: 'male' });
    expect(a.reasons.map((r) => r.rule)).toEqual(['CUS-ID']);
  });

  it.each(Object.entries(BY_CHECK_CHARACTER))(
    'CUS-ID: a number whose check character is %s passes, and its check character is computed',
    (check, number) => {
      expect(computeIdCheckCharacter(number.slice(0, 17))).toBe(check);
      const r = validateResidentIdNumber(number, { now: '2026-11-20' });
      expect(r.valid).toBe(true);
      expect(r.normalized).toBe(number);
    },
  );

  it.each(Object.entries(BY_CHECK_CHARACTER))(
    'CUS-ID: the same number with any other check character than %s fails, naming the check character and not the number',
    (check, number) => {
      for (const other of '0123456789X') {
        if (other === check) continue;
        const wrong = `${number.slice(0, 17)}${other}`;
        const r = validateResidentIdNumber(wrong);
        expect(r.valid, wrong).toBe(false);
        expect(r.kind).toBe('resident-id');
        expect(r.reasons[0]?.facts).toMatchObject({ check: 'check-character', passed: false });
        expect(told(r)).not.toContain(wrong.slice(0, 17));
        expect(r.birthDate).toBeUndefined();
      }
    },
  );

  it('CUS-ID: 02-29 is a birth date in a leap year (2000) and not in a common year (1999), nor in 1900', () => {
    expect(validateResidentIdNumber('11010520000229003X').valid).toBe(true);
    const common = validateResidentIdNumber('11010519990229003X');
    expect(common.valid).toBe(false);
    expect(common.reasons[0]?.facts).toMatchObject({ check: 'birth-date' });
    expect(common.reasons[0]?.message.en).toMatch(/not a leap year/);
    // 1900 is divisible by 100 and not by 400: no Feb 29.
    expect(validateResidentIdNumber('110105190002290017').valid).toBe(false);
    expect(validateResidentIdNumber('110105198013010013').reasons[0]?.facts).toMatchObject({
      check: 'birth-date',
    });
  });

  it("CUS-ID: a birth date after now fails; on now's day it passes; without now the check is skipped and a reason says so", () => {
    const born = '110105202612010057'; // born 2026-12-01
    const late = validateResidentIdNumber(born, { now: '2026-11-20T10:00:00+08:00' });
    expect(late.valid).toBe(false);
    expect(late.reasons[0]?.message['zh-CN']).toContain('晚于当前日期');
    expect(told(late)).not.toContain('20261201');
    expect(validateResidentIdNumber(born, { now: '2026-12-01' }).valid).toBe(true);
    // 2026-11-30T16:00Z is already 12-01 in Shanghai.
    expect(validateResidentIdNumber(born, { now: new Date('2026-11-30T16:00:00Z') }).valid).toBe(true);
    expect(validateResidentIdNumber(born, { now: new Date('2026-11-30T15:59:59Z') }).valid).toBe(false);
    const unchecked = validateResidentIdNumber(born);
    expect(unchecked.valid).toBe(true);
    expect(unchecked.reasons[1]?.facts).toMatchObject({ check: 'birth-date-not-after-now', skipped: true });
    expect(validateResidentIdNumber('11010520261120006X', { now: '2026-11-20' }).valid).toBe(true);
  });

  it('CUS-ID: region codes revoked since (110103 崇文区 in 2010, 330103 下城区 in 2021) are still valid; an unknown province is not', () => {
    expect(validateResidentIdNumber('110103196503120037').valid).toBe(true);
    expect(validateResidentIdNumber('330103198207180043').valid).toBe(true);
    const none = validateResidentIdNumber('000105198001010010');
    expect(none.valid).toBe(false);
    expect(none.reasons[0]?.facts).toMatchObject({ check: 'region' });
  });

  it('CUS-ID: residence permits of Hong Kong, Macao and Taiwan residents (810000, 820000, 830000) use the same algorithm, named by kind', () => {
    expect(validateResidentIdNumber('810000199001010019')).toMatchObject({
      valid: true,
      kind: 'hong-kong-residence-permit',
      sex: 'male',
    });
    expect(validateResidentIdNumber('820000198512240024')).toMatchObject({
      valid: true,
      kind: 'macao-residence-permit',
      sex: 'female',
    });
    expect(validateResidentIdNumber('830000197806050039')).toMatchObject({
      valid: true,
      kind: 'taiwan-residence-permit',
    });
    // The check character right, but the permit's region is not 810000.
    const region = validateResidentIdNumber('810100199001010014');
    expect(region).toMatchObject({ valid: false, kind: 'hong-kong-residence-permit' });
    expect(region.reasons[0]?.facts).toMatchObject({ check: 'region' });
    expect(validateResidentIdNumber('810000199001010018').valid).toBe(false);
  });

  it("CUS-ID: the 2023 foreigners' permanent residence ID card (first digit 9) uses the same algorithm; its province and nationality digits are checked", () => {
    expect(validateResidentIdNumber('911840198503150016')).toMatchObject({
      valid: true,
      kind: 'foreign-permanent-residence-id',
      birthDate: '1985-03-15',
    });
    expect(validateResidentIdNumber('93139219900701002X').valid).toBe(true);
    expect(validateResidentIdNumber('911840198503150017').valid).toBe(false);
    expect(validateResidentIdNumber('971840198503150017').reasons[0]?.facts).toMatchObject({
      check: 'region',
    });
    expect(validateResidentIdNumber('911000198503150011').reasons[0]?.facts).toMatchObject({
      check: 'region',
    });
  });

  it('CUS-ID: a lower-case x, full-width digits and surrounding spaces are read; normalized is the stored form', () => {
    expect(validateResidentIdNumber('11010519491231002x').normalized).toBe('11010519491231002X');
    expect(validateResidentIdNumber(' １１０１０５１９４９１２３１００２Ｘ\u3000').normalized).toBe(
      '11010519491231002X',
    );
  });
});

describe('CUS-ID: 15-digit first-generation numbers', () => {
  it('CUS-ID: a 15-digit number is valid with kind first-generation and a reason that it cannot be verified further', () => {
    const r = validateResidentIdNumber('110105491231002', { now: '2026-11-20' });
    expect(r).toMatchObject({
      valid: true,
      kind: 'first-generation',
      birthDate: '1949-12-31',
      sex: 'female',
    });
    expect(r.reasons[0]?.facts).toMatchObject({ checkCharacter: 'none' });
    expect(r.reasons[0]?.message['zh-CN']).toContain('无法进一步核验');
    expect(r.reasons[0]?.message.en).toContain('cannot be verified further');
    expect(validateResidentIdNumber('440524800101001').sex).toBe('male');
  });

  it('CUS-ID: its date (19YY) and province are still checked: 1900-02-29 and province 00 fail', () => {
    expect(validateResidentIdNumber('110105000229001')).toMatchObject({
      valid: false,
      kind: 'first-generation',
    });
    expect(validateResidentIdNumber('110105960229001').valid).toBe(true);
    expect(validateResidentIdNumber('000105491231002').valid).toBe(false);
  });
});

describe('CUS-ID: what is not an identity number', () => {
  it('CUS-ID: wrong lengths and other characters fail with kind unknown, saying the length, never the digits', () => {
    for (const s of ['11010519491231002', '1101051949123100211', '11010519491231002Y', '', 'abc']) {
      const r = validateResidentIdNumber(s);
      expect(r).toMatchObject({ valid: false, kind: 'unknown' });
      if (s.length > 3) expect(told(r)).not.toContain(s);
    }
    expect(validateResidentIdNumber('11010519491231002').reasons[0]?.message.en).toContain(
      'got 17 characters',
    );
  });

  it('CUS-ID: a number (not text) fails with the advice to keep ID numbers as text; a 2004 foreigner card is named, not checked', () => {
    const r = validateResidentIdNumber(110105194912310020 as unknown as string);
    expect(r.valid).toBe(false);
    expect(r.reasons[0]?.message.en).toContain('loses its last digits');
    expect(validateResidentIdNumber('USA110079101012').reasons[0]?.message.en).toContain('2004-2017');
    expect(validateResidentIdNumber('1'.repeat(100)).reasons[0]?.facts).toMatchObject({ check: 'length' });
  });

  it('CUS-ID: bad options throw path-addressed errors; the check character needs exactly 17 digits', () => {
    expect(() => validateResidentIdNumber('11010519491231002X', { now: '2026-02-30' })).toThrow(
      InvalidArgumentError,
    );
    expect(() => validateResidentIdNumber('11010519491231002X', { now: 'yesterday' })).toThrow(
      /options\.now/,
    );
    expect(() => validateResidentIdNumber('11010519491231002X', 'now' as never)).toThrow(/options/);
    expect(() => computeIdCheckCharacter('1101051949123100')).toThrow(/17 digits.*16 characters/);
    expect(() => computeIdCheckCharacter(110105 as never)).toThrow(InvalidArgumentError);
  });

  it('CUS-ID: every kind has a name in both languages and a layout', () => {
    for (const kind of RESIDENT_ID_KINDS) {
      expect(RESIDENT_ID_KIND_TABLE[kind]['zh-CN'].length).toBeGreaterThan(0);
      expect(RESIDENT_ID_KIND_TABLE[kind].rule).toBe('CUS-ID');
    }
  });
});
