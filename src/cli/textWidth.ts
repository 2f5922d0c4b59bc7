/**
 * How many terminal columns a string takes: CJK ideographs, kana, Hangul, full-width forms
 * and most emoji take two; combining marks and zero-width characters none (East Asian
 * Width, UAX #11, wide and full-width classes). For the aligned tables of the CLI.
 *
 * @module
 */

const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

const ZERO: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x2064],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

const inRanges = (c: number, ranges: readonly (readonly [number, number])[]) => {
  for (const [a, b] of ranges) {
    if (c < a) return false;
    if (c <= b) return true;
  }
  return false;
};

/** The display width of one code point. */
export function codePointWidth(c: number): number {
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return 0;
  if (c < 0x1100) return inRanges(c, ZERO) ? 0 : 1;
  if (inRanges(c, ZERO)) return 0;
  return inRanges(c, WIDE) ? 2 : 1;
}

/** The display width of a string. */
export function textWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x7f) {
      w += c < 0x20 ? 0 : 1;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    w += codePointWidth(cp);
  }
  return w;
}

/** The text padded with spaces on the right to `width` columns. */
export function padToWidth(text: string, width: number): string {
  const w = textWidth(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}
