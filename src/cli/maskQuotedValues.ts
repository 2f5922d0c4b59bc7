import { MASK_CHARACTER } from '../core/personal/mask.js';

/** A value a message may show as it is: a lower-case code such as `roof` or `hotline-400`. */
const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * A library message with the values it quotes (`got "欧阳娜娜"`) masked unless they look like
 * codes (lower-case letters, digits and `-`): a name or a phone typed into a coded field is
 * personal data, and the CLI prints none by default (CUS-PRIVACY). The first character is
 * kept, so the line still says where to look.
 *
 * @rule CUS-PRIVACY
 * @example
 * ```ts
 * maskQuotedValues('expected one of a, b, got "欧阳娜娜"'); // 'expected one of a, b, got "欧***"'
 * maskQuotedValues('expected one of a, b, got "roof"'); // unchanged
 * ```
 */
export function maskQuotedValues(message: string): string {
  return message.replace(/"((?:[^"\\]|\\.)*)"/g, (quoted, inner: string) =>
    CODE.test(inner)
      ? quoted
      : `"${inner.slice(0, 1)}${MASK_CHARACTER.repeat(Math.max(inner.length - 1, 1))}"`,
  );
}
