/**
 * fast-check properties of the identity-number check and the masks (CUS-ID, CUS-PRIVACY).
 * The valid numbers are built with a check character computed here, independently of the
 * code under test.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPOUND_SURNAMES,
  maskAddress,
  maskIdNumber,
  maskName,
  maskPersonalInfo,
  maskPhone,
  validateMobileNumber,
  validateResidentIdNumber,
} from '../../src/index.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkOf = (d17: string): string =>
  '10X98765432'[[...d17].reduce((sum, c, i) => sum + Number(c) * (WEIGHTS[i] as number), 0) % 11] as string;

const REGIONS = ['110105', '110103', '310104', '440106', '510107', '650102', '810000', '830000'];
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A valid 18-character number: a known region, a real birth date 1930-2020, any sequence. */
const validId = fc
  .record({
    region: fc.constantFrom(...REGIONS),
    day: fc.integer({ min: Date.UTC(1930, 0, 1) / 86_400_000, max: Date.UTC(2020, 11, 31) / 86_400_000 }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, day, seq }) => {
    const birth = new Date(day * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    const d17 = `${region}${birth}${pad(seq, 3)}`;
    return `${d17}${checkOf(d17)}`;
  });

const validMobile = fc
  .tuple(fc.constantFrom('13', '15', '17', '18', '19'), fc.integer({ min: 0, max: 999_999_999 }))
  .map(([head, rest]) => `${head}${pad(rest, 9)}`);

const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const chineseName = fc.oneof(
  fc.array(cjk, { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
  fc
    .tuple(fc.constantFrom(...COMPOUND_SURNAMES), fc.array(cjk, { minLength: 0, maxLength: 3 }))
    .map(([s, given]) => `${s}${given.join('')}`),
);
/** Anything at all a column might hold. */
const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  validId,
  validMobile,
);

const revealed = (masked: string) => Array.from(masked).filter((c) => c !== '*');

describe('CUS-ID: properties', () => {
  it('CUS-ID: every number built with its MOD 11-2 check character is valid', () => {
    fc.assert(
      fc.property(validId, (id) => validateResidentIdNumber(id).valid === true),
      { numRuns: 500 },
    );
  });

  it('CUS-ID: a number with one character changed always fails the check', () => {
    fc.assert(
      fc.property(
        validId,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        (id, at, shift) => {
          const alphabet = at === 17 ? '0123456789X' : '0123456789';
          const from = alphabet.indexOf(id[at] as string);
          const to = alphabet[(from + shift) % alphabet.length] as string;
          if (to === id[at]) return true;
          const changed = `${id.slice(0, at)}${to}${id.slice(at + 1)}`;
          return validateResidentIdNumber(changed).valid === false;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('CUS-ID: two different adjacent digits swapped always fail the check', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 15 }), (id, at) => {
        if (id[at] === id[at + 1]) return true;
        const swapped = `${id.slice(0, at)}${id[at + 1]}${id[at]}${id.slice(at + 2)}`;
        return validateResidentIdNumber(swapped).valid === false;
      }),
      { numRuns: 1000 },
    );
  });

  it('CUS-ID: no verdict ever repeats the number, valid or not', () => {
    fc.assert(
      fc.property(fc.oneof(validId, fc.stringMatching(/^\d{15,18}$/)), (s) => {
        const r = validateResidentIdNumber(s, { now: '2026-11-20' });
        return !JSON.stringify(r.reasons).includes(s.slice(0, 15));
      }),
      { numRuns: 500 },
    );
  });
});

describe('CUS-PRIVACY: properties of the masks', () => {
  const masks = { maskIdNumber, maskPhone, maskName, maskAddress } as const;

  it.each(Object.entries(masks))(
    'CUS-PRIVACY: %s is idempotent: masking a masked value changes nothing',
    (_, mask) => {
      fc.assert(
        fc.property(fc.oneof(anyText, chineseName), (s) => mask(mask(s)) === mask(s)),
        { numRuns: 1000 },
      );
    },
  );

  it('CUS-PRIVACY: an identity number shows at most 10 characters (region, sequence, check), never a birth-date digit', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const m = maskIdNumber(id);
        return (
          m.length === 18 &&
          m.slice(6, 14) === '********' &&
          m.slice(0, 6) === id.slice(0, 6) &&
          m.slice(14) === id.slice(14)
        );
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(anyText, (s) => revealed(maskIdNumber(s)).length <= 10),
      { numRuns: 1000 },
    );
  });

  it('CUS-PRIVACY: a mobile shows its first 3 and last 4 digits only; any phone hides at least 4 once it shows anything', () => {
    fc.assert(
      fc.property(validMobile, (p) => {
        const m = maskPhone(p);
        return m === `${p.slice(0, 3)}****${p.slice(7)}` && validateMobileNumber(p).valid;
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(anyText, (s) => {
        const m = maskPhone(s);
        const shown = revealed(m).filter((c) => c !== '-');
        return shown.length <= 8 && (shown.length === 0 || m.split('*').length - 1 >= 4);
      }),
      { numRuns: 1000 },
    );
  });

  it('CUS-PRIVACY: a Chinese name shows its surname only: 2 characters only for a compound surname with a given name after it', () => {
    fc.assert(
      fc.property(chineseName, (name) => {
        const m = maskName(name);
        const chars = Array.from(name);
        const shown = revealed(m);
        const compound = chars.length >= 3 && COMPOUND_SURNAMES.includes(`${chars[0]}${chars[1]}`);
        return (
          m.length === name.length &&
          shown.length === (chars.length === 1 ? 0 : compound ? 2 : 1) &&
          shown.join('') === chars.slice(0, shown.length).join('')
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('CUS-PRIVACY: no mask returns a value with nothing hidden', () => {
    const plain = fc.stringMatching(/^[0-9A-Za-z\u4e00-\u9fa5]{1,20}$/);
    fc.assert(
      fc.property(plain, (s) => Object.values(masks).every((mask) => mask(s) !== s)),
      { numRuns: 1000 },
    );
  });

  it('CUS-PRIVACY: maskPersonalInfo never leaves a personal value whole in its output, and never changes its input', () => {
    fc.assert(
      fc.property(
        chineseName.filter((n) => n.length >= 2),
        validMobile,
        validId,
        (name, phone, idNumber) => {
          const record = { id: 'K-1', name, phone, idNumber };
          const before = JSON.stringify(record);
          const out = JSON.stringify(maskPersonalInfo(record));
          expect(JSON.stringify(record)).toBe(before);
          return !out.includes(name) && !out.includes(phone) && !out.includes(idNumber.slice(6, 14));
        },
      ),
      { numRuns: 500 },
    );
  });
});
