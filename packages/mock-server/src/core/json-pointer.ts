/** JSON Pointer (RFC 6901) helpers. */

/** Escape one reference token. */
export function escapeToken(token: string | number): string {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The pointer of a path, e.g. `['person', 'citizenId']` → `/person/citizenId`. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${escapeToken(typeof p === 'symbol' ? String(p.description) : p)}`).join('');
}

/**
 * Every concrete location matching `pattern` (a pointer whose `*` tokens stand for any array index) in `value`,
 * with the value found there.
 */
export function resolvePattern(value: unknown, pattern: string): Array<{ pointer: string; value: unknown }> {
  const tokens = pattern === '' ? [] : pattern.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
  let current: Array<{ pointer: string; value: unknown }> = [{ pointer: '', value }];
  for (const token of tokens) {
    const next: Array<{ pointer: string; value: unknown }> = [];
    for (const { pointer, value: v } of current) {
      if (token === '*') {
        if (Array.isArray(v)) v.forEach((item, i) => next.push({ pointer: `${pointer}/${i}`, value: item }));
      } else if (typeof v === 'object' && v !== null && Object.hasOwn(v, token)) {
        next.push({ pointer: `${pointer}/${escapeToken(token)}`, value: (v as Record<string, unknown>)[token] });
      }
    }
    current = next;
  }
  return current;
}
