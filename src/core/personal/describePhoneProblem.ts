import type { LocalizedText } from '../reason.js';
import { STORED_PHONE } from './storedPhone.js';
import { validateLandlineNumber, validateMobileNumber } from './validatePhone.js';

/**
 * What is wrong with a phone a record stores (`CUS-PHONE`), in both languages, or
 * `undefined` when it is in its stored form ({@link STORED_PHONE}): a good number written
 * another way (`+86 138-1234-5678`) is told to be written as stored; a number that is
 * neither a mobile nor a landline with its area code gets the telling validator's reason
 * (the mobile check's when it begins with 1, else the landline's). Never quotes the number.
 *
 * @internal
 */
export function describePhoneProblem(value: string): LocalizedText | undefined {
  if (STORED_PHONE.test(value)) return undefined;
  const mobile = validateMobileNumber(value);
  const landline = validateLandlineNumber(value);
  if (mobile.valid || landline.valid) {
    return {
      'zh-CN':
        '电话号码应按存储格式书写：手机号码为11位数字（不带+86、空格或连字符），固定电话为“区号-号码”（如010-65529988）',
      en: 'Write the phone as stored: a mobile number as 11 digits (no +86, spaces or hyphens), a landline as area code, hyphen, number (010-65529988)',
    };
  }
  const compact = value.replace(/[\s\-()（）]/g, '').replace(/^(?:\+86|0086)/, '');
  const first = (compact.startsWith('1') ? mobile : landline).reasons[0];
  return (
    first?.message ?? {
      'zh-CN': '既不是手机号码，也不是带区号的固定电话',
      en: 'Neither a mobile number nor a landline with its area code',
    }
  );
}
