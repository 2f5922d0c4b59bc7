/**
 * The phone as a record stores it (`CUS-PHONE`), checked by its shape alone: a regular
 * expression and a message, without the validators, so that a record check on the hot path
 * (a complaint's `contactPhone` in `assessComplaintSeverity`) stays small. The forms are
 * exactly what {@link validateMobileNumber} (lenient) and {@link validateLandlineNumber}
 * give as `normalized`: a test holds them together.
 *
 * @internal
 * @module
 */

import { type ArgumentPath, describeCode } from '../checks.js';
import { InvalidArgumentError } from '../errors.js';

/**
 * A phone as stored: a mobile number as its 11 digits (any `1[3-9]` block), or a landline
 * as area code, hyphen, local number (`010-65529988`, `0571-8702123`), and a hyphen and an
 * extension of 1 to 6 digits.
 */
export const STORED_PHONE =
  /^(?:1[3-9]\d{9}|0(?:10|2\d)-[2-9]\d{7}(?:-\d{1,6})?|0[3-9]\d{2}-[2-9]\d{6,7}(?:-\d{1,6})?)$/;

/** What a stored phone is, for messages (the number itself is never quoted). */
export const STORED_PHONE_EXPECTED = 'an 11-digit mobile or a landline 0AA-NNNNNNNN';

/** A phone in its stored form, or throws without quoting the value (`CUS-PHONE`, `CUS-PRIVACY`). */
export function expectStoredPhone(value: unknown, path: ArgumentPath): string {
  if (typeof value === 'string' && STORED_PHONE.test(value)) return value;
  throw new InvalidArgumentError(path, `expected ${STORED_PHONE_EXPECTED}, got ${describeCode(value)}`);
}
