// JSON Pointers (RFC 6901) as used by the operation table: `*` stands for any array index.

/** Turns a zod issue path into a JSON Pointer, optionally under `prefix` (e.g. `/body`). */
export function toPointer(path: readonly PropertyKey[], prefix = ''): string {
  let pointer = prefix;
  for (const segment of path) {
    pointer += '/' + String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
  }
  return pointer;
}

/** Splits a pointer into unescaped segments. */
export function segments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** Whether `pointer` is `pattern` or lies below it; `*` in the pattern matches any array index. */
export function isAtOrBelow(pointer: readonly string[], pattern: readonly string[]): boolean {
  if (pointer.length < pattern.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    const s = pointer[i] as string;
    if (p === '*' ? !/^\d+$/.test(s) : p !== s) return false;
  }
  return true;
}

/** Whether the pointer (as segments) falls under any of the patterns. */
export function matchesAny(pointer: readonly string[], patterns: readonly (readonly string[])[]): boolean {
  for (const pattern of patterns) if (isAtOrBelow(pointer, pattern)) return true;
  return false;
}

/** Every value found at `pattern` in `root` (expanding `*` over arrays), with its concrete pointer. */
export function valuesAt(root: unknown, pattern: readonly string[]): { pointer: string; value: unknown }[] {
  const found: { pointer: string; value: unknown }[] = [];
  const walk = (value: unknown, depth: number, path: PropertyKey[]): void => {
    if (depth === pattern.length) {
      found.push({ pointer: toPointer(path), value });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const key = pattern[depth] as string;
    if (key === '*') {
      if (!Array.isArray(value)) return;
      value.forEach((item, index) => walk(item, depth + 1, [...path, index]));
      return;
    }
    if (Object.hasOwn(value, key)) walk((value as Record<string, unknown>)[key], depth + 1, [...path, key]);
  };
  walk(root, 0, []);
  return found;
}
