import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAtOrBelow, segments, toPointer, valuesAt } from './json-pointer.js';

describe('json pointers', () => {
  it('escape ~ and / and round-trip', () => {
    expect(toPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
    fc.assert(fc.property(fc.array(fc.string()), (path) => JSON.stringify(segments(toPointer(path))) === JSON.stringify(path)));
  });
  it('match * against array indexes only', () => {
    expect(isAtOrBelow(['items', '3', 'name'], ['items', '*'])).toBe(true);
    expect(isAtOrBelow(['items', 'x', 'name'], ['items', '*'])).toBe(false);
    expect(isAtOrBelow(['items'], ['items', '*'])).toBe(false);
  });
  it('find values under wildcards', () => {
    expect(valuesAt({ body: { p: [{ id: 'a' }, { id: 'b' }, {}] } }, ['body', 'p', '*', 'id'])).toEqual([
      { pointer: '/body/p/0/id', value: 'a' },
      { pointer: '/body/p/1/id', value: 'b' },
    ]);
  });
});
