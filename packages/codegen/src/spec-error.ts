/**
 * A problem in a spec, located by file and JSON Pointer so a person can go straight to it.
 */
export class SpecError extends Error {
  override readonly name = 'SpecError';

  constructor(
    /** The spec file, relative to the repository root. */
    readonly file: string,
    /** JSON Pointer into that file (`''` for the whole document). */
    readonly pointer: string,
    /** What is wrong and what to do. */
    readonly reason: string,
  ) {
    super(`${file}#${pointer}: ${reason}`);
  }
}

/** Escapes one JSON Pointer reference token (RFC 6901). */
export function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Joins a pointer and further tokens. */
export function pointerJoin(pointer: string, ...tokens: readonly (string | number)[]): string {
  return pointer + tokens.map((t) => `/${escapePointerToken(String(t))}`).join('');
}

/** Splits a JSON Pointer into unescaped tokens. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '' ? [] : [''];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON Pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
}
