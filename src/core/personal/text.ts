/**
 * Text helpers shared by the personal-information checks and masks: full-width characters
 * typed with a Chinese input method (`１３８`, `Ｘ`, `＋８６`) read as their ASCII forms.
 *
 * @internal
 * @module
 */

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/**
 * The string with full-width ASCII (U+FF01-U+FF5E) as half-width, the ideographic space
 * (U+3000) as a space, and no surrounding white space.
 */
export function toHalfWidth(value: string): string {
  return value
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim();
}

/** Longer than any identity number or phone written with separators: not read, only refused. */
export const MAX_PERSONAL_TEXT_LENGTH = 64;
