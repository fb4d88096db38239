import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStrictJson } from '@zhongyuan/sdk/auth';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
function clean(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(clean);
  if (typeof value === 'object' && value !== null) {
    return Object.keys(value).every((k) => !FORBIDDEN.has(k)) && Object.values(value).every(clean);
  }
  return true;
}

describe('parseStrictJson', () => {
  it('agrees with JSON.parse on valid JSON without forbidden keys (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        fc.pre(clean(value));
        const text = JSON.stringify(value);
        expect(parseStrictJson(text, { maxDepth: 10 })).toEqual(JSON.parse(text));
      }),
    );
  });

  it('is total: never throws for any string (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json().map((j) => j.slice(0, -1))), (text) => {
        parseStrictJson(text);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['duplicate member', '{"a":1,"a":2}'],
    ['nested duplicate member', '{"a":{"b":1,"b":1}}'],
    ['__proto__', '{"__proto__":{"x":1}}'],
    ['constructor', '{"constructor":1}'],
    ['prototype', '{"a":{"prototype":1}}'],
    ['escaped __proto__', '{"\\u005f_proto__":1}'],
    ['too deep', '[[[[[[[[[1]]]]]]]]]'],
    ['trailing comma', '{"a":1,}'],
    ['single quotes', "{'a':1}"],
    ['leading zero', '{"a":01}'],
    ['lone surrogate', '{"a":"\\ud800"}'],
    ['NaN', '{"a":NaN}'],
    ['huge number', '{"a":1e400}'],
    ['trailing garbage', '{"a":1} x'],
    ['control character in string', '{"a":"\u0001"}'],
    ['duplicate member with the same value', '{"a":1,"a":1}'],
    ['duplicate member hiding a deep value', '{"a":[[[[[[[[[1]]]]]]]]],"a":1}'],
    ['raw lone surrogate', '{"a":"\ud800x"}'],
    ['__proto__ in an array member', '[{"__proto__":1}]'],
    ['duplicate member whose value holds a colon', '{"a":"x:y","a":"x:y"}'],
    ['duplicate member inside an array', '[1,{"b":[],"b":[]}]'],
  ])('rejects %s', (_name, text) => {
    expect(parseStrictJson(text)).toBeUndefined();
  });

  it('accepts depth up to the limit', () => {
    expect(parseStrictJson('[[1]]', { maxDepth: 2 })).toEqual([[1]]);
    expect(parseStrictJson('[[[1]]]', { maxDepth: 2 })).toBeUndefined();
  });
});
