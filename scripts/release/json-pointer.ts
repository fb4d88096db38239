/**
 * RFC 6901 JSON Pointers from path segments.
 *
 * @module
 */

/** `['paths', '/a/{id}', 'get']` → `/paths/~1a~1{id}/get`. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
