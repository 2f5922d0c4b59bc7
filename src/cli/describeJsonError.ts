/**
 * Where a `JSON.parse` failed, without the text: V8's own message quotes the input around
 * the error (`Unexpected token 'x', "13812345678x" is not valid JSON`), which may be a
 * person's name or phone, so the CLI says only the position V8 gives, or nothing.
 *
 * @example
 * ```ts
 * describeJsonError(new SyntaxError('Unexpected token } in JSON at position 12')); // ' (near position 12)'
 * describeJsonError(new SyntaxError(`Unexpected token 'x', "13812345678x" is not valid JSON`)); // ''
 * ```
 */
export function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn !== null) return ` (near line ${lineColumn[1]}, column ${lineColumn[2]})`;
  const position = /at position (\d+)/.exec(message);
  if (position !== null) return ` (near position ${position[1]})`;
  if (/Unexpected end of JSON input/.test(message)) return ' (the text ends too early)';
  return '';
}
