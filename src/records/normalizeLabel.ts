/**
 * How a header or a value written by a person is compared with the names the package
 * knows: Unicode compatibility forms folded (full-width `４００热线` is `400热线`, `（元）` is
 * `(元)`), case folded, and spaces, underscores, hyphens, dots and middle dots dropped, so
 * that `Received At`, `received_at` and `receivedAt` are one name, and `400 热线` is
 * `400热线`.
 *
 * @internal
 * @module
 */

const DROPPED = /[\s_\-.·・]+/gu;

/**
 * The comparison key of a name: NFKC, lower case, without spaces, `_`, `-`, `.`, `·`.
 * Pure ASCII names skip the Unicode normalisation (the common case, and the hot path).
 *
 * @example
 * ```ts
 * normalizeLabel(' Received_At '); // 'receivedat'
 * normalizeLabel('４００ 热线'); // '400热线'
 * ```
 */
export function normalizeLabel(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range check
  const ascii = /^[\x00-\x7f]*$/.test(text);
  return (ascii ? text : text.normalize('NFKC')).toLowerCase().replace(DROPPED, '');
}

/**
 * The name without a trailing parenthesised note, such as a unit or a remark:
 * `索赔金额（元）` -> `索赔金额`, `Amount (yuan)` -> `Amount`; `undefined` when there is none.
 */
export function stripTrailingNote(text: string): string | undefined {
  const m = /^(.*?)\s*[(（【[][^()（）【】[\]]*[)）】\]]\s*$/u.exec(text);
  return m === null || (m[1] as string).trim() === '' ? undefined : (m[1] as string);
}
