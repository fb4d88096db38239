import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStrictJson } from './strict-json.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const safeJson = fc.jsonValue({ maxDepth: 6 }).filter((v) => !JSON.stringify(v).match(/"(__proto__|constructor|prototype)":/));

describe('readStrictJson', () => {
  it('is total: never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      readStrictJson(text, 8);
    }));
  });

  it('agrees with JSON.parse on serialised JSON values', () => {
    fc.assert(
      fc.property(safeJson, (value) => {
        const text = JSON.stringify(value);
        const r = readStrictJson(text, 64);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value).toEqual(JSON.parse(text));
      }),
    );
  });

  it('refuses duplicate members, naming where', () => {
    expect(readStrictJson('{"a":{"b":1,"b":2}}', 8)).toEqual({ ok: false, code: 'DUPLICATE_KEY', pointer: '/a/b' });
  });

  it('refuses prototype-pollution names', () => {
    for (const key of FORBIDDEN) expect(readStrictJson(`{"x":[{"${key}":1}]}`, 8)).toMatchObject({ ok: false, code: 'FORBIDDEN_KEY', pointer: `/x/0/${key}` });
  });

  it('refuses nesting beyond the limit without deep recursion', () => {
    expect(readStrictJson('['.repeat(100_000), 32)).toMatchObject({ ok: false, code: 'TOO_DEEP' });
    expect(readStrictJson('[[1]]', 2).ok).toBe(true);
    expect(readStrictJson('[[[1]]]', 2)).toMatchObject({ ok: false, code: 'TOO_DEEP' });
  });

  it('reports unsafe integers and integral values written with a fraction or exponent', () => {
    const r = readStrictJson('{"a":9007199254740993,"b":12.0,"c":1e3,"d":1.5,"e":-9007199254740991}', 8);
    expect(r.ok && r.numberIssues).toEqual([
      { pointer: '/a', code: 'UNSAFE_INTEGER' },
      { pointer: '/b', code: 'NUMBER_FORM' },
      { pointer: '/c', code: 'NUMBER_FORM' },
    ]);
  });

  it('refuses lone surrogates, trailing text and bare control characters', () => {
    for (const text of ['"\\ud800"', '{} x', '"a\u0001"', '{"a":1,}', '01', 'NaN']) expect(readStrictJson(text, 8).ok).toBe(false);
  });
});
