import { describeType } from '../checks.js';
import { InvalidArgumentError } from '../errors.js';

/** ISO 7064 MOD 11-2 weights of the first 17 digits (GB 11643-1999 §7). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** The check character of each remainder 0-10. */
const CHECK_CHARACTERS = '10X98765432';

/**
 * The check character (0-9 or X) of 17 digits by ISO 7064 MOD 11-2 (GB 11643-1999): each
 * digit times its weight (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2), the sum modulo 11, and
 * the remainder 0-10 read as 1 0 X 9 8 7 6 5 4 3 2.
 *
 * @rule CUS-ID
 * @example
 * ```ts
 * computeIdCheckCharacter('11010519491231002'); // 'X'
 * computeIdCheckCharacter('44052418800101001'); // '4'
 * ```
 */
export function computeIdCheckCharacter(digits: string): string {
  if (typeof digits !== 'string' || !/^\d{17}$/.test(digits)) {
    throw new InvalidArgumentError(
      ['digits'],
      typeof digits === 'string'
        ? `expected the 17 digits before the check character, got ${digits.length} characters`
        : `expected a string of 17 digits, got ${describeType(digits)}`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (digits.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return CHECK_CHARACTERS[sum % 11] as string;
}
